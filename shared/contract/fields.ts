// Field schemas reused across groups. Messages are short English sentences; the UI shows its own
// words per `path`, the CLI prints these.
import { z } from 'zod';
import { isBirthday, isCalendarDate, isValidTimeZone } from '../rules/time.js';

export const Id = z.string().uuid({ message: 'must be an id' });
export const CalendarDateField = z.string().refine(isCalendarDate, { message: 'must be a date YYYY-MM-DD' });
export const BirthdayField = z.string().trim().refine(isBirthday, { message: 'must be YYYY-MM-DD or --MM-DD' });
export const InstantField = z.string().refine((s) => !Number.isNaN(Date.parse(s)) && /\d{4}-\d{2}-\d{2}T/.test(s), {
  message: 'must be an ISO-8601 date-time',
});
export const TimeZoneField = z.string().refine(isValidTimeZone, { message: 'must be an IANA time zone' });

/** C0 control characters other than tab and newlines (and DEL) never belong in what people type. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const noControl = (s: string): boolean => !CONTROL.test(s);
const NO_CONTROL = { message: 'must not contain control characters' };

/** Required single-line text, trimmed. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, { message: 'is required' }).max(max, { message: `must be at most ${max} characters` }).refine(noControl, NO_CONTROL);

/** Optional free text: trimmed, empty → null. */
export const optionalText = (max: number) =>
  z.string().trim().max(max, { message: `must be at most ${max} characters` }).refine(noControl, NO_CONTROL).nullish()
    .transform((v) => (v ? v : null));
