// `npm start` where Electron cannot run (no display; no binary): one line saying why, then
// browser mode on 127.0.0.1 with the URL printed, stopped cleanly by SIGTERM.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp.js';

const work = tempDir('inyeon-start-');
afterAll(() => work.remove());
const web = join(work.path, 'web');
mkdirSync(web, { recursive: true });
writeFileSync(join(web, 'index.html'), '<!doctype html><title>Inyeon</title>');

const baseEnv = {
  ...process.env,
  DISPLAY: '',
  WAYLAND_DISPLAY: '',
  // The pages are another test's business: serve a stand-in and skip the vite build.
  INYEON_SKIP_RENDERER_BUILD: '1',
  INYEON_RENDERER_DIR: web,
  INYEON_NO_ELECTRON_DOWNLOAD: '1',
};

async function startUntilUrl(env: NodeJS.ProcessEnv, dataDir: string) {
  const child = spawn(process.execPath, ['scripts/start.mjs', '--no-open', '--port', '0', '--data-dir', dataDir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b) => (stdout += b));
  child.stderr.on('data', (b) => (stderr += b));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 40 s:\n${stdout}\n${stderr}`)), 40_000);
    const check = () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout.on('data', check);
    child.on('exit', () => reject(new Error(`start exited early:\n${stdout}\n${stderr}`)));
  });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      child.on('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
  return { url, stdout: () => stdout, stderr: () => stderr, stop };
}

describe('npm start falls back to browser mode', () => {
  it('without a display: says so, serves the app, stops on SIGTERM', async () => {
    const run = await startUntilUrl(baseEnv, join(work.path, 'book1'));
    expect(run.stdout()).toMatch(/^Inyeon: opening in browser mode because there is no display/m);
    const res = await fetch(new URL('/', run.url));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Inyeon</title>');
    expect(await run.stop()).toBe(0);
  }, 60_000);

  it('without the Electron binary (and no download allowed): says so and serves', async () => {
    const empty = join(work.path, 'no-electron');
    mkdirSync(empty);
    const run = await startUntilUrl({ ...baseEnv, DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: empty }, join(work.path, 'book2'));
    expect(run.stdout()).toMatch(/^Inyeon: opening in browser mode because Electron [\d.]+'s binary is not installed/m);
    expect(await run.stop()).toBe(0);
  }, 60_000);

  it('rejects an unknown option with a usage line', () => {
    const r = spawnSync(process.execPath, ['scripts/start.mjs', '--colour'], { encoding: 'utf8', env: baseEnv, timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^npm start: Unknown option: --colour/m);
  });
});
