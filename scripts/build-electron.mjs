#!/usr/bin/env node
// Bundles the Electron main process and the preload with esbuild, and copies the SQL migrations
// beside the main bundle (migrate.ts finds them at new URL('./migrations/', import.meta.url)).
//
//   node scripts/build-electron.mjs [--out DIR]     (default: out/)
//
// scan-worker: ESM, the worker thread of the whole-book scans (no packages: the driver comes by path).
// main:    ESM (Electron ≥ 28 loads an .mjs main), node22 (Electron 45's Node), with electron,
//          better-sqlite3-multiple-ciphers (the SQLite driver), tesseract.js and sharp left external: electron is provided by the runtime, the driver is a
//          native module loaded from node_modules (or from the Electron-ABI build we pass it).
// preload: one CJS file, because a sandboxed preload cannot load ESM or require our modules.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @param {{ outDir?: string, root?: string, minify?: boolean }} [opts] */
export async function buildElectron(opts = {}) {
  const root = opts.root ?? ROOT;
  const out = resolve(opts.outDir ?? join(root, 'out'));
  const common = {
    bundle: true,
    platform: /** @type {const} */ ('node'),
    target: 'node22',
    sourcemap: /** @type {const} */ ('linked'),
    minify: opts.minify ?? false,
    legalComments: /** @type {const} */ ('none'),
    logLevel: /** @type {const} */ ('warning'),
    absWorkingDir: root,
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, 'electron/main/index.ts')],
      outfile: join(out, 'main/index.mjs'),
      format: 'esm',
      // tesseract.js starts its worker script from node_modules by path, and sharp is native: both stay out.
      external: ['electron', 'better-sqlite3-multiple-ciphers', 'tesseract.js', 'sharp'],
      // Bundled CommonJS dependencies call require(); an ESM bundle has none unless we make one.
      banner: { js: "import { createRequire as __inyeonCreateRequire } from 'node:module'; const require = __inyeonCreateRequire(import.meta.url);" },
    }),
    // The whole-book scan worker (electron/backend/scans/book-scans.ts starts it beside the main
    // bundle). It requires the SQLite driver by the path it is given, so it imports no package.
    build({
      ...common,
      entryPoints: [join(root, 'electron/backend/scans/worker.ts')],
      outfile: join(out, 'main/scan-worker.mjs'),
      format: 'esm',
    }),
    build({
      ...common,
      entryPoints: [join(root, 'electron/preload/index.ts')],
      outfile: join(out, 'preload/index.cjs'),
      format: 'cjs',
      external: ['electron'],
    }),
  ]);
  // The OCR worker thread's entry is loaded by path (electron/backend/capture/ocr-engine.ts).
  copyFileSync(join(root, 'electron/backend/capture/ocr-worker.cjs'), join(out, 'main/ocr-worker.cjs'));
  const migrationsFrom = join(root, 'electron/backend/db/migrations');
  const migrationsTo = join(out, 'main/migrations');
  mkdirSync(migrationsTo, { recursive: true });
  const sql = readdirSync(migrationsFrom).filter((f) => f.endsWith('.sql'));
  for (const f of sql) copyFileSync(join(migrationsFrom, f), join(migrationsTo, f));
  return { main: join(out, 'main/index.mjs'), preload: join(out, 'preload/index.cjs'), migrations: sql.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, minify: { type: 'boolean' } } });
  try {
    const r = await buildElectron({ ...(values.out ? { outDir: values.out } : {}), ...(values.minify ? { minify: true } : {}) });
    console.log(`Built ${r.main}, ${r.preload} and ${r.migrations} migration(s).`);
  } catch (e) {
    // esbuild has already printed the located errors; one line says what failed.
    console.error(`Electron build failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    process.exitCode = 1;
  }
}
