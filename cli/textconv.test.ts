import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentListing } from '../shared/diff';
import { toLakarJson } from '../shared/interchange/json';
import { pengambilanPekerjaExample } from '../shared/samples/pengambilan-pekerja';
import { createProject, readProjectDocument } from '../electron/store/project';
import { makeLargeDocument } from '../test/helpers/factories';
import { RAW_LAYOUT_VERSION, readRaw, textconv } from './textconv';

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-textconv-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('textconv fast path', () => {
  it('reads a .lakar file row by row into the same document as the validating store reader', async () => {
    const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    example.views.view_main.nodes.app_spp = { ...example.views.view_main.nodes.app_spp, w: 220, h: 80 };
    for (const [name, doc] of [['contoh.lakar', example], ['besar.lakar', makeLargeDocument(500)]] as const) {
      const file = path.join(dir, name);
      await createProject(file, doc);
      expect(readRaw(file)).toEqual((await readProjectDocument(file)).doc);
    }
  });

  it('prints the same listing for a .lakar and its .lakar.json, and declines what is not a project', async () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    await createProject(path.join(dir, 'a.lakar'), doc);
    fs.writeFileSync(path.join(dir, 'a.lakar.json'), toLakarJson(doc));
    fs.writeFileSync(path.join(dir, 'nota.txt'), 'bukan projek');
    const print = async (f: string) => {
      let s = '';
      const ok = await textconv(path.join(dir, f), 'ms', (x) => (s += x));
      return { ok, s };
    };
    const a = await print('a.lakar');
    expect(a).toEqual({ ok: true, s: documentListing(doc, 'ms') });
    expect(await print('a.lakar.json')).toEqual(a);
    expect(await print('nota.txt')).toEqual({ ok: false, s: '' });
    expect(await print('tiada.lakar')).toEqual({ ok: false, s: '' });
  });
});

describe('textconv constants', () => {
  it('match the store’s (they are repeated to keep the fast path’s start-up small)', async () => {
    const { LAKAR_APPLICATION_ID } = await import('../electron/store/format');
    const { META_KEYS } = await import('../shared/lakar-file/rows');
    const source = fs.readFileSync(path.join(import.meta.dirname, 'textconv.ts'), 'utf8');
    expect(source).toContain(`const LAKAR_APPLICATION_ID = 0x${LAKAR_APPLICATION_ID.toString(16)};`);
    expect(source).toContain(`const PROJECT_META_KEY = '${META_KEYS.project}';`);
    // a new schema version must be looked at here: the fast path reads rows of one known layout
    const { SCHEMA_VERSION } = await import('../shared/model');
    expect(RAW_LAYOUT_VERSION).toBe(SCHEMA_VERSION);
  });
});

describe('textconv fast path on a hostile or unsettled .lakar (issue 13)', () => {
  /** A project file (the fast path's row layout), changed by `tamper` with a plain SQLite connection. */
  async function rawLayoutFile(name: string, tamper: (db: import('better-sqlite3').Database) => void): Promise<string> {
    const { default: Database } = await import('better-sqlite3');
    const file = path.join(dir, name);
    await createProject(file, pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
    const db = new Database(file);
    tamper(db);
    db.close();
    return file;
  }

  it('never lists a project whose element id is __proto__ without it: the store refuses the file instead', async () => {
    const file = await rawLayoutFile('proto.lakar', (db) => {
      const [row] = db.prepare('SELECT kind, name, data FROM elements LIMIT 1').all() as { kind: string; name: string; data: string }[];
      db.prepare('INSERT INTO elements (id, kind, name, data) VALUES (?, ?, ?, ?)').run('__proto__', row.kind, row.name, JSON.stringify({ ...JSON.parse(row.data), id: '__proto__' }));
    });
    expect(readRaw(file)).toBeNull();
    let printed = '';
    expect(await textconv(file, 'ms', (s) => (printed += s))).toBe(false);
    expect(printed).toBe('');
  });

  it('sends a file with a trigger or a view of its own to the store’s reader, which refuses it', async () => {
    const withTrigger = await rawLayoutFile('trigger.lakar', (db) => db.exec('CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM elements; END'));
    const withView = await rawLayoutFile('view.lakar', (db) => db.exec('CREATE VIEW extra AS SELECT id FROM elements'));
    for (const file of [withTrigger, withView]) {
      expect(readRaw(file)).toBeNull();
      expect(await textconv(file, 'ms', () => undefined)).toBe(false);
    }
  });

  it('reads a WAL-mode file through a private copy: no -wal or -shm appears beside it', async () => {
    const file = await rawLayoutFile('wal.lakar', (db) => db.pragma('journal_mode = WAL'));
    const before = fs.readdirSync(dir).sort();
    const bytes = fs.readFileSync(file);
    expect(readRaw(file)).toBeNull();
    let printed = '';
    expect(await textconv(file, 'ms', (s) => (printed += s))).toBe(true);
    expect(printed).toContain('Pencari Kerja');
    expect(fs.readdirSync(dir).sort()).toEqual(before);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
