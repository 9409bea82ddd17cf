/**
 * A full check lists each local rule's findings with their anchors so that a later recheck of one
 * anchor replaces that anchor's findings only (checker.ts). Findings made about their anchor
 * (`emit.about`) give it themselves and no list of anchors is kept for them (full-pass.ts); a rule
 * that also reports with plain `emit` must still have each finding put back under its own anchor.
 */
import { describe, expect, it } from 'vitest';
import { executeCommand } from '../commands';
import type { Element, LakarDocument } from '../model/schema';
import { makeDocument, makeElement } from '../../test/helpers/factories';
import { builtinCatalogueIndex } from '../catalogue/catalogue';
import { makeVariedDocument, withServiceIds } from '../../test/helpers/varied-model';
import { IncrementalChecker } from './checker';
import { localRule, plainProblem, type LocalRule, type Rule } from './define';
import { runLocalRulesFully } from './full-pass';
import { ModelGraph } from './graph';
import { RULES as ALL_RULES } from './index';
import type { CheckContext, CheckReport } from './types';

const text = { ms: 'Nama {name}', en: 'Name {name}' };
const nameOf = (e: Element) => ({ name: e.name });

/** Reports names starting with A about the anchor, names starting with B with plain `emit`; over applications then platforms. */
const ruleText = { severity: 'warning', title: text, message: text, source: '§ ujian', fixHint: text, reach: 0 } as const;
const mixed = localRule({
  ...ruleText,
  id: 'test.mixed',
  elements: ['application', 'platform'],
  checkItem(id, _ctx, emit, e) {
    if (e.name.startsWith('A')) emit.about(e, nameOf);
    if (e.name.startsWith('B')) emit({ name: e.name }, { elements: [id] });
  },
});

/** Reports every name starting with A about its anchor only. */
const aboutOnly = localRule({ ...ruleText, id: 'test.aboutOnly', elements: ['application'], checkItem: (_id, _ctx, emit, e) => (e.name.startsWith('A') ? emit.about(e, nameOf) : undefined) });

const RULES: Rule[] = [mixed, aboutOnly];
const lines = (r: CheckReport) => r.problems.map((p) => `${p.ruleId} ${p.message.en} ${p.elementIds.join(',')}`);
const rename = (doc: LakarDocument, id: string, name: string) => executeCommand(doc, 'element.update', { id, patch: { name } }).doc;

describe('full check listing of local findings', () => {
  it('puts every finding back under its own anchor after edits, whether made about the anchor or not', () => {
    const names = ['A1', 'B1', 'A2', 'B2', 'A3'];
    let doc = makeDocument([
      ...names.map((name, i) => makeElement('application', { id: `app${i}`, name })),
      makeElement('platform', { id: 'pf0', name: 'A platform' }),
      makeElement('platform', { id: 'pf1', name: 'C platform' }),
    ]);
    const checker = new IncrementalChecker(RULES);
    expect(lines(checker.check(doc))).toEqual(lines(new IncrementalChecker(RULES).check(doc)));
    // each rename rechecks one anchor: its findings go, new ones take their place, the others stay
    for (const [id, name] of [['app1', 'C1'], ['app2', 'B2x'], ['app0', 'C0'], ['pf0', 'C'], ['pf1', 'B platform'], ['pf0', 'A again'], ['app4', 'B4']]) {
      doc = rename(doc, id, name);
      const report = checker.check(doc);
      expect(checker.lastRun.mode).toBe('incremental');
      expect(lines(report), `${id} → ${name}`).toEqual(lines(new IncrementalChecker(RULES).check(doc)));
    }
  });
});

/** Reports applications named P… with a finding about platform pf0 (`emit.about` of another element than the anchor), then one about the anchor. */
const aboutOther = localRule({
  ...ruleText,
  id: 'test.aboutOther',
  elements: ['application'],
  checkItem(_id, ctx, emit, e) {
    const platform = ctx.doc.elements.get('pf0');
    if (platform && e.name.startsWith('P')) emit.about(platform, nameOf);
    if (e.name.startsWith('P')) emit.about(e, nameOf);
  },
});

describe('full check listing of findings about another element than the anchor', () => {
  it('puts them back under the anchor that made them after edits', () => {
    let doc = makeDocument([
      ...['P1', 'A1', 'P2', 'P3'].map((name, i) => makeElement('application', { id: `app${i}`, name })),
      makeElement('platform', { id: 'pf0', name: 'Platform' }),
    ]);
    const rules: Rule[] = [aboutOther];
    const checker = new IncrementalChecker(rules);
    expect(lines(checker.check(doc))).toHaveLength(6);
    // app2's finding about pf0 goes with it (listed under pf0, it would stay)
    for (const [id, name] of [['app2', 'A2'], ['app1', 'P1b'], ['app0', 'A0'], ['app2', 'P2 lagi']]) {
      doc = rename(doc, id, name);
      const report = checker.check(doc);
      expect(checker.lastRun.mode).toBe('incremental');
      expect(lines(report), `${id} → ${name}`).toEqual(lines(new IncrementalChecker(rules).check(doc)));
    }
  });
});

/** Three findings about every application (its name's letters), two about the anchor and one plain: a listing longer than a chunk, an anchor's findings across a chunk's end. */
const threeEach = localRule({
  ...ruleText,
  id: 'test.threeEach',
  elements: ['application'],
  checkItem(id, _ctx, emit, e) {
    emit.about(e, nameOf);
    if (!e.name.startsWith('X')) emit({ name: `${e.name} kedua` }, { elements: [id] });
    emit.about(e, nameOf);
  },
});

describe('full check listing longer than a chunk', () => {
  it('puts every finding back under its own anchor after edits, an anchor’s findings across two chunks included', () => {
    // 3 × 400 findings: chunks of 512 end inside the findings of applications 170 and 341
    let doc = makeDocument(Array.from({ length: 400 }, (_, i) => makeElement('application', { id: `app${i}`, name: `A${i}` })));
    const rules: Rule[] = [threeEach];
    const checker = new IncrementalChecker(rules);
    const first = checker.check(doc);
    expect(first.problems).toHaveLength(1200);
    expect(first.byRule!.get('test.threeEach')!.length).toBeGreaterThan(1);
    checker.prepareForEdits();
    for (const [id, name] of [['app170', 'X170'], ['app341', 'B341'], ['app0', 'X0'], ['app399', 'X399'], ['app170', 'A170 lagi']]) {
      doc = rename(doc, id, name);
      const report = checker.check(doc);
      expect(checker.lastRun.mode).toBe('incremental');
      expect(lines(report), `${id} → ${name}`).toEqual(lines(new IncrementalChecker(rules).check(doc)));
    }
  });
});

describe('anchors a rule is not called on in a full check (passSkips)', () => {
  const contextOf = (doc: LakarDocument): CheckContext => ({ doc, graph: new ModelGraph(doc), catalogue: builtinCatalogueIndex(), agencyApplications: [] });
  const skipping = ALL_RULES.filter((r): r is LocalRule => r.scope === 'local' && !!r.passSkips);
  // every method, suspect relation ends, isolated elements: makeVariedDocument varies them all
  // (with Servis IDs and agency codes, flow.serviceIdSupplier has findings too)
  const varied = makeVariedDocument(3000, 5);
  const docs = [varied, withServiceIds(varied)];
  const json = (list: readonly unknown[]) => JSON.stringify(list.map((p) => plainProblem(p as never)));

  it.each(skipping.map((r) => [r.id, r] as const))('%s finds in a full check what it finds called on every anchor', (_id, rule) => {
    let found = 0;
    for (const doc of docs) {
      // `rule.check` calls `checkItem` on every anchor of its kinds, one rule alone
      const everyAnchor = rule.check(contextOf(doc));
      let calls = 0;
      const counted: LocalRule = { ...rule, checkItem: (...args) => (calls++, rule.checkItem(...args)) };
      const pass = runLocalRulesFully([counted], contextOf(doc));
      expect(json(pass.byRule.get(rule.id)!.chunks.flat())).toBe(json(everyAnchor));
      found += everyAnchor.length;
      // and the pass did skip anchors (the varied model has anchors each of these skips)
      let anchors = 0;
      const ctx = contextOf(doc);
      for (const k of rule.elements ?? []) ctx.graph.forEachOf(k, () => anchors++);
      for (const k of rule.relations ?? []) ctx.graph.forEachRelationOf(k, () => anchors++);
      expect(calls).toBeLessThan(anchors);
      expect(pass.checked).toBe(calls);
    }
    expect(found).toBeGreaterThan(0);
  });
});
