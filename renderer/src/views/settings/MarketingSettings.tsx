// Marketing: who SMS advertisements come from and the free opt-out number their last line carries.
import { useState } from 'react';
import { smsMarketingDraft } from '../../../../shared/rules/marketing';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';
import { useSettings } from '../../stores/settings';
import { SaveButton, useSettingsSave } from './section';

export function MarketingSettings() {
  const i18n = useT();
  const settings = useSettings((s) => s.settings)!;
  // The 30-day marketing limit itself is edited in the engine section (EngineSettings).
  const initial = {
    sender: settings.marketingSender, optOut: settings.optOutNumber,
  };
  const [draft, setDraft] = useState(initial);
  const { errors, saving, save } = useSettingsSave();
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const set = (k: keyof typeof draft) => (e: React.ChangeEvent<HTMLInputElement>) => setDraft((d) => ({ ...d, [k]: e.target.value }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!/^[0-9-]*$/.test(draft.optOut.trim())) local.optOutNumber = i18n.t('field.phone');
    void save(local, () => ({
      marketingSender: draft.sender.trim(), optOutNumber: draft.optOut.trim(),
    }));
  }

  const preview = smsMarketingDraft({ sender: draft.sender, optOutNumber: draft.optOut, body: '…' }).text;
  return (
    <form className="panel settings-section" onSubmit={submit} data-testid="settings-marketing-section">
      <h2 className="panel-title">{i18n.t('settings.marketing')}</h2>
      <p className="section-hint">{i18n.t('settings.marketingHint')}</p>
      {i18n.locale === 'en' ? <p className="section-hint" data-testid="settings-marketing-law">{i18n.t('settings.marketingLaw')}</p> : null}
      <div className="form-grid cols-2">
        <Field label={i18n.t('settings.sender')} htmlFor="settings-sender">
          <input id="settings-sender" className="input" value={draft.sender} onChange={set('sender')} maxLength={60} placeholder={i18n.t('settings.senderPlaceholder')} data-testid="settings-sender" />
        </Field>
        <Field label={i18n.t('settings.optOut')} htmlFor="settings-optout" error={errors.optOutNumber}>
          <input id="settings-optout" className="input" value={draft.optOut} onChange={set('optOut')} maxLength={20} placeholder="080-123-4567" inputMode="tel" data-testid="settings-optout" />
        </Field>
      </div>
      <div className="sms-draft"><pre data-testid="settings-sms-preview">{preview}</pre></div>
      <SaveButton dirty={dirty} saving={saving} testId="settings-marketing-save" />
    </form>
  );
}
