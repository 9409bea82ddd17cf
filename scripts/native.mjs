#!/usr/bin/env node
/**
 * `node scripts/native.mjs node|electron`: make sure better-sqlite3's native module is built for the
 * runtime about to load it. Node (tests, CLI) and Electron (the app) need different builds (different
 * ABIs), so a marker file beside `better_sqlite3.node` records which one is there:
 *  - node: marker says this Node ABI → nothing to do. Otherwise try loading the module in a child
 *    process (a failed dlopen cannot be undone in-process); if it loads, just update the marker,
 *    else `npm rebuild better-sqlite3`.
 *  - electron: marker says the installed Electron version → nothing to do; else
 *    `electron-rebuild -f -w better-sqlite3` (package @electron/rebuild).
 * The no-op path reads one small file, so `npm test`, `npm start` and the CLI can call it every time.
 * Env (for tests): LAKAR_NATIVE_MARKER overrides the marker path; LAKAR_NATIVE_DRY_RUN=1 prints the
 * rebuild command instead of running it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));

/** Path of the marker recording which runtime the native module was built for. */
export function markerPath() {
  if (process.env.LAKAR_NATIVE_MARKER) return process.env.LAKAR_NATIVE_MARKER;
  const pkg = requireFromRoot.resolve('better-sqlite3/package.json');
  return path.join(path.dirname(pkg), 'build', 'Release', 'lakar-runtime.json');
}

/** The recorded build target, or null when unknown. */
export function readMarker() {
  try {
    const m = JSON.parse(fs.readFileSync(markerPath(), 'utf8'));
    return m && typeof m.runtime === 'string' ? m : null;
  } catch {
    return null;
  }
}

function writeMarker(target) {
  fs.mkdirSync(path.dirname(markerPath()), { recursive: true });
  fs.writeFileSync(markerPath(), `${JSON.stringify({ ...target, builtAt: new Date().toISOString() }, null, 2)}\n`);
}

/** What the module must be built for to run under `runtime` ('node' or 'electron'). */
export function targetFor(runtime) {
  if (runtime === 'node') return { runtime, version: process.versions.node, abi: process.versions.modules };
  const version = requireFromRoot('electron/package.json').version;
  let abi = null;
  try {
    abi = String(requireFromRoot('node-abi').getAbi(version, 'electron'));
  } catch {
    // node-abi is a dependency of @electron/rebuild; without it the Electron version alone decides
  }
  return { runtime, version, abi };
}

/** True when `marker` says the module fits `target` (for Node the ABI matters, not the patch version). */
export function markerFits(marker, target) {
  if (!marker || marker.runtime !== target.runtime) return false;
  return target.runtime === 'node' ? String(marker.abi) === String(target.abi) : marker.version === target.version;
}

/** True when this Node can load better-sqlite3 (tried in a child process). */
function nodeCanLoad() {
  const r = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: ROOT, stdio: 'ignore' });
  return r.status === 0;
}

function run(command, args, log) {
  if (process.env.LAKAR_NATIVE_DRY_RUN === '1') {
    log(`would run: ${command} ${args.join(' ')}`);
    return true;
  }
  log(`running: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' });
  return r.status === 0;
}

/**
 * Ensure the build fits `runtime`. Returns 'none' (already right), 'marked' (right, marker updated)
 * or 'rebuilt'; throws when a rebuild fails. Progress goes to `log` (stderr by default).
 */
export function ensureNative(runtime, log = (m) => process.stderr.write(`[native] ${m}\n`)) {
  if (runtime !== 'node' && runtime !== 'electron') throw new Error(`usage: native.mjs node|electron (got ${runtime})`);
  const target = targetFor(runtime);
  if (markerFits(readMarker(), target)) return 'none';
  if (runtime === 'node') {
    if (nodeCanLoad()) {
      writeMarker(target);
      log(`better-sqlite3 is built for Node ${target.version} (ABI ${target.abi})`);
      return 'marked';
    }
    if (!run('npm', ['rebuild', 'better-sqlite3'], log)) throw new Error('npm rebuild better-sqlite3 failed');
    if (process.env.LAKAR_NATIVE_DRY_RUN !== '1' && !nodeCanLoad()) throw new Error('better-sqlite3 still does not load after the rebuild');
  } else {
    const local = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-rebuild.cmd' : 'electron-rebuild');
    const [command, args] = fs.existsSync(local) ? [local, ['-f', '-w', 'better-sqlite3']] : ['npx', ['electron-rebuild', '-f', '-w', 'better-sqlite3']];
    if (!run(command, args, log)) throw new Error(`electron-rebuild for Electron ${target.version} failed`);
  }
  if (process.env.LAKAR_NATIVE_DRY_RUN === '1') return 'rebuilt';
  writeMarker(target);
  log(`better-sqlite3 rebuilt for ${runtime} ${target.version}${target.abi ? ` (ABI ${target.abi})` : ''}`);
  return 'rebuilt';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureNative(process.argv[2]);
  } catch (e) {
    process.stderr.write(`[native] ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
