/**
 * The fast path of `lakar diff --textconv` (git runs it for every version of a project it shows):
 * cli/textconv.ts bundled by esbuild into dist-cli/textconv/, so Node loads one plain JavaScript
 * file instead of compiling TypeScript through tsx. The bundle is rebuilt when it is missing or any
 * of its sources is newer (their list is kept beside it), so it never runs stale code; when it cannot
 * be built or written (a read-only installation), the caller falls back to the full CLI.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-cli', 'textconv');
const outfile = path.join(outdir, 'textconv.mjs');
const inputsFile = path.join(outdir, 'inputs.json');

function fresh() {
  try {
    const built = fs.statSync(outfile).mtimeMs;
    const inputs = JSON.parse(fs.readFileSync(inputsFile, 'utf8'));
    return inputs.every((f) => fs.statSync(path.join(root, f)).mtimeMs <= built);
  } catch {
    return false;
  }
}

/**
 * Build dist-cli/textconv/ from cli/textconv.ts (node_modules stay external). Split into chunks so
 * what only the rare paths need (the validating store reader, zod) loads only when they are taken.
 */
export async function buildTextconvBundle() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(root, 'cli/textconv.ts')],
    outdir,
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
  });
  fs.writeFileSync(inputsFile, JSON.stringify(Object.keys(result.metafile.inputs)));
}

/** The bundled `textconv(file, lang, out)`, built first when needed; null when it cannot be had. */
export async function loadTextconv() {
  try {
    if (!fresh()) await buildTextconvBundle();
    return (await import(pathToFileURL(outfile).href)).textconv;
  } catch {
    return null;
  }
}
