// Language and time zone: both apply the moment they change (reasons and dates re-render). The
// time zone is picked from a searchable list in the reader's words (TimeZonePicker).
import { Field } from '../../components/Field';
import { useT } from '../../i18n';
import { LANGUAGE_NAMES, systemLocale } from '../../i18n/locale';
import { useSettings } from '../../stores/settings';
import { notifyError } from '../../stores/toasts';
import { TimeZonePicker } from './TimeZonePicker';

export function RegionSettings() {
  const i18n = useT();
  const settings = useSettings((s) => s.settings)!;
  const update = useSettings((s) => s.update);

  return (
    <section className="panel settings-section" data-testid="settings-region">
      <h2 className="panel-title">{i18n.t('settings.region')}</h2>
      <div className="form-grid cols-2">
        <Field label={i18n.t('settings.language')} htmlFor="settings-language">
          <select
            id="settings-language"
            className="select"
            value={settings.locale}
            onChange={(e) => update({ locale: e.target.value as 'ko' | 'en' | 'system' }).catch(notifyError)}
            data-testid="settings-language"
          >
            <option value="system">{i18n.t('settings.languageSystem', { lang: LANGUAGE_NAMES[systemLocale()] })}</option>
            <option value="ko">{LANGUAGE_NAMES.ko}</option>
            <option value="en">{LANGUAGE_NAMES.en}</option>
          </select>
        </Field>
        <Field label={i18n.t('settings.timeZone')} htmlFor="settings-timezone" hint={i18n.t('settings.timeZoneHint')}>
          <TimeZonePicker id="settings-timezone" value={settings.timeZone} onPick={(tz) => { if (tz !== settings.timeZone) update({ timeZone: tz }).catch(notifyError); }} />
        </Field>
      </div>
    </section>
  );
}
