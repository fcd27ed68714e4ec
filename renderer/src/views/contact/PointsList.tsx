// Phones, e-mails and the rest, each with how far it can be trusted: a freshness badge and
// "verified 3 months ago by call" / "never verified", plus the problem with a dead number.
import { FreshnessBadge } from '../../components/Chips';
import { Icon, type IconName } from '../../components/Icon';
import type { PointKind } from '../../../../shared/domain/enums';
import type { Contact, ContactPoint } from '../../../../shared/domain/types';
import { type I18n, useT } from '../../i18n';
import { pointText } from '../../../../shared/rules/phone-format';
import { pointLabelText } from '../../../../shared/i18n/labels';

const KIND_ICONS: Record<PointKind, IconName> = {
  mobile: 'phone', phone: 'phone', email: 'mail', address: 'address', url: 'link', messenger: 'messenger',
};

/** Freshness matters only for channels we reach people through. */
const VERIFIABLE: ReadonlySet<PointKind> = new Set(['mobile', 'phone', 'email', 'messenger']);

export function verificationText(p: ContactPoint, i18n: I18n): string {
  if (!p.verifiedAt) return i18n.t('contact.neverVerified');
  const ago = i18n.fmt.ago(p.verifiedAt);
  return p.verifiedVia ? i18n.t('contact.verified', { ago, via: i18n.via(p.verifiedVia) }) : i18n.t('contact.verifiedNoVia', { ago });
}

function PointItem({ point }: { point: ContactPoint }) {
  const i18n = useT();
  const verifiable = VERIFIABLE.has(point.kind);
  const dead = point.freshness === 'obsolete' || point.freshness === 'bad';
  return (
    <li className="point" data-testid="contact-point" data-point-id={point.id} data-kind={point.kind} data-freshness={point.freshness}>
      <Icon name={KIND_ICONS[point.kind]} className="point-icon" />
      <div className="point-main">
        <span className={dead ? 'point-value dead' : 'point-value'} data-testid="contact-point-value">{pointText(point.kind, point.value)}</span>
        <div className="point-meta">
          {verifiable ? <FreshnessBadge freshness={point.freshness} title={verificationText(point, i18n)} /> : null}
          <span>{point.label ? pointLabelText(point.label, i18n.locale) : i18n.pointKind(point.kind)}</span>
          {point.primary ? <span className="point-primary">{i18n.t('contact.primary')}</span> : null}
          {/* "Unverified" on the badge already says "never verified". */}
          {verifiable && point.verifiedAt ? (
            <span data-testid="contact-point-verified" title={i18n.fmt.instant(point.verifiedAt, true)}>{verificationText(point, i18n)}</span>
          ) : null}
        </div>
        {point.problem ? <p className="point-problem" data-testid="contact-point-problem"><Icon name="alert" size={13} />{i18n.reason(point.problem)}</p> : null}
      </div>
    </li>
  );
}

export function PointsList({ contact }: { contact: Contact }) {
  const i18n = useT();
  return (
    <section className="panel" data-testid="contact-points">
      <h2 className="panel-title">{i18n.t('contact.points')}</h2>
      {contact.points.length ? (
        <ul className="points">{contact.points.map((p) => <PointItem key={p.id} point={p} />)}</ul>
      ) : (
        <p className="muted small">{i18n.t('contact.noPoints')}</p>
      )}
    </section>
  );
}
