import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = path.join(import.meta.dirname, '..', 'scripts', 'native.mjs');
let dir: string;
let marker: string;

function native(runtime: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [SCRIPT, runtime], { env: { ...process.env, LAKAR_NATIVE_MARKER: marker, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-native-'));
  marker = path.join(dir, 'lakar-runtime.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('scripts/native.mjs', () => {
  it('does nothing, silently, when the marker already names this Node ABI', () => {
    const content = JSON.stringify({ runtime: 'node', version: '0.0.0', abi: process.versions.modules });
    fs.writeFileSync(marker, content);
    expect(native('node')).toMatchObject({ code: 0, stderr: '', stdout: '' });
    expect(fs.readFileSync(marker, 'utf8')).toBe(content);
  });

  it('only updates the marker when the module was marked for Electron but loads in Node', () => {
    fs.writeFileSync(marker, JSON.stringify({ runtime: 'electron', version: '45.4.1', abi: '140' }));
    const r = native('node');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`[native] better-sqlite3 is built for Node ${process.versions.node} (ABI ${process.versions.modules})\n`);
    expect(JSON.parse(fs.readFileSync(marker, 'utf8'))).toMatchObject({ runtime: 'node', abi: process.versions.modules });
  });

  it('rebuilds for Electron when the build is for Node', () => {
    fs.writeFileSync(marker, JSON.stringify({ runtime: 'node', version: process.versions.node, abi: process.versions.modules }));
    const r = native('electron', { LAKAR_NATIVE_DRY_RUN: '1' });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^\[native\] would run: .*electron-rebuild(\.cmd)? -f -w better-sqlite3\n$/);
    expect(JSON.parse(fs.readFileSync(marker, 'utf8')).runtime).toBe('node');
  });

  it('refuses an unknown runtime', () => {
    expect(native('deno')).toMatchObject({ code: 1, stderr: '[native] usage: native.mjs node|electron (got deno)\n' });
  });
});
