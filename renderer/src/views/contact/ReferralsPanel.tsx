// Referrals on the contact page: who referred them, whom they referred (stage, signed or not)
// and the credit, whether now is a good moment to ask — in words — and the two actions:
// "Asked for a referral" and "Record a referral…" (an existing contact, or a new one).
import { useState } from 'react';
import type { ContactSummary } from '../../../../shared/domain/types';
import { StageChip } from '../../components/Chips';
import { ContactPicker } from '../../components/ContactPicker';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { engine, useContactEngine } from '../../stores/engine';
import { hrefOf } from '../../stores/navigation';
import { notify, notifyError } from '../../stores/toasts';
import { ui } from '../../stores/ui';

async function asked(contactId: string): Promise<void> {
  try {
    await engine.askedForReferral(contactId);
    notify((i) => i.t('ref.askedDone'));
  } catch (e) {
    notifyError(e);
  }
}

function RecordReferralDialog({ referrer, onClose }: { referrer: { id: string; name: string }; onClose(): void }) {
  const i18n = useT();
  const [busy, setBusy] = useState(false);

  async function pick(c: ContactSummary) {
    if (busy) return;
    setBusy(true);
    try {
      const credit = await engine.recordReferral(referrer.id, c.id);
      onClose();
      notify((i) => i.t('ref.recorded', { name: c.name, referrer: referrer.name, count: credit.referred }));
    } catch (e) {
      setBusy(false);
      notifyError(e);
    }
  }

  return (
    <Dialog title={i18n.t('ref.recordTitle', { name: referrer.name })} subtitle={i18n.t('ref.recordHint', { name: referrer.name })} size="sm" testId="record-referral" onClose={onClose}>
      <ContactPicker exclude={[referrer.id]} onPick={(c) => void pick(c)} autoFocus testId="referral-picker" />
      <div className="dialog-aside">
        <span className="muted small">{i18n.t('ref.notInBook')}</span>
        <button type="button" className="button small" onClick={() => { onClose(); ui.openContactForm(null, referrer); }} data-testid="referral-new-contact">
          <Icon name="plus" size={14} />{i18n.t('ref.newContact')}
        </button>
      </div>
    </Dialog>
  );
}

export function ReferralsPanel({ contactId, name, editable, complaintOpen }: { contactId: string; name: string; editable: boolean; complaintOpen: boolean }) {
  const i18n = useT();
  const r = useContactEngine((s) => (s.contactId === contactId ? s.referrals : null));
  const [recording, setRecording] = useState(false);
  if (!r) return null;
  const e = r.eligibility;
  return (
    <section className="panel" data-testid="referrals-panel">
      <h2 className="panel-title">{i18n.t('ref.heading')}</h2>
      <dl className="details">
        <dt>{i18n.t('ref.referredBy')}</dt>
        <dd data-testid="referred-by">
          {r.referredBy ? (
            <span className="person-ref">
              <a href={hrefOf({ name: 'contact', id: r.referredBy.id })}>{r.referredBy.name}</a>
              <StageChip stage={r.referredBy.stage} />
            </span>
          ) : <span className="muted">{i18n.t('ref.nobody')}</span>}
        </dd>
        <dt>{i18n.t('ref.credit')}</dt>
        <dd data-testid="referral-credit">{i18n.t('ref.creditLine', { count: r.credit.referred, won: r.credit.won })}</dd>
      </dl>
      {r.referred.length ? (
        <ul className="referred-list" data-testid="referred-list">
          {r.referred.map((p) => (
            <li key={p.id} data-testid="referred-item">
              <a href={hrefOf({ name: 'contact', id: p.id })}>{p.name}</a>
              <StageChip stage={p.stage} />
              {p.won ? <span className="won-mark" title={i18n.t('ref.signed')} data-testid="referred-won"><Icon name="check" size={12} />{i18n.t('ref.signed')}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className={e.eligible ? 'eligibility ok' : complaintOpen ? 'eligibility blocked' : 'eligibility'} data-testid="referral-eligibility" data-eligible={e.eligible}>
        <Icon name={e.eligible ? 'star' : complaintOpen ? 'alert' : 'clock'} size={13} />
        {i18n.reason(e.why)}
      </p>
      {editable ? (
        <div className="panel-actions">
          <button type="button" className="button small" onClick={() => void asked(contactId)} disabled={complaintOpen}
            title={complaintOpen ? i18n.t('ref.blockedByComplaint') : undefined} data-testid="referral-asked">
            {i18n.t('ref.asked')}
          </button>
          <button type="button" className="button small" onClick={() => setRecording(true)} data-testid="referral-record">
            {i18n.t('ref.record')}
          </button>
        </div>
      ) : null}
      {recording ? <RecordReferralDialog referrer={{ id: contactId, name }} onClose={() => setRecording(false)} /> : null}
    </section>
  );
}
