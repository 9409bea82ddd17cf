import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, canValidate, validateOef } from '../../../test/fixtures/interchange/xmllint';
import { bandLayout, NODE_HEIGHT } from '../../model/bands';
import { documentSchema, type Element, type LakarDocument } from '../../model/schema';
import { fromArchiCsv, toArchiCsv, type CsvTriple } from '../csv';
import { fromOef, toOef } from './index';

const FIXTURES = join(CORPUS, '..');
const bytes = (path: string) => new Uint8Array(readFileSync(path));
const NOW = '2026-01-01T00:00:00.000Z';
const csvFiles = (t: CsvTriple) => (['elements', 'relations', 'properties'] as const).map((k) => ({ name: `${k}.csv`, data: new TextEncoder().encode(t[k]) }));

function byName(doc: LakarDocument, name: string): Element {
  const el = doc.elements.values().find((e) => e.name === name);
  if (!el) throw new Error(`no element named ${name}`);
  return el;
}

describe('fromOef on the real corpus', () => {
  // Counts from the files themselves: every element and relationship is either in the model or unplaced.
  const corpus = [
    { file: 'sample1.xml', elements: 2, relationships: 1, views: 1 },
    { file: 'archisurance.xml', elements: 120, relationships: 178, views: 17 },
    { file: 'archi-5.0.2-export.xml', elements: 92, relationships: 42, views: 4 },
  ];

  for (const c of corpus) {
    it(`keeps every element and relationship of ${c.file} (mapped or unplaced) and every view`, async () => {
      const { doc, unplaced } = await fromOef(bytes(join(CORPUS, c.file)), { fileName: c.file, now: NOW });
      expect(documentSchema.safeParse(doc).success).toBe(true);
      const unplacedElements = unplaced.filter((u) => u.source === undefined).length;
      const unplacedRelations = unplaced.length - unplacedElements;
      const parents = doc.elements.values().filter((e) => (e.kind === 'module' || e.kind === 'appService') && e.parentId).length;
      const carried = doc.relations.values().reduce((n, r) => n + (r.kind === 'dataFlow' ? (r.dataEntityIds?.length ?? 0) : 0), 0);
      expect(doc.elements.ids().length + unplacedElements).toBe(c.elements);
      expect(doc.relations.ids().length + unplacedRelations + parents + carried).toBe(c.relationships);
      expect(Object.keys(doc.views)).toHaveLength(c.views);
      expect(doc.meta.unplaced ?? []).toEqual(unplaced);
    });
  }

  it('reads Archisurance names, documentation and view contents', async () => {
    const { doc } = await fromOef(bytes(join(CORPUS, 'archisurance.xml')), { now: NOW });
    expect(doc.meta.title).toBe('Archisurance');
    const customer = byName(doc, 'Customer');
    expect(customer.kind).toBe('targetGroup');
    expect(byName(doc, 'Home & Away Policy Administration').kind).toBe('application');
    const layered = Object.values(doc.views).find((v) => v.name === 'Layered View')!;
    expect(Object.keys(layered.nodes).length).toBeGreaterThan(15);
  });

  it('gives one warning for all target groups whose lifecycle was assumed', async () => {
    const { warnings } = await fromOef(bytes(join(CORPUS, 'archisurance.xml')), { now: NOW });
    const assumed = warnings.filter((w) => w.key === 'warning.lifecycleAssumed');
    expect(assumed).toHaveLength(1);
    expect(assumed[0].params).toMatchObject({ count: 22 });
    // the first eight names, then an ellipsis
    expect(String(assumed[0].params?.names)).toMatch(/^“Customer's Bank”, “Customer”, (“[^”]+”, ){5}“[^”]+”…$/);
  });

  it('lays foreign views out into the bands of their elements', async () => {
    const { doc } = await fromOef(bytes(join(CORPUS, 'archisurance.xml')), { now: NOW });
    const layered = Object.values(doc.views).find((v) => v.name === 'Layered View')!;
    const yOf = (kind: string) => Object.entries(layered.nodes).filter(([id]) => doc.elements.get(id)!.kind === kind).map(([, n]) => n.y);
    // users above channels above … above infrastructure: every node sits in its own band
    expect(Math.max(...yOf('targetGroup'))).toBeLessThan(Math.min(...yOf('service')));
    expect(Math.max(...yOf('application'))).toBeLessThan(Math.min(...yOf('network')));
  });

  it('keeps what Archi calls properties, and Archi element types that do not map as unplaced', async () => {
    const { unplaced } = await fromOef(bytes(join(CORPUS, 'archi-5.0.2-export.xml')), { now: NOW });
    const equipment = unplaced.find((u) => u.properties?.test === 'Test value');
    expect(equipment).toMatchObject({ type: 'Equipment', name: 'Equipment', description: 'This is a documentation test', properties: { 'test 2': 'Test Value 2' } });
    const types = new Set(unplaced.map((u) => u.type));
    for (const t of ['Goal', 'Capability', 'WorkPackage', 'AndJunction', 'OrJunction', 'Grouping', 'Artifact']) expect(types).toContain(t);
  });

  it.runIf(canValidate())('re-exports each corpus file as valid OEF', async () => {
    for (const c of corpus) {
      const { doc } = await fromOef(bytes(join(CORPUS, c.file)), { now: NOW });
      expect(validateOef(toOef(doc)).ok, c.file).toBe(true);
    }
  });
});

describe('fromOef on a hand-written file using every mapped ArchiMate type', () => {
  it('maps every covered element type to its LMV kind', async () => {
    const { doc, unplaced } = await fromOef(bytes(join(FIXTURES, 'every-type.xml')), { now: NOW });
    const kinds = Object.fromEntries(doc.elements.values().map((e) => [e.id, e.kind]));
    expect(kinds).toEqual({
      actor: 'targetGroup',
      role: 'targetGroup',
      bif: 'channel',
      aif: 'channel',
      bsvc: 'service',
      bproc: 'process',
      bfunc: 'process',
      binter: 'process',
      comp: 'application',
      collab: 'application',
      sub: 'module',
      afunc: 'module',
      asvc: 'appService',
      tsvc: 'platform',
      tsvc2: 'platform',
      dobj: 'dataEntity',
      bobj: 'dataEntity',
      contract: 'dataEntity',
      loc: 'site',
      facility: 'site',
      node: 'site',
      net: 'network',
      siem: 'securityControl',
      hsm: 'securityControl',
      fw: 'securityControl',
    });
    expect(unplaced.map((u) => `${u.id}:${u.type}`)).toEqual(expect.arrayContaining(['dbms:SystemSoftware', 'goal:Goal', 'junc:AndJunction', 'r-goal:Realization', 'r-junc:Triggering', 'r-dbms:Association']));
  });

  it('reads fields a name reveals: channel and platform types, security control types', async () => {
    const { doc } = await fromOef(bytes(join(FIXTURES, 'every-type.xml')), { now: NOW });
    expect(doc.elements.get('aif')).toMatchObject({ channelType: 'portalMyGovernment' });
    expect(doc.elements.get('bif')).toMatchObject({ channelType: 'counter' });
    expect(doc.elements.get('tsvc')).toMatchObject({ platformType: 'myDigitalId' });
    expect(doc.elements.get('tsvc2')).toMatchObject({ platformType: 'ePaymentGateway' });
    expect(doc.elements.get('siem')).toMatchObject({ controlType: 'siem' });
    expect(doc.elements.get('hsm')).toMatchObject({ controlType: 'hsm', properties: { 'archimate:type': 'Device' } });
    expect(doc.elements.get('net')).toMatchObject({ networkType: 'internet' });
  });

  it('maps relationships by type and direction to LMV relations', async () => {
    const { doc } = await fromOef(bytes(join(FIXTURES, 'every-type.xml')), { now: NOW });
    const rel = (id: string) => {
      const r = doc.relations.get(id);
      return r && `${r.kind} ${r.source}→${r.target}`;
    };
    expect(rel('r-uses')).toBe('uses actor→bif');
    expect(rel('r-uses2')).toBe('uses role→aif');
    expect(rel('r-delivers')).toBe('delivers bif→bsvc');
    expect(rel('r-delivers2')).toBe('delivers aif→bsvc');
    expect(rel('r-realizes')).toBe('realizes bsvc→bproc');
    expect(rel('r-realizes2')).toBe('realizes bsvc→bfunc');
    expect(rel('r-supports')).toBe('supports comp→bproc');
    expect(rel('r-supports2')).toBe('supports asvc→bsvc');
    expect(rel('r-platform')).toBe('usesPlatform comp→tsvc');
    expect(rel('r-access')).toBe('accesses comp→dobj');
    expect(rel('r-hosted')).toBe('hostedOn comp→loc');
    expect(rel('r-hosted2')).toBe('hostedOn collab→node');
    expect(rel('r-connects')).toBe('connects net→loc');
    expect(rel('r-protects')).toBe('protects siem→comp');
    expect(rel('r-protects2')).toBe('protects fw→net');
    expect(rel('r-flow')).toBe('dataFlow comp→collab');
    expect(rel('r-assoc')).toBe('association actor→role');
    expect(rel('r-trig')).toBe('association bproc→binter');
    expect(doc.relations.get('r-access')).toMatchObject({ access: 'read' });
    expect(doc.relations.get('r-access2')).toMatchObject({ kind: 'accesses', access: 'write', properties: { 'archimate:accessType': 'ReadWrite' } });
    expect(doc.relations.get('r-trig')!.properties).toEqual({ 'archimate:type': 'Triggering' });
    expect(doc.relations.get('r-flow')).toMatchObject({ label: 'Data pemohon', dataEntityIds: ['dobj'] });
    expect(doc.elements.get('sub')).toMatchObject({ parentId: 'comp' });
    expect(doc.elements.get('afunc')).toMatchObject({ parentId: 'comp' });
    expect(doc.elements.get('asvc')).toMatchObject({ parentId: 'sub' });
  });

  it('round-trips the foreign file through Lakar with the same ArchiMate types', async () => {
    const first = await fromOef(bytes(join(FIXTURES, 'every-type.xml')), { now: NOW });
    const xml = toOef(first.doc);
    for (const [id, type] of [['hsm', 'Device'], ['facility', 'Facility'], ['aif', 'ApplicationInterface'], ['afunc', 'ApplicationFunction'], ['junc', 'AndJunction']]) {
      expect(xml).toContain(`<element identifier="${id}" xsi:type="${type}">`);
    }
    expect(xml).toContain('<relationship identifier="r-hosted2" xsi:type="Serving" source="node" target="collab">');
    expect(xml).toContain('<relationship identifier="r-access2" xsi:type="Access" source="afunc" target="bobj" accessType="ReadWrite">');
    const second = await fromOef(xml, { now: NOW });
    expect(second.doc.elements).toEqual(first.doc.elements);
    expect(second.doc.relations).toEqual(first.doc.relations);
    expect(second.unplaced).toEqual(first.unplaced);
  });
});

describe('fromOef on files from other tools', () => {
  it('reads a Sparx EA export written in windows-1252 with EAID identifiers', async () => {
    const { doc, warnings } = await fromOef(bytes(join(FIXTURES, 'sparx-ea-windows-1252.xml')), { now: NOW });
    expect(doc.meta.title).toBe('Sistem Lesen Premis – EA');
    expect(doc.meta.objectives).toBe('Exported by Sparx Enterprise Architect. Café licences ‘premis makanan’.');
    const owner = doc.elements.get('EAID_7C1F7D1A_2B3D_4a4e_9C5B_1F0E2D3C4B5A');
    expect(owner).toMatchObject({ kind: 'targetGroup', name: 'Pengusaha Café', description: 'Pemilik premis makanan – « G2B ».', properties: { Stereotype: 'Kumpulan sasar' } });
    expect(doc.relations.get('EAID_R1234567_89AB_4cde_8f01_23456789ABCD')).toMatchObject({ kind: 'supports', label: 'menyokong' });
    expect(Object.keys(doc.views.EAID_D0000001_89AB_4cde_8f01_23456789ABCD.nodes)).toHaveLength(3);
    expect(warnings.map((w) => w.key)).toContain('warning.lifecycleAssumed');
  });

  it('reads a Visual Paradigm export: names in two languages, nested nodes, groupings', async () => {
    const { doc, unplaced, warnings } = await fromOef(bytes(join(FIXTURES, 'visual-paradigm.xml')), { now: NOW });
    expect(doc.meta.title).toBe('Landskap Pelesenan');
    const applicant = doc.elements.get('_Xq2bVpAFAAAC1');
    expect(applicant).toMatchObject({ name: 'Pemohon', description: 'Orang yang memohon.', properties: { 'archimate:name:en': 'Applicant', 'archimate:documentation:en': 'Person who applies.', 'archimate:type': 'BusinessRole', 'archimate:lang': 'ms' } });
    expect(doc.elements.get('_Xq2bVpAFAAAC3')!.properties).toEqual({ Owner: 'Agensi', 'archimate:name:en': 'Licensing System', 'archimate:lang': 'ms', 'archimate:folder': '["Views and elements","Application Layer"]' });
    expect(unplaced.map((u) => u.type)).toEqual(['Grouping', 'Aggregation']);
    // nested nodes inside the grouping are on the view; the grouping and the note are not
    expect(Object.keys(doc.views._Vq2bVpAFAAAD1.nodes).sort()).toEqual(['_Xq2bVpAFAAAC1', '_Xq2bVpAFAAAC2', '_Xq2bVpAFAAAC3']);
    expect(warnings).toContainEqual({ key: 'warning.viewNodesSkipped', params: { view: 'Usage', count: 2 } });
    // both languages go back out, each with its xml:lang
    const xml = toOef(doc);
    expect(xml).toContain('<name xml:lang="ms">Pemohon</name>');
    expect(xml).toContain('<name xml:lang="en">Applicant</name>');
    expect(xml).toContain('<documentation xml:lang="ms">Orang yang memohon.</documentation>');
  });

  it('keeps the Malay name the main one when a two-language file goes through Lakar and back (OEF and CSV)', async () => {
    const first = await fromOef(bytes(join(FIXTURES, 'visual-paradigm.xml')), { now: NOW });
    const second = await fromOef(toOef(first.doc), { now: NOW });
    expect(second.doc.elements).toEqual(first.doc.elements);
    expect(second.doc.elements.get('_Xq2bVpAFAAAC1')).toMatchObject({ name: 'Pemohon', description: 'Orang yang memohon.' });
    const third = await fromArchiCsv(csvFiles(toArchiCsv(first.doc)), { now: NOW });
    expect(third.doc.elements).toEqual(first.doc.elements);
  });

  it('reads the untagged name as the main one next to tagged translations (what Lakar writes)', async () => {
    const xml = `<?xml version="1.0"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
  <name>M</name>
  <elements><element identifier="e1" xsi:type="BusinessService"><name xml:lang="en">Licence renewal</name><name>Pembaharuan lesen</name></element></elements>
</model>`;
    const { doc } = await fromOef(xml, { now: NOW });
    expect(doc.elements.get('e1')).toMatchObject({ name: 'Pembaharuan lesen', properties: { 'archimate:name:en': 'Licence renewal' } });
    expect(doc.elements.get('e1')!.properties).not.toHaveProperty('archimate:lang');
  });

  it('keeps the folders (organizations) of a Sparx EA or Visual Paradigm file and writes them back', async () => {
    const first = await fromOef(bytes(join(FIXTURES, 'visual-paradigm.xml')), { now: NOW });
    expect(first.doc.elements.get('_Xq2bVpAFAAAC1')!.properties).toMatchObject({ 'archimate:folder': '["Views and elements","Business Layer"]' });
    expect(first.doc.elements.get('_Xq2bVpAFAAAC3')!.properties).toMatchObject({ 'archimate:folder': '["Views and elements","Application Layer"]' });
    const xml = toOef(first.doc);
    expect(xml).not.toContain('archimate:folder');
    expect(xml.replace(/>\s+</g, '><')).toContain(
      '<organizations><item><label>Views and elements</label><item><label>Business Layer</label><item identifierRef="_Xq2bVpAFAAAC1" /></item><item><label>Application Layer</label><item identifierRef="_Xq2bVpAFAAAC2" /><item identifierRef="_Xq2bVpAFAAAC3" /></item></item></organizations>',
    );
    if (canValidate()) expect(validateOef(xml).ok).toBe(true);
    const second = await fromOef(xml, { now: NOW });
    expect(second.doc.elements).toEqual(first.doc.elements);
    const third = await fromArchiCsv(csvFiles(toArchiCsv(first.doc)), { now: NOW });
    expect(third.doc.elements).toEqual(first.doc.elements);
  });

  it('keeps the folders of relationships and unplaced concepts of an Archi export', async () => {
    const { doc, unplaced } = await fromOef(bytes(join(CORPUS, 'archi-5.0.2-export.xml')), { now: NOW });
    const folders = [...doc.elements.values(), ...doc.relations.values(), ...unplaced].map((c) => c.properties?.['archimate:folder']);
    expect(folders.every((f) => f !== undefined)).toBe(true);
    expect(unplaced.find((u) => u.type === 'Capability')?.properties).toMatchObject({ 'archimate:folder': '["Strategy"]' });
    expect(toOef(doc)).toContain('<label>Relations</label>');
  });

  it('reads a file whose elements carry a namespace prefix and prefixed xsi:type values', async () => {
    const xml = `<?xml version="1.0"?>
<a:model xmlns:a="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:i="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
  <a:name>Prefiks</a:name>
  <a:elements><a:element identifier="e1" i:type="a:BusinessService"><a:name>Perkhidmatan</a:name></a:element></a:elements>
</a:model>`;
    const { doc } = await fromOef(xml, { now: NOW });
    expect(doc.elements.get('e1')).toMatchObject({ kind: 'service', name: 'Perkhidmatan' });
  });

  it('puts every element on one laid-out view when the file has no diagrams', async () => {
    const { doc } = await fromOef(bytes(join(CORPUS, 'sample1.xml')), { now: NOW });
    const views = Object.values(doc.views);
    expect(views.map((v) => [v.id, v.name, Object.keys(v.nodes).sort()])).toEqual([['view_main', 'LMV', ['id-37d5bc4b', 'id-89c22226']]]);
    // the role sits in band 1 (users), the process in band 4 (processes)
    const rows = bandLayout(views[0]);
    const inBand = (y: number, band: number) => y >= rows[band].top && y + NODE_HEIGHT <= rows[band].top + rows[band].height;
    expect(inBand(views[0].nodes['id-37d5bc4b'].y, 0)).toBe(true);
    expect(inBand(views[0].nodes['id-89c22226'].y, 3)).toBe(true);
  });
});
