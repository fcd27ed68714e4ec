// `inyeon serve`: browser mode. The same backend behind the loopback server, serving the
// built renderer; prints the URL (with its one-time token) and runs until interrupted.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Backend } from '../backend/index.js';
import { startServer } from '../server/server.js';

export function rendererDir(): string {
  return process.env.INYEON_RENDERER_DIR ?? fileURLToPath(new URL('../../out/renderer/', import.meta.url));
}

export async function serve(backend: Pick<Backend, 'dispatch'>, opts: { port?: number | undefined; open: boolean; json: boolean }): Promise<void> {
  const staticDir = rendererDir();
  if (!existsSync(`${staticDir}/index.html`)) {
    throw new Error(`The app's pages are not built (${staticDir}). Run "npm run build:renderer" or "npm start".`);
  }
  const server = await startServer({ backend, staticDir, ...(opts.port !== undefined ? { port: opts.port } : {}) });
  if (opts.json) process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port, token: server.token })}\n`);
  else process.stdout.write(`Inyeon is running in browser mode at ${server.url}\nPress Ctrl+C to stop.\n`);
  if (opts.open) openInBrowser(server.url);
  await new Promise<void>((resolve) => {
    const stop = () => { server.close().then(resolve, resolve); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** Best effort: a missing opener or no display just leaves the printed URL to click. */
function openInBrowser(url: string): void {
  const { platform, env } = process;
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return;
  const [cmd, args] = platform === 'darwin' ? ['open', [url]] : platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    /* the URL is printed above */
  }
}
