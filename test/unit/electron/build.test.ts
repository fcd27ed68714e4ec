// The Electron bundles, built for real into a temp folder.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp.js';

const dir = tempDir('inyeon-build-');
let main = '';
let preload = '';

beforeAll(() => {
  const r = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--out', dir.path], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  main = readFileSync(join(dir.path, 'main/index.mjs'), 'utf8');
  preload = readFileSync(join(dir.path, 'preload/index.cjs'), 'utf8');
}, 60_000);
afterAll(() => dir.remove());

const BUILTIN = new Set(builtinModules);

describe('main bundle', () => {
  it('is an ES module that imports only electron, the SQLite driver (better-sqlite3-multiple-ciphers), the OCR engine (tesseract.js, sharp) and Node built-ins', () => {
    const specs = [...main.matchAll(/^\s*import\s[^'"]*?from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm)].map((m) => m[1] ?? m[2]);
    expect(specs.length).toBeGreaterThan(0);
    for (const s of specs) {
      // tesseract.js starts its worker from node_modules by path and sharp is native: shipped, not bundled.
      const ok = ['electron', 'better-sqlite3-multiple-ciphers', 'tesseract.js', 'sharp'].includes(s!) || s!.startsWith('node:') || BUILTIN.has(s!);
      expect(ok, s).toBe(true);
    }
    expect(specs).toContain('electron');
    expect(specs).toContain('better-sqlite3-multiple-ciphers');
    expect(specs).not.toContain('better-sqlite3');
  });

  it('loads sharp (card images) lazily from node_modules, never bundled', () => {
    expect(main).toMatch(/import\(["']sharp["']\)/);
  });

  it('has no require() of anything but built-ins (bundled CommonJS gets createRequire)', () => {
    const required = [...main.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]!);
    for (const s of required) expect(s.startsWith('node:') || BUILTIN.has(s), s).toBe(true);
  });

  it('ships the OCR worker entry beside it, where the bundle looks for it', () => {
    expect(readFileSync(join(dir.path, 'main/ocr-worker.cjs'), 'utf8')).toBe(readFileSync('electron/backend/capture/ocr-worker.cjs', 'utf8'));
    expect(main).toContain('./ocr-worker.cjs');
  });

  it('ships the scan worker beside it, importing only Node built-ins (it gets the SQLite driver by path)', () => {
    const worker = readFileSync(join(dir.path, 'main/scan-worker.mjs'), 'utf8');
    const specs = [...worker.matchAll(/^\s*import\s[^'"]*?from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm)].map((m) => m[1] ?? m[2]);
    for (const s of specs) expect(s!.startsWith('node:') || BUILTIN.has(s!), s).toBe(true);
    expect(worker).not.toMatch(/\brequire\(["'](?!node:)/);
    expect(main).toContain('./scan-worker.mjs');
  });

  it('ships the SQL migrations beside it', () => {
    const from = readdirSync('electron/backend/db/migrations').filter((f) => f.endsWith('.sql')).sort();
    expect(readdirSync(join(dir.path, 'main/migrations')).sort()).toEqual(from);
    expect(main).toContain('./migrations/');
  });
});

describe('preload bundle', () => {
  it('is one CommonJS file that requires nothing but electron', () => {
    const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('stays tiny: no zod, no schemas, no backend', () => {
    expect(statSync(join(dir.path, 'preload/index.cjs')).size).toBeLessThan(8_000);
    expect(preload).not.toMatch(/zod|better-sqlite3|ipcRenderer\s*[,}]/);
    expect(preload).toContain('exposeInMainWorld');
    expect(preload).toContain('"inyeon:call"');
  });

  it('exists where the main process looks for it', () => {
    expect(existsSync(join(dir.path, 'preload/index.cjs'))).toBe(true);
  });
});
