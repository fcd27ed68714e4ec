// The Capture screen (issue 6): drop, paste, pick or photograph card images; they are read one
// at a time (progress, Cancel) and reviewed one by one beside the batch list. A card that cannot
// be read — or one typed from scratch — is entered by hand on the same review.
import '../../styles/capture.css';
import { useEffect, useRef, useState } from 'react';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/Misc';
import { useT } from '../../i18n';
import { useCapture } from '../../stores/capture';
import { notifyError } from '../../stores/toasts';
import { ui } from '../../stores/ui';
import { BatchList } from './BatchList';
import { CameraDialog } from './CameraDialog';
import { ReviewPanel } from './ReviewPanel';
import { reportAdded } from './reportAdded';

const imageFiles = (list: FileList | null | undefined): File[] => Array.from(list ?? []);

export function CaptureView() {
  const i18n = useT();
  const items = useCapture((s) => s.items);
  const currentId = useCapture((s) => s.currentId);
  const current = items.find((i) => i.id === currentId) ?? null;
  const [dragging, setDragging] = useState(false);
  const [camera, setCamera] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  const add = (files: File[]) => {
    if (!files.length) return;
    void useCapture.getState().addFiles(files).then(({ added, rejected }) => reportAdded(added, rejected));
  };

  // Cards read but not saved last time (a reload, a restart) are offered again.
  useEffect(() => { useCapture.getState().loadDrafts().catch(() => undefined); }, []);

  // Paste (Ctrl+V) an image copied from a screenshot tool or a browser, anywhere on this screen.
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const files = imageFiles(e.clipboardData?.files);
      if (!files.length) return;
      e.preventDefault();
      add(files);
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, []);

  const actions = (
    <>
      <button type="button" className="button" onClick={() => useCapture.getState().addManual()} data-testid="capture-manual">
        <Icon name="edit" />{i18n.t('capture.manual')}
      </button>
      <button type="button" className="button" onClick={() => setCamera(true)} data-testid="capture-camera">
        <Icon name="card" />{i18n.t('capture.camera')}
      </button>
      <button type="button" className="button primary" onClick={() => picker.current?.click()} data-testid="capture-pick">
        <Icon name="plus" />{i18n.t('capture.pick')}
      </button>
    </>
  );

  return (
    <div
      className={dragging ? 'page capture-page dragging' : 'page capture-page'}
      data-testid="capture-view"
      onDragOver={(e) => { if (e.dataTransfer.types.includes('Files')) { e.preventDefault(); setDragging(true); } }}
      onDragLeave={(e) => { if (e.currentTarget === e.target || !e.currentTarget.contains(e.relatedTarget as Node)) setDragging(false); }}
      onDrop={(e) => { e.preventDefault(); setDragging(false); add(imageFiles(e.dataTransfer.files)); }}
    >
      <PageHeader title={i18n.t('capture.title')} actions={items.length ? actions : undefined}>
        <p className="page-subtitle">{i18n.t('capture.subtitle')}</p>
      </PageHeader>
      <input
        ref={picker} type="file" multiple hidden data-testid="capture-file-input"
        accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif"
        onChange={(e) => { add(imageFiles(e.target.files)); e.target.value = ''; }}
      />
      <DraftsNotice />
      {items.length === 0 ? (
        <div className="page-body">
          <div className="capture-drop" data-testid="capture-empty">
            <div className="empty-icon"><Icon name="card" size={28} /></div>
            <h2>{i18n.t('capture.emptyTitle')}</h2>
            <p>{i18n.t('capture.emptyBody')}</p>
            <div className="empty-actions">{actions}</div>
          </div>
        </div>
      ) : (
        <div className="capture-body">
          <BatchList />
          <section className="capture-review" aria-live="polite">
            {current ? <ReviewPanel key={current.id} item={current} hotkeys={!camera} /> : <Done />}
          </section>
        </div>
      )}
      {dragging ? <div className="capture-drop-overlay" aria-hidden="true"><Icon name="card" size={28} />{i18n.t('capture.dropHere')}</div> : null}
      {camera ? <CameraDialog onClose={() => setCamera(false)} onPhoto={(file) => add([file])} /> : null}
    </div>
  );
}

/** "저장하지 않은 명함 2장 — 이어서 / 버리기": the unsaved cards of an earlier visit. */
function DraftsNotice() {
  const i18n = useT();
  const drafts = useCapture((s) => s.drafts);
  if (!drafts?.length) return null;
  const discard = async () => {
    const ok = await ui.confirm({
      title: (t) => t.t('capture.draftsDiscardTitle', { count: drafts.length }), body: (t) => t.t('capture.draftsDiscardBody'),
      confirmLabel: (t) => t.t('capture.draftsDiscard'), danger: true,
    });
    if (ok) useCapture.getState().discardDrafts().catch(notifyError);
  };
  return (
    <div className="capture-drafts" role="status" data-testid="capture-drafts">
      <Icon name="card" size={16} />
      <span>{i18n.t('capture.drafts', { count: drafts.length })}</span>
      <button type="button" className="button primary small" onClick={() => useCapture.getState().restoreDrafts()} data-testid="capture-drafts-resume">
        {i18n.t('capture.draftsResume')}
      </button>
      <button type="button" className="button small" onClick={() => void discard()} data-testid="capture-drafts-discard">
        {i18n.t('capture.draftsDiscard')}
      </button>
    </div>
  );
}

function Done() {
  const i18n = useT();
  const running = useCapture((s) => s.running);
  if (running) return null;
  return (
    <div className="empty-state" data-testid="capture-done">
      <div className="empty-icon"><Icon name="check" size={28} /></div>
      <h2>{i18n.t('capture.allDone')}</h2>
      <p>{i18n.t('capture.allDoneBody')}</p>
      <div className="empty-actions">
        <a className="button" href="#/today">{i18n.t('capture.openToday')}</a>
      </div>
    </div>
  );
}
