// The daily digest: on/off and its local time. In browser mode, turning it on is where the
// browser asks for notification permission — never on load.
import { useState } from 'react';
import { isDigestTime } from '../../../../shared/rules/digest';
import { browserNotificationsAvailable, requestDigestPermission, showBrowserDigest } from '../../hooks/useBrowserDigest';
import { useT } from '../../i18n';
import { useSettings } from '../../stores/settings';
import { notifyError } from '../../stores/toasts';

export function DigestSettings() {
  const i18n = useT();
  const settings = useSettings((s) => s.settings)!;
  const browser = browserNotificationsAvailable();
  const [permission, setPermission] = useState(browser ? Notification.permission : 'granted');
  const [time, setTime] = useState(settings.digestTime);
  const on = settings.digestEnabled && (!browser || permission === 'granted');

  async function toggle(enable: boolean) {
    try {
      if (enable && browser && Notification.permission !== 'granted') {
        const p = await requestDigestPermission();
        setPermission(p);
        if (p !== 'granted') return;
      }
      await useSettings.getState().update({ digestEnabled: enable });
    } catch (e) {
      notifyError(e);
    }
  }

  function applyTime(v: string) {
    setTime(v);
    if (isDigestTime(v) && v !== settings.digestTime) useSettings.getState().update({ digestTime: v }).catch(notifyError);
  }

  return (
    <section className="panel settings-section" data-testid="settings-digest">
      <h2 className="panel-title">{i18n.t('settings.digest')}</h2>
      <p className="section-hint">{i18n.t('settings.digestHint')}</p>
      <div className="digest-row">
        <label className="checkbox">
          <input type="checkbox" checked={on} onChange={(e) => void toggle(e.target.checked)} data-testid="settings-digest-enabled" />
          {i18n.t('settings.digestEnabled')}
        </label>
        <label className="digest-row">
          <span>{i18n.t('settings.digestTime')}</span>
          <input type="time" className="input" value={time} onChange={(e) => applyTime(e.target.value)} disabled={!on} data-testid="settings-digest-time" />
        </label>
        {browser && on ? (
          <button type="button" className="button small" onClick={() => void showBrowserDigest().catch(notifyError)} data-testid="settings-digest-test">
            {i18n.t('settings.digestTest')}
          </button>
        ) : null}
      </div>
      {browser && permission === 'denied' ? <p className="hint-box" data-testid="settings-digest-denied">{i18n.t('settings.digestDenied')}</p> : null}
      {browser ? <p className="hint">{i18n.t('settings.digestBrowser')}</p> : null}
    </section>
  );
}
