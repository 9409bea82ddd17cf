#!/usr/bin/env node
/**
 * The `lakar` command. Makes sure better-sqlite3 is built for this Node (a file read when it is;
 * a one-off rebuild after `npm start` built it for Electron), then runs cli/main.ts through tsx.
 */
import process from 'node:process';
import { ensureNative } from '../scripts/native.mjs';

try {
  ensureNative('node');
} catch (e) {
  process.stderr.write(`lakar: better-sqlite3 ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
