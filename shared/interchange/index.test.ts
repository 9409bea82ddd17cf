import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { everythingDocument } from '../../test/fixtures/interchange/documents';
import { CORPUS } from '../../test/fixtures/interchange/xmllint';
import { detectFormat, exportDocument, importFiles, type InputFile } from './index';

const file = (name: string, text: string | Uint8Array): InputFile => ({ name, data: typeof text === 'string' ? strToU8(text) : text });
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('detectFormat', () => {
  it('tells OEF, Archi CSV, a zip and .lakar.json apart by content first', () => {
    expect(detectFormat([file('model.dat', '\uFEFF  <?xml version="1.0"?><model/>')])).toBe('oef');
    expect(detectFormat([file('a.zip', new Uint8Array([0x50, 0x4b, 3, 4, 0]))])).toBe('archi-csv-zip');
    expect(detectFormat([file('x-elements.csv', '"ID"')])).toBe('archi-csv');
    expect(detectFormat([file('p.lakar.json', '{"format":"lakar"}')])).toBe('lakar-json');
    expect(() => detectFormat([file('notes.txt', 'hello')])).toThrow(expect.objectContaining({ key: 'interchange:error.unknownFormat', params: { file: 'notes.txt' } }));
  });
});

describe('importFiles and exportDocument', () => {
  it('reads back every export format as the same document', async () => {
    const doc = everythingDocument();
    for (const format of ['oef', 'archi-csv-zip', 'lakar-json'] as const) {
      const { data, extension } = exportDocument(doc, format);
      const back = await importFiles([file(`out${extension}`, data)]);
      expect(back.format, format).toBe(format);
      expect(plain(back.doc), format).toEqual(plain(doc));
    }
  });

  it('imports the Archisurance OEF file and the Archi CSV files as picked by the user', async () => {
    const oef = await importFiles([file('archisurance.xml', new Uint8Array(readFileSync(join(CORPUS, 'archisurance.xml'))))]);
    expect(Object.keys(oef.doc.views)).toHaveLength(17);
    const csv = await importFiles(['test1-properties.csv', 'test1-relations.csv', 'test1-elements.csv'].map((n) => file(n, new Uint8Array(readFileSync(join(CORPUS, 'archi-csv', n))))));
    expect(csv.doc.meta.title).toBe('Test Model');
  });

  it('passes .lakar.json errors through with their own message key', async () => {
    await expect(importFiles([file('bad.lakar.json', '{"format":"lakar", "schemaVersion": 1,')])).rejects.toMatchObject({ key: 'json.unexpectedEnd' });
  });
});
