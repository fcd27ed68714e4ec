// The import report's tables of records — the skipped ones and the merged ones: a scroll box and
// a header that starts with the file and the record number; each caller brings its other
// columns and its rows.
import type { ReactNode } from 'react';
import { useT } from '../../i18n';

export function RecordTable({ columns, children }: { columns: { label: string; num?: boolean }[]; children: ReactNode }) {
  const i18n = useT();
  return (
    <div className="table-scroll errors-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th>{i18n.t('import.col.file')}</th>
            <th className="num">{i18n.t('import.col.record')}</th>
            {columns.map((c) => <th key={c.label} className={c.num ? 'num' : undefined}>{c.label}</th>)}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
