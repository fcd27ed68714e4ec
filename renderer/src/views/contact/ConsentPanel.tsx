// Consent (DESIGN §1 "Not too much", §3 consents): per channel, whether this person agreed to
// marketing and to night-time (21:00–08:00) messages, since when and on what evidence, and the
// full history. Granting needs evidence; withdrawing asks first. Nothing is ever edited away.
import { useEffect, useState } from 'react';
import type { ChannelConsent } from '../../../../shared/contract';
import { CONSENT_CHANNELS, CONSENT_PURPOSES, type ConsentChannel, type ConsentPurpose } from '../../../../shared/domain/enums';
import type { CurrentConsent } from '../../../../shared/rules/consent';
import { Icon } from '../../components/Icon';
import { type I18n, useT } from '../../i18n';
import { useConsents } from '../../stores/consents';
import { onDataChanged } from '../../stores/events';
import { notify, notifyError } from '../../stores/toasts';
import { ui } from '../../stores/ui';

const purposeLabel = (i18n: I18n, p: ConsentPurpose) => i18n.t(p === 'marketing' ? 'consent.marketing' : 'consent.nightTime');
const channelLabel = (i18n: I18n, c: ConsentChannel) => i18n.t(`consent.channel.${c}`);

function State({ c, testId }: { c: CurrentConsent; testId: string }) {
  const i18n = useT();
  const title = [c.since ? i18n.t('consent.since', { date: i18n.fmt.date(c.since.slice(0, 10)) }) : null, c.evidence,
    c.state === 'granted' && c.expiresAt ? i18n.t('consent.expires', { date: i18n.fmt.date(c.expiresAt.slice(0, 10)) }) : null]
    .filter(Boolean).join(' · ');
  return (
    <span className={`consent-state consent-${c.state}`} title={title || undefined} data-testid={testId} data-state={c.state}>
      {i18n.t(`consent.state.${c.state}`)}
    </span>
  );
}

function GrantForm({ contactId, onDone }: { contactId: string; onDone(): void }) {
  const i18n = useT();
  const [channel, setChannel] = useState<ConsentChannel>('sms');
  const [purpose, setPurpose] = useState<ConsentPurpose>('marketing');
  const [evidence, setEvidence] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (!evidence.trim()) { setError(i18n.t('consent.evidenceRequired')); return; }
    setBusy(true);
    try {
      await useConsents.getState().grant({ contactId, channel, purpose, evidence: evidence.trim() });
      notify((i) => i.t('consent.saved'));
      onDone();
    } catch (err) {
      notifyError(err);
      setBusy(false);
    }
  }

  return (
    <form className="consent-form" onSubmit={save} data-testid="consent-form">
      <div className="consent-form-row">
        <select className="select" value={channel} onChange={(e) => setChannel(e.target.value as ConsentChannel)} aria-label={i18n.t('consent.title')} data-testid="consent-channel">
          {CONSENT_CHANNELS.map((c) => <option key={c} value={c}>{channelLabel(i18n, c)}</option>)}
        </select>
        <select className="select" value={purpose} onChange={(e) => setPurpose(e.target.value as ConsentPurpose)} aria-label={i18n.t('consent.purpose')} data-testid="consent-purpose">
          {CONSENT_PURPOSES.map((p) => <option key={p} value={p}>{purposeLabel(i18n, p)}</option>)}
        </select>
      </div>
      <input
        className={`input${error ? ' invalid' : ''}`}
        value={evidence}
        onChange={(e) => { setEvidence(e.target.value); setError(null); }}
        placeholder={i18n.t('consent.evidenceHint')}
        aria-label={i18n.t('consent.evidence')}
        maxLength={500}
        autoFocus
        data-testid="consent-evidence"
      />
      {error ? <p className="field-error" data-testid="consent-error">{error}</p> : null}
      {purpose === 'night-time' ? <p className="hint">{i18n.t('consent.nightNeedsMarketing')}</p> : null}
      <div className="consent-form-actions">
        <button type="button" className="button ghost" onClick={onDone}>{i18n.t('common.cancel')}</button>
        <button type="submit" className="button primary" disabled={busy} data-testid="consent-save">{i18n.t('common.save')}</button>
      </div>
    </form>
  );
}

async function confirmWithdraw(contactId: string, row: ChannelConsent, purpose: ConsentPurpose): Promise<void> {
  const ok = await ui.confirm({
    title: (i) => i.t('consent.withdrawConfirmTitle', { channel: channelLabel(i, row.channel), purpose: purposeLabel(i, purpose) }),
    body: (i) => i.t('consent.withdrawConfirmBody'),
    confirmLabel: (i) => i.t('consent.withdraw'),
    danger: true,
  });
  if (!ok) return;
  try {
    await useConsents.getState().withdraw({ contactId, channel: row.channel, purpose, evidence: null });
    notify((i) => i.t('consent.withdrawnToast'));
  } catch (e) {
    notifyError(e);
  }
}

export function ConsentPanel({ contactId, editable }: { contactId: string; editable: boolean }) {
  const i18n = useT();
  const of = useConsents((s) => (s.of?.contactId === contactId ? s.of : null));
  const [granting, setGranting] = useState(false);
  const [showHistory, setShowHistory] = useState(false);

  useEffect(() => {
    const load = () => useConsents.getState().load(contactId).catch(notifyError);
    void load();
    return onDataChanged((topic) => { if (topic === 'settings' || topic === 'sample') void load(); });
  }, [contactId]);

  if (!of) return null;
  const any = of.history.length > 0;
  return (
    <section className="panel consent-panel" data-testid="consent-panel">
      <div className="panel-title-row">
        <h2 className="panel-title">{i18n.t('consent.title')}</h2>
        {editable && !granting ? (
          <button type="button" className="button small" onClick={() => setGranting(true)} data-testid="consent-grant">
            <Icon name="plus" size={13} />{i18n.t('consent.grant')}
          </button>
        ) : null}
      </div>
      {granting ? <GrantForm contactId={contactId} onDone={() => setGranting(false)} /> : null}
      {!any && !granting ? <p className="hint" data-testid="consent-none">{i18n.t('consent.none')}</p> : null}
      <table className="consent-table" data-testid="consent-table">
        <thead>
          <tr><th />{CONSENT_PURPOSES.map((p) => <th key={p}>{purposeLabel(i18n, p)}</th>)}</tr>
        </thead>
        <tbody>
          {of.current.map((row) => (
            <tr key={row.channel} data-testid={`consent-row-${row.channel}`}>
              <th scope="row">{channelLabel(i18n, row.channel)}</th>
              {([['marketing', row.marketing], ['night-time', row.nightTime]] as const).map(([p, c]) => (
                <td key={p}>
                  <State c={c} testId={`consent-${row.channel}-${p}`} />
                  {editable && c.state === 'granted' ? (
                    <button type="button" className="link-button consent-withdraw" onClick={() => void confirmWithdraw(contactId, row, p)}
                      data-testid={`consent-withdraw-${row.channel}-${p}`}>
                      {i18n.t('consent.withdraw')}
                    </button>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {any ? (
        <>
          <button type="button" className="link-button" onClick={() => setShowHistory((v) => !v)} aria-expanded={showHistory} data-testid="consent-history-toggle">
            {i18n.t('consent.history', { count: of.history.length })}
          </button>
          {showHistory ? (
            <ol className="consent-history" data-testid="consent-history">
              {of.history.map((h) => (
                <li key={h.id}>
                  <span className="muted">{i18n.fmt.date(h.at.slice(0, 10))}</span>{' '}
                  {channelLabel(i18n, h.channel)} · {purposeLabel(i18n, h.purpose)}{' '}
                  <strong className={h.granted ? 'consent-granted' : 'consent-withdrawn'}>{i18n.t(h.granted ? 'consent.granted' : 'consent.withdrawn')}</strong>
                  {h.evidence ? <span className="muted"> — {h.evidence}</span> : null}
                </li>
              ))}
            </ol>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
