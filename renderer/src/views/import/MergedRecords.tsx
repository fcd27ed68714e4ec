// The import report's merged records whose file had other values than the person they joined:
// what was kept, what the file said, and that the file's values were added to the person's notes.
// Shown open, so a merge never keeps a company or title silently.
import { useMemo, useState } from 'react';
import type { ImportReport } from '../../../../shared/contract/import';
import { differenceText } from '../../../../shared/i18n/import-merge';
import { useT } from '../../i18n';
import { navigate } from '../../stores/navigation';
import { RecordTable } from './RecordTable';

const SHOWN = 200;

export function MergedRecords({ report }: { report: ImportReport }) {
  const i18n = useT();
  const [all, setAll] = useState(false);
  const differed = useMemo(() => report.files.flatMap((f) => f.mergedRecords.filter((m) => m.differences.length).map((m) => ({ file: f.file, ...m }))), [report]);
  if (differed.length === 0) return null;
  const shown = all ? differed : differed.slice(0, SHOWN);
  return (
    <div className="report-merges" data-testid="import-merges">
      <h3>{i18n.t('import.mergesTitle', { count: differed.length })}</h3>
      <p className="muted small">{i18n.t('import.mergesHint')}</p>
      <RecordTable columns={[{ label: i18n.t('import.mergesInto') }, { label: i18n.t('import.mergesKept') }]}>
        {shown.map((m) => (
          <tr key={`${m.file} ${m.record}`} data-testid="import-merge" data-record={m.record}>
            <td>{m.file}</td>
            <td className="num">{m.record}</td>
            <td>
              {/* In a dry run nobody was stored: no link. */}
              {report.batchId ? (
                <button type="button" className="link-button" onClick={() => navigate({ name: 'contact', id: m.contactId })}>{m.keptName}</button>
              ) : m.keptName}
              {m.into === 'import' ? <span className="muted small"> · {i18n.t('import.mergesSameFile')}</span> : null}
            </td>
            <td data-testid="import-merge-differences">
              {m.differences.map((d) => <div key={d.field}>{differenceText(d, i18n.locale)}</div>)}
            </td>
          </tr>
        ))}
      </RecordTable>
      {differed.length > shown.length ? (
        <button type="button" className="link-button small" onClick={() => setAll(true)}>{i18n.t('import.mergesAll', { total: differed.length })}</button>
      ) : null}
    </div>
  );
}
