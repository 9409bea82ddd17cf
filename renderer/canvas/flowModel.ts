/**
 * The document's active view as React Flow nodes and edges. A builder instance caches every node
 * and edge object and hands back the same object while its inputs (element, layout, selection,
 * language) are unchanged: React Flow then skips unchanged nodes, and a one-element edit costs one
 * node, not three thousand. Nodes carry their size and handle positions, so React Flow never has
 * to measure them in the DOM.
 */
import { Position, type Node, type NodeHandle } from '@xyflow/react';
import type { Lang } from '../../shared/i18n';
import { bandOf, type Band, type Element, type ElementKind, type LakarDocument, type View } from '../../shared/model';
import { buildScene, type Scene, type SceneNode } from '../../shared/routing/scene';
import { followSplice, updateScene, type Splice } from '../../shared/routing/sceneUpdate';
import { nodeAt } from '../../shared/routing/scene-lookup';
import { knownBoxesTable } from '../../shared/model/boxes-record';
import { factLines } from '../../shared/routing/text';
import { relationsNamingAny } from '../../shared/commands/element';
import { EdgeBuilder, type LmvEdge } from './flowEdges';
import { nodeFacts, type NodeFacts } from './nodeFacts';

export { edgeDescription, edgeHandles, flowLabel, labelPosition, type LmvEdge, type RelationEdgeData } from './flowEdges';

export interface LmvNodeData extends Record<string, unknown> {
  kind: ElementKind;
  band: Band;
  name: string;
  facts: NodeFacts;
  /** Drawn with its modules or application services inside it (Jadual 3-1 label 5). */
  isParent: boolean;
  /** A site's lines under its name, as the paper's LMV draws them at this box's width. */
  lines?: readonly string[];
}
export type LmvNode = Node<LmvNodeData, 'lmv'>;

/**
 * Handle size: the border box of `.lmv-handle` in nodes.css. React Flow re-measures each node in the
 * DOM when it mounts; handle boxes equal to the measured ones leave the node's edges where they are
 * (a shifted end would redraw, and repaint, every long edge of every node scrolled into view).
 */
export const HANDLE_SIZE = 10;
const HANDLE = HANDLE_SIZE;
const handleCache = new Map<string, NodeHandle[]>();

/** Handle boxes of a node of size w×h: one centred on the top edge, one on the bottom edge. */
export function handlesFor(w: number, h: number): NodeHandle[] {
  const key = `${w}x${h}`;
  let handles = handleCache.get(key);
  if (!handles) {
    handles = [
      { id: 't', type: 'source', position: Position.Top, x: w / 2 - HANDLE / 2, y: -HANDLE / 2, width: HANDLE, height: HANDLE },
      { id: 'b', type: 'source', position: Position.Bottom, x: w / 2 - HANDLE / 2, y: h - HANDLE / 2, width: HANDLE, height: HANDLE },
    ];
    handleCache.set(key, handles);
  }
  return handles;
}

interface NodeEntry {
  el: Element;
  /** Other elements its facts show: a module's application, a site's networks. */
  related: readonly Element[];
  /** Where the scene draws it: x, y, w, h and its parent. */
  layout: string;
  selected: boolean;
  lang: Lang;
  /** A site's protecting controls as its box lists them (shared/routing/protection.ts), joined. */
  protectedBy: string;
  node: LmvNode;
}

/** Builds React Flow nodes and edges of one view, reusing unchanged objects between calls. */
export class FlowModelBuilder {
  private nodeCache = new Map<string, NodeEntry>();
  private edgeBuilder = new EdgeBuilder();
  private lastNodes: LmvNode[] = [];
  /** Networks connected to each site (`connects` relations), for the sites' facts. */
  private siteNetworks = new Map<string, string[]>();
  private siteNetworksOf: LakarDocument['relations'] | null = null;

  /** Elements whose data `el`'s facts show (see nodeFacts): the same array while they are unchanged. */
  private relatedOf(el: Element, doc: Pick<LakarDocument, 'elements'>, cached: readonly Element[] | undefined): readonly Element[] {
    const ids = this.shownIds(el);
    if (ids.length === 0) return NO_ELEMENTS;
    const related = ids.map((id) => doc.elements.get(id)).filter((e): e is Element => e !== undefined);
    return cached && cached.length === related.length && cached.every((e, i) => e === related[i]) ? cached : related;
  }

  /**
   * The scene last asked for, what it was drawn from, and the ids of its nodes that differ from the
   * scene before it (`from`; null: built whole). sceneUpdate.ts draws again only the trees an edit touched.
   */
  private sceneOf: { doc: Pick<LakarDocument, 'elements' | 'relations'>; view: View; scene: Scene; from: Scene | null; changed: ReadonlySet<string> | null; removed?: ReadonlySet<string>; splice?: Splice } | null = null;

  /**
   * Where the boxes of `view` are drawn: children inside their parent, every box in its band, bands
   * grown; a site as tall as the controls it lists need (read from `relations`: a caller once given
   * the scene last drawn with older ones drew the bands of a site before its list grew).
   */
  scene(doc: Pick<LakarDocument, 'elements' | 'relations'>, view: View): Scene {
    const last = this.sceneOf;
    const { elements, relations } = doc;
    if (last && last.doc.elements === elements && last.view === view && last.doc.relations === relations) return last.scene;
    const step = last ? updateScene(last, { elements, relations }, view) : { scene: buildScene({ elements, relations }, view), changed: null };
    this.sceneOf = { doc: { elements, relations }, view, scene: step.scene, from: last?.scene ?? null, changed: step.changed, removed: step.removed, splice: step.splice };
    return step.scene;
  }

  /**
   * How `scene` was made from the scene before it, when it is the last one asked for and was made
   * from one (not built whole): that scene, and the ids of the nodes drawn again, put in or taken out.
   */
  changesTo(scene: Scene): { from: Scene; before: Scene['byId']; changed: ReadonlySet<string>; removed?: ReadonlySet<string> } | null {
    const step = this.sceneOf;
    if (!step || step.scene !== scene || !step.from || !step.changed) return null;
    return { from: step.from, before: step.from.byId, changed: step.changed, removed: step.removed };
  }

  /** What the last `nodes` call drew from. */
  private lastNodeInputs: { scene: Scene; elements: LakarDocument['elements']; selected: ReadonlySet<string>; lang: Lang } | null = null;
  /** The nodes whose facts show an element's data (a module its application's, a site its networks'), by that element, from the last full build. */
  private shownBy = new Map<string, string[]>();

  /**
   * Nodes of every element placed on `view` (`relations` give sites their networks), where the scene
   * draws them: a module is a child node of its application (positioned inside it; dragging the
   * application takes it along), parents come before their children as React Flow requires.
   */
  nodes(doc: Pick<LakarDocument, 'elements' | 'relations'>, view: View, selected: ReadonlySet<string>, lang: Lang): LmvNode[] {
    const networks = doc.relations === this.siteNetworksOf ? new Set<string>() : this.followSiteNetworks(doc.relations);
    const scene = this.scene(doc, view);
    const patched = networks && this.patchedNodes(doc, scene, selected, lang, networks);
    this.lastNodeInputs = { scene, elements: doc.elements, selected, lang };
    if (patched) return (this.lastNodes = patched);
    const out: LmvNode[] = [];
    const next = new Map<string, NodeEntry>();
    this.shownBy = new Map();
    let changed = false;
    for (const n of scene.nodes) {
      const entry = this.nodeEntry(n, scene, doc, selected, lang);
      next.set(n.id, entry);
      for (const shown of this.shownIds(entry.el)) {
        const list = this.shownBy.get(shown);
        if (list) list.push(n.id);
        else this.shownBy.set(shown, [n.id]);
      }
      if (this.lastNodes[out.length] !== entry.node) changed = true;
      out.push(entry.node);
    }
    this.nodeCache = next;
    // the same array when nothing changed, so React Flow skips its work on the nodes
    if (!changed && out.length === this.lastNodes.length) return this.lastNodes;
    this.lastNodes = out;
    return out;
  }

  /**
   * The last nodes with only those an edit may change made again: the scene's changed nodes, the
   * nodes selected or unselected, and those showing a changed element's data; every other node is
   * the same object at the same place, and the array itself is the same when none changed. Null when
   * the last nodes were drawn from another scene than the one `scene` was made from (or in another
   * language): then every node is looked at. Why: looking at each of 10,000 nodes after a rename cost
   * ~8 ms (issue 18, profile of 20 renames), for the one that changed.
   */
  private patchedNodes(doc: Pick<LakarDocument, 'elements' | 'relations'>, scene: Scene, selected: ReadonlySet<string>, lang: Lang, networks: ReadonlySet<string>): LmvNode[] | null {
    const last = this.lastNodeInputs;
    const step = this.sceneOf!;
    if (!last || last.lang !== lang) return null;
    let dirty: Set<string>;
    if (last.scene === scene) dirty = new Set();
    else if (step.scene === scene && step.from === last.scene && step.changed) dirty = new Set(step.changed);
    else return null;
    for (const site of networks) dirty.add(site);
    if (selected !== last.selected) {
      for (const id of selected) if (!last.selected.has(id)) dirty.add(id);
      for (const id of last.selected) if (!selected.has(id)) dirty.add(id);
    }
    if (doc.elements !== last.elements) {
      const edited = doc.elements.idsChangedSince(last.elements);
      if (!edited) return null;
      for (const id of edited) {
        dirty.add(id);
        for (const shower of this.shownBy.get(id) ?? []) dirty.add(shower);
      }
    }
    // trees taken out or put in: every node keeps its object unless dirty, in the scene's order
    if (last.scene !== scene && step.removed) {
      for (const id of step.removed) this.nodeCache.delete(id);
      const put = new Set<string>();
      for (const { nodes } of step.splice!.puts) for (const n of nodes) put.add(n.id);
      const rest: string[] = [];
      for (const id of dirty) {
        const n = scene.byId.get(id);
        if (!n) continue;
        this.nodeCache.set(id, this.shownEntry(n, scene, doc, selected, lang));
        if (!put.has(id)) rest.push(id);
      }
      // the last nodes spliced as the scene was, then the other dirty ones replaced where they are now
      const out = followSplice(this.lastNodes, step.splice!, (n) => this.nodeCache.get(n.id)!.node);
      const rank = rest.length ? knownBoxesTable(scene.view.nodes)?.listingRank() : undefined;
      for (const id of rest) out[nodeAt(scene, id, rank)!] = this.nodeCache.get(id)!.node;
      return out;
    }
    // where each dirty node is, found by halves (listing where all 92,000 are after each edit cost ~0.1 s)
    const rank = dirty.size ? knownBoxesTable(scene.view.nodes)?.listingRank() : undefined;
    let out = this.lastNodes;
    for (const id of dirty) {
      const n = scene.byId.get(id);
      if (!n) continue;
      const entry = this.shownEntry(n, scene, doc, selected, lang);
      this.nodeCache.set(id, entry);
      const at = nodeAt(scene, id, rank)!;
      if (out[at] === entry.node) continue;
      if (out === this.lastNodes) out = out.slice();
      out[at] = entry.node;
    }
    return out;
  }

  /** nodeEntry, noting the elements its facts show (a module given back its parent by an undo shows the parent's renames). */
  private shownEntry(n: SceneNode, scene: Scene, doc: Pick<LakarDocument, 'elements' | 'relations'>, selected: ReadonlySet<string>, lang: Lang): NodeEntry {
    const entry = this.nodeEntry(n, scene, doc, selected, lang);
    for (const shown of this.shownIds(entry.el)) {
      const list = this.shownBy.get(shown);
      if (!list) this.shownBy.set(shown, [n.id]);
      else if (!list.includes(n.id)) list.push(n.id);
    }
    return entry;
  }

  /**
   * Follow `relations` in the networks connected to each site: the sites whose list changed, or null
   * when it was made again whole (every node is then looked at). A few changed relations cost what
   * they change: walking every relation after each removal cost ~50 ms at 160,000 relations.
   */
  private followSiteNetworks(relations: LakarDocument['relations']): Set<string> | null {
    const was = this.siteNetworksOf;
    this.siteNetworksOf = relations;
    const changed = was ? relations.idsChangedSince(was) : undefined;
    if (!was || !changed || changed.size > MOST_RELATION_EDITS) {
      this.siteNetworks = new Map();
      for (const id of relations.ids()) {
        const r = relations.get(id)!;
        if (r.kind !== 'connects') continue;
        const list = this.siteNetworks.get(r.target);
        if (list) list.push(r.source);
        else this.siteNetworks.set(r.target, [r.source]);
      }
      return null;
    }
    const sites = new Set<string>();
    for (const id of changed) for (const r of [was.get(id), relations.get(id)]) if (r?.kind === 'connects') sites.add(r.target);
    for (const site of sites) {
      // in the table's order, as a whole walk lists them
      const list = relationsNamingAny(relations, [site]).map((id) => relations.get(id)!).filter((r) => r.kind === 'connects' && r.target === site).map((r) => r.source);
      if (list.length) this.siteNetworks.set(site, list);
      else this.siteNetworks.delete(site);
    }
    return sites;
  }

  /** Ids of the elements whose data `el`'s node shows besides its own (see relatedOf). */
  private shownIds(el: Element): readonly string[] {
    if ((el.kind === 'module' || el.kind === 'appService') && el.parentId) return [el.parentId];
    if (el.kind === 'site') return this.siteNetworks.get(el.id) ?? NO_IDS;
    return NO_IDS;
  }

  /** The cache entry of scene node `n`: the one cached while its inputs are unchanged, else a new node. */
  private nodeEntry(n: SceneNode, scene: Scene, doc: Pick<LakarDocument, 'elements' | 'relations'>, selected: ReadonlySet<string>, lang: Lang): NodeEntry {
    const { id, element: el } = n;
    const parent = n.parent ? scene.byId.get(n.parent) : undefined;
    const layout = `${n.x},${n.y},${n.w},${n.h},${n.parent ?? ''}`;
    const isSelected = selected.has(id);
    const isParent = n.children.length > 0;
    const entry = this.nodeCache.get(id);
    const related = this.relatedOf(el, doc, entry?.related);
    const protectedBy = n.protectedBy?.join('\u0000') ?? '';
    if (entry && entry.el === el && entry.related === related && entry.protectedBy === protectedBy && entry.layout === layout && entry.selected === isSelected && entry.lang === lang && entry.node.data.isParent === isParent) return entry;
    // keep the data object when only the position or selection changed: the node component is memoised on it
    // (a site's fact lines are wrapped to its width: a resized site gets new data)
    const same = entry && entry.el === el && entry.related === related && entry.protectedBy === protectedBy && entry.lang === lang && entry.node.data.isParent === isParent && (el.kind !== 'site' || entry.node.width === n.w);
    const data = same ? entry!.node.data : makeData(el, doc, related, lang, isParent, n.w, n.protectedBy);
    return { el, related, layout, selected: isSelected, lang, protectedBy, node: makeNode(n, parent, data, isSelected) };
  }

  /** Edges of every relation whose two ends are placed on `view` (./flowEdges.ts). */
  edges(doc: Pick<LakarDocument, 'elements' | 'relations'>, view: View, selected: ReadonlySet<string>, lang: Lang): LmvEdge[] {
    return this.edgeBuilder.edges(doc, view, selected, lang);
  }
}

/** Relation edits past this many walk every relation for the sites' networks (a paste, an import). */
const MOST_RELATION_EDITS = 256;

const NO_ELEMENTS: readonly Element[] = [];
const NO_IDS: readonly string[] = [];

function makeData(el: Element, doc: Pick<LakarDocument, 'elements'>, related: readonly Element[], lang: Lang, isParent: boolean, width: number, protectedBy?: readonly string[]): LmvNodeData {
  const data: LmvNodeData = { kind: el.kind, band: bandOf(el.kind), name: el.name, facts: nodeFacts(el, doc, lang, el.kind === 'site' ? related : undefined), isParent };
  // a site lists what the paper's LMV lists, wrapped as there: hardware with quantities, software,
  // placement matters (001 §3.3.4 g); the box is as tall as these lines need (scene textHeight)
  if (el.kind === 'site') data.lines = factLines(el, lang, width, protectedBy);
  return data;
}

/** The React Flow node of scene box `n`; a child's position is relative to its parent's box. */
function makeNode(n: SceneNode, parent: SceneNode | undefined, data: LmvNodeData, selected: boolean): LmvNode {
  const node: LmvNode = {
    id: n.id,
    type: 'lmv',
    position: parent ? { x: n.x - parent.x, y: n.y - parent.y } : { x: n.x, y: n.y },
    data,
    width: n.w,
    height: n.h,
    measured: { width: n.w, height: n.h },
    handles: handlesFor(n.w, n.h),
    selected,
    deletable: false,
    ariaLabel: data.facts.description,
  };
  if (parent) {
    node.parentId = parent.id;
    // a child stays inside its parent; dragging it along the row reorders the parent's children
    node.extent = 'parent';
  }
  return node;
}
