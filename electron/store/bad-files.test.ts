import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../shared/model';
import { formatError } from '../../shared/i18n/errors';
import { makeLargeDocument } from '../../test/helpers/factories';
import { dropKeyIndexEntry, duplicateKeyRow } from '../../test/helpers/damaged-lakar';
import { loadRows } from '../../shared/lakar-file/rows';
import { LAKAR_APPLICATION_ID } from './format';
import { createProject, openProject, readProjectDocument } from './project';
import { StoreError } from './errors';

let dir: string;
let recoveryDir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-bad-'));
  recoveryDir = path.join(dir, 'recovery');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Open `file` expecting a StoreError; asserts the file and its folder are left exactly as they were. */
async function expectRefused(file: string, code: string): Promise<StoreError> {
  const before = sha(file);
  const listing = fs.readdirSync(dir).sort();
  const err = await openProject(file, { recoveryDir }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StoreError);
  expect((err as StoreError).code).toBe(code);
  expect((err as StoreError).key).toBe(`store.${code}`);
  await expect(readProjectDocument(file)).rejects.toMatchObject({ code });
  expect(sha(file)).toBe(before);
  expect(fs.readdirSync(dir).sort()).toEqual(listing);
  return err as StoreError;
}

/** A valid project file of ~200 elements. */
async function goodFile(name = 'projek.lakar'): Promise<string> {
  const file = path.join(dir, name);
  await createProject(file, makeLargeDocument(200));
  return file;
}

function edit(file: string, sql: string, ...params: unknown[]) {
  const db = new Database(file);
  db.prepare(sql).run(...params);
  db.close();
}

describe('opening a file that is not a good .lakar', () => {
  it('reports a missing file', async () => {
    await expect(openProject(path.join(dir, 'tiada.lakar'), { recoveryDir })).rejects.toMatchObject({ code: 'notFound', params: { file: 'tiada.lakar' } });
  });

  it('refuses a text file and names it in both languages', async () => {
    const file = path.join(dir, 'nota.lakar');
    fs.writeFileSync(file, 'Ini bukan pangkalan data.\n'.repeat(20));
    const err = await expectRefused(file, 'notSqlite');
    expect(formatError('ms', err.key, err.params)).toBe('Fail “nota.lakar” bukan projek Lakar (.lakar). Fail itu tidak diubah.');
    expect(formatError('en', err.key, err.params)).toBe('File “nota.lakar” is not a Lakar project (.lakar). The file was not changed.');
  });

  it('refuses an empty file', async () => {
    const file = path.join(dir, 'kosong.lakar');
    fs.writeFileSync(file, '');
    await expectRefused(file, 'notSqlite');
  });

  it('refuses an SQLite database of another application', async () => {
    const file = path.join(dir, 'lain.lakar');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    await expectRefused(file, 'notLakar');
  });

  it('refuses a file from a newer Lakar, naming both versions', async () => {
    const file = await goodFile();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const err = await expectRefused(file, 'tooNew');
    expect(err.params).toMatchObject({ version: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION });
  });

  it('refuses a file whose pages are damaged (integrity_check)', async () => {
    const file = await goodFile();
    const db = new Database(file, { readonly: true });
    const root = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'relations'").pluck().get() as number;
    db.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // scribble over the header of the relations table's root b-tree page
    Buffer.from([0x77, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]).copy(bytes, (root - 1) * pageSize);
    fs.writeFileSync(file, bytes);
    await expectRefused(file, 'corrupt');
  });

  it('refuses a file whose key index lost a row, which quick_check alone does not see (a save would duplicate the row)', async () => {
    const file = await goodFile();
    fs.writeFileSync(file, dropKeyIndexEntry(file, fs.readFileSync(file), 'el_150'));
    const db = new Database(file, { readonly: true });
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(db.pragma('integrity_check', { simple: true })).not.toBe('ok');
    db.close();
    const err = await expectRefused(file, 'corrupt');
    expect(String(err.params.detail)).toContain('elements');
  });

  it('refuses a file with two rows of one element (a broken UNIQUE key) instead of keeping one of them', async () => {
    const file = await goodFile();
    duplicateKeyRow(file, fs, 'el_150');
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM elements NOT INDEXED WHERE id = 'el_150'").pluck().get()).toBe(2);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    // loading alone (without the storage check that opening runs first) refuses it too
    expect(() => loadRows(db, 'projek.lakar')).toThrow(expect.objectContaining({ code: 'corrupt', params: expect.objectContaining({ detail: 'elements/el_150: duplicate key' }) }));
    db.close();
    const err = await expectRefused(file, 'corrupt');
    expect(String(err.params.detail)).toContain('sqlite_autoindex_elements_1');
  });

  it('refuses a truncated file', async () => {
    const file = await goodFile();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectRefused(file, 'corrupt');
  });

  it('refuses a row that fails validation and says which record', async () => {
    const file = await goodFile();
    edit(file, "UPDATE elements SET data = json_set(data, '$.lifecycle', 'G2X') WHERE id = 'el_0'");
    const err = await expectRefused(file, 'invalidContent');
    expect(err.params.where).toBe('elements/el_0');
    expect(String(err.params.message)).toContain('lifecycle');
  });

  it('refuses a relation whose element is missing', async () => {
    const file = await goodFile();
    const rel = new Database(file, { readonly: true }).prepare('SELECT id, source FROM relations LIMIT 1').get() as { id: string; source: string };
    edit(file, 'DELETE FROM elements WHERE id = ?', rel.source);
    const err = await expectRefused(file, 'invalidContent');
    expect(err.params.where).toMatch(/^(relations|view_nodes)\//);
  });

  it('refuses a node row with an impossible size', async () => {
    const file = await goodFile();
    edit(file, "UPDATE view_nodes SET w = -5 WHERE element_id = 'el_3'");
    const err = await expectRefused(file, 'invalidContent');
    expect(err.params.where).toBe('views/view_main');
    expect(String(err.params.message)).toContain('nodes.el_3.w');
  });

  it('refuses a relation row that fails validation and says which record, for data flows and other relations', async () => {
    const file = await goodFile();
    edit(file, "UPDATE relations SET data = json_set(data, '$.method', 'faks') WHERE id = (SELECT min(id) FROM relations WHERE kind = 'dataFlow')");
    const flow = new Database(file, { readonly: true }).prepare("SELECT min(id) FROM relations WHERE kind = 'dataFlow'").pluck().get() as string;
    const err = await expectRefused(file, 'invalidContent');
    expect(err.params.where).toBe(`relations/${flow}`);
    edit(file, "UPDATE relations SET data = json_remove(data, '$.method') WHERE id = ?", flow);
    edit(file, "UPDATE relations SET data = json_set(data, '$.source', 7) WHERE id = 'rel_1'");
    const other = await expectRefused(file, 'invalidContent');
    expect(other.params.where).toBe('relations/rel_1');
  });

  it('refuses a row that is not JSON', async () => {
    const file = await goodFile();
    edit(file, "UPDATE views SET data = '{oops' WHERE id = 'view_main'");
    const err = await expectRefused(file, 'invalidContent');
    expect(err.params.where).toBe('views/view_main');
  });

  it('refuses a Lakar-marked file without the Lakar tables', async () => {
    const file = path.join(dir, 'separuh.lakar');
    const db = new Database(file);
    db.pragma(`application_id = ${LAKAR_APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    db.exec('CREATE TABLE x (y)');
    db.close();
    const err = await expectRefused(file, 'invalidContent');
    expect(err.params.where).toBe('schema');
  });

  it('refuses a Lakar-marked file without a schema version', async () => {
    const file = path.join(dir, 'versi0.lakar');
    const db = new Database(file);
    db.pragma(`application_id = ${LAKAR_APPLICATION_ID}`);
    db.exec('CREATE TABLE x (y)');
    db.close();
    await expectRefused(file, 'corrupt');
  });
});
