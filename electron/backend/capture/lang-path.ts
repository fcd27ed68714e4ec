// The one place that finds the Korean + English trained data (DESIGN: OCR runs fully offline).
// tesseract.js reads every language from ONE `langPath` folder (language data passed as objects
// is broken in v7), but npm ships kor and eng in two packages. So:
//   - packaged app: electron-builder copies both files into resources/ocr-data (extraResources);
//   - a built tree: scripts/build-electron.mjs copies them into out/ocr-data;
//   - dev, CLI, tests, browser mode from sources: a folder in the OS temp dir holding links (or
//     copies, where links are refused) to the two files in node_modules — never the working dir.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const OCR_LANGS = ['kor', 'eng'] as const;
/** The LSTM-only integer models: a third of the size of the full ones and what OEM 1 needs. */
export const OCR_MODEL_DIR = '4.0.0_best_int';
export const OCR_DATA_FOLDER = 'ocr-data';

const fileOf = (lang: string) => `${lang}.traineddata.gz`;
/** Whether `dir` holds the trained data for every language we read. */
export const hasOcrData = (dir: string): boolean => OCR_LANGS.every((l) => existsSync(join(dir, fileOf(l))));

/** Where npm put `<lang>.traineddata.gz` (the package's model folder). */
export function npmTrainedData(lang: (typeof OCR_LANGS)[number]): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), OCR_MODEL_DIR, fileOf(lang));
}

/**
 * The langPath folder for tesseract.js. `candidates` are checked first (the packaged app's
 * resources folder, a built tree's out/ocr-data); INYEON_OCR_LANG_PATH overrides everything.
 */
export function resolveOcrLangPath(candidates: string[] = defaultCandidates()): string {
  const forced = process.env.INYEON_OCR_LANG_PATH;
  if (forced) return forced;
  for (const dir of candidates) if (hasOcrData(dir)) return dir;
  return linkedFolder();
}

function defaultCandidates(): string[] {
  const out: string[] = [];
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) out.push(join(resources, OCR_DATA_FOLDER));
  // out/main/index.mjs → out/ocr-data (a built tree, incl. the packaged app.asar's own copy).
  out.push(join(dirname(new URL(import.meta.url).pathname), '..', OCR_DATA_FOLDER));
  return out;
}

function linkedFolder(): string {
  const sources = OCR_LANGS.map((l) => npmTrainedData(l));
  // Keyed by where the files are and their sizes: a changed model package, or another checkout
  // of the app, gets a folder of its own.
  const key = createHash('sha256').update(sources.map((f) => `${f}\0${statSync(f).size}`).join('\0')).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `inyeon-ocr-data-${key}`);
  if (hasOcrData(dir)) return dir;
  mkdirSync(dir, { recursive: true });
  OCR_LANGS.forEach((l, i) => {
    const to = join(dir, fileOf(l));
    if (existsSync(to)) return;
    const part = `${to}.${process.pid}.tmp`;
    try { symlinkSync(sources[i]!, part); } catch { copyFileSync(sources[i]!, part); }
    try { renameSyncSafe(part, to); } catch { /* another process won the race: its file is the same */ }
  });
  return dir;
}

function renameSyncSafe(from: string, to: string): void {
  if (existsSync(to)) { rmSync(from, { force: true }); return; }
  renameSync(from, to);
}
