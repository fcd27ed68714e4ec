// A synthetic book for the bench, deterministic from a seed: contacts go in through the real
// contacts service (normalisation, search index, check-ins), the bulk of the interactions by
// one raw insert (they are history, not something the bench measures), then every contact's
// cadence is re-synced through the schedule service so Today is what the app would show.
import type { Backend } from '../../electron/backend/index.js';
import { rng, samplePeople } from '../../electron/backend/services/sample-book.js';
import { TOUCH_KINDS, OUTCOMES } from '../../shared/domain/enums.js';
import { uuidv7 } from '../../shared/uuid.js';

const DAY = 86_400_000;

export interface BookStats {
  contacts: number;
  interactions: number;
  seconds: { contacts: number; interactions: number; schedule: number };
}

export function buildBook(b: Backend, contacts: number, interactionsPerContact: number, seed = 7): BookStats {
  const { db } = b.ctx;
  const now = b.ctx.clock.now();
  const r = rng(seed);
  const people = samplePeople(contacts, seed);
  const ids: string[] = [];
  const created: number[] = [];

  let t0 = performance.now();
  const BATCH = 2000;
  for (let start = 0; start < people.length; start += BATCH) {
    db.transaction(() => {
      for (const p of people.slice(start, start + BATCH)) {
        const at = now - (30 + Math.floor(r() * 1800)) * DAY; // up to five years back
        const c = b.services.contacts.add({
          name: p.name, familyName: null, givenName: null, company: p.company, department: p.department, title: p.title,
          stage: p.stage, source: 'import', birthday: p.birthday, notes: p.notes, tags: p.tags,
          points: p.points.map((pt, i) => ({ ...pt, primary: i === 0 })),
        }, { at: new Date(at).toISOString(), verifiedVia: r() < 0.5 ? 'card' : null });
        ids.push(c.id);
        created.push(at);
      }
    })();
  }
  const tContacts = (performance.now() - t0) / 1000;

  t0 = performance.now();
  const ins = db.prepare(`INSERT INTO interactions (id, contact_id, kind, direction, occurred_at, summary, outcome, verified_point_ids, created_at)
    VALUES (?, ?, ?, 'outbound', ?, ?, ?, '[]', ?)`);
  let total = 0;
  db.transaction(() => {
    ids.forEach((id, i) => {
      const n = Math.floor(r() * (interactionsPerContact * 2 + 1)); // 0..2k: k a contact on average
      const from = created[i]!;
      for (let k = 0; k < n; k++) {
        const at = new Date(from + r() * (now - from - DAY)).toISOString();
        ins.run(uuidv7(), id, TOUCH_KINDS[Math.floor(r() * 8)]!, at, k % 3 === 0 ? '안부 통화, 다음 달 미팅 약속' : null, OUTCOMES[Math.floor(r() * 3)]!, at);
        total++;
      }
    });
    db.exec(`UPDATE contacts SET last_touch_at = (SELECT max(occurred_at) FROM interactions i WHERE i.contact_id = contacts.id AND i.kind <> 'note')`);
  })();
  const tInteractions = (performance.now() - t0) / 1000;

  t0 = performance.now();
  for (let start = 0; start < ids.length; start += BATCH) {
    db.transaction(() => { for (const id of ids.slice(start, start + BATCH)) b.services.schedule.syncCheckIn(id); })();
  }
  db.pragma('optimize');
  const tSchedule = (performance.now() - t0) / 1000;
  return { contacts: ids.length, interactions: total, seconds: { contacts: tContacts, interactions: tInteractions, schedule: tSchedule } };
}
