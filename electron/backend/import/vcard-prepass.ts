// The part of vCard reading no library does (TRAPS "Files and text"): physical lines → logical
// lines (RFC folding, and vCard 2.1 quoted-printable `=` soft breaks, which continue on a line
// that does NOT start with whitespace), QP and CHARSET decoding, 2.1 bare parameters
// (`TEL;CELL;PREF:`) turned into TYPE=…, and the split into records with their line numbers.
// What comes out is vCard 3.0/4.0 text that ical.js parses.
import { decodeWithCharset } from './encoding.js';

export interface LogicalLine {
  /** 1-based physical line where this logical line starts. */
  line: number;
  group: string | null;
  /** Upper-cased property name without its group. */
  name: string;
  /** Parameters as written, names upper-cased; bare 2.1 parameters become TYPE values. */
  params: { name: string; value: string }[];
  value: string;
}

export interface RawRecord {
  record: number;
  line: number;
  lines: LogicalLine[];
  version: string | null;
  warnings: string[];
}

/** A value longer than this (other than a photo) is cut before parsing: no field needs it. */
export const MAX_VALUE_CHARS = 200_000;

export function splitRecords(text: string): { records: RawRecord[]; warnings: string[] } {
  const phys = text.split(/\r\n|\n|\r/);
  const records: RawRecord[] = [];
  const warnings: string[] = [];
  let cur: RawRecord | null = null;
  let strayLines = 0;
  for (let i = 0; i < phys.length; i++) {
    const startLine = i + 1;
    let logical = phys[i]!;
    // RFC 2425/6350 folding: a line starting with a space or tab continues the previous one.
    while (i + 1 < phys.length && /^[ \t]/.test(phys[i + 1]!) && !isQpSoftBroken(logical)) {
      logical += phys[++i]!.slice(1);
      if (logical.length > MAX_VALUE_CHARS * 2) logical = logical.slice(0, MAX_VALUE_CHARS * 2);
    }
    // vCard 2.1 quoted-printable: a trailing `=` is a soft break, the next line continues as is.
    while (isQpSoftBroken(logical) && i + 1 < phys.length && !/^(BEGIN|END):VCARD\s*$/i.test(phys[i + 1]!)) {
      logical = logical.slice(0, -1) + phys[++i]!;
    }
    if (logical.trim() === '') continue;
    const parsed = parseLine(logical, startLine);
    if (parsed === null) {
      if (cur) cur.warnings.push(`line ${startLine}: not a vCard property, skipped`);
      else strayLines++;
      continue;
    }
    if (parsed.name === 'BEGIN' && /^vcard$/i.test(parsed.value.trim())) {
      if (cur) {
        // A record missing END:VCARD ends where the next one begins; it is never merged into it.
        cur.warnings.push('END:VCARD missing; the record ends where the next one begins');
        records.push(cur);
      }
      cur = { record: records.length + 1, line: startLine, lines: [], version: null, warnings: [] };
      continue;
    }
    if (parsed.name === 'END' && /^vcard$/i.test(parsed.value.trim())) {
      if (cur) records.push(cur);
      cur = null;
      continue;
    }
    if (!cur) {
      strayLines++;
      continue;
    }
    if (parsed.name === 'VERSION') cur.version = parsed.value.trim();
    cur.lines.push(parsed);
  }
  if (cur) {
    cur.warnings.push('END:VCARD missing at the end of the file (the file may be cut short)');
    records.push(cur);
  }
  if (strayLines > 0) warnings.push(`${strayLines} line(s) outside BEGIN:VCARD … END:VCARD ignored`);
  return { records, warnings };
}

function isQpSoftBroken(logical: string): boolean {
  return logical.endsWith('=') && /QUOTED-PRINTABLE/i.test(logical.slice(0, logical.indexOf(':') + 1 || 200));
}

/** `group.NAME;P=V;BARE:value` → parts. Colons inside quoted parameter values do not end the name. */
function parseLine(raw: string, line: number): LogicalLine | null {
  let colon = -1;
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon <= 0) return null;
  const head = raw.slice(0, colon);
  const value = raw.slice(colon + 1);
  const parts = splitUnquoted(head, ';');
  const full = parts.shift()!.trim();
  const m = /^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$/.exec(full);
  if (!m) return null;
  const params: LogicalLine['params'] = [];
  for (const p of parts) {
    const eq = p.indexOf('=');
    if (eq === -1) {
      const bare = p.trim();
      if (!bare) continue;
      // vCard 2.1 allows bare parameters: `QUOTED-PRINTABLE`, `BASE64`, `CELL`, `PREF`…
      if (/^(QUOTED-PRINTABLE|BASE64|8BIT|7BIT|B)$/i.test(bare)) params.push({ name: 'ENCODING', value: bare });
      else params.push({ name: 'TYPE', value: bare });
    } else {
      params.push({ name: p.slice(0, eq).trim().toUpperCase(), value: p.slice(eq + 1).trim() });
    }
  }
  return { line, group: m[1] ?? null, name: m[2]!.toUpperCase(), params, value };
}

export function splitUnquoted(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const c of s) {
    if (c === '"') quoted = !quoted;
    if (c === sep && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Quoted-printable → bytes. Malformed escapes are kept literally rather than dropped. */
export function decodeQuotedPrintable(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3d /* = */) {
      const hex = s.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out.push(parseInt(hex, 16));
        i += 2;
        continue;
      }
      if (i === s.length - 1) continue; // a soft break left at the very end
    }
    if (c < 0x80) out.push(c);
    else for (const b of Buffer.from(s[i]!, 'utf8')) out.push(b); // already-decoded text around QP
  }
  return Uint8Array.from(out);
}

const param = (l: LogicalLine, name: string) => l.params.find((p) => p.name === name)?.value ?? null;

/**
 * Decodes QP/CHARSET values in place and returns 3.0/4.0 text for ical.js, plus the PHOTO lines,
 * which are taken out first: a 12 MB base64 photo is decoded by Buffer in one step instead of
 * going through a general parser.
 */
export function normalizeRecord(rec: RawRecord): { text: string; photos: LogicalLine[] } {
  const is21 = rec.version === null || rec.version.startsWith('2');
  const photos: LogicalLine[] = [];
  const out: string[] = ['BEGIN:VCARD'];
  for (const l of rec.lines) {
    if (l.name === 'PHOTO' || l.name === 'LOGO' || l.name === 'SOUND' || l.name === 'KEY') {
      if (l.name === 'PHOTO') photos.push(l);
      continue;
    }
    if (l.name === 'VERSION') {
      out.push(`VERSION:${is21 ? '3.0' : l.value.trim() === '4.0' ? '4.0' : '3.0'}`);
      continue;
    }
    let value = l.value.length > MAX_VALUE_CHARS ? l.value.slice(0, MAX_VALUE_CHARS) : l.value;
    const enc = param(l, 'ENCODING');
    const charset = param(l, 'CHARSET');
    if (enc && /^quoted-printable$/i.test(enc)) {
      value = escapeText(decodeWithCharset(decodeQuotedPrintable(value), charset));
    } else if (is21) {
      // 2.1 has no backslash escapes except `\;` in structured values; newlines never appear raw.
      value = value.replace(/\\(?![;,])/g, '\\\\').replace(/(?<!\\),/g, '\\,');
      if (structured(l.name)) value = value.replace(/\\,/g, ',');
    }
    const params = l.params
      .filter((p) => p.name !== 'ENCODING' && p.name !== 'CHARSET' && p.name !== 'VALUE' || (p.name === 'VALUE' && !is21))
      .map((p) => `;${p.name}=${p.value.replace(/[\r\n]/g, ' ')}`)
      .join('');
    out.push(`${l.group ? `${l.group}.` : ''}${l.name}${params}:${value}`);
  }
  if (!rec.lines.some((l) => l.name === 'VERSION')) out.splice(1, 0, 'VERSION:3.0');
  out.push('END:VCARD');
  return { text: out.join('\r\n'), photos };
}

/** Structured values (N, ADR, ORG) keep `;` as their component separator. */
const structured = (name: string) => name === 'N' || name === 'ADR' || name === 'ORG';

function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n').replace(/,/g, '\\,');
}
