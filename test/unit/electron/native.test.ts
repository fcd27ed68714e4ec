import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addonAbi, addonAbiOfFile, addonMatches, describeAbi } from '../../../scripts/lib/native-abi.js';
import { electronNativePath, nativeUpToDate, rebuildEnv, rebuildFailure } from '../../../scripts/lib/native.js';
import { tempDir } from '../../support/temp.js';

const nodeBuild = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers/package.json')), 'build/Release/better_sqlite3.node');

describe('addon ABI', () => {
  it("reads node_modules' SQLite driver as built for this Node", () => {
    expect(addonAbiOfFile(nodeBuild)).toEqual({ kind: 'abi', version: Number(process.versions.modules) });
  });

  it("so it would be rejected as Electron's build (the nodedir trap)", () => {
    expect(addonMatches(addonAbiOfFile(nodeBuild), 150)).toBe(false);
  });

  it('reads synthetic binaries', () => {
    const bin = (s: string) => new Uint8Array(Buffer.from(`\x7fELF\0\0${s}\0more`, 'latin1'));
    expect(addonAbi(bin('node_register_module_v150'))).toEqual({ kind: 'abi', version: 150 });
    expect(addonAbi(bin('napi_register_module_v1'))).toEqual({ kind: 'napi' });
    expect(addonAbi(bin('nothing here'))).toEqual({ kind: 'unknown' });
    expect(addonMatches({ kind: 'napi' }, 150)).toBe(true);
    expect(addonMatches({ kind: 'unknown' }, 150)).toBe(false);
    expect(addonAbiOfFile('/no/such/file.node')).toEqual({ kind: 'unknown' });
    expect(describeAbi({ kind: 'abi', version: 115 })).toBe('NODE_MODULE_VERSION 115');
  });
});

describe('rebuild environment', () => {
  it('drops npm config that would point node-gyp at Node instead of Electron', () => {
    const env = rebuildEnv({ PATH: '/bin', npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', npm_config_target: '20.0.0', npm_config_runtime: 'node', npm_config_disturl: 'x', npm_config_cache: '/c' });
    expect(env).toEqual({ PATH: '/bin', npm_config_cache: '/c' });
  });
});

describe('rebuild failures', () => {
  it('are summed up in one line', () => {
    expect(rebuildFailure('gyp ERR! stack Error: getaddrinfo ENOTFOUND www.electronjs.org\n    at x\nrebuild failed')).toMatch(/headers could not be downloaded/);
    expect(rebuildFailure('gyp ERR! find Python\nrebuild failed')).toMatch(/build tools/);
    expect(rebuildFailure('a\nsomething odd\n')).toBe('the rebuild failed: something odd');
    expect(rebuildFailure('')).toBe('the rebuild failed');
  });
});

describe('the Electron build on disk', () => {
  const d = tempDir('inyeon-native-');
  afterAll(() => d.remove());
  const want = { betterSqlite3: '12.6.2', electron: '45.4.1', abi: 150 };

  it('lives in out/native/<electron-version>/', () => {
    expect(electronNativePath('/r', '45.4.1')).toBe(join('/r', 'out/native/45.4.1/better_sqlite3.node'));
  });

  it('is reused only with the right ABI and a matching stamp', () => {
    const target = electronNativePath(d.path, '45.4.1');
    mkdirSync(dirname(target), { recursive: true });
    expect(nativeUpToDate(target, want)).toBe(false);
    writeFileSync(target, 'xx node_register_module_v150 xx');
    expect(nativeUpToDate(target, want)).toBe(false); // no stamp
    writeFileSync(target.replace(/\.node$/, '.json'), JSON.stringify(want));
    expect(nativeUpToDate(target, want)).toBe(true);
    expect(nativeUpToDate(target, { ...want, betterSqlite3: '12.7.0' })).toBe(false); // better-sqlite3 was updated
    writeFileSync(target, readFileSync(nodeBuild)); // a Node-ABI file in its place
    expect(nativeUpToDate(target, want)).toBe(false);
  });
});
