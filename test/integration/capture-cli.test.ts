// `inyeon capture` as a child process: JSON per image, --save creating card contacts whose phones
// and e-mail are verified by the card, typed errors, and a process that exits (the OCR worker
// thread is shut down with the backend).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CARD_FIELDS } from '../../shared/contract/capture.js';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/temp.js';

const CARDS = join(import.meta.dirname, '../fixtures/cards');

describe('inyeon capture', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  // OCR on a busy 2-core machine: give each run time (a hang would still end in a failed test).
  const cli = (...args: string[]) => runCli(['--data-dir', dir.path, '--json', '--now', '2026-03-02T01:00:00Z', ...args], {}, 150_000);

  it('prints the fields of each card and, with --save, creates the contacts', () => {
    const r = cli('capture', join(CARDS, 'card-004.jpg'), join(CARDS, 'card-003.jpg'), '--save');
    expect(r.status, r.stderr).toBe(0);
    const out = r.json();
    expect(out).toHaveLength(2);
    expect(out.map((c: any) => c.file)).toEqual(['card-004.jpg', 'card-003.jpg']);
    for (const c of out) {
      expect(Object.keys(c.fields)).toEqual([...CARD_FIELDS]);
      expect(Object.keys(c.confidence)).toEqual([...CARD_FIELDS]);
      expect(c.text.length).toBeGreaterThan(20);
      expect(c.contact.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(out[0].fields.name).toBe('임유진');
    expect(out[1].fields.name).toBe('Brian Park');

    const shown = cli('contact', 'show', out[1].contact.id).json();
    expect(shown).toMatchObject({ name: 'Brian Park', source: 'card', stage: 'prospect', title: out[1].fields.title, company: out[1].fields.company });
    const mobile = shown.points.find((p: any) => p.kind === 'mobile');
    expect(mobile).toMatchObject({ normalized: '+821075424829', status: 'verified', verifiedVia: 'card', verifiedAt: '2026-03-02T01:00:00.000Z' });
    expect(shown.points.map((p: any) => p.kind)).toEqual(expect.arrayContaining(['mobile', 'phone', 'email', 'url', 'address']));
  }, 160_000);

  it('reports the same card again as a duplicate of the saved contact', () => {
    const r = cli('capture', join(CARDS, 'card-003.jpg'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.json()[0].duplicates.map((d: any) => [d.name, d.matched])).toEqual([['Brian Park', 'mobile']]);
  }, 160_000);

  it('a file that is not an image: a typed error on stderr, exit 2, nothing on stdout', () => {
    const bad = join(dir.path, 'notes.jpg');
    writeFileSync(bad, 'not a picture');
    const r = cli('capture', bad);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr).error).toMatchObject({ code: 'unreadable-image' });
  }, 160_000);

  it('needs an image', () => {
    const r = cli('capture');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stderr).error.message).toMatch(/at least one image/);
  });

  it('prints readable lines without --json', () => {
    const r = runCli(['--data-dir', dir.path, 'capture', join(CARDS, 'card-004.jpg')], {}, 150_000);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^card-004\.jpg/);
    expect(r.stdout).toMatch(/name\s+임유진/);
    expect(r.stdout).toMatch(/already in the book: 임유진/);
  }, 160_000);
});
