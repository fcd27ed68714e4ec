// capture.recognize end to end on rendered cards (test/fixtures/cards, made by make-cards.ts):
// the real tesseract worker with the npm trained data, sharp preprocessing, the parser, and
// duplicates from the book. One backend (one warm worker) for the file; it must shut down cleanly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecognizedCard } from '../../shared/contract/capture.js';
import { AppError } from '../../shared/errors.js';
import { createOcrEngine } from '../../electron/backend/capture/ocr-engine.js';
import { textBands, upsideDown } from '../../electron/backend/capture/orientation.js';
import { prepareImage } from '../../electron/backend/capture/preprocess.js';
import { createRecognizeService } from '../../electron/backend/services/recognize.js';
import { expectAppError, openTestBackend, type TestBackend } from '../support/backend.js';

const CARDS = join(import.meta.dirname, '../fixtures/cards');
const truth = (JSON.parse(readFileSync(join(CARDS, 'truth.json'), 'utf8')) as { id: string; truth: Record<string, string> }[]);
const truthOf = (id: string) => truth.find((t) => t.id === id)!.truth;
const image = (file: string, bytes = readFileSync(join(CARDS, file))) => ({ name: file, mime: 'image/jpeg' as const, dataBase64: bytes.toString('base64') });
const digits = (s: string) => s.replace(/\D/g, '').replace(/^82/, '0');

let t: TestBackend;
const read = new Map<string, RecognizedCard>();
const recognize = async (file: string) => {
  if (!read.has(file)) read.set(file, await t.b.invoke('capture.recognize', { image: image(file) }));
  return read.get(file)!;
};

beforeAll(async () => {
  t = await openTestBackend();
}, 60_000);
afterAll(() => t.close());

describe('capture.recognize on rendered cards', () => {
  it('reads a Korean card: name, title, mobile and company, with confidences and boxes on the preview', async () => {
    const c = await recognize('card-001.jpg');
    const want = truthOf('card-001');
    expect(c.fields.name).toBe(want.name);
    expect(c.fields.title).toBe(want.title);
    expect(c.fields.company).toBe(want.company);
    expect(digits(c.fields.mobile)).toBe(digits(want.mobile!));
    expect(c.rotation).toBe(0);
    expect(c.confidence.name).toBeGreaterThan(0.5);
    expect(c.confidence.name).toBeLessThanOrEqual(1);
    const box = c.boxes.name!;
    for (const v of [box.x, box.y, box.w, box.h, box.x + box.w, box.y + box.h]) { expect(v).toBeGreaterThanOrEqual(0); expect(v).toBeLessThanOrEqual(1); }
    // The name is printed on the left, under the company line.
    expect(box.x).toBeLessThan(0.3);
    expect(box.y).toBeGreaterThan(c.boxes.company!.y);
    expect(c.text).toContain(c.fields.mobile);
    expect(c.preview.mime).toBe('image/jpeg');
    const meta = await sharp(Buffer.from(c.preview.dataBase64, 'base64')).metadata();
    expect([meta.width, meta.height]).toEqual([c.preview.width, c.preview.height]);
    expect(c.preview.width).toBeGreaterThan(c.preview.height);
    expect(c.duplicates).toEqual([]);
  }, 60_000);

  it('reads an English card with +82 numbers', async () => {
    const c = await recognize('card-003.jpg');
    const want = truthOf('card-003');
    expect(c.fields.name).toBe(want.name);
    expect(c.fields.title).toBe(want.title);
    expect(c.fields.email).toBe(want.email);
    expect(digits(c.fields.mobile)).toBe(digits(want.mobile!));
    expect(digits(c.fields.phone)).toBe(digits(want.phone!));
  }, 60_000);

  it('turns a card photographed sideways upright (rotation 270) and reads it', async () => {
    const c = await recognize('card-019.jpg');
    expect(c.rotation).toBe(270);
    expect(c.preview.width).toBeGreaterThan(c.preview.height);
    expect(digits(c.fields.mobile)).toBe(digits(truthOf('card-019').mobile!));
  }, 90_000);

  it('turns an upside-down card over (rotation 180) and reads it', async () => {
    const c = await recognize('card-028.jpg');
    expect(c.rotation).toBe(180);
    expect(c.fields.name).toBe(truthOf('card-028').name);
    expect(digits(c.fields.mobile)).toBe(digits(truthOf('card-028').mobile!));
  }, 90_000);

  it('tells which way up a card is from a few of its text lines, without reading the whole card', async () => {
    const engine = createOcrEngine();
    try {
      const gray = async (file: string) => (await prepareImage(readFileSync(join(CARDS, file)))).gray;
      const upright = await gray('card-003.jpg');
      const bands = await textBands(upright);
      // Body lines (the name printed big is left out), each a fraction of the card's height.
      expect(bands.length).toBeGreaterThanOrEqual(3);
      for (const b of bands) expect(b.bottom - b.top).toBeLessThan((await sharp(upright).metadata()).height! * 0.12);
      expect(await upsideDown(engine, upright)).toBe(0);
      expect(await upsideDown(engine, await sharp(upright).rotate(180).png().toBuffer())).toBe(180);
      expect(await upsideDown(engine, await gray('card-028.jpg'))).toBe(180);
    } finally {
      await engine.close();
    }
  }, 90_000);

  it('stops its OCR workers after a while without a card, and starts them again for the next one', async () => {
    const r = createRecognizeService(t.b.ctx, { idleStopMs: 100 });
    try {
      const bytes = readFileSync(join(CARDS, 'card-003.jpg'));
      expect(r.running()).toBe(false);
      expect((await r.recognizeBytes('card-003.jpg', bytes)).fields.name).toBe(truthOf('card-003').name);
      expect(r.running()).toBe(true);
      await expect.poll(() => r.running(), { timeout: 5_000 }).toBe(false);
      expect((await r.recognizeBytes('card-003.jpg', bytes)).fields.name).toBe(truthOf('card-003').name);
    } finally {
      await r.close();
    }
  }, 60_000);

  it('blanks the outer edge of a card warped out of a desk photo (the trace of its edge was read as glyphs)', async () => {
    const edgeInk = async (file: string) => {
      const { data, info } = await sharp((await prepareImage(readFileSync(join(CARDS, file)))).gray).raw().toBuffer({ resolveWithObject: true });
      let dark = 0;
      for (let y = 0; y < info.height; y++) for (const x of [0, 3, info.width - 4, info.width - 1]) if (data[(y * info.width + x) * info.channels]! < 200) dark++;
      return dark;
    };
    expect(await edgeInk('card-067.jpg')).toBe(0);
    expect(await edgeInk('card-049.jpg')).toBe(0);
  }, 60_000);

  it('straightens a card photographed steeply on a desk (perspective) and reads it', async () => {
    const c = await recognize('card-067.jpg');
    const want = truthOf('card-067');
    // The preview is the card alone, warped to a rectangle: about a card's 1.75 aspect, no desk.
    expect(c.preview.width / c.preview.height).toBeGreaterThan(1.5);
    expect(c.preview.width / c.preview.height).toBeLessThan(2.2);
    expect(c.fields.name).toBe(want.name);
    expect(digits(c.fields.mobile)).toBe(digits(want.mobile!));
    expect(c.fields.email).toBe(want.email);
  }, 60_000);

  it('lists the contacts that already have the card’s mobile or e-mail', async () => {
    const want = truthOf('card-003');
    const a = await t.b.invoke('contacts.add', { name: 'Brian P.', company: 'Old Co', points: [{ kind: 'mobile', value: '010-7542-4829' }] });
    const b = await t.b.invoke('contacts.add', { name: 'B. Park', points: [{ kind: 'email', value: want.email!.toUpperCase() }] });
    const trashed = await t.b.invoke('contacts.add', { name: 'Trashed', points: [{ kind: 'mobile', value: '010-7542-4829' }] });
    await t.b.invoke('contacts.delete', { id: trashed.id });
    read.delete('card-003.jpg');
    const c = await recognize('card-003.jpg');
    expect(c.duplicates).toEqual(expect.arrayContaining([
      { id: a.id, name: 'Brian P.', stage: 'prospect', company: 'Old Co', matched: 'mobile' },
      { id: b.id, name: 'B. Park', stage: 'prospect', company: null, matched: 'email' },
    ]));
    expect(c.duplicates.map((d) => d.id)).not.toContain(trashed.id);
  }, 60_000);
});

describe('capture.recognize on bad images', () => {
  it('refuses bytes that are not an image with a typed error', async () => {
    const e = await expectAppError(t.b.invoke('capture.recognize', { image: image('x.jpg', Buffer.from('this is not a picture at all')) }), 'unreadable-image');
    expect(e.message).toMatch(/could not be read as a picture/);
  });

  it('refuses an image too small to hold a card', async () => {
    const tiny = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer();
    const e = await expectAppError(t.b.invoke('capture.recognize', { image: image('tiny.png', tiny) }), 'unreadable-image');
    expect(e.message).toMatch(/too small/);
  });

  it('random and truncated bytes: a typed error or a reading, never a crash or a hang', async () => {
    const card = readFileSync(join(CARDS, 'card-004.jpg'));
    await fc.assert(fc.asyncProperty(
      fc.oneof(
        fc.uint8Array({ minLength: 1, maxLength: 4096 }).map((a) => Buffer.from(a)),
        fc.integer({ min: 1, max: 2000 }).map((n) => card.subarray(0, n)),
        // A real JPEG header followed by noise.
        fc.uint8Array({ minLength: 0, maxLength: 2048 }).map((a) => Buffer.concat([card.subarray(0, 600), Buffer.from(a)])),
      ),
      async (bytes) => {
        try {
          const r = await t.b.invoke('capture.recognize', { image: image('fuzz.jpg', bytes) });
          expect(typeof r.text).toBe('string');
        } catch (e) {
          expect(e).toBeInstanceOf(AppError);
          expect((e as AppError).code).toBe('unreadable-image');
        }
      },
    ), { numRuns: 40, seed: 6 });
  }, 120_000);
});
