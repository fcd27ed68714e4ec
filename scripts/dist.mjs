#!/usr/bin/env node
// `npm run dist [-- --linux|--mac|--win] [--dir] [--electron-dist PATH] [--skip-build]`
// Logic in scripts/lib/dist-main.ts (decisions in dist-plan.ts); docs/packaging.md explains the release.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./lib/dist-main.ts');
process.exitCode = await main(process.argv.slice(2));
