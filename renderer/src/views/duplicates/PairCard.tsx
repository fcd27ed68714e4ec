// One suggested pair, side by side: what each record knows, why they look like the same person,
// which one will be kept (the user can switch), and the two answers.
import type { DuplicatePair, DuplicateSide } from '../../../../shared/contract/import';
import { StageChip } from '../../components/Chips';
import { Icon } from '../../components/Icon';
import { Kbd } from '../../components/Misc';
import { type I18n, useT } from '../../i18n';
import { hrefOf } from '../../stores/navigation';
import { type Side, useDuplicates } from '../../stores/duplicates';
import { formatPhone } from '../../../../shared/rules/phone-format';

export function whyText(p: DuplicatePair, i18n: I18n): string {
  const parts = p.why.map((w) => i18n.t(`dup.why.${w}`));
  return i18n.t('dup.because', { why: parts.join(', '), value: p.why.includes('mobile') ? formatPhone(p.matched) : p.matched });
}

function Values({ values }: { values: string[] }) {
  if (values.length === 0) return <span className="muted">—</span>;
  return <>{values.map((v) => <span key={v} className="dup-value">{v}</span>)}</>;
}

function SideColumn({ side, s, keep, onKeep, matched }: { side: Side; s: DuplicateSide; keep: boolean; onKeep(): void; matched: string }) {
  const i18n = useT();
  const mark = (values: string[]) => values.map((v) => (v === matched ? `${v} ✓` : v));
  const phones = s.phones.map((v) => (v === matched || formatPhone(v) === formatPhone(matched) ? `${formatPhone(v)} ✓` : formatPhone(v)));
  return (
    <div className={keep ? 'dup-side keep' : 'dup-side'} data-testid={`dup-side-${side}`} data-contact-id={s.id}>
      <div className="dup-side-head">
        <a href={hrefOf({ name: 'contact', id: s.id })} className="dup-name" data-testid="dup-name">{s.name}</a>
        <StageChip stage={s.stage} />
        <label className="dup-keep">
          <input type="radio" checked={keep} onChange={onKeep} data-testid={`dup-keep-${side}`} />
          {keep ? i18n.t('dup.keeping') : i18n.t('dup.keepThis')}
        </label>
      </div>
      <dl className="details dup-details">
        <dt>{i18n.t('dup.company')}</dt><dd>{[s.company, s.title].filter(Boolean).join(' · ') || <span className="muted">—</span>}</dd>
        <dt>{i18n.pointKind('phone')}</dt><dd className="dup-values tabular"><Values values={phones} /></dd>
        <dt>{i18n.pointKind('email')}</dt><dd className="dup-values"><Values values={mark(s.emails)} /></dd>
        {s.addresses ? <><dt>{i18n.pointKind('address')}</dt><dd className="dup-values"><Values values={s.addresses} /></dd></> : null}
        <dt>{i18n.t('dup.created')}</dt><dd>{i18n.fmt.instant(s.createdAt, true)}</dd>
        {s.lastTouchAt !== undefined ? (
          <><dt>{i18n.t('dup.lastTouch')}</dt><dd>{s.lastTouchAt ? i18n.fmt.ago(s.lastTouchAt) : <span className="muted">{i18n.t('dup.never')}</span>}</dd></>
        ) : null}
      </dl>
    </div>
  );
}

export function PairCard({ pair, selected, onSelect, onMerge, onDismiss }: {
  pair: DuplicatePair; selected: boolean; onSelect(): void; onMerge(): void; onDismiss(): void;
}) {
  const i18n = useT();
  const keep = useDuplicates((s) => s.keepOf(pair));
  const busy = useDuplicates((s) => s.busy);
  const setKeep = (side: Side) => useDuplicates.getState().setKeep(pair, side);
  return (
    <li
      className={selected ? 'dup-pair selected' : 'dup-pair'}
      data-testid="dup-pair"
      data-kind={pair.kind}
      aria-selected={selected}
      onMouseDown={onSelect}
    >
      <div className="dup-why">
        <span className={pair.kind === 'exact' ? 'chip dup-exact' : 'chip'}>{i18n.t(`dup.kind.${pair.kind}`)}</span>
        <span data-testid="dup-why">{whyText(pair, i18n)}</span>
      </div>
      <div className="dup-sides">
        <SideColumn side="a" s={pair.a} keep={keep === 'a'} onKeep={() => setKeep('a')} matched={pair.matched} />
        <SideColumn side="b" s={pair.b} keep={keep === 'b'} onKeep={() => setKeep('b')} matched={pair.matched} />
      </div>
      <div className="dup-actions">
        <span className="muted small">{i18n.t('dup.mergeHint', { name: (keep === 'a' ? pair.a : pair.b).name })}</span>
        <button type="button" className="button" onClick={onDismiss} disabled={busy} data-testid="dup-dismiss">
          <Icon name="x" />{i18n.t('dup.notSame')}{selected ? <Kbd>N</Kbd> : null}
        </button>
        <button type="button" className="button primary" onClick={onMerge} disabled={busy} data-testid="dup-merge">
          <Icon name="merge" />{i18n.t('dup.merge')}{selected ? <Kbd>M</Kbd> : null}
        </button>
      </div>
    </li>
  );
}
