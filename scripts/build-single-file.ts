/**
 * `npm run web:file`: builds the single-file edition, `dist-file/lakar.html` (everything inlined:
 * scripts, styles, workers, the catalogue), which runs by double-click from a folder, a USB stick or
 * an e-mail attachment, offline, keeping projects in the browser's storage like the browser edition.
 * `--out <folder>` writes it elsewhere (the end-to-end test builds its own).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { singleFileHtml } from './single-file';

const root = resolve(import.meta.dirname, '..');
const outArg = process.argv.indexOf('--out');
const outDir = resolve(outArg > 0 ? process.argv[outArg + 1] : join(root, 'dist-file'));
const build = join(outDir, '.build');

execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'file', '--outDir', build, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });

const assets = readdirSync(join(build, 'assets'));
const scripts = assets.filter((f) => f.endsWith('.js'));
const styles = assets.filter((f) => f.endsWith('.css'));
// anything else would be a file the page could not load from file://
const others = assets.filter((f) => !f.endsWith('.js') && !f.endsWith('.css'));
if (scripts.length !== 1 || styles.length > 1 || others.length) throw new Error(`expected one script and one stylesheet, got ${assets.join(', ')}`);

const html = singleFileHtml(
  readFileSync(join(build, 'index.html'), 'utf8'),
  styles.length ? readFileSync(join(build, 'assets', styles[0]), 'utf8') : '',
  readFileSync(join(build, 'assets', scripts[0]), 'utf8'),
);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'lakar.html'), html);
rmSync(build, { recursive: true, force: true });
console.log(`${join(outDir, 'lakar.html')} (${(html.length / 1024 / 1024).toFixed(1)} MB)`);
