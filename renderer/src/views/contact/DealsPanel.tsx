// Deals on the contact page: each with its status, amount in won and dates; add, edit, mark
// won/lost, delete (confirmed, with Undo). A first win moves a prospect to New, and says so.
import { useState } from 'react';
import type { DealResult } from '../../../../shared/contract';
import type { Deal, DealStatus } from '../../../../shared/domain/types';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { engine, useContactEngine } from '../../stores/engine';
import { notify, notifyError } from '../../stores/toasts';
import { ui } from '../../stores/ui';
import { DealDialog } from './DealDialog';
import { formatWon } from './dealFormat';

function announce(r: DealResult, before: Deal | null): void {
  if (r.stageChanged) {
    // The stage change is the news: say it with the rule's reason, as stage history records it.
    notify((i) => i.t('deals.stageMoved', { reason: i.reason({ code: 'lifecycle', params: { from: 'prospect', to: r.stage, rule: 'first-win', deal: r.deal.title } }) }));
  } else if (!before) notify((i) => i.t('deals.added', { title: r.deal.title }));
  else if (before.status !== r.deal.status) notify((i) => i.t('deals.marked', { title: r.deal.title, status: i.t(`deals.status.${r.deal.status}`) }));
  else notify((i) => i.t('deals.saved'));
}

async function mark(deal: Deal, status: DealStatus): Promise<void> {
  try {
    announce(await engine.updateDeal({ id: deal.id, status }), deal);
  } catch (e) {
    notifyError(e);
  }
}

async function remove(deal: Deal): Promise<void> {
  const ok = await ui.confirm({
    title: (i) => i.t('deals.deleteTitle', { title: deal.title }),
    body: (i) => i.t('deals.deleteBody'),
    confirmLabel: (i) => i.t('common.delete'),
    danger: true,
  });
  if (!ok) return;
  try {
    await engine.deleteDeal(deal.id);
    notify((i) => i.t('deals.deleted', { title: deal.title }), {
      label: 'common.undo',
      run: () => void engine.restoreDeal(deal.id).then(() => notify((i) => i.t('deals.restored', { title: deal.title })), notifyError),
    });
  } catch (e) {
    notifyError(e);
  }
}

function DealItem({ deal, editable, onEdit }: { deal: Deal; editable: boolean; onEdit(): void }) {
  const i18n = useT();
  const dates = [
    deal.signedOn ? i18n.t('deals.signedLine', { date: i18n.fmt.date(deal.signedOn) }) : null,
    deal.renewsOn ? i18n.t('deals.renewsLine', { date: i18n.fmt.date(deal.renewsOn) }) : null,
    deal.expiresOn ? i18n.t('deals.expiresLine', { date: i18n.fmt.date(deal.expiresOn) }) : null,
  ].filter(Boolean);
  return (
    <li className="deal" data-testid="deal-item" data-deal-id={deal.id} data-status={deal.status}>
      <div className="deal-main">
        <div className="deal-head">
          <strong className="deal-title" data-testid="deal-title-text">{deal.title}</strong>
          <span className={`chip deal-status status-${deal.status}`} data-testid="deal-status-chip">{i18n.t(`deals.status.${deal.status}`)}</span>
          {deal.amount !== null ? <span className="deal-amount" data-testid="deal-amount-text">{formatWon(deal.amount)}</span> : null}
        </div>
        {dates.length ? <p className="deal-dates muted">{dates.join(' · ')}</p> : null}
      </div>
      {editable ? (
        <div className="deal-actions">
          {deal.status === 'open' ? (
            <>
              <button type="button" className="button small" onClick={() => void mark(deal, 'won')} data-testid="deal-mark-won">{i18n.t('deals.markWon')}</button>
              <button type="button" className="button small ghost" onClick={() => void mark(deal, 'lost')} data-testid="deal-mark-lost">{i18n.t('deals.markLost')}</button>
            </>
          ) : null}
          <button type="button" className="icon-button" onClick={onEdit} aria-label={i18n.t('common.edit')} title={i18n.t('common.edit')} data-testid="deal-edit">
            <Icon name="edit" size={14} />
          </button>
          <button type="button" className="icon-button" onClick={() => void remove(deal)} aria-label={i18n.t('common.delete')} title={i18n.t('common.delete')} data-testid="deal-delete">
            <Icon name="trash" size={14} />
          </button>
        </div>
      ) : null}
    </li>
  );
}

export function DealsPanel({ contactId, editable }: { contactId: string; editable: boolean }) {
  const i18n = useT();
  const deals = useContactEngine((s) => (s.contactId === contactId ? s.deals : []));
  const [editing, setEditing] = useState<Deal | 'new' | null>(null);
  const won = deals.filter((d) => d.status === 'won');
  const total = won.reduce((sum, d) => sum + (d.amount ?? 0), 0);
  return (
    <section className="panel" data-testid="deals-panel">
      <h2 className="panel-title">
        {i18n.t('deals.heading')}
        {deals.length ? <span className="panel-count">{i18n.num(deals.length)}</span> : null}
        {total > 0 ? <span className="panel-meta" data-testid="deals-won-total">{i18n.t('deals.wonTotal', { amount: formatWon(total) })}</span> : null}
        {editable ? (
          <button type="button" className="button small panel-action" onClick={() => setEditing('new')} data-testid="deal-add">
            <Icon name="plus" size={14} />{i18n.t('deals.add')}
          </button>
        ) : null}
      </h2>
      {deals.length ? (
        <ul className="deals">{deals.map((d) => <DealItem key={d.id} deal={d} editable={editable} onEdit={() => setEditing(d)} />)}</ul>
      ) : (
        <p className="muted small" data-testid="deals-empty">{i18n.t('deals.empty')}</p>
      )}
      {editing ? (
        <DealDialog contactId={contactId} deal={editing === 'new' ? null : editing} onClose={() => setEditing(null)}
          onSaved={(r, before) => { setEditing(null); announce(r, before); }} />
      ) : null}
    </section>
  );
}
