// capture.recognize: a card image → reviewed-ready fields, offline. The OCR engine (two
// tesseract.js worker threads) starts on the first card and stops after a few idle minutes (its
// workers hold ~260 MB once they have read; the next card starts them again in ~0.6 s) or with
// the backend.
import type { CardBox, CardField, CardImage, RecognizedCard } from '../../../shared/contract/capture.js';
import { leadingHangul, parseCardTraced, type CardLine, type TracedCard } from '../../../shared/rules/card-parser.js';
import { analyzePhone } from '../../../shared/rules/phone.js';
import { normalizeEmail, isEmailShaped } from '../../../shared/rules/email.js';
import { AppError } from '../../../shared/errors.js';
import type { Context } from '../context.js';
import { ownersOfPoints } from '../db/points-repo.js';
// Types only: tesseract.js and sharp load on the first card, so every other CLI command and the
// app's start do not pay for them.
import type { OcrEngine, OcrEngineOptions, OcrResult } from '../capture/ocr-engine.js';

/** Second looks at whole lines per card (each costs one line recognition). */
const MAX_LINE_REREADS = 2;
/** The whole recognition of one card, however the image misbehaves. */
const CARD_TIMEOUT_MS = 60_000;
/** The engine stops after this long without a card. */
const IDLE_STOP_MS = 5 * 60_000;

export function createRecognizeService(ctx: Context, opts: OcrEngineOptions & { idleStopMs?: number } = {}) {
  // The promise is kept, so two first cards at once share one engine.
  let engine: Promise<OcrEngine> | null = null;
  const ocr = () => (engine ??= import('../capture/ocr-engine.js').then((m) => m.createOcrEngine(opts)));
  let busy = 0;
  let idleTimer: NodeJS.Timeout | null = null;
  const stop = async () => { const e = engine; engine = null; await (await e)?.close(); };
  /** Counts a card in; the returned function counts it out and, if none is left, arms the idle stop. */
  const enter = () => {
    busy++;
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    return () => {
      if (--busy > 0) return;
      idleTimer = setTimeout(() => { idleTimer = null; if (busy === 0) void stop(); }, opts.idleStopMs ?? IDLE_STOP_MS);
      idleTimer.unref();
    };
  };

  async function recognizeBytes(file: string, bytes: Buffer): Promise<RecognizedCard> {
    const leave = enter();
    try {
      return await recognizeCard(file, bytes);
    } finally {
      leave();
    }
  }

  async function recognizeCard(file: string, bytes: Buffer): Promise<RecognizedCard> {
    const started = performance.now();
    const [{ readCard }, { rereadFieldLine, rereadEmail, rereadName }] = await Promise.all([import('../capture/read-card.js'), import('../capture/field-reread.js')]);
    const parse = async () => {
      const engine = await ocr();
      const reading = await readCard(engine, bytes);
      // The large lines go last: the parser takes the first company or title it finds, the tallest name.
      let lines = toCardLines({ ...reading.ocr, lines: [...reading.ocr.lines, ...reading.large] }, reading.preview.width, reading.preview.height);
      let traced = parseCardTraced(lines);
      // A doubtful company line is read once more on its own (field-reread.ts). When that line
      // turns out to be something else (the big name, misread as "Clin"), the line the parser
      // takes for the company next gets its second look too.
      const reread = new Set<CardLine>();
      for (let n = 0; n < MAX_LINE_REREADS; n++) {
        const words = traced.words.company;
        if (!words?.length || [...reread].some((l) => l.words.includes(words[0]!))) break;
        const again = await rereadFieldLine(engine, reading.image, lines, words);
        if (!again) break;
        for (const l of again) if (!lines.includes(l)) reread.add(l);
        lines = again;
        traced = parseCardTraced(lines);
      }
      // A short big name — one or two syllables, or none found beside a big lone family name —
      // gets a look of its own, widened to the right (field-reread.ts#rereadName).
      const nameLine = shortNameLine(lines, traced);
      if (nameLine) {
        const better = await rereadName(engine, reading.image, nameLine.line, nameLine.first);
        if (better) traced = { ...traced, fields: { ...traced.fields, name: better } };
      }
      // A doubtful e-mail gets a look of its own (field-reread.ts#rereadEmail).
      const email = traced.words.email;
      if (email?.length && traced.fields.email && traced.fields.name) {
        const better = await rereadEmail(engine, reading.image, email, traced.fields.email, traced.fields.name);
        if (better) traced = { ...traced, fields: { ...traced.fields, email: better } };
      }
      const { words: _, ...parsed } = traced;
      return { reading, parsed };
    };
    const { reading, parsed } = await withDeadline(parse(), CARD_TIMEOUT_MS);
    return {
      file,
      ...parsed,
      text: reading.ocr.text,
      preview: { mime: 'image/jpeg', dataBase64: reading.preview.jpeg.toString('base64'), width: reading.preview.width, height: reading.preview.height },
      rotation: reading.rotation,
      ms: Math.round(performance.now() - started),
      duplicates: duplicatesOf(parsed.fields),
    };
  }

  function duplicatesOf(f: Record<CardField, string>): RecognizedCard['duplicates'] {
    const phones: string[] = [];
    for (const v of [f.mobile, f.phone]) {
      if (!v) continue;
      const info = analyzePhone(v);
      if (info.valid) phones.push(info.normalized);
    }
    const email = f.email && isEmailShaped(f.email) ? normalizeEmail(f.email) : null;
    const owners = [
      ...ownersOfPoints(ctx.db, ['mobile', 'phone'], phones),
      ...(email ? ownersOfPoints(ctx.db, ['email'], [email]) : []),
    ];
    const mobileN = f.mobile ? analyzePhone(f.mobile).normalized : null;
    const seen = new Set<string>();
    const out: RecognizedCard['duplicates'] = [];
    for (const o of owners) {
      if (seen.has(o.id)) continue;
      seen.add(o.id);
      const matched = o.kind === 'email' ? 'email' : o.normalized === mobileN ? 'mobile' : 'phone';
      out.push({ id: o.id, name: o.name, stage: o.stage, company: o.company, matched });
    }
    return out;
  }

  return {
    /** capture.recognize: the image as the contract carries it (base64). */
    recognize(image: CardImage): Promise<RecognizedCard> {
      const bytes = Buffer.from(image.dataBase64, 'base64');
      if (bytes.length === 0) throw new AppError('unreadable-image', 'The image file is empty.');
      return recognizeBytes(image.name, bytes);
    },
    /** The CLI and the bench read files directly. */
    recognizeBytes,
    /** Starts the OCR workers ahead of the first card. */
    warm: async () => { const leave = enter(); try { await (await ocr()).warm(); } finally { leave(); } },
    /** Whether the OCR workers are up (they stop after IDLE_STOP_MS without a card). */
    running: () => engine !== null,
    close: async () => { if (idleTimer) clearTimeout(idleTimer); idleTimer = null; await stop(); },
  };
}

export type RecognizeService = ReturnType<typeof createRecognizeService>;

function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AppError('ocr-timeout', `Recognising the card took longer than ${ms / 1000} s and was stopped.`)), ms);
      timer.unref();
    }),
  ]);
}

/** OCR pixels → the parser's lines with boxes as fractions of the preview. */
/**
 * The line of a name that may have lost a syllable: the parser's name when it is one or two Hangul
 * syllables and its line holds nothing more in Hangul; with no name, the tallest line that starts
 * with a single Hangul syllable and has no digits ("박 =" on a dark card). Null otherwise.
 */
function shortNameLine(lines: CardLine[], traced: TracedCard): { line: CardLine; first: string } | null {
  const words = traced.words.name;
  if (traced.fields.name) {
    if (!words?.length || !/^[가-힣]{1,2}$/.test(traced.fields.name)) return null;
    const line = lines.find((l) => l.words.includes(words[0]!));
    const first = line ? leadingHangul(line.words) : '';
    return line && first === traced.fields.name ? { line, first } : null;
  }
  const height = (l: CardLine) => Math.max(...l.words.map((w) => w.box.h));
  const lone = lines.filter((l) => l.words.length && /^[가-힣]$/.test(l.words[0]!.text.trim()) && leadingHangul(l.words).length === 1
    && !l.words.some((w) => /\d/.test(w.text)));
  const median = [...lines.map(height)].sort((a, b) => a - b)[Math.floor(lines.length / 2)] ?? 0;
  const tallest = lone.sort((a, b) => height(b) - height(a))[0];
  return tallest && height(tallest) >= median * 1.6 ? { line: tallest, first: leadingHangul(tallest.words) } : null;
}

export function toCardLines(ocr: OcrResult, width: number, height: number): CardLine[] {
  const box = (b: { x0: number; y0: number; x1: number; y1: number }): CardBox => ({
    x: round(b.x0 / width), y: round(b.y0 / height), w: round((b.x1 - b.x0) / width), h: round((b.y1 - b.y0) / height),
  });
  return ocr.lines.map((l) => ({ words: l.words.map((w) => ({ text: w.text, confidence: w.confidence, box: box(w.bbox) })) }));
}

const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 10_000) / 10_000;
