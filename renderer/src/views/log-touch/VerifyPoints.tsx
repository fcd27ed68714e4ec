// Checkboxes: which phones and e-mails this touch proved work. Dead 2G numbers cannot be
// verified and say why.
import { FreshnessBadge } from '../../components/Chips';
import { Icon } from '../../components/Icon';
import type { ContactPoint } from '../../../../shared/domain/types';
import { useT } from '../../i18n';
import { verificationText } from '../contact/PointsList';
import { VERIFIABLE_KINDS, canVerify } from './verifyDefaults';
import { pointText } from '../../../../shared/rules/phone-format';

interface VerifyPointsProps {
  points: ContactPoint[];
  checked: string[];
  disabled: boolean;
  onToggle(id: string, on: boolean): void;
}

export function VerifyPoints({ points, checked, disabled, onToggle }: VerifyPointsProps) {
  const i18n = useT();
  const verifiable = points.filter((p) => VERIFIABLE_KINDS.has(p.kind));
  if (!verifiable.length) return <p className="muted small">{i18n.t('touch.noPoints')}</p>;
  return (
    <ul className="verify-list" data-testid="touch-verify-list">
      {verifiable.map((p) => {
        const ok = canVerify(p);
        return (
          <li key={p.id} className={ok ? 'verify-item' : 'verify-item disabled'}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={ok && !disabled && checked.includes(p.id)}
                disabled={!ok || disabled}
                onChange={(e) => onToggle(p.id, e.target.checked)}
                data-testid="touch-verify-point"
                data-point-id={p.id}
                data-kind={p.kind}
              />
              <span className="verify-value">{pointText(p.kind, p.value)}</span>
              <span className="verify-kind">{p.label || i18n.pointKind(p.kind)}</span>
              <FreshnessBadge freshness={p.freshness} />
            </label>
            <p className="verify-meta">
              {ok ? verificationText(p, i18n) : (
                <span className="point-problem"><Icon name="alert" size={12} />{p.problem ? i18n.reason(p.problem) : i18n.t('touch.obsolete')}</span>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
