/**
 * The benchmark's model: a generated LMV of 3,000 (or 10,000) elements over every kind and 1.5
 * relations per element,
 * about 40 % of them data flows (method and direction labels), laid out on the band grid with the
 * app's own auto-layout. Like a real landscape it is made of service lines (clusters): most
 * relations join elements of one service line, a tenth join neighbouring lines. Both benchmark
 * pages build the same graph from the same seed.
 */
import { layoutView } from '../../shared/layout';
import { bandOf, createEmptyDocument, defaultSlot, FLOW_DIRECTIONS, FLOW_METHODS, fromDocumentData, Table, type Element, type ElementKind, type LakarDocument, type LakarDocumentData, type Relation } from '../../shared/model';
import { makeElement } from '../../test/helpers/factories';

/** The sizes the benchmark measures: elements on the one view (relations are 1.5 per element). */
export const SIZES = [3000, 10_000] as const;
export const ELEMENTS = SIZES[0];
/** Relations for `elements` elements. */
export const relationsFor = (elements: number) => Math.round(elements * 1.5);
export const RELATIONS = relationsFor(ELEMENTS);
/** Elements per service line (cluster): 100 lines at 3,000 elements. */
const LINE_SIZE = 30;

/** The size a benchmark page draws: `?elements=` of its address, else ELEMENTS. */
export function sizeFromQuery(search: string): number {
  const n = Number(new URLSearchParams(search).get('elements'));
  return Number.isInteger(n) && n > 0 ? n : ELEMENTS;
}

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
function inLine(list: Element[], line: number, lines: number, rand: () => number): Element {
  const from = Math.floor((line * list.length) / lines);
  const to = Math.max(from + 1, Math.floor(((line + 1) * list.length) / lines));
  return list[Math.min(list.length - 1, from + Math.floor(rand() * (to - from)))];
}

/** A deterministic generated document with one laid-out view. */
export async function benchDocument(elements: number = ELEMENTS, seed = 7): Promise<LakarDocument> {
  const relations = relationsFor(elements);
  const lines = Math.max(1, Math.round(elements / LINE_SIZE));
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const doc = createEmptyDocument(`Bench ${elements}`, '2026-01-01T00:00:00.000Z');
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  const byKind = new Map<ElementKind, Element[]>();
  let n = 0;
  KINDS.forEach((kind, k) => {
    const count = k === KINDS.length - 1 ? elements - n : Math.round((elements * WEIGHTS[k]) / total);
    const list: Element[] = [];
    for (let i = 0; i < count; i++) list.push(makeElement(kind, { id: `el_${n + i}`, name: `${kind} ${i + 1}` } as never));
    n += count;
    byKind.set(kind, list);
  });
  const view = doc.views.view_main;
  const perBand = new Map<string, number>();
  // start each band in service-line order, as a model drawn by hand would be
  const lineOf = new Map<string, number>();
  for (const list of byKind.values()) list.forEach((e, i) => lineOf.set(e.id, Math.floor((i * lines) / list.length)));
  const all = [...byKind.values()].flat().sort((a, b) => lineOf.get(a.id)! - lineOf.get(b.id)!);
  {
    doc.elements = Table.of(all);
    for (const e of all) {
      const band = bandOf(e.kind);
      const i = perBand.get(band) ?? 0;
      perBand.set(band, i + 1);
      view.nodes[e.id] = defaultSlot(view, band, i);
    }
  }
  const weightSum = PAIRS.reduce((a, p) => a + p[3], 0);
  const rels: Relation[] = [];
  for (let i = 0; i < relations; i++) {
    let pick = rand() * weightSum;
    const [kind, a, b] = PAIRS.find((p) => (pick -= p[3]) < 0) ?? PAIRS[0];
    const line = Math.floor(rand() * lines);
    const other = rand() < 0.1 ? Math.min(lines - 1, Math.max(0, line + (rand() < 0.5 ? -1 : 1))) : line;
    const source = inLine(byKind.get(a)!, line, lines, rand).id;
    let target = inLine(byKind.get(b)!, other, lines, rand).id;
    if (target === source) {
      const list = byKind.get(b)!;
      target = list[(list.findIndex((e) => e.id === source) + 1) % list.length].id;
    }
    rels.push(
      kind === 'dataFlow'
        ? { id: `rel_${i}`, kind, source, target, method: FLOW_METHODS[i % FLOW_METHODS.length], direction: FLOW_DIRECTIONS[i % 3] }
        : ({ id: `rel_${i}`, kind, source, target } as Relation),
    );
  }
  doc.relations = Table.of(rels);
  const { nodes, bandHeights } = await layoutView(doc, 'view_main');
  view.nodes = nodes;
  view.bandHeights = bandHeights;
  return doc;
}

/** File name of the generated document of `elements` elements, written next to the built pages. */
export const graphFile = (elements: number) => `graph-${elements}.json`;

/**
 * The document a benchmark page draws: the one canvas.bench.ts generated once for the run (laying
 * out 10,000 elements takes tens of seconds, too long to repeat on every page load), or generated
 * here when the page is opened on its own.
 */
export async function loadBenchDocument(elements: number): Promise<LakarDocument> {
  const res = await fetch(`./${graphFile(elements)}`).catch(() => null);
  // JSON holds the tables as records
  return res?.ok ? (fromDocumentData((await res.json()) as LakarDocumentData) as LakarDocument) : benchDocument(elements);
}
