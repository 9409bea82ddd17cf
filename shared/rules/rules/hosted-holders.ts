/**
 * The sites hosting the applications and systems that hold classified data, for
 * infra.classifiedControlsPartial (infrastructure.ts): each holder with each site one of its parts is
 * hosted on (`hostedOn` a site), holder by holder, part by part in the tree's order
 * (`partIdsOf`), and each part's sites in the order of the kind's relations.
 */
import type { Element } from '../../model/schema';
import { parentOf } from '../trees';
import type { CheckContext } from '../types';
import type { ModelGraph } from '../graph';
import { elementKindCode } from '../end-kinds';

/**
 * Root elements by id, in the order first met, each id's latest element kept (as a map by id would):
 * a list and each one's place in it. Why not a map by id and, to find a hosting's holder, a map by
 * element made of it: the ~12,000 holders of the varied 100,000-element model were put in a second
 * map only to number them (~1 MB of map per full check).
 *
 * Keyed by the element itself when every element is under its own id (`byElement`: no two elements
 * then share an id, so that is keying by id): a key compared by pointer, its hash kept in the
 * element the rule has just read, where an id's hash is read from its string, one more object
 * fetched from memory per ask (~32,000 asks for ~12,000 holders per full check of that model).
 * Measured: the rule 68.0 → 62.6 ms CPU (medians of 31 runs alternating with the map by id in one
 * process, faster in 26 of 31, load ~6). Keying the rule's maps of what controls protect the same
 * way (~11,000 more asks) measured within noise (ratio 0.97, then 1.02) and was not kept.
 */
export class Holders {
  readonly list: Element[] = [];
  private readonly placeById: Map<string, number> | null;
  private readonly placeByElement: Map<Element, number> | null;
  /**
   * While the graph is fresh (every element under its own id): by a holder's slot (build-indexes.ts),
   * its place in `list` plus one (0: not listed), in place of `placeByElement`. Why: a full check
   * meets ~24,000 ends whose tops are holders, ~12,000 distinct, and their slots are at hand
   * (`EndVisitor`): a byte array read rather than a map asked, and no element read to key it
   * (infrastructure.ts `applicationsHoldingClassified`, and the hostings by slot below).
   */
  readonly placeBySlot: Int32Array | null;

  constructor(private readonly graph: ModelGraph) {
    const byElement = graph.keysAreIds;
    this.placeBySlot = byElement && graph.fresh ? new Int32Array(graph.slotCount) : null;
    this.placeById = byElement ? null : new Map();
    this.placeByElement = byElement && !this.placeBySlot ? new Map() : null;
  }

  /** The place in `list` of the holder with `root`'s id, undefined when none. */
  placeOf(root: Element): number | undefined {
    if (this.placeBySlot) {
      const slot = this.graph.slotAtBuild(root.id);
      const k = slot === undefined ? 0 : this.placeBySlot[slot];
      return k > 0 ? k - 1 : undefined;
    }
    return this.placeByElement ? this.placeByElement.get(root) : this.placeById!.get(root.id);
  }

  add(root: Element) {
    if (this.placeBySlot) {
      const slot = this.graph.slotAtBuild(root.id);
      if (slot !== undefined) return this.addAt(slot, root);
    }
    const k = this.placeOf(root);
    if (k !== undefined) this.list[k] = root;
    else {
      if (this.placeByElement) this.placeByElement.set(root, this.list.length);
      else this.placeById!.set(root.id, this.list.length);
      this.list.push(root);
    }
  }

  /** `add(root)` for the root in slot `slot` while `placeBySlot` is kept. */
  addAt(slot: number, root: Element) {
    const bySlot = this.placeBySlot!;
    const k = bySlot[slot];
    if (k > 0) this.list[k - 1] = root;
    else bySlot[slot] = this.list.push(root);
  }
}

/**
 * Call `fn(holder, site)` for each holder of `holders` (in order) and each site one of its parts is
 * hosted on, in the order described above.
 */
export function forEachSiteOfHolders(ctx: CheckContext, holders: Holders, fn: (holder: Element, site: Element) => void) {
  if (forEachSiteByHostingSlots(ctx, holders, fn) || forEachSiteByHosting(ctx, holders, fn)) return;
  const hosting = sitesHosting(ctx);
  for (const app of holders.list) {
    const parts = partIdsHeldBy(ctx, app);
    for (let i = 0; i < parts.length; i++) {
      const sites = hosting.get(parts[i]);
      if (sites) for (const site of sites) fn(app, site);
    }
  }
}

/**
 * The ids of the parts whose top application (`rootFrom`) is `holder`, in the tree's order: its
 * tree, or itself alone when it has a parent (a part of a cycle of parents in a damaged file is its
 * own top, and the parts below it are their own tops too: trees.ts).
 */
function partIdsHeldBy(ctx: CheckContext, holder: Element): readonly string[] {
  const p = parentOf(holder);
  if (p !== undefined && ctx.doc.elements.get(p)) return [holder.id];
  // by id: looking each part up (`selfAndDescendants`) only to read its id back was ~22,000 lookups
  return ctx.graph.partIdsOf(holder);
}

/**
 * The sites each element is hosted on (`hostedOn` a site), by the relation's source id, in the
 * order of the kind's relations: what `targets(id, 'hostedOn')` gives that is a site, for every id
 * at once (in the same order on a graph fresh from the document; after edits the kind's order is
 * still the document's, as a full check of it would list them). Worked out from the ~11,000
 * hosting relations of a large model so that the ~20,000 parts of the applications holding
 * classified data are not each asked for their relations.
 */
function sitesHosting(ctx: CheckContext): Map<string, Element[]> {
  const out = new Map<string, Element[]>();
  ctx.graph.forEachRelationOf('hostedOn', (r) => {
    if (r.kind !== 'hostedOn') return;
    const site = ctx.graph.targetOf(r);
    if (site?.kind !== 'site') return;
    const sites = out.get(r.source);
    if (sites) sites.push(site);
    else out.set(r.source, [site]);
  });
  return out;
}

/**
 * `forEachSiteOfHolders` for a full check (the graph fresh, every element under its own id), from
 * the hosting relations: each one's source (found while indexing) leads to its top application
 * (`rootFrom`), kept when that is a holder; a holder's sites are then put in its parts' order, which
 * needs its tree only when more than one of its parts is hosted (a holder with a parent, its own
 * top in a cycle of parents, has one part: itself). False (nothing called) when not fresh.
 * Why: on the varied 100,000-element model this walked the tree of each of the ~12,000 holders and
 * asked a map by id about each of their ~36,000 parts, after making that map of the ~11,000 hosting
 * relations. From the hostings the rule alone measured 78 → 64 and 123 → 96 ms CPU (medians of 31
 * runs alternating with the code before in one process, median difference per pair −15 and −14 ms,
 * load ~10).
 */
function forEachSiteByHosting(ctx: CheckContext, holders: Holders, fn: (holder: Element, site: Element) => void): boolean {
  const graph = ctx.graph;
  if (!graph.fresh || !graph.keysAreIds) return false;
  const apps = holders.list;
  // per holder: its hosted parts and their sites, [part, site, part, site, …] in the kind's order
  const found = new Array<Element[] | undefined>(apps.length);
  graph.forEachRelationOf('hostedOn', (r) => {
    if (r.kind !== 'hostedOn') return;
    const site = graph.targetOf(r);
    if (site?.kind !== 'site') return;
    const part = graph.sourceOf(r);
    const root = graph.trees.rootFrom(part);
    const k = root === undefined ? undefined : holders.placeOf(root);
    if (k === undefined || apps[k] !== root) return;
    // a holder's first pair made as a list of two (most have one hosted part): pushed onto an empty list, room for 17 was made
    const pairs = found[k];
    if (pairs === undefined) found[k] = [part!, site];
    else pairs.push(part!, site);
  });
  forEachInPartOrder(ctx, apps, found, fn);
  return true;
}

/** The end of `forEachSiteByHosting`: `fn(holder, site)` for each holder's pairs `found[k]` ([part, site, …]), in its parts' order. */
function forEachInPartOrder(ctx: CheckContext, apps: readonly Element[], found: readonly (Element[] | undefined)[], fn: (holder: Element, site: Element) => void) {
  for (let k = 0; k < apps.length; k++) {
    const list = found[k];
    if (!list) continue;
    const ordered = hostedPartsOfOne(list) ? list : inPartOrder(list, ctx.graph.partIdsOf(apps[k]));
    for (let i = 1; i < ordered.length; i += 2) fn(apps[k], ordered[i]);
  }
}

const SITE = elementKindCode('site');

/**
 * `forEachSiteByHosting` from the slots of the hostings' ends kept while indexing (indexed-ends.ts)
 * and the holders by slot (`Holders.placeBySlot`): no relation, part or site read to find which
 * hosting is a holder's on a site (the site's kind by its number, the part's top by its parents'
 * slots), only the pairs kept read as elements. False (nothing called) when not fresh.
 * Why: going through the ~11,000 hostings of the varied 100,000-element model, each one's part
 * walked up to its top and that asked of a map, was a quarter of the rule.
 */
function forEachSiteByHostingSlots(ctx: CheckContext, holders: Holders, fn: (holder: Element, site: Element) => void): boolean {
  const graph = ctx.graph;
  const bySlot = holders.placeBySlot;
  const ends = bySlot && graph.fresh ? graph.keptEndSlots('hostedOn') : null;
  if (!bySlot || !ends) return false;
  const elements = ctx.doc.elements.values();
  const n = graph.slotCount;
  const found = new Array<Element[] | undefined>(holders.list.length);
  for (let i = 0; i < ends.length; i += 2) {
    const part = ends[i];
    const site = ends[i + 1];
    if (site >= n || part >= n || graph.kindCodeAt(site) !== SITE) continue;
    const k = bySlot[topSlotOf(ctx, part)] - 1;
    if (!(k >= 0)) continue;
    const pairs = found[k];
    if (pairs === undefined) found[k] = [elements[part], elements[site]];
    else pairs.push(elements[part], elements[site]);
  }
  forEachInPartOrder(ctx, holders.list, found, fn);
  return true;
}

/**
 * While fresh, the slot of the top (`rootFrom`) of the element in slot `slot`: walked up by its
 * parents' slots, or (a cycle of parents or a long chain in a damaged file) by ids; -1 when none.
 */
export function topSlotOf(ctx: CheckContext, slot: number): number {
  const top = ctx.graph.trees.topSlotAt(slot);
  if (top >= 0) return top;
  const root = ctx.graph.trees.rootFrom(ctx.doc.elements.values()[slot]);
  return (root && ctx.graph.slotAtBuild(root.id)) ?? -1;
}

/** True when the pairs [part, site, …] all have the same part. */
function hostedPartsOfOne(pairs: readonly Element[]): boolean {
  for (let i = 2; i < pairs.length; i += 2) if (pairs[i] !== pairs[0]) return false;
  return true;
}

/** The pairs [part, site, …] ordered by their part's place in `parts` (ids), pairs of one part kept in their order. */
function inPartOrder(pairs: readonly Element[], parts: readonly string[]): Element[] {
  // each pair as one number, its part's place then its own, sorted as numbers: no object per pair and
  // no comparison function (what a full check allocates sets how often the young generation is
  // collected, each collection copying the check's live data)
  const n = pairs.length / 2;
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = (parts.indexOf(pairs[2 * k].id) + 1) * n + k;
  keys.sort();
  const out: Element[] = [];
  for (let k = 0; k < n; k++) {
    const i = 2 * (keys[k] % n);
    out.push(pairs[i], pairs[i + 1]);
  }
  return out;
}
