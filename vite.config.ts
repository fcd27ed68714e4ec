// The renderer build. The page is served under a strict CSP (no inline script or style), so
// everything ships as files: one JS entry and emitted CSS, loaded relative to index.html so the
// same build works from Electron's app://inyeon protocol and from the loopback server.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './shared/csp';

/**
 * The policy as a meta tag too, so the page carries it however it is served. Under Electron the
 * app:// header's stricter connect-src 'none' also applies (both policies must pass).
 */
const CSP = contentSecurityPolicy({ connect: "'self'", meta: true });

// Build only: the dev server injects an inline HMR preamble that this policy would block.
const cspMeta = (): Plugin => ({
  name: 'inyeon-csp-meta',
  apply: 'build',
  // Right after <meta charset>, ahead of every script and stylesheet it governs.
  transformIndexHtml: (html) =>
    html.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
});

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // Inlined assets would become data: URLs; keep everything as files.
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  server: { strictPort: true },
});
