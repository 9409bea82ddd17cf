/**
 * A seeded generated model whose elements and relations vary in every attribute the rules read
 * (kinds, types, classifications, methods, agencies, parents, names that repeat, a second view,
 * relations between unsuitable kinds, dangling ends), so that checking it exercises most rules.
 * `makeLargeDocument` is uniform and triggers only a handful of them.
 */
import { ELEMENT_KINDS, RELATION_RULES } from '../../shared/model/kinds';
import type { DataFlow, Element, ElementKind, LakarDocument, Relation, RelationKind } from '../../shared/model/schema';
import { fromDocumentData, toDocumentData } from '../../shared/model/wire';
import {
  APPLICATION_CATEGORIES,
  CHANNEL_TYPES,
  CLASSIFICATIONS,
  DATA_ACCESS,
  E2E_CATEGORIES,
  FLOW_CATEGORIES,
  FLOW_DIRECTIONS,
  FLOW_METHODS,
  LIFECYCLES,
  NETWORK_TYPES,
  PLATFORM_TYPES,
  SECURITY_CONTROL_TYPES,
  SITE_ROLES,
  SITE_TYPES,
} from '../../shared/model/vocabulary';
import { makeDocument, makeElement } from './factories';

const AGENCIES = ['Jabatan Pendaftaran Negara (JPN)', 'JPN', 'Agensi A', 'Agensi B', 'Lembaga Hasil Dalam Negeri', '  '];
const WORDS = ['pendaftaran', 'pekerja', 'bayaran', 'lesen', 'permohonan', 'alamat', 'syarikat', 'penduduk', 'cukai', 'sistem', 'maklumat', 'kenderaan'];

/** A generated model of about `n` elements and 1.6 × `n` relations, the same for the same `seed`. */
export function makeVariedDocument(n: number, seed = 1): LakarDocument {
  let s = seed >>> 0 || 1;
  const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const maybe = <T>(p: number, v: () => T): T | undefined => (rand() < p ? v() : undefined);
  const kinds = ELEMENT_KINDS.map((k) => k.kind);
  // names repeat on purpose (duplicate applications, same-function services)
  const nameOf = () => `${pick(WORDS)} ${pick(WORDS)} ${Math.floor(rand() * (n / 4 + 1))}`;

  const elements: Element[] = [];
  const byKind = new Map<ElementKind, Element[]>();
  /** Applications and modules made so far: the parents a module or application service may name. */
  const parents: Element[] = [];
  for (let i = 0; i < n; i++) {
    const kind = pick(kinds);
    const base = { id: `el_${i}`, name: nameOf() };
    let e: Element;
    switch (kind) {
      case 'targetGroup': e = makeElement(kind, { ...base, lifecycle: pick(LIFECYCLES), group: maybe(0.5, nameOf) }); break;
      case 'channel': e = makeElement(kind, { ...base, channelType: pick(CHANNEL_TYPES) }); break;
      case 'service': e = makeElement(kind, { ...base, e2eCategory: maybe(0.6, () => pick(E2E_CATEGORIES)), serviceDomain: maybe(0.5, nameOf), agency: maybe(0.6, () => pick(AGENCIES)) }); break;
      case 'process': e = makeElement(kind, { ...base, genericProcess: maybe(0.5, () => 1 + Math.floor(rand() * 20)) }); break;
      case 'application': e = makeElement(kind, { ...base, category: maybe(0.6, () => pick(APPLICATION_CATEGORIES)), agency: maybe(0.6, () => pick(AGENCIES)) }); break;
      case 'module':
      case 'appService':
        e = makeElement(kind, { ...base, parentId: maybe(0.8, () => (rand() < 0.05 ? 'el_missing' : parents.length ? pick(parents).id : undefined)) });
        break;
      case 'platform': e = makeElement(kind, { ...base, platformType: pick(PLATFORM_TYPES) }); break;
      case 'externalSystem': e = makeElement(kind, { ...base, agency: maybe(0.7, () => pick(AGENCIES)), internal: maybe(0.5, () => rand() < 0.5) }); break;
      case 'dataEntity': e = makeElement(kind, { ...base, classification: maybe(0.7, () => pick(CLASSIFICATIONS)), registryRef: maybe(0.1, () => 'reg.keselamatan.penduduk'), ownerAgency: maybe(0.5, () => pick(AGENCIES)), personalData: maybe(0.3, () => true) }); break;
      case 'site': e = makeElement(kind, { ...base, siteType: pick(SITE_TYPES), role: maybe(0.6, () => pick(SITE_ROLES)), hardware: maybe(0.5, () => [{ item: 'pelayan', quantity: 2 }]) }); break;
      case 'network': e = makeElement(kind, { ...base, networkType: pick(NETWORK_TYPES), speedMbps: maybe(0.5, () => 100) }); break;
      case 'securityControl': e = makeElement(kind, { ...base, controlType: pick(SECURITY_CONTROL_TYPES) }); break;
    }
    elements.push(e);
    if (kind === 'application' || kind === 'module') parents.push(e);
    const list = byKind.get(kind);
    if (list) list.push(e);
    else byKind.set(kind, [e]);
  }

  const relationKinds = Object.keys(RELATION_RULES) as RelationKind[];
  const pools = new Map<readonly ElementKind[] | null, Element[]>();
  const endOf = (allowed: readonly ElementKind[] | null): string => {
    if (rand() < 0.02) return pick(elements).id; // a relation between unsuitable kinds
    if (rand() < 0.005) return 'el_gone'; // a dangling end
    let pool = pools.get(allowed);
    if (!pool) pools.set(allowed, (pool = allowed ? allowed.flatMap((k) => byKind.get(k) ?? []) : elements));
    return (pool.length ? pick(pool) : pick(elements)).id;
  };
  const data = (byKind.get('dataEntity') ?? []).map((d) => d.id);
  const relations: Relation[] = [];
  const count = Math.round(n * 1.6);
  for (let i = 0; i < count; i++) {
    const kind = rand() < 0.25 ? 'dataFlow' : pick(relationKinds);
    const rule = RELATION_RULES[kind];
    const base = { id: `rel_${i}`, source: endOf(rule.source), target: endOf(rule.target) };
    if (kind === 'dataFlow') {
      const carried = maybe(0.7, () => Array.from({ length: 1 + Math.floor(rand() * 3) }, () => (rand() < 0.03 ? 'el_nodata' : data.length ? pick(data) : 'el_nodata')));
      relations.push({
        ...base,
        kind,
        method: maybe(0.85, () => pick(FLOW_METHODS)),
        direction: maybe(0.85, () => pick(FLOW_DIRECTIONS)),
        category: maybe(0.85, () => pick(FLOW_CATEGORIES)),
        classification: maybe(0.4, () => pick(CLASSIFICATIONS)),
        dataEntityIds: carried && [...new Set(carried)],
        label: maybe(0.3, nameOf),
        serviceId: maybe(0.3, () => (rand() < 0.5 ? `SVC${Math.floor(rand() * 1000)}` : 'bad id')),
      } as Relation);
    } else if (kind === 'accesses') {
      relations.push({ ...base, kind, access: maybe(0.8, () => pick(DATA_ACCESS)) } as Relation);
    } else relations.push({ ...base, kind } as Relation);
  }

  const doc = makeDocument(elements, relations, `Model ${n}/${seed}`);
  // a second view holding a sample, and a few elements on no view at all
  const main = doc.views.view_main;
  const second = { ...main, id: 'view_second', name: 'Paparan kedua', order: 1, nodes: {} as typeof main.nodes };
  for (const id of Object.keys(main.nodes)) {
    const r = rand();
    if (r < 0.05) {
      second.nodes[id] = main.nodes[id];
      delete main.nodes[id];
    } else if (r < 0.08) delete main.nodes[id];
    else if (r < 0.2) second.nodes[id] = main.nodes[id];
  }
  doc.views.view_second = second;
  doc.meta.pemilikProjek = 'Agensi A';
  doc.meta.sector = rand() < 0.5 ? 'ekonomi' : undefined;
  return doc;
}

/**
 * The varied model with MyGDX Servis IDs in the template's form and agency and system codes on some
 * systems (it has none of either), so that the rules comparing them have findings.
 */
export function withServiceIds(doc: LakarDocument): LakarDocument {
  const data = toDocumentData(doc);
  let i = 0;
  for (const [id, e] of Object.entries(data.elements) as [string, Element][]) {
    if (e.kind === 'application' || e.kind === 'externalSystem') data.elements[id] = { ...e, agencyCode: i % 3 ? 'JPN' : 'KKM', ...(i % 2 ? { systemCode: 'SPP' } : {}) };
    i++;
  }
  for (const [id, r] of Object.entries(data.relations)) {
    if (r.kind === 'dataFlow' && r.method === 'myGdx') data.relations[id] = { ...(r as DataFlow), serviceId: `JPN-SPP-R-Data${i++ % 5}` };
  }
  return fromDocumentData(data);
}
