/**
 * The `.lakar` format is one format: files written by the browser editions' engine (SQLite compiled
 * to WebAssembly, renderer/lakar-file) open in the desktop store and the CLI's reader (better-sqlite3,
 * electron/store), and the other way round, with the same schema; both refuse the same bad files
 * with the same message and leave them untouched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import init from '@sqlite.org/sqlite-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeCommand } from '../../shared/commands';
import { applyImagePatch } from '../../shared/lakar-file/pages';
import { writeNewProject } from '../../shared/lakar-file/project-db';
import { writeRowChanges } from '../../shared/lakar-file/rows';
import { checkSchema } from '../../shared/lakar-file/schema-check';
import { formatError } from '../../shared/i18n/errors';
import { collectChanges, markDirty, emptyDirty } from '../../shared/store/changes';
import { openProject, readProjectDocument, writeProjectFile } from '../../electron/store';
import { createEngine, type LakarFileEngine } from '../../renderer/lakar-file/engine';
import { WasmDatabase } from '../../renderer/lakar-file/wasm-driver';
import type { Sqlite3Static } from '@sqlite.org/sqlite-wasm';
import { SCHEMA_VERSION } from '../../shared/model';
import { V1_COST_COMPONENT } from '../../shared/model/upgrade';
import { makeDocument, makeElement, makeLargeDocument, makeRelation } from '../helpers/factories';
import { dropKeyIndexEntry } from '../helpers/damaged-lakar';

/** A `.lakar` file written by Lakar 0.1.0 (schema 1), the worked example with estimatedCost RM5,000,000. */
const V1_FILE = path.resolve(__dirname, '../fixtures/schema-v1/contoh-v1.lakar');

let sqlite3: Sqlite3Static;
let engine: LakarFileEngine;
let dir: string;
const stamp = (fileId: string) => ({ fileId, appVersion: '0.1.0', savedAt: '2026-02-01T10:00:00.000Z' });

beforeAll(async () => {
  sqlite3 = await init();
  engine = createEngine(sqlite3);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-editions-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function sampleDoc() {
  const app = makeElement('application', { name: 'Sistem Pengambilan' });
  const hr = makeElement('application', { name: 'Sistem HRMIS' });
  return makeDocument([app, hr], [makeRelation('dataFlow', hr.id, app.id)], 'Perkhidmatan Pengambilan Pekerja');
}

function schemaOf(file: string): unknown[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name').all();
  } finally {
    db.close();
  }
}

/** Run the desktop's refusal and the browser's on the same bytes; both must say the same. */
async function refusals(name: string, bytes: Uint8Array) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const desktop = await readProjectDocument(file).then(
    () => null,
    (e: { key?: string; params?: unknown }) => ({ key: e.key, params: e.params }),
  );
  const browser = await engine.open({ name, bytes }).then(
    () => null,
    (e: { key?: string; params?: unknown }) => ({ key: e.key, params: e.params }),
  );
  expect(fs.readFileSync(file)).toEqual(Buffer.from(bytes));
  return { desktop, browser };
}

describe('a .lakar written in the browser', () => {
  it('opens in the desktop store with the same document and the same schema', async () => {
    const doc = sampleDoc();
    const { bytes } = await engine.create({ doc, stamp: stamp('f-browser') });
    const file = path.join(dir, 'dari-pelayar.lakar');
    fs.writeFileSync(file, bytes);
    const read = await readProjectDocument(file);
    expect(read.doc).toEqual(doc);
    expect(read.fileId).toBe('f-browser');
    expect(read.generation).toBe(1);
    const desktopFile = path.join(dir, 'dari-desktop.lakar');
    writeProjectFile(desktopFile, doc);
    expect(schemaOf(file)).toEqual(schemaOf(desktopFile));
  });

  it('takes an incremental save of one edit, written as changed pages only, that the desktop reads back', async () => {
    const doc = makeLargeDocument(2_000);
    const { bytes } = await engine.create({ id: 'p1', doc, stamp: stamp('f-large') });
    const target = doc.elements.values()[100];
    const edit = executeCommand(doc, 'element.update', { id: target.id, patch: { name: 'Nama Baharu' } });
    const changes = collectChanges(edit.doc, markDirty(emptyDirty(), edit.patches));
    const { patch } = await engine.save({ id: 'p1', name: 'besar.lakar', changes, stamp: { generation: 2, appVersion: '0.1.0', savedAt: '2026-02-01T11:00:00.000Z' } });
    await engine.written({ id: 'p1' });
    expect(patch.bytes).toBeLessThan(bytes.length / 10);
    const file = path.join(dir, 'besar.lakar');
    fs.writeFileSync(file, applyImagePatch(bytes, patch));
    const read = await readProjectDocument(file);
    expect(read.doc.elements.get(target.id)!.name).toBe('Nama Baharu');
    expect(read.doc).toEqual(edit.doc);
    expect(read.generation).toBe(2);
    await engine.close({ id: 'p1' });
  });
});

describe('a .lakar written by the desktop', () => {
  it('opens in the browser engine, after the desktop has saved edits into it', async () => {
    const doc = sampleDoc();
    const file = path.join(dir, 'desktop.lakar');
    writeProjectFile(file, doc);
    const project = await openProject(file, { recoveryDir: path.join(dir, 'recovery') });
    const appId = doc.elements.values()[0].id;
    const edit = executeCommand(project.session.doc, 'element.update', { id: appId, patch: { name: 'Sistem Baharu' } });
    await project.session.apply(edit.patches);
    await project.session.save();
    project.close({ keepRecovery: false });
    const loaded = await engine.open({ name: 'desktop.lakar', bytes: new Uint8Array(fs.readFileSync(file)) });
    expect(loaded.doc).toEqual(edit.doc);
    expect(loaded.generation).toBe(2);
  });

  it('of schema 1 (Lakar 0.1.0) opens brought up to schema 2 like the desktop opens it, the picked bytes untouched', async () => {
    const bytes = new Uint8Array(fs.readFileSync(V1_FILE));
    const before = bytes.slice();
    const browser = await engine.open({ name: 'contoh-v1.lakar', bytes });
    const desktop = await readProjectDocument(V1_FILE);
    expect(browser.fileVersion).toBe(1);
    expect(browser.doc.schemaVersion).toBe(SCHEMA_VERSION);
    // migration 002: the single estimatedCost becomes the first line of the cost table
    expect(browser.doc.meta.costs).toEqual([{ component: V1_COST_COMPONENT, amount: 5_000_000 }]);
    expect('estimatedCost' in browser.doc.meta).toBe(false);
    expect(browser.doc).toEqual(desktop.doc);
    expect(bytes).toEqual(before);
  });
});

describe('bad files', () => {
  const good = () => {
    const file = path.join(dir, `good-${Math.random().toString(36).slice(2)}.lakar`);
    writeProjectFile(file, sampleDoc());
    return new Uint8Array(fs.readFileSync(file));
  };

  it('refuses a file from a newer Lakar with the desktop message', async () => {
    const bytes = good();
    new DataView(bytes.buffer).setUint32(60, 99); // user_version
    const { desktop, browser } = await refusals('baharu.lakar', bytes);
    expect(desktop?.key).toBe('store.tooNew');
    expect(browser).toEqual(desktop);
  });

  it('refuses a damaged file with the desktop message', async () => {
    const bytes = good();
    // wreck the second page (the first table's b-tree) past its header
    for (let i = 4096 + 8; i < 4096 + 200; i++) bytes[i] = 0xa5;
    const { desktop, browser } = await refusals('rosak.lakar', bytes);
    expect(desktop?.key).toBe('store.corrupt');
    expect(browser?.key).toBe('store.corrupt');
  });

  it('refuses a file whose key index lost a row (quick_check passes) with the desktop message', async () => {
    const file = path.join(dir, 'indeks.lakar');
    writeProjectFile(file, makeLargeDocument(50));
    const bytes = new Uint8Array(dropKeyIndexEntry(file, fs.readFileSync(file), 'el_10'));
    const { desktop, browser } = await refusals('indeks.lakar', bytes);
    expect(desktop?.key).toBe('store.corrupt');
    expect(browser).toEqual(desktop);
  });

  it('refuses SQLite databases of other programs and files that are not SQLite', async () => {
    const other = path.join(dir, 'lain.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE t(x)');
    db.close();
    const foreign = await refusals('lain.lakar', new Uint8Array(fs.readFileSync(other)));
    expect(foreign.desktop?.key).toBe('store.notLakar');
    expect(foreign.browser).toEqual(foreign.desktop);
    const text = await refusals('nota.lakar', new TextEncoder().encode('bukan pangkalan data '.repeat(20)));
    expect(text.desktop?.key).toBe('store.notSqlite');
    expect(text.browser).toEqual(text.desktop);
  });

  /** A good file with `statement` run into it by another SQLite tool (as a hostile sender would). */
  const withSql = (statement: string, source?: string) => {
    const file = path.join(dir, `kiriman-${Math.random().toString(36).slice(2)}.lakar`);
    if (source) fs.copyFileSync(source, file);
    else writeProjectFile(file, sampleDoc());
    const db = new Database(file);
    db.exec(statement);
    db.close();
    return new Uint8Array(fs.readFileSync(file));
  };

  it('refuses a file whose trigger would empty the project on the next Save, with the desktop message naming it, keeping nothing open', async () => {
    const bytes = withSql('CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM elements; END;');
    const { desktop, browser } = await refusals('kiriman.lakar', bytes);
    expect(desktop?.key).toBe('store.foreignObjects');
    expect(browser).toEqual(desktop);
    expect(formatError('ms', browser!.key!, browser!.params as never)).toContain('Fail “kiriman.lakar” mengandungi objek SQL yang bukan dibuat oleh Lakar: trigger “wipe”.');
    // asked to keep it open for saving, the engine keeps nothing: a save has no project to write to
    const before = bytes.slice();
    await expect(engine.open({ id: 'hostile', name: 'kiriman.lakar', bytes })).rejects.toMatchObject({ key: 'store.foreignObjects' });
    expect(bytes).toEqual(before);
    const changes = collectChanges(sampleDoc(), markDirty(emptyDirty(), []));
    await expect(engine.save({ id: 'hostile', name: 'kiriman.lakar', changes, stamp: { generation: 2, appVersion: '0.1.0', savedAt: '2026-02-01T11:00:00.000Z' } })).rejects.toMatchObject({
      key: 'store.fileGone',
    });
  });

  it('refuses views and extra tables with the desktop message', async () => {
    for (const [name, statement] of [
      ['view.lakar', 'CREATE VIEW v AS SELECT * FROM elements'],
      ['table.lakar', 'CREATE TABLE notes (x)'],
    ]) {
      const { desktop, browser } = await refusals(name, withSql(statement));
      expect(desktop?.key).toBe('store.foreignObjects');
      expect(browser).toEqual(desktop);
    }
  });

  it('refuses a file of schema 1 carrying a trigger before migrating it (a migration would fire it)', async () => {
    const bytes = withSql('CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM elements; END;', V1_FILE);
    const { desktop, browser } = await refusals('kiriman-v1.lakar', bytes);
    expect(desktop?.key).toBe('store.foreignObjects');
    expect(browser).toEqual(desktop);
  });

  it('refuses rows with a reserved id (__proto__, constructor) or a __proto__ key with the desktop message', async () => {
    const app = sampleDoc().elements.values()[0];
    for (const [name, statement] of [
      ['proto.lakar', `UPDATE elements SET id = '__proto__', data = json_set(data, '$.id', '__proto__') WHERE name = '${app.name}'`],
      ['constructor.lakar', `UPDATE relations SET id = 'constructor', data = json_set(data, '$.id', 'constructor')`],
      ['proto-key.lakar', `UPDATE elements SET data = json_set(data, '$.properties', json('{"__proto__":"x"}')) WHERE name = '${app.name}'`],
    ]) {
      const { desktop, browser } = await refusals(name, withSql(statement));
      expect(desktop?.key).toBe('store.reservedId');
      expect(browser).toEqual(desktop);
    }
  });

  it('refuses a Lakar table with another definition with the desktop message', async () => {
    const { desktop, browser } = await refusals('lajur.lakar', withSql('ALTER TABLE meta ADD COLUMN extra TEXT'));
    expect(desktop?.key).toBe('store.invalidContent');
    expect(browser).toEqual(desktop);
  });
});

describe('the schema check on SQLite’s WebAssembly build', () => {
  it('inside a save transaction refuses a database that gained a trigger, writing nothing', () => {
    const openMemory = () => WasmDatabase.memory(sqlite3);
    const db = WasmDatabase.memory(sqlite3);
    try {
      const doc = sampleDoc();
      writeNewProject(db, doc, stamp('f-wasm'));
      db.exec('CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM elements; END;');
      const target = doc.elements.values()[0];
      const edit = executeCommand(doc, 'element.update', { id: target.id, patch: { name: 'Nama Baharu' } });
      const changes = collectChanges(edit.doc, markDirty(emptyDirty(), edit.patches));
      const verify = () => checkSchema(db, SCHEMA_VERSION, 'kiriman.lakar', openMemory);
      expect(() => writeRowChanges(db, changes, { generation: 2, appVersion: '0.1.0', savedAt: '2026-02-01T11:00:00.000Z' }, verify)).toThrow(
        expect.objectContaining({ key: 'store.foreignObjects' }),
      );
      expect(db.prepare('SELECT count(*) FROM elements').pluck().get()).toBe(2);
      expect(db.prepare('SELECT name FROM elements WHERE id = ?').pluck().get(target.id)).toBe(target.name);
    } finally {
      db.close();
    }
  });
});
