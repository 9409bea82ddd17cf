import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeLargeDocument } from '../../test/helpers/factories';
import { MIGRATIONS, type Migration } from './migrations';
import { createProject, openProject, readProjectDocument } from './project';

let dir: string;
let recoveryDir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-mig-'));
  recoveryDir = path.join(dir, 'recovery');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

/** A test-only schema 3: adds a column and fills it from the JSON rows (as real data migrations will). */
const v3: Migration = {
  version: 3,
  description: 'test: element description column',
  up: (db) => {
    db.exec("ALTER TABLE elements ADD COLUMN note TEXT; UPDATE elements SET note = json_extract(data, '$.kind')");
  },
};
const failingV3: Migration = { version: 3, description: 'test: fails', up: () => { throw new Error('tidak serasi'); } };

describe('opening a file of an older schema', () => {
  it('writes a backup of the original, then migrates the file in place', async () => {
    const file = path.join(dir, 'lama.lakar');
    const doc = makeLargeDocument(100);
    await createProject(file, doc);
    const original = sha(file);

    const p = await openProject(file, { recoveryDir, migrations: [...MIGRATIONS, v3] });
    expect(p.info.fileVersion).toBe(2);
    expect(p.info.backupPath).toBe(path.join(dir, 'lama.v2.bak.lakar'));
    expect(sha(p.info.backupPath!)).toBe(original);
    expect(p.session.doc).toEqual(doc);
    p.close({ keepRecovery: false });

    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare("SELECT note FROM elements WHERE id = 'el_0'").pluck().get()).toBe('targetGroup');
    db.close();
    // the backup is still a valid schema-2 project
    expect((await readProjectDocument(p.info.backupPath!)).doc).toEqual(doc);
  });

  it('does not overwrite an earlier backup', async () => {
    const file = path.join(dir, 'lama.lakar');
    await createProject(file, makeLargeDocument(10));
    fs.writeFileSync(path.join(dir, 'lama.v2.bak.lakar'), 'sandaran lama');
    const p = await openProject(file, { recoveryDir, migrations: [...MIGRATIONS, v3] });
    expect(p.info.backupPath).toBe(path.join(dir, 'lama.v2.bak-2.lakar'));
    expect(fs.readFileSync(path.join(dir, 'lama.v2.bak.lakar'), 'utf8')).toBe('sandaran lama');
    p.close({ keepRecovery: false });
  });

  it('migrates only in memory when just reading', async () => {
    const file = path.join(dir, 'baca.lakar');
    await createProject(file, makeLargeDocument(10));
    const original = sha(file);
    const read = await readProjectDocument(file, { migrations: [...MIGRATIONS, v3] });
    expect(read.fileVersion).toBe(2);
    expect(sha(file)).toBe(original);
    expect(fs.readdirSync(dir)).toEqual(['baca.lakar']);
  });

  it('leaves the file untouched and makes no backup when a migration fails', async () => {
    const file = path.join(dir, 'gagal.lakar');
    await createProject(file, makeLargeDocument(10));
    const original = sha(file);
    await expect(openProject(file, { recoveryDir, migrations: [...MIGRATIONS, failingV3] })).rejects.toMatchObject({
      code: 'migrationFailed',
      params: { file: 'gagal.lakar', from: 2, to: 3, message: 'tidak serasi' },
    });
    expect(sha(file)).toBe(original);
    expect(fs.readdirSync(dir)).toEqual(['gagal.lakar']);
  });
});
