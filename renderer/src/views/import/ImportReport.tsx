// What an import did: counts, each file's outcome, every skipped record with its record number,
// line and reason (copyable, exportable), the merged records that had other values, and "Undo this import".
import { useMemo, useState } from 'react';
import type { ImportJobStatus } from '../../../../shared/contract/import';
import { importReasonText } from '../../../../shared/i18n/import-reasons';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { navigate } from '../../stores/navigation';
import { useImport } from '../../stores/import';
import { notify, notifyError } from '../../stores/toasts';
import { undoBatch } from './BatchList';
import { downloadText, errorRows, errorsAsCsv, errorsAsTsv } from './errorList';
import { formatName } from './FileCard';
import { MergedRecords } from './MergedRecords';
import { RecordTable } from './RecordTable';

function Stat({ label, value, tone, testId }: { label: string; value: number; tone?: 'ok' | 'warn' | 'bad'; testId: string }) {
  const i18n = useT();
  return (
    <div className={`stat${tone && value ? ` stat-${tone}` : ''}`}>
      <span className="stat-value" data-testid={testId}>{i18n.num(value)}</span>
      <span className="stat-label">{label}</span>
    </div>
  );
}

const SHOWN_ERRORS = 200;

export function ImportReportView({ status }: { status: ImportJobStatus }) {
  const i18n = useT();
  const report = status.report;
  const batch = useImport((s) => (report?.batchId ? s.batches.find((b) => b.id === report.batchId) : undefined));
  const rows = useMemo(() => (report ? errorRows(report, i18n) : []), [report, i18n]);
  const warnings = useMemo(() => report?.files.flatMap((f) => f.warnings.map((w) => ({ file: f.file, ...w }))) ?? [], [report]);
  const [showWarnings, setShowWarnings] = useState(false);

  const title = status.state === 'done'
    ? (report?.batchId ? i18n.t('import.doneTitle') : i18n.t('import.nothingTitle'))
    : status.state === 'cancelled' ? i18n.t('import.cancelledTitle') : i18n.t('import.failedTitle');
  const rejectedFiles = report?.files.filter((f) => f.rejected).length ?? 0;

  async function copy() {
    try {
      await navigator.clipboard.writeText(errorsAsTsv(rows, i18n));
      notify((i) => i.t('import.copied', { count: rows.length }));
    } catch (e) {
      notifyError(e);
    }
  }

  return (
    <section className={`panel import-report state-${status.state}`} data-testid="import-report" data-state={status.state}>
      <header className="report-head">
        <Icon name={status.state === 'done' ? 'check' : 'alert'} size={20} className="report-icon" />
        <div className="report-title">
          <h2 data-testid="import-report-title">{title}</h2>
          {status.state === 'cancelled' ? <p className="muted">{i18n.t('import.cancelledBody')}</p> : null}
          {status.state === 'failed' ? <p className="file-problem" role="alert">{i18n.t('import.failedBody', { message: status.error ?? '' })}</p> : null}
        </div>
        <div className="report-actions">
          {report?.batchId && batch && !batch.undoneAt ? (
            <button type="button" className="button danger-ghost" onClick={() => void undoBatch(batch)} data-testid="import-undo">
              <Icon name="restore" />{i18n.t('import.undoThis')}
            </button>
          ) : null}
          {batch?.undoneAt ? <span className="muted small" data-testid="import-report-undone">{i18n.t('import.undoneAt', { when: i18n.fmt.instant(batch.undoneAt, true) })}</span> : null}
          {report?.batchId && !batch?.undoneAt ? (
            <button type="button" className="button" onClick={() => navigate({ name: 'contacts' })} data-testid="import-show-contacts">
              <Icon name="contacts" />{i18n.t('import.showContacts')}
            </button>
          ) : null}
          <button type="button" className="button primary" onClick={() => useImport.getState().reset()} data-testid="import-more">
            <Icon name="import" />{i18n.t('import.more')}
          </button>
        </div>
      </header>

      {report ? (
        <>
          <div className="stats">
            <Stat label={i18n.t('import.stat.imported')} value={report.imported} tone="ok" testId="import-count-imported" />
            <Stat label={i18n.t('import.stat.merged')} value={report.merged} testId="import-count-merged" />
            <Stat label={i18n.t('import.stat.skipped')} value={report.skipped} tone="warn" testId="import-count-skipped" />
            <Stat label={i18n.t('import.stat.rejected')} value={rejectedFiles} tone="bad" testId="import-count-rejected" />
          </div>

          <div className="table-scroll">
            <table className="data-table report-files">
              <thead>
                <tr>
                  <th>{i18n.t('import.col.file')}</th>
                  <th>{i18n.t('import.col.format')}</th>
                  <th className="num">{i18n.t('import.col.records')}</th>
                  <th className="num">{i18n.t('import.stat.imported')}</th>
                  <th className="num">{i18n.t('import.stat.merged')}</th>
                  <th className="num">{i18n.t('import.stat.skipped')}</th>
                </tr>
              </thead>
              <tbody>
                {report.files.map((f) => (
                  <tr key={f.file} data-testid="import-report-file" data-file={f.file}>
                    <td>{f.file}{f.rejected ? <span className="chip reject-chip">{i18n.t('import.rejectedShort')}</span> : null}</td>
                    <td className="muted">{formatName(f.format, i18n)}{f.encoding ? ` · ${f.encoding.toUpperCase()}` : ''}</td>
                    <td className="num">{i18n.num(f.records)}</td>
                    <td className="num">{i18n.num(f.imported)}</td>
                    <td className="num">{i18n.num(f.merged)}</td>
                    <td className="num">{i18n.num(f.skipped)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {rows.length ? (
            <div className="report-errors" data-testid="import-errors">
              <div className="report-errors-head">
                <h3>{i18n.t('import.errorsTitle', { count: rows.length })}</h3>
                <button type="button" className="button small" onClick={() => void copy()} data-testid="import-errors-copy">
                  <Icon name="copy" />{i18n.t('import.copyErrors')}
                </button>
                <button
                  type="button"
                  className="button small"
                  onClick={() => downloadText(i18n.t('import.errorsFile'), errorsAsCsv(rows, i18n), 'text/csv;charset=utf-8')}
                  data-testid="import-errors-export"
                >
                  <Icon name="file" />{i18n.t('import.exportErrors')}
                </button>
              </div>
              <RecordTable columns={[{ label: i18n.t('import.col.line'), num: true }, { label: i18n.t('import.col.reason') }]}>
                {rows.slice(0, SHOWN_ERRORS).map((r, i) => (
                  <tr key={i} data-testid="import-error">
                    <td>{r.file}</td>
                    <td className="num">{r.record || '—'}</td>
                    <td className="num">{r.line || '—'}</td>
                    <td data-testid="import-error-reason">{r.reason}</td>
                  </tr>
                ))}
              </RecordTable>
              {rows.length > SHOWN_ERRORS ? <p className="table-more muted">{i18n.t('import.errorsTruncated', { shown: SHOWN_ERRORS, total: rows.length })}</p> : null}
            </div>
          ) : null}

          <MergedRecords report={report} />

          {warnings.length ? (
            <div className="report-warnings">
              <button type="button" className="link-button small" onClick={() => setShowWarnings((v) => !v)} aria-expanded={showWarnings} data-testid="import-warnings-toggle">
                {i18n.t('import.warningsTitle', { count: warnings.length })}
              </button>
              {showWarnings ? (
                <ul className="warning-list">
                  {warnings.slice(0, SHOWN_ERRORS).map((w, i) => (
                    <li key={i}>
                      <span className="where">{w.file} · {i18n.t('import.where', { record: w.record, line: w.line })}</span>
                      {importReasonText(w.reason, i18n.locale)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
