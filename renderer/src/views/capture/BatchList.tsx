// The batch: every card added in this session with its status, the reading progress with
// Cancel, and a way to clear the list (asking first when cards are not saved yet).
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { type CaptureItem, REVIEWABLE, reopen, useCapture } from '../../stores/capture';
import { ui } from '../../stores/ui';

async function clearList(items: CaptureItem[]): Promise<void> {
  const unsaved = items.filter((i) => i.status !== 'saved' && i.status !== 'skipped').length;
  if (unsaved > 0) {
    const ok = await ui.confirm({
      title: (i) => i.t('capture.clearConfirmTitle'),
      body: (i) => i.t('capture.clearConfirmBody', { count: unsaved }),
      confirmLabel: (i) => i.t('capture.clear'),
      danger: true,
    });
    if (!ok) return;
  }
  useCapture.getState().clear();
}

export function BatchList() {
  const i18n = useT();
  const { items, currentId, running, cancelRequested, progress } = useCapture();
  const pct = progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  const stopped = !running && items.some((i) => i.status === 'cancelled');

  return (
    <aside className="capture-batch" aria-label={i18n.t('capture.batch')}>
      {progress.total > 0 ? (
        <div className="capture-progress" data-testid="capture-progress">
          <div className="capture-progress-row">
            <span>{running ? i18n.t('capture.progress', { done: progress.done, total: progress.total }) : i18n.t('capture.progressDone', { count: progress.done, total: progress.done })}</span>
            {running ? (
              <button type="button" className="button small" onClick={() => useCapture.getState().cancel()} disabled={cancelRequested} data-testid="capture-cancel">
                {i18n.t('capture.cancel')}
              </button>
            ) : null}
          </div>
          <progress max={100} value={pct} aria-label={i18n.t('capture.progress', { done: progress.done, total: progress.total })} />
          {stopped ? <p className="field-hint">{i18n.t('capture.cancelled')}</p> : null}
        </div>
      ) : null}
      <ul className="capture-list" data-testid="capture-list">
        {items.map((item, n) => (
          <li key={item.id}>
            <button
              type="button"
              className={item.id === currentId ? 'capture-item active' : 'capture-item'}
              onClick={() => reopen(item.id)}
              disabled={!REVIEWABLE.has(item.status) && item.status !== 'skipped'}
              data-testid="capture-item"
              data-status={item.status}
              aria-current={item.id === currentId ? 'true' : undefined}
            >
              {item.frontUrl ? <img className="capture-thumb" src={item.frontUrl} alt="" /> : <span className="capture-thumb blank"><Icon name="edit" size={14} /></span>}
              <span className="capture-item-text">
                <span className="capture-item-name">{item.saved?.name || item.fields.name || item.name || `${i18n.t('capture.manualCard')} ${n + 1}`}</span>
                {/* A card typed in by hand was never read: it is not a failure. */}
                {item.status === 'failed' && !item.front
                  ? <span className="capture-status s-manual">{i18n.t('capture.status.manual')}</span>
                  : <span className={`capture-status s-${item.status}`}>{i18n.t(`capture.status.${item.status}`)}</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="capture-batch-footer">
        <button type="button" className="link-button" onClick={() => void clearList(items)} data-testid="capture-clear">{i18n.t('capture.clear')}</button>
      </div>
    </aside>
  );
}
