// vCard 2.1/3.0/4.0 → contact drafts. The pre-pass (vcard-prepass.ts) makes 3.0/4.0 text of
// each record; ical.js parses it; this file maps properties to the draft. Each record is parsed
// on its own, so one broken record is reported with its number and line and the rest import.
import ICAL from 'ical.js';
import type { PointKind } from '../../../shared/domain/enums.js';
import { parseImportDate } from './dates.js';
import { emptyRaw, finishRecord, type ImportExtras, type RawContact, type RecordResult } from './draft.js';
import { runSync, STEP, type Steps } from './steps.js';
import { normalizeRecord, splitRecords, type LogicalLine } from './vcard-prepass.js';

/** Photos above this are dropped with a warning; below it they are kept for downscaling later. */
export const MAX_PHOTO_BYTES = 16 * 1024 * 1024;

export interface VcardParse {
  records: RecordResult[];
  warnings: string[];
}

export const parseVcards = (text: string): VcardParse => runSync(parseVcardsSteps(text));

/** parseVcards in steps: the records are split in one go (fast), then parsed a step at a time. */
export function* parseVcardsSteps(text: string): Steps<VcardParse> {
  const { records, warnings } = splitRecords(text);
  const out: RecordResult[] = [];
  for (const [i, rec] of records.entries()) {
    if (i % STEP === 0) yield { done: i, total: records.length };
    try {
      const { text: norm, photos } = normalizeRecord(rec);
      const jcard = ICAL.parse(norm) as unknown;
      const comp = new ICAL.Component(jcard as never);
      const w = [...rec.warnings];
      const extras: ImportExtras = {};
      const raw = toRaw(comp, w, extras);
      const photo = photos[0] ? decodePhoto(photos[0], w) : null;
      if (photo) extras.photo = photo;
      out.push(finishRecord(rec.record, rec.line, raw, extras, w));
    } catch (e) {
      out.push({ record: rec.record, line: rec.line, error: `unreadable vCard record: ${(e as Error).message}`.slice(0, 300) });
    }
  }
  return { records: out, warnings };
}

type Prop = InstanceType<typeof ICAL.Property>;

const str = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v));
/** ical.js leaves `\;` (and in some places `\,`) escaped in 3.0 text; undo what remains. */
const unescape = (s: string) => (s.includes('\\') ? s.replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n') : s);
const values = (p: Prop): string[] => {
  const v = p.getFirstValue() as unknown;
  return Array.isArray(v) ? v.map((x) => unescape(str(x))) : [unescape(str(v))];
};
const allValues = (p: Prop): string[] => (p.getValues() as unknown[]).flatMap((v) => (Array.isArray(v) ? v : [v])).map((x) => unescape(str(x)));
// Loops, not flatMap/map/filter: this runs a few times for every number and e-mail of an import.
const types = (p: Prop): string[] => {
  const t = p.getParameter('type') as unknown;
  if (t === undefined || t === null || t === '') return [];
  const out: string[] = [];
  for (const x of Array.isArray(t) ? t : [t]) {
    for (const part of str(x).split(',')) {
      const v = part.trim().toLowerCase();
      if (v) out.push(v);
    }
  }
  return out;
};
const isPref = (p: Prop) => types(p).includes('pref') || p.getParameter('pref') !== undefined && p.getParameter('pref') !== null;

function toRaw(comp: InstanceType<typeof ICAL.Component>, warnings: string[], extras: ImportExtras): RawContact {
  const raw = emptyRaw();
  // The properties by name in one pass: asking ical.js by name scans them all each time (17
  // names a card; a third of a 100,000-card import's reading).
  const byName = new Map<string, Prop[]>();
  for (const p of comp.getAllProperties() as Prop[]) {
    const list = byName.get(p.name);
    if (list) list.push(p);
    else byName.set(p.name, [p]);
  }
  const all = (name: string): Prop[] => byName.get(name) ?? [];
  const first = (name: string): Prop | null => byName.get(name)?.[0] ?? null;
  // iPhone labels: `item1.TEL` + `item1.X-ABLabel:_$!<Mobile>!$_` (or a custom label as is).
  const labels = new Map<string, string>();
  for (const p of all('x-ablabel')) {
    const group = str(p.getParameter('group'));
    if (group) labels.set(group, str(p.getFirstValue()).replace(/^_\$!<(.*)>!\$_$/, '$1'));
  }
  const labelOf = (p: Prop): string | null => {
    const g = str(p.getParameter('group'));
    if (g && labels.has(g)) return labels.get(g)!;
    const t = types(p).filter((x) => !['pref', 'voice', 'internet', 'x400', 'cell', 'text'].includes(x));
    return t[0] ?? null;
  };
  const prefDone = new Set<PointKind>();
  const addPoint = (kind: PointKind, p: Prop, value: string) => {
    const primary = isPref(p) && !prefDone.has(kind);
    if (primary) prefDone.add(kind);
    raw.points.push({ kind, label: labelOf(p), value, primary });
  };

  const fn = first('fn');
  if (fn) raw.name = values(fn).join(' ').trim() || null;
  const n = first('n');
  if (n) {
    const [family = '', given = '', middle = ''] = values(n);
    raw.familyName = family.trim() || null;
    raw.givenName = [given, middle].map((s) => s.trim()).filter(Boolean).join(' ') || null;
  }
  const org = first('org');
  if (org) {
    const [company = '', ...units] = values(org);
    raw.company = company.trim() || null;
    raw.department = units.map((s) => s.trim()).filter(Boolean).join(' ') || null;
  }
  const title = first('title');
  if (title) raw.title = values(title).join(' ');
  // A NOTE is one text, but exporters often leave its commas unescaped and ical.js then splits
  // it into values: take them all back, or everything after the first comma is lost.
  const notes = all('note').map((p) => allValues(p).join(','));
  if (notes.length) raw.notes = notes.join('\n\n');
  for (const p of all('categories')) {
    raw.tags.push(...(p.getValues() as unknown[]).flatMap((v) => str(v).split(',')).map((s) => unescape(s).trim()));
  }
  for (const p of all('tel')) {
    // 4.0 writes `tel:+82-10-…;ext=12` URIs; the number is what people dial.
    const value = values(p).join('').replace(/^tel:/i, '').replace(/;ext=/i, ' ext. ');
    const t = types(p);
    const kind: PointKind = t.some((x) => x === 'cell' || x === 'mobile' || x === 'iphone') || /^mobile|^휴대/i.test(labelOf(p) ?? '') ? 'mobile' : 'phone';
    addPoint(kind, p, value);
  }
  for (const p of all('email')) addPoint('email', p, values(p).join('').replace(/^mailto:/i, ''));
  for (const p of all('adr')) addPoint('address', p, formatAddress(values(p)));
  for (const p of all('url')) addPoint('url', p, values(p).join(''));
  for (const p of all('x-socialprofile')) addPoint('url', p, values(p).join(''));
  for (const p of all('impp')) addPoint('messenger', p, values(p).join(''));

  const bday = first('bday');
  if (bday) {
    const d = parseImportDate(values(bday).join(''));
    if (d.warning) warnings.push(`birthday: ${d.warning}`);
    // iPhone/macOS 3.0 write a yearless birthday as 1604-05-02 with X-APPLE-OMIT-YEAR=1604.
    const omit = str(bday.getParameter('x-apple-omit-year'));
    raw.birthday = d.value && omit && d.value.startsWith(`${omit}-`) ? `--${d.value.slice(5)}` : d.value;
  }
  const ann = first('anniversary') ?? first('x-anniversary');
  if (ann) {
    const d = parseImportDate(values(ann).join(''));
    if (d.value) extras.anniversary = d.value;
    else if (d.warning) warnings.push(`anniversary: ${d.warning}`);
  }
  const related = (all('related')).map((p) => ({ type: types(p)[0] ?? null, value: values(p).join('') })).filter((r) => r.value);
  if (related.length) extras.related = related;
  const rev = first('rev');
  if (rev) {
    const s = values(rev).join('');
    const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2}):?(\d{2}))?/.exec(s);
    const t = iso ? Date.parse(`${iso[1]}-${iso[2]}-${iso[3]}T${iso[4] ?? '00'}:${iso[5] ?? '00'}:${iso[6] ?? '00'}Z`) : NaN;
    if (!Number.isNaN(t)) extras.rev = new Date(t).toISOString();
  }
  return raw;
}

/** ADR: [pobox, extended, street, locality, region, code, country]. Korean addresses read big → small. */
function formatAddress(parts: string[]): string {
  const [pobox = '', ext = '', street = '', locality = '', region = '', code = '', country = ''] = parts.map((s) => s.trim());
  if (/[\uAC00-\uD7A3]/.test(parts.join(''))) return [region, locality, street, ext, pobox, code && `(${code})`].filter(Boolean).join(' ');
  return [pobox, ext, street, [locality, region, code].filter(Boolean).join(' '), country].filter(Boolean).join(', ');
}

function decodePhoto(l: LogicalLine, warnings: string[]): ImportExtras['photo'] | null {
  const v = l.value.trim();
  if (/^(https?|file):/i.test(v)) return null; // a link, not the picture: nothing to keep offline
  const dataUri = /^data:([^;,]+)?(?:;base64)?,(.*)$/is.exec(v);
  const b64 = dataUri ? dataUri[2]! : v;
  // Base64 is 4 chars per 3 bytes: the cap is checked before decoding anything.
  if ((b64.length * 3) / 4 > MAX_PHOTO_BYTES) {
    warnings.push(`photo: larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB, not imported`);
    return null;
  }
  const bytes = Buffer.from(b64.replace(/\s+/g, ''), 'base64');
  if (bytes.length === 0) return null;
  const type = l.params.find((p) => p.name === 'TYPE' || p.name === 'MEDIATYPE')?.value ?? dataUri?.[1] ?? null;
  const mediaType = type ? (type.includes('/') ? type.toLowerCase() : `image/${type.toLowerCase()}`) : null;
  return { bytes: new Uint8Array(bytes), mediaType };
}
