/**
 * The portfolio's views on hand-built projects: the registry consumption matrix (001 §2.6.1–2.6.4,
 * Rajah 2-13), DPI adoption (§2.7.3), the agency flow graph, the sector summary and the JSON document.
 */
import { describe, expect, it } from 'vitest';
import type { Element, Relation } from '../model/schema';
import { miniProject } from '../../test/helpers/portfolio';
import { Portfolio } from './analysis';
import { digestProject } from './digest';
import { portfolioJson } from './json';

const company = (extra: Partial<Extract<Element, { kind: 'dataEntity' }>> = {}): Element => ({ id: 'de', kind: 'dataEntity', name: 'Maklumat Syarikat', ...extra });
const ssm: Element = { id: 'ssm', kind: 'externalSystem', name: 'Sistem MyData SSM', agency: 'Suruhanjaya Syarikat Malaysia (SSM)' };

/** Reads company data from SSM through a MyGDX flow. */
const reader = miniProject({
  agency: 'MARA',
  sector: 'ekonomi',
  app: 'Sistem Pembiayaan Usahawan',
  processes: [1, 14],
  extraElements: [company({ registryRef: 'reg.ekonomi.syarikatKoperasi' }), ssm, { id: 'pf', kind: 'platform', name: 'MyGDX', platformType: 'myGdx' }],
  extraRelations: [
    { id: 'f1', kind: 'dataFlow', source: 'ssm', target: 'app', method: 'myGdx', direction: 'supplies', dataEntityIds: ['de'] },
    { id: 'a1', kind: 'accesses', source: 'app', target: 'de', access: 'read' },
  ] as Relation[],
});
/** Captures company data again in its own form, declaring the registry. */
const recapturer = miniProject({
  agency: 'LHDN',
  sector: 'ekonomi',
  app: 'Sistem Insentif Cukai',
  processes: [1, 11],
  extraElements: [company({ registryRef: 'reg.ekonomi.syarikatKoperasi' }), { id: 'id', kind: 'platform', name: 'MyDigital ID', platformType: 'myDigitalId' }],
  extraRelations: [
    { id: 'a1', kind: 'accesses', source: 'app', target: 'de', access: 'capture' },
    { id: 'u1', kind: 'usesPlatform', source: 'app', target: 'id' },
  ] as Relation[],
});
/** Captures company data without naming the registry: recognised from the name. */
const silent = miniProject({
  agency: 'KPDN',
  sector: 'ekonomi',
  app: 'Sistem Lesen Runcit',
  processes: [1],
  extraElements: [company(), { id: 'pay', kind: 'platform', name: 'ePayment', platformType: 'ePaymentGateway' }],
  extraRelations: [{ id: 'a1', kind: 'accesses', source: 'app', target: 'de', access: 'capture' }] as Relation[],
});
/** Names the Population registry but neither reads nor captures it, and has no flows. */
const declarer = miniProject({ agency: 'JPA', sector: 'pentadbiranAwam', app: 'Sistem Cuti', processes: [11], extraElements: [{ id: 'p', kind: 'dataEntity', name: 'Identiti', registryRef: 'reg.keselamatan.penduduk' }] });

function analyse() {
  const p = new Portfolio();
  for (const [file, doc] of [['reader.lakar', reader], ['recapture.lakar', recapturer], ['silent.lakar.json', silent], ['declarer.xml', declarer]] as const) p.upsert(digestProject(file, doc, { check: false }));
  return p;
}

describe('registry consumption matrix', () => {
  it('lists all 21 registries and 37 repositories of the catalogue (Rajah 2-13)', () => {
    const rows = analyse().analysis().registries;
    expect(rows.filter((r) => r.kind === 'registry')).toHaveLength(21);
    expect(rows.filter((r) => r.kind === 'repository')).toHaveLength(37);
  });

  it('tells who reads a registry through a flow and who captures its data again, with the elements to click through to', () => {
    const row = analyse().analysis().registries.find((r) => r.id === 'reg.ekonomi.syarikatKoperasi')!;
    expect(row.readBy).toEqual([{ file: 'reader.lakar', elementIds: ['de', 'f1'] }]);
    expect(row.recapturedBy.map((c) => c.file)).toEqual(['recapture.lakar', 'silent.lakar.json']);
    expect(row.recapturedBy[0].elementIds).toEqual(['de', 'app']);
  });

  it('keeps a registry named but neither read nor captured as declared, and lists projects that declare nothing', () => {
    const a = analyse().analysis();
    expect(a.registries.find((r) => r.id === 'reg.keselamatan.penduduk')!.declaredBy).toEqual([{ file: 'declarer.xml', elementIds: ['p'] }]);
    expect(a.declaringNothing).toEqual(['silent.lakar.json']);
  });
});

describe('DPI adoption, agency flows and summary', () => {
  it('tells per project whether MyDigital ID, ePayment and MyGDX are used, only drawn, or absent (001 §2.7.3)', () => {
    const dpi = Object.fromEntries(analyse().analysis().dpi.map((d) => [d.file, d.states]));
    expect(dpi['reader.lakar']).toEqual({ myDigitalId: 'none', ePaymentGateway: 'none', myGdx: 'used' });
    expect(dpi['recapture.lakar']).toEqual({ myDigitalId: 'used', ePaymentGateway: 'none', myGdx: 'none' });
    expect(dpi['silent.lakar.json']).toEqual({ myDigitalId: 'none', ePaymentGateway: 'declared', myGdx: 'none' });
  });

  it('draws cross-agency flows between agencies known by acronym or name, with the MyGDX share', () => {
    const a = analyse().analysis();
    expect(a.flows).toEqual([{ from: 'SSM', to: 'MARA', method: 'myGdx', count: 1 }]);
    expect(a.myGdxShare).toEqual({ myGdx: 1, total: 1 });
  });

  it('counts projects by sector and category and adds up estimated costs', () => {
    const p = analyse();
    const withCost = { ...reader, meta: { ...reader.meta, costs: [{ component: 'Pembangunan', amount: 2_000_000 }], category: 'wog' as const } };
    p.upsert(digestProject('reader.lakar', withCost, { check: false }));
    const s = p.analysis().summary;
    expect(s).toMatchObject({ projects: 4, bySector: { ekonomi: 3, pentadbiranAwam: 1 }, byCategory: { wog: 1, unset: 3 }, totalCost: 2_000_000, costedProjects: 1 });
  });

  it('lists unreadable files with their reason and drops them when they become readable', () => {
    const p = analyse();
    p.markUnreadable('broken.lakar', { key: 'store.notLakar', params: { file: 'broken.lakar' } });
    expect(p.analysis().unreadable).toEqual([{ file: 'broken.lakar', reason: { key: 'store.notLakar', params: { file: 'broken.lakar' } } }]);
    p.upsert(digestProject('broken.lakar', declarer, { check: false }));
    expect(p.analysis().unreadable).toEqual([]);
  });
});

describe('portfolioJson', () => {
  it('has exactly projects, overlaps, registries and flows in the shape of issue 17', () => {
    const p = analyse();
    p.upsert(digestProject('a.lakar', miniProject({ agency: 'JKM', app: 'Sistem e-Aduan Awam', processes: [1, 13, 18] }), { check: true }));
    p.upsert(digestProject('b.lakar', miniProject({ agency: 'KKM', app: 'Public Complaints System', processes: [1, 13, 18] }), { check: true }));
    const json = portfolioJson(p.analysis(), 'en');
    expect(Object.keys(json)).toEqual(['projects', 'overlaps', 'registries', 'flows']);
    expect(Object.keys(json.projects[0])).toEqual(['file', 'title', 'agency', 'sector', 'errors', 'warnings']);
    expect(json.projects.find((x) => x.file === 'a.lakar')!.errors).toBeGreaterThan(0);
    // the company data the three ekonomi projects hold is shared data across them
    expect(json.overlaps.filter((o) => o.kind === 'dataEntity').map((o) => [o.a.file, o.b.file])).toEqual(
      expect.arrayContaining([['reader.lakar', 'recapture.lakar'], ['recapture.lakar', 'silent.lakar.json']]),
    );
    expect(json.overlaps.filter((o) => o.kind === 'application')).toEqual([
      { kind: 'application', a: { file: 'a.lakar', id: 'app', name: 'Sistem e-Aduan Awam', agency: 'JKM' }, b: { file: 'b.lakar', id: 'app', name: 'Public Complaints System', agency: 'KKM' }, score: expect.any(Number), reasons: expect.arrayContaining([expect.stringMatching(/^same generic processes \(100%\): Register, Acknowledge\/Respond, Assess\/Evaluate\/Monitor$/)]) },
    ]);
    expect(json.registries.find((r) => r.id === 'reg.ekonomi.syarikatKoperasi')).toEqual({ id: 'reg.ekonomi.syarikatKoperasi', name: 'Companies and Cooperatives', readBy: ['reader.lakar'], recapturedBy: ['recapture.lakar', 'silent.lakar.json'] });
    expect(json.flows).toEqual([{ from: 'SSM', to: 'MARA', method: 'myGdx', count: 1 }]);
  });
});

describe('a file whose modules name each other as parent (a hand-edited file)', () => {
  it('is digested, the flows of those modules counted as the project’s own as a module of a missing parent’s are (it overflowed the stack)', () => {
    const mara: Element = { id: 'sys_mara', kind: 'externalSystem', name: 'Sistem MARA', agency: 'MARA' };
    const flow: Relation = { id: 'f_mara', kind: 'dataFlow', source: 'mod_a', target: 'sys_mara', method: 'myGdx' };
    const withParents = (a: string, b: string) =>
      miniProject({
        agency: 'SSM',
        app: 'Sistem SSM',
        processes: [1],
        extraElements: [{ id: 'mod_a', kind: 'module', name: 'Modul A', parentId: a }, { id: 'mod_b', kind: 'module', name: 'Modul B', parentId: b }, mara],
        extraRelations: [flow],
      });
    const flowsOf = (doc: ReturnType<typeof miniProject>) => digestProject('p.lakar', doc, { check: false }).flows;
    const lost = flowsOf(withParents('gone', 'gone'));
    expect(lost).toEqual([{ from: 'SSM', to: 'MARA', method: 'myGdx', relationId: 'f_mara' }]);
    expect(flowsOf(withParents('mod_b', 'mod_a'))).toEqual(lost);
    expect(flowsOf(withParents('mod_a', 'mod_a'))).toEqual(lost);
  });
});
