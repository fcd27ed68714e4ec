// Marketing: who SMS advertisements come from, the free opt-out number their last line carries,
// the 30-day limit per person, and how many verification tasks the daily pass may create.
import { useState } from 'react';
import { isAppError } from '../../../../shared/errors';
import { smsMarketingDraft } from '../../../../shared/rules/marketing';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';
import { issuesByPath } from '../../i18n/errors';
import { useSettings } from '../../stores/settings';
import { notify, notifyError } from '../../stores/toasts';

const count = (s: string, max: number) => /^\d+$/.test(s) && Number(s) <= max;

export function MarketingSettings() {
  const i18n = useT();
  const settings = useSettings((s) => s.settings)!;
  // The 30-day marketing limit itself is edited in the engine section (EngineSettings).
  const initial = {
    sender: settings.marketingSender, optOut: settings.optOutNumber,
    perDay: String(settings.verificationsPerDay),
  };
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const set = (k: keyof typeof draft) => (e: React.ChangeEvent<HTMLInputElement>) => setDraft((d) => ({ ...d, [k]: e.target.value }));

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!/^[0-9-]*$/.test(draft.optOut.trim())) local.optOutNumber = i18n.t('field.phone');
    if (!count(draft.perDay, 500)) local.verificationsPerDay = i18n.t('field.count', { max: 500 });
    setErrors(local);
    if (Object.keys(local).length) return;
    setSaving(true);
    try {
      await useSettings.getState().update({
        marketingSender: draft.sender.trim(), optOutNumber: draft.optOut.trim(),
        verificationsPerDay: Number(draft.perDay),
      });
      notify((i) => i.t('settings.saved'));
    } catch (err) {
      if (isAppError(err) && err.code === 'invalid-input') setErrors(issuesByPath(err, i18n));
      else notifyError(err);
    } finally {
      setSaving(false);
    }
  }

  const preview = smsMarketingDraft({ sender: draft.sender, optOutNumber: draft.optOut, body: '…' }).text;
  return (
    <form className="panel settings-section" onSubmit={save} data-testid="settings-marketing-section">
      <h2 className="panel-title">{i18n.t('settings.marketing')}</h2>
      <p className="section-hint">{i18n.t('settings.marketingHint')}</p>
      <div className="form-grid cols-2">
        <Field label={i18n.t('settings.sender')} htmlFor="settings-sender">
          <input id="settings-sender" className="input" value={draft.sender} onChange={set('sender')} maxLength={60} placeholder="한빛생명 김설계" data-testid="settings-sender" />
        </Field>
        <Field label={i18n.t('settings.optOut')} htmlFor="settings-optout" error={errors.optOutNumber}>
          <input id="settings-optout" className="input" value={draft.optOut} onChange={set('optOut')} maxLength={20} placeholder="080-123-4567" inputMode="tel" data-testid="settings-optout" />
        </Field>
        <Field label={i18n.t('settings.verificationsPerDay')} htmlFor="settings-verifications" error={errors.verificationsPerDay}>
          <input id="settings-verifications" className="input num" inputMode="numeric" value={draft.perDay} onChange={set('perDay')} data-testid="settings-verifications" />
        </Field>
      </div>
      <div className="sms-draft"><pre data-testid="settings-sms-preview">{preview}</pre></div>
      <div className="section-actions">
        <button type="submit" className="button primary" disabled={!dirty || saving} data-testid="settings-marketing-save">
          {saving ? i18n.t('common.saving') : i18n.t('common.save')}
        </button>
      </div>
    </form>
  );
}
