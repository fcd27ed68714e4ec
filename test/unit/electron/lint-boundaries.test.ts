// scripts/lint-boundaries.mjs run as `npm run lint` runs it, against a planted tree.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp.js';

const lint = (root?: string) =>
  spawnSync(process.execPath, ['scripts/lint-boundaries.mjs', ...(root ? ['--root', root] : [])], { encoding: 'utf8', timeout: 30_000 });

function plant(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('lint-boundaries', () => {
  it('passes on this repository', () => {
    const r = lint();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 30_000); // correctness only: timing is not a unit test's business (a loaded machine is slow)

  const bad = tempDir('inyeon-lint-');
  afterAll(() => bad.remove());
  plant(bad.path, {
    'renderer/src/views/Bad.tsx': [
      "import { useState } from 'react';",
      "import { openBackend } from '../../../electron/backend/index.js';",
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "const { ipcRenderer } = require('electron');",
      "export const lazy = () => import('../../../electron/main/window.js');",
    ].join('\n'),
    'renderer/src/ok.ts': [
      "import { METHODS } from '../../shared/contract/index.js';",
      "// import fs from 'node:fs' — a comment is not an import",
      "const s = \"import x from 'node:os'\";",
      "export const url = 'https://example.com/*not a comment';",
      "import type { Contact } from '../../shared/domain/types.js';",
    ].join('\n'),
    'shared/rules/bad.ts': [
      "import { z } from 'zod';",
      "export type { Backend } from '../../electron/backend/index.js';",
      "import { invoke } from '../../renderer/src/api/client.js';",
      "import { join } from 'node:path';",
      "import { app } from 'electron';",
    ].join('\n'),
    'electron/backend/services/bad.ts': [
      "import Database from 'better-sqlite3-multiple-ciphers';",
      "import { join } from 'node:path';",
      "import { app } from 'electron';",
      "import { startServer } from '../../server/server.js';",
    ].join('\n'),
    'electron/preload/bad.ts': ["import { contextBridge } from 'electron';", "import { openBackend } from '../backend/index.js';"].join('\n'),
    'electron/main/fine.ts': ["import { app } from 'electron';", "import { openBackend } from '../backend/index.js';"].join('\n'),
  });

  it('fails with file:line for every import that crosses a boundary', () => {
    const r = lint(bad.path);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    const where = lines.filter((l) => /^\S+:\d+: /.test(l)).map((l) => l.slice(0, l.indexOf(': ')));
    expect(where.sort()).toEqual([
      'electron/backend/services/bad.ts:3',
      'electron/backend/services/bad.ts:4',
      'electron/preload/bad.ts:2',
      'renderer/src/views/Bad.tsx:2',
      'renderer/src/views/Bad.tsx:3',
      'renderer/src/views/Bad.tsx:4',
      'renderer/src/views/Bad.tsx:5',
      'renderer/src/views/Bad.tsx:6',
      'shared/rules/bad.ts:2',
      'shared/rules/bad.ts:3',
      'shared/rules/bad.ts:4',
      'shared/rules/bad.ts:5',
    ]);
    expect(r.stderr).toContain("renderer/src/views/Bad.tsx:3: renderer/ must not import the Node built-in \"node:fs\" ('node:fs')");
    expect(r.stderr).toMatch(/12 import\(s\) cross a boundary/);
  });
});
