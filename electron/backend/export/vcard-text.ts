// The text layer of vCard (RFC 2426 for 3.0, RFC 6350 for 4.0): value escaping and line folding.
// Written by hand rather than with ical.js's serializer: ical.js folds at 75 octets *before* the
// leading space of a continuation line (76-octet lines), and we need 3.0's and 4.0's structured
// values (N, ADR, ORG) escaped component by component.

/** A text value: backslash, comma, semicolon and line breaks escaped (the same in 3.0 and 4.0). */
export function escapeText(s: string): string {
  return s.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** A structured value (N, ADR, ORG): each component escaped, joined with `;`. */
export const structured = (parts: (string | null | undefined)[]): string => parts.map((p) => escapeText(p ?? '')).join(';');

/** A list value (CATEGORIES): each item escaped, joined with `,`. */
export const listValue = (items: string[]): string => items.map(escapeText).join(',');

const utf8Length = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * Fold one content line so no physical line exceeds 75 octets of UTF-8 (the CRLF not counted,
 * the continuation's leading space counted). Breaks fall between code points, never inside a
 * character's bytes; unfolding (removing CRLF + one space) gives the line back exactly.
 */
export function foldLine(line: string, max = 75): string {
  // Most lines are short: a UTF-16 unit is at most 3 UTF-8 bytes (a surrogate pair 4 for 2 units).
  if (line.length * 3 <= max || Buffer.byteLength(line, 'utf8') <= max) return line;
  let out = '';
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (bytes + n > max) {
      out += `${current}\r\n`;
      current = ' ';
      bytes = 1;
    }
    current += ch;
    bytes += n;
  }
  return out + current;
}
