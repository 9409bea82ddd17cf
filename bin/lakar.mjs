#!/usr/bin/env node
/**
 * The `lakar` command. Makes sure better-sqlite3 is built for this Node (a file read when it is;
 * a one-off rebuild after `npm start` built it for Electron), then runs the CLI (bin/lakar-child.mjs
 * → cli/main.ts) in a child process under supervision (bin/supervise.mjs): running out of memory,
 * a crash or Ctrl+C always end with a message in the user's language and exit code 2, never a V8
 * abort, and no temporary file is left behind.
 */
import process from 'node:process';
import { ensureNative } from '../scripts/native.mjs';
import { besideThis, supervise } from './supervise.mjs';

try {
  ensureNative('node');
} catch (e) {
  process.stderr.write(`lakar: better-sqlite3 ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}
process.exitCode = await supervise(besideThis('lakar-child.mjs'), process.argv.slice(2));
