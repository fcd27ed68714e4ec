// The renderer's CSP (shared/csp.ts): what card capture needs (card photos as data:/blob: images,
// the webcam preview as a local media stream) and nothing remote.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/csp.js';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => {
  const [name, ...values] = d.split(' ');
  return [name!, values] as const;
}));

describe('contentSecurityPolicy', () => {
  const csp = directives(contentSecurityPolicy({ connect: "'none'" }));

  it('lets the webcam preview play from a local stream and nothing else', () => {
    expect(csp.get('media-src')).toEqual(['blob:', 'mediastream:']);
  });

  it('lets card images show as data:/blob: URLs, still from nowhere remote', () => {
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('allows no remote origin, inline code, eval, workers or frames in any directive', () => {
    for (const [name, values] of csp) {
      for (const v of values) expect(v, name).not.toMatch(/^(https?:|\*|'unsafe-)/);
    }
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
  });

  it('browser mode may fetch its own origin; a meta policy drops frame-ancestors', () => {
    const meta = directives(contentSecurityPolicy({ connect: "'self'", meta: true }));
    expect(meta.get('connect-src')).toEqual(["'self'"]);
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
