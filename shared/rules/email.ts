// E-mail addresses are compared case-insensitively. We check shape only: deliverability is what
// verification (an e-mail reply, a bounce) tells us.
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const normalizeEmail = (raw: string): string => raw.trim().toLowerCase();
export const isEmailShaped = (raw: string): boolean => EMAIL_RE.test(raw.trim());
