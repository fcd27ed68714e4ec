// When two names at the same company are probably one person (issue 5, suggested duplicates):
// the same letters ignoring case, spaces and punctuation; the same words in another order
// ("Chulsoo Kim" / "Kim Chulsoo"); or one typo apart in a name of 3+ letters.

export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[\s.,·'’\-_()]/g, '');
}

const words = (name: string): string => name.normalize('NFC').toLowerCase().split(/[\s.,·\-_]+/).filter(Boolean).sort().join(' ');

export function similarNames(a: string, b: string): boolean {
  const ka = nameKey(a), kb = nameKey(b);
  if (!ka || !kb) return false;
  if (ka === kb || words(a) === words(b)) return true;
  const min = Math.min([...ka].length, [...kb].length);
  return min >= 3 && editDistanceAtMost1([...ka], [...kb]);
}

function editDistanceAtMost1(a: string[], b: string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
