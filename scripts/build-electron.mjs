#!/usr/bin/env node
/**
 * Bundles the Electron main process and the preload script with esbuild (installed with vite/tsx):
 *   electron/main.ts    → dist-electron/main.cjs     (Node, CommonJS; electron and better-sqlite3 stay external)
 *   electron/preload.ts → dist-electron/preload.cjs  (sandboxed preload: one self-contained file,
 *                                                      only `electron` may be required at run time)
 * `npm run build` runs this after the renderer build; `npm start` then launches Electron on it.
 * `--outdir <dir>` writes the bundles elsewhere.
 */
import { build } from 'esbuild';
import console from 'node:console';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir <dir>` builds elsewhere (the glue test bundles into a temporary folder)
const outdirArg = process.argv.indexOf('--outdir');
const outdir = outdirArg > 0 ? path.resolve(process.argv[outdirArg + 1]) : path.join(root, 'dist-electron');
const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;

/** Options shared by both bundles. */
const common = {
  bundle: true,
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  absWorkingDir: root,
  define: { 'process.env.NODE_ENV': '"production"' },
};

const results = await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: path.join(outdir, 'main.cjs'),
    platform: 'node',
    // Electron 45 embeds Node 22
    target: 'node22',
    external: ['electron', 'better-sqlite3'],
    metafile: true,
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(outdir, 'preload.cjs'),
    // a sandboxed preload has no Node: bundling for the browser makes any Node import a build error
    platform: 'browser',
    target: 'es2022',
    external: ['electron'],
    metafile: true,
  }),
]);

for (const result of results) {
  for (const [file, info] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith('.map')) continue;
    console.log(`${path.relative(root, path.join(root, file))}  ${(info.bytes / 1024).toFixed(0)} KiB`);
  }
}
console.log(`Electron ${electronVersion} main process and preload bundled into ${path.relative(root, outdir)}/`);
