// electron-builder run for real on electron-builder.yml (Linux `dir` target, no installer), with a
// stand-in Electron folder because the real binary cannot be downloaded here. Checks what ends up
// in the app: the archive's contents, every runtime dependency of the modules loaded from
// node_modules, the unpacked native module, and the fuses flipped in the (fake) binary.
//
// The throwaway project gets a real node_modules with the production packages (hard links, laid out
// as in this tree), not a symlink to ours: through a symlinked node_modules `npm ls` — which
// electron-builder's collector runs — reports every transitive dependency as missing, and the app
// shipped without tesseract.js-core, is-url, detect-libc, … (first seen from a fresh `npm ci`).
// electron-builder.yml sets allowMissingDependencies: false, so such a tree now fails the build.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OCR_DATA_FOLDER, OCR_LANGS, npmTrainedData, resolveOcrLangPath } from '../../electron/backend/capture/lang-path.js';
import { linkNodeModules, productionPackages, projectProductionPackages } from '../support/prod-deps.js';
import { tempDir } from '../support/temp.js';

const require = createRequire(import.meta.url);
const fromBuilder = createRequire(require.resolve('electron-builder'));
const asar = fromBuilder(fromBuilder.resolve('@electron/asar', { paths: [fromBuilder.resolve('app-builder-lib')] })) as { listPackage(p: string, o?: object): string[] };

// The fuse wire @electron/fuses looks for: sentinel, wire version 1, length 8, then one byte per fuse.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = ['RunAsNode', 'EnableCookieEncryption', 'EnableNodeOptionsEnvironmentVariable', 'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation', 'OnlyLoadAppFromAsar', 'LoadBrowserProcessSpecificV8Snapshot', 'GrantFileProtocolExtraPrivileges'];
const ELECTRON_VERSION = (require('electron/package.json') as { version: string }).version;

const work = tempDir('inyeon-pack-');
const project = join(work.path, 'project');
const fakeElectron = join(work.path, 'electron-dist');
const output = join(work.path, 'dist');
const appDir = join(output, 'linux-unpacked');
let files: string[] = [];
let log = '';

beforeAll(() => {
  // A copy of the project as `npm run dist` leaves it just before electron-builder runs.
  mkdirSync(project, { recursive: true });
  for (const f of ['package.json', 'package-lock.json', 'electron-builder.yml']) copyFileSync(f, join(project, f));
  cpSync('build', join(project, 'build'), { recursive: true });
  linkNodeModules(projectProductionPackages('.'), project);
  const built = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--out', join(project, 'out')], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  mkdirSync(join(project, 'out/renderer/assets'), { recursive: true });
  writeFileSync(join(project, 'out/renderer/index.html'), '<!doctype html>');
  writeFileSync(join(project, 'out/renderer/assets/app.js'), '');
  mkdirSync(join(project, 'out/native', ELECTRON_VERSION), { recursive: true });
  writeFileSync(join(project, 'out/native', ELECTRON_VERSION, 'better_sqlite3.node'), 'stand-in node_register_module_v150');

  mkdirSync(join(fakeElectron, 'resources'), { recursive: true });
  writeFileSync(join(fakeElectron, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from('11111111'), Buffer.from('\n')]), { mode: 0o755 });
  writeFileSync(join(fakeElectron, 'version'), `v${ELECTRON_VERSION}`);
  writeFileSync(join(fakeElectron, 'LICENSE'), '');

  const r = spawnSync(process.execPath, [
    require.resolve('electron-builder/cli.js'), '--linux', 'dir', '--projectDir', project, '--publish', 'never',
    `-c.electronDist=${fakeElectron}`, `-c.directories.output=${output}`,
  ], { encoding: 'utf8', timeout: 170_000 });
  log = `${r.stdout}\n${r.stderr}`;
  expect(r.status, log).toBe(0);
  files = asar.listPackage(join(appDir, 'resources/app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
}, 240_000);
afterAll(() => work.remove());

describe('packaged app (electron-builder, stand-in Electron)', () => {
  it('names the executable inyeon and puts the app in resources/app.asar', () => {
    expect(existsSync(join(appDir, 'inyeon'))).toBe(true);
    expect(existsSync(join(appDir, 'resources/app.asar'))).toBe(true);
  });

  it('contains the bundles, the migrations, the renderer and package.json', () => {
    for (const f of ['/package.json', '/out/main/index.mjs', '/out/preload/index.cjs', '/out/renderer/index.html', '/out/main/migrations/0001-init.sql']) {
      expect(files, f).toContain(f);
    }
  });

  it('contains no sources, tests, configs, source maps or icons', () => {
    const bad = files.filter((f) =>
      /^\/(electron|shared|renderer|test|scripts|bin|build|docs)\//.test(f) || /\.(ts|tsx|map)$/.test(f) || /electron-builder\.yml|vitest|tsconfig/.test(f));
    expect(bad).toEqual([]);
  });

  it('keeps the SQLite driver’s JavaScript, without the bundled libraries or its Node build', () => {
    expect(files).toContain('/node_modules/better-sqlite3-multiple-ciphers/lib/index.js');
    for (const gone of ['/node_modules/zod', '/node_modules/date-fns', '/node_modules/libphonenumber-js', '/node_modules/tsx', '/node_modules/esbuild', '/node_modules/better-sqlite3-multiple-ciphers/build', '/node_modules/better-sqlite3-multiple-ciphers/deps', '/node_modules/better-sqlite3']) {
      expect(files, gone).not.toContain(gone);
    }
    expect(files.filter((f) => f.startsWith('/node_modules/electron/'))).toEqual([]);
  });

  it('unpacks the Electron-ABI native module beside the archive', () => {
    expect(readFileSync(join(appDir, 'resources/app.asar.unpacked/out/native', ELECTRON_VERSION, 'better_sqlite3.node'), 'utf8')).toContain('node_register_module_v150');
  });

  it('ships the Korean and English OCR data in resources/ocr-data, where the app looks for it', () => {
    const dir = join(appDir, 'resources', OCR_DATA_FOLDER);
    for (const lang of OCR_LANGS) {
      expect(readFileSync(join(dir, `${lang}.traineddata.gz`)).equals(readFileSync(npmTrainedData(lang))), lang).toBe(true);
    }
    expect(resolveOcrLangPath([dir])).toBe(dir);
    expect(files.filter((f) => f.startsWith('/node_modules/@tesseract.js-data'))).toEqual([]);
  });

  it('unpacks the OCR worker entry and tesseract.js (a worker thread cannot start inside app.asar), and sharp', () => {
    const unpacked = join(appDir, 'resources/app.asar.unpacked');
    for (const f of ['out/main/ocr-worker.cjs', 'node_modules/tesseract.js/src/worker-script/node/index.js',
      'node_modules/sharp/package.json']) {
      expect(existsSync(join(unpacked, f)), f).toBe(true);
    }
  });

  // The modules the main bundle leaves external (scripts/build-electron.mjs) are loaded from
  // node_modules at run time, and so is everything they require.
  const inApp = (rel: string) => files.includes(`/node_modules/${rel}/package.json`) || existsSync(join(appDir, 'resources/app.asar.unpacked/node_modules', rel, 'package.json'));

  it('ships every runtime dependency of the SQLite driver and sharp (prebuild-install is install-time only)', () => {
    const needed = productionPackages('.', ['better-sqlite3-multiple-ciphers', 'sharp'], ['prebuild-install']);
    // The test can fail: these are what a broken collection left out.
    expect(needed.map((p) => p.rel)).toEqual(expect.arrayContaining(['bindings', 'file-uri-to-path', 'detect-libc', 'semver', '@img/colour']));
    expect(needed.filter((p) => !inApp(p.rel)).map((p) => p.rel)).toEqual([]);
  });

  it('unpacks every runtime dependency of tesseract.js beside it (its worker thread resolves them from app.asar.unpacked)', () => {
    const needed = productionPackages('.', ['tesseract.js']);
    expect(needed.map((p) => p.rel)).toEqual(expect.arrayContaining(['tesseract.js-core', 'is-url', 'node-fetch', 'whatwg-url', 'zlibjs']));
    const unpacked = join(appDir, 'resources/app.asar.unpacked/node_modules');
    expect(needed.filter((p) => !existsSync(join(unpacked, p.rel, 'package.json'))).map((p) => p.rel)).toEqual([]);
    // The wasm core itself, which the worker loads by path.
    expect(existsSync(join(unpacked, 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js')) || existsSync(join(unpacked, 'tesseract.js-core/tesseract-core-lstm.wasm.js'))).toBe(true);
  });

  it('flips the fuses in the binary', () => {
    const bin = readFileSync(join(appDir, 'inyeon'));
    const at = bin.indexOf(SENTINEL) + SENTINEL.length;
    const wire = bin.subarray(at + 2, at + 10).toString('latin1');
    const state = Object.fromEntries(FUSES.map((name, i) => [name, wire[i] === '1']));
    expect(state).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });
});
