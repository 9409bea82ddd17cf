/**
 * The React Flow edges of one view: one per relation whose two ends are drawn as separate boxes (not
 * one inside the other, not a control listed in a site's box). A builder keeps every edge object and
 * hands back the same one while its inputs are unchanged. After an edit of a few relations or boxes
 * (a removal and its undo, a new relation, a selection) only the edges of what changed are looked at
 * and the list keeps its order. Why: every relation edit walked all relations of the model, ~1.5 s
 * of the canvas's ~2.6 s after removing one element of a 100,000-element model (issue 18).
 */
import type { Edge } from '@xyflow/react';
import { relationsNamingAny } from '../../shared/commands/element';
import type { Lang } from '../../shared/i18n';
import { label } from '../../shared/i18n';
import { boxIds, hasBox, knownBoxesTable } from '../../shared/model/boxes-record';
import { NODE_HEIGHT, type LakarDocument, type NodeLayout, type Relation, type View } from '../../shared/model';
import { childrenByParent } from '../../shared/model/table-index';
import { nestingParent } from '../../shared/routing/scene';
import { listedInSite } from '../../shared/routing/protection';
import { DIRECTION_GLYPH, FLOW_STROKES, relationArrows, relationStroke, type StrokeStyle } from './flowStyle';

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

type EdgeDoc = Pick<LakarDocument, 'elements' | 'relations'>;

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

/** Label position of a flow: towards the end with fewer flows (the hub's labels would pile up). */
export function labelPosition(sourceFlows: number, targetFlows: number): number {
  if (sourceFlows > targetFlows) return 0.7;
  if (targetFlows > sourceFlows) return 0.3;
  return 0.5;
}

interface EdgeEntry {
  rel: Relation;
  handles: string;
  sel: boolean;
  lang: Lang;
  at: number;
  edge: LmvEdge;
}

/** Edits past this many relations, boxes, elements or selected relations walk every relation (a paste, an auto-layout). */
const MOST_EDITS = 256;

/** What the last edges were built from. */
interface EdgeInputs {
  elements: LakarDocument['elements'];
  relations: LakarDocument['relations'];
  view: View;
  nodeCount: number;
  selected: ReadonlySet<string>;
  lang: Lang;
}

/** Builds the edges of one view, reusing unchanged objects between calls (see the module comment). */
export class EdgeBuilder {
  private cache = new Map<string, EdgeEntry>();
  private out: LmvEdge[] = [];
  private last: EdgeInputs | null = null;
  /** Data flows per element on the view (where flow labels sit). */
  private flows = new Map<string, number>();
  /** Index of each edge in `out` (null: made again when asked, after edges were added or taken out). */
  private index: Map<string, number> | null = new Map();
  /** The edges of each element. */
  private relationsOf = new Map<string, string[]>();

  /** Edges of every relation whose two ends are placed on `view`. */
  edges(doc: EdgeDoc, view: View, selected: ReadonlySet<string>, lang: Lang): LmvEdge[] {
    // an edit of elements only (a rename, a new field) leaves every edge as it was: edges carry no
    // element data (their names are read by the edge component), and every command that removes an
    // element also removes its relations and its place on the view
    const last = this.last;
    if (last && last.relations === doc.relations && last.selected === selected && last.lang === lang) {
      if (last.view === view) {
        last.elements = doc.elements;
        return this.out;
      }
      const moved = movedNodes(last.view, last.nodeCount, view);
      if (moved) {
        this.last = { ...last, elements: doc.elements, view };
        return this.edgesOfMoved(doc, view, moved);
      }
    }
    if (last && last.lang === lang) {
      const patched = this.patched(last, doc, view, selected);
      if (patched) return patched;
    }
    return this.whole(doc, view, selected, lang);
  }

  /** Every relation looked at. */
  private whole(doc: EdgeDoc, view: View, selected: ReadonlySet<string>, lang: Lang): LmvEdge[] {
    this.last = { elements: doc.elements, relations: doc.relations, view, nodeCount: boxIds(view.nodes).length, selected, lang };
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
    this.index = new Map();
    this.relationsOf = new Map();
    // data flows come last so they are drawn over the plain relations (no per-edge z-index to compute)
    const ids: string[] = [];
    const flowIds: string[] = [];
    for (const id of doc.relations.ids()) (doc.relations.get(id)!.kind === 'dataFlow' ? flowIds : ids).push(id);
    for (const id of ids.concat(flowIds)) {
      const rel = doc.relations.get(id)!;
      if (!drawnAsLine(doc, view, rel)) continue;
      const entry = this.entryFor(rel, view.nodes[rel.source], view.nodes[rel.target], selected.has(id), lang);
      next.set(id, entry);
      this.index.set(id, out.length);
      this.listUnder(rel, id);
      if (this.out[out.length] !== entry.edge) changed = true;
      out.push(entry.edge);
    }
    this.cache = next;
    if (!changed && out.length === this.out.length) return this.out;
    this.out = out;
    return out;
  }

  /**
   * The last edges with those an edit may change looked at again: the relations it changed, those of
   * the elements and boxes it changed (and of the boxes drawn inside them, which another nesting may
   * show or hide), of elements whose count of flows changed (their labels move), and relations
   * selected or unselected. Null when the edit is too large or the tables cannot tell what changed.
   */
  private patched(last: EdgeInputs, doc: EdgeDoc, view: View, selected: ReadonlySet<string>): LmvEdge[] | null {
    const rels = doc.relations.idsChangedSince(last.relations);
    const elements = doc.elements.idsChangedSince(last.elements);
    let boxes: Set<string> | undefined = new Set();
    if (last.view.nodes !== view.nodes) {
      const was = knownBoxesTable(last.view.nodes);
      const now = knownBoxesTable(view.nodes);
      boxes = was && now ? now.idsChangedSince(was) : undefined;
    }
    if (!rels || !elements || !boxes) return null;
    const toggled = new Set<string>();
    if (selected !== last.selected) {
      if (selected.size + last.selected.size > MOST_EDITS) return null;
      for (const id of selected) if (!last.selected.has(id)) toggled.add(id);
      for (const id of last.selected) if (!selected.has(id)) toggled.add(id);
    }
    if (rels.size + elements.size + boxes.size + toggled.size > MOST_EDITS) return null;
    if (!doc.relations.listingRank() || !last.relations.listingRank()) return null;
    // the elements whose edges may come, go or change: and those drawn inside them (two levels at most)
    const touched = new Set([...elements, ...boxes]);
    for (let depth = 0, level = [...touched]; depth < 2 && level.length; depth++) {
      level = childrenByParent.itemsNaming(doc.elements, level).filter((id) => !touched.has(id));
      for (const id of level) touched.add(id);
    }
    const candidates = new Set([...rels, ...toggled, ...relationsNamingAny(doc.relations, touched)]);
    // a flow added or taken out, or an end put on or off the view, moves the labels of its ends' flows
    const counted = new Set(touched);
    // (a box put on or off the view counts for the other end of each of its flows too)
    for (const rid of relationsNamingAny(doc.relations, boxes)) {
      const r = doc.relations.get(rid)!;
      if (r.kind !== 'dataFlow') continue;
      counted.add(r.source);
      counted.add(r.target);
    }
    for (const id of rels) {
      for (const r of [last.relations.get(id), doc.relations.get(id)]) {
        if (r?.kind !== 'dataFlow') continue;
        counted.add(r.source);
        counted.add(r.target);
      }
    }
    const flowsOf = relationsNaming(doc, counted);
    for (const id of counted) {
      let n = 0;
      const mine: string[] = [];
      for (const rid of flowsOf.get(id) ?? []) {
        const r = doc.relations.get(rid)!;
        if (r.kind !== 'dataFlow' || (r.source !== id && r.target !== id) || !view.nodes[r.source] || !view.nodes[r.target]) continue;
        n += (r.source === id ? 1 : 0) + (r.target === id ? 1 : 0);
        mine.push(rid);
      }
      if (n === (this.flows.get(id) ?? 0)) continue;
      if (n) this.flows.set(id, n);
      else this.flows.delete(id);
      for (const rid of mine) candidates.add(rid);
    }
    // what each candidate's edge is now: the same, another object in its place, gone, or new
    const gone = new Map<string, boolean>();
    const replaced = new Map<string, LmvEdge>();
    const added: LmvEdge[] = [];
    for (const id of candidates) {
      const rel = doc.relations.get(id);
      const had = this.cache.get(id);
      if (!rel || !drawnAsLine(doc, view, rel)) {
        if (had) this.dropEntry(id, gone);
        continue;
      }
      const entry = this.entryFor(rel, view.nodes[rel.source], view.nodes[rel.target], selected.has(id), last.lang);
      if (had && had.edge.data!.isFlow !== entry.edge.data!.isFlow) this.dropEntry(id, gone);
      else if (had && entry === had) continue;
      else if (had) {
        this.cache.set(id, entry);
        replaced.set(id, entry.edge);
        if (had.rel.source !== rel.source || had.rel.target !== rel.target) {
          this.unlist(had.rel, id);
          this.listUnder(rel, id);
        }
        continue;
      }
      this.cache.set(id, entry);
      this.listUnder(rel, id);
      added.push(entry.edge);
    }
    let nodeCount = last.nodeCount;
    for (const id of boxes) nodeCount += Number(hasBox(view.nodes, id)) - Number(hasBox(last.view.nodes, id));
    this.last = { elements: doc.elements, relations: doc.relations, view, nodeCount, selected, lang: last.lang };
    this.out = this.withEdits(last.relations, doc.relations, gone, replaced, added);
    return this.out;
  }

  /**
   * `out` with the edges of `gone` (whether each was a flow) taken out, `replaced` put in place and
   * `added` put where a whole build lists them: plain relations first, then flows, each in the
   * table's order. Places are found by halves, by the older table's order for what was there, the
   * newer's for what comes; nothing looks at every edge but the copy of the list.
   */
  private withEdits(older: LakarDocument['relations'], newer: LakarDocument['relations'], gone: ReadonlyMap<string, boolean>, replaced: ReadonlyMap<string, LmvEdge>, added: LmvEdge[]): LmvEdge[] {
    if (!gone.size && !replaced.size && !added.length) return this.out;
    const out = this.out.slice();
    const was = older.listingRank()!;
    const places: [number, string][] = [];
    for (const [id, isFlow] of gone) places.push([this.placeOf(id, isFlow, was), id]);
    for (const [id, edge] of replaced) out[this.placeOf(id, edge.data!.isFlow, was)] = edge;
    for (const [at] of places.sort((a, b) => b[0] - a[0])) out.splice(at, 1);
    if (gone.size || added.length) this.index = null;
    else if (this.index) return out;
    const rank = newer.listingRank()!;
    const before = (a: LmvEdge, b: LmvEdge) => (a.data!.isFlow !== b.data!.isFlow ? !a.data!.isFlow : rank(a.id) < rank(b.id));
    for (const edge of added.sort((a, b) => (before(a, b) ? -1 : 1))) {
      let lo = 0;
      let hi = out.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (before(out[mid], edge)) lo = mid + 1;
        else hi = mid;
      }
      out.splice(lo, 0, edge);
    }
    return out;
  }

  /** Where the edge of relation `id` is in `out`, by halves on `rank` (the order of the table `out` was made from), else by the index. */
  private placeOf(id: string, isFlow: boolean, rank: (id: string) => number): number {
    const r = rank(id);
    let lo = 0;
    let hi = this.out.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const e = this.out[mid];
      if (e.data!.isFlow !== isFlow ? !e.data!.isFlow : rank(e.id) < r) lo = mid + 1;
      else hi = mid;
    }
    return this.out[lo]?.id === id ? lo : this.indexOf().get(id)!;
  }

  /** Forget the edge of relation `id` (its entry and its ends' lists), noting it in `gone`. */
  private dropEntry(id: string, gone: Map<string, boolean>) {
    const had = this.cache.get(id)!;
    this.unlist(had.rel, id);
    this.cache.delete(id);
    gone.set(id, had.edge.data!.isFlow);
  }

  private listUnder(rel: Relation, id: string) {
    for (const end of [rel.source, rel.target]) {
      const list = this.relationsOf.get(end);
      if (!list) this.relationsOf.set(end, [id]);
      else if (!list.includes(id)) list.push(id);
    }
  }

  private unlist(rel: Relation, id: string) {
    for (const end of [rel.source, rel.target]) {
      const list = this.relationsOf.get(end);
      if (!list) continue;
      const rest = list.filter((r) => r !== id);
      if (rest.length) this.relationsOf.set(end, rest);
      else this.relationsOf.delete(end);
    }
  }

  /** Where each edge is in `out`. */
  private indexOf(): Map<string, number> {
    if (!this.index) {
      this.index = new Map();
      for (let i = 0; i < this.out.length; i++) this.index.set(this.out[i].id, i);
    }
    return this.index;
  }

  /** After a move (same relations, same nodes on the view): only the edges of moved nodes can change. */
  private edgesOfMoved(doc: Pick<LakarDocument, 'relations'>, view: View, moved: string[]): LmvEdge[] {
    let out = this.out;
    const rank = this.index ? undefined : doc.relations.listingRank();
    for (const element of moved) {
      for (const id of this.relationsOf.get(element) ?? []) {
        const at = rank ? this.placeOf(id, this.cache.get(id)!.edge.data!.isFlow, rank) : this.indexOf().get(id)!;
        const rel = doc.relations.get(id)!;
        const entry = this.entryFor(rel, view.nodes[rel.source], view.nodes[rel.target], this.cache.get(id)!.sel, this.cache.get(id)!.lang);
        this.cache.set(id, entry);
        if (entry.edge === out[at]) continue;
        if (out === this.out) out = [...out];
        out[at] = entry.edge;
      }
    }
    this.out = out;
    return out;
  }

  /** The cached edge of `rel`, or a new one when its relation, handles, selection, language or label place changed. */
  private entryFor(rel: Relation, s: NodeLayout, t: NodeLayout, sel: boolean, lang: Lang): EdgeEntry {
    const at = rel.kind === 'dataFlow' ? labelPosition(this.flows.get(rel.source) ?? 0, this.flows.get(rel.target) ?? 0) : 0.5;
    const h = edgeHandles(s, t);
    const handles = h.sourceHandle + h.targetHandle;
    const entry = this.cache.get(rel.id);
    // an edge changes only with its relation, its handles, selection or language: moving a node
    // within its row or renaming an element leaves its edges (and React Flow's connection index) alone
    if (entry && entry.rel === rel && entry.handles === handles && entry.sel === sel && entry.lang === lang && entry.at === at) return entry;
    return { rel, handles, sel, lang, at, edge: makeEdge(rel, s, t, sel, lang, at) };
  }
}

/** The relations of `doc` naming each of `ids` (an end or carried data), from the index that follows the relation table. */
function relationsNaming(doc: EdgeDoc, ids: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rid of relationsNamingAny(doc.relations, ids)) {
    const r = doc.relations.get(rid)!;
    for (const end of new Set([r.source, r.target])) {
      if (!ids.has(end)) continue;
      const list = out.get(end);
      if (list) list.push(rid);
      else out.set(end, [rid]);
    }
  }
  return out;
}

/** Whether `rel` is drawn as a line on `view`: both ends are boxes there, neither drawn inside the other, and it is not listed in a site's box. */
function drawnAsLine(doc: EdgeDoc, view: View, rel: Relation): boolean {
  if (!view.nodes[rel.source] || !view.nodes[rel.target] || !doc.elements.get(rel.source) || !doc.elements.get(rel.target)) return false;
  // a module is drawn inside its application: a line between them would say it twice
  if (holdsOnView(doc, view, rel.source, rel.target) || holdsOnView(doc, view, rel.target, rel.source)) return false;
  // a control protecting a site is listed in the site's box, as on paper (shared/routing/protection.ts)
  return !listedInSite(doc, rel);
}

/**
 * Ids of the nodes whose layout differs between two versions of a view, or null when a node was
 * added or removed (then flow counts and the set of edges may change: the edit is looked at whole).
 */
function movedNodes(before: View, beforeCount: number, after: View): string[] | null {
  // the boxes an edit changed, from the boxes tables (walking 92,000 boxes through a record cost ~0.1–0.2 s)
  const was = knownBoxesTable(before.nodes);
  const now = knownBoxesTable(after.nodes);
  const changed = was && now ? now.idsChangedSince(was) : undefined;
  if (changed) {
    const moved: string[] = [];
    for (const id of changed) {
      if (hasBox(before.nodes, id) !== hasBox(after.nodes, id)) return null;
      if (before.nodes[id] !== after.nodes[id]) moved.push(id);
    }
    return moved;
  }
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

/** True when `outer` is drawn holding `inner` on `view` (its parent, or its parent's parent). */
function holdsOnView(doc: Pick<LakarDocument, 'elements'>, view: View, outer: string, inner: string): boolean {
  const onView = (id: string) => view.nodes[id] !== undefined;
  for (let at = nestingParent(doc, inner, onView), guard = 0; at !== undefined && guard < 4; at = nestingParent(doc, at, onView), guard++) if (at === outer) return true;
  return false;
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
    const markers = relationArrows(rel);
    const text = flowLabel(rel, lang);
    const after = [rel.method && label(lang, 'flowMethod', rel.method), rel.direction && label(lang, 'flowDirection', rel.direction)].filter(Boolean).map((p) => `, ${p}`).join('');
    data = { stroke: FLOW_STROKES[rel.method ?? 'unset'], arrowStart: markers.start, arrowEnd: markers.end, label: text, labelAt, isFlow: true, describe: { before: `${label(lang, 'relation', 'dataFlow')}, `, after } };
  } else {
    data = {
      stroke: relationStroke(rel.kind),
      arrowStart: false,
      arrowEnd: relationArrows(rel).end,
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
