// Starts Inyeon in browser mode on a temp data folder (the real CLI `serve`, as `npm start`
// does when Electron cannot run) and drives it with Debian's Chromium through playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { BIN } from '../../support/cli.js';
import { tempDir } from '../../support/temp.js';

export const SCREENSHOT_DIR = 'test-results/screens';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningApp {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export function newDataDir(): { path: string; remove(): void } {
  return tempDir('inyeon-e2e-');
}

/**
 * `now` freezes the backend's clock (the CLI's --now), so a test can seed a book "weeks ago"
 * with the CLI and then open the app on the day things fall due.
 */
export async function startApp(opts: { dataDir?: { path: string; remove(): void }; now?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunningApp> {
  const dir = opts.dataDir ?? newDataDir();
  const args = [BIN, '--data-dir', dir.path, '--json', ...(opts.now ? ['--now', opts.now] : []), 'serve', '--no-open', '--port', '0'];
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`inyeon serve exited with ${code}: ${stderr}`)));
  });
  const { url } = JSON.parse(firstLine) as { url: string };
  return {
    url,
    dataDir: dir.path,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      dir.remove();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

export async function openPage(browser: Browser, url: string, locale: 'ko-KR' | 'en-US'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 }, timezoneId: 'Asia/Seoul' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(url);
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: false });
}

/** Console errors and uncaught exceptions the page produced (a CSP violation shows up here too). */
export const pageErrors = (page: Page): string[] => (page as Page & { errors?: string[] }).errors ?? [];
