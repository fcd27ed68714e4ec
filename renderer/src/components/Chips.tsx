// Coloured labels for the domain vocabularies. Colours live in CSS (`.stage-<name>`), so the
// palette is defined once and the markup only names the value.
import type { Freshness, Outcome, Stage } from '../../../shared/domain/enums';
import { useT } from '../i18n';

export function StageChip({ stage }: { stage: Stage }) {
  const { stage: label } = useT();
  return <span className={`chip stage stage-${stage}`} data-stage={stage}>{label(stage)}</span>;
}

export function FreshnessBadge({ freshness, title }: { freshness: Freshness; title?: string }) {
  const i18n = useT();
  return (
    <span className={`badge fresh-${freshness}`} data-freshness={freshness} title={title}>
      <span className="dot" aria-hidden="true" />
      {i18n.freshness(freshness)}
    </span>
  );
}

export function OutcomeChip({ outcome }: { outcome: Outcome }) {
  const i18n = useT();
  return <span className={`chip outcome outcome-${outcome}`}>{i18n.outcome(outcome)}</span>;
}

export function Tag({ name }: { name: string }) {
  return <span className="tag">#{name}</span>;
}
