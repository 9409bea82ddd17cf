/**
 * A small deterministic slice of the two torture harnesses (test/torture, issue 13), run as the real
 * scripts so the unit suite notices when they stop working or find something. The figures for the
 * issue come from `npm run torture:kill` / `npm run torture:fuzz` (and `-- --long`), not from here.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function harness(script: string, args: string[]): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [TSX, path.join(ROOT, 'test', 'torture', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('torture harnesses, a seeded slice', () => {
  it('fuzz: 24 mutated inputs of every kind (one through the real CLI) are each accepted whole or refused with a message, their folders untouched', () => {
    const r = harness('fuzz.ts', ['--cases', '24', '--cli-every', '24', '--seed', '13']);
    expect(r.out).toContain('OK: 0 failed checks');
    expect(r.out).toMatch(/refused\s+\d+/);
    expect(r.code).toBe(0);
  }, 600_000);

  it('kill: 3 SIGKILLs of a writer and of lakar export leave no corrupt file, lost edit or temporary file', () => {
    const r = harness('kill.ts', ['--kills', '3', '--elements', '100', '--cli-share', '0.34', '--seed', '13']);
    expect(r.out).toContain('OK: 0 failed checks');
    expect(r.code).toBe(0);
  }, 600_000);
});
