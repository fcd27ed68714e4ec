// A 12 MB photo in a vCard (issue 5 limits): imported as a downscaled JPEG attachment, without
// the photo's bytes ever reaching the database; an unreadable photo costs a warning, not the person.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend, rows, type TestBackend } from '../support/backend.js';

let t: TestBackend;
beforeAll(async () => { t = await openTestBackend(); });
afterAll(() => t.close());

const vcard = (name: string, photoB64: string, tel = '010-5555-6666') => Buffer.from(
  ['BEGIN:VCARD', 'VERSION:3.0', `FN:${name}`, `TEL;TYPE=CELL:${tel}`, `PHOTO;ENCODING=b;TYPE=JPEG:${photoB64}`, 'END:VCARD', ''].join('\r\n'));

describe('photos', { timeout: 120_000 }, () => {
  it('a 12 MB photo becomes a small JPEG attachment', async () => {
    // Noise does not compress: 2,400 × 2,000 px at quality 100 is ~12 MB of JPEG.
    const w = 2400, h = 2000;
    const noise = Buffer.alloc(w * h * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const big = await sharp(noise, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 100, chromaSubsampling: '4:4:4' }).toBuffer();
    expect(big.length).toBeGreaterThan(8_000_000);
    const r = await t.b.services.imports.importFiles([{ name: 'big.vcf', bytes: vcard('사진 많은 사람', big.toString('base64')) }]);
    expect(r).toMatchObject({ imported: 1, skipped: 0 });
    const [a] = rows<{ kind: string; mime: string; data: Buffer }>(t.db, 'SELECT kind, mime, data FROM attachments');
    expect(a).toMatchObject({ kind: 'photo', mime: 'image/jpeg' });
    expect(a!.data.length).toBeLessThan(300_000);
    const meta = await sharp(a!.data).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBe(512);
  });

  it('a broken photo is a warning; the person is imported', async () => {
    const r = await t.b.services.imports.importFiles([{ name: 'bad.vcf', bytes: vcard('깨진 사진', Buffer.from('not a jpeg at all').toString('base64'), '010-7777-8888') }]);
    expect(r).toMatchObject({ imported: 1, skipped: 0 });
    expect(r.files[0]!.warnings.map((w) => w.reason)).toEqual([expect.stringMatching(/^photo: not a readable image/)]);
  });
});
