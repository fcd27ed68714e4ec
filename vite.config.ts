// The renderer build. The page is served under a strict CSP (no inline script or style), so
// everything ships as files: one JS entry and emitted CSS, loaded relative to index.html so the
// same build works from Electron's app://inyeon protocol and from the loopback server.
import { fileURLToPath } from 'node:url';
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

/**
 * `src/early.ts` is an entry of its own, loaded by an async module script ahead of the app's: it
 * sends the first requests while the browser still compiles and runs the app's bundle (issue 7).
 * Vite would fold a second script of index.html into the one entry, so it is added here, after
 * the bundle is written, with a modulepreload for each chunk it imports that the page lacks.
 */
const earlyEntry = (): Plugin => ({
  name: 'inyeon-early-entry',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'early');
      if (!chunk || chunk.type !== 'chunk') throw new Error('the early entry (src/early.ts) is missing from the bundle');
      const tags = [`<script type="module" async crossorigin src="./${chunk.fileName}"></script>`,
        ...chunk.imports.filter((f) => !html.includes(f)).map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`)];
      return html.replace(/(\n\s*)(<script type="module")/, `$1${tags.join('$1')}$1$2`);
    },
  },
});

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta(), earlyEntry()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // Inlined assets would become data: URLs; keep everything as files.
    assetsInlineLimit: 0,
    target: 'es2022',
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
        early: fileURLToPath(new URL('./renderer/src/early.ts', import.meta.url)),
      },
    },
  },
  server: { strictPort: true },
});
