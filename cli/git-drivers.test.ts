/**
 * The git round trip of test/git/round-trip.sh, run for real: `lakar git-setup`, a project committed
 * and edited on two branches (one field both ways), `git diff` showing the readable listing, and
 * `git merge` running Lakar's merge driver, which reports the one conflict and keeps both sides' other
 * changes; then the conflict is answered with `lakar merge --prefer theirs`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = path.join(import.meta.dirname, '..', 'test', 'git', 'round-trip.sh');
const BIN = path.join(import.meta.dirname, '..', 'bin', 'lakar.mjs');
let work: string;
let out = '';
let code: number | null = null;

const section = (name: string) => out.split(`== ${name}\n`)[1]?.split('\n== ')[0] ?? '';

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-git-'));
  const { LAKAR_LANG: _l, GIT_DIR: _d, GIT_WORK_TREE: _w, ...env } = process.env;
  const r = spawnSync('bash', [SCRIPT, work, BIN], { env, encoding: 'utf8', timeout: 600_000 });
  out = r.stdout + r.stderr;
  code = r.status;
}, 620_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('git with Lakar’s drivers (lakar git-setup)', () => {
  it('runs the whole two-branch round trip', () => {
    expect(code, out).toBe(0);
  });

  it('shows `git diff` of a .lakar project as the readable listing, one line per changed field', () => {
    const diff = section('git diff');
    expect(diff).toContain('-  Kod sistem: SPP\n+  Kod sistem: SPP2\n');
    expect(diff).toContain(' Aliran data Sistem B – Sistem Pengambilan Pekerja [fl_b]\n-  Kaedah integrasi: MyGDX\n+  Kaedah integrasi: API\n');
    expect(diff).not.toContain('Binary files');
  });

  it('has `git merge` report exactly the one conflict through the driver and leave the file unmerged', () => {
    const merge = section('git merge');
    expect(merge.match(/KONFLIK:/g)).toHaveLength(1);
    expect(merge).toContain('KONFLIK: Aliran data Sistem B – Sistem Pengambilan Pekerja: Kaedah integrasi — saya: API; mereka: SFTP (asal: MyGDX)');
    expect(merge).toContain('CONFLICT (content): Merge conflict in projek.lakar');
    expect(merge).toContain('merge-exit=1');
    expect(section('status')).toContain('UU projek.lakar');
  });

  it('keeps the other side’s non-conflicting change in the merged project (mine’s are already there)', () => {
    expect(section('merged')).toBe('~ Sistem Luaran "Sistem D (JPN)": Nama Sistem D → Sistem D (JPN)\n1 perubahan: 0 ditambah, 0 dipadam, 1 diubah.');
  });

  it('answers the conflict with lakar merge --prefer theirs and commits the merge', () => {
    const resolved = section('resolve');
    expect(resolved).toContain('1 konflik dijawab dengan versi theirs');
    expect(resolved).toContain('~ Aliran data Sistem B – Sistem Pengambilan Pekerja: Kaedah integrasi API → SFTP');
    expect(resolved).toContain('~ Sistem Luaran "Sistem D (JPN)": Nama Sistem D → Sistem D (JPN)');
    expect(section('log').split('\n')[0]).toMatch(/Gabung rakan: SFTP$/);
  });
});
