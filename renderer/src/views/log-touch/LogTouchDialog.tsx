// Log a touch — the closed loop in one dialog: what happened, how it went, which details it
// proved, when. Saving completes the follow-up it answers and schedules the next check-in,
// which the toast reports.
import { useEffect, useState } from 'react';
import { OUTCOMES, type Outcome, type TouchKind, type TouchPurpose } from '../../../../shared/domain/enums';
import { MARKETING_KINDS } from '../../../../shared/rules/limits';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Icon, TOUCH_ICONS } from '../../components/Icon';
import { Spinner } from '../../components/Misc';
import { SaveCancel } from '../../components/SaveCancel';
import { Segmented } from '../../components/Segmented';
import { useT } from '../../i18n';
import { issuesByPath } from '../../i18n/errors';
import { isAppError } from '../../../../shared/errors';
import { notify, notifyError } from '../../stores/toasts';
import { useTouches } from '../../stores/touches';
import { ui } from '../../stores/ui';
import { defaultVerified } from './verifyDefaults';
import { VerifyPoints } from './VerifyPoints';
import { MarketingStatus, SmsDraft, useMarketingCheck } from './MarketingCheck';

/** The kinds offered (card exchange is recorded when a card is captured, not logged by hand). */
const KINDS: TouchKind[] = ['call', 'sms', 'email', 'messenger', 'meeting', 'visit', 'gift', 'note'];

export function LogTouchDialog({ contactId, followUpId }: { contactId: string; followUpId?: string }) {
  const i18n = useT();
  const target = useTouches((s) => s.target);
  const [kind, setKind] = useState<TouchKind>('call');
  const [outcome, setOutcome] = useState<Outcome>('neutral');
  const [summary, setSummary] = useState('');
  const [when, setWhen] = useState(() => i18n.fmt.toLocalInput(new Date(i18n.fmt.now()).toISOString()));
  const [whenEdited, setWhenEdited] = useState(false);
  const [checked, setChecked] = useState<string[]>([]);
  const [checkedEdited, setCheckedEdited] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [purpose, setPurpose] = useState<TouchPurpose>('service');
  const [purposeEdited, setPurposeEdited] = useState(false);

  useEffect(() => {
    useTouches.getState().prepare(contactId, followUpId).catch((e) => { notifyError(e); ui.closeLogTouch(); });
    return () => useTouches.getState().clear();
  }, [contactId, followUpId]);

  const contact = target?.contact.id === contactId ? target.contact : null;
  const followUp = contact ? target?.followUp ?? null : null;
  const isNote = kind === 'note';
  const marketing = purpose === 'marketing' && !isNote;
  const occurredAtForCheck = whenEdited ? i18n.fmt.fromLocalInput(when) : null;
  const check = useMarketingCheck(contactId, kind, occurredAtForCheck, Boolean(contact) && marketing);
  const blocked = marketing && Boolean(check?.blocks.length);

  // Answering a birthday coupon, an anniversary or a referral ask is marketing unless the user says otherwise.
  useEffect(() => {
    if (followUp && !purposeEdited) setPurpose(MARKETING_KINDS.has(followUp.kind) ? 'marketing' : 'service');
  }, [followUp, purposeEdited]);

  // Until the user ticks something themselves, the ticks follow the chosen kind.
  useEffect(() => {
    if (contact && !checkedEdited) setChecked(defaultVerified(kind, contact.points));
  }, [contact, kind, checkedEdited]);

  async function save() {
    if (!contact || saving || blocked) return;
    const occurredAt = whenEdited ? i18n.fmt.fromLocalInput(when) : null;
    if (occurredAt && Date.parse(occurredAt) > i18n.fmt.now() + 60_000) {
      setErrors({ occurredAt: i18n.t('touch.future') });
      return;
    }
    setSaving(true);
    try {
      const result = await useTouches.getState().log({
        contactId,
        kind,
        outcome: isNote ? 'neutral' : outcome,
        direction: 'outbound',
        summary: summary.trim() || null,
        ...(occurredAt ? { occurredAt } : {}),
        // A note proves nothing and answers nothing: it must not close the follow-up.
        verifiedPointIds: isNote ? [] : checked,
        ...(followUpId && !isNote ? { followUpId } : {}),
        purpose: marketing ? 'marketing' : 'service',
      });
      ui.closeLogTouch();
      const { next, urgent } = result;
      if (isNote) notify((i) => i.t('touch.loggedNote'));
      // After a complaint the 24-hour response is what comes next, not the check-in.
      else if (urgent) notify((i) => i.t('touch.loggedComplaint', { when: i.fmt.instant(urgent.dueAt, true) }));
      else if (next) notify((i) => i.t('touch.logged', { date: i.fmt.date(next.dueDate) }));
      else notify((i) => i.t('touch.loggedNoNext'));
    } catch (e) {
      setSaving(false);
      if (isAppError(e) && e.code === 'invalid-input') setErrors(issuesByPath(e, i18n));
      notifyError(e);
    }
  }

  const kindOptions = KINDS.map((k) => ({ value: k, label: <><Icon name={TOUCH_ICONS[k]} size={15} /><span>{i18n.touch(k)}</span></> }));
  const outcomeOptions = OUTCOMES.map((o) => ({ value: o, label: <span className={`outcome-dot outcome-${o}`}>{i18n.outcome(o)}</span> }));

  return (
    <Dialog
      title={i18n.t('touch.title')}
      subtitle={contact ? [i18n.t('touch.with', { name: contact.name }), contact.company].filter(Boolean).join(' · ') : null}
      testId="log-touch"
      size="md"
      onClose={() => ui.closeLogTouch()}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void save(); }
      }}
      footer={
        <>
          <SaveCancel onCancel={() => ui.closeLogTouch()} onSave={() => void save()} saving={saving} disabled={!contact || blocked} testId="log-touch" />
        </>
      }
    >
      {!contact ? <div className="dialog-loading"><Spinner /></div> : (
        <div className="log-touch">
          {followUp && !isNote ? (
            <p className="completes" data-testid="log-touch-completes">
              <Icon name="check" size={14} />
              <span>
                {i18n.t('touch.completes', { kind: i18n.followUp(followUp.kind), due: i18n.fmt.date(followUp.dueDate) })}
                <span className="muted"> — {i18n.reason(followUp.why)}</span>
              </span>
            </p>
          ) : null}
          <Field label={i18n.t('touch.kind')}>
            <Segmented<TouchKind> label={i18n.t('touch.kind')} value={kind} options={kindOptions} onChange={setKind} testIdPrefix="touch-kind" className="kinds" autoFocus />
          </Field>
          {isNote ? <p className="hint-box" data-testid="touch-note-hint">{i18n.t('touch.noteVerifiesNothing')}</p> : (
            <Field label={i18n.t('touch.outcome')}>
              <Segmented<Outcome> label={i18n.t('touch.outcome')} value={outcome} options={outcomeOptions} onChange={setOutcome} testIdPrefix="touch-outcome" />
            </Field>
          )}
          {isNote ? null : (
            <Field label={i18n.t('touch.purpose')}>
              <Segmented<TouchPurpose>
                label={i18n.t('touch.purpose')}
                value={purpose}
                options={[{ value: 'service', label: i18n.t('touch.purpose.service') }, { value: 'marketing', label: i18n.t('touch.purpose.marketing') }]}
                onChange={(p) => { setPurpose(p); setPurposeEdited(true); }}
                testIdPrefix="touch-purpose"
              />
            </Field>
          )}
          {marketing && check ? <MarketingStatus check={check} /> : null}
          {marketing && kind === 'sms' && !blocked ? <SmsDraft onUse={(text) => setSummary((s) => s || text)} /> : null}
          <Field label={i18n.t('touch.summary')} htmlFor="touch-summary" error={errors.summary}>
            <textarea
              id="touch-summary"
              className="input textarea"
              rows={3}
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
              placeholder={i18n.t('touch.summaryPlaceholder')}
              data-testid="touch-summary"
            />
          </Field>
          <Field label={i18n.t('touch.when')} htmlFor="touch-when" error={errors.occurredAt} testId="touch-when">
            <div className="when-row">
              <input
                id="touch-when"
                type="datetime-local"
                className="input"
                value={when}
                max={i18n.fmt.toLocalInput(new Date(i18n.fmt.now()).toISOString())}
                onChange={(e) => { setWhen(e.target.value); setWhenEdited(true); setErrors({}); }}
                data-testid="touch-when"
              />
              {whenEdited ? (
                <button type="button" className="link-button" onClick={() => { setWhen(i18n.fmt.toLocalInput(new Date(i18n.fmt.now()).toISOString())); setWhenEdited(false); setErrors({}); }}>
                  {i18n.t('touch.now')}
                </button>
              ) : null}
            </div>
          </Field>
          {isNote ? null : (
            <Field label={i18n.t('touch.verified')} hint={i18n.t('touch.verifiedHint')}>
              <VerifyPoints
                points={contact.points}
                checked={checked}
                disabled={isNote}
                onToggle={(id, on) => { setCheckedEdited(true); setChecked((c) => (on ? [...c, id] : c.filter((x) => x !== id))); }}
              />
            </Field>
          )}
        </div>
      )}
    </Dialog>
  );
}
