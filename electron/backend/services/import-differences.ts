// Which single-valued fields a merged record has differently from the person it joins. A merge
// fills only what the person lacks; a field both have keeps the stored value, and the report
// (and a line in the person's notes) says so instead of dropping the file's value silently.
import { KEPT_FIELDS, type ImportFieldDifference, type KeptField } from '../../../shared/contract/import.js';

export type KeptValues = Record<KeptField, string | null>;

/** Case, width and spacing do not make a value different ("ACME  korea" is "ACME Korea"). */
const same = (a: string, b: string): boolean => a.normalize('NFKC').replace(/\s+/g, '').toLowerCase() === b.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

export function fieldDifferences(kept: KeptValues, file: KeptValues): ImportFieldDifference[] {
  const out: ImportFieldDifference[] = [];
  for (const field of KEPT_FIELDS) {
    const k = kept[field], f = file[field];
    if (k && f && !same(k, f)) out.push({ field, kept: k, file: f });
  }
  return out;
}
