/**
 * Random Lakar documents and random edit scripts for property tests (fast-check arbitraries).
 * A script is a list of small edit descriptors; each picks its targets by index in the document as
 * it is when the step runs and goes through the real commands (shared/commands), so every edited
 * copy is what a user could have made. A step the model refuses (e.g. an end that the relation kind
 * does not allow) is skipped, as the app would refuse it.
 */
import fc from 'fast-check';
import { CommandError, executeCommand, type CommandResult } from '../../shared/commands';
import { defaultSlot } from '../../shared/model/bands';
import { bandOf, defaultRelationKind, ELEMENT_KINDS, relationAllowed } from '../../shared/model/kinds';
import type { Element, ElementKind, LakarDocument, Relation, RelationKind } from '../../shared/model/schema';
import { CLASSIFICATIONS, FLOW_METHODS, SECTORS } from '../../shared/model/vocabulary';
import { createEmptyDocument } from '../../shared/model/document';
import { Table } from '../../shared/model/table';

const KINDS = ELEMENT_KINDS.map((k) => k.kind);
const REQUIRED: Partial<Record<ElementKind, Record<string, string>>> = {
  targetGroup: { lifecycle: 'G2C' },
  channel: { channelType: 'counter' },
  platform: { platformType: 'myGdx' },
  site: { siteType: 'drc' },
  network: { networkType: 'lan' },
  securityControl: { controlType: 'hsm' },
};

function element(kind: ElementKind, id: string, name: string): Element {
  return { id, kind, name, ...REQUIRED[kind] } as Element;
}

/** A valid document: `kinds.length` elements on the main view, relations of allowed kinds, some project fields. */
export function buildDocument(kinds: readonly number[], links: readonly [number, number][], withSecondView: boolean): LakarDocument {
  const doc = createEmptyDocument('Projek Rawak', '2026-01-01T00:00:00.000Z');
  doc.meta = { ...doc.meta, sector: 'ekonomi', objectives: 'Objektif', expectedOutcomes: { pengoptimumanKos: 'Kos' } };
  const view = doc.views.view_main;
  const perBand = new Map<string, number>();
  const elements: Element[] = [];
  kinds.forEach((k, i) => {
    const e = element(KINDS[k % KINDS.length], `e${i}`, `Unsur ${i}`);
    elements.push(e);
    const band = bandOf(e.kind);
    const n = perBand.get(band) ?? 0;
    perBand.set(band, n + 1);
    view.nodes[e.id] = defaultSlot(view, band, n);
  });
  doc.elements = Table.of(elements);
  const ids = doc.elements.ids();
  const relations: Relation[] = [];
  links.forEach(([a, b], i) => {
    if (ids.length < 2) return;
    const s = doc.elements.get(ids[a % ids.length])!;
    const t = doc.elements.get(ids[b % ids.length])!;
    if (s.id === t.id) return;
    const kind = defaultRelationKind(s.kind, t.kind);
    const r = { id: `r${i}`, kind, source: s.id, target: t.id, ...(kind === 'dataFlow' ? { method: 'api' } : {}) } as Relation;
    relations.push(r);
  });
  doc.relations = Table.of(relations);
  if (withSecondView) doc.views.view_2 = { id: 'view_2', name: 'Paparan 2', order: 1, nodes: Object.fromEntries(Object.entries(view.nodes).filter((_, i) => i % 2 === 0)) };
  return doc;
}

/** fast-check arbitrary of base documents (4–14 elements, so two scripts often touch the same things). */
export const documentArbitrary = fc
  .record({
    kinds: fc.array(fc.nat(KINDS.length - 1), { minLength: 4, maxLength: 14 }),
    links: fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 16 }),
    second: fc.boolean(),
  })
  .map(({ kinds, links, second }) => buildDocument(kinds, links, second));

/** One edit; numbers pick targets modulo what exists when the step runs. */
export type EditStep =
  | { t: 'name' | 'desc' | 'field' | 'remove' | 'parent'; e: number; v: number }
  | { t: 'prop'; e: number; k: number; v: number }
  | { t: 'add'; kind: number; n: number; band?: boolean }
  | { t: 'rel'; s: number; e: number; n: number }
  | { t: 'relLabel' | 'relKind' | 'relEnd' | 'method' | 'carry' | 'relRemove'; r: number; v: number }
  | { t: 'move'; e: number; dx: number; dy: number }
  | { t: 'resize'; band: number; h: number }
  | { t: 'meta'; f: number; v: number }
  | { t: 'viewAdd' | 'viewRemove' | 'viewRename' | 'hide' | 'place'; vi: number; e: number; v: number };

const small = fc.nat(40);
const val = fc.nat(3);
const stepArbitrary: fc.Arbitrary<EditStep> = fc.oneof(
  fc.record({ t: fc.constantFrom('name', 'desc', 'field', 'remove', 'parent'), e: small, v: val }),
  fc.record({ t: fc.constant('prop'), e: small, k: fc.nat(2), v: val }),
  fc.record({ t: fc.constant('add'), kind: fc.nat(KINDS.length - 1), n: fc.nat(3) }),
  fc.record({ t: fc.constant('rel'), s: small, e: small, n: fc.nat(3) }),
  fc.record({ t: fc.constantFrom('relLabel', 'relKind', 'relEnd', 'method', 'carry', 'relRemove'), r: small, v: small }),
  fc.record({ t: fc.constant('move'), e: small, dx: fc.integer({ min: -200, max: 200 }), dy: fc.integer({ min: -60, max: 60 }) }),
  fc.record({ t: fc.constant('resize'), band: fc.nat(6), h: fc.integer({ min: 80, max: 300 }) }),
  fc.record({ t: fc.constant('meta'), f: fc.nat(3), v: val }),
  fc.record({ t: fc.constantFrom('viewAdd', 'viewRemove', 'viewRename', 'hide', 'place'), vi: fc.nat(3), e: small, v: val }),
);

/** fast-check arbitrary of edit scripts (0–8 steps). */
export const scriptArbitrary = fc.array(stepArbitrary, { maxLength: 8 });

const pickFrom = <T>(list: readonly T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);

/** The command a step stands for in `doc`, or null when it has nothing to act on. */
export function commandFor(doc: LakarDocument, step: EditStep, side: string): [string, unknown] | null {
  const els = [...doc.elements.ids()].sort();
  const rels = [...doc.relations.ids()].sort();
  const views = Object.keys(doc.views).sort();
  const el = (i: number) => pickFrom(els, i);
  switch (step.t) {
    case 'name': {
      const id = el(step.e);
      return id ? ['element.update', { id, patch: { name: `Nama ${step.v}` } }] : null;
    }
    case 'desc': {
      const id = el(step.e);
      return id ? ['element.update', { id, patch: { description: step.v === 0 ? undefined : `Keterangan ${step.v}` } }] : null;
    }
    case 'prop': {
      const id = el(step.e);
      if (!id) return null;
      const props = { ...(doc.elements.get(id)!.properties ?? {}) };
      if (step.v === 0) delete props[`k${step.k}`];
      else props[`k${step.k}`] = `v${step.v}`;
      return ['element.update', { id, patch: { properties: Object.keys(props).length > 0 ? props : undefined } }];
    }
    case 'field': {
      const id = el(step.e);
      if (!id) return null;
      const e = doc.elements.get(id)!;
      if (e.kind === 'dataEntity') return ['element.update', { id, patch: { classification: CLASSIFICATIONS[step.v % CLASSIFICATIONS.length] } }];
      if (e.kind === 'network') return ['element.update', { id, patch: { speedMbps: (step.v + 1) * 100 } }];
      return ['element.update', { id, patch: { agency: step.v === 0 ? undefined : `Agensi ${step.v}` } }];
    }
    case 'parent': {
      const id = el(step.e);
      const kind = id && doc.elements.get(id)!.kind;
      if (kind !== 'module' && kind !== 'appService') return null;
      const parents = els.filter((p) => doc.elements.get(p)!.kind === 'application');
      return ['element.update', { id, patch: { parentId: step.v === 0 ? undefined : pickFrom(parents, step.v) } }];
    }
    case 'remove': {
      const id = el(step.e);
      return id ? ['element.remove', { ids: [id] }] : null;
    }
    case 'add': {
      const kind = KINDS[step.kind % KINDS.length];
      // `new0`…`new3` on both sides: sometimes the same id, as two people adding without coordination
      return ['element.add', { element: element(kind, `new${step.n}`, `Baharu ${side} ${step.n}`), viewId: 'view_main' }];
    }
    case 'rel': {
      const s = el(step.s);
      const t = el(step.e);
      if (!s || !t || s === t) return null;
      const kind = defaultRelationKind(doc.elements.get(s)!.kind, doc.elements.get(t)!.kind);
      return ['relation.add', { relation: { id: `rnew${step.n}`, kind, source: s, target: t, ...(kind === 'dataFlow' ? { method: 'sftp' } : {}) } }];
    }
    case 'relLabel': {
      const id = pickFrom(rels, step.r);
      return id ? ['relation.update', { id, patch: { label: step.v % 3 === 0 ? undefined : `Label ${step.v % 4}` } }] : null;
    }
    case 'relKind': {
      const id = pickFrom(rels, step.r);
      if (!id) return null;
      const r = doc.relations.get(id)!;
      const [s, t] = [doc.elements.get(r.source)!.kind, doc.elements.get(r.target)!.kind];
      const options = (['association', 'dataFlow', 'accesses', 'supports', 'hostedOn'] as RelationKind[]).filter((k) => k !== r.kind && relationAllowed(k, s, t));
      const kind = pickFrom(options, step.v);
      if (!kind) return null;
      // a relation changing kind keeps only the fields its new kind has, as the inspector does
      const next = { id, kind, source: r.source, target: r.target, ...(r.label ? { label: r.label } : {}), ...(kind === 'dataFlow' ? { method: 'manual' } : {}) };
      return ['relation.update', { id, patch: { ...Object.fromEntries(Object.keys(r).map((k) => [k, undefined])), ...next } }];
    }
    case 'relEnd': {
      const id = pickFrom(rels, step.r);
      const t = el(step.v);
      return id && t ? ['relation.update', { id, patch: { target: t } }] : null;
    }
    case 'method': {
      const flows = rels.filter((r) => doc.relations.get(r)!.kind === 'dataFlow');
      const id = pickFrom(flows, step.r);
      return id ? ['flow.setMethod', { id, method: FLOW_METHODS[step.v % FLOW_METHODS.length] }] : null;
    }
    case 'carry': {
      const flows = rels.filter((r) => doc.relations.get(r)!.kind === 'dataFlow');
      const data = els.filter((e) => doc.elements.get(e)!.kind === 'dataEntity');
      const id = pickFrom(flows, step.r);
      const d = pickFrom(data, step.v);
      if (!id || !d) return null;
      const r = doc.relations.get(id) as Extract<Relation, { kind: 'dataFlow' }>;
      const list = r.dataEntityIds ?? [];
      return ['relation.update', { id, patch: { dataEntityIds: list.includes(d) ? list.filter((x) => x !== d) : [...list, d] } }];
    }
    case 'relRemove': {
      const id = pickFrom(rels, step.r);
      return id ? ['relation.remove', { ids: [id] }] : null;
    }
    case 'move': {
      const id = el(step.e);
      const at = id && doc.views.view_main?.nodes[id];
      return at ? ['element.move', { viewId: 'view_main', moves: [{ id, x: at.x + step.dx, y: at.y + step.dy }] }] : null;
    }
    case 'resize':
      return doc.views.view_main ? ['view.resizeBand', { viewId: 'view_main', band: step.band, height: step.h }] : null;
    case 'meta': {
      const patches = [{ title: `Tajuk ${step.v}` }, { sector: SECTORS[step.v % SECTORS.length] }, { objectives: step.v === 0 ? undefined : `Objektif ${step.v}` }, { expectedOutcomes: { ...doc.meta.expectedOutcomes, pengoptimumanSumber: `Sumber ${step.v}` } }];
      return ['project.updateMeta', { patch: patches[step.f % patches.length] }];
    }
    case 'viewAdd':
      return ['view.add', { view: { id: `view_${side}${step.vi}`, name: `Paparan ${side}`, order: 5 + step.vi, nodes: {} } }];
    case 'viewRemove': {
      const id = pickFrom(views, step.vi);
      return id ? ['view.remove', { id }] : null;
    }
    case 'viewRename': {
      const id = pickFrom(views, step.vi);
      return id ? ['view.rename', { id, name: `Paparan ${step.v}` }] : null;
    }
    case 'hide': {
      const id = pickFrom(views, step.vi);
      const e = id && pickFrom(Object.keys(doc.views[id].nodes).sort(), step.e);
      return id && e ? ['view.hideElements', { viewId: id, ids: [e] }] : null;
    }
    case 'place': {
      const id = pickFrom(views, step.vi);
      const e = el(step.e);
      return id && e ? ['view.placeElements', { viewId: id, ids: [e] }] : null;
    }
  }
}

/** Each step of `script` run on `doc` through the real command: the document after it and its patches; refused steps are skipped. */
export function* scriptSteps(doc: LakarDocument, script: readonly EditStep[], side: string): Generator<CommandResult> {
  let out = doc;
  for (const step of script) {
    const cmd = commandFor(out, step, side);
    if (!cmd) continue;
    let result: CommandResult;
    try {
      result = executeCommand(out, cmd[0], cmd[1]);
    } catch (e) {
      if (!(e instanceof CommandError)) throw e;
      continue;
    }
    out = result.doc;
    yield result;
  }
}

/** `doc` after `script`, each step through the real command; refused steps are skipped. */
export function applyScript(doc: LakarDocument, script: readonly EditStep[], side: string): LakarDocument {
  let out = doc;
  for (const step of scriptSteps(doc, script, side)) out = step.doc;
  return out;
}
