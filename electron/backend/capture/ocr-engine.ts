// Two tesseract.js workers (worker threads: recognition never blocks the backend's event loop),
// started on first use, reused for every card, and terminated when the backend closes.
// Every step has a time limit: a failed language load can hang instead of rejecting (TRAPS.md).
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createWorker, OEM, PSM, type Page, type Worker } from 'tesseract.js';
import { AppError } from '../../../shared/errors.js';
import { hasOcrData, OCR_LANGS, resolveOcrLangPath } from './lang-path.js';

export interface OcrWord { text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }
export interface OcrLine { text: string; confidence: number; bbox: OcrWord['bbox']; words: OcrWord[] }
export interface OcrResult { text: string; confidence: number; lines: OcrLine[] }

export interface OcrEngine {
  /**
   * Recognises one prepared (upright, grayscale) image: a whole card as sparse text, or with
   * `{ line: true }` a crop holding one line or word (the second look at a doubtful word).
   * `{ hangul: true }` (with `line`) reads no Latin letters: bold Korean, which the English
   * model otherwise claims as Latin scraps ("HAY EYA" for 비전네트웍스).
   */
  recognize(image: Buffer, opts?: { line?: boolean; hangul?: boolean; only?: string }): Promise<OcrResult>;
  /** Starts the worker now (the bench measures this; the app starts it on first use). */
  warm(): Promise<void>;
  close(): Promise<void>;
}

const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export interface OcrEngineOptions {
  langPath?: string;
  startTimeoutMs?: number;
  recognizeTimeoutMs?: number;
  /** Worker threads (default POOL). */
  workers?: number;
}

function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => AppError): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => { timer = setTimeout(() => reject(onTimeout()), ms); timer.unref(); }),
  ]);
}

/**
 * Our worker entry (ocr-worker.cjs, beside this module in the sources and beside index.mjs in a
 * build). Inside a packaged app it must be the unpacked copy (electron-builder.yml asarUnpack):
 * a worker thread cannot start from inside app.asar.
 */
export function ocrWorkerPath(): string {
  return fileURLToPath(new URL('./ocr-worker.cjs', import.meta.url)).replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/**
 * Workers in the pool. Tesseract reads on one thread; a card's steps that do not depend on each
 * other (its orientation lines and its page read, its doubtful words and its big-name strip)
 * run on the second core. Each worker holds the kor+eng models (~100 MB once it has read).
 */
const POOL = 2;

export function createOcrEngine(opts: OcrEngineOptions = {}): OcrEngine {
  let closed = false;
  const startMs = opts.startTimeoutMs ?? 20_000;
  const recognizeMs = opts.recognizeTimeoutMs ?? 30_000;
  const size = Math.max(1, opts.workers ?? POOL);

  /** One worker: its jobs run one after another, so a line job's mode (set, then restored) never leaks into another job. */
  interface Slot { worker: Promise<Worker> | null; queue: Promise<unknown>; pending: number }
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, queue: Promise.resolve(), pending: 0 }));

  const start = (slot: Slot): Promise<Worker> => {
    if (closed) return Promise.reject(new AppError('ocr-unavailable', 'Card recognition has been shut down.'));
    if (!slot.worker) {
      const langPath = resolveOcrLangPath(opts.langPath ? [opts.langPath] : undefined);
      // tesseract.js does not reject a missing language file: its worker waits forever. Say so now.
      if (!hasOcrData(langPath)) {
        return Promise.reject(new AppError('ocr-unavailable', `The Korean and English recognition data is missing from ${langPath}.`));
      }
      const starting = createWorker([...OCR_LANGS], OEM.LSTM_ONLY, {
        langPath,
        // Read the data from langPath only; never cache (write) trained data anywhere.
        cacheMethod: 'none',
        cachePath: tmpdir(),
        gzip: true,
        workerPath: ocrWorkerPath(),
        errorHandler: () => { /* rejections reach the awaiting call; the timeout covers a hang */ },
      }).then(async (w) => {
        await w.setParameters({ // Sparse text: a card is scattered lines in very different sizes; the automatic page layout
        // drops the big bold name as often as not.
        tessedit_pageseg_mode: PSM.SPARSE_TEXT, preserve_interword_spaces: '1', user_defined_dpi: '300' });
        return w;
      });
      const worker = withTimeout(starting, startMs, () => new AppError('ocr-unavailable', `The recognition engine did not start within ${startMs / 1000} s.`));
      slot.worker = worker;
      // A failed start is not cached: the next card tries again.
      worker.catch(() => {
        if (slot.worker === worker) slot.worker = null;
        void starting.then((w) => w.terminate(), () => undefined);
      });
    }
    return slot.worker;
  };

  return {
    warm: async () => { await Promise.all(slots.map(start)); },
    async recognize(image, ropts = {}) {
      // The least busy worker (the first when both are free: a lone job always finds it warm).
      const slot = slots.reduce((a, b) => (b.pending < a.pending ? b : a));
      slot.pending++;
      try {
        const w = await start(slot);
        const run = async () => {
          if (!ropts.line) return w.recognize(image, {}, { text: true, blocks: true });
          await w.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_LINE, ...(ropts.hangul ? { tessedit_char_blacklist: LATIN } : {}), ...(ropts.only ? { tessedit_char_whitelist: ropts.only } : {}) });
          try { return await w.recognize(image, {}, { text: true, blocks: true }); } finally {
            await w.setParameters({ tessedit_pageseg_mode: PSM.SPARSE_TEXT, ...(ropts.hangul ? { tessedit_char_blacklist: '' } : {}), ...(ropts.only ? { tessedit_char_whitelist: '' } : {}) });
          }
        };
        const job = slot.queue.then(run, run);
        slot.queue = job.then(() => undefined, () => undefined);
        const r = await withTimeout(job, recognizeMs, () => {
          // A stuck recognition poisons the worker: drop it, the next card starts a fresh one.
          slot.worker = null;
          void w.terminate().catch(() => undefined);
          return new AppError('ocr-timeout', `Recognition took longer than ${recognizeMs / 1000} s and was stopped.`);
        });
        return toResult(r.data);
      } finally {
        slot.pending--;
      }
    },
    async close() {
      closed = true;
      const workers = slots.map((s) => s.worker);
      for (const s of slots) s.worker = null;
      // A start that never settles (a hung worker) must not keep the process from exiting.
      await Promise.all(workers.map((w) => (w ? withTimeout(w.then((x) => x.terminate()), 5_000, () => new AppError('ocr-timeout', 'The OCR worker did not stop.')).catch(() => undefined) : undefined)));
    },
  };
}

function toResult(page: Page): OcrResult {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        const words = line.words.map((w) => ({ text: w.text, confidence: w.confidence / 100, bbox: w.bbox }));
        const text = words.map((w) => w.text).join(' ').trim();
        if (text) lines.push({ text, confidence: line.confidence / 100, bbox: line.bbox, words });
      }
    }
  }
  return { text: lines.map((l) => l.text).join('\n'), confidence: page.confidence / 100, lines };
}
