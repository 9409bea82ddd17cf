/**
 * A local rule declares how far from its anchor it reads names (`names`, default its `reach`), and
 * whether it names the top application of a part it reads (`pointsAtRootsNamed`): after a rename the
 * checker rechecks only the anchors that close (checker.ts), so a declaration that says less than
 * the rule reads leaves findings with an old name behind. Random renames (renames.test.ts) meet few
 * findings of rare rules; this holds every rule to its declaration directly: renaming every element
 * farther than `names` steps from an anchor with findings (and not one of the tops of trees they
 * point at) leaves that anchor's findings word for word.
 */
import { describe, expect, it } from 'vitest';
import type { Element, LakarDocument } from '../model/schema';
import { fromDocumentData, toDocumentData } from '../model/wire';
import { builtinCatalogueIndex } from '../catalogue/catalogue';
import { makeVariedDocument, withServiceIds } from '../../test/helpers/varied-model';
import { RULES } from './index';
import type { LocalRule } from './define';
import { anchorIdAt, runLocalRulesFully } from './full-pass';
import { ModelGraph } from './graph';
import { relationNeighbours } from './incident';
import type { CheckContext, Problem } from './types';

const line = (p: Problem) => [p.message.ms, p.message.en, p.elementIds.join(','), p.relationIds.join(',')].join('|');

/** Anchors checked per rule and model: each is an edit and a check of its own. */
const ANCHORS_PER_RULE = 6;

function contextOf(doc: LakarDocument): CheckContext {
  return { doc, graph: new ModelGraph(doc), catalogue: builtinCatalogueIndex(), agencyApplications: [] };
}

/** The problems of `rule` on `doc` by anchor, as a full check lists them. */
function byAnchor(rule: LocalRule, doc: LakarDocument): Map<string, string[]> {
  const listing = runLocalRulesFully([rule], contextOf(doc)).byRule.get(rule.id)!;
  const out = new Map<string, string[]>();
  listing.chunks.flat().forEach((p, i) => out.set(anchorIdAt(listing.anchors, p, i), [...(out.get(anchorIdAt(listing.anchors, p, i)) ?? []), line(p)]));
  return out;
}

/** Elements within `steps` of anchor `id` in the graph a rename recheck walks (parents and children one step apart). */
function elementsNear(graph: ModelGraph, id: string, isElement: boolean, steps: number): Set<string> {
  const elements = new Set<string>();
  const relations = new Set<string>();
  let frontier: { element?: string; relation?: string }[] = [isElement ? { element: id } : { relation: id }];
  if (isElement) elements.add(id);
  else relations.add(id);
  for (let d = 0; d < steps; d++) {
    const next: typeof frontier = [];
    const element = (e: string) => {
      if (elements.has(e)) return;
      elements.add(e);
      next.push({ element: e });
    };
    const relation = (r: string) => {
      if (relations.has(r)) return;
      relations.add(r);
      next.push({ relation: r });
    };
    for (const node of frontier) {
      if (node.element !== undefined) graph.forEachNeighbourOfElement(node.element, element, relation);
      else for (const e of relationNeighbours(graph.doc.relations.get(node.relation!))) element(e);
    }
    frontier = next;
  }
  return elements;
}

const MODELS: [string, () => LakarDocument][] = [
  ...[1, 2, 3, 4].map((seed): [string, () => LakarDocument] => [`varied model (seed ${seed})`, () => fromDocumentData(toDocumentData(makeVariedDocument(400, seed)))]),
  ['varied model with Servis IDs and codes', () => withServiceIds(makeVariedDocument(400, 5))],
];

describe('how far a local rule reads names (its names declaration)', () => {
  const rules = RULES.filter((r): r is LocalRule => r.scope === 'local');

  for (const [label, make] of MODELS) {
    it(`is far enough: an anchor's findings stay word for word when every element beyond it is renamed (${label})`, () => {
      const doc = make();
      const graph = new ModelGraph(doc);
      let checked = 0;
      for (const rule of rules) {
        const before = byAnchor(rule, doc);
        for (const anchor of [...before.keys()].slice(0, ANCHORS_PER_RULE)) {
          const keep = elementsNear(graph, anchor, !!rule.elements, rule.names ?? rule.reach);
          // the tops of trees such a rule names are rechecked from the findings pointing at them
          if (rule.pointsAtRootsNamed) for (const l of before.get(anchor)!) for (const id of l.split('|')[2].split(',')) keep.add(id);
          const changes = new Map<string, Element>();
          for (const e of doc.elements.values()) if (!keep.has(e.id)) changes.set(e.id, { ...e, name: `${e.name} (lain)` });
          const renamed: LakarDocument = { ...doc, elements: doc.elements.withChanges(changes) };
          expect(byAnchor(rule, renamed).get(anchor), `${rule.id} at ${anchor}`).toEqual(before.get(anchor));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(50);
    });
  }

  it('is met by the rules comparing Servis IDs with codes on the model made for them', () => {
    const doc = withServiceIds(makeVariedDocument(400, 5));
    for (const id of ['flow.serviceIdSupplier', 'flow.iddIncomplete', 'dpi.myGdxCrossAgency']) {
      expect(byAnchor(rules.find((r) => r.id === id)!, doc).size, id).toBeGreaterThan(0);
    }
  });
});
