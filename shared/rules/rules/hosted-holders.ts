/**
 * The sites hosting the applications and systems that hold classified data, for
 * infra.classifiedControlsPartial (infrastructure.ts): each holder with each site one of its parts is
 * hosted on (`hostedOn` a site), holder by holder, part by part in the tree's order
 * (`partIdsOf`), and each part's sites in the order of the kind's relations.
 */
import type { Element } from '../../model/schema';
import { parentOf } from '../trees';
import type { CheckContext } from '../types';

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

  constructor(byElement: boolean) {
    this.placeById = byElement ? null : new Map();
    this.placeByElement = byElement ? new Map() : null;
  }

  /** The place in `list` of the holder with `root`'s id, undefined when none. */
  placeOf(root: Element): number | undefined {
    return this.placeByElement ? this.placeByElement.get(root) : this.placeById!.get(root.id);
  }

  add(root: Element) {
    const k = this.placeOf(root);
    if (k !== undefined) this.list[k] = root;
    else {
      if (this.placeByElement) this.placeByElement.set(root, this.list.length);
      else this.placeById!.set(root.id, this.list.length);
      this.list.push(root);
    }
  }
}

/**
 * Call `fn(holder, site)` for each holder of `holders` (in order) and each site one of its parts is
 * hosted on, in the order described above.
 */
export function forEachSiteOfHolders(ctx: CheckContext, holders: Holders, fn: (holder: Element, site: Element) => void) {
  if (forEachSiteByHosting(ctx, holders, fn)) return;
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
  for (let k = 0; k < apps.length; k++) {
    const list = found[k];
    if (!list) continue;
    const ordered = hostedPartsOfOne(list) ? list : inPartOrder(list, graph.partIdsOf(apps[k]));
    for (let i = 1; i < ordered.length; i += 2) fn(apps[k], ordered[i]);
  }
  return true;
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
