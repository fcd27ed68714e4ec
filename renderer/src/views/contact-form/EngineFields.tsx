// The contact form's relationship fields: who referred this person (a contact picker) and
// important yearly dates besides the birthday (anniversary, custom), each reminded 3 days ahead.
// They are saved after the contact itself, through their own contract methods.
import type { ContactDate } from '../../../../shared/domain/types';
import { isCalendarDate } from '../../../../shared/rules/time';
import { StageChip } from '../../components/Chips';
import { ContactPicker } from '../../components/ContactPicker';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { type I18n, useT } from '../../i18n';
import type { Stage } from '../../../../shared/domain/enums';
import { newKey } from './formModel';

export interface Referrer { id: string; name: string; stage?: Stage }

export interface DateRow { key: string; kind: ContactDate['kind']; label: string; date: string }

export interface EngineFieldsState {
  referrer: Referrer | null;
  /** The referrer saved before this edit (a recorded referral is history: it can be changed, not erased). */
  savedReferrer: Referrer | null;
  dates: ContactDate[];
  removed: string[];
  added: DateRow[];
}

export const emptyEngineFields = (referrer: Referrer | null = null): EngineFieldsState =>
  ({ referrer, savedReferrer: null, dates: [], removed: [], added: [] });

/** Problems with the new date rows, keyed `date:<row key>:label|date`. */
export function dateErrors(s: EngineFieldsState, i18n: I18n): Record<string, string> {
  const e: Record<string, string> = {};
  for (const r of s.added) {
    if (!r.label.trim()) e[`date:${r.key}:label`] = i18n.t('field.required');
    else if (r.label.trim().length > 100) e[`date:${r.key}:label`] = i18n.t('field.tooLong', { max: 100 });
    if (!isCalendarDate(r.date)) e[`date:${r.key}:date`] = i18n.t('field.date');
  }
  return e;
}

interface Props {
  contactId: string | null;
  value: EngineFieldsState;
  onChange(v: EngineFieldsState): void;
  errors: Record<string, string>;
}

export function EngineFields({ contactId, value, onChange, errors }: Props) {
  const i18n = useT();
  const set = (patch: Partial<EngineFieldsState>) => onChange({ ...value, ...patch });
  const setRow = (key: string, patch: Partial<DateRow>) => set({ added: value.added.map((r) => (r.key === key ? { ...r, ...patch } : r)) });
  const kept = value.dates.filter((d) => !value.removed.includes(d.id));

  return (
    <div className="form-grid cols-2 engine-fields">
      <Field label={i18n.t('ref.referredBy')} htmlFor="form-referred-by" error={errors.referredBy} hint={value.savedReferrer ? i18n.t('form2.referrerKept') : i18n.t('form2.referrerHint')}>
        {value.referrer ? (
          <div className="picked" data-testid="form-referred-by-picked">
            <span className="person-ref"><strong>{value.referrer.name}</strong>{value.referrer.stage ? <StageChip stage={value.referrer.stage} /> : null}</span>
            <button type="button" className="button small ghost" onClick={() => set({ referrer: null })} data-testid="form-referred-by-change">
              {value.savedReferrer ? i18n.t('form2.change') : i18n.t('common.remove')}
            </button>
          </div>
        ) : (
          <ContactPicker id="form-referred-by" exclude={contactId ? [contactId] : []} testId="form-referred-by"
            onPick={(c) => set({ referrer: { id: c.id, name: c.name, stage: c.stage } })} />
        )}
      </Field>

      <Field label={i18n.t('dates.heading')} htmlFor="form-date-add" hint={i18n.t('dates.hint')}>
        <ul className="date-rows" data-testid="form-dates">
          {kept.map((d) => (
            <li key={d.id} className="date-row saved" data-testid="form-date">
              <span className="chip subtle">{i18n.t(d.kind === 'anniversary' ? 'dates.anniversary' : 'dates.custom')}</span>
              <span className="date-label">{d.label}</span>
              <span className="muted">{i18n.fmt.birthday(d.date).text}</span>
              <button type="button" className="icon-button" aria-label={i18n.t('common.remove')} onClick={() => set({ removed: [...value.removed, d.id] })} data-testid="form-date-remove">
                <Icon name="x" size={14} />
              </button>
            </li>
          ))}
          {value.added.map((r) => (
            <li key={r.key} className="date-row new" data-testid="form-date-new">
              <select className="select" value={r.kind} aria-label={i18n.t('dates.kind')}
                onChange={(e) => { const kind = e.target.value as DateRow['kind']; setRow(r.key, { kind, label: r.label || (kind === 'anniversary' ? i18n.t('dates.anniversaryDefault') : '') }); }}
                data-testid="form-date-kind">
                <option value="anniversary">{i18n.t('dates.anniversary')}</option>
                <option value="custom">{i18n.t('dates.custom')}</option>
              </select>
              <input className="input" value={r.label} placeholder={i18n.t('dates.labelPlaceholder')} aria-label={i18n.t('dates.label')}
                aria-invalid={Boolean(errors[`date:${r.key}:label`])} onChange={(e) => setRow(r.key, { label: e.target.value })} data-testid="form-date-label" />
              <input className="input" type="date" value={r.date} aria-label={i18n.t('dates.date')} max="2100-12-31"
                aria-invalid={Boolean(errors[`date:${r.key}:date`])} onChange={(e) => setRow(r.key, { date: e.target.value })} data-testid="form-date-date" />
              <button type="button" className="icon-button" aria-label={i18n.t('common.remove')} onClick={() => set({ added: value.added.filter((x) => x.key !== r.key) })}>
                <Icon name="x" size={14} />
              </button>
              {errors[`date:${r.key}:label`] || errors[`date:${r.key}:date`] ? (
                <p className="field-error date-error" data-testid="form-date-error">{errors[`date:${r.key}:label`] ?? errors[`date:${r.key}:date`]}</p>
              ) : null}
            </li>
          ))}
        </ul>
        <button id="form-date-add" type="button" className="link-button add-row" data-testid="form-date-add"
          onClick={() => set({ added: [...value.added, { key: newKey(), kind: 'anniversary', label: i18n.t('dates.anniversaryDefault'), date: '' }] })}>
          <Icon name="plus" size={13} />{i18n.t('dates.add')}
        </button>
      </Field>
    </div>
  );
}
