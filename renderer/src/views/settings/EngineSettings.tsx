// The relationship engine's settings: apply lifecycle suggestions automatically, when a quiet
// contact counts as dormant, how many marketing touches a person may get in 30 days, and how
// many referral asks are newly proposed a day.
import { useState } from 'react';
import { isAppError } from '../../../../shared/errors';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';
import { issuesByPath } from '../../i18n/errors';
import { useSettings } from '../../stores/settings';
import { notify, notifyError } from '../../stores/toasts';

const inRange = (s: string, min: number, max: number) => /^\d+$/.test(s) && Number(s) >= min && Number(s) <= max;

export function EngineSettings() {
  const i18n = useT();
  const settings = useSettings((s) => s.settings)!;
  const initial = {
    auto: settings.autoApplyLifecycle, dormant: String(settings.dormantAfterDays), marketing: String(settings.maxMarketingPer30Days),
    referrals: String(settings.referralAsksPerDay),
  };
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!inRange(draft.dormant, 1, 3650)) local.dormantAfterDays = i18n.t('field.days');
    if (!inRange(draft.marketing, 0, 30)) local.maxMarketingPer30Days = i18n.t('eset.marketingRange');
    if (!inRange(draft.referrals, 0, 500)) local.referralAsksPerDay = i18n.t('field.count', { max: 500 });
    setErrors(local);
    if (Object.keys(local).length) return;
    setSaving(true);
    try {
      await useSettings.getState().update({
        autoApplyLifecycle: draft.auto, dormantAfterDays: Number(draft.dormant), maxMarketingPer30Days: Number(draft.marketing),
        referralAsksPerDay: Number(draft.referrals),
      });
      notify((i) => i.t('settings.saved'));
    } catch (err) {
      if (isAppError(err) && err.code === 'invalid-input') setErrors(issuesByPath(err, i18n));
      else notifyError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="panel settings-section" onSubmit={save} data-testid="settings-engine" noValidate>
      <h2 className="panel-title">{i18n.t('eset.title')}</h2>
      <p className="section-hint">{i18n.t('eset.hint')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={draft.auto} onChange={(e) => setDraft((d) => ({ ...d, auto: e.target.checked }))} data-testid="settings-auto-lifecycle" />
        {i18n.t('eset.autoApply')}
      </label>
      <p className="field-hint indent">{i18n.t('eset.autoApplyHint')}</p>
      <div className="form-grid cols-2">
        <Field label={i18n.t('eset.dormantAfter')} htmlFor="settings-dormant" error={errors.dormantAfterDays} hint={i18n.t('eset.dormantHint')} testId="settings-dormant">
          <span className="days-input">
            <input id="settings-dormant" className="input num" inputMode="numeric" value={draft.dormant}
              onChange={(e) => setDraft((d) => ({ ...d, dormant: e.target.value.replace(/\D/g, '') }))}
              aria-invalid={Boolean(errors.dormantAfterDays)} data-testid="settings-dormant" />
            <span className="muted">{i18n.t('common.days')}</span>
          </span>
        </Field>
        <Field label={i18n.t('eset.marketing')} htmlFor="settings-marketing" error={errors.maxMarketingPer30Days} hint={i18n.t('eset.marketingHint')} testId="settings-marketing">
          <span className="days-input">
            <input id="settings-marketing" className="input num" inputMode="numeric" value={draft.marketing}
              onChange={(e) => setDraft((d) => ({ ...d, marketing: e.target.value.replace(/\D/g, '') }))}
              aria-invalid={Boolean(errors.maxMarketingPer30Days)} data-testid="settings-marketing" />
            <span className="muted">{i18n.t('eset.per30')}</span>
          </span>
        </Field>
        <Field label={i18n.t('settings.referralAsksPerDay')} htmlFor="settings-referral-asks" error={errors.referralAsksPerDay}
          hint={i18n.t('settings.referralAsksHint')} testId="settings-referral-asks">
          <span className="days-input">
            <input id="settings-referral-asks" className="input num" inputMode="numeric" value={draft.referrals}
              onChange={(e) => setDraft((d) => ({ ...d, referrals: e.target.value.replace(/\D/g, '') }))}
              aria-invalid={Boolean(errors.referralAsksPerDay)} data-testid="settings-referral-asks" />
            <span className="muted">{i18n.t('settings.referralAsksUnit')}</span>
          </span>
        </Field>
      </div>
      <div className="section-actions">
        <button type="submit" className="button primary" disabled={!dirty || saving} data-testid="settings-engine-save">
          {saving ? i18n.t('common.saving') : i18n.t('common.save')}
        </button>
      </div>
    </form>
  );
}
