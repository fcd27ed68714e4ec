// One chosen file before the import: what it is (format, encoding, how many records), the first
// records exactly as they will be stored, the records that will be skipped and why, and — for a
// CSV/xlsx sheet — its column mapping.
import type { ImportFormat, ImportPreview } from '../../../../shared/contract/import';
import { importReasonText } from '../../../../shared/i18n/import-reasons';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Misc';
import { type I18n, useT } from '../../i18n';
import { errorText } from '../../i18n/errors';
import { type ImportFile, needsMapping, useImport } from '../../stores/import';
import { MappingTable } from './MappingTable';

const FORMAT_NAMES: Record<ImportFormat, string> = { vcard: 'vCard', csv: 'CSV', xlsx: 'Excel (.xlsx)' };

export function formatName(f: ImportFormat | null, i18n: I18n): string {
  return f ? FORMAT_NAMES[f] : i18n.t('import.format.unknown');
}

export function fileSize(bytes: number, i18n: I18n): string {
  if (bytes < 1024) return i18n.t('import.size.bytes', { n: bytes });
  if (bytes < 1024 * 1024) return i18n.t('import.size.kb', { n: Math.round(bytes / 102.4) / 10 });
  return i18n.t('import.size.mb', { n: Math.round(bytes / 104857.6) / 10 });
}

const SAMPLE_ROWS = 5;

function SampleTable({ p }: { p: ImportPreview }) {
  const i18n = useT();
  if (p.sample.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="data-table sample-table" data-testid="import-sample">
        <thead>
          <tr>
            <th className="num">#</th>
            <th>{i18n.t('import.col.name')}</th>
            <th>{i18n.t('import.col.company')}</th>
            <th>{i18n.t('import.col.phones')}</th>
            <th>{i18n.t('import.col.emails')}</th>
          </tr>
        </thead>
        <tbody>
          {p.sample.slice(0, SAMPLE_ROWS).map((r) => (
            <tr key={r.record} data-testid="import-sample-row">
              <td className="num muted">{r.record}</td>
              <td>
                <span className="sample-name" data-testid="import-sample-name">{r.name}</span>
                {r.warnings.length ? (
                  <span className="sample-warning" title={r.warnings.map((w) => importReasonText(w, i18n.locale)).join('\n')}>
                    <Icon name="alert" size={13} />{i18n.t('import.warnings', { count: r.warnings.length })}
                  </span>
                ) : null}
              </td>
              <td>{[r.company, r.title].filter(Boolean).join(' · ') || <span className="muted">—</span>}</td>
              <td className="tabular">{r.phones.join(', ') || <span className="muted">—</span>}</td>
              <td>{r.emails.join(', ') || <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {p.records > Math.min(SAMPLE_ROWS, p.sample.length) ? (
        <p className="table-more muted">{i18n.t('import.sampleMore', { count: p.records - Math.min(SAMPLE_ROWS, p.sample.length) })}</p>
      ) : null}
    </div>
  );
}

function SkippedList({ p }: { p: ImportPreview }) {
  const i18n = useT();
  if (p.errors.length === 0) return null;
  return (
    <div className="skipped" data-testid="import-preview-errors">
      <p className="skipped-title"><Icon name="alert" size={14} />{i18n.t('import.willSkip', { count: p.errors.length })}</p>
      <ul>
        {p.errors.slice(0, 5).map((e) => (
          <li key={`${e.record}:${e.line}`}>
            <span className="where">{i18n.t('import.where', { record: e.record, line: e.line })}</span>
            {importReasonText(e.reason, i18n.locale)}
          </li>
        ))}
        {p.errors.length > 5 ? <li className="muted">{i18n.t('import.andMore', { count: p.errors.length - 5 })}</li> : null}
      </ul>
    </div>
  );
}

export function FileCard({ file }: { file: ImportFile }) {
  const i18n = useT();
  const p = file.preview;
  const mappingNeeded = needsMapping(file);
  const showMapping = Boolean(file.columns && p && !p.rejected) && (mappingNeeded || file.mappingOpen);

  return (
    <section
      className={`panel file-card${p?.rejected || file.status === 'failed' ? ' rejected' : ''}`}
      data-testid="import-file"
      data-file={file.name}
      data-state={file.status === 'ready' ? (p?.rejected ? 'rejected' : mappingNeeded ? 'needs-mapping' : 'ready') : file.status}
    >
      <header className="file-head">
        <Icon name="file" size={18} className="file-icon" />
        <div className="file-title">
          <strong className="file-name">{file.name}</strong>
          <span className="file-facts">
            <span>{fileSize(file.size, i18n)}</span>
            {p ? (
              <>
                <span data-testid="import-file-format">{formatName(p.format, i18n)}</span>
                {p.encoding ? <span data-testid="import-file-encoding">{p.encoding.toUpperCase()}</span> : null}
                {!p.rejected && !mappingNeeded ? <span data-testid="import-file-records">{i18n.t('import.records', { count: p.records })}</span> : null}
                {p.wouldMerge ? <span>{i18n.t('import.wouldMerge', { count: p.wouldMerge })}</span> : null}
              </>
            ) : null}
          </span>
        </div>
        {file.columns && p && !p.rejected && !mappingNeeded ? (
          <button type="button" className="link-button small" onClick={() => useImport.getState().toggleMapping(file.key)} data-testid="import-edit-mapping">
            {showMapping ? i18n.t('import.mapping.hide') : i18n.t('import.mapping.edit')}
          </button>
        ) : null}
        <button type="button" className="icon-button" onClick={() => useImport.getState().removeFile(file.key)} aria-label={i18n.t('import.removeFile', { name: file.name })} data-testid="import-file-remove">
          <Icon name="x" />
        </button>
      </header>

      {file.status === 'reading' ? <p className="file-status"><Spinner />{i18n.t('import.reading', { file: file.name })}</p> : null}
      {file.status === 'failed' ? (
        <p className="file-problem" role="alert" data-testid="import-file-error"><Icon name="alert" />{errorText(file.error, i18n)}</p>
      ) : null}
      {p?.rejected ? (
        <p className="file-problem" role="alert" data-testid="import-file-rejected">
          <Icon name="alert" />
          <span><strong>{i18n.t('import.rejected')}</strong> {importReasonText(p.rejected, i18n.locale)}</span>
        </p>
      ) : null}

      {p && !p.rejected ? (
        <>
          {showMapping ? <MappingTable file={file} /> : null}
          {mappingNeeded ? null : <SampleTable p={p} />}
          <SkippedList p={p} />
        </>
      ) : null}
    </section>
  );
}
