// Settings → Security: the backups made before encryption was turned on, which are plain files
// (issue 8). Shown only while the book is encrypted and such backups exist: encrypt them with the
// book's key (each verified like a backup) or delete them after a confirmation.
import { useState } from 'react';
import type { ProtectBackupsResult } from '../../../../shared/contract';
import { Dialog } from '../../components/Dialog';
import { Spinner } from '../../components/Misc';
import { useT } from '../../i18n';
import { useSecurity } from '../../stores/security';
import { notify, notifyError, useToasts } from '../../stores/toasts';

/** Say what protecting the backups did: how many, or which failed (each left as it was). */
export function reportProtected(r: ProtectBackupsResult): void {
  const names = r.failed.map((f) => f.name).join(', ');
  if (r.failed.length) useToasts.getState().push({ tone: 'error', render: (i) => i.t('plainBackups.failed', { names }) });
  if (r.encrypted.length) notify((i) => i.t('plainBackups.doneEncrypt', { count: r.encrypted.length }));
  if (r.deleted.length) notify((i) => i.t('plainBackups.doneDelete', { count: r.deleted.length }));
}

export function PlainBackups() {
  const i18n = useT();
  const items = useSecurity((s) => s.plainBackups);
  const busy = useSecurity((s) => s.busy);
  const [confirmDelete, setConfirmDelete] = useState(false);
  if (!items.length) return null;

  async function run(action: 'encrypt' | 'delete') {
    try {
      reportProtected(await useSecurity.getState().protectBackups(action));
      setConfirmDelete(false);
    } catch (err) {
      notifyError(err);
    }
  }

  return (
    <div className="hint-box plain-backups" data-testid="plain-backups">
      <p><strong>{i18n.t('plainBackups.title', { count: items.length })}</strong></p>
      <p>{i18n.t('plainBackups.hint')}</p>
      <div className="button-row">
        <button type="button" className="button primary" disabled={busy !== null} onClick={() => void run('encrypt')} data-testid="plain-backups-encrypt">
          {i18n.t('plainBackups.encrypt')}
        </button>
        <button type="button" className="button danger" disabled={busy !== null} onClick={() => setConfirmDelete(true)} data-testid="plain-backups-delete">
          {i18n.t('plainBackups.delete')}
        </button>
        {busy === 'backups' && !confirmDelete ? <span className="security-progress" role="status"><Spinner />{i18n.t('plainBackups.working')}</span> : null}
      </div>
      {confirmDelete ? (
        <Dialog title={i18n.t('plainBackups.deleteTitle')} onClose={() => { if (!busy) setConfirmDelete(false); }} size="sm" testId="plain-backups-delete-dialog"
          footer={(
            <>
              <button type="button" className="button" onClick={() => setConfirmDelete(false)} disabled={busy !== null} data-autofocus>{i18n.t('common.cancel')}</button>
              <button type="button" className="button danger" onClick={() => void run('delete')} disabled={busy !== null} data-testid="plain-backups-delete-confirm">
                {i18n.t('plainBackups.deleteConfirm')}
              </button>
            </>
          )}>
          <p>{i18n.t('plainBackups.deleteBody', { count: items.length })}</p>
          <ul className="plain-backups-list">{items.map((b) => <li key={b.name}>{b.name}</li>)}</ul>
        </Dialog>
      ) : null}
    </div>
  );
}
