/**
 * The proposal-paper fields of schema version 2 survive every format Lakar writes (property tests
 * over random values), and files written before version 2 are migrated, not refused.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataLifecycleArbitrary, proposalMetaArbitrary, sharingApprovalArbitrary, viewStateArbitrary } from '../../test/helpers/proposal-arbitraries';
import { documentSchema, type DataEntity, type DataFlow } from '../model';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { fromArchiCsvZip, toArchiCsvZip } from './csv';
import { parseLakarJson, toLakarJson } from './json';
import { fromOef, toOef } from './oef';

const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const base = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
const targetGroups = base().elements.values()
  .filter((e) => e.kind === 'targetGroup')
  .map((e) => e.id);
const entityId = base().elements.values().find((e) => e.kind === 'dataEntity')!.id;
const flowId = base().relations.values().find((r) => r.kind === 'dataFlow')!.id;

/** The worked example with random proposal fields in place of its own. */
const documents = fc
  .record({ meta: proposalMetaArbitrary(targetGroups), lifecycle: fc.option(dataLifecycleArbitrary, { nil: undefined }), approval: fc.option(sharingApprovalArbitrary, { nil: undefined }), state: viewStateArbitrary })
  .map(({ meta, lifecycle, approval, state }) => {
    const doc = base();
    const keep = { title: doc.meta.title, sector: doc.meta.sector, createdAt: doc.meta.createdAt, updatedAt: doc.meta.updatedAt };
    doc.meta = { ...keep, ...meta };
    // items read from a table are replaced whole, never changed in place
    const { dataLifecycle: _lifecycle, ...entity } = doc.elements.get(entityId) as DataEntity;
    doc.elements = doc.elements.set(entityId, lifecycle ? { ...entity, dataLifecycle: lifecycle } : entity);
    const { sharingApproval: _approval, ...flow } = doc.relations.get(flowId) as DataFlow;
    doc.relations = doc.relations.set(flowId, approval ? { ...flow, sharingApproval: approval } : flow);
    const view = Object.values(doc.views)[0];
    delete view.state;
    if (state) view.state = state;
    return documentSchema.parse(doc);
  });

describe('proposal fields round trip', () => {
  it('through .lakar.json', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const back = parseLakarJson(toLakarJson(doc));
        expect(back.ok && plain(back.doc)).toEqual(plain(doc));
      }),
      { numRuns: 60 },
    );
  });

  it('through ArchiMate OEF, as lakar: properties', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (doc) => {
        const { doc: back } = await fromOef(toOef(doc), { layout: false });
        expect(plain(back.meta)).toEqual(plain(doc.meta));
        expect(plain(back.elements)).toEqual(plain(doc.elements));
        expect(plain(back.relations)).toEqual(plain(doc.relations));
        expect(plain(back.views)).toEqual(plain(doc.views));
      }),
      { numRuns: 25 },
    );
  });

  it('through Archi CSV, as properties', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (doc) => {
        const { doc: back } = await fromArchiCsvZip(toArchiCsvZip(doc), { layout: false });
        expect(plain(back)).toEqual(plain(doc));
      }),
      { numRuns: 25 },
    );
  });

  it('writes each field as a readable property, e.g. the cost table as JSON', () => {
    const doc = base();
    const xml = toOef(doc);
    expect(xml).toContain('lakar:meta.costs');
    expect(xml).toContain('lakar:meta.measurableObjectives');
  });
});

describe('files of schema version 1', () => {
  it('an OEF file exported by Lakar 0.1.0 comes in with its single cost as the first cost line', async () => {
    const xml = fs.readFileSync(new URL('../../test/fixtures/schema-v1/contoh-v1.xml', import.meta.url));
    const { doc } = await fromOef(xml, { layout: false });
    expect(doc.schemaVersion).toBe(2);
    expect(doc.meta.costs).toEqual([{ component: 'Anggaran kos keseluruhan', amount: 5_000_000 }]);
    expect(doc.meta.title).toBe('Perkhidmatan Pengurusan Pengambilan Pekerja');
  });
});
