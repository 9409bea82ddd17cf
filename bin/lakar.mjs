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
// git's diff driver runs `lakar diff --textconv <file>` once per version it shows: a bundled fast path
const argv = process.argv.slice(2);
if (argv[0] === 'diff' && argv.includes('--textconv') && process.env.LAKAR_TEXTCONV_FAST !== '0') {
  const files = argv.slice(1).filter((a) => !a.startsWith('--'));
  const langArg = argv.find((a) => a.startsWith('--lang='))?.slice(7);
  const lang = (langArg ?? process.env.LAKAR_LANG ?? 'ms').toLowerCase().startsWith('en') ? 'en' : 'ms';
  if (files.length === 1 && !argv.includes('--lang')) {
    const { loadTextconv } = await import('../scripts/textconv-bundle.mjs');
    const textconv = await loadTextconv();
    // anything it cannot read goes to the full CLI, which explains the problem in the user's language
    if (textconv && (await textconv(files[0], lang, (s) => process.stdout.write(s)))) process.exit(0);
  }
}
// help and the version do no work that could run out of memory or leave a file: no second process for them
const helpOnly = argv.length > 0 && (argv[0] === 'help' || argv.some((a) => a === '--help' || a === '-h') || (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')));
if (helpOnly) await import('./lakar-child.mjs');
else process.exitCode = await supervise(besideThis('lakar-child.mjs'), argv);
