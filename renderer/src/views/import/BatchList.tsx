// Past imports, newest first; each can be undone once (after a confirmation naming what goes).
import type { ImportBatch } from '../../../../shared/contract/import';
import { isAppError } from '../../../../shared/errors';
import { importReasonText } from '../../../../shared/i18n/import-reasons';
import { mergesNamed } from '../../i18n/errors';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { useImport } from '../../stores/import';
import { notify, notifyError, useToasts } from '../../stores/toasts';
import { ui } from '../../stores/ui';

export async function undoBatch(b: Pick<ImportBatch, 'id' | 'imported' | 'merged'>): Promise<void> {
  const ok = await ui.confirm({
    title: (i) => i.t('import.undoConfirmTitle'),
    body: (i) => i.t('import.undoConfirmBody', { imported: b.imported, merged: b.merged }),
    confirmLabel: (i) => i.t('import.undo'),
    danger: true,
  });
  if (!ok) return;
  try {
    const res = await useImport.getState().undo(b.id);
    notify((i) => i.t('import.undone', { removed: res.removed, reverted: res.reverted }));
  } catch (e) {
    if (isAppError(e) && e.code === 'merge-blocked') await undoWithMerges(b.id, mergesNamed(e));
    // A conflict says why in a sentence of the import's own (already undone, a later import).
    else if (isAppError(e) && e.code === 'conflict') useToasts.getState().push({ tone: 'error', render: (i) => importReasonText(e.message, i.locale) });
    else notifyError(e);
  }
}

/** People of the import were merged since: name those merges and offer to undo them with it. */
async function undoWithMerges(batchId: string, merges: string[]): Promise<void> {
  const ok = await ui.confirm({
    title: (i) => i.t('import.undoMergesTitle'),
    body: (i) => i.t('import.undoMergesBody', { list: merges.map((m) => `· ${m}`).join('\n') }),
    confirmLabel: (i) => i.t('import.undoMergesConfirm'),
    danger: true,
  });
  if (!ok) return;
  try {
    const res = await useImport.getState().undo(batchId, true);
    notify((i) => i.t('import.undoneWithMerges', { removed: res.removed, reverted: res.reverted, unmerged: res.unmerged }));
  } catch (e) {
    if (isAppError(e) && e.code === 'conflict') useToasts.getState().push({ tone: 'error', render: (i) => importReasonText(e.message, i.locale) });
    else notifyError(e);
  }
}

export function BatchList() {
  const i18n = useT();
  const batches = useImport((s) => s.batches);
  const loaded = useImport((s) => s.batchesLoaded);
  if (!loaded) return null;
  return (
    <section className="panel batches" data-testid="import-batches">
      <h2 className="panel-title">{i18n.t('import.history')}{batches.length ? <span className="panel-count">{i18n.num(batches.length)}</span> : null}</h2>
      {batches.length === 0 ? (
        <p className="muted small" data-testid="import-batches-empty">{i18n.t('import.historyEmpty')}</p>
      ) : (
        <ul className="batch-list">
          {batches.map((b) => (
            <li key={b.id} className={b.undoneAt ? 'batch undone' : 'batch'} data-testid="import-batch" data-batch-id={b.id}>
              <div className="batch-main">
                <span className="batch-files">{b.files.join(', ')}</span>
                <span className="batch-meta">
                  {i18n.fmt.instant(b.at, true)}
                  <span className="sep">·</span>
                  {i18n.t('import.batchCounts', { imported: b.imported, merged: b.merged })}
                </span>
              </div>
              {b.undoneAt ? (
                <span className="muted small" data-testid="import-batch-undone">{i18n.t('import.undoneAt', { when: i18n.fmt.instant(b.undoneAt, true) })}</span>
              ) : (
                <button type="button" className="button small danger-ghost" onClick={() => void undoBatch(b)} data-testid="import-batch-undo">
                  <Icon name="restore" />{i18n.t('import.undo')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
