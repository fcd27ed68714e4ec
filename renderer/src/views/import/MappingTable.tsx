// Column mapping for a CSV/xlsx file: each column → a contact field, a kind of contact point, or
// "ignore", with the file's own first values beside it so the choice is obvious. A mapping can
// be saved under a name and applied to the next file from the same source.
import { useState } from 'react';
import { IMPORT_FIELD_TARGETS } from '../../../../shared/contract/import';
import { POINT_KINDS, type PointKind } from '../../../../shared/domain/enums';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Misc';
import { type I18n, type MessageKey, useT } from '../../i18n';
import { errorText } from '../../i18n/errors';
import { type ImportFile, useImport } from '../../stores/import';
import { notify } from '../../stores/toasts';

/** A target in words: `Company`, `Phone (회사)`, `Ignore`. */
export function targetLabel(target: string, i18n: I18n): string {
  if (target === 'ignore') return i18n.t('import.target.ignore');
  if ((IMPORT_FIELD_TARGETS as readonly string[]).includes(target)) return i18n.t(`import.target.${target}` as MessageKey);
  const [kind, ...rest] = target.split(':');
  if ((POINT_KINDS as readonly string[]).includes(kind!)) {
    const base = i18n.pointKind(kind as PointKind);
    return rest.length ? `${base} (${rest.join(':')})` : base;
  }
  return target;
}

const BASE_TARGETS = ['ignore', ...IMPORT_FIELD_TARGETS, ...POINT_KINDS] as const;

function TargetSelect({ value, onChange, header }: { value: string; onChange(v: string): void; header: string }) {
  const i18n = useT();
  const options: string[] = (BASE_TARGETS as readonly string[]).includes(value) ? [...BASE_TARGETS] : [value, ...BASE_TARGETS];
  return (
    <select
      className={value === 'ignore' ? 'select mapping-select ignored' : 'select mapping-select'}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-label={i18n.t('import.mapping.targetFor', { column: header })}
      data-testid="mapping-target"
    >
      <option value="ignore">{targetLabel('ignore', i18n)}</option>
      <optgroup label={i18n.t('import.mapping.fields')}>
        {options.filter((o) => (IMPORT_FIELD_TARGETS as readonly string[]).includes(o)).map((o) => <option key={o} value={o}>{targetLabel(o, i18n)}</option>)}
      </optgroup>
      <optgroup label={i18n.t('import.mapping.points')}>
        {options.filter((o) => o !== 'ignore' && !(IMPORT_FIELD_TARGETS as readonly string[]).includes(o)).map((o) => <option key={o} value={o}>{targetLabel(o, i18n)}</option>)}
      </optgroup>
    </select>
  );
}

function SaveMapping({ file }: { file: ImportFile }) {
  const i18n = useT();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    if (!file.mapping) return;
    if (!name.trim()) { setError(i18n.t('field.required')); return; }
    setSaving(true);
    try {
      const saved = await useImport.getState().saveMapping(name.trim(), file.mapping);
      setError(null);
      setName('');
      notify((i) => i.t('import.mapping.saved', { name: saved.name }));
    } catch (e) {
      setError(errorText(e, i18n));
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="mapping-save">
      <input
        className="input"
        value={name}
        maxLength={80}
        placeholder={i18n.t('import.mapping.saveAsPlaceholder')}
        aria-label={i18n.t('import.mapping.saveAs')}
        aria-invalid={error ? true : undefined}
        onChange={(e) => { setName(e.target.value); setError(null); }}
        onKeyDown={(e) => { if (e.key === 'Enter' && !e.nativeEvent.isComposing) { e.preventDefault(); void save(); } }}
        data-testid="mapping-save-name"
      />
      <button type="button" className="button" onClick={() => void save()} disabled={saving} data-testid="mapping-save">
        {saving ? <Spinner /> : null}{i18n.t('import.mapping.saveAs')}
      </button>
      {error ? <span className="field-error" role="alert" data-testid="mapping-save-error">{error}</span> : null}
    </div>
  );
}

export function MappingTable({ file }: { file: ImportFile }) {
  const i18n = useT();
  const saved = useImport((s) => s.mappings);
  const headers = file.columns?.headers ?? [];
  const rows = file.columns?.rows ?? [];
  const mapping = file.mapping ?? {};
  const unknown = !file.preview?.knownHeaderSet;

  return (
    <div className={unknown ? 'mapping needs' : 'mapping'} data-testid="mapping">
      <div className="mapping-intro">
        <Icon name={unknown ? 'alert' : 'check'} />
        <p>{unknown ? i18n.t('import.mapping.unknown') : i18n.t('import.mapping.known')}</p>
        {saved.length ? (
          <select
            className="select mapping-saved"
            value=""
            onChange={(e) => { if (e.target.value) useImport.getState().useSavedMapping(file.key, e.target.value); }}
            aria-label={i18n.t('import.mapping.useSaved')}
            data-testid="mapping-use-saved"
          >
            <option value="">{i18n.t('import.mapping.useSaved')}</option>
            {saved.map((m) => <option key={m.name} value={m.name}>{m.name}</option>)}
          </select>
        ) : null}
      </div>
      <div className="table-scroll">
        <table className="data-table mapping-table">
          <thead>
            <tr>
              <th>{i18n.t('import.mapping.column')}</th>
              <th>{i18n.t('import.mapping.target')}</th>
              <th>{i18n.t('import.mapping.samples')}</th>
            </tr>
          </thead>
          <tbody>
            {headers.map((h, col) => (
              <tr key={`${col}:${h}`} data-testid="mapping-row" data-column={h}>
                <th scope="row" className="mapping-header">{h || <span className="muted">{i18n.t('import.mapping.noHeader', { n: col + 1 })}</span>}</th>
                <td>
                  <TargetSelect header={h} value={mapping[h] ?? 'ignore'} onChange={(v) => useImport.getState().setTarget(file.key, h, v)} />
                </td>
                <td className="mapping-samples">
                  {rows.slice(0, 3).map((r) => r[col] ?? '').filter(Boolean).join(' · ') || <span className="muted">—</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mapping-actions">
        <SaveMapping file={file} />
        <button
          type="button"
          className={unknown ? 'button primary' : 'button'}
          onClick={() => void useImport.getState().applyMapping(file.key)}
          disabled={file.applying}
          data-testid="mapping-apply"
        >
          {file.applying ? <Spinner /> : <Icon name="check" />}
          {i18n.t('import.mapping.apply')}
        </button>
      </div>
    </div>
  );
}
