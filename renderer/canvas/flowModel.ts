/**
 * The document's active view as React Flow nodes and edges. A builder instance caches every node
 * and edge object and hands back the same object while its inputs (element, layout, selection,
 * language) are unchanged: React Flow then skips unchanged nodes, and a one-element edit costs one
 * node, not three thousand. Nodes carry their size and handle positions, so React Flow never has
 * to measure them in the DOM.
 */
import { boxIds } from '../../shared/model/boxes-record';
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { Lang } from '../../shared/i18n';
import { label } from '../../shared/i18n';
import { bandOf, NODE_HEIGHT, type Band, type Element, type ElementKind, type LakarDocument, type NodeLayout, type Relation, type View } from '../../shared/model';
import { buildScene, nestingParent, type Scene, type SceneNode } from '../../shared/routing/scene';
import { sceneIndex, updateScene } from '../../shared/routing/sceneUpdate';
import { listedInSite } from '../../shared/routing/protection';
import { factLines } from '../../shared/routing/text';
import { DIRECTION_GLYPH, FLOW_STROKES, flowMarkers, relationStroke, type StrokeStyle } from './flowStyle';
import { nodeFacts, type NodeFacts } from './nodeFacts';

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

export interface RelationEdgeData extends Record<string, unknown> {
  stroke: StrokeStyle;
  arrowStart: boolean;
  arrowEnd: boolean;
  /** Text on the line (data flows: method and direction; other relations: their label, else their kind). */
  label?: string;
  /** The label is the relation's kind (it has no label of its own): shown when relation labels are on. */
  kindLabel?: boolean;
  /** Where the label sits along the line (0 = source, 1 = target). */
  labelAt: number;
  isFlow: boolean;
  /** The edge's accessible name around its ends' names (see edgeDescription). */
  describe: { before: string; after: string };
}
export type LmvEdge = Edge<RelationEdgeData, 'relation'>;

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

/** Which handles a relation uses: vertical links join facing edges, links inside one row hang below. */
export function edgeHandles(source: NodeLayout, target: NodeLayout): { sourceHandle: 't' | 'b'; targetHandle: 't' | 'b' } {
  const sh = source.h ?? NODE_HEIGHT;
  const th = target.h ?? NODE_HEIGHT;
  if (source.y + sh <= target.y) return { sourceHandle: 'b', targetHandle: 't' };
  if (target.y + th <= source.y) return { sourceHandle: 't', targetHandle: 'b' };
  return { sourceHandle: 'b', targetHandle: 'b' };
}

/** Text on a flow line: its method and a direction glyph. */
export function flowLabel(rel: Extract<Relation, { kind: 'dataFlow' }>, lang: Lang): string {
  const method = rel.method ? label(lang, 'flowMethod', rel.method) : '?';
  return rel.direction ? `${method} ${DIRECTION_GLYPH[rel.direction]}` : method;
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

interface EdgeEntry {
  rel: Relation;
  handles: string;
  sel: boolean;
  lang: Lang;
  at: number;
  edge: LmvEdge;
}

/** Label position of a flow: towards the end with fewer flows (the hub's labels would pile up). */
export function labelPosition(sourceFlows: number, targetFlows: number): number {
  if (sourceFlows > targetFlows) return 0.7;
  if (targetFlows > sourceFlows) return 0.3;
  return 0.5;
}

/** Builds React Flow nodes and edges of one view, reusing unchanged objects between calls. */
export class FlowModelBuilder {
  private nodeCache = new Map<string, NodeEntry>();
  private edgeCache = new Map<string, EdgeEntry>();
  private lastNodes: LmvNode[] = [];
  private lastEdges: LmvEdge[] = [];
  private lastEdgeInputs: { relations: LakarDocument['relations']; view: View; nodeCount: number; selected: ReadonlySet<string>; lang: Lang } | null = null;
  /** Data flows per element on the view (where flow labels sit), from the last full build. */
  private flows = new Map<string, number>();
  /** Index of each edge in `lastEdges`, and the edges of each element, from the last full build. */
  private edgeIndex = new Map<string, number>();
  private relationsOf = new Map<string, string[]>();
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
  private sceneOf: { doc: Pick<LakarDocument, 'elements' | 'relations'>; view: View; scene: Scene; from: Scene | null; changed: ReadonlySet<string> | null } | null = null;

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
    this.sceneOf = { doc: { elements, relations }, view, scene: step.scene, from: last?.scene ?? null, changed: step.changed };
    return step.scene;
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
    if (doc.relations !== this.siteNetworksOf) {
      this.siteNetworksOf = doc.relations;
      this.siteNetworks = new Map();
      for (const id of doc.relations.ids()) {
        const r = doc.relations.get(id)!;
        if (r.kind !== 'connects') continue;
        const list = this.siteNetworks.get(r.target);
        if (list) list.push(r.source);
        else this.siteNetworks.set(r.target, [r.source]);
      }
    }
    const scene = this.scene(doc, view);
    const patched = this.patchedNodes(doc, scene, selected, lang);
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
  private patchedNodes(doc: Pick<LakarDocument, 'elements' | 'relations'>, scene: Scene, selected: ReadonlySet<string>, lang: Lang): LmvNode[] | null {
    const last = this.lastNodeInputs;
    const step = this.sceneOf!;
    if (!last || last.lang !== lang) return null;
    let dirty: Set<string>;
    if (last.scene === scene) dirty = new Set();
    else if (step.scene === scene && step.from === last.scene && step.changed) dirty = new Set(step.changed);
    else return null;
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
    const index = sceneIndex(scene);
    let out = this.lastNodes;
    for (const id of dirty) {
      const n = scene.byId.get(id);
      if (!n) continue;
      const entry = this.nodeEntry(n, scene, doc, selected, lang);
      this.nodeCache.set(id, entry);
      const at = index.get(id)!;
      if (out[at] === entry.node) continue;
      if (out === this.lastNodes) out = out.slice();
      out[at] = entry.node;
    }
    return out;
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

  /** Edges of every relation whose two ends are placed on `view`. */
  edges(doc: Pick<LakarDocument, 'elements' | 'relations'>, view: View, selected: ReadonlySet<string>, lang: Lang): LmvEdge[] {
    // an edit of elements only (a rename, a new field) leaves every edge as it was: edges carry no
    // element data (their names are read by the edge component), and every command that removes an
    // element also removes its relations and its place on the view
    const last = this.lastEdgeInputs;
    if (last && last.relations === doc.relations && last.selected === selected && last.lang === lang) {
      if (last.view === view) return this.lastEdges;
      const moved = movedNodes(last.view, last.nodeCount, view);
      if (moved) {
        this.lastEdgeInputs = { ...last, view };
        return this.edgesOfMoved(doc, view, moved);
      }
    }
    this.lastEdgeInputs = { relations: doc.relations, view, nodeCount: boxIds(view.nodes).length, selected, lang };
    const out: LmvEdge[] = [];
    const next = new Map<string, EdgeEntry>();
    let changed = false;
    const flows = new Map<string, number>();
    for (const id of doc.relations.ids()) {
      const rel = doc.relations.get(id)!;
      if (rel.kind !== 'dataFlow' || !view.nodes[rel.source] || !view.nodes[rel.target]) continue;
      flows.set(rel.source, (flows.get(rel.source) ?? 0) + 1);
      flows.set(rel.target, (flows.get(rel.target) ?? 0) + 1);
    }
    this.flows = flows;
    this.edgeIndex = new Map();
    this.relationsOf = new Map();
    // data flows come last so they are drawn over the plain relations (no per-edge z-index to compute)
    const ids: string[] = [];
    const flowIds: string[] = [];
    for (const id of doc.relations.ids()) (doc.relations.get(id)!.kind === 'dataFlow' ? flowIds : ids).push(id);
    for (const id of ids.concat(flowIds)) {
      const rel = doc.relations.get(id)!;
      const s = view.nodes[rel.source];
      const t = view.nodes[rel.target];
      if (!s || !t || !doc.elements.get(rel.source) || !doc.elements.get(rel.target)) continue;
      // a module is drawn inside its application: a line between them would say it twice
      if (holdsOnView(doc, view, rel.source, rel.target) || holdsOnView(doc, view, rel.target, rel.source)) continue;
      // a control protecting a site is listed in the site's box, as on paper (shared/routing/protection.ts)
      if (listedInSite(doc, rel)) continue;
      const entry = this.entryFor(rel, s, t, selected.has(id), lang);
      next.set(id, entry);
      this.edgeIndex.set(id, out.length);
      for (const end of [rel.source, rel.target]) {
        const list = this.relationsOf.get(end);
        if (list) list.push(id);
        else this.relationsOf.set(end, [id]);
      }
      if (this.lastEdges[out.length] !== entry.edge) changed = true;
      out.push(entry.edge);
    }
    this.edgeCache = next;
    if (!changed && out.length === this.lastEdges.length) return this.lastEdges;
    this.lastEdges = out;
    return out;
  }

  /** After a move (same relations, same nodes on the view): only the edges of moved nodes can change. */
  private edgesOfMoved(doc: Pick<LakarDocument, 'relations'>, view: View, moved: string[]): LmvEdge[] {
    let out = this.lastEdges;
    for (const element of moved) {
      for (const id of this.relationsOf.get(element) ?? []) {
        const at = this.edgeIndex.get(id)!;
        const rel = doc.relations.get(id)!;
        const entry = this.entryFor(rel, view.nodes[rel.source], view.nodes[rel.target], this.edgeCache.get(id)!.sel, this.edgeCache.get(id)!.lang);
        this.edgeCache.set(id, entry);
        if (entry.edge === out[at]) continue;
        if (out === this.lastEdges) out = [...out];
        out[at] = entry.edge;
      }
    }
    this.lastEdges = out;
    return out;
  }

  /** The cached edge of `rel`, or a new one when its relation, handles, selection, language or label place changed. */
  private entryFor(rel: Relation, s: NodeLayout, t: NodeLayout, sel: boolean, lang: Lang): EdgeEntry {
    const at = rel.kind === 'dataFlow' ? labelPosition(this.flows.get(rel.source) ?? 0, this.flows.get(rel.target) ?? 0) : 0.5;
    const h = edgeHandles(s, t);
    const handles = h.sourceHandle + h.targetHandle;
    const entry = this.edgeCache.get(rel.id);
    // an edge changes only with its relation, its handles, selection or language: moving a node
    // within its row or renaming an element leaves its edges (and React Flow's connection index) alone
    if (entry && entry.rel === rel && entry.handles === handles && entry.sel === sel && entry.lang === lang && entry.at === at) return entry;
    return { rel, handles, sel, lang, at, edge: makeEdge(rel, s, t, sel, lang, at) };
  }
}

/**
 * Ids of the nodes whose layout differs between two versions of a view, or null when a node was
 * added or removed (then flow counts and the set of edges may change: everything is rebuilt).
 */
function movedNodes(before: View, beforeCount: number, after: View): string[] | null {
  const moved: string[] = [];
  let count = 0;
  for (const id of boxIds(after.nodes)) {
    count++;
    const was = before.nodes[id];
    if (!was) return null;
    if (was !== after.nodes[id]) moved.push(id);
  }
  return count === beforeCount ? moved : null;
}

const NO_ELEMENTS: readonly Element[] = [];
const NO_IDS: readonly string[] = [];

/** True when `outer` is drawn holding `inner` on `view` (its parent, or its parent's parent). */
function holdsOnView(doc: Pick<LakarDocument, 'elements'>, view: View, outer: string, inner: string): boolean {
  const onView = (id: string) => view.nodes[id] !== undefined;
  for (let at = nestingParent(doc, inner, onView), guard = 0; at !== undefined && guard < 4; at = nestingParent(doc, at, onView), guard++) if (at === outer) return true;
  return false;
}

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

/**
 * An edge is named by a <title> in its component, which follows renames without a new edge object.
 * React Flow leaves `aria-label` off for `null` (its EdgeWrapper checks for it), though the type says string.
 */
const NAMED_BY_TITLE = null as unknown as string;

/** The accessible name of an edge: its kind, its ends, and for a flow the method and direction. */
export function edgeDescription(data: Pick<RelationEdgeData, 'describe'>, sourceName: string, targetName: string): string {
  return `${data.describe.before}${sourceName} → ${targetName}${data.describe.after}`;
}

function makeEdge(rel: Relation, s: NodeLayout, t: NodeLayout, selected: boolean, lang: Lang, labelAt: number): LmvEdge {
  const handles = edgeHandles(s, t);
  let data: RelationEdgeData;
  if (rel.kind === 'dataFlow') {
    const markers = flowMarkers(rel.direction);
    const text = flowLabel(rel, lang);
    const after = [rel.method && label(lang, 'flowMethod', rel.method), rel.direction && label(lang, 'flowDirection', rel.direction)].filter(Boolean).map((p) => `, ${p}`).join('');
    data = { stroke: FLOW_STROKES[rel.method ?? 'unset'], arrowStart: markers.start, arrowEnd: markers.end, label: text, labelAt, isFlow: true, describe: { before: `${label(lang, 'relation', 'dataFlow')}, `, after } };
  } else {
    data = {
      stroke: relationStroke(rel.kind),
      arrowStart: false,
      arrowEnd: rel.kind !== 'association',
      isFlow: false,
      label: rel.label ?? label(lang, 'relation', rel.kind),
      kindLabel: !rel.label,
      labelAt: 0.5,
      describe: { before: `${label(lang, 'relation', rel.kind)}: `, after: '' },
    };
  }
  return {
    id: rel.id,
    type: 'relation',
    source: rel.source,
    target: rel.target,
    ...handles,
    data,
    selected,
    deletable: false,
    ariaLabel: NAMED_BY_TITLE,
  };
}
