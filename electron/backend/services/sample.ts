// Load or remove the generated sample book, through the same services a user's actions use,
// so the sample's follow-ups and freshness are exactly what real data would produce.
import { sampleContactIds } from '../db/contacts-repo.js';
import type { Context } from '../context.js';
import type { ContactsService } from './contacts.js';
import type { ReferralsService } from './referrals.js';
import { believableSample, samplePeople } from './sample-book.js';
import type { TouchesService } from './touches.js';
import { AppError } from '../../../shared/errors.js';

const DAY_MS = 86_400_000;

export function createSampleService(ctx: Context, contacts: ContactsService, touches: TouchesService, referrals: ReferralsService) {
  function load(count: number, language: 'ko' | 'en' = 'ko'): { added: number } {
    if (sampleContactIds(ctx.db).length > 0) throw new AppError('conflict', 'The sample book is already loaded.');
    const now = ctx.clock.now();
    const midnightUtc = now - (now % DAY_MS);
    const { people, referrals: links } = believableSample(samplePeople(count, undefined, language === 'en' ? 0.15 : 0.85));
    ctx.db.transaction(() => {
      const ids: string[] = [];
      for (const p of people) {
        const start = now - p.daysAgo * DAY_MS;
        const c = contacts.add({
          name: p.name, familyName: null, givenName: null, company: p.company, department: p.department, title: p.title,
          stage: p.stage, source: 'sample', birthday: p.birthday, notes: p.notes, tags: p.tags,
          points: p.points.map((pt, i) => ({ ...pt, primary: i === 0 })),
        }, { at: new Date(start).toISOString(), sample: true });
        ids.push(c.id);
        for (const t of p.touches) {
          const verifiedPointIds = c.points.filter((pt) => t.verify.includes(pt.kind as 'mobile' | 'email') && pt.status !== 'obsolete').map((pt) => pt.id);
          touches.log({
            contactId: c.id, kind: t.kind, outcome: t.outcome, direction: 'outbound', summary: t.summary,
            occurredAt: new Date(midnightUtc - t.daysAgo * DAY_MS + t.hourUtc * 3_600_000).toISOString(), verifiedPointIds, purpose: 'service',
          });
        }
      }
      // Referred on the day the referred person was added.
      for (const [from, to] of links) referrals.record(ids[from]!, ids[to]!, new Date(now - people[to]!.daysAgo * DAY_MS).toISOString());
    })();
    return { added: count };
  }

  function remove(): { removed: number } {
    const ids = sampleContactIds(ctx.db);
    ctx.db.transaction(() => {
      for (const id of ids) {
        if (!contacts.requireRow(id).deleted_at) contacts.remove(id);
        contacts.purge(id, { audit: false });
      }
    })();
    return { removed: ids.length };
  }

  return { load, remove };
}
