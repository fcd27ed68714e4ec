// What comes next for this person and why, with a button that logs the touch against it, and
// every other open follow-up; each can be snoozed, skipped or rescheduled.
import { useState } from 'react';
import type { ContactDetail, FollowUp, FollowUpRef } from '../../../../shared/domain/types';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { ui } from '../../stores/ui';
import { FollowUpActions } from '../today/FollowUpActions';
import { relativeDue } from '../today/TodayRow';

function DueLine({ f }: { f: FollowUpRef | FollowUp }) {
  const i18n = useT();
  const overdue = i18n.fmt.daysFromToday(f.dueDate) < 0;
  return (
    <span className={overdue ? 'due-line overdue' : 'due-line'} title={i18n.fmt.instant(f.dueAt, true)}>
      {relativeDue(i18n, f.dueDate)} · {i18n.fmt.date(f.dueDate)}
    </span>
  );
}

export function NextTouch({ detail }: { detail: ContactDetail }) {
  const i18n = useT();
  const { contact } = detail;
  const next = contact.nextFollowUp;
  const others = detail.followUps.filter((f) => f.status === 'open' && f.id !== next?.id).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const actions = (f: FollowUpRef | FollowUp) => (
    <FollowUpActions target={{ followUpId: f.id, name: contact.name, dueDate: f.dueDate, dueAt: f.dueAt }}
      menuOpen={menuFor === f.id} onMenu={(open) => setMenuFor(open ? f.id : null)} />
  );
  return (
    <section className="panel next-touch" data-testid="next-touch">
      <h2 className="panel-title">{i18n.t('contact.next')}</h2>
      {next ? (
        <div className="next-touch-main">
          <div className="next-touch-icon"><Icon name="clock" size={18} /></div>
          <div className="next-touch-text">
            <div className="next-touch-head">
              <strong>{i18n.followUp(next.kind)}</strong>
              <DueLine f={next} />
            </div>
            <p className="next-touch-reason" data-testid="next-touch-reason">{i18n.reason(next.why)}</p>
            {actions(next)}
          </div>
          <button type="button" className="button small" onClick={() => ui.openLogTouch(contact.id, next.id)} data-testid="next-log-touch">
            {i18n.t('today.logTouch')}
          </button>
        </div>
      ) : (
        <p className="muted small" data-testid="next-touch-none">{i18n.t('contact.noNext')}</p>
      )}
      {others.length ? (
        <>
          <h3 className="subtle-title">{i18n.t('contact.otherFollowUps')}</h3>
          <ul className="other-follow-ups">
            {others.map((f) => (
              <li key={f.id} className={f.kind === 'complaint-response' ? 'urgent' : undefined} data-testid="open-follow-up" data-kind={f.kind}>
                <div className="other-follow-up-text">
                  <div className="other-follow-up-line">
                    <strong>{i18n.followUp(f.kind)}</strong>
                    <DueLine f={f} />
                  </div>
                  <p className="muted">{i18n.reason(f.why)}</p>
                </div>
                <div className="other-follow-up-actions">
                  {actions(f)}
                  <button type="button" className="button small ghost" onClick={() => ui.openLogTouch(contact.id, f.id)} data-testid="open-follow-up-log">
                    {i18n.t('today.logTouch')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
