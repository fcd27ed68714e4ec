#!/usr/bin/env node
// `npm start [-- --data-dir DIR] [--port N] [--no-open] [--browser]`: the Electron window where
// Electron can run, browser mode otherwise. The logic is TypeScript (scripts/lib/start-main.ts,
// decisions in scripts/lib/launch.ts), run through tsx like the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./lib/start-main.ts');
process.exitCode = await main(process.argv.slice(2));
