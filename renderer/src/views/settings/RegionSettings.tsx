// Language and time zone: both apply the moment they change (reasons and dates re-render).
import { useState } from 'react';
import { isValidTimeZone } from '../../../../shared/rules/time';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';
import { LANGUAGE_NAMES, systemLocale } from '../../i18n/locale';
import { useSettings } from '../../stores/settings';
import { notifyError } from '../../stores/toasts';

const COMMON_ZONES = [
  'Asia/Seoul', 'Asia/Tokyo', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Ho_Chi_Minh', 'Asia/Kolkata', 'Asia/Dubai',
  'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Australia/Sydney', 'UTC',
];
const OTHER = '__other__';

export function RegionSettings() {
  const i18n = useT();
  const settings = useSettings((s) => s.settings)!;
  const update = useSettings((s) => s.update);
  const known = COMMON_ZONES.includes(settings.timeZone);
  const [custom, setCustom] = useState(!known);
  const [tzText, setTzText] = useState(known ? '' : settings.timeZone);
  const [tzError, setTzError] = useState<string | undefined>();

  function applyZone(tz: string) {
    if (!isValidTimeZone(tz)) { setTzError(i18n.t('field.timeZone')); return; }
    setTzError(undefined);
    if (tz !== settings.timeZone) update({ timeZone: tz }).catch(notifyError);
  }

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
        <Field label={i18n.t('settings.timeZone')} htmlFor="settings-timezone" hint={i18n.t('settings.timeZoneHint')} error={tzError}>
          <select
            id="settings-timezone"
            className="select"
            value={custom ? OTHER : settings.timeZone}
            onChange={(e) => {
              if (e.target.value === OTHER) { setCustom(true); setTzText(settings.timeZone); return; }
              setCustom(false);
              applyZone(e.target.value);
            }}
            data-testid="settings-timezone"
          >
            {COMMON_ZONES.map((z) => <option key={z} value={z}>{z.replace(/_/g, ' ')}</option>)}
            <option value={OTHER}>{i18n.t('settings.timeZoneOther')}</option>
          </select>
          {custom ? (
            <input
              className="input tz-custom"
              value={tzText}
              onChange={(e) => setTzText(e.target.value)}
              onBlur={() => tzText.trim() && applyZone(tzText.trim())}
              onKeyDown={(e) => { if (e.key === 'Enter') applyZone(tzText.trim()); }}
              placeholder={i18n.t('settings.timeZoneCustom')}
              aria-label={i18n.t('settings.timeZoneCustom')}
              data-testid="settings-timezone-custom"
            />
          ) : null}
        </Field>
      </div>
    </section>
  );
}
