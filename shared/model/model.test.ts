import { describe, expect, it } from 'vitest';
import { makeDocument, makeElement, makeRelation } from '../../test/helpers/factories';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { bandLayout, clampToBand, DEFAULT_BAND_HEIGHT, NODE_HEIGHT, totalBandHeight } from './bands';
import { countByKind, createEmptyDocument, newId, parseDocument, relationsOf, sortedViews } from './document';
import { bandOf, defaultRelationKind, ELEMENT_KINDS, relationAllowed } from './kinds';
import { documentSchema, elementSchema, projectMetaSchema, relationSchema, SCHEMA_VERSION, viewSchema } from './schema';
import { BANDS, CLASSIFICATIONS, E2E_CATEGORIES, FLOW_CATEGORIES, FLOW_METHODS, GENERIC_PROCESS_COUNT, LIFECYCLES, PLATFORM_TYPES, SECTORS } from './vocabulary';

/** The path of the first problem zod finds in `value` for `schema`, or null when it is valid. */
function firstProblem(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } }, value: unknown): string | null {
  const r = schema.safeParse(value);
  return r.success ? null : (r.error?.issues[0]?.path.map(String).join('.') ?? '');
}

describe('LMV metamodel vocabularies', () => {
  it('names the four lifecycles, the six sectors and the 20 generic processes of 001', () => {
    expect(LIFECYCLES).toEqual(['G2C', 'G2B', 'G2G', 'G2E']);
    expect(SECTORS).toHaveLength(6);
    expect(GENERIC_PROCESS_COUNT).toBe(20);
  });

  it('orders data classifications from Terbuka to Rahsia Besar and has the E2E categories of §6.4.5', () => {
    expect(CLASSIFICATIONS).toEqual(['terbuka', 'terhad', 'sulit', 'rahsia', 'rahsiaBesar']);
    expect(E2E_CATEGORIES).toEqual(['e2e', 'separaE2e', 'eKaunter', 'manual']);
  });

  it('offers every integration method of the issue, one-off vs berkala, and the three DPI platforms', () => {
    expect(FLOW_METHODS).toEqual(['myGdx', 'sftp', 'api', 'webService', 'webMapService', 'emailFile', 'manual', 'other']);
    expect(FLOW_CATEGORIES).toEqual(['oneOff', 'berkala']);
    expect(PLATFORM_TYPES).toEqual(expect.arrayContaining(['myDigitalId', 'ePaymentGateway', 'myGdx']));
  });

  it('puts every element kind in one of the seven bands and leaves no band without a kind', () => {
    const kindsInSchema = elementSchema.options.map((o) => o.shape.kind.value).sort();
    expect(ELEMENT_KINDS.map((k) => k.kind).sort()).toEqual(kindsInSchema);
    expect(new Set(ELEMENT_KINDS.map((k) => k.band))).toEqual(new Set(BANDS));
    expect(bandOf('targetGroup')).toBe('users');
    expect(bandOf('dataEntity')).toBe('data');
    expect(bandOf('securityControl')).toBe('infrastructure');
  });
});

describe('documentSchema', () => {
  it('accepts the worked example of 001 §3.3.4 with elements in all seven bands', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    expect(firstProblem(documentSchema, doc)).toBeNull();
    expect(new Set(doc.elements.values().map((e) => bandOf(e.kind)))).toEqual(new Set(BANDS));
  });

  it('accepts a new empty project: one view, title, schema version', () => {
    const doc = createEmptyDocument('Sistem Cuti', '2026-01-01T00:00:00.000Z');
    expect(parseDocument(doc).success).toBe(true);
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(sortedViews(doc).map((v) => v.name)).toEqual(['LMV']);
    expect(doc.meta).toMatchObject({ title: 'Sistem Cuti', createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('refuses a document from another schema version', () => {
    expect(firstProblem(documentSchema, { ...createEmptyDocument(), schemaVersion: SCHEMA_VERSION + 1 })).toBe('schemaVersion');
  });

  it('names the field of an element that breaks the metamodel', () => {
    expect(firstProblem(elementSchema, makeElement('dataEntity', { classification: 'rahsiaSangat' as never }))).toBe('classification');
    expect(firstProblem(elementSchema, makeElement('process', { genericProcess: GENERIC_PROCESS_COUNT + 1 }))).toBe('genericProcess');
    expect(firstProblem(elementSchema, makeElement('targetGroup', { lifecycle: 'G2X' as never }))).toBe('lifecycle');
    expect(firstProblem(elementSchema, makeElement('service', { name: '   ' }))).toBe('name');
    expect(firstProblem(elementSchema, makeElement('network', { speedMbps: 0 }))).toBe('speedMbps');
    expect(firstProblem(elementSchema, { ...makeElement('service'), kind: 'gadget' })).toBe('kind');
  });

  it('keeps the details the LMV needs: personal data, registry references, hardware lists, network speeds', () => {
    const data = makeElement('dataEntity', { classification: 'sulit', personalData: true, registryRef: 'reg_penduduk', repositoryRef: 'repo_x' });
    const site = makeElement('site', { siteType: 'pdsaJdn', hardware: [{ item: 'Pelayan aplikasi', quantity: 2 }], software: ['RHEL 9'] });
    const network = makeElement('network', { networkType: 'myGovNetPcn', speedMbps: 100 });
    for (const e of [data, site, network]) expect(elementSchema.parse(e)).toEqual(e);
    expect(firstProblem(elementSchema, { ...site, hardware: [{ item: 'Pelayan', quantity: -1 }] })).toBe('hardware.0.quantity');
  });

  it('checks data flows: method, one-off vs berkala and the MyGDX service id are kept; an unknown method is refused', () => {
    const flow = makeRelation('dataFlow', 'el_a', 'el_b', { method: 'myGdx', category: 'berkala', direction: 'receives', serviceId: 'JPN-SPP-R-MaklumatPemohon' } as never);
    expect(relationSchema.parse(flow)).toEqual(flow);
    expect(firstProblem(relationSchema, { ...flow, method: 'fax' })).not.toBeNull();
  });

  it('refuses impossible view geometry', () => {
    const view = createEmptyDocument().views.view_main;
    expect(firstProblem(viewSchema, { ...view, bandHeights: [100, 100, 100] })).toBe('bandHeights');
    expect(firstProblem(viewSchema, { ...view, nodes: { el_a: { x: Number.NaN, y: 0 } } })).toBe('nodes.el_a.x');
  });

  it('keeps the project metadata of the proposal paper and refuses a negative cost', () => {
    const meta = {
      title: 'Sistem Cuti',
      pemilikProjek: 'JPA',
      penerajuProjek: 'JPA',
      pelaksanaProjek: 'JDN',
      pelaksanaPerolehan: 'JPA',
      sector: 'pentadbiranAwam',
      category: 'wog',
      objectives: 'Satu sistem cuti.',
      costs: [{ component: 'Pembangunan sistem', costType: 'capex' as const, year: 2027, amount: 1_250_000.5, basis: 'katalogAnggaranHarga' as const }],
      expectedOutcomes: { pengoptimumanKos: 'a', pengoptimumanSumber: 'b', pulanganNilaiTerbaik: 'c' },
    };
    expect(projectMetaSchema.parse(meta)).toEqual(meta);
    expect(firstProblem(projectMetaSchema, { ...meta, costs: [{ component: 'x', amount: -1 }] })).toBe('costs.0.amount');
    expect(firstProblem(projectMetaSchema, { ...meta, category: 'lain' })).toBe('category');
  });
});

describe('relation rules', () => {
  it('allows the LMV relations in their direction only', () => {
    expect(relationAllowed('uses', 'targetGroup', 'channel')).toBe(true);
    expect(relationAllowed('uses', 'channel', 'targetGroup')).toBe(false);
    expect(relationAllowed('dataFlow', 'application', 'externalSystem')).toBe(true);
    expect(relationAllowed('dataFlow', 'targetGroup', 'application')).toBe(false);
    expect(relationAllowed('association', 'targetGroup', 'site')).toBe(true);
  });

  it('picks the most specific relation when two elements are connected', () => {
    expect(defaultRelationKind('targetGroup', 'channel')).toBe('uses');
    expect(defaultRelationKind('service', 'process')).toBe('realizes');
    expect(defaultRelationKind('application', 'dataEntity')).toBe('accesses');
    expect(defaultRelationKind('application', 'externalSystem')).toBe('dataFlow');
    expect(defaultRelationKind('network', 'site')).toBe('connects');
    expect(defaultRelationKind('targetGroup', 'site')).toBe('association');
  });
});

describe('document helpers', () => {
  it('counts elements and relations per kind and finds the relations of an element', () => {
    const doc = makeDocument(
      [makeElement('targetGroup', { id: 'el_tg' }), makeElement('channel', { id: 'el_c1' }), makeElement('channel', { id: 'el_c2' })],
      [makeRelation('uses', 'el_tg', 'el_c1', { id: 'rel_1' }), makeRelation('uses', 'el_tg', 'el_c2', { id: 'rel_2' })],
    );
    expect(countByKind(doc)).toEqual({ targetGroup: 1, channel: 2, 'relation:uses': 2 });
    expect(relationsOf(doc, 'el_c2').map((r) => r.id)).toEqual(['rel_2']);
  });

  it('makes distinct ids with a readable prefix', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newId('el')));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^el_[0-9a-z]{12}$/);
    expect(newId('view')).toMatch(/^view_/);
  });
});

describe('band geometry', () => {
  it('stacks the seven bands top to bottom and keeps a node inside its band', () => {
    const view = { bandHeights: [100, 200, 100, 100, 100, 100, 100] };
    expect(bandLayout(view).map((r) => [r.band, r.top])).toEqual([
      ['users', 0],
      ['channels', 100],
      ['services', 300],
      ['processes', 400],
      ['applications', 500],
      ['data', 600],
      ['infrastructure', 700],
    ]);
    expect(totalBandHeight(view)).toBe(800);
    expect(totalBandHeight({})).toBe(7 * DEFAULT_BAND_HEIGHT);
    expect(clampToBand(view, 'channels', 0)).toBe(108);
    expect(clampToBand(view, 'channels', 5000)).toBe(300 - NODE_HEIGHT - 8);
  });
});
