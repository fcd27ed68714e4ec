// Every touch, newest first: how, how it went, what was said, and which details it proved — and
// the tasks a rule closed because the user fixed the problem (a dead number replaced), so the
// history says why a task left Today without a touch.
import type { ContactDetail, FollowUp, Interaction } from '../../../../shared/domain/types';
import { OutcomeChip } from '../../components/Chips';
import { Icon, TOUCH_ICONS } from '../../components/Icon';
import { useT } from '../../i18n';
import { pointText } from '../../../../shared/rules/phone-format';

function TimelineItem({ touch, pointNames }: { touch: Interaction; pointNames: Map<string, string> }) {
  const i18n = useT();
  const verified = touch.verifiedPointIds.map((id) => pointNames.get(id)).filter(Boolean);
  return (
    <li className={`timeline-item kind-${touch.kind}`} data-testid="timeline-item" data-kind={touch.kind} data-outcome={touch.outcome}>
      <span className="timeline-icon"><Icon name={TOUCH_ICONS[touch.kind]} size={15} /></span>
      <div className="timeline-content">
        <div className="timeline-head">
          <strong>{i18n.touch(touch.kind)}</strong>
          {touch.kind !== 'note' ? <OutcomeChip outcome={touch.outcome} /> : null}
          <time className="timeline-date" dateTime={touch.occurredAt}>{i18n.fmt.instant(touch.occurredAt, true)}</time>
        </div>
        {touch.summary ? <p className="timeline-summary" data-testid="timeline-summary">{touch.summary}</p> : null}
        {verified.length || touch.completedFollowUpId ? (
          <p className="timeline-meta">
            {touch.completedFollowUpId ? <span><Icon name="check" size={12} />{i18n.t('contact.completedFollowUp')}</span> : null}
            {verified.length ? <span><Icon name="flag" size={12} />{i18n.t('contact.verifiedPoints', { points: verified.join(', ') })}</span> : null}
          </p>
        ) : null}
      </div>
    </li>
  );
}

/** A task a rule marked done because its problem went away (its reason says how). */
const resolvedByRule = (f: FollowUp): boolean => f.status === 'done' && !f.completedBy && f.why.code === 'verification' && !!f.why.params.resolved;

function ResolvedItem({ followUp }: { followUp: FollowUp }) {
  const i18n = useT();
  return (
    <li className="timeline-item kind-resolved" data-testid="timeline-resolved">
      <span className="timeline-icon"><Icon name="check" size={15} /></span>
      <div className="timeline-content">
        <div className="timeline-head">
          <strong>{i18n.followUp(followUp.kind)}</strong>
          <time className="timeline-date" dateTime={followUp.completedAt!}>{i18n.fmt.instant(followUp.completedAt!, true)}</time>
        </div>
        <p className="timeline-summary">{followUp.reason}</p>
      </div>
    </li>
  );
}

type Entry = { at: string; touch?: Interaction; followUp?: FollowUp };

export function Timeline({ detail }: { detail: ContactDetail }) {
  const i18n = useT();
  const pointNames = new Map(detail.contact.points.map((p) => [p.id, pointText(p.kind, p.value)]));
  const entries: Entry[] = [
    ...detail.timeline.map((t) => ({ at: t.occurredAt, touch: t })),
    ...detail.followUps.filter(resolvedByRule).map((f) => ({ at: f.completedAt!, followUp: f })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="panel" data-testid="timeline">
      <h2 className="panel-title">
        {i18n.t('contact.timeline')}
        {/* What is listed: touches and the tasks the rules closed, so the number matches the rows. */}
        {entries.length ? <span className="panel-count" data-testid="timeline-count">{i18n.num(entries.length)}</span> : null}
      </h2>
      {entries.length ? (
        <ol className="timeline">
          {entries.map((e) => (e.touch
            ? <TimelineItem key={e.touch.id} touch={e.touch} pointNames={pointNames} />
            : <ResolvedItem key={e.followUp!.id} followUp={e.followUp!} />))}
        </ol>
      ) : (
        <p className="muted small" data-testid="timeline-empty">{i18n.t('contact.noTimeline')}</p>
      )}
    </section>
  );
}
