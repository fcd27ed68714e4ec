// Deals / contracts (DESIGN §3 deals, §4 Lifecycle and Dates). Winning the first deal moves a
// prospect to `new`, recorded by rule with its reason in words; every change re-syncs the
// deal's reminders and the contact's referral ask in the same transaction.
import type { z } from 'zod';
import type { DealDraft, DealPatch, DealResult } from '../../../shared/contract/engine.js';
import type { Deal } from '../../../shared/domain/types.js';
import { AppError } from '../../../shared/errors.js';
import { uuidv7 } from '../../../shared/uuid.js';
import { dealsOf, getDeal, getDeletedDeal, insertDeal, setDealDeleted, updateDeal, wonSummary } from '../db/deals-repo.js';
import { followUpsOf } from '../db/follow-ups-repo.js';
import type { Context } from '../context.js';
import type { ContactsService } from './contacts.js';
import type { RemindersService } from './reminders.js';
import type { ScheduleService } from './schedule.js';
import type { SettingsService } from './settings.js';

export function createDealsService(
  ctx: Context, settings: SettingsService, contacts: ContactsService, schedule: ScheduleService, reminders: RemindersService,
) {
  const db = ctx.db;

  function liveContact(id: string) {
    const row = contacts.requireRow(id);
    if (row.deleted_at) throw new AppError('conflict', 'This contact is in the trash; restore it first.');
    return row;
  }

  /** A prospect whose first deal is won becomes a new customer — a fact, applied at once. */
  function applyFirstWin(deal: Deal): boolean {
    const row = contacts.requireRow(deal.contactId);
    if (deal.status !== 'won' || row.stage !== 'prospect' || wonSummary(db, deal.contactId).count !== 1) return false;
    contacts.setStage(deal.contactId, 'new', { code: 'lifecycle', params: { from: 'prospect', to: 'new', rule: 'first-win', deal: deal.title } }, 'rule');
    return true;
  }

  function afterChange(deal: Deal): DealResult {
    const stageChanged = applyFirstWin(deal);
    reminders.syncDeal(deal);
    // Re-sync the rest of the contact (check-in, referral ask: a won deal makes them warm).
    schedule.syncCheckIn(deal.contactId);
    const reminderRows = followUpsOf(db, deal.contactId)
      .filter((f) => f.status === 'open' && (f as { deal_id?: string | null }).deal_id === deal.id)
      .sort((a, b) => a.due_at.localeCompare(b.due_at));
    return { deal, stage: contacts.requireRow(deal.contactId).stage, stageChanged, reminders: reminderRows.map(schedule.toFollowUp) };
  }

  function add(d: z.output<typeof DealDraft>): DealResult {
    return db.transaction(() => {
      liveContact(d.contactId);
      const now = ctx.nowIso();
      const deal: Deal = {
        id: uuidv7(ctx.clock.now()), contactId: d.contactId, title: d.title, status: d.status, amount: d.amount,
        signedOn: d.signedOn ?? (d.status === 'won' ? reminders.today() : null), renewsOn: d.renewsOn, expiresOn: d.expiresOn,
        createdAt: now, updatedAt: now,
      };
      insertDeal(db, deal);
      return afterChange(deal);
    })();
  }

  function update(p: z.output<typeof DealPatch>): DealResult {
    return db.transaction(() => {
      const old = getDeal(db, p.id);
      if (!old) throw new AppError('not-found', `No deal with id ${p.id}`);
      liveContact(old.contactId);
      const status = p.status ?? old.status;
      const deal: Deal = {
        ...old, title: p.title ?? old.title, status, amount: p.amount === undefined ? old.amount : p.amount,
        // A deal won without a signing date was signed today.
        signedOn: p.signedOn === undefined ? (old.signedOn ?? (status === 'won' ? reminders.today() : null)) : p.signedOn,
        renewsOn: p.renewsOn === undefined ? old.renewsOn : p.renewsOn,
        expiresOn: p.expiresOn === undefined ? old.expiresOn : p.expiresOn,
        updatedAt: ctx.nowIso(),
      };
      updateDeal(db, deal);
      return afterChange(deal);
    })();
  }

  /**
   * Delete a deal (soft, so Undo can bring it back): its open reminders are withdrawn by rule
   * and the contact re-synced. A stage it moved stays: stage changes are history, not derived.
   */
  function remove(id: string): { id: string; contactId: string } {
    return db.transaction(() => {
      const deal = getDeal(db, id);
      if (!deal) throw new AppError('not-found', `No deal with id ${id}`);
      liveContact(deal.contactId);
      setDealDeleted(db, id, ctx.nowIso(), ctx.nowIso());
      reminders.syncKeyed(deal.contactId, `deal:${deal.id}:`, []);
      schedule.syncCheckIn(deal.contactId);
      return { id, contactId: deal.contactId };
    })();
  }

  /** Undo of `remove`: the deal and its reminders come back (rule-withdrawn reminders may return). */
  function restore(id: string): DealResult {
    return db.transaction(() => {
      const deal = getDeletedDeal(db, id);
      if (!deal) throw new AppError('not-found', `No deleted deal with id ${id}`);
      liveContact(deal.contactId);
      setDealDeleted(db, id, null, ctx.nowIso());
      return afterChange(getDeal(db, id)!);
    })();
  }

  function list(contactId: string): { items: Deal[] } {
    contacts.requireRow(contactId);
    return { items: dealsOf(db, contactId) };
  }

  return { add, update, remove, restore, list };
}

export type DealsService = ReturnType<typeof createDealsService>;
