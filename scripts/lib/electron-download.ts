// First-run download of Electron's binary (electron ≥ 41 no longer fetches it at install time).
// Tried once, only when the download host answers at all, and with a time limit: an offline
// machine must reach browser mode in seconds, not hang.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';

/** The host @electron/get downloads from: ELECTRON_MIRROR's, else GitHub's. */
export function downloadHost(env: NodeJS.ProcessEnv): string {
  const mirror = env.ELECTRON_MIRROR ?? env.npm_config_electron_mirror;
  if (mirror) {
    try {
      return new URL(mirror).hostname;
    } catch {
      /* fall through to the default */
    }
  }
  return 'github.com';
}

/** Can we open a TCP connection to host:443 within the time limit? (DNS failure answers fast offline.) */
export function reachable(host: string, timeoutMs = 3000, port = 443): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Run electron's own install.js (it shows its progress); false on failure or after `timeoutMs`. */
export function runElectronInstall(installScript: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installScript], { stdio: ['ignore', 'inherit', 'inherit'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}
