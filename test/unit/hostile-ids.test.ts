/**
 * Issue 13 regressions: ids named like Object.prototype properties (`__proto__`, `constructor`,
 * `prototype`, `toString`…) on every import path. A Lakar file holding one is refused with a message
 * naming it; a foreign file (OEF, Archi CSV) gets fresh ids with a warning. Nothing is dropped
 * silently, no relation is left dangling, and what is imported exports again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import type { CliIo } from '../../cli/context';
import { createProject, readProjectDocument } from '../../electron/store/project';
import { StoreError } from '../../electron/store/errors';
import { importFiles, toArchiCsvZip, toOef } from '../../shared/interchange';
import { parseLakarJson } from '../../shared/interchange/json';
import { RESERVED_IDS, type LakarDocument, type LakarDocumentData } from '../../shared/model';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'hostile');
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-hostile-ids-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every relation end and view node names an own element of the document. */
function expectConsistent(doc: LakarDocument) {
  for (const r of doc.relations.values()) expect([r.id, doc.elements.has(r.source), doc.elements.has(r.target)]).toEqual([r.id, true, true]);
  for (const v of Object.values(doc.views)) for (const id of Object.keys(v.nodes)) expect(doc.elements.has(id)).toBe(true);
  for (const key of [...doc.elements.ids(), ...doc.relations.ids(), ...Object.keys(doc.views)]) expect(RESERVED_IDS).not.toContain(key);
}

/** Run the CLI in this process; returns exit code and output. */
async function lakar(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (s) => void (stdout += typeof s === 'string' ? s : `<${s.length} bytes>`), stderr: (s) => void (stderr += s), env: {}, cwd: dir };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('.lakar.json with a __proto__ element', () => {
  it('is refused naming the key, instead of importing without it and a dangling relation', () => {
    const text = new TextDecoder().decode(read('proto-element.lakar.json'));
    expect(parseLakarJson(text)).toEqual({ ok: false, error: { key: 'json.reservedId', params: { path: 'elements.__proto__', id: '__proto__' } } });
  });

  it('is refused when the key hides behind a JSON escape, or sits in a property', () => {
    const escaped = new TextDecoder().decode(read('proto-element.lakar.json')).replaceAll('"__proto__"', '"\\u005f_proto__"');
    expect(parseLakarJson(escaped)).toMatchObject({ ok: false, error: { key: 'json.reservedId' } });
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    doc.elements = doc.elements.set('app_spp', { ...doc.elements.get('app_spp')!, properties: { a: 'b' } });
    const inProperties = JSON.stringify({ format: 'lakar', ...doc }).replace('"properties":{"a":"b"}', '"properties":{"__proto__":"b"}');
    expect(parseLakarJson(inProperties)).toEqual({ ok: false, error: { key: 'json.reservedId', params: { path: 'elements.app_spp.properties.__proto__', id: '__proto__' } } });
  });

  it('refuses constructor and toString ids, and a relation to an element named toString that does not exist', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const asConstructor = JSON.stringify({ format: 'lakar', ...doc }).replaceAll('"app_spp"', '"constructor"');
    const parsed = parseLakarJson(asConstructor);
    expect(parsed).toMatchObject({ ok: false, error: { key: 'json.reservedId', params: { id: 'constructor' } } });
    const dangling = JSON.parse(JSON.stringify({ format: 'lakar', ...doc })) as LakarDocumentData;
    Object.values(dangling.relations)[0].source = 'toString';
    expect(parseLakarJson(JSON.stringify(dangling))).toMatchObject({ ok: false, error: { key: 'json.reservedId', params: { id: 'toString' } } });
  });

  it('is refused by `lakar import` with the message in Malay and exit 2, writing nothing', async () => {
    fs.copyFileSync(path.join(FIXTURES, 'proto-element.lakar.json'), path.join(dir, 'proto.lakar.json'));
    const r = await lakar(['import', 'proto.lakar.json', '-o', 'proto.lakar']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Kunci atau id “__proto__” di elements.__proto__ ialah nama terpelihara');
    expect(fs.existsSync(path.join(dir, 'proto.lakar'))).toBe(false);
  });
});

describe('OEF and Archi CSV with __proto__, constructor, prototype and toString identifiers', () => {
  for (const [label, files] of [
    ['OEF', () => [{ name: 'proto-element.xml', data: read('proto-element.xml') }]],
    ['Archi CSV', () => ['elements.csv', 'relations.csv', 'properties.csv'].map((n) => ({ name: n, data: read(`proto-csv/${n}`) }))],
  ] as const) {
    it(`${label}: imports every element under a fresh id with a warning, keeping relations attached`, async () => {
      const result = await importFiles(files(), { now: '2026-01-01T00:00:00.000Z' });
      const names = result.doc.elements.values().map((e) => e.name).sort();
      expect(names).toEqual(['Rakyat', 'Rekod Pembina', 'Sistem Proto']);
      expect(result.doc.relations.ids()).toHaveLength(2);
      expectConsistent(result.doc);
      const byName = (n: string) => result.doc.elements.values().find((e) => e.name === n)!.id;
      const ends = result.doc.relations.values().map((r) => [r.source, r.target].sort().join(' ')).sort();
      expect(ends).toEqual([[byName('Sistem Proto'), byName('Rekod Pembina')].sort().join(' '), [byName('Sistem Proto'), byName('Rakyat')].sort().join(' ')].sort());
      const replaced = result.warnings.filter((w) => w.key === 'warning.idReplaced').map((w) => w.params?.id);
      expect(replaced).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'prototype', 'toString']));
      // the property keyed __proto__ is kept under another name, with its own warning
      expect(result.doc.elements.values().find((e) => e.name === 'Rakyat')!.properties).toEqual({ '__proto__ (2)': expect.any(String) });
      expect(result.warnings).toContainEqual({ key: 'warning.reservedProperty', params: { id: 'ok', property: '__proto__', kept: '__proto__ (2)' } });
      // exporting it again works (it used to fail with "Cannot read properties of undefined")
      expect(toArchiCsvZip(result.doc).length).toBeGreaterThan(100);
      expect(toOef(result.doc)).toContain('Sistem Proto');
    });
  }

  it('OEF: an unknown entity named like an Object.prototype property is refused, not expanded to a function', async () => {
    const xml = new TextDecoder().decode(read('proto-element.xml')).replace('nilai &amp; teks', 'nilai &constructor; teks');
    await expect(importFiles([{ name: 'x.xml', data: new TextEncoder().encode(xml) }])).rejects.toMatchObject({ key: 'interchange:error.xml.entity' });
  });

  it('`lakar import` then `lakar export --format csv` of the OEF file succeed', async () => {
    fs.copyFileSync(path.join(FIXTURES, 'proto-element.xml'), path.join(dir, 'proto.xml'));
    const imported = await lakar(['import', 'proto.xml', '-o', 'proto-oef.lakar']);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('Pengecam “__proto__” tidak boleh digunakan');
    const exported = await lakar(['export', 'proto-oef.lakar', '--format', 'csv', '-o', 'proto.zip']);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expectConsistent((await readProjectDocument(path.join(dir, 'proto-oef.lakar'))).doc);
  });
});

describe('.lakar with a reserved id in its rows', () => {
  async function projectWith(name: string, sql: string): Promise<string> {
    const file = path.join(dir, name);
    await createProject(file, pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
    const db = new Database(file);
    db.exec(sql);
    db.close();
    return file;
  }

  it('refuses an element row whose id is __proto__, naming it', async () => {
    const file = await projectWith(
      'proto-row.lakar',
      `UPDATE elements SET id = '__proto__', data = json_set(data, '$.id', '__proto__') WHERE id = 'app_spp';
       UPDATE relations SET source = '__proto__', data = json_set(data, '$.source', '__proto__') WHERE source = 'app_spp';`,
    );
    const error = await readProjectDocument(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'reservedId', params: { file: 'proto-row.lakar', where: 'elements/__proto__', id: '__proto__' } });
  });

  it('refuses a row whose JSON holds a __proto__ key (it would be dropped silently)', async () => {
    const file = await projectWith('proto-prop.lakar', `UPDATE elements SET data = json_set(data, '$.properties', json('{"__proto__":"x"}')) WHERE id = 'app_spp';`);
    await expect(readProjectDocument(file)).rejects.toMatchObject({ code: 'reservedId', params: { where: 'elements/app_spp/properties/__proto__' } });
  });

  it('refuses a relation that points at toString, which is no element', async () => {
    const file = await projectWith('to-string.lakar', `UPDATE relations SET source = 'toString', data = json_set(data, '$.source', 'toString') WHERE rowid = 1;`);
    await expect(readProjectDocument(file)).rejects.toBeInstanceOf(StoreError);
  });
});
