// Cadence per stage and the freshness thresholds, edited together and saved with one button.
import { useState } from 'react';
import { STAGES, type Stage } from '../../../../shared/domain/enums';
import type { CadenceIntervals } from '../../../../shared/domain/types';
import { StageChip } from '../../components/Chips';
import { useT } from '../../i18n';
import { useSettings } from '../../stores/settings';
import { isWholeNumberIn, SaveButton, useSettingsSave, WholeNumberInput } from './section';

type Draft = { cadence: Record<Stage, string | null>; aging: string; stale: string };

const validDays = (s: string) => isWholeNumberIn(s, 1, 3650);

export function CadenceSettings() {
  const i18n = useT();
  const settings = useSettings((s) => s.settings)!;
  const initial = (): Draft => ({
    cadence: Object.fromEntries(STAGES.map((s) => [s, settings.cadence[s] == null ? null : String(settings.cadence[s])])) as Draft['cadence'],
    aging: String(settings.agingAfterDays),
    stale: String(settings.staleAfterDays),
  });
  const [draft, setDraft] = useState<Draft>(initial);
  const { errors, saving, save } = useSettingsSave();

  const dirty = JSON.stringify(draft) !== JSON.stringify(initial());
  const setCadence = (s: Stage, v: string | null) => setDraft((d) => ({ ...d, cadence: { ...d.cadence, [s]: v } }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    for (const s of STAGES) { const v = draft.cadence[s]; if (v !== null && !validDays(v)) local[`cadence.${s}`] = i18n.t('field.days'); }
    if (!validDays(draft.aging)) local.agingAfterDays = i18n.t('field.days');
    if (!validDays(draft.stale)) local.staleAfterDays = i18n.t('field.days');
    if (!local.agingAfterDays && !local.staleAfterDays && Number(draft.aging) >= Number(draft.stale)) local.agingAfterDays = i18n.t('field.agingBeforeStale');
    void save(local, () => {
      const cadence = Object.fromEntries(STAGES.map((s) => [s, draft.cadence[s] === null ? null : Number(draft.cadence[s])])) as unknown as CadenceIntervals;
      return { cadence, agingAfterDays: Number(draft.aging), staleAfterDays: Number(draft.stale) };
    });
  }

  const days = (id: string, value: string, onChange: (v: string) => void, error: string | undefined, testId: string) => (
    <WholeNumberInput id={id} value={value} onChange={onChange} invalid={Boolean(error)} unit={i18n.t('common.days')} testId={testId} />
  );

  return (
    <form className="panel settings-section" onSubmit={submit} data-testid="settings-cadence">
      <h2 className="panel-title">{i18n.t('settings.cadence')}</h2>
      <p className="section-hint">{i18n.t('settings.cadenceHint')}</p>
      <div className="cadence-grid">
        {STAGES.map((s) => {
          const v = draft.cadence[s];
          const error = errors[`cadence.${s}`];
          return (
            <div key={s} className="cadence-row">
              <label htmlFor={`cadence-${s}`}><StageChip stage={s} /></label>
              {v === null ? <span className="muted cadence-none">—</span>
                : days(`cadence-${s}`, v, (x) => setCadence(s, x), error, `settings-cadence-${s}`)}
              <label className="checkbox small">
                <input type="checkbox" checked={v === null} onChange={(e) => setCadence(s, e.target.checked ? null : String(settings.cadence[s] ?? 30))} data-testid={`settings-cadence-${s}-none`} />
                {i18n.t('settings.cadenceNone')}
              </label>
              {error ? <p className="field-error">{error}</p> : null}
            </div>
          );
        })}
      </div>

      <h2 className="panel-title spaced">{i18n.t('settings.freshness')}</h2>
      <p className="section-hint">{i18n.t('settings.freshnessHint')}</p>
      <div className="cadence-grid">
        <div className="cadence-row">
          <label htmlFor="settings-aging">{i18n.t('settings.agingAfter')}</label>
          {days('settings-aging', draft.aging, (x) => setDraft((d) => ({ ...d, aging: x })), errors.agingAfterDays, 'settings-aging')}
          {errors.agingAfterDays ? <p className="field-error">{errors.agingAfterDays}</p> : null}
        </div>
        <div className="cadence-row">
          <label htmlFor="settings-stale">{i18n.t('settings.staleAfter')}</label>
          {days('settings-stale', draft.stale, (x) => setDraft((d) => ({ ...d, stale: x })), errors.staleAfterDays, 'settings-stale')}
          {errors.staleAfterDays ? <p className="field-error">{errors.staleAfterDays}</p> : null}
        </div>
      </div>
      <SaveButton dirty={dirty} saving={saving} testId="settings-save" />
    </form>
  );
}
