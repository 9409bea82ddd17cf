import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { awkwardIdsDocument, everythingDocument } from '../../../test/fixtures/interchange/documents';
import { CORPUS } from '../../../test/fixtures/interchange/xmllint';
import { documentSchema } from '../../model/schema';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { InterchangeError } from '../oef/errors';
import { fromArchiCsv, fromArchiCsvZip, toArchiCsv, toArchiCsvZip, type CsvFile } from './index';

const NOW = '2026-01-01T00:00:00.000Z';
const corpusTriple = (): CsvFile[] => ['test1-elements.csv', 'test1-relations.csv', 'test1-properties.csv'].map((name) => ({ name, data: new Uint8Array(readFileSync(join(CORPUS, 'archi-csv', name))) }));
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function triple(elements: string, relations = '"ID","Type","Name","Documentation","Source","Target","Specialization"\r\n', properties = '"ID","Key","Value"\r\n'): CsvFile[] {
  return [
    { name: 'elements.csv', data: elements },
    { name: 'relations.csv', data: relations },
    { name: 'properties.csv', data: properties },
  ];
}

async function failure(files: CsvFile[]) {
  try {
    await fromArchiCsv(files, { now: NOW });
  } catch (e) {
    expect(e).toBeInstanceOf(InterchangeError);
    return (e as InterchangeError).toPayload();
  }
  throw new Error('import unexpectedly succeeded');
}

describe('fromArchiCsv on Archi files', () => {
  it('reads the model row, elements with multi-line quoted documentation, relations and properties', async () => {
    const { doc, warnings } = await fromArchiCsv(corpusTriple(), { now: NOW });
    expect(doc.meta).toMatchObject({ title: 'Test Model', objectives: 'This is the Purpose of the Model.\r\nIt has a line break and "some" quotes.\r\n' });
    expect(doc.elements.get('f00aa5b4')).toEqual({
      id: 'f00aa5b4',
      kind: 'targetGroup',
      name: 'Business Actor',
      lifecycle: 'G2C',
      description: 'This is the Business Actor\r\nDocumentation\r\nHere ""\r\n',
      properties: { 'Property 1': 'A new value', 'Property 2': 'Another one "here"', 'Property 3': '', 'Property 3 (2)': 'Again', 'archimate:specialization': 'Specialization1' },
    });
    expect(doc.elements.get('d9fe8c17')).toMatchObject({ kind: 'channel', name: 'Business Interface' });
    expect(doc.relations.get('5854f8a3')).toMatchObject({ kind: 'association', label: 'Compo', properties: { This: 'values', 'archimate:type': 'Composition' } });
    expect(warnings.map((w) => w.key)).toContain('warning.duplicateProperty');
    // the model row's own properties are kept with the project, not dropped
    expect(Object.keys(doc.meta.properties ?? {}).length).toBeGreaterThan(0);
  });

  it('accepts semicolon-delimited files and files without the Specialization column', async () => {
    const { doc } = await fromArchiCsv(triple('"ID";"Type";"Name";"Documentation"\r\n"a1";"BusinessService";"Lesen";"Dok; dengan koma, titik"\r\n'), { now: NOW });
    expect(doc.elements.get('a1')).toMatchObject({ kind: 'service', name: 'Lesen', description: 'Dok; dengan koma, titik' });
  });

  it('reads a windows-1252 file (as Excel saves it) without garbling accents, and says so', async () => {
    const bytes = Uint8Array.from('"ID","Type","Name","Documentation","Specialization"\r\n"a1","BusinessActor","Caf\xe9 \x93Warga\x94","",""\r\n', (c) => c.charCodeAt(0));
    const { doc, warnings } = await fromArchiCsv([{ name: 'elements.csv', data: bytes }], { now: NOW });
    expect(doc.elements.get('a1')!.name).toBe('Café “Warga”');
    expect(warnings).toContainEqual({ key: 'warning.notUtf8', params: { file: 'elements.csv' } });
  });

  it('says which of the three files were not given when only elements.csv is imported', async () => {
    const { doc, warnings } = await fromArchiCsv([corpusTriple()[0]], { now: NOW });
    expect(doc.relations.ids()).toHaveLength(0);
    expect(warnings[0]).toEqual({ key: 'warning.csvPartial', params: { given: 'test1-elements.csv', missing: 'relations.csv, properties.csv' } });
    const all = await fromArchiCsv(corpusTriple(), { now: NOW });
    expect(all.warnings.map((w) => w.key)).not.toContain('warning.csvPartial');
  });

  it('reads Archi special properties: access type, directed association, junction type', async () => {
    const { doc, unplaced } = await fromArchiCsv(
      triple(
        '"ID","Type","Name","Documentation","Specialization"\r\n"app","ApplicationComponent","A","",""\r\n"data","DataObject","D","",""\r\n"j","Junction","","",""\r\n',
        '"ID","Type","Name","Documentation","Source","Target","Specialization"\r\n"r1","AccessRelationship","","","app","data",""\r\n"r2","AssociationRelationship","","","app","j",""\r\n',
        '"ID","Key","Value"\r\n"r1","Access_Type","Read"\r\n"r2","Directed","true"\r\n"j","Junction_Type","Or"\r\n',
      ),
      { now: NOW },
    );
    expect(doc.relations.get('r1')).toEqual({ id: 'r1', kind: 'accesses', source: 'app', target: 'data', access: 'read' });
    expect(unplaced).toEqual([
      { id: 'j', type: 'OrJunction' },
      { id: 'r2', type: 'Association', source: 'app', target: 'j', properties: { 'archimate:isDirected': 'true' } },
    ]);
  });
});

describe('fromArchiCsv on specializations', () => {
  it('keeps the Specialization of a relation that maps to an LMV relation, and writes it back', async () => {
    const { doc } = await fromArchiCsv(
      triple(
        '"ID","Type","Name","Documentation","Specialization"\r\n"app","ApplicationComponent","A","",""\r\n"data","DataObject","D","",""\r\n',
        '"ID","Type","Name","Documentation","Source","Target","Specialization"\r\n"r1","AccessRelationship","","","app","data","Baca Rekod"\r\n',
      ),
      { now: NOW },
    );
    expect(doc.relations.get('r1')).toMatchObject({ kind: 'accesses', properties: { 'archimate:specialization': 'Baca Rekod' } });
    expect(toArchiCsv(doc).relations).toContain('"r1","AccessRelationship","","","app","data","Baca Rekod"');
  });
});

describe('lakar → Archi CSV → lakar', () => {
  const cases = {
    'the §3.3.4 example': () => pengambilanPekerjaExample(NOW),
    'a document using every kind and field': everythingDocument,
    'a document with awkward ids': awkwardIdsDocument,
  };
  for (const [name, make] of Object.entries(cases)) {
    it(`gives back an equal document, views included, for ${name}`, async () => {
      const doc = make();
      const t = toArchiCsv(doc);
      const { doc: back, warnings } = await fromArchiCsv([
        { name: 'x-elements.csv', data: t.elements },
        { name: 'x-relations.csv', data: t.relations },
        { name: 'x-properties.csv', data: t.properties },
      ]);
      expect(plain(back)).toEqual(plain(doc));
      expect(warnings).toEqual([]);
    });
  }

  it('round-trips through a zip of the three files', async () => {
    const doc = everythingDocument();
    const zip = toArchiCsvZip(doc);
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['elements.csv', 'properties.csv', 'relations.csv']);
    expect(plain((await fromArchiCsvZip(zip)).doc)).toEqual(plain(doc));
  });

  it('writes what Archi writes: BOM, quoted fields, CRLF, …Relationship types, Junction and Access_Type', () => {
    const t = toArchiCsv(everythingDocument());
    expect(t.elements.startsWith('\uFEFF"ID","Type","Name","Documentation","Specialization"\r\n"lakar-model","ArchimateModel","Projek Ujian Pertukaran",')).toBe(true);
    expect(t.elements).toContain('"junction-1","Junction","","",""\r\n');
    expect(t.relations.startsWith('\uFEFF"ID","Type","Name","Documentation","Source","Target","Specialization"\r\n')).toBe(true);
    expect(t.relations).toContain('"r_uses","ServingRelationship","menggunakan","","ch","tg",""\r\n');
    expect(t.properties).toContain('"junction-1","Junction_Type","Or"\r\n');
    expect(t.properties).toContain('"r_access2","Access_Type","Read"\r\n');
    expect(t.properties).toContain('"lakar-model","lakar:views","[');
  });
});

describe('fromArchiCsv on bad input', () => {
  it('names file and line of broken quoting', async () => {
    const err = await failure(triple('"ID","Type","Name","Documentation","Specialization"\r\n"a","BusinessActor","ok","",""\r\n"b","BusinessActor","bro"ken","",""\r\n'));
    expect(err).toMatchObject({ key: 'interchange:error.csvQuoteStray', params: { file: 'elements.csv', line: 3 } });
  });

  it('names an unclosed quote', async () => {
    const err = await failure(triple('"ID","Type","Name","Documentation","Specialization"\r\n"a","BusinessActor","never closed,"",""\r\n'));
    expect(err).toMatchObject({ key: 'interchange:error.csvQuoteUnclosed', params: { file: 'elements.csv', line: 2 } });
  });

  it('names a wrong header and a row with the wrong number of columns', async () => {
    expect(await failure(triple('"Id","Kind","Label"\r\n'))).toMatchObject({ key: 'interchange:error.csvHeader', params: { file: 'elements.csv', found: 'Id,Kind,Label' } });
    expect(await failure(triple('"ID","Type","Name","Documentation","Specialization"\r\n"a","BusinessActor","A","",""\r\n"b","BusinessActor"\r\n'))).toEqual({
      key: 'interchange:error.csvColumns',
      params: { file: 'elements.csv', line: 3, expected: 5, found: 2 },
    });
  });

  it('names a property of an unknown id and a missing elements file', async () => {
    const props = '"ID","Key","Value"\r\n"ghost","k","v"\r\n';
    expect(await failure(triple('"ID","Type","Name","Documentation","Specialization"\r\n', undefined, props))).toEqual({ key: 'interchange:error.danglingRef', params: { id: 'properties.csv:2', ref: 'ghost' } });
    expect(await failure([{ name: 'relations.csv', data: '"ID"' }])).toMatchObject({ key: 'interchange:error.csvMissing' });
  });

  it('says a zip is broken', async () => {
    await expect(fromArchiCsvZip(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), { fileName: 'x.zip' })).rejects.toMatchObject({ key: 'interchange:error.zip' });
    // a header claiming 4 GB of CSV is refused before anything is inflated
    const bomb = zipSync({ 'elements.csv': strToU8('"ID"') }, { level: 0 });
    const view = new DataView(bomb.buffer);
    const central = bomb.length - 22 - 46 - 'elements.csv'.length;
    view.setUint32(central + 24, 0xfffffff0, true);
    await expect(fromArchiCsvZip(bomb)).rejects.toMatchObject({ key: 'interchange:error.tooLarge' });
    const noCsv = zipSync({ 'readme.txt': strToU8('hi') });
    await expect(fromArchiCsvZip(noCsv)).rejects.toMatchObject({ key: 'interchange:error.csvMissing' });
  });

  it('gives a valid document or a clean error for mutated CSV files (fuzz)', async () => {
    const t = toArchiCsv(everythingDocument());
    const sources = [corpusTriple().map((f) => new TextDecoder().decode(f.data as Uint8Array)), [t.elements, t.relations, t.properties]];
    let s = 12345;
    const r = (n: number) => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) % n);
    let errors = 0;
    for (let round = 0; round < 120; round++) {
      const texts = [...sources[round % 2]];
      const which = r(3);
      const text = texts[which];
      const pos = r(text.length);
      const op = r(4);
      texts[which] = op === 0 ? text.slice(0, pos) : op === 1 ? text.slice(0, pos) + '"' + text.slice(pos) : op === 2 ? text.slice(0, pos) + text.slice(pos + 1 + r(20)) : text.slice(0, pos) + ',' + text.slice(pos);
      try {
        const { doc } = await fromArchiCsv(triple(texts[0], texts[1], texts[2]), { now: NOW });
        expect(documentSchema.safeParse(doc).success).toBe(true);
      } catch (e) {
        if (!(e instanceof InterchangeError)) throw e;
        errors++;
      }
    }
    expect(errors).toBeGreaterThan(0);
  });
});
