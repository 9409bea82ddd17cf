/** Small model queries shared by the rules; each reads only around one element or relation. */
import { label } from '../i18n';
import type { DataFlow, Element, LakarDocument, ProjectMeta, Relation } from '../model/schema';
import type { Classification, PlatformType } from '../model/vocabulary';
import { CLASSIFICATIONS, PLATFORM_TYPES } from '../model/vocabulary';
import { NO_IDS } from '../model/ids';
import { normalizeText } from '../catalogue/text';
import type { ModelGraph } from './graph';
import { carriedFacts } from './carried-facts';
import { parentOf } from './trees';
import { q, type Params } from './define';
import type { Bilingual, CheckContext } from './types';

const normalized = new Map<string, string>();

/**
 * `normalizeText`, remembered: global rules rerun over all elements of a kind after an edit, and
 * most names have not changed since the last run. The memo is dropped when it grows large.
 */
export function norm(text: string | undefined): string {
  if (!text) return '';
  let n = normalized.get(text);
  if (n === undefined) {
    if (normalized.size > 100_000) normalized.clear();
    normalized.set(text, (n = normalizeText(text)));
  }
  return n;
}

/**
 * True when normalised `text` holds one of `phrases` (normalised) as whole words: each found where a
 * space or the text's start comes before it and a space or the text's end after it. Why not search a
 * copy of the text with a space each side: service.functionSector matches every service's name
 * against the Jadual 5-2 keywords, and that copy was ~0.8 MB allocated per full check of the varied
 * 100,000-element model.
 */
export function hasAnyWord(text: string, phrases: readonly string[]): boolean {
  for (let i = 0; i < phrases.length; i++) {
    const phrase = phrases[i];
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      if ((at === 0 || text.charCodeAt(at - 1) === SPACE) && (end === text.length || text.charCodeAt(end) === SPACE)) return true;
    }
  }
  return false;
}
const SPACE = 32;

/** Rank of a classification: 0 = Terbuka … 4 = Rahsia Besar. */
export function rankOf(c: Classification | undefined): number {
  return c === undefined ? -1 : CLASSIFICATIONS.indexOf(c);
}

/** Rank of Sulit: data at or above it never goes by e-mel/fail (000 para 12 b; 001 §2.6.6: flow.classifiedByEmail). */
export const SULIT_RANK = CLASSIFICATIONS.indexOf('sulit');

/**
 * Rank of Terhad, the lowest rank of data terperingkat: "Data Terperingkat adalah data sulit dan
 * terhad" (003 Takrifan 12), and Rahsia and Rahsia Besar rank above Sulit (003 §1.6).
 */
export const TERPERINGKAT_RANK = CLASSIFICATIONS.indexOf('terhad');

/** True for a data entity classified Terhad or above (data terperingkat, 003 Takrifan 12). */
export function isClassifiedData(e: Element | Relation | null | undefined): boolean {
  return e?.kind === 'dataEntity' && rankOf(e.classification) >= TERPERINGKAT_RANK;
}

/** A flow's classification: its own, else the highest of the data entities it carries (in `graph`'s document). */
export function flowClassification(flow: DataFlow, graph: ModelGraph): Classification | undefined {
  if (flow.classification) return flow.classification;
  const ids = flow.dataEntityIds ?? NO_IDS;
  if (!ids.length) return undefined;
  // the ranks of the carried data as numbers kept per carried id (carried-facts.ts), not read from
  // each data entity; by index: several rules ask for every flow's classification, and a for-of
  // makes an iterator each time
  const facts = carriedFacts(graph);
  // within the full check's pass over the flows, by the numbers it knows for the flow's ids (`refOf`)
  const ref = facts.refOf(flow);
  let best = -1;
  if (ref >= 0) for (let i = 0; i < ids.length; i++) best = Math.max(best, facts.rankAt(ref + i));
  else for (let i = 0; i < ids.length; i++) best = Math.max(best, facts.rank(ids[i]));
  return best < 0 ? undefined : CLASSIFICATIONS[best];
}

const labelCache = new Map<string, Map<string | undefined, Bilingual>>();

/** A vocabulary label in both languages, for message parameters (one shared object per value). */
export function labels(group: Parameters<typeof label>[1], value: string | undefined): Bilingual {
  let byValue = labelCache.get(group);
  if (!byValue) labelCache.set(group, (byValue = new Map()));
  let l = byValue.get(value);
  if (!l) byValue.set(value, (l = { ms: label('ms', group, value), en: label('en', group, value) }));
  return l;
}

/** The name of `e`'s kind in both languages, an internal external system's "Sistem Dalaman" (i18n elementKindLabel). */
export function kindLabels(e: { kind: string; internal?: boolean }): Bilingual {
  return e.kind === 'externalSystem' ? labels('systemScope', e.internal ? 'internal' : 'external') : labels('kind', e.kind);
}

/** Message parameters of a problem about an element: its quoted `{name}` (for `emit.about`). */
export function nameOf(e: { name?: string }): Params {
  return { name: q(e.name) };
}

/** Message parameters of a problem about an element: its kind's label and quoted name (for `emit.about`). */
export function kindAndNameOf(e: Element): Params {
  return { kind: kindLabels(e), name: q(e.name) };
}

/** Join names for a message: `"A", "B" dan 2 lagi` (`total`: how many there are, when `names` lists only the first). */
export function nameList(names: readonly string[], max = 5, total = names.length): Bilingual {
  const shown = names.slice(0, max).map((n) => `"${n}"`);
  const more = total - shown.length;
  return {
    ms: shown.join(', ') + (more > 0 ? ` dan ${more} lagi` : ''),
    en: shown.join(', ') + (more > 0 ? ` and ${more} more` : ''),
  };
}

/** True when the element touches nothing: no relations, carrying flows, parent or children. */
export function isIsolated(graph: ModelGraph, id: string): boolean {
  if (graph.relationCountAt(id) > 0 || graph.carrierCount(id) > 0 || graph.trees.childrenOf(id).length > 0) return false;
  // the anchor of a full check's pass has its parent by slot: no lookup of the element or its parent by id
  const slot = graph.slotHere(id);
  if (slot >= 0) return graph.trees.parentAtSlot(slot) === undefined;
  const e = graph.doc.elements.get(id);
  return !(e && (e.kind === 'module' || e.kind === 'appService') && e.parentId && graph.doc.elements.get(e.parentId));
}

/**
 * A memo for one check: kept per index (`ModelGraph`, new for every full check) and dropped when the
 * index moves to another document (an incremental check after an edit), so a document changed in
 * place and checked again by `checkDocument` never sees an old answer. `make(graph, arg)` works out
 * the answer under `key` the first time it is asked; it is one function given here rather than a
 * closure per question (~2 MB of closures per full check of the varied 100,000-element model).
 */
export function perCheck<A, V>(make: (graph: ModelGraph, arg: A) => V): (graph: ModelGraph, key: string, arg: A) => V {
  const byGraph = new WeakMap<ModelGraph, { doc: LakarDocument; memo: Map<string, V> }>();
  return (graph, key, arg) => {
    let entry = byGraph.get(graph);
    if (!entry || entry.doc !== graph.doc) byGraph.set(graph, (entry = { doc: graph.doc, memo: new Map() }));
    let v = entry.memo.get(key);
    if (v === undefined && !entry.memo.has(key)) entry.memo.set(key, (v = make(graph, arg)));
    return v as V;
  };
}

/** A platform type as one bit (`PLATFORM_TYPES[i]` is bit `1 << i`): what a tree uses is then a number. */
function platformBit(type: PlatformType): number {
  return 1 << PLATFORM_TYPES.indexOf(type);
}


/**
 * Types of the platforms an application tree (the application, its modules and application services)
 * uses, as bits (`platformBit`), worked out once per tree and check: every module and every process
 * it supports asks, and walking the whole tree for each of them made a large application's modules
 * quadratic. In a full check (the graph fresh, every element under its own id) a top with no parent
 * reads its tree's types from one pass over the platforms (`platformBitsByTopMemo`); otherwise (after
 * an edit, or a top in or below a cycle of parents) they come from the parts' own relations, so a
 * recheck costs the tree, not the model.
 */
function platformBitsOfTree(graph: ModelGraph, root: Element): number {
  if (graph.fresh && graph.keysAreIds && !belowAParent(graph, root)) return platformBitsByTopMemo(graph, '', undefined).get(root) ?? 0;
  return platformBitsMemo(graph, root.id, root);
}

/** True when `root` (a top, `rootFrom`) has a parent in the document: it is in a cycle of parents or below one (a damaged file). */
function belowAParent(graph: ModelGraph, root: Element): boolean {
  const p = parentOf(root);
  return p !== undefined && graph.doc.elements.get(p) !== undefined;
}

/**
 * In a full check (the graph fresh, every element under its own id): the platform types the parts of
 * each tree use, or-ed, by the tree's top (`rootFrom` of each `usesPlatform` relation's source), as
 * `platformBitsOfTree` answers for a top with no parent in the document: the parts listed below such
 * a top are exactly those whose top it is (trees.ts). A top in a cycle of parents, or below one, is
 * not answered from here (read down from it, its parts are the whole cycle, each its own top) but
 * from its tree as before (checker-platform-trees.test.ts).
 * Why: dpi.mydigitalIdSso asks about each of the ~7,700 applications of the varied 100,000-element
 * model, and each answer walked the application's tree (its children looked up by id, each part's
 * types looked up by id) and was kept in a map by id: ~9 lookups by id per application, here one.
 */
const platformBitsByTopMemo = perCheck((graph: ModelGraph): ReadonlyMap<Element, number> => {
  const out = new Map<Element, number>();
  graph.forEachOf('platform', (p, id) => {
    if (p.kind !== 'platform') return;
    // the sources' tops by the slots kept beside the incident table and the parents' slots: no
    // relation read, no id looked up (taking each relation's source id to the element table cost
    // more than the walks of the trees saved)
    const bit = platformBit(p.platformType);
    graph.forEachSourceRoot(id, 'usesPlatform', (top) => {
      if (top) out.set(top, (out.get(top) ?? 0) | bit);
    });
  });
  return out;
});

const platformBitsMemo = perCheck((graph: ModelGraph, root: Element): number => {
  let bits = 0;
  const parts = graph.partIdsOf(root);
  for (let i = 0; i < parts.length; i++) for (const p of graph.targets(parts[i], 'usesPlatform')) if (p.kind === 'platform') bits |= platformBit(p.platformType);
  return bits;
});

/**
 * True when the application owning `id` (or one of its modules and application services) uses a
 * platform of `type`; `e`, when given, is element `id`.
 */
export function applicationUsesPlatform(graph: ModelGraph, id: string, type: PlatformType, e?: Element): boolean {
  const root = e ? graph.rootOf(e) : graph.rootApplication(id);
  if (!root) return false;
  return (platformBitsOfTree(graph, root) & platformBit(type)) !== 0;
}

/** True when process `processId` is supported by a platform of `type` or by an application using one. */
export function processUsesPlatform(graph: ModelGraph, processId: string, type: PlatformType): boolean {
  for (const s of graph.sources(processId, 'supports')) {
    if (s.kind === 'platform' && s.platformType === type) return true;
    if ((s.kind === 'application' || s.kind === 'module' || s.kind === 'appService') && applicationUsesPlatform(graph, s.id, type, s)) return true;
  }
  return false;
}

const agenciesOfMeta = new WeakMap<ProjectMeta, ReadonlySet<string>>();

/**
 * Normalised agency names of the project (pemilik, peneraju, pelaksana, pelaksana perolehan),
 * worked out once per meta object: rules ask for them once per data flow or service.
 */
export function projectAgencies(ctx: CheckContext): ReadonlySet<string> {
  const m = ctx.doc.meta;
  let out = agenciesOfMeta.get(m);
  if (!out) {
    const set = new Set<string>();
    for (const a of [m.pemilikProjek, m.penerajuProjek, m.pelaksanaProjek, m.pelaksanaPerolehan]) if (a?.trim()) set.add(norm(a));
    agenciesOfMeta.set(m, (out = set));
  }
  return out;
}

/** Agency of an element that has one (application, external system, service, data owner); modules inherit their application's. */
export function agencyOf(graph: ModelGraph, e: Element | undefined): string | undefined {
  if (!e) return undefined;
  switch (e.kind) {
    case 'application':
    case 'externalSystem':
    case 'service':
      return e.agency?.trim() || undefined;
    case 'dataEntity':
      return e.ownerAgency?.trim() || undefined;
    case 'module':
    case 'appService': {
      // the agency of what heads its tree; a tree headed by no application (a parent missing, or
      // parents in a cycle, where the part is its own top) has none
      const root = graph.rootOf(e);
      return root && root.kind !== 'module' && root.kind !== 'appService' ? agencyOf(graph, root) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * True when a flow endpoint belongs to another agency: an external system not marked internal whose
 * agency (when stated) is not one of the project's agencies.
 */
export function isOtherAgency(graph: ModelGraph, e: Element | undefined, own: ReadonlySet<string>): boolean {
  if (!e || e.kind !== 'externalSystem' || e.internal === true) return false;
  const agency = e.agency?.trim();
  if (!agency) return e.internal === false;
  return !own.has(norm(agency));
}

/** An agency name compared loosely: normalised, without a parenthesised acronym ("Jabatan Pendaftaran Negara (JPN)"). */
function agencyKey(name: string): string {
  return norm(name.replace(/\([^)]*\)/g, ' '));
}

const sameAgencies = new Map<string, Map<string, boolean>>();

/**
 * True when agency names `a` and `b` name the same agency (full names, or one the other's acronym in
 * brackets). Remembered by pair: a model names a handful of agencies, and a rule compares them once
 * per data flow. The memo is dropped when it grows large.
 */
export function sameAgency(a: string, b: string): boolean {
  let byB = sameAgencies.get(a);
  if (!byB) {
    if (sameAgencies.size > 10_000) sameAgencies.clear();
    sameAgencies.set(a, (byB = new Map()));
  }
  let same = byB.get(b);
  if (same === undefined) {
    if (byB.size > 10_000) byB.clear();
    byB.set(b, (same = compareAgencies(a, b)));
  }
  return same;
}

function compareAgencies(a: string, b: string): boolean {
  if (agencyKey(a) === agencyKey(b)) return true;
  const acronym = (x: string) => /\(([^)]+)\)/.exec(x)?.[1];
  const [ax, bx] = [acronym(a), acronym(b)];
  return (!!ax && norm(ax) === norm(b)) || (!!bx && norm(bx) === norm(a));
}

/** What `current` and `keptIsCurrent` read of a check's context. */
interface KeptContext {
  doc: { elements: { get(id: string): Element | undefined } };
  graph: { readonly fresh: boolean; readonly keysAreIds: boolean };
}

/**
 * True when the elements a global rule's structure holds are the current document's, each under its
 * own id: while the graph is fresh (a full check) the structure was worked out from this very
 * document, and with every element under its own id looking one up again gives the same object.
 * Why: the findings of infra.classifiedControlsPartial and channel.classifiedData looked ~10,000
 * elements up by id in a table of the whole varied 100,000-element model per full check.
 */
export function keptIsCurrent(ctx: KeptContext): boolean {
  return ctx.graph.fresh && ctx.graph.keysAreIds;
}

/**
 * `e` as the current document has it: a global rule's structure, kept across renames, holds
 * elements of an earlier document, so a name is read from the element now under `e.id` (or from `e`
 * itself in a damaged file, where `e` is kept under another key); in a full check, `e` itself
 * (`keptIsCurrent`).
 */
export function current(ctx: KeptContext, e: Element): Element {
  return keptIsCurrent(ctx) ? e : (ctx.doc.elements.get(e.id) ?? e);
}
