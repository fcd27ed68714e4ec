// Browser mode's guard rails (DESIGN §2, §6): loopback only, a random per-launch token for
// every API call, and Host/Origin checks so a web page elsewhere cannot reach the book through
// DNS rebinding or a cross-site request. No CORS headers are ever sent.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { contentSecurityPolicy } from '../../shared/csp.js';

export const newToken = (): string => randomBytes(32).toString('base64url');

export function tokenMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The Host header must name our own loopback address and port, nothing else. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** An Origin, when a browser sends one, must be our own page's. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** Browser mode's page fetches the API from its own origin, and nothing else. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy({ connect: "'self'" });

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};
