// The relationship engine's settings: apply lifecycle suggestions automatically, when a quiet
// contact counts as dormant, how many marketing touches a person may get in 30 days, and how
// many referral asks and number/e-mail verification tasks the daily pass newly proposes a day.
import { useState } from 'react';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';
import { useSettings } from '../../stores/settings';
import { isWholeNumberIn, SaveButton, useSettingsSave, WholeNumberInput } from './section';

export function EngineSettings() {
  const i18n = useT();
  const settings = useSettings((s) => s.settings)!;
  const initial = {
    auto: settings.autoApplyLifecycle, dormant: String(settings.dormantAfterDays), marketing: String(settings.maxMarketingPer30Days),
    referrals: String(settings.referralAsksPerDay), verifications: String(settings.verificationsPerDay),
  };
  const [draft, setDraft] = useState(initial);
  const { errors, saving, save } = useSettingsSave();
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const set = (k: 'dormant' | 'marketing' | 'referrals' | 'verifications') => (v: string) => setDraft((d) => ({ ...d, [k]: v }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!isWholeNumberIn(draft.dormant, 1, 3650)) local.dormantAfterDays = i18n.t('field.days');
    if (!isWholeNumberIn(draft.marketing, 0, 30)) local.maxMarketingPer30Days = i18n.t('eset.marketingRange');
    if (!isWholeNumberIn(draft.referrals, 0, 500)) local.referralAsksPerDay = i18n.t('field.count', { max: 500 });
    if (!isWholeNumberIn(draft.verifications, 0, 500)) local.verificationsPerDay = i18n.t('field.count', { max: 500 });
    void save(local, () => ({
      autoApplyLifecycle: draft.auto, dormantAfterDays: Number(draft.dormant), maxMarketingPer30Days: Number(draft.marketing),
      referralAsksPerDay: Number(draft.referrals), verificationsPerDay: Number(draft.verifications),
    }));
  }

  return (
    <form className="panel settings-section" onSubmit={submit} data-testid="settings-engine" noValidate>
      <h2 className="panel-title">{i18n.t('eset.title')}</h2>
      <p className="section-hint">{i18n.t('eset.hint')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={draft.auto} onChange={(e) => setDraft((d) => ({ ...d, auto: e.target.checked }))} data-testid="settings-auto-lifecycle" />
        {i18n.t('eset.autoApply')}
      </label>
      <p className="field-hint indent">{i18n.t('eset.autoApplyHint')}</p>
      <div className="form-grid cols-2">
        <Field label={i18n.t('eset.dormantAfter')} htmlFor="settings-dormant" error={errors.dormantAfterDays} hint={i18n.t('eset.dormantHint')} testId="settings-dormant">
          <WholeNumberInput id="settings-dormant" value={draft.dormant} onChange={set('dormant')} invalid={Boolean(errors.dormantAfterDays)}
            unit={i18n.t('common.days')} testId="settings-dormant" />
        </Field>
        <Field label={i18n.t('eset.marketing')} htmlFor="settings-marketing" error={errors.maxMarketingPer30Days} hint={i18n.t('eset.marketingHint')} testId="settings-marketing">
          <WholeNumberInput id="settings-marketing" value={draft.marketing} onChange={set('marketing')} invalid={Boolean(errors.maxMarketingPer30Days)}
            unit={i18n.t('eset.per30')} testId="settings-marketing" />
        </Field>
        <Field label={i18n.t('settings.referralAsksPerDay')} htmlFor="settings-referral-asks" error={errors.referralAsksPerDay}
          hint={i18n.t('settings.referralAsksHint')} testId="settings-referral-asks">
          <WholeNumberInput id="settings-referral-asks" value={draft.referrals} onChange={set('referrals')} invalid={Boolean(errors.referralAsksPerDay)}
            unit={i18n.t('settings.referralAsksUnit')} testId="settings-referral-asks" />
        </Field>
        <Field label={i18n.t('settings.verificationsPerDay')} htmlFor="settings-verifications" error={errors.verificationsPerDay} testId="settings-verifications">
          <WholeNumberInput id="settings-verifications" value={draft.verifications} onChange={set('verifications')} invalid={Boolean(errors.verificationsPerDay)}
            unit={i18n.t('settings.referralAsksUnit')} testId="settings-verifications" />
        </Field>
      </div>
      <SaveButton dirty={dirty} saving={saving} testId="settings-engine-save" />
    </form>
  );
}
