// What a file is, decided before any parsing, so an unreadable file is rejected with one clear
// reason and nothing from it is imported (issue 5: "binary garbage, empty, wrong format").
import { decodeBytes, type TextEncodingName } from './encoding.js';

export type DetectedFile =
  | { kind: 'vcard' | 'csv'; text: string; encoding: TextEncodingName }
  | { kind: 'xlsx' }
  | { kind: 'unreadable'; reason: string };

/** Share of control or undecodable characters above which text is treated as binary. */
const MAX_BINARY_SHARE = 0.02;
/** How much of the start of the file is sampled to decide that it is binary. */
const SAMPLE = 64 * 1024;

export function detectFile(bytes: Uint8Array): DetectedFile {
  if (bytes.length === 0) return { kind: 'unreadable', reason: 'The file is empty.' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // An .xlsx is a zip whose entries start with "[Content_Types].xml" or "xl/"; other zips are not ours.
    const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, SAMPLE))).toString('latin1');
    if (head.includes('xl/') || head.includes('[Content_Types].xml')) return { kind: 'xlsx' };
    return { kind: 'unreadable', reason: 'The file is a zip archive, not a contact file or an Excel workbook.' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { kind: 'unreadable', reason: 'The file is an old Excel 97–2003 (.xls) workbook; save it as .xlsx or CSV first.' };
  }
  const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!isUtf16 && bytes.subarray(0, SAMPLE).includes(0)) {
    return { kind: 'unreadable', reason: 'The file contains binary data, not text (it is not a vCard or CSV file).' };
  }
  const decoded = decodeBytes(bytes);
  const { text } = decoded;
  if (text.trim() === '') return { kind: 'unreadable', reason: 'The file is empty.' };
  if (binaryShare(text) > MAX_BINARY_SHARE) {
    return { kind: 'unreadable', reason: `The file is not readable text in UTF-8 or CP949 (${decoded.replaced} undecodable characters); it may be binary or in another encoding.` };
  }
  if (/^[ \t]*BEGIN[ \t]*:[ \t]*VCARD[ \t]*$/im.test(text.slice(0, SAMPLE * 4)) || /^[ \t]*BEGIN:VCARD/im.test(text)) {
    return { kind: 'vcard', text, encoding: decoded.encoding };
  }
  if (looksLikeCsv(text)) return { kind: 'csv', text, encoding: decoded.encoding };
  return { kind: 'unreadable', reason: 'The file is text but neither a vCard (no BEGIN:VCARD) nor a CSV table with a header row.' };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function binaryShare(text: string): number {
  const sample = text.slice(0, SAMPLE);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f) bad++;
  }
  return bad / sample.length;
}

/** A header line with at least two cells separated by a comma, semicolon or tab. */
function looksLikeCsv(text: string): boolean {
  const first = text.replace(/^\s+/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  return /[,;\t]/.test(first) && first.replace(/[,;\t"\s]/g, '') !== '';
}
