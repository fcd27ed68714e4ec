// Settings → Backup & export: back up now, the list of backups (date, kind, size, contacts,
// verified), restore with a preview and a confirmation that names the safety backup, and export
// as vCard (4.0, or 3.0 for older phones) or Google Contacts CSV.
import { useEffect } from 'react';
import type { BackupInfo } from '../../../../shared/contract';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Misc';
import { type I18n, useT } from '../../i18n';
import { useBackup } from '../../stores/backup';
import { notify, notifyError } from '../../stores/toasts';
import { ui } from '../../stores/ui';

const size = (bytes: number, i18n: I18n): string =>
  bytes >= 1024 * 1024 ? `${i18n.num(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB` : `${i18n.num(Math.max(1, Math.round(bytes / 1024)))} KB`;

async function backUpNow(): Promise<void> {
  try {
    const made = await useBackup.getState().create();
    notify((i) => i.t('backup.done', { contacts: made.contacts }));
  } catch (e) {
    notifyError(e);
  }
}

async function restore(b: BackupInfo): Promise<void> {
  try {
    const p = await useBackup.getState().preview(b.name);
    const vars = (i: I18n) => ({
      date: i.fmt.instant(p.createdAt, true), contacts: p.contacts, touches: p.touches,
      newest: p.newestTouch ? i.fmt.instant(p.newestTouch, true) : i.t('backup.noTouches'),
    });
    const ok = await ui.confirm({
      title: (i) => i.t('backup.restoreTitle'),
      body: (i) => i.t('backup.restoreBody', vars(i)),
      confirmLabel: (i) => i.t('backup.restoreConfirm'),
      danger: true,
    });
    if (!ok) return;
    await useBackup.getState().restore(b.name);
    notify((i) => i.t('backup.restored', { date: i.fmt.instant(p.createdAt, true) }));
  } catch (e) {
    notifyError(e);
  }
}

async function exportAs(format: 'vcf' | 'csv', version?: '3.0' | '4.0'): Promise<void> {
  try {
    const r = await useBackup.getState().exportContacts(format, version);
    notify((i) => i.t('backup.exported', { count: r.count, file: r.fileName }));
  } catch (e) {
    notifyError(e);
  }
}

function BackupRow({ b }: { b: BackupInfo }) {
  const i18n = useT();
  const busy = useBackup((s) => s.busy);
  const restoring = useBackup((s) => s.restoring === b.name);
  return (
    <tr data-testid="backup-row" data-kind={b.kind} data-name={b.name}>
      <td>{i18n.fmt.instant(b.createdAt, true)}</td>
      <td>{i18n.t(`backup.kind.${b.kind}`)}</td>
      <td className="num">{size(b.bytes, i18n)}</td>
      <td className="num">{i18n.num(b.contacts)}</td>
      <td className="center">
        {b.verified
          ? <span className="backup-verified" title={i18n.t('backup.verified')} aria-label={i18n.t('backup.verified')}><Icon name="check" size={14} /></span>
          : <span className="muted" title={i18n.t('backup.notVerified')}>—</span>}
      </td>
      <td className="actions">
        <button type="button" className="button small" onClick={() => void restore(b)} disabled={busy !== null} data-testid="backup-restore">
          {restoring ? <Spinner /> : <Icon name="restore" size={14} />}
          {restoring ? i18n.t('backup.restoring') : i18n.t('backup.restore')}
        </button>
      </td>
    </tr>
  );
}

export function BackupSettings() {
  const i18n = useT();
  const { items, folder, loaded, busy } = useBackup();
  useEffect(() => {
    void useBackup.getState().load().catch(notifyError);
  }, []);
  return (
    <>
      <section className="panel settings-section" data-testid="settings-backup">
        <h2 className="panel-title">{i18n.t('backup.title')}</h2>
        <div className="section-row">
          <p className="section-hint">{i18n.t('backup.hint')}</p>
          <button type="button" className="button primary" onClick={() => void backUpNow()} disabled={busy !== null} data-testid="backup-now">
            {busy === 'backup' ? <Spinner /> : <Icon name="archive" />}
            {busy === 'backup' ? i18n.t('backup.running') : i18n.t('backup.now')}
          </button>
        </div>
        {!loaded ? <Spinner /> : items.length === 0 ? (
          <p className="backup-empty" data-testid="backup-empty">{i18n.t('backup.empty')}</p>
        ) : (
          <div className="backup-table-wrap">
            <table className="backup-table" data-testid="backup-list">
              <thead>
                <tr>
                  <th>{i18n.t('backup.colDate')}</th><th>{i18n.t('backup.colKind')}</th><th className="num">{i18n.t('backup.colSize')}</th>
                  <th className="num">{i18n.t('backup.colContacts')}</th><th className="center">{i18n.t('backup.colVerified')}</th><th />
                </tr>
              </thead>
              <tbody>{items.map((b) => <BackupRow key={b.name} b={b} />)}</tbody>
            </table>
          </div>
        )}
        {folder ? <p className="section-hint backup-folder selectable">{i18n.t('backup.folder', { folder })}</p> : null}
      </section>
      <section className="panel settings-section" data-testid="settings-export">
        <h2 className="panel-title">{i18n.t('backup.export')}</h2>
        <p className="section-hint">{i18n.t('backup.exportHint')}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void exportAs('vcf', '4.0')} disabled={busy !== null} data-testid="export-vcf">
            {busy === 'export' ? <Spinner /> : <Icon name="download" />}{i18n.t('backup.exportVcf')}
          </button>
          <button type="button" className="button" onClick={() => void exportAs('vcf', '3.0')} disabled={busy !== null} data-testid="export-vcf3">
            <Icon name="download" />{i18n.t('backup.exportVcf3')}
          </button>
          <button type="button" className="button" onClick={() => void exportAs('csv')} disabled={busy !== null} data-testid="export-csv">
            <Icon name="download" />{i18n.t('backup.exportCsv')}
          </button>
        </div>
      </section>
    </>
  );
}
