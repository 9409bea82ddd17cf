/**
 * The benchmark's model: a generated LMV of 3,000 elements over every kind and 4,500 relations,
 * about 40 % of them data flows (method and direction labels), laid out on the band grid with the
 * app's own auto-layout. Like a real landscape it is made of service lines (clusters): most
 * relations join elements of one service line, a tenth join neighbouring lines. Both benchmark
 * pages build the same graph from the same seed.
 */
import { layoutView } from '../../shared/layout';
import { bandOf, createEmptyDocument, defaultSlot, FLOW_DIRECTIONS, FLOW_METHODS, type Element, type ElementKind, type LakarDocument, type Relation } from '../../shared/model';
import { makeElement } from '../../test/helpers/factories';

export const ELEMENTS = 3000;
export const RELATIONS = 4500;
/** Service lines the elements are spread over. */
export const CLUSTERS = 100;

const KINDS: ElementKind[] = ['targetGroup', 'channel', 'service', 'process', 'application', 'module', 'appService', 'platform', 'externalSystem', 'dataEntity', 'site', 'network', 'securityControl'];
// share of each kind (applications and systems dominate large landscapes)
const WEIGHTS = [1, 1, 1, 2, 3, 2, 1, 1, 4, 2, 1, 1, 1];

/** Relation pattern: kind, source kind, target kind, how often. */
const PAIRS: [Relation['kind'], ElementKind, ElementKind, number][] = [
  ['dataFlow', 'application', 'externalSystem', 8],
  ['dataFlow', 'module', 'externalSystem', 3],
  ['dataFlow', 'application', 'platform', 2],
  ['dataFlow', 'application', 'application', 3],
  ['uses', 'targetGroup', 'channel', 2],
  ['delivers', 'channel', 'service', 2],
  ['realizes', 'service', 'process', 2],
  ['supports', 'application', 'process', 3],
  ['accesses', 'application', 'dataEntity', 3],
  ['hostedOn', 'application', 'site', 3],
  ['connects', 'network', 'site', 2],
  ['protects', 'securityControl', 'site', 1],
];

/** A random element of `list` belonging to service line `line` (lists are in line order). */
function inLine(list: Element[], line: number, rand: () => number): Element {
  const from = Math.floor((line * list.length) / CLUSTERS);
  const to = Math.max(from + 1, Math.floor(((line + 1) * list.length) / CLUSTERS));
  return list[Math.min(list.length - 1, from + Math.floor(rand() * (to - from)))];
}

/** A deterministic generated document with one laid-out view. */
export async function benchDocument(seed = 7): Promise<LakarDocument> {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const doc = createEmptyDocument('Bench 3000', '2026-01-01T00:00:00.000Z');
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  const byKind = new Map<ElementKind, Element[]>();
  let n = 0;
  KINDS.forEach((kind, k) => {
    const count = k === KINDS.length - 1 ? ELEMENTS - n : Math.round((ELEMENTS * WEIGHTS[k]) / total);
    const list: Element[] = [];
    for (let i = 0; i < count; i++) list.push(makeElement(kind, { id: `el_${n + i}`, name: `${kind} ${i + 1}` } as never));
    n += count;
    byKind.set(kind, list);
  });
  const view = doc.views.view_main;
  const perBand = new Map<string, number>();
  // start each band in service-line order, as a model drawn by hand would be
  const lineOf = new Map<string, number>();
  for (const list of byKind.values()) list.forEach((e, i) => lineOf.set(e.id, Math.floor((i * CLUSTERS) / list.length)));
  const all = [...byKind.values()].flat().sort((a, b) => lineOf.get(a.id)! - lineOf.get(b.id)!);
  {
    for (const e of all) {
      doc.elements[e.id] = e;
      const band = bandOf(e.kind);
      const i = perBand.get(band) ?? 0;
      perBand.set(band, i + 1);
      view.nodes[e.id] = defaultSlot(view, band, i);
    }
  }
  const weightSum = PAIRS.reduce((a, p) => a + p[3], 0);
  for (let i = 0; i < RELATIONS; i++) {
    let pick = rand() * weightSum;
    const [kind, a, b] = PAIRS.find((p) => (pick -= p[3]) < 0) ?? PAIRS[0];
    const line = Math.floor(rand() * CLUSTERS);
    const other = rand() < 0.1 ? Math.min(CLUSTERS - 1, Math.max(0, line + (rand() < 0.5 ? -1 : 1))) : line;
    const source = inLine(byKind.get(a)!, line, rand).id;
    let target = inLine(byKind.get(b)!, other, rand).id;
    if (target === source) {
      const list = byKind.get(b)!;
      target = list[(list.findIndex((e) => e.id === source) + 1) % list.length].id;
    }
    doc.relations[`rel_${i}`] =
      kind === 'dataFlow'
        ? { id: `rel_${i}`, kind, source, target, method: FLOW_METHODS[i % FLOW_METHODS.length], direction: FLOW_DIRECTIONS[i % 3] }
        : ({ id: `rel_${i}`, kind, source, target } as Relation);
  }
  const { nodes, bandHeights } = await layoutView(doc, 'view_main');
  view.nodes = nodes;
  view.bandHeights = bandHeights;
  return doc;
}
