/**
 * Issue 13: `lakar info`, `check`, `export` and `import` only ever read their input — a `.lakar`
 * with a foreign trigger is refused, one whose last save was interrupted (hot journal) or that
 * another SQLite tool left in WAL mode is read through a private copy — and the input's folder is
 * byte-identical afterwards, side files included.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import type { CliIo } from '../../cli/context';
import { createProject } from '../../electron/store/project';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { interruptedSaveCopy } from '../helpers/interrupted';

let dir: string;
let out: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-hcli-in-'));
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-hcli-out-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
});

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const folder = () => Object.fromEntries(fs.readdirSync(dir).sort().map((n) => [n, sha(path.join(dir, n))]));

async function lakar(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (s) => void (stdout += typeof s === 'string' ? s : ''), stderr: (s) => void (stderr += s), env: {}, cwd: out };
  return { code: await main(args, io), stdout, stderr };
}

/** Every reading command on `file`: the results, with the folder checked unchanged after each. */
async function readAll(file: string) {
  const before = folder();
  const results = [];
  for (const args of [
    ['info', file],
    ['check', file],
    ['export', file, '--format', 'json', '-o', path.join(out, 'x.lakar.json')],
    ['import', file, '-o', path.join(out, 'salinan.lakar'), '--force'],
  ]) {
    results.push(await lakar(args));
    expect(folder()).toEqual(before);
  }
  return results;
}

describe('lakar reading hostile or interrupted .lakar files', () => {
  it('refuses a file with a foreign trigger in every command (exit 2), naming the trigger', async () => {
    const file = path.join(dir, 'kiriman.lakar');
    await createProject(file, pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
    const db = new Database(file);
    db.exec('CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM elements; END;');
    db.close();
    for (const r of await readAll(file)) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('trigger “wipe”');
    }
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('reads the last saved state of a file whose save was interrupted, with a warning, touching nothing', async () => {
    const source = path.join(out, 'sumber.lakar');
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    await createProject(source, doc);
    const file = path.join(dir, 'terganggu.lakar');
    interruptedSaveCopy(source, file);
    fs.rmSync(source);
    const [info, check, exported, imported] = await readAll(file);
    expect(info.code).toBe(0);
    expect(info.stdout).toContain(`Tajuk: ${doc.meta.title}`);
    expect(info.stderr).toBe('Amaran: simpanan terakhir “terganggu.lakar” terganggu; keadaan simpanan terakhir dibaca. Fail itu dan fail -journal di sebelahnya tidak diubah (buka dalam Lakar untuk memulihkannya ke salinan).\n');
    expect(check.code).toBe(0);
    expect([exported.code, imported.code]).toEqual([0, 0]);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'x.lakar.json'), 'utf8')).meta.title).toBe(doc.meta.title);
  });

  it('reads a WAL-mode file without creating -wal or -shm beside it', async () => {
    const file = path.join(dir, 'wal.lakar');
    await createProject(file, pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.close();
    const [info] = await readAll(file);
    expect(info.code).toBe(0);
    expect(info.stderr).toContain('mod WAL');
    expect(fs.readdirSync(dir)).toEqual(['wal.lakar']);
  });
});
