#!/usr/bin/env node
// Runs the TypeScript CLI directly (through tsx), so `npx savy` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
