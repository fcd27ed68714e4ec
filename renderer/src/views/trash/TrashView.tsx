// Trash: deleted contacts, each restorable or — after a confirmation naming the person —
// deleted for good.
import { StageChip } from '../../components/Chips';
import { Icon } from '../../components/Icon';
import { EmptyState, PageHeader } from '../../components/Misc';
import { useT } from '../../i18n';
import type { ContactSummary } from '../../../../shared/domain/types';
import { hrefOf, navigate } from '../../stores/navigation';
import { notify, notifyError } from '../../stores/toasts';
import { useTrash } from '../../stores/trash';
import { ui } from '../../stores/ui';

async function restore(c: ContactSummary) {
  try {
    await useTrash.getState().restore(c.id);
    notify((i) => i.t('contact.restored', { name: c.name }), { label: 'common.open', run: () => navigate({ name: 'contact', id: c.id }) });
  } catch (e) {
    notifyError(e);
  }
}

async function purge(c: ContactSummary) {
  const ok = await ui.confirm({
    title: (i) => i.t('trash.purgeConfirmTitle', { name: c.name }),
    body: (i) => i.t('trash.purgeConfirmBody'),
    confirmLabel: (i) => i.t('trash.purge'),
    danger: true,
  });
  if (!ok) return;
  try {
    await useTrash.getState().purge(c.id);
    notify((i) => i.t('trash.purged', { name: c.name }));
  } catch (e) {
    notifyError(e);
  }
}

export function TrashView() {
  const i18n = useT();
  const { items, loaded } = useTrash();
  return (
    <div className="page" data-testid="trash-view">
      <PageHeader title={i18n.t('trash.title')} meta={items.length ? i18n.t('contacts.count', { count: items.length }) : null}>
        <p className="page-subtitle">{i18n.t('trash.subtitle')}</p>
      </PageHeader>
      <div className="page-body">
        {loaded && items.length === 0 ? (
          <EmptyState icon="trash" title={i18n.t('trash.emptyTitle')} body={i18n.t('trash.emptyBody')} testId="trash-empty" />
        ) : (
          <ul className="trash-list">
            {items.map((c) => (
              <li key={c.id} className="trash-item" data-testid="trash-item" data-contact-id={c.id}>
                <div className="trash-who">
                  <a href={hrefOf({ name: 'contact', id: c.id })} className="row-name" data-testid="trash-item-name">{c.name}</a>
                  <span className="row-sub">{[c.company, c.title].filter(Boolean).join(' · ')}</span>
                </div>
                <StageChip stage={c.stage} />
                <span className="trash-when muted">{c.deletedAt ? i18n.t('trash.deletedAgo', { ago: i18n.fmt.ago(c.deletedAt) }) : null}</span>
                <div className="trash-actions">
                  <button type="button" className="button small" onClick={() => void restore(c)} data-testid="trash-restore">
                    <Icon name="restore" />{i18n.t('trash.restore')}
                  </button>
                  <button type="button" className="button small danger-ghost" onClick={() => void purge(c)} data-testid="trash-purge">
                    <Icon name="trash" />{i18n.t('trash.purge')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
