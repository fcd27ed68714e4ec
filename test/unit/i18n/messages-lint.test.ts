// Checks over the whole message tables that a reader of either language would otherwise find
// by walking through the app: Korean left in the English table, a message that was never
// translated, placeholders that differ between the languages or are never filled, "1 cards".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../../renderer/src/i18n/en.js';
import { ko } from '../../../renderer/src/i18n/ko.js';
import { translate } from '../../../renderer/src/i18n/translate.js';

const keys = Object.keys(en) as MessageKey[];
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
/** English messages that show Korean on purpose: the app's Korean name, the other language named in itself. */
const KOREAN_IN_ENGLISH_OK = new Set<string>(['app.altName', 'palette.switchLanguage']);
/** The same in both languages on purpose (key names). */
const SAME_IN_BOTH_OK = new Set<string>(['touch.saveHint']);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)[}:]/g)].map((m) => m[1]).sort();

describe('message tables', () => {
  it('English messages are English (Korean only where quoted “…” or on purpose)', () => {
    const korean = keys.filter((k) => !KOREAN_IN_ENGLISH_OK.has(k) && HANGUL.test(en[k].replace(/“[^”]*”/g, '')));
    expect(korean.map((k) => `${k}: ${en[k]}`)).toEqual([]);
  });

  it('every Korean message is translated (not left as the English text)', () => {
    const same = keys.filter((k) => ko[k] === en[k] && !SAME_IN_BOTH_OK.has(k) && /[a-z]{3}/.test(en[k].replace(/\{[^}]*\}/g, '')));
    expect(same.map((k) => `${k}: ${en[k]}`)).toEqual([]);
  });

  it('both languages fill the same placeholders', () => {
    const differ = keys.filter((k) => placeholders(en[k]).join() !== placeholders(ko[k]).join());
    expect(differ.map((k) => `${k}: ${placeholders(en[k]).join()} / ${placeholders(ko[k]).join()}`)).toEqual([]);
  });

  it('a count of 1 never reads "1 cards" in English', () => {
    // Fill every placeholder with 1: a plural noun right after it is a count without its
    // `{n:noun|nouns}` form or `_one` message.
    const verbs = /^(is|has|holds|was|as|gets|does|its)$/;
    const bad = keys.filter((k) => !k.endsWith('_one')).flatMap((k) => {
      const text = translate('en', k, Object.fromEntries(placeholders(en[k]).map((p) => [p, 1])));
      return [...text.matchAll(/\b1 ([a-z]+s)\b/g)].filter((m) => !verbs.test(m[1]!)).map(() => `${k}: ${text}`);
    });
    expect(bad).toEqual([]);
  });
});

describe('message use in the renderer', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });

  // Comments (//, /* */, JSX's {/* */}) may quote Korean: they are not shown.
  it('no Korean is written straight into a component (it belongs in the message tables)', () => {
    const inline = files('renderer/src').filter((f) => f.endsWith('.tsx')).flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => HANGUL.test(line) && !/^\s*(\/\/|\*|\/\*|\{\/\*)/.test(line)).map(({ at, line }) => `${at}: ${line.trim()}`));
    expect(inline).toEqual([]);
  });

  it('a message with placeholders is never shown without its values', () => {
    const unfilled: string[] = [];
    for (const file of files('renderer/src')) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([\w.-]+)'\s*\)/g)) {
        const key = m[1] as MessageKey;
        if (key in en && /\{\w+[}:]/.test(en[key])) unfilled.push(`${file}: t('${key}') — ${en[key]}`);
      }
    }
    expect(unfilled).toEqual([]);
  });
});

describe('message files', () => {
  it('no key is defined in two message files (the later spread would silently win)', async () => {
    const dir = 'renderer/src/i18n/messages';
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      const mod = (await import(`../../../${dir}/${f}`)) as Record<string, Record<string, string>>;
      for (const [name, table] of Object.entries(mod)) {
        if (!name.endsWith('En')) continue;
        for (const k of Object.keys(table)) {
          if (seen.has(k)) twice.push(`${k}: ${seen.get(k)} and ${f}`);
          seen.set(k, f);
        }
      }
    }
    // en.ts's own keys (its literal, beside the spreads) count too.
    for (const m of readFileSync('renderer/src/i18n/en.ts', 'utf8').matchAll(/^\s+'([\w.-]+)':/gm)) {
      if (seen.has(m[1]!)) twice.push(`${m[1]}: ${seen.get(m[1]!)} and en.ts`);
    }
    expect(twice).toEqual([]);
  });
});
