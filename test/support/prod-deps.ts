// The production dependency tree of a project, read from node_modules the way Node resolves it
// (a dependency is the nearest `node_modules/<name>` up from the package that requires it), and a
// copy of just those packages made of hard links. The packaging test builds its throwaway project
// on that copy: a project whose node_modules is a symlink into another tree makes `npm ls` (which
// electron-builder's collector runs) report every transitive dependency as missing, so the app
// shipped without tesseract.js-core, is-url, detect-libc, … (seen first from a fresh `npm ci`).
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export interface ProdPackage {
  name: string;
  /** Real directory of the package. */
  dir: string;
  /** Path below the real node_modules folder: `tar-fs/node_modules/chownr`. */
  rel: string;
}

interface Manifest { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }

const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

function resolveFrom(name: string, fromDir: string): string | null {
  for (let d = fromDir; ; d = dirname(d)) {
    const candidate = join(d, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(d) === d) return null;
  }
}

/**
 * Every package reachable from `roots` (names, resolved from the project) through `dependencies`
 * and installed `optionalDependencies`; `skip` names packages not followed (install-time only).
 * A missing required dependency throws: the tree itself is broken.
 */
export function productionPackages(projectDir: string, roots: readonly string[], skip: readonly string[] = []): ProdPackage[] {
  const nodeModules = realpathSync(join(projectDir, 'node_modules'));
  const found = new Map<string, ProdPackage>();
  const visit = (name: string, fromDir: string, optional: boolean) => {
    if (skip.includes(name)) return;
    const dir = resolveFrom(name, fromDir);
    if (!dir) {
      if (optional) return;
      throw new Error(`${name} (needed from ${fromDir}) is not installed`);
    }
    if (found.has(dir)) return;
    const rel = relative(nodeModules, dir);
    if (rel.startsWith('..')) throw new Error(`${name} resolves outside ${nodeModules}: ${dir}`);
    found.set(dir, { name, dir, rel: rel.split(sep).join('/') });
    const m = manifest(dir);
    for (const dep of Object.keys(m.dependencies ?? {})) visit(dep, dir, false);
    for (const dep of Object.keys(m.optionalDependencies ?? {})) visit(dep, dir, true);
  };
  for (const name of roots) visit(name, realpathSync(projectDir), false);
  return [...found.values()].sort((a, b) => a.rel.localeCompare(b.rel));
}

/** The project's production dependencies (package.json `dependencies` and installed optional ones). */
export function projectProductionPackages(projectDir: string, skip: readonly string[] = []): ProdPackage[] {
  const m = manifest(projectDir);
  const optional = Object.keys(m.optionalDependencies ?? {}).filter((n) => resolveFrom(n, realpathSync(projectDir)));
  return productionPackages(projectDir, [...Object.keys(m.dependencies ?? {}), ...optional], skip);
}

/** Hard-link (copy across devices) `src` into `dst`, leaving out `src/node_modules` (nested packages come on their own). */
function linkTree(src: string, dst: string, top = true): void {
  mkdirSync(dst, { recursive: true });
  for (const e of readdirSync(src, { withFileTypes: true })) {
    if (top && e.name === 'node_modules') continue;
    const from = join(src, e.name);
    const to = join(dst, e.name);
    if (e.isDirectory()) linkTree(from, to, false);
    else if (e.isFile()) {
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
      }
    }
  }
}

/** A real node_modules folder in `targetDir` holding exactly `packages`, laid out (hoisted) as in the source tree. */
export function linkNodeModules(packages: readonly ProdPackage[], targetDir: string): void {
  for (const p of packages) linkTree(p.dir, join(targetDir, 'node_modules', p.rel));
}
