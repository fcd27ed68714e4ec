// One line of the contacts list (also used for search hits).
import { FreshnessBadge, StageChip } from '../../components/Chips';
import { useT } from '../../i18n';
import type { ContactSummary } from '../../../../shared/domain/types';
import { hrefOf } from '../../stores/navigation';
import { relativeDue } from '../today/TodayRow';
import { formatPhone } from '../../../../shared/rules/phone-format';

interface RowProps {
  contact: ContactSummary | undefined;
  index: number;
  active: boolean;
  style: React.CSSProperties;
}

export function ContactRow({ contact, index, active, style }: RowProps) {
  const i18n = useT();
  if (!contact) {
    return <div className="contact-row skeleton" style={style} aria-hidden="true"><span className="skeleton-bar" /><span className="skeleton-bar short" /></div>;
  }
  const org = [contact.company, contact.title].filter(Boolean).join(' · ');
  const dueDate = contact.nextDueAt ? i18n.fmt.dateOf(contact.nextDueAt) : null;
  const overdue = dueDate !== null && i18n.fmt.daysFromToday(dueDate) < 0;
  return (
    <a
      href={hrefOf({ name: 'contact', id: contact.id })}
      className={active ? 'contact-row active' : 'contact-row'}
      style={style}
      data-testid="contact-row"
      data-contact-id={contact.id}
      data-index={index}
      role="row"
      aria-selected={active}
    >
      <span className="cell cell-name" role="cell">
        <span className="row-name" data-testid="contact-row-name">{contact.name}</span>
        {/* A search hit in a note says so, instead of the company line ("메모: …골프를 좋아함"). */}
        {contact.matched
          ? <span className="row-sub row-match" data-testid="contact-row-match" title={contact.matched.snippet}>{i18n.t('search.matchedNotes', { snippet: contact.matched.snippet })}</span>
          : <span className="row-sub">{org || '\u00a0'}</span>}
      </span>
      <span className="cell cell-reach" role="cell">
        <span className="row-line">{contact.primaryPhone ? formatPhone(contact.primaryPhone) : ''}</span>
        <span className="row-sub">{contact.primaryEmail ?? ''}</span>
      </span>
      <span className="cell" role="cell"><StageChip stage={contact.stage} /></span>
      <span className="cell" role="cell"><FreshnessBadge freshness={contact.freshness} /></span>
      <span className={overdue ? 'cell cell-due overdue' : 'cell cell-due'} role="cell" title={contact.nextDueAt ? i18n.fmt.instant(contact.nextDueAt, true) : undefined}>
        {dueDate ? <span>{relativeDue(i18n, dueDate)}</span> : <span className="muted">{i18n.t('contacts.noNext')}</span>}
      </span>
    </a>
  );
}
