// Every touch, newest first: how, how it went, what was said, and which details it proved.
import type { ContactDetail, Interaction } from '../../../../shared/domain/types';
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

export function Timeline({ detail }: { detail: ContactDetail }) {
  const i18n = useT();
  const pointNames = new Map(detail.contact.points.map((p) => [p.id, pointText(p.kind, p.value)]));
  const touches = [...detail.timeline].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <section className="panel" data-testid="timeline">
      <h2 className="panel-title">
        {i18n.t('contact.timeline')}
        {touches.length ? <span className="panel-count">{i18n.num(touches.length)}</span> : null}
      </h2>
      {touches.length ? (
        <ol className="timeline">{touches.map((t) => <TimelineItem key={t.id} touch={t} pointNames={pointNames} />)}</ol>
      ) : (
        <p className="muted small" data-testid="timeline-empty">{i18n.t('contact.noTimeline')}</p>
      )}
    </section>
  );
}
