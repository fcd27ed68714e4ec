// `npm run lint:electron` (Electronegativity, offline) passes on our shell and fails on a window
// that turns the renderer's isolation off — so the gate in `npm test` can fail.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp.js';

const run = (root?: string) => spawnSync(process.execPath, ['scripts/lint-electron.mjs', ...(root ? ['--root', root] : [])], { encoding: 'utf8', timeout: 120_000 });

describe('lint:electron', () => {
  const bad = tempDir('inyeon-eneg-bad-');
  afterAll(() => bad.remove());

  it('passes on the shell as it is, offline, listing what it found', () => {
    const r = run();
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/lint:electron: \d+ findings, 0 failing \(HIGH\), Electron [\d.]+, offline\./);
  }, 120_000);

  it('fails on a window with nodeIntegration on and contextIsolation off', () => {
    for (const d of ['electron/main', 'electron/preload', 'renderer']) mkdirSync(join(bad.path, d), { recursive: true });
    cpSync('package.json', join(bad.path, 'package.json'));
    cpSync('renderer/index.html', join(bad.path, 'renderer/index.html'));
    writeFileSync(join(bad.path, 'electron/preload/index.ts'), 'export {};\n');
    writeFileSync(join(bad.path, 'electron/main/index.ts'), [
      "import { BrowserWindow } from 'electron';",
      "export const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });",
    ].join('\n'));
    const r = run(bad.path);
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/FAIL\s+HIGH\s+(NODE_INTEGRATION|CONTEXT_ISOLATION)_JS_CHECK main\/index\.ts/);
  }, 120_000);
});
