import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { executeCommand } from '../commands';
import type { LakarDocument } from '../model/schema';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { makeDocument, makeElement, makeLargeDocument, makeRelation } from '../../test/helpers/factories';
import { checkDocument, createChecker, listRules, plainProblem, RULES } from './index';
import type { CheckReport } from './types';

/** Problems as sorted comparable strings (rule, message, targets). */
function signature(report: CheckReport): string[] {
  return report.problems.map((p) => `${p.ruleId}|${p.message.en}|${[...p.elementIds].sort().join(',')}|${[...p.relationIds].sort().join(',')}`).sort();
}

type Edit = (doc: LakarDocument) => { doc: LakarDocument; patches: import('immer').Patch[] };
const cmd = (id: string, args: (doc: LakarDocument) => unknown): Edit => (doc) => executeCommand(doc, id, args(doc));
/** The worked example with Sistem C (Agensi C) supplying by SFTP instead of Web Service: one cross-agency finding. */
const withSftpFlow = () => executeCommand(pengambilanPekerjaExample(), 'relation.update', { id: 'fl_c', patch: { method: 'sftp' } }).doc;
const first = (doc: LakarDocument, kind: string) => doc.elements.values().find((e) => e.kind === kind)!;
const firstRel = (doc: LakarDocument, kind: string) => doc.relations.values().find((r) => r.kind === kind)!;

/** A series of edits touching every part of the model the rules read. */
const EDITS: [string, Edit][] = [
  // a rename to the name it has is no edit (no patch): a new name, which the duplicate then takes
  ['rename an application', cmd('element.update', (d) => ({ id: first(d, 'application').id, patch: { name: 'Sistem Pengambilan Pekerja Baharu' } }))],
  ['add a duplicate application', cmd('element.add', () => ({ element: makeElement('application', { id: 'el_dup', name: 'Sistem Pengambilan Pekerja Baharu' }), viewId: 'view_main' }))],
  ['give the application MyDigital ID', cmd('relation.add', (d) => ({ relation: makeRelation('usesPlatform', 'el_dup', first(d, 'platform').id, { id: 'rel_pf' }) }))],
  ['set a registry on data', cmd('element.update', (d) => ({ id: first(d, 'dataEntity').id, patch: { registryRef: 'reg.keselamatan.penduduk', classification: 'sulit' } }))],
  ['capture that data', cmd('relation.add', (d) => ({ relation: makeRelation('accesses', 'el_dup', first(d, 'dataEntity').id, { id: 'rel_cap', access: 'capture' } as never) }))],
  ['switch a flow to e-mail', cmd('relation.update', (d) => ({ id: firstRel(d, 'dataFlow').id, patch: { method: 'emailFile', classification: 'rahsia' } }))],
  ['remove a security control', cmd('element.remove', (d) => ({ ids: [first(d, 'securityControl').id] }))],
  ['change the sector', cmd('project.updateMeta', () => ({ patch: { sector: 'ekonomi', category: 'wog' } }))],
  ['remove a site', cmd('element.remove', (d) => ({ ids: [first(d, 'site').id] }))],
  ['rename a module', cmd('element.update', (d) => ({ id: first(d, 'module').id, patch: { name: 'Modul Baharu' } }))],
  ['take Sistem C data by SFTP', cmd('relation.update', () => ({ id: 'fl_c', patch: { method: 'sftp' } }))],
  ['switch one MyGDX flow to API', cmd('relation.update', () => ({ id: 'fl_a', patch: { method: 'api' } }))],
  ['switch the last MyGDX flow to API', cmd('relation.update', () => ({ id: 'fl_b', patch: { method: 'api' } }))],
  ['switch it back to MyGDX', cmd('relation.update', () => ({ id: 'fl_b', patch: { method: 'myGdx' } }))],
  ['remove the duplicate application', cmd('element.remove', () => ({ ids: ['el_dup'] }))],
  ['switch off a rule', cmd('rules.setEnabled', () => ({ ruleId: 'element.notOnView', enabled: false }))],
  ['move a node', cmd('element.move', (d) => ({ viewId: 'view_main', moves: [{ id: first(d, 'service').id, x: 500, y: 300 }] }))],
  ['switch the rule back on', cmd('rules.setEnabled', () => ({ ruleId: 'element.notOnView', enabled: true }))],
];

describe('IncrementalChecker', () => {
  for (const mode of ['diff', 'patches'] as const) {
    it(`gives the same problems as a full check after every edit (${mode})`, () => {
      let doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
      doc = executeCommand(doc, 'element.add', { element: makeElement('platform', { id: 'el_pf2', name: 'Platform Lain', platformType: 'other' }), viewId: 'view_main' }).doc;
      const checker = createChecker();
      checker.check(doc);
      for (const [what, edit] of EDITS) {
        const { doc: next, patches } = edit(doc);
        const report = checker.check(next, mode === 'patches' ? patches : undefined);
        expect(checker.lastRun.mode, what).toBe('incremental');
        expect(signature(report), what).toEqual(signature(checkDocument(next)));
        expect(report.counts, what).toEqual(checkDocument(next).counts);
        doc = next;
      }
    });
  }

  it('matches a full check on a generated model after edits far apart', () => {
    let doc = makeLargeDocument(600, 7);
    const checker = createChecker();
    checker.check(doc);
    const ids = [...doc.elements.ids()];
    for (let i = 0; i < 20; i++) {
      const id = ids[(i * 97) % ids.length];
      const r = i % 3 === 0 ? executeCommand(doc, 'element.remove', { ids: [id] }) : executeCommand(doc, 'element.update', { id, patch: { name: `x ${i}` } });
      if (i % 3 === 0) ids.splice(ids.indexOf(id), 1);
      doc = r.doc;
      const report = checker.check(doc, i % 2 ? r.patches : undefined);
      expect(signature(report)).toEqual(signature(checkDocument(doc)));
    }
  });

  it('gives the same problems when its result was indexed ahead of the first edit', () => {
    let doc = makeLargeDocument(600, 11);
    const prepared = createChecker();
    const plain = createChecker();
    const first = prepared.check(doc);
    plain.check(doc);
    prepared.prepareForEdits();
    expect(signature(prepared.check(doc))).toEqual(signature(first));
    const ids = doc.elements.ids();
    for (let i = 0; i < 6; i++) {
      const r = executeCommand(doc, 'element.remove', { ids: [ids[i * 53]] });
      doc = r.doc;
      const report = prepared.check(doc, r.patches);
      expect(prepared.lastRun.mode).toBe('incremental');
      expect(report.problems).toEqual(plain.check(doc, r.patches).problems);
      expect(signature(report)).toEqual(signature(checkDocument(doc)));
    }
  });

  it('rechecks only the neighbourhood of an edit, not the whole model', () => {
    let doc = makeLargeDocument(2000, 3);
    const checker = createChecker();
    checker.check(doc);
    const full = checker.lastRun.anchorsChecked;
    const id = doc.elements.ids()[10];
    const r = executeCommand(doc, 'element.update', { id, patch: { name: 'baharu' } });
    doc = r.doc;
    checker.check(doc, r.patches);
    expect(checker.lastRun.mode).toBe('incremental');
    expect(checker.lastRun.anchorsChecked).toBeLessThan(full / 20);
  });

  it('reports a service taken off the only view it was on, and not once it is placed again (element.notOnView, 001 §3.3.1)', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const sv = first(doc, 'service').id;
    const notOnView = (report: CheckReport) => report.problems.filter((p) => p.ruleId === 'element.notOnView').map((p) => p.elementIds.join());
    const checker = createChecker();
    expect(notOnView(checker.check(doc))).toEqual([]);
    const hidden = executeCommand(doc, 'view.hideElements', { viewId: 'view_main', ids: [sv] });
    expect(notOnView(checker.check(hidden.doc, hidden.patches))).toEqual([sv]);
    expect(notOnView(checkDocument(hidden.doc))).toEqual([sv]);
    const placed = executeCommand(hidden.doc, 'view.placeElements', { viewId: 'view_main', ids: [sv] });
    expect(notOnView(checker.check(placed.doc, placed.patches))).toEqual([]);
    expect(notOnView(checkDocument(doc))).toEqual([]);
  });

  it('returns the previous report when the document is unchanged, and rechecks fully when the catalogue changes', () => {
    const doc = pengambilanPekerjaExample();
    const checker = createChecker();
    const a = checker.check(doc);
    expect(checker.check(doc)).toBe(a);
    const update = { format: 'lakar-catalogue-update' as const, version: 'Sehingga Jun 2026', source: 'ujian', remove: ['repo.infrastruktur.spatial'] };
    const next = executeCommand(doc, 'project.updateMeta', { patch: { catalogueUpdate: update } }).doc;
    const b = checker.check(next);
    expect(checker.lastRun.mode).toBe('full');
    expect(b.catalogueVersion).toBe('Sehingga Jun 2026');
    expect(b.problems.some((p) => p.ruleId === 'data.catalogueRefUnknown' && p.message.ms.includes('repo.infrastruktur.spatial'))).toBe(true);
  });
});

describe('checkDocument', () => {
  it('finds no errors or warnings in the worked example of 001 §3.3.4 (a correct model)', () => {
    const report = checkDocument(pengambilanPekerjaExample());
    expect(report.problems.filter((p) => p.severity !== 'advice').map((p) => p.message.en)).toEqual([]);
    expect(report.catalogueVersion).toBe('Sehingga Disember 2025');
  });

  it('skips switched-off rules and lists them in the report', () => {
    const doc = executeCommand(withSftpFlow(), 'rules.setEnabled', { ruleId: 'dpi.myGdxCrossAgency', enabled: false }).doc;
    const report = checkDocument(doc);
    expect(report.disabledRules).toEqual(['dpi.myGdxCrossAgency']);
    expect(report.problems.some((p) => p.ruleId === 'dpi.myGdxCrossAgency')).toBe(false);
    expect(checkDocument(withSftpFlow()).problems.some((p) => p.ruleId === 'dpi.myGdxCrossAgency')).toBe(true);
    expect(report.rulesChecked).toBe(RULES.length - 1);
  });

  it('renders messages in both languages with their parameters, also through JSON', () => {
    const report = checkDocument(withSftpFlow());
    const json = JSON.parse(JSON.stringify(report)) as CheckReport;
    const p = json.problems.find((x) => x.ruleId === 'dpi.myGdxCrossAgency')!;
    expect(p.message.ms).toContain('"Sistem C" (Agensi C)');
    expect(p.message.en).toContain('crosses agencies');
    expect({ ...plainProblem(report.problems[0]) }.message.ms.length).toBeGreaterThan(0);
    expect(structuredClone(plainProblem(p)).message.en).toBe(p.message.en);
  });
});

describe('problems about their anchor', () => {
  it('point at the anchor and carry its parameters, also through JSON and plainProblem', () => {
    const platform = makeElement('platform', { id: 'pf_pay', name: 'ePayment Gateway', platformType: 'ePaymentGateway' });
    const report = checkDocument(executeCommand(pengambilanPekerjaExample(), 'element.add', { element: platform, viewId: 'view_main' }).doc);
    const p = report.problems.find((x) => x.ruleId === 'element.unconnected')!;
    expect(p.elementIds).toEqual(['pf_pay']);
    expect(p.relationIds).toEqual([]);
    expect(p.params).toEqual({ kind: { ms: 'Platform', en: 'Platform' }, name: '"ePayment Gateway"' });
    expect(p.message.en).toBe('Platform "ePayment Gateway" is not connected to any other element.');
    const json = JSON.parse(JSON.stringify(p)) as typeof p;
    expect(json).toEqual({ ruleId: 'element.unconnected', severity: 'warning', message: p.message, elementIds: ['pf_pay'], relationIds: [], params: p.params });
    expect(structuredClone(plainProblem(p))).toEqual(json);
  });
});

describe('a damaged file whose relation record is keyed by another id', () => {
  it('gets the same findings from a recheck after the edit as from a full check of the edited document', () => {
    // a relation stored under key "f_key" whose own id is "f_own" (a hand-edited .lakar.json): a full
    // check names the relation by its own id, and so must a recheck after an edit makes it invalid
    const a = makeElement('dataEntity', { id: 'de_a', name: 'Rekod A' });
    const b = makeElement('dataEntity', { id: 'de_b', name: 'Rekod B' });
    const app = makeElement('application', { id: 'app', name: 'Sistem' });
    const base = pengambilanPekerjaExample();
    const withItems = { ...base, elements: base.elements.set('de_a', a).set('de_b', b).set('app', app), relations: base.relations.set('f_key', { ...makeRelation('accesses', 'app', 'de_a'), id: 'f_own' }) };
    const checker = createChecker();
    checker.check(withItems);
    // the edit: the record becomes a data flow between two data entities (not allowed, 001 §3.3.2, Jadual 3-1)
    const edited = { ...withItems, relations: withItems.relations.set('f_key', { ...makeRelation('dataFlow', 'de_a', 'de_b'), id: 'f_own' }) };
    const recheck = checker.check(edited);
    expect(checker.lastRun.mode).toBe('incremental');
    const plain = (r: CheckReport) => r.problems.map((p) => [p.ruleId, p.elementIds, p.relationIds, p.message.en]);
    const invalid = plain(recheck).filter(([id]) => id === 'relation.invalid');
    expect(invalid).toEqual([['relation.invalid', ['de_a', 'de_b'], ['f_own'], expect.any(String)]]);
    expect(plain(recheck)).toEqual(plain(checkDocument(edited)));
  });
});

describe('a damaged file whose modules name each other as parents', () => {
  it('is checked: a module of the cycle capturing registry data has no agency (it crashed the check)', () => {
    // three modules each the parent of the next (a hand-edited file): no application heads their tree
    const doc = makeDocument(
      [
        makeElement('module', { id: 'm1', name: 'Modul 1', parentId: 'm2' }),
        makeElement('module', { id: 'm2', name: 'Modul 2', parentId: 'm3' }),
        makeElement('module', { id: 'm3', name: 'Modul 3', parentId: 'm1' }),
        makeElement('dataEntity', { id: 'de_id', name: 'Maklumat Identiti Individu', ownerAgency: 'JPN' }),
      ],
      [makeRelation('accesses', 'm1', 'de_id', { id: 'acc', access: 'capture' } as never)],
    );
    const report = checkDocument(doc);
    // data.onceOnlyLikely (001 §2.6.1, once-only) still names the capturing module; the cycle is named too
    expect(report.problems.filter((p) => p.ruleId === 'data.onceOnlyLikely').map((p) => p.elementIds)).toEqual([['de_id', 'm1']]);
    expect(report.problems.filter((p) => p.ruleId === 'module.parentMissing')).toHaveLength(3);
    // and the cycle once, its members in order, each followed by its parent
    expect(report.problems.filter((p) => p.ruleId === 'module.parentCycle').map((p) => [p.elementIds, p.message.en])).toEqual([
      [['m1', 'm2', 'm3'], '"Modul 1", "Modul 2", "Modul 3" name each other as parents in a cycle, each the parent of the one before, so no application heads them.'],
    ]);
  });
});

describe('listRules', () => {
  const rules = listRules();

  it('describes at least 30 rules with unique ids, BM/EN texts, a seed source and a fix hint', () => {
    expect(rules.length).toBeGreaterThanOrEqual(30);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.source, r.id).toMatch(/^00[0-3] /);
      for (const t of [r.title, r.fixHint, r.message!]) {
        expect(t.ms.length, r.id).toBeGreaterThan(5);
        expect(t.en.length, r.id).toBeGreaterThan(5);
        if (/[a-z]{3}/i.test(t.ms.replace(/\{\w+\}/g, ''))) expect(t.ms, r.id).not.toBe(t.en);
      }
    }
  });

  it('uses the same message parameters in BM and EN', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const r of rules) expect(params(r.message!.en), r.id).toEqual(params(r.message!.ms));
  });

  it('has a break/pass test case for every rule in shared/rules/rules/*.test.ts', () => {
    const dir = new URL('./rules/', import.meta.url);
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n');
    expect(rules.filter((r) => !text.includes(`rule: '${r.id}'`)).map((r) => r.id)).toEqual([]);
  });

  it('names the Jadual 4-1 A.1.a item for the DPI rules so the PDF checklist can attach them', () => {
    for (const id of ['dpi.mydigitalIdSso', 'dpi.ePayment', 'dpi.myGdxCrossAgency']) expect(rules.find((r) => r.id === id)?.source).toMatch(/A\.1\.a viii/);
  });
});
