// The contact page: who they are, how to reach them (and how sure we are), where the
// relationship stands, what is next and why, and everything that happened so far.
import { useEffect } from 'react';
import { StageChip } from '../../components/Chips';
import { Icon } from '../../components/Icon';
import { EmptyState, Kbd, Spinner } from '../../components/Misc';
import { useHotkey } from '../../hooks/useHotkey';
import { useT } from '../../i18n';
import { useContact } from '../../stores/contact';
import { useContactEngine } from '../../stores/engine';
import { hrefOf, navigate } from '../../stores/navigation';
import { notify, notifyError } from '../../stores/toasts';
import { ui } from '../../stores/ui';
import type { Contact } from '../../../../shared/domain/types';
import { ComplaintBanner, openComplaintSince } from './ComplaintBanner';
import { CardImages } from './CardImages';
import { ConsentPanel } from './ConsentPanel';
import { ContactCard } from './ContactCard';
import { DealsPanel } from './DealsPanel';
import { NextTouch } from './NextTouch';
import { PointsList } from './PointsList';
import { ReferralsPanel } from './ReferralsPanel';
import { StagePanel } from './StagePanel';
import { SuggestionBanner } from './SuggestionBanner';
import { Timeline } from './Timeline';

async function deleteWithUndo(contact: Contact): Promise<void> {
  const ok = await ui.confirm({
    title: (i) => i.t('contact.deleteConfirmTitle', { name: contact.name }),
    body: (i) => i.t('contact.deleteConfirmBody'),
    confirmLabel: (i) => i.t('common.delete'),
    danger: true,
  });
  if (!ok) return;
  try {
    await useContact.getState().remove(contact.id);
    navigate({ name: 'contacts' });
    notify((i) => i.t('contact.deleted', { name: contact.name }), {
      label: 'common.undo',
      run: () => void restore(contact, true),
    });
  } catch (e) {
    notifyError(e);
  }
}

async function restore(contact: Contact, reopen: boolean): Promise<void> {
  try {
    await useContact.getState().restore(contact.id);
    notify((i) => i.t('contact.restored', { name: contact.name }));
    if (reopen) navigate({ name: 'contact', id: contact.id });
  } catch (e) {
    notifyError(e);
  }
}

export function ContactView({ id }: { id: string }) {
  const i18n = useT();
  const { detail, error, load } = useContact();
  const contact = detail?.contact.id === id ? detail.contact : null;
  const live = Boolean(contact && !contact.deletedAt);

  useEffect(() => { void load(id); }, [id, load]);
  useEffect(() => { useContactEngine.getState().load(id).catch(() => undefined); }, [id]);

  useHotkey('l', () => ui.openLogTouch(id), { enabled: live });
  useHotkey('e', () => ui.openContactForm(id), { enabled: live });

  if (error) {
    return (
      <div className="page">
        <EmptyState icon="alert" title={i18n.t('contact.notFound')} testId="contact-not-found">
          <a className="button" href={hrefOf({ name: 'contacts' })}>{i18n.t('contact.back')}</a>
        </EmptyState>
      </div>
    );
  }
  if (!contact || !detail) return <div className="page page-loading"><Spinner label={i18n.t('common.loading')} /></div>;

  const org = [contact.company, contact.department, contact.title].filter(Boolean).join(' · ');
  return (
    <div className="page contact-page" data-testid="contact-view" data-contact-id={contact.id}>
      <header className="page-header contact-header">
        <a className="back-link" href={hrefOf({ name: 'contacts' })} data-testid="contact-back">
          <Icon name="back" size={14} />{i18n.t('contact.back')}
        </a>
        <div className="page-header-row">
          <div className="contact-title">
            <h1 data-testid="contact-name">{contact.name}</h1>
            <StageChip stage={contact.stage} />
            {contact.sample ? <span className="chip sample-chip">{i18n.t('contact.sample')}</span> : null}
          </div>
          <div className="page-actions">
            {live ? (
              <>
                <button type="button" className="button" onClick={() => void deleteWithUndo(contact)} data-testid="contact-delete">
                  <Icon name="trash" />{i18n.t('common.delete')}
                </button>
                <button type="button" className="button" onClick={() => ui.openContactForm(contact.id)} data-testid="contact-edit">
                  <Icon name="edit" />{i18n.t('common.edit')}<Kbd>E</Kbd>
                </button>
                <button type="button" className="button primary" onClick={() => ui.openLogTouch(contact.id)} data-testid="contact-log-touch">
                  <Icon name="check" />{i18n.t('contact.logTouch')}<Kbd>L</Kbd>
                </button>
              </>
            ) : (
              <button type="button" className="button primary" onClick={() => void restore(contact, false)} data-testid="contact-restore">
                <Icon name="restore" />{i18n.t('contact.restore')}
              </button>
            )}
          </div>
        </div>
        {org ? <p className="contact-org" data-testid="contact-org">{org}</p> : null}
        {contact.deletedAt ? <p className="inline-warning" data-testid="contact-in-trash"><Icon name="trash" />{i18n.t('contact.inTrash')}</p> : null}
      </header>
      <div className="page-body contact-body">
        <div className="contact-main">
          {live ? <ComplaintBanner detail={detail} /> : null}
          {live ? <SuggestionBanner contactId={contact.id} /> : null}
          {live ? <NextTouch detail={detail} /> : null}
          <DealsPanel contactId={contact.id} editable={live} />
          <Timeline detail={detail} />
        </div>
        <aside className="contact-side">
          <PointsList contact={contact} />
          <CardImages contactId={contact.id} />
          <ContactCard contact={contact} />
          <ReferralsPanel contactId={contact.id} name={contact.name} editable={live} complaintOpen={openComplaintSince(detail) !== null} />
          <StagePanel detail={detail} editable={live} />
          <ConsentPanel contactId={contact.id} editable={live} />
        </aside>
      </div>
    </div>
  );
}
