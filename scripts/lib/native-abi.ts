// Which runtime a compiled .node file was built for. Non-N-API addons (better-sqlite3 is one)
// export `node_register_module_v<NODE_MODULE_VERSION>`; the symbol name is in the export table of
// ELF, Mach-O and PE files alike, so scanning the bytes works on every platform.
import { readFileSync } from 'node:fs';

export type AddonAbi = { kind: 'abi'; version: number } | { kind: 'napi' } | { kind: 'unknown' };

export function addonAbi(bytes: Uint8Array): AddonAbi {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const m = /node_register_module_v(\d+)/.exec(text);
  if (m) return { kind: 'abi', version: Number(m[1]) };
  if (text.includes('napi_register_module_v1')) return { kind: 'napi' };
  return { kind: 'unknown' };
}

export function addonAbiOfFile(path: string): AddonAbi {
  try {
    return addonAbi(readFileSync(path));
  } catch {
    return { kind: 'unknown' };
  }
}

/** Built for this runtime? N-API addons load anywhere; unknown files are treated as wrong. */
export function addonMatches(abi: AddonAbi, expected: number): boolean {
  return abi.kind === 'napi' || (abi.kind === 'abi' && abi.version === expected);
}

export const describeAbi = (abi: AddonAbi): string =>
  abi.kind === 'abi' ? `NODE_MODULE_VERSION ${abi.version}` : abi.kind === 'napi' ? 'N-API' : 'an unknown ABI';
