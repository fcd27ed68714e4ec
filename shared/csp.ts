// The renderer's Content-Security-Policy, in one place for the three ways a page is served:
// the Electron app:// protocol (header), the loopback server (header), and the built
// index.html (meta tag). Nothing but our own files; no inline code, no eval, no plugins,
// workers or frames. Images may be data:/blob: for card photos the user picks; media only
// blob:/mediastream: for the webcam preview of card capture (never a remote video).

export interface CspOptions {
  /** Electron talks to the backend over IPC only ('none'); browser mode fetches its own origin ('self'). */
  connect: "'self'" | "'none'";
  /** A <meta> policy may not carry frame-ancestors (browsers ignore it there, with a warning). */
  meta?: boolean;
}

export function contentSecurityPolicy({ connect, meta = false }: CspOptions): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "media-src blob: mediastream:",
    "worker-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ].join('; ');
}
