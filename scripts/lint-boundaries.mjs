#!/usr/bin/env node
// The architecture's import rules (DESIGN §2), checked in plain Node in well under a second:
//   renderer/          no electron/ code, no Node built-ins, no `electron` package (it runs sandboxed in a page)
//   shared/            no electron/, renderer/, Node built-ins or `electron` package (pure TypeScript)
//   electron/backend/  no `electron` package and no transport code (main/preload/server/cli), so the
//                      CLI, tests and browser mode run it in plain Node
//   electron/preload/  no backend/main/server/cli code (a sandboxed preload is one tiny bundle)
//
//   node scripts/lint-boundaries.mjs [--root DIR]     exit 1 and file:line for every violation
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ts = createRequire(import.meta.url)('typescript');

const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', '.vite']);
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));

const isBuiltin = (spec) => spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0]);
const isElectronPackage = (spec) => spec === 'electron' || spec.startsWith('electron/');

/** Each rule: which files it covers (repo-relative prefix) and what it forbids for an import. */
export const RULES = [
  {
    area: 'renderer/',
    check: ({ spec, target }) =>
      (target?.startsWith('electron/') && 'renderer/ must not import electron/ code (use the api client)') ||
      (isElectronPackage(spec) && 'renderer/ must not import the electron package') ||
      (isBuiltin(spec) && `renderer/ must not import the Node built-in "${spec}"`),
  },
  {
    area: 'shared/',
    check: ({ spec, target }) =>
      (target?.startsWith('electron/') && 'shared/ must not import electron/ code') ||
      (target?.startsWith('renderer/') && 'shared/ must not import renderer/ code') ||
      (isElectronPackage(spec) && 'shared/ must not import the electron package') ||
      (isBuiltin(spec) && `shared/ must not import the Node built-in "${spec}"`),
  },
  {
    area: 'electron/backend/',
    check: ({ spec, target }) =>
      (isElectronPackage(spec) && 'electron/backend/ must not import the electron package (it runs in plain Node)') ||
      (/^electron\/(main|preload|server|cli)\//.test(target ?? '') && `electron/backend/ must not import transport code (${target})`),
  },
  {
    area: 'electron/preload/',
    check: ({ target }) =>
      /^electron\/(backend|main|server|cli)\//.test(target ?? '') && `electron/preload/ must not import ${target?.split('/').slice(0, 2).join('/')}/ code`,
  },
];

/**
 * Every module specifier in a source text, with its 1-based line. TypeScript's own pre-processor
 * finds static, type-only, re-export, dynamic and require() imports and is not fooled by comments,
 * strings or regular expressions that merely look like imports.
 */
export function findImports(src) {
  return ts.preProcessFile(src, true, true).importedFiles.map((f) => ({
    spec: f.fileName,
    line: src.slice(0, f.pos).split('\n').length,
  }));
}

function* walk(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (SKIP_DIRS.has(name) || name.startsWith('.')) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) yield* walk(p);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) yield p;
  }
}

const toPosix = (p) => p.split(sep).join('/');

export function lint(root) {
  const violations = [];
  let files = 0;
  for (const rule of RULES) {
    for (const file of walk(join(root, rule.area))) {
      files++;
      const rel = toPosix(relative(root, file));
      for (const { spec, line } of findImports(readFileSync(file, 'utf8'))) {
        const target = spec.startsWith('.') ? toPosix(relative(root, resolve(dirname(file), spec))) : undefined;
        const problem = rule.check({ spec, target });
        if (problem) violations.push({ file: rel, line, spec, message: problem });
      }
    }
  }
  return { files, violations };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { root: { type: 'string' } } });
  const root = resolve(values.root ?? fileURLToPath(new URL('..', import.meta.url)));
  const { files, violations } = lint(root);
  for (const v of violations) console.error(`${v.file}:${v.line}: ${v.message} ('${v.spec}')`);
  if (violations.length > 0) {
    console.error(`lint-boundaries: ${violations.length} import(s) cross a boundary (DESIGN §2).`);
    process.exitCode = 1;
  } else {
    console.log(`lint-boundaries: ${files} files, no boundary crossed.`);
  }
}
