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
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
