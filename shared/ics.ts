// iCalendar (RFC 5545) for follow-ups: CRLF line ends, content lines folded at 75 octets of
// UTF-8 (never inside a character), text escaped, times in UTC, and the follow-up id as UID so
// importing a newer file updates events instead of duplicating them.
export interface IcsEvent {
  uid: string;
  start: string; // UTC instant
  minutes: number;
  summary: string;
  description?: string | null;
  /** Bumped when the follow-up changes, so calendars take the newer copy. */
  updatedAt: string;
}

const encoder = new TextEncoder();

export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Fold one content line: at most 75 octets per physical line, continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (octets + n > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export const icsUtc = (instant: string): string => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function buildIcs(events: IcsEvent[], stamp: string, name = 'Inyeon'): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Inyeon//Inyeon follow-ups//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(name)}`];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${icsUtc(stamp)}`,
      `LAST-MODIFIED:${icsUtc(e.updatedAt)}`,
      `DTSTART:${icsUtc(e.start)}`,
      `DTEND:${icsUtc(new Date(Date.parse(e.start) + e.minutes * 60_000).toISOString())}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
