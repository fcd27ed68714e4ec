#!/usr/bin/env node
// The `inyeon` command. Runs the TypeScript sources through tsx's loader, so the CLI always
// matches the checked-out code without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
