import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronCaches, findFile } from '../../../scripts/lib/dist-main.js';
import { builderPlatformFlag, electronZipName, parseDistArgs, planElectron } from '../../../scripts/lib/dist-plan.js';
import { tempDir } from '../../support/temp.js';

describe('parseDistArgs', () => {
  it('packages for the machine it runs on by default', () => {
    expect(parseDistArgs([], 'linux')).toEqual({ platform: 'linux', dirOnly: false, skipBuild: false });
    expect(parseDistArgs(['--mac', '--dir'], 'darwin')).toMatchObject({ platform: 'darwin', dirOnly: true });
    expect(parseDistArgs(['--electron-dist=/e.zip'], 'win32')).toMatchObject({ platform: 'win32', electronDist: '/e.zip' });
    expect(builderPlatformFlag('win32')).toBe('--win');
  });

  it('refuses to cross-package (the native module must be compiled on the target OS)', () => {
    expect(() => parseDistArgs(['--win'], 'linux')).toThrow(/Cannot package for win32 on linux/);
    expect(() => parseDistArgs(['--linux', '--mac'], 'linux')).toThrow(/one platform/);
    expect(() => parseDistArgs(['--publish'], 'linux')).toThrow(/Unknown option/);
    expect(() => parseDistArgs(['--electron-dist'], 'linux')).toThrow(/needs a path/);
  });
});

describe('planElectron', () => {
  const base = { version: '45.4.1', zipName: electronZipName('45.4.1', 'linux', 'x64'), online: false, searched: ['/c/electron'] };

  it('names the archive electron-builder wants', () => {
    expect(base.zipName).toBe('electron-v45.4.1-linux-x64.zip');
  });

  it('prefers an explicit Electron, then the installed one, then a cached zip, then the network', () => {
    expect(planElectron({ ...base, explicit: { path: '/e.zip', exists: true }, hostDist: '/d', online: true })).toMatchObject({ ok: true, electronDist: '/e.zip' });
    expect(planElectron({ ...base, hostDist: '/d', cachedZip: '/c/z.zip' })).toMatchObject({ ok: true, electronDist: '/d' });
    expect(planElectron({ ...base, cachedZip: '/c/z.zip' })).toMatchObject({ ok: true, electronDist: '/c/z.zip' });
    const online = planElectron({ ...base, online: true });
    expect(online).toMatchObject({ ok: true });
    expect(online).not.toHaveProperty('electronDist');
  });

  it('fails with one clear sentence when Electron cannot be had', () => {
    const p = planElectron(base);
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.message).toContain('electron-v45.4.1-linux-x64.zip');
      expect(p.message).toContain('/c/electron');
      expect(p.message).toContain('--electron-dist');
    }
    expect(planElectron({ ...base, explicit: { path: '/nope.zip', exists: false }, online: true })).toMatchObject({ ok: false, message: expect.stringContaining('/nope.zip') });
  });
});

describe('Electron caches', () => {
  const d = tempDir('inyeon-cache-');
  afterAll(() => d.remove());

  it('uses the documented default folders, or the override variables', () => {
    expect(electronCaches({}, 'linux', '/home/u')).toEqual(['/home/u/.cache/electron', '/home/u/.cache/electron-builder']);
    expect(electronCaches({ XDG_CACHE_HOME: '/x' }, 'linux', '/home/u')).toEqual(['/x/electron', '/x/electron-builder']);
    expect(electronCaches({}, 'darwin', '/Users/u')[0]).toBe('/Users/u/Library/Caches/electron');
    expect(electronCaches({ ELECTRON_CACHE: '/ec' }, 'linux', '/home/u')).toEqual(['/ec']);
  });

  it('finds a zip nested under a hash folder (as @electron/get stores it)', () => {
    mkdirSync(join(d.path, 'abc123'), { recursive: true });
    writeFileSync(join(d.path, 'abc123', 'electron-v45.4.1-linux-x64.zip'), '');
    expect(findFile([d.path], 'electron-v45.4.1-linux-x64.zip', 2)).toBe(join(d.path, 'abc123', 'electron-v45.4.1-linux-x64.zip'));
    expect(findFile([d.path], 'electron-v45.4.1-linux-x64.zip', 0)).toBeUndefined();
    expect(findFile(['/no/such/dir'], 'x.zip', 3)).toBeUndefined();
  });
});

describe('npm run dist without Electron', () => {
  const empty = tempDir('inyeon-noelectron-');
  afterAll(() => empty.remove());

  const dist = (args: string[]) =>
    spawnSync(process.execPath, ['scripts/dist.mjs', ...args], {
      encoding: 'utf8',
      timeout: 30_000,
      env: {
        ...process.env,
        // No installed binary, an empty cache, and no network probe: the offline build machine.
        ELECTRON_OVERRIDE_DIST_PATH: empty.path,
        ELECTRON_CACHE: empty.path,
        INYEON_DIST_OFFLINE: '1',
        INYEON_ELECTRON_DIST: '',
      },
    });

  it('fails at once with a clear message, a non-zero exit and no stack trace', () => {
    const r = dist([]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^npm run dist: Electron 45\.4\.1 is not available/m);
    expect(r.stderr).toContain('--electron-dist');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stdout).not.toMatch(/vite|building/i);
  });

  it('explains a cross-platform request the same way', () => {
    const r = dist([process.platform === 'win32' ? '--linux' : '--win']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^npm run dist: Cannot package for/m);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});
