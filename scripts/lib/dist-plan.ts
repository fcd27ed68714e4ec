// `npm run dist` decisions, pure: which platform to package for and where Electron comes from.
// Checked before anything is built, so an offline machine gets one clear sentence in a second,
// not a stack trace from deep inside electron-builder minutes later.

export type Platform = 'linux' | 'darwin' | 'win32';

export interface DistOptions {
  platform: Platform;
  /** --dir: an unpacked app only (no installer), e.g. for a quick check. */
  dirOnly: boolean;
  electronDist?: string | undefined;
  skipBuild: boolean;
}

const FLAGS: Record<string, Platform> = { '--linux': 'linux', '--mac': 'darwin', '--win': 'win32' };

export function parseDistArgs(argv: readonly string[], host: NodeJS.Platform): DistOptions {
  const wanted = new Set<Platform>();
  const opts: DistOptions = { platform: 'linux', dirOnly: false, skipBuild: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a in FLAGS) wanted.add(FLAGS[a]!);
    else if (a === '--dir') opts.dirOnly = true;
    else if (a === '--skip-build') opts.skipBuild = true;
    else if (a === '--electron-dist' || a.startsWith('--electron-dist=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) throw new Error('--electron-dist needs a path (an Electron zip or an unpacked Electron folder)');
      opts.electronDist = v;
    } else throw new Error(`Unknown option: ${a} (known: --linux, --mac, --win, --dir, --electron-dist PATH, --skip-build)`);
  }
  if (wanted.size > 1) throw new Error('Package for one platform at a time (the native module is compiled for the machine it is built on).');
  const platform = [...wanted][0] ?? (host as Platform);
  if (!['linux', 'darwin', 'win32'].includes(host)) throw new Error(`Packaging is not supported on ${host}.`);
  if (platform !== host) {
    throw new Error(`Cannot package for ${platform} on ${host}: the SQLite driver (better-sqlite3-multiple-ciphers) must be compiled on the target OS. Build on a ${platform} machine (see docs/packaging.md).`);
  }
  opts.platform = platform;
  return opts;
}

export const builderPlatformFlag = (p: Platform): string => ({ linux: '--linux', darwin: '--mac', win32: '--win' })[p];

/** The archive electron-builder would download for this Electron. */
export const electronZipName = (version: string, platform: Platform, arch: string): string =>
  `electron-v${version}-${platform}-${arch}.zip`;

export interface ElectronSources {
  version: string;
  zipName: string;
  /** --electron-dist / INYEON_ELECTRON_DIST, and whether that path exists. */
  explicit?: { path: string; exists: boolean } | undefined;
  /** node_modules/electron/dist when its binary is there (same version, host platform). */
  hostDist?: string | undefined;
  /** The zip found in an Electron download cache. */
  cachedZip?: string | undefined;
  /** Whether the download host answered. */
  online: boolean;
  /** The caches searched for the zip, for the message. */
  searched: string[];
}

export type ElectronPlan = { ok: true; electronDist?: string; via: string } | { ok: false; message: string };

export function planElectron(s: ElectronSources): ElectronPlan {
  if (s.explicit) {
    if (!s.explicit.exists) return { ok: false, message: `The Electron given with --electron-dist does not exist: ${s.explicit.path}` };
    return { ok: true, electronDist: s.explicit.path, via: `--electron-dist ${s.explicit.path}` };
  }
  if (s.hostDist) return { ok: true, electronDist: s.hostDist, via: `the installed Electron (${s.hostDist})` };
  if (s.cachedZip) return { ok: true, electronDist: s.cachedZip, via: `the cached ${s.zipName}` };
  if (s.online) return { ok: true, via: 'a download by electron-builder' };
  return {
    ok: false,
    message:
      `Electron ${s.version} is not available, so nothing can be packaged: its binary is not installed ` +
      `(node_modules/electron/dist), ${s.zipName} is not in ${s.searched.join(' or ')}, and the download server cannot be reached. ` +
      'Run this on a machine with network access once, or pass --electron-dist PATH (the zip or an unpacked Electron). See docs/packaging.md.',
  };
}
