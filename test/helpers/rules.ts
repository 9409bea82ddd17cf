/**
 * Helpers for checker rule tests: start from the worked example of 001 §3.3.4 (which has no
 * errors), break it in one way, and look at the findings of one rule.
 */
import { describe, expect, it } from 'vitest';
import { produce, type Draft } from 'immer';
import { fromDocumentData, toDocumentData, type LakarDocument, type LakarDocumentData, type Relation } from '../../shared/model';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { checkDocument, type CheckOptions, type Problem } from '../../shared/rules';

/** The worked example with a fixed date. */
export function sample(): LakarDocument {
  return pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
}

/** `doc` changed by an immer recipe on its data (tables as plain records, so items can be mutated in place). */
export function edit(doc: LakarDocument, recipe: (d: Draft<LakarDocumentData>) => void): LakarDocument {
  return fromDocumentData(produce(toDocumentData(doc) as LakarDocumentData, recipe)) as LakarDocument;
}

/** Findings of rule `ruleId` on `doc`. */
export function findings(ruleId: string, doc: LakarDocument, options?: CheckOptions): Problem[] {
  return checkDocument(doc, options).problems.filter((p) => p.ruleId === ruleId);
}

/** Delete the relations matching `pred` from a draft. */
export function dropRelations(d: Draft<LakarDocumentData>, pred: (r: Relation) => boolean) {
  for (const [id, r] of Object.entries(d.relations)) if (pred(r as Relation)) delete d.relations[id];
}

let relSeq = 0;
/** Add a relation to a draft. */
export function addRelation(d: Draft<LakarDocumentData>, kind: Relation['kind'], source: string, target: string, extra: Record<string, unknown> = {}) {
  const id = `rel_t${++relSeq}`;
  d.relations[id] = { id, kind, source, target, ...extra } as Draft<Relation>;
  return id;
}

type Recipe = (d: Draft<LakarDocumentData>) => void;

/** One rule's two tests: a model that breaks it and one that passes. */
export interface RuleCase {
  rule: string;
  breaks: {
    when: string;
    /** Recipe applied to the example, or a whole document. */
    edit?: Recipe;
    doc?: () => LakarDocument;
    options?: CheckOptions;
    /** Text the BM message must contain, and ids the problem must point at. */
    ms?: string;
    en?: string;
    elements?: string[];
    relations?: string[];
  };
  passes: { when: string; edit?: Recipe; doc?: () => LakarDocument; options?: CheckOptions };
}

function docOf(c: { edit?: Recipe; doc?: () => LakarDocument }): LakarDocument {
  const base = c.doc ? c.doc() : sample();
  return c.edit ? edit(base, c.edit) : base;
}

/** `describe(rule)` with `it('reports … when …')` and `it('passes when …')` for each case. */
export function describeRuleCases(cases: RuleCase[]) {
  for (const c of cases) {
    describe(c.rule, () => {
      it(`reports a problem when ${c.breaks.when}`, () => {
        const found = findings(c.rule, docOf(c.breaks), c.breaks.options);
        expect(found.length).toBeGreaterThan(0);
        const p = found[0];
        if (c.breaks.ms) expect(found.map((f) => f.message.ms).join('\n')).toContain(c.breaks.ms);
        if (c.breaks.en) expect(found.map((f) => f.message.en).join('\n')).toContain(c.breaks.en);
        for (const id of c.breaks.elements ?? []) expect(found.flatMap((f) => f.elementIds)).toContain(id);
        for (const id of c.breaks.relations ?? []) expect(found.flatMap((f) => f.relationIds)).toContain(id);
        expect(p.message.ms).not.toMatch(/\{\w+\}/);
        expect(p.message.en).not.toMatch(/\{\w+\}/);
      });
      it(`passes when ${c.passes.when}`, () => {
        expect(findings(c.rule, docOf(c.passes), c.passes.options).map((f) => f.message.en)).toEqual([]);
      });
    });
  }
}
