#!/usr/bin/env node
// Renders build/icon.svg to the PNGs electron-builder uses, with headless Chromium (no image
// library needed). Run after editing the SVG; the PNGs are committed.
//   node scripts/render-icons.mjs [--chromium PATH]
//   → build/icon.png (1024×1024: macOS and Windows icons are converted from it by electron-builder)
//   → build/icons/NxN.png (Linux icon set: 16 … 1024)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];
const { values } = parseArgs({ options: { chromium: { type: 'string', default: '/usr/bin/chromium' } } });

if (!existsSync(values.chromium)) {
  console.error(`render-icons: Chromium not found at ${values.chromium} (apt install chromium, or pass --chromium PATH).`);
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'inyeon-icons-'));
try {
  const svg = pathToFileURL(join(ROOT, 'build/icon.svg')).href;
  const page = join(work, 'icon.html');
  writeFileSync(page, `<!doctype html><style>html,body{margin:0;background:transparent}img{display:block;width:100vw;height:100vh}</style><img src="${svg}">`);
  mkdirSync(join(ROOT, 'build/icons'), { recursive: true });
  for (const size of SIZES) {
    const out = join(ROOT, 'build/icons', `${size}x${size}.png`);
    const r = spawnSync(values.chromium, [
      '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run',
      '--disable-background-networking', '--default-background-color=00000000',
      `--window-size=${size},${size}`, `--screenshot=${out}`, pathToFileURL(page).href,
    ], { stdio: 'ignore', timeout: 30_000 });
    if (r.status !== 0 || !existsSync(out)) throw new Error(`Chromium could not render the ${size}px icon`);
  }
  copyFileSync(join(ROOT, 'build/icons/1024x1024.png'), join(ROOT, 'build/icon.png'));
  console.log(`render-icons: build/icon.png and ${SIZES.length} sizes in build/icons/.`);
} catch (e) {
  console.error(`render-icons: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
