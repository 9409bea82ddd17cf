/**
 * The layout graph of one view: the placed top-level boxes with their band and size (an application
 * as big as the modules drawn inside it), and the links that should pull boxes together (relations
 * between placed elements, a child's counted for the box that holds it).
 */
import { BAND_HEADER_WIDTH } from '../model/bands';
import { listedInSite, protectionOf } from '../routing/protection';
import { boxSize, layoutWidth, leafSize, nesting } from '../routing/scene';
import { bandOf, ELEMENT_KINDS } from '../model/kinds';
import type { ElementKind, LakarDocument, View } from '../model/schema';
import { BANDS } from '../model/vocabulary';

export interface LayoutNode {
  id: string;
  kind: ElementKind;
  /** Index of the node's band, 0 (users) … 6 (infrastructure). */
  band: number;
  /** Rank of the node's row group in palette order; the fallback uses it to split a band into rows. */
  kindRank: number;
  /** Position of a process in the high-level process sequence (Process.order). */
  seq?: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LayoutGraph {
  nodes: LayoutNode[];
  /** Undirected links as index pairs into `nodes`, upper band first; duplicates removed. */
  links: [number, number][];
  /** Child node index → parent node index among laid-out boxes (children drawn inside a parent are not laid out, so this is empty unless a caller fills it). */
  parents: Map<number, number>;
}

/** Left edge of the area where nodes are laid out (right of the band labels). */
export const CONTENT_LEFT = BAND_HEADER_WIDTH + 20;

const KIND_RANK = new Map(ELEMENT_KINDS.map((k, i) => [k.kind, i]));
// rows inside a band: an application shares its row with its modules, services and platforms, so
// flows leaving it downwards do not cross them; systems and data share a row; networks and security
// controls sit in a row under the sites
for (const kind of ['module', 'appService', 'platform'] as const) KIND_RANK.set(kind, KIND_RANK.get('application')!);
KIND_RANK.set('dataEntity', KIND_RANK.get('externalSystem')!);
KIND_RANK.set('securityControl', KIND_RANK.get('network')!);

/** Build the layout graph of `view`: every placed element that still exists, and its links. */
export function layoutGraph(doc: Pick<LakarDocument, 'elements' | 'relations'>, view: View): LayoutGraph {
  const nodes: LayoutNode[] = [];
  const index = new Map<string, number>();
  const nest = nesting(doc, view);
  const protection = protectionOf(doc);
  for (const [id, pos] of Object.entries(view.nodes)) {
    const el = doc.elements.get(id);
    // a child is drawn inside its parent: the parent's box is what gets placed
    if (!el || nest.parentOf.has(id)) continue;
    // a box without a stored width may be given one that fits its facts (a site's hardware and software)
    const w = pos.w === undefined && !nest.childrenOf.get(id)?.length ? layoutWidth(el, protection(el)) : undefined;
    const size = w === undefined ? boxSize(doc, view, id, nest) : leafSize(el, { ...pos, w }, protection(el));
    index.set(id, nodes.length);
    nodes.push({
      id,
      kind: el.kind,
      band: BANDS.indexOf(bandOf(el.kind)),
      kindRank: KIND_RANK.get(el.kind) ?? 0,
      seq: el.kind === 'process' ? el.order : undefined,
      x: pos.x,
      y: pos.y,
      w: size.w,
      h: size.h,
    });
  }
  const seen = new Set<string>();
  const links: [number, number][] = [];
  const topOf = (id: string) => {
    let at = id;
    for (let guard = 0; guard < 4 && nest.parentOf.has(at); guard++) at = nest.parentOf.get(at)!;
    return at;
  };
  const link = (a: string, b: string) => {
    const ia = index.get(topOf(a));
    const ib = index.get(topOf(b));
    if (ia === undefined || ib === undefined || ia === ib) return;
    const [u, v] = nodes[ia].band <= nodes[ib].band ? [ia, ib] : [ib, ia];
    const key = `${u}:${v}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push([u, v]);
  };
  // a MyGDX flow is drawn through the MyGDX platform's box: it pulls both ends towards the hub
  const hub = Object.keys(view.nodes)
    .filter((id) => { const el = doc.elements.get(id); return el?.kind === 'platform' && el.platformType === 'myGdx'; })
    .sort()[0];
  for (const r of doc.relations.values()) {
    // a control protecting a site is listed in the site's box, not drawn: nothing to pull together
    if (listedInSite(doc, r)) continue;
    if (hub !== undefined && r.kind === 'dataFlow' && r.method === 'myGdx' && r.source !== hub && r.target !== hub) {
      link(r.source, hub);
      link(hub, r.target);
    } else link(r.source, r.target);
  }
  return { nodes, links, parents: new Map() };
}
