/**
 * The full check's pass skips (full-pass.ts `PassSkips`: element.notOnView not called for elements on
 * a view, dpi.myGdxCrossAgency not for flows without an external system at an end, and the others)
 * on small random models: a full check finds what the rules find called on every anchor (the same
 * rules without their skips), and a recheck after edits finds what a full check of the edited model
 * finds. The models mix elements on one view, another, none, hidden from a view; external systems of
 * the project's agency, another, none, internal or not; flows of every method with ends of every
 * kind, ends not in the model and carried registry data; and, as a damaged file may, items under
 * another key than their id (rechecks of those are left out: a removal by id misses such an item,
 * and a recheck kept a removed relation's finding — both older than the skips, see NOTES.md).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { executeCommand, type CommandResult } from '../../shared/commands';
import { Table, type Element, type LakarDocument, type Relation } from '../../shared/model';
import { FLOW_METHODS } from '../../shared/model/vocabulary';
import { checkDocument, createChecker, IncrementalChecker, type CheckReport } from '../../shared/rules';
import { RULES } from '../../shared/rules/index';
import type { Rule } from '../../shared/rules/define';
import { makeDocument, makeElement, makeRelation } from '../helpers/factories';

const lines = (r: CheckReport) => r.problems.map((p) => `${p.ruleId}|${p.elementIds.join(',')}|${p.relationIds?.join(',') ?? ''}|${p.message.en}`);
const SKIPPING = new Set(RULES.filter((r) => r.scope === 'local' && r.passSkips).map((r) => r.id));
const skipped = (r: CheckReport) => lines(r).filter((l) => SKIPPING.has(l.split('|')[0]));
/** The rules as they are, without their pass skips: each called on every anchor of its kinds. */
const UNSKIPPED: Rule[] = RULES.map((r) => (r.scope === 'local' && r.passSkips ? { ...r, passSkips: undefined } : r));

type Spec = { kind: number; a: number; b: number; view: number };
type Link = { kind: number; a: number; b: number; method: number; flag: number };
const KINDS = ['application', 'externalSystem', 'externalSystem', 'dataEntity', 'module', 'site', 'platform'] as const;
const AGENCIES = [undefined, 'Agensi Ujian', 'Jabatan Pendaftaran Negara (JPN)', 'JPN', ' '] as const;
const METHODS = [undefined, ...FLOW_METHODS] as const;

function model(specs: Spec[], links: Link[], damaged = false): LakarDocument {
  const n = specs.length;
  const id = (i: number) => `e${i % n}`;
  const elements: Element[] = specs.map((s, i) => {
    const kind = KINDS[s.kind];
    const common = { id: id(i), name: `N${i}` };
    if (kind === 'externalSystem') return makeElement(kind, { ...common, agency: AGENCIES[s.a % 5], internal: [undefined, true, false][s.b % 3] } as never);
    if (kind === 'application') return makeElement(kind, { ...common, agency: AGENCIES[s.a % 5] } as never);
    if (kind === 'dataEntity') return makeElement(kind, { ...common, registryRef: s.a % 2 ? 'reg.keselamatan.penduduk' : undefined } as never);
    if (kind === 'module') return makeElement(kind, { ...common, parentId: id(s.a) } as never);
    return makeElement(kind, common as never);
  });
  const data = elements.filter((e) => e.kind === 'dataEntity').map((e) => e.id);
  const relations: Relation[] = links.map((l, i) => {
    const extra: Record<string, unknown> = { id: `r${i}` };
    const kind = l.kind === 0 ? 'accesses' : 'dataFlow';
    if (kind === 'dataFlow') {
      if (METHODS[l.method % METHODS.length]) extra.method = METHODS[l.method % METHODS.length];
      if (l.flag % 4 === 1) extra.category = 'oneOff';
      if (data.length && l.flag % 2) extra.dataEntityIds = [data[l.flag % data.length]];
    }
    // now and then an end not in the model
    const source = l.flag === 7 ? 'tiada' : id(l.a);
    const target = l.flag === 8 ? 'hilang' : id(l.b);
    return makeRelation(kind, source, target, extra as Partial<Relation>);
  });
  const doc = makeDocument(elements, relations);
  doc.meta.pemilikProjek = 'Agensi Ujian';
  const main = doc.views.view_main;
  const other: LakarDocument['views'][string] = { id: 'view_2', name: 'Kedua', order: 1, nodes: {} };
  const hidden: string[] = [];
  specs.forEach((s, i) => {
    // 0: on the main view only, 1: on both, 2: on the second only, 3: on none, 4: hidden from the main view
    if (s.view === 1 || s.view === 2) other.nodes[id(i)] = { ...main.nodes[id(i)] };
    if (s.view >= 2) delete main.nodes[id(i)];
    if (s.view === 4) hidden.push(id(i));
  });
  if (hidden.length) main.hidden = hidden.sort();
  doc.views.view_2 = other;
  if (!damaged) return doc;
  // a damaged file: some items under another key than their id (relations, views and rules name the id)
  doc.elements = Table.fromRecord(Object.fromEntries(doc.elements.entries().map(([key, e], i) => [specs[i].b % 6 === 5 ? `k${i}` : key, e])));
  doc.relations = Table.fromRecord(Object.fromEntries(doc.relations.entries().map(([key, r], i) => [links[i].flag === 6 ? `q${i}` : key, r])));
  return doc;
}

type Step = { op: number; a: number; b: number };
const OPS = ['method', 'retarget', 'agency', 'internal', 'hide', 'place', 'remove', 'addFlow', 'addElement', 'removeView', 'toggleRule'] as const;

function edit(doc: LakarDocument, s: Step, k: number): CommandResult | null {
  const els = doc.elements.values();
  const flows = doc.relations.values().filter((r) => r.kind === 'dataFlow');
  if (!els.length) return null;
  const e = els[s.a % els.length];
  const other = els[s.b % els.length];
  const flow = flows.length ? flows[s.a % flows.length] : undefined;
  const viewId = s.b % 2 ? 'view_main' : 'view_2';
  switch (OPS[s.op % OPS.length]) {
    case 'method':
      return flow ? executeCommand(doc, 'flow.setMethod', { id: flow.id, method: FLOW_METHODS[s.b % FLOW_METHODS.length] }) : null;
    case 'retarget':
      return flow ? executeCommand(doc, 'relation.update', { id: flow.id, patch: { [s.b % 3 ? 'target' : 'source']: other.id } }) : null;
    case 'agency':
      return e.kind === 'externalSystem' || e.kind === 'application' ? executeCommand(doc, 'element.update', { id: e.id, patch: { agency: AGENCIES[s.b % 5] } }) : null;
    case 'internal':
      return e.kind === 'externalSystem' ? executeCommand(doc, 'element.update', { id: e.id, patch: { internal: [undefined, true, false][s.b % 3] } }) : null;
    case 'hide':
      return doc.views[viewId] ? executeCommand(doc, 'view.hideElements', { viewId, ids: [e.id] }) : null;
    case 'place':
      return doc.views[viewId] && !(e.id in doc.views[viewId].nodes) ? executeCommand(doc, 'view.placeElements', { viewId, ids: [e.id] }) : null;
    case 'remove':
      return executeCommand(doc, 'element.remove', { ids: [e.id] });
    case 'addFlow':
      return executeCommand(doc, 'relation.add', { relation: makeRelation('dataFlow', e.id, other.id, { id: `f${k}`, method: METHODS[s.b % METHODS.length] } as never) });
    case 'addElement':
      return executeCommand(doc, 'element.add', { element: makeElement('externalSystem', { id: `x${k}`, name: `X${k}`, agency: 'JPN' } as never), viewId: s.b % 3 === 0 ? undefined : viewId });
    case 'removeView':
      return doc.views.view_2 ? executeCommand(doc, 'view.remove', { id: 'view_2' }) : null;
    case 'toggleRule': {
      // a rule turned off, or on again: its anchors checked in a pass of its own over the edited model
      const ruleId = s.a % 2 ? 'element.notOnView' : 'dpi.myGdxCrossAgency';
      return executeCommand(doc, 'rules.setEnabled', { ruleId, enabled: (doc.meta.disabledRules ?? []).includes(ruleId) });
    }
  }
}

const specs = fc.array(fc.record({ kind: fc.nat(KINDS.length - 1), a: fc.nat(20), b: fc.nat(20), view: fc.nat(4) }), { minLength: 1, maxLength: 12 });
const links = fc.array(fc.record({ kind: fc.nat(3), a: fc.nat(20), b: fc.nat(20), method: fc.nat(METHODS.length - 1), flag: fc.nat(9) }), { maxLength: 20 });
const steps = fc.array(fc.record({ op: fc.nat(OPS.length - 1), a: fc.nat(), b: fc.nat() }), { minLength: 1, maxLength: 6 });

describe('pass skips on small random models', () => {
  it('a full check finds what the rules called on every anchor find, and a recheck after edits what a full check finds', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(specs, links, steps, fc.boolean(), (s, l, st, damaged) => {
        let now = model(s, l, damaged);
        const full = checkDocument(now);
        expect(lines(full), 'full vs every anchor').toEqual(lines(new IncrementalChecker(UNSKIPPED).check(now)));
        for (const line of skipped(full)) seen.add(line.split('|')[0]);
        const checker = createChecker();
        checker.check(now);
        st.forEach((step, k) => {
          let result: CommandResult | null;
          try {
            result = edit(now, step, k);
          } catch {
            result = null; // an edit the model refuses
          }
          if (!result || result.doc === now) return;
          now = result.doc;
          const again = checkDocument(now);
          expect(lines(again), `full vs every anchor ${JSON.stringify(step)}`).toEqual(lines(new IncrementalChecker(UNSKIPPED).check(now)));
          if (!damaged) expect(lines(checker.check(now, result.patches)), `recheck vs full ${JSON.stringify(step)}`).toEqual(lines(again));
          for (const line of skipped(again)) seen.add(line.split('|')[0]);
        });
      }),
      { numRuns: 200 },
    );
    // the models give the two rules skipping by view and by end kind findings to lose
    expect(seen).toContain('element.notOnView');
    expect(seen).toContain('dpi.myGdxCrossAgency');
  });
});
