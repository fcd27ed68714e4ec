// Starts a TypeScript worker entry from the sources (tsx, vitest, the CLI): a worker thread does
// not inherit the loader the main thread registered, so it registers tsx itself first. A built
// app starts the bundled entry instead (book-scans.ts, scripts/build-electron.mjs).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
