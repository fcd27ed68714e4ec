// Where the book lives when no --data-dir / INYEON_DATA_DIR is given: the same folder Electron's
// app.getPath('userData') uses for productName "Inyeon", so the CLI and the app share one book.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.INYEON_DATA_DIR) return env.INYEON_DATA_DIR;
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Inyeon');
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Inyeon');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Inyeon');
}
