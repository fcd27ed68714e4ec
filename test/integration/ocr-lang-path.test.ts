// One function finds the Korean + English trained data for every way Inyeon runs (dev, CLI,
// browser mode: npm's files via a temp folder; the packaged app: resources/ocr-data), and the
// duplicate lookup behind capture.recognize stays on the points index.
import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OCR_LANGS, npmTrainedData, resolveOcrLangPath } from '../../electron/backend/capture/lang-path.js';
import { ownersOfPoints } from '../../electron/backend/db/points-repo.js';
import { preparedSql } from '../../electron/backend/db/statements.js';
import { openTestBackend } from '../support/backend.js';
import { tempDir } from '../support/temp.js';

describe('resolveOcrLangPath', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('from sources: one folder outside the working directory with both languages, the npm files themselves', () => {
    const dir = resolveOcrLangPath([]);
    expect(dir.startsWith(process.cwd())).toBe(false);
    for (const lang of OCR_LANGS) {
      const f = join(dir, `${lang}.traineddata.gz`);
      expect(existsSync(f), f).toBe(true);
      expect(realpathSync(f)).toBe(realpathSync(npmTrainedData(lang)));
    }
    // Asking again reuses the folder.
    expect(resolveOcrLangPath([])).toBe(dir);
  });

  it('prefers a complete packaged folder (resources/ocr-data) and skips an incomplete one', () => {
    const packaged = join(tmp.path, 'resources', 'ocr-data');
    const partial = join(tmp.path, 'partial');
    mkdirSync(packaged, { recursive: true });
    mkdirSync(partial, { recursive: true });
    for (const lang of OCR_LANGS) writeFileSync(join(packaged, `${lang}.traineddata.gz`), 'x');
    writeFileSync(join(partial, 'kor.traineddata.gz'), 'x');
    expect(resolveOcrLangPath([partial, packaged])).toBe(packaged);
    expect(resolveOcrLangPath([partial])).not.toBe(partial);
  });

  it('INYEON_OCR_LANG_PATH overrides', () => {
    process.env.INYEON_OCR_LANG_PATH = tmp.path;
    try { expect(resolveOcrLangPath()).toBe(tmp.path); } finally { delete process.env.INYEON_OCR_LANG_PATH; }
  });
});

describe('duplicate lookup', () => {
  it('finds owners of a number or e-mail through the points_normalized index', async () => {
    const t = await openTestBackend();
    try {
      const a = await t.b.invoke('contacts.add', { name: '김철수', points: [{ kind: 'mobile', value: '010-1234-5678' }, { kind: 'email', value: 'Kim@Example.com' }] });
      for (let i = 0; i < 30; i++) await t.b.invoke('contacts.add', { name: `이름${i}`, points: [{ kind: 'mobile', value: `010-2222-${1000 + i}` }] });
      expect(ownersOfPoints(t.db, ['mobile', 'phone'], ['+821012345678']).map((o) => o.id)).toEqual([a.id]);
      expect(ownersOfPoints(t.db, ['email'], ['kim@example.com']).map((o) => [o.id, o.kind])).toEqual([[a.id, 'email']]);
      expect(ownersOfPoints(t.db, ['email'], [])).toEqual([]);
      const sql = preparedSql(t.db).find((s) => s.includes('json_each') && s.includes('p.normalized IN'))!;
      const plan = (t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('["mobile"]', '["+821012345678"]') as { detail: string }[]).map((r) => r.detail);
      expect(plan.join('\n')).toMatch(/SEARCH p USING INDEX points_normalized/);
      expect(plan.join('\n')).not.toMatch(/SCAN (p|contact_points)\b(?! USING)/);
    } finally {
      await t.close();
    }
  });
});
