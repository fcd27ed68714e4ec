import type { engineApi } from '../../../shared/contract/engine.js';
import type { Handlers } from './types.js';

export const engineHandlers: Handlers<typeof engineApi> = {
  'deals.add': (d, s) => s.deals.add(d),
  'deals.update': (p, s) => s.deals.update(p),
  'deals.list': ({ contactId }, s) => s.deals.list(contactId),
  'deals.delete': ({ id }, s) => s.deals.remove(id),
  'deals.restore': ({ id }, s) => s.deals.restore(id),
  'followups.list': ({ contactId, all }, s) => s.followUps.list(contactId, all),
  'followups.snooze': ({ id, until }, s) => s.followUps.snooze(id, until),
  'followups.unsnooze': ({ id, dueAt }, s) => s.followUps.unsnooze(id, dueAt),
  'followups.skip': ({ id }, s) => s.followUps.skip(id),
  'followups.unskip': ({ id }, s) => s.followUps.unskip(id),
  'referrals.ask': ({ contactId, at }, s) => s.referrals.ask(contactId, at),
  'referrals.record': ({ referrerId, referredId, at }, s) => s.referrals.record(referrerId, referredId, at),
  'referrals.list': ({ contactId }, s) => s.referrals.list(contactId),
  'referrals.graph': (q, s) => s.referrals.graph(q),
  'suggestions.list': ({ date, contactId, cursor, limit }, s) => s.lifecycle.list({ date, contactId, cursor, limit }),
  'suggestions.accept': ({ contactId, to }, s) => s.lifecycle.accept(contactId, to),
  'suggestions.dismiss': ({ contactId, to }, s) => s.lifecycle.dismiss(contactId, to),
  'dates.add': (d, s) => s.reminders.addDate(d),
  'dates.list': ({ contactId }, s) => s.reminders.listDates(contactId),
  'dates.remove': ({ id }, s) => s.reminders.removeDate(id),
  'calendar.ics': ({ days }, s) => s.followUps.ics(days),
};
