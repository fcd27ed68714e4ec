// A birthday with a year (a date picker) or without one (month and day only → `--MM-DD`).
import { useT } from '../../i18n';
import type { BirthdayState } from './formModel';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function BirthdayInput({ id, value, onChange, invalid }: { id: string; value: BirthdayState; onChange(v: BirthdayState): void; invalid: boolean }) {
  const i18n = useT();
  const days = DAYS_IN_MONTH[Number(value.month) - 1] ?? 31;

  function toggleNoYear(noYear: boolean) {
    // Carry month and day across so ticking the box does not lose what was entered.
    if (noYear && value.date) {
      onChange({ ...value, noYear, month: String(Number(value.date.slice(5, 7))), day: String(Number(value.date.slice(8, 10))) });
    } else {
      onChange({ ...value, noYear });
    }
  }

  return (
    <div className="birthday-input">
      {value.noYear ? (
        <div className="birthday-md">
          <select
            id={id}
            className="select"
            value={value.month}
            onChange={(e) => onChange({ ...value, month: e.target.value })}
            aria-label={i18n.t('form.month')}
            aria-invalid={invalid}
            data-testid="form-birthday-month"
          >
            <option value="">{i18n.t('form.month')}</option>
            {DAYS_IN_MONTH.map((_, m) => <option key={m} value={String(m + 1)}>{new Date(2000, m, 1).toLocaleString(i18n.locale === 'ko' ? 'ko-KR' : 'en-US', { month: 'short' })}</option>)}
          </select>
          <select
            className="select"
            value={value.day}
            onChange={(e) => onChange({ ...value, day: e.target.value })}
            aria-label={i18n.t('form.day')}
            aria-invalid={invalid}
            data-testid="form-birthday-day"
          >
            <option value="">{i18n.t('form.day')}</option>
            {Array.from({ length: days }, (_, d) => <option key={d} value={String(d + 1)}>{i18n.t('form.dayOption', { day: d + 1 })}</option>)}
          </select>
        </div>
      ) : (
        <input
          id={id}
          type="date"
          className="input"
          value={value.date}
          max="2100-12-31"
          onChange={(e) => onChange({ ...value, date: e.target.value })}
          aria-invalid={invalid}
          data-testid="form-birthday"
        />
      )}
      <label className="checkbox">
        <input type="checkbox" checked={value.noYear} onChange={(e) => toggleNoYear(e.target.checked)} data-testid="form-birthday-no-year" />
        {i18n.t('form.noYear')}
      </label>
    </div>
  );
}
