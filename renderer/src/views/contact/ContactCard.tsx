// The card: company, department, title, birthday, tags, notes.
import type { ReactNode } from 'react';
import { Tag } from '../../components/Chips';
import { useT } from '../../i18n';
import type { Contact } from '../../../../shared/domain/types';
import { useContactEngine } from '../../stores/engine';

function Row({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

export function ContactCard({ contact }: { contact: Contact }) {
  const i18n = useT();
  const birthday = contact.birthday ? i18n.fmt.birthday(contact.birthday) : null;
  const dates = useContactEngine((s) => (s.contactId === contact.id ? s.dates : []));
  return (
    <section className="panel" data-testid="contact-card">
      <h2 className="panel-title">{i18n.t('contact.details')}</h2>
      <dl className="details">
        {contact.company ? <Row label={i18n.t('contact.company')} testId="contact-company">{contact.company}</Row> : null}
        {contact.department ? <Row label={i18n.t('contact.department')} testId="contact-department">{contact.department}</Row> : null}
        {contact.title ? <Row label={i18n.t('contact.jobTitle')} testId="contact-title">{contact.title}</Row> : null}
        {birthday ? (
          <Row label={i18n.t('contact.birthday')} testId="contact-birthday">
            {birthday.noYear ? i18n.t('contact.birthdayNoYear', { date: birthday.text }) : birthday.text}
          </Row>
        ) : null}
        {dates.map((d) => {
          const f = i18n.fmt.birthday(d.date);
          return (
            <Row key={d.id} label={d.kind === 'anniversary' && d.label === '' ? i18n.t('dates.anniversary') : d.label} testId="contact-date">
              {f.noYear ? i18n.t('contact.birthdayNoYear', { date: f.text }) : f.text}
              {d.kind === 'anniversary' ? <span className="muted"> · {i18n.t('dates.anniversary')}</span> : null}
            </Row>
          );
        })}
        {contact.tags.length ? (
          <Row label={i18n.t('contact.tags')} testId="contact-tags">
            <span className="tag-list">{contact.tags.map((t) => <Tag key={t} name={t} />)}</span>
          </Row>
        ) : null}
        <Row label={i18n.t('contact.added')} testId="contact-added">{i18n.fmt.instant(contact.createdAt)}</Row>
      </dl>
      {contact.notes ? (
        <div className="notes">
          <h3 className="subtle-title">{i18n.t('contact.notes')}</h3>
          <p className="notes-text" data-testid="contact-notes">{contact.notes}</p>
        </div>
      ) : null}
    </section>
  );
}
