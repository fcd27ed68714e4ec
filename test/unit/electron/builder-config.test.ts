// electron-builder.yml, loaded and validated by electron-builder's own code (its JSON schema),
// then checked for what matters to us. Packaging itself needs Electron's binary, which cannot be
// downloaded here; test/integration/electron-package.test.ts packs with a stand-in binary.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { OCR_DATA_FOLDER, OCR_MODEL_DIR } from '../../../electron/backend/capture/lang-path.js';

interface Minimatch { negate: boolean; match(path: string): boolean }
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const configLib = fromBuilder('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: unknown): Promise<Record<string, any>>;
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};
const { Minimatch } = fromBuilder(fromBuilder.resolve('minimatch', { paths: [fromBuilder.resolve('app-builder-lib')] })) as {
  Minimatch: new (p: string, o: { dot: boolean }) => Minimatch;
};

const config = await configLib.getConfig(process.cwd(), null, null);
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string; dependencies: Record<string, string>; scripts: Record<string, string> };
const files = (config.files as { filter: string[] }[]).flatMap((f) => f.filter ?? f) as string[];

/** electron-builder's rule for node_modules: everything, minus the "!…" patterns of `files`, last match wins. */
function shipsFromNodeModules(path: string): boolean {
  const patterns = ['**/*', ...files.filter((p) => p.startsWith('!'))].map((p) => new Minimatch(p, { dot: true }));
  let match = false;
  for (const p of patterns) if (match === p.negate) match = p.match(path);
  return match;
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(configLib.validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  }, 60_000); // schema compilation takes seconds on a busy 2-core machine

  it('names the app', () => {
    expect(config.appId).toBe('kr.inyeon.app');
    expect(config.productName).toBe('Inyeon');
    expect(config.directories).toMatchObject({ output: 'dist', buildResources: 'build' });
  });

  it('targets nsis on Windows, dmg on macOS, AppImage and deb on Linux', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('ships only the build output and package.json', () => {
    const includes = files.filter((p) => !p.startsWith('!'));
    expect(includes).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'out/native/**', 'package.json']));
    for (const p of includes) expect(p === 'package.json' || p.startsWith('out/'), p).toBe(true);
    expect(files).toContain('!out/**/*.map');
    expect(pkg.main).toBe('out/main/index.mjs');
  });

  it('packs into an asar archive with the native module unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('out/native/**');
    expect(config.asarUnpack).toContain('**/*.node');
    // sharp's libvips (a .so/.dylib/.dll next to its .node file) must be unpacked too.
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/sharp/**', 'node_modules/@img/**']));
    expect(shipsFromNodeModules('node_modules/sharp/dist/index.cjs')).toBe(true);
  });

  it('never rebuilds node_modules in place (the Node build must survive packaging)', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(pkg.scripts.dist).toBe('node scripts/dist.mjs');
  });

  it('keeps the SQLite driver’s JavaScript but not its Node-ABI build or C sources, and not plain better-sqlite3', () => {
    const driver = 'node_modules/better-sqlite3-multiple-ciphers';
    expect(shipsFromNodeModules(`${driver}/lib/index.js`)).toBe(true);
    expect(shipsFromNodeModules(`${driver}/package.json`)).toBe(true);
    expect(shipsFromNodeModules('node_modules/bindings/bindings.js')).toBe(true);
    expect(shipsFromNodeModules(`${driver}/build/Release/better_sqlite3.node`)).toBe(false);
    expect(shipsFromNodeModules(`${driver}/deps/sqlite3/sqlite3.c`)).toBe(false);
    expect(shipsFromNodeModules(`${driver}/binding.gyp`)).toBe(false);
    // Replaced by the driver (encryption at rest): nothing loads it any more.
    expect(shipsFromNodeModules('node_modules/better-sqlite3/lib/index.js')).toBe(false);
  });

  it('drops every runtime dependency that esbuild bundles into out/main (add new ones to the list in electron-builder.yml)', () => {
    // Native or loaded by path, so shipped from node_modules: the SQLite driver, tesseract.js (its worker), sharp.
    const external = new Set(['better-sqlite3-multiple-ciphers', 'tesseract.js', 'sharp']);
    for (const dep of Object.keys(pkg.dependencies)) {
      expect(shipsFromNodeModules(`node_modules/${dep}/package.json`), dep).toBe(external.has(dep));
    }
  });

  it('ships the Korean and English OCR data in one folder, resources/ocr-data, and not the npm packages', () => {
    const extra = config.extraResources as { from: string; to: string }[];
    for (const lang of ['kor', 'eng']) {
      const entry = extra.find((e) => e.to === `ocr-data/${lang}.traineddata.gz`);
      expect(entry, lang).toBeDefined();
      expect(existsSync(entry!.from), entry!.from).toBe(true);
      // The same model files the app uses from node_modules in dev, the CLI and browser mode.
      expect(entry!.from).toBe(`node_modules/@tesseract.js-data/${lang}/${OCR_MODEL_DIR}/${lang}.traineddata.gz`);
    }
    expect(OCR_DATA_FOLDER).toBe('ocr-data');
    expect(shipsFromNodeModules('node_modules/@tesseract.js-data/kor/4.0.0/kor.traineddata.gz')).toBe(false);
  });

  it('unpacks the OCR worker script, its dependencies and sharp’s native libraries from the asar', () => {
    const unpacked = (path: string) => (config.asarUnpack as string[]).some((p) => new Minimatch(p, { dot: true }).match(path));
    for (const f of ['out/main/ocr-worker.cjs', 'out/main/scan-worker.mjs', 'node_modules/tesseract.js/src/worker-script/node/index.js', 'node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm.js',
      'node_modules/is-url/index.js', 'node_modules/wasm-feature-detect/dist/cjs/index.cjs', 'node_modules/node-fetch/lib/index.js',
      'node_modules/sharp/lib/index.js', 'node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.42']) {
      expect(unpacked(f), f).toBe(true);
    }
    // Every runtime dependency of tesseract.js is unpacked with it.
    const deps = Object.keys((JSON.parse(readFileSync('node_modules/tesseract.js/package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    for (const d of deps) expect(unpacked(`node_modules/${d}/package.json`), d).toBe(true);
  });

  it('sets the fuses of issue 8', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('points at icons and entitlements that exist', () => {
    for (const p of [config.mac.icon, config.win.icon, config.linux.icon, config.mac.entitlements, config.mac.entitlementsInherit]) {
      expect(existsSync(p), p).toBe(true);
    }
  });
});

describe('icons', () => {
  const size = (path: string) => {
    const b = readFileSync(path);
    expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
    return [b.readUInt32BE(16), b.readUInt32BE(20)];
  };

  it('has a 1024×1024 master (macOS and Windows icons are made from it)', () => {
    expect(size('build/icon.png')).toEqual([1024, 1024]);
  });

  it('has the Linux icon set', () => {
    for (const n of [16, 32, 48, 64, 128, 256, 512, 1024]) expect(size(`build/icons/${n}x${n}.png`)).toEqual([n, n]);
  });
});
