/** Small factories for test data: elements, relations and documents. */
import { createEmptyDocument, newId, Table, type Element, type ElementKind, type ElementOf, type LakarDocument, type Relation } from '../../shared/model';
import { bandOf } from '../../shared/model/kinds';
import { defaultSlot } from '../../shared/model/bands';

const DEFAULTS: { [K in ElementKind]: Omit<ElementOf<K>, 'id' | 'name' | 'kind'> } = {
  targetGroup: { lifecycle: 'G2C' },
  channel: { channelType: 'portalMyGovernment' },
  service: {},
  process: {},
  application: {},
  module: {},
  appService: {},
  platform: { platformType: 'myDigitalId' },
  externalSystem: {},
  dataEntity: {},
  site: { siteType: 'pdsaJdn' },
  network: { networkType: 'ipvpn' },
  securityControl: { controlType: 'hsm' },
};

/** An element of `kind` with sensible defaults, overridable. */
export function makeElement<K extends ElementKind>(kind: K, overrides: Partial<ElementOf<K>> = {}): ElementOf<K> {
  return { id: newId('el'), name: `${kind} ${Math.random().toString(36).slice(2, 6)}`, kind, ...DEFAULTS[kind], ...overrides } as unknown as ElementOf<K>;
}

/** A relation between two element ids. */
export function makeRelation(kind: Relation['kind'], source: string, target: string, overrides: Partial<Relation> = {}): Relation {
  return { id: newId('rel'), kind, source, target, ...overrides } as Relation;
}

/** A document holding `elements` and `relations`, each element placed on the main view. */
export function makeDocument(elements: Element[] = [], relations: Relation[] = [], title = 'Ujian'): LakarDocument {
  const doc = createEmptyDocument(title, '2026-01-01T00:00:00.000Z');
  const view = doc.views.view_main;
  const perBand = new Map<string, number>();
  doc.elements = Table.of(elements);
  for (const e of elements) {
    const band = bandOf(e.kind);
    const i = perBand.get(band) ?? 0;
    perBand.set(band, i + 1);
    view.nodes[e.id] = defaultSlot(view, band, i);
  }
  doc.relations = Table.of(relations);
  return doc;
}

/** A generated document with `n` elements spread over all kinds and ~1.5 relations per element. */
export function makeLargeDocument(n: number, seed = 1): LakarDocument {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const kinds: ElementKind[] = ['targetGroup', 'channel', 'service', 'process', 'application', 'module', 'externalSystem', 'dataEntity', 'site', 'network'];
  const elements: Element[] = [];
  for (let i = 0; i < n; i++) {
    const kind = kinds[i % kinds.length];
    elements.push(makeElement(kind, { id: `el_${i}`, name: `${kind} ${i}` } as Partial<ElementOf<typeof kind>>));
  }
  // grouped once: filtering per relation made generating a 50,000-element model quadratic
  const grouped = new Map<ElementKind, Element[]>();
  for (const e of elements) {
    const list = grouped.get(e.kind);
    if (list) list.push(e);
    else grouped.set(e.kind, [e]);
  }
  const byKind = (k: ElementKind) => grouped.get(k) ?? [];
  const pairs: [Relation['kind'], ElementKind, ElementKind][] = [
    ['uses', 'targetGroup', 'channel'],
    ['delivers', 'channel', 'service'],
    ['realizes', 'service', 'process'],
    ['supports', 'application', 'process'],
    ['dataFlow', 'application', 'externalSystem'],
    ['accesses', 'application', 'dataEntity'],
    ['hostedOn', 'application', 'site'],
    ['connects', 'network', 'site'],
  ];
  const relations: Relation[] = [];
  const target = Math.round(n * 1.5);
  for (let i = 0; i < target; i++) {
    const [kind, a, b] = pairs[i % pairs.length];
    const sa = byKind(a);
    const sb = byKind(b);
    const source = sa[Math.floor(rand() * sa.length)].id;
    const tgt = sb[Math.floor(rand() * sb.length)].id;
    relations.push(
      kind === 'dataFlow'
        ? ({ id: `rel_${i}`, kind, source, target: tgt, method: 'api', direction: 'supplies', category: 'berkala' } as Relation)
        : makeRelation(kind, source, tgt, { id: `rel_${i}` }),
    );
  }
  return makeDocument(elements, relations, `Model ${n}`);
}
