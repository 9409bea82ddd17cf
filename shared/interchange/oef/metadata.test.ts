import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, canValidate, validateOef } from '../../../test/fixtures/interchange/xmllint';
import { fromArchiCsv, toArchiCsv, type CsvTriple } from '../csv';
import { fromOef, toOef } from './index';
import { decodeMetadata, K_METADATA } from './metadata';

const NOW = '2026-01-01T00:00:00.000Z';
const archisurance = () => new Uint8Array(readFileSync(join(CORPUS, 'archisurance.xml')));
const csvFiles = (t: CsvTriple) => (['elements', 'relations', 'properties'] as const).map((k) => ({ name: `${k}.csv`, data: new TextEncoder().encode(t[k]) }));

describe('OEF Dublin Core metadata', () => {
  it('keeps the metadata of Archisurance with the project, in file order', async () => {
    const { doc } = await fromOef(archisurance(), { now: NOW });
    const kept = decodeMetadata(doc.meta.properties?.[K_METADATA]);
    expect(kept).toMatchObject({ schema: 'Dublin Core', schemaversion: '1.1' });
    expect(kept?.dc.slice(0, 2)).toEqual([
      ['date', '2015-01-21 17:50'],
      ['creator', 'Phil Beauvoir'],
    ]);
    expect(kept?.dc).toContainEqual(['title', 'Archisurance Test Exchange Model']);
  });

  it('writes it back as <metadata> (not as a property), through OEF and through Archi CSV', async () => {
    const { doc } = await fromOef(archisurance(), { now: NOW });
    const oef = toOef(doc);
    expect(oef).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    expect(oef).toContain('<dc:creator>Phil Beauvoir</dc:creator>');
    expect(oef).not.toContain(K_METADATA);
    const viaCsv = (await fromArchiCsv(csvFiles(toArchiCsv(doc)), { now: NOW })).doc;
    expect(toOef(viaCsv)).toContain('<dc:subject>ArchiMate, Testing</dc:subject>');
  });

  it.runIf(canValidate())('writes metadata that validates against the Open Group XSDs', async () => {
    const { doc } = await fromOef(archisurance(), { now: NOW });
    expect(validateOef(toOef(doc)).ok).toBe(true);
  });

  it('drops entries that are not Dublin Core elements, so the file stays valid, and ignores a hand-broken value', () => {
    expect(decodeMetadata(JSON.stringify({ dc: [['creator', 'A'], ['made-up', 'B'], ['x:y', 'C']] }))?.dc).toEqual([['creator', 'A']]);
    expect(decodeMetadata('not json')).toBeUndefined();
  });
});
