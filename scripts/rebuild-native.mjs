#!/usr/bin/env node
// Child process of scripts/lib/native.ts: compile one native module in BUILD_PATH for Electron.
// Runs separately so its parent can time it out, and with a cleaned environment (no nodedir).
//   node scripts/rebuild-native.mjs --build-path DIR --electron-version X.Y.Z [--module NAME]
import { parseArgs } from 'node:util';
import { rebuild } from '@electron/rebuild';

const { values } = parseArgs({
  options: { 'build-path': { type: 'string' }, 'electron-version': { type: 'string' }, module: { type: 'string', default: 'better-sqlite3-multiple-ciphers' } },
});
if (!values['build-path'] || !values['electron-version']) {
  console.error('usage: rebuild-native.mjs --build-path DIR --electron-version X.Y.Z [--module NAME]');
  process.exit(2);
}
try {
  await rebuild({
    buildPath: values['build-path'],
    electronVersion: values['electron-version'],
    onlyModules: [values.module],
    force: true,
    // Explicit, so nothing in the environment can point node-gyp at Node's own headers.
    headerURL: 'https://www.electronjs.org/headers',
    mode: 'sequential',
  });
} catch (e) {
  console.error(`rebuild failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  process.exit(1);
}
