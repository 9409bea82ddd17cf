/**
 * infra.classifiedControlsPartial on small random models: a full check (holders and hostings found
 * by slot, while the graph is fresh) names the same sites and holders, in the same order, as a
 * recheck after edits (by element and id). The models mix what makes the two paths differ: modules
 * and application services whose parent is missing, another part, a site, an external system or
 * themselves (cycles), external systems marked internal or not, hostings on sites and on other
 * kinds, classified data read and carried, flows classified themselves, and partial protections
 * (controls protecting sites, applications, their parts, other kinds, and ids not in the model).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { executeCommand, type CommandResult } from '../../shared/commands';
import type { Element, LakarDocument, Relation } from '../../shared/model';
import { checkDocument, createChecker, type CheckReport } from '../../shared/rules';
import { makeDocument, makeElement, makeRelation } from '../helpers/factories';

const RULE = 'infra.classifiedControlsPartial';
const found = (r: CheckReport) => r.problems.filter((p) => p.ruleId === RULE).map((p) => `${p.elementIds.join(',')}|${p.message.en}`);

/** An element: its kind (`KINDS`), a number choosing its parent, classification or control type, and whether an external system is internal. */
type Spec = { kind: number; parent: number; flag: boolean };
type Link = { kind: number; a: number; b: number; flag: number };
const KINDS = ['application', 'module', 'appService', 'externalSystem', 'dataEntity', 'site', 'securityControl', 'platform'] as const;
/** The kinds of the random elements, holders' kinds more often (security controls: protections by random controls, on any kind). */
const RANDOM_KINDS = [0, 1, 1, 2, 3, 3, 0, 1, 4, 5, 6, 7];
const CONTROL_TYPES = ['hsm', 'siem', 'dlp'] as const;
const CLASS = [undefined, 'terbuka', 'terhad', 'sulit', 'rahsia'] as const;

/**
 * Three sites (one protected by HSM, SIEM and DLP, one by an HSM only, one by nothing) and Sulit
 * data, then `specs`' elements; `links` between any of them (indices past the end wrap round).
 */
const FIXED: Spec[] = [
  { kind: 5, parent: 0, flag: false },
  { kind: 5, parent: 0, flag: false },
  { kind: 5, parent: 0, flag: false },
  { kind: 4, parent: 3, flag: false },
  { kind: 6, parent: 0, flag: false },
  { kind: 6, parent: 1, flag: false },
  { kind: 6, parent: 2, flag: false },
];
const FIXED_LINKS: Link[] = [
  { kind: 3, a: 4, b: 0, flag: 0 },
  { kind: 3, a: 5, b: 0, flag: 0 },
  { kind: 3, a: 6, b: 0, flag: 0 },
  { kind: 3, a: 4, b: 1, flag: 0 },
];

function model(randomSpecs: Spec[], randomLinks: Link[]): LakarDocument {
  const specs = [...FIXED, ...randomSpecs];
  const links = [...FIXED_LINKS, ...randomLinks];
  const n = specs.length;
  const id = (i: number) => `e${i % n}`;
  const elements: Element[] = specs.map((s, i) => {
    const kind = KINDS[s.kind];
    const common = { id: id(i), name: `N${i}` };
    // a part's parent: any element (itself among them), or one not in the model
    const parentId = s.parent >= 18 ? 'tiada' : id(s.parent);
    if (kind === 'module' || kind === 'appService') return makeElement(kind, { ...common, parentId } as Partial<Element> as never);
    if (kind === 'externalSystem') return makeElement(kind, { ...common, internal: s.flag } as never);
    if (kind === 'dataEntity') return makeElement(kind, { ...common, classification: CLASS[s.parent % CLASS.length] } as never);
    if (kind === 'securityControl') return makeElement(kind, { ...common, controlType: CONTROL_TYPES[s.parent % 3] } as never);
    return makeElement(kind, common as never);
  });
  const relKinds = ['accesses', 'dataFlow', 'hostedOn', 'protects'] as const;
  const relations: Relation[] = links.map((l, i) => {
    const kind = relKinds[l.kind];
    const extra: Record<string, unknown> = { id: `r${i}` };
    if (kind === 'dataFlow') {
      extra.classification = CLASS[l.flag % CLASS.length];
      const data = specs.map((s, j) => (KINDS[s.kind] === 'dataEntity' ? id(j) : '')).filter(Boolean);
      if (data.length && l.flag % 2) extra.dataEntityIds = [data[l.flag % data.length]];
    }
    // most accesses read the Sulit data, most hostings are on one of the three sites
    const target = i < FIXED_LINKS.length || l.flag >= 7 ? l.b : kind === 'accesses' ? 3 : kind === 'hostedOn' ? l.flag % 3 : l.b;
    // a protection of an id not in the model now and then
    return makeRelation(kind, id(l.a), kind === 'protects' && l.flag === 8 ? 'tiada' : id(target), extra as Partial<Relation>);
  });
  return makeDocument(elements, relations);
}

type Step = { op: 'parent' | 'internal' | 'host' | 'remove' | 'unhost'; a: number; b: number };

function edit(doc: LakarDocument, s: Step, k: number): CommandResult | null {
  const els = doc.elements.values();
  if (!els.length) return null;
  const e = els[s.a % els.length];
  const other = els[s.b % els.length];
  switch (s.op) {
    case 'parent':
      return e.kind === 'module' || e.kind === 'appService' ? executeCommand(doc, 'element.update', { id: e.id, patch: { parentId: s.b % 5 === 0 ? undefined : other.id } }) : null;
    case 'internal':
      return e.kind === 'externalSystem' ? executeCommand(doc, 'element.update', { id: e.id, patch: { internal: !e.internal } }) : null;
    case 'host':
      return executeCommand(doc, 'relation.add', { relation: makeRelation('hostedOn', e.id, other.id, { id: `h${k}` }) });
    case 'remove':
      return executeCommand(doc, 'element.remove', { ids: [e.id] });
    case 'unhost': {
      const rels = doc.relations.values().filter((r) => r.kind === 'hostedOn');
      return rels.length ? executeCommand(doc, 'relation.remove', { ids: [rels[s.a % rels.length].id] }) : null;
    }
  }
}

describe('infra.classifiedControlsPartial on small random models', () => {
  it('a full check names what a recheck after edits names, in the same order', () => {
    const specs = fc.array(fc.record({ kind: fc.constantFrom(...RANDOM_KINDS), parent: fc.noBias(fc.nat(20)), flag: fc.boolean() }), { minLength: 2, maxLength: 14, size: 'max' });
    const links = fc.array(fc.record({ kind: fc.noBias(fc.nat(3)), a: fc.noBias(fc.nat(20)), b: fc.noBias(fc.nat(20)), flag: fc.noBias(fc.nat(9)) }), { minLength: 2, maxLength: 24, size: 'max' });
    const steps = fc.array(fc.record({ op: fc.constantFrom<Step['op']>('parent', 'parent', 'internal', 'host', 'remove', 'unhost'), a: fc.nat(), b: fc.nat() }), { minLength: 1, maxLength: 4 });
    let named = 0;
    fc.assert(
      fc.property(specs, links, steps, (s, l, st) => {
        const doc = model(s, l);
        const checker = createChecker();
        checker.check(doc);
        let now = doc;
        st.forEach((step, k) => {
          let result: CommandResult | null;
          try {
            result = edit(now, step, k);
          } catch {
            // an edit the model refuses (e.g. a parent of a kind it does not allow): the user gets a message
            result = null;
          }
          if (!result || result.doc === now) return;
          now = result.doc;
          const full = found(checkDocument(now));
          expect(found(checker.check(now, result.patches)), JSON.stringify(step)).toEqual(full);
          if (full.length) named++;
        });
      }),
      { numRuns: 150 },
    );
    // the models are made for the rule to fire: rechecks that named a site
    expect(named).toBeGreaterThan(0);
  });
});
