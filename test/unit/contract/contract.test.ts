// The contract's input schemas (shared/contract/*): what every transport validates before a
// handler runs. Parsed shapes, defaults, trimming, limits and the paths of issues.
import { describe, expect, it } from 'vitest';
import { ContactDraft, METHODS, PointDraft, SettingsPatch, TouchDraft, api, isMethod } from '../../../shared/contract/index.js';
import { BirthdayField, CalendarDateField, Id, InstantField, TimeZoneField, optionalText } from '../../../shared/contract/fields.js';
import { AppError, ERROR_CODES, isAppError } from '../../../shared/errors.js';

const ID = '01900000-0000-7000-8000-000000000001';
const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => i.path.join('.'));

describe('METHODS', () => {
  it('lists every method of the contract, each with an input schema', () => {
    expect([...METHODS].sort()).toEqual([
      'contacts.add', 'contacts.delete', 'contacts.get', 'contacts.list', 'contacts.purge', 'contacts.restore',
      'contacts.search', 'contacts.setStage', 'contacts.trash', 'contacts.update', 'sample.load', 'sample.remove',
      'settings.get', 'settings.update', 'system.info', 'tags.list', 'today.get', 'touches.log',
      // the relationship engine (issue 4)
      'calendar.ics', 'dates.add', 'dates.list', 'dates.remove', 'deals.add', 'deals.delete', 'deals.list', 'deals.restore', 'deals.update', 'followups.list', 'followups.skip', 'followups.snooze', 'followups.unskip', 'followups.unsnooze',
      'referrals.ask', 'referrals.graph', 'referrals.list', 'referrals.record', 'suggestions.accept', 'suggestions.dismiss', 'suggestions.list',
      // backup, restore and export (issue 5 "Out")
      'backup.create', 'backup.list', 'backup.preview', 'backup.restore', 'export.contacts',
      // card capture (issue 6)
      'capture.recognize', 'capture.save', 'attachments.list', 'attachments.get', 'capture.drafts.list', 'capture.drafts.save', 'capture.drafts.remove',
      // consent, marketing limits and the daily digest (issue 4, second half)
      'consents.list', 'consents.grant', 'consents.withdraw', 'marketing.check', 'digest.get',
      // import and duplicates (issue 5)
      'import.preview', 'import.start', 'import.status', 'import.cancel', 'import.batches', 'import.undo',
      'mappings.list', 'mappings.save', 'mappings.delete',
      'duplicates.list', 'duplicates.merge', 'duplicates.undoMerge', 'duplicates.dismiss', 'duplicates.mergeAllExact',
      // opening and recovery (issue 8)
      'system.openState', 'system.start', 'recovery.retry', 'recovery.restoreBackup', 'recovery.startEmpty', 'recovery.unlock',
      'security.status', 'security.setEncryption', 'security.changePassphrase', 'security.plainBackups', 'security.protectBackups',
    ].sort());
    for (const m of METHODS) expect(typeof api[m].input.safeParse).toBe('function');
  });
  it('isMethod accepts exactly those names (no prototype keys)', () => {
    expect(isMethod('contacts.add')).toBe(true);
    for (const bad of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'contacts', 'contacts.add ', '']) expect(isMethod(bad), bad).toBe(false);
  });
});

describe('ContactDraft', () => {
  it('fills defaults and trims', () => {
    expect(ContactDraft.parse({ name: '  김철수  ' })).toEqual({
      name: '김철수', familyName: null, givenName: null, company: null, department: null, title: null,
      stage: 'prospect', source: 'manual', birthday: null, notes: null, tags: [], points: [],
    });
  });

  it('turns blank optional text into null and trims the rest', () => {
    const d = ContactDraft.parse({ name: 'x', company: '   ', title: ' 과장 ', notes: '', department: null });
    expect(d.company).toBeNull();
    expect(d.title).toBe('과장');
    expect(d.notes).toBeNull();
    expect(d.department).toBeNull();
  });

  it.each(['', '   ', '\n\t'])('rejects the empty name %j at path "name"', (name) => {
    const r = ContactDraft.safeParse({ name });
    expect(r.success).toBe(false);
    expect(paths(r)).toEqual(['name']);
  });

  it('rejects a missing name, a non-string name and a name over 200 characters', () => {
    expect(paths(ContactDraft.safeParse({}))).toEqual(['name']);
    expect(paths(ContactDraft.safeParse({ name: 42 }))).toEqual(['name']);
    expect(ContactDraft.safeParse({ name: '가'.repeat(200) }).success).toBe(true);
    expect(paths(ContactDraft.safeParse({ name: '가'.repeat(201) }))).toEqual(['name']);
  });

  it.each(['1980-05-02', '--05-02', '--02-29', '1984-02-29', ' --12-31 '])('accepts the birthday %j', (birthday) => {
    const r = ContactDraft.safeParse({ name: 'x', birthday });
    expect(r.success).toBe(true);
    expect(r.data?.birthday).toBe(birthday.trim());
  });

  it.each(['2023-02-29', '--02-30', '--13-01', '1980-5-2', '05-02', '1980/05/02', 'May 2', '19800502'])('rejects the birthday %j at path "birthday"', (birthday) => {
    expect(paths(ContactDraft.safeParse({ name: 'x', birthday }))).toEqual(['birthday']);
  });

  it('null or absent birthday → null', () => {
    expect(ContactDraft.parse({ name: 'x', birthday: null }).birthday).toBeNull();
    expect(ContactDraft.parse({ name: 'x' }).birthday).toBeNull();
  });

  it('rejects unknown stages and sources', () => {
    expect(paths(ContactDraft.safeParse({ name: 'x', stage: 'customer' }))).toEqual(['stage']);
    expect(paths(ContactDraft.safeParse({ name: 'x', source: 'web' }))).toEqual(['source']);
  });

  it('points: at most 50; each needs a known kind and a non-empty value of at most 500', () => {
    const pt = { kind: 'mobile', value: '010-1234-5678' };
    expect(ContactDraft.safeParse({ name: 'x', points: Array(50).fill(pt) }).success).toBe(true);
    expect(paths(ContactDraft.safeParse({ name: 'x', points: Array(51).fill(pt) }))).toEqual(['points']);
    expect(paths(ContactDraft.safeParse({ name: 'x', points: [pt, { kind: 'fax', value: '1' }] }))).toEqual(['points.1.kind']);
    expect(paths(ContactDraft.safeParse({ name: 'x', points: [{ kind: 'email', value: '  ' }] }))).toEqual(['points.0.value']);
    expect(paths(ContactDraft.safeParse({ name: 'x', points: [{ kind: 'email', value: 'a'.repeat(501) }] }))).toEqual(['points.0.value']);
    expect(paths(ContactDraft.safeParse({ name: 'x', points: [{ ...pt, id: 'not-an-id' }] }))).toEqual(['points.0.id']);
    expect(paths(ContactDraft.safeParse({ name: 'x', points: [{ ...pt, label: 'l'.repeat(41) }] }))).toEqual(['points.0.label']);
  });

  it('a point keeps its id, trims its value and defaults primary to false', () => {
    expect(PointDraft.parse({ id: ID, kind: 'email', value: ' a@b.co ', label: ' ' })).toEqual({ id: ID, kind: 'email', value: 'a@b.co', label: null, primary: false });
  });

  it('tags: at most 50, each 1–50 characters after trimming', () => {
    expect(ContactDraft.parse({ name: 'x', tags: [' VIP '] }).tags).toEqual(['VIP']);
    expect(paths(ContactDraft.safeParse({ name: 'x', tags: [''] }))).toEqual(['tags.0']);
    expect(paths(ContactDraft.safeParse({ name: 'x', tags: ['t'.repeat(51)] }))).toEqual(['tags.0']);
    expect(ContactDraft.safeParse({ name: 'x', tags: Array.from({ length: 50 }, (_, i) => `t${i}`) }).success).toBe(true);
    expect(paths(ContactDraft.safeParse({ name: 'x', tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }))).toEqual(['tags']);
  });

  it('text limits: company 200, notes 100 000', () => {
    expect(paths(ContactDraft.safeParse({ name: 'x', company: 'c'.repeat(201) }))).toEqual(['company']);
    expect(ContactDraft.safeParse({ name: 'x', notes: 'n'.repeat(100_000) }).success).toBe(true);
    expect(paths(ContactDraft.safeParse({ name: 'x', notes: 'n'.repeat(100_001) }))).toEqual(['notes']);
  });
});

describe('TouchDraft', () => {
  it('fills defaults', () => {
    expect(TouchDraft.parse({ contactId: ID, kind: 'call' })).toEqual({
      contactId: ID, kind: 'call', outcome: 'neutral', direction: 'outbound', summary: null, verifiedPointIds: [], purpose: 'service',
    });
  });
  it('rejects unknown kinds and outcomes, bad ids and non-ISO instants', () => {
    expect(paths(TouchDraft.safeParse({ contactId: 'x', kind: 'call' }))).toEqual(['contactId']);
    expect(paths(TouchDraft.safeParse({ contactId: ID, kind: 'fax' }))).toEqual(['kind']);
    expect(paths(TouchDraft.safeParse({ contactId: ID, kind: 'call', outcome: 'great' }))).toEqual(['outcome']);
    expect(paths(TouchDraft.safeParse({ contactId: ID, kind: 'call', occurredAt: 'yesterday' }))).toEqual(['occurredAt']);
    expect(paths(TouchDraft.safeParse({ contactId: ID, kind: 'call', occurredAt: '2026-03-02' }))).toEqual(['occurredAt']);
    expect(paths(TouchDraft.safeParse({ contactId: ID, kind: 'call', verifiedPointIds: [ID, 'nope'] }))).toEqual(['verifiedPointIds.1']);
    expect(paths(TouchDraft.safeParse({ contactId: ID, kind: 'call', verifiedPointIds: Array(51).fill(ID) }))).toEqual(['verifiedPointIds']);
    expect(paths(TouchDraft.safeParse({ contactId: ID, kind: 'call', summary: 's'.repeat(10_001) }))).toEqual(['summary']);
  });
  it('accepts ISO instants with offsets', () => {
    expect(TouchDraft.safeParse({ contactId: ID, kind: 'call', occurredAt: '2026-03-02T23:30:00+09:00' }).success).toBe(true);
    expect(TouchDraft.safeParse({ contactId: ID, kind: 'call', occurredAt: '2026-03-02T14:30:00.000Z' }).success).toBe(true);
  });
});

describe('SettingsPatch', () => {
  it('accepts a partial patch', () => {
    expect(SettingsPatch.parse({ locale: 'ko', cadence: { prospect: 7, lost: null } })).toEqual({ locale: 'ko', cadence: { prospect: 7, lost: null } });
    expect(SettingsPatch.parse({})).toEqual({});
  });
  it('rejects bad values', () => {
    expect(paths(SettingsPatch.safeParse({ locale: 'fr' }))).toEqual(['locale']);
    expect(paths(SettingsPatch.safeParse({ timeZone: 'Mars/Base' }))).toEqual(['timeZone']);
    expect(paths(SettingsPatch.safeParse({ staleAfterDays: 0 }))).toEqual(['staleAfterDays']);
    expect(paths(SettingsPatch.safeParse({ agingAfterDays: 3651 }))).toEqual(['agingAfterDays']);
    expect(paths(SettingsPatch.safeParse({ agingAfterDays: 1.5 }))).toEqual(['agingAfterDays']);
    expect(paths(SettingsPatch.safeParse({ cadence: { prospect: 0 } }))).toEqual(['cadence.prospect']);
    expect(SettingsPatch.safeParse({ cadence: { customer: 10 } }).success).toBe(false);
  });
});

describe('other method inputs', () => {
  it('contacts.list: limit 1–500, offset ≥ 0, known sorts and filters', () => {
    const s = api['contacts.list'].input;
    expect(s.parse({})).toEqual({ sort: 'name', offset: 0, limit: 100 });
    expect(paths(s.safeParse({ limit: 0 }))).toEqual(['limit']);
    expect(paths(s.safeParse({ limit: 501 }))).toEqual(['limit']);
    expect(paths(s.safeParse({ offset: -1 }))).toEqual(['offset']);
    expect(paths(s.safeParse({ sort: 'random' }))).toEqual(['sort']);
    expect(paths(s.safeParse({ freshness: 'old' }))).toEqual(['freshness']);
  });
  it('contacts.search: q at most 200 characters', () => {
    const s = api['contacts.search'].input;
    expect(s.parse({ q: 'ㄱㅊㅅ' })).toEqual({ q: 'ㄱㅊㅅ', limit: 50 });
    expect(paths(s.safeParse({ q: 'q'.repeat(201) }))).toEqual(['q']);
    expect(paths(s.safeParse({}))).toEqual(['q']);
  });
  it('today.get: a real date, days 0–90', () => {
    const s = api['today.get'].input;
    expect(s.parse({})).toEqual({ days: 7, overdueLimit: 300, todayLimit: 300, upcomingLimit: 300 });
    expect(paths(s.safeParse({ date: '2026-02-30' }))).toEqual(['date']);
    expect(paths(s.safeParse({ days: 91 }))).toEqual(['days']);
    expect(paths(s.safeParse({ todayLimit: 5001 }))).toEqual(['todayLimit']);
  });
  it('sample.load: count 1–2000, default 300; the language ko (default) or en', () => {
    const s = api['sample.load'].input;
    expect(s.parse(undefined)).toEqual({ count: 300, language: 'ko' });
    expect(s.parse({})).toEqual({ count: 300, language: 'ko' });
    expect(s.parse({ language: 'en' })).toEqual({ count: 300, language: 'en' });
    expect(paths(s.safeParse({ count: 0 }))).toEqual(['count']);
    expect(paths(s.safeParse({ count: 2001 }))).toEqual(['count']);
    expect(paths(s.safeParse({ language: 'fr' }))).toEqual(['language']);
  });
});

describe('fields', () => {
  it('Id accepts UUIDs (our v7) and rejects anything else', () => {
    expect(Id.safeParse(ID).success).toBe(true);
    for (const bad of ['', 'x', '01900000-0000-7000-8000-00000000000', `${ID}0`, 42, null]) expect(Id.safeParse(bad).success, String(bad)).toBe(false);
  });
  it('CalendarDateField / BirthdayField / InstantField / TimeZoneField', () => {
    expect(CalendarDateField.safeParse('2024-02-29').success).toBe(true);
    expect(CalendarDateField.safeParse('--02-29').success).toBe(false);
    expect(BirthdayField.safeParse('--02-29').success).toBe(true);
    expect(InstantField.safeParse('2026-03-02T01:00:00Z').success).toBe(true);
    expect(InstantField.safeParse('2026-13-02T01:00:00Z').success).toBe(false);
    expect(InstantField.safeParse('1772413200000').success).toBe(false);
    expect(TimeZoneField.safeParse('Asia/Seoul').success).toBe(true);
    expect(TimeZoneField.safeParse('KST').success).toBe(false);
  });
  it('optionalText trims, maps blank to null and enforces its max', () => {
    const t = optionalText(5);
    expect(t.parse(' ab ')).toBe('ab');
    expect(t.parse('   ')).toBeNull();
    expect(t.parse(undefined)).toBeNull();
    expect(t.safeParse('abcdef').success).toBe(false);
  });
});

describe('AppError', () => {
  it('round-trips through its payload', () => {
    const e = new AppError('invalid-input', 'Invalid', [{ path: 'name', message: 'is required' }]);
    expect(isAppError(e)).toBe(true);
    expect(e.toPayload()).toEqual({ code: 'invalid-input', message: 'Invalid', issues: [{ path: 'name', message: 'is required' }] });
    const back = AppError.fromPayload(e.toPayload());
    expect(back).toBeInstanceOf(AppError);
    expect(back.code).toBe('invalid-input');
    expect(back.issues).toEqual(e.issues);
    expect(new AppError('not-found', 'x').toPayload()).toEqual({ code: 'not-found', message: 'x' });
    expect(isAppError(new Error('x'))).toBe(false);
    expect(ERROR_CODES).toContain('db-newer-version');
  });
});
