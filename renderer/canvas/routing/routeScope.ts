/**
 * What routing a view reads (its scope), and what of it changed since the routing worker was last
 * sent it: the client posts the view whole once, then only the boxes, elements and relations an edit
 * changed. Why: gathering and posting the whole view of 10,000 elements cost the main thread ~60 ms
 * after every edit (issue 18); an edit's message costs what the edit changed.
 */
import { relationsNamingAny } from '../../../shared/commands/element';
import { boxIds, hasBox, knownBoxesTable } from '../../../shared/model/boxes-record';
import type { Element, LakarDocument, NodeLayout, Relation, Table, View } from '../../../shared/model';
import type { RouteEdit, RouteRequest } from './protocol';

type Scoped = Pick<LakarDocument, 'elements' | 'relations'>;
type Boxes = View['nodes'];

/** Whether routing `nodes` reads `r`: both its ends are boxes, or it protects a box (the site's box lists the control). */
const reaches = (r: Relation, nodes: Boxes) => hasBox(nodes, r.target) && (hasBox(nodes, r.source) || r.kind === 'protects');

/** The elements off the view a relation in scope brings along: the data a flow carries (its label names it), a site's protecting control. */
function broughtBy(r: Relation): readonly string[] {
  if (r.kind === 'dataFlow') return r.dataEntityIds ?? [];
  return r.kind === 'protects' ? [r.source] : [];
}

/** What routing a view reads (`routeScope`). */
export interface RouteScope {
  elements: [string, Element][];
  relations: [string, Relation][];
  brought: Map<string, number>;
}

/**
 * The scope of routing `view`: the elements on it, the relations `reaches` keeps (in document order),
 * and the elements they bring along; also how many relations bring each element, for `SentScope`.
 */
export function routeScope(doc: Scoped, view: Pick<View, 'nodes'>): RouteScope {
  const { elements, relations } = doc;
  const nodes = view.nodes;
  const scoped: [string, Element][] = [];
  for (const id of boxIds(nodes)) {
    const e = elements.get(id);
    if (e) scoped.push([id, e]);
  }
  const between: [string, Relation][] = [];
  const brought = new Map<string, number>();
  const ids = relations.ids();
  const items = relations.values();
  for (let i = 0; i < ids.length; i++) {
    const r = items[i];
    if (!reaches(r, nodes)) continue;
    between.push([ids[i], r]);
    for (const id of broughtBy(r)) brought.set(id, (brought.get(id) ?? 0) + 1);
  }
  for (const id of brought.keys()) {
    const e = hasBox(nodes, id) ? undefined : elements.get(id);
    if (e) scoped.push([id, e]);
  }
  return { elements: scoped, relations: between, brought };
}

/** Edits changing more than this many items of the scope (and more than a quarter of it) go whole. */
const MOST_EDITS = 256;

/**
 * The scope the worker holds: the request it was last sent, and which elements and relations were
 * in scope then. `edit` turns a later request into the message that brings the worker to it.
 */
export class SentScope {
  private constructor(
    private req: RouteRequest,
    private readonly elementIds: Set<string>,
    private readonly relationIds: Set<string>,
    /** Relations in scope bringing each element along (see broughtBy). */
    private readonly brought: Map<string, number>,
    /** The box last in the worker's order (null: not known, after it was taken off). */
    private lastBox: string | null,
  ) {}

  /** The scope of `req`, as sent whole (`scope`: `routeScope` of it, when the caller has it already). */
  static of(req: RouteRequest, scope: RouteScope = routeScope(req.doc, req.view)): SentScope {
    const { elements, relations, brought } = scope;
    const ids = boxIds(req.view.nodes);
    return new SentScope(req, new Set(elements.map((e) => e[0])), new Set(relations.map((r) => r[0])), brought, ids.length ? ids[ids.length - 1] : null);
  }

  /** Id of the request the scope is of. */
  get id(): number {
    return this.req.id;
  }

  /**
   * The edit that turns the scope sent into `req`'s, and the scope is `req`'s from then on; null when
   * `req` has to go whole (another view or language, tables not versions of the ones sent, a large
   * edit, or one the worker could not put in the view's order: see the comments).
   */
  edit(req: RouteRequest): RouteEdit | null {
    const was = this.req;
    if (req.view.id !== was.view.id || req.lang !== was.lang) return null;
    const { elements, relations } = req.doc;
    const nodes = req.view.nodes;
    const changedElements = elements.idsChangedSince(was.doc.elements);
    const changedRelations = relations.idsChangedSince(was.doc.relations);
    let changedBoxes: Set<string> | undefined = new Set();
    let boxTable: Table<NodeLayout> | undefined;
    if (nodes !== was.view.nodes) {
      const before = knownBoxesTable(was.view.nodes);
      boxTable = knownBoxesTable(nodes);
      changedBoxes = before && boxTable ? boxTable.idsChangedSince(before) : undefined;
    }
    if (!changedElements || !changedRelations || !changedBoxes) return null;
    const limit = Math.max(MOST_EDITS, (this.elementIds.size + this.relationIds.size) / 4);
    if (changedBoxes.size > limit) return null;

    // boxes: whether each was there, all read before the newer table (reading two versions of a table in turn moves their shared map back and forth)
    const wasThere = new Map<string, boolean>();
    for (const id of changedBoxes) wasThere.set(id, hasBox(was.view.nodes, id));
    const boxes: [string, NodeLayout | null][] = [];
    const placed: string[] = [];
    const gone: string[] = [];
    for (const [id, there] of wasThere) {
      const node = hasBox(nodes, id) ? nodes[id] : undefined;
      if (node && !there) placed.push(id);
      else if (node) boxes.push([id, node]);
      else if (there) {
        boxes.push([id, null]);
        gone.push(id);
      }
    }
    let lastBox = this.lastBox;
    if (gone.includes(lastBox!)) lastBox = null;
    if (placed.length) {
      // the worker adds new boxes last, as a table does: the view's order must put them after every
      // box it had (not so when an earlier version of the view comes back), or it goes whole
      const inOrder = boxTable!.inListingOrder(placed);
      if (lastBox === null || boxTable!.inListingOrder([inOrder[0], lastBox])[0] !== lastBox) return null;
      for (const id of inOrder) boxes.push([id, nodes[id]]);
      lastBox = inOrder[inOrder.length - 1];
    }

    // the older versions of changed relations in scope, read before the newer table (as the boxes above)
    const before = new Map<string, Relation>();
    for (const id of changedRelations) {
      const old = this.relationIds.has(id) ? was.doc.relations.get(id) : undefined;
      if (old) before.set(id, old);
    }
    // relations that may come into scope, change or leave it: the changed ones, and those naming a box placed or gone
    const candidates = new Set(changedRelations);
    if (placed.length || gone.length) for (const id of relationsNamingAny(relations, [...placed, ...gone])) candidates.add(id);
    const relationChanges: [string, Relation | null][] = [];
    const broughtChange = new Map<string, number>();
    const bring = (r: Relation, by: number) => {
      for (const id of broughtBy(r)) broughtChange.set(id, (broughtChange.get(id) ?? 0) + by);
    };
    for (const id of candidates) {
      const inScope = this.relationIds.has(id);
      const r = relations.get(id);
      const now = r !== undefined && reaches(r, nodes);
      // an unchanged relation is the same object in both tables
      if (inScope && (!now || changedRelations.has(id))) bring(before.get(id) ?? r!, -1);
      // a site lists its controls in the order of their relations in the table, and the worker's
      // table has a relation that came back into scope last: a relation becoming one of a site's
      // (coming in, or in scope and made 'protects' from another kind) goes whole
      if (now && r.kind === 'protects' && (!inScope || (before.get(id) ?? r).kind !== 'protects')) return null;
      if (now && (!inScope || changedRelations.has(id))) {
        relationChanges.push([id, r]);
        bring(r, 1);
      } else if (!now && inScope) relationChanges.push([id, null]);
    }

    // elements: the changed ones, those of boxes placed or gone, and those brought along or no longer
    const elementCandidates = new Set(changedElements);
    for (const id of placed) elementCandidates.add(id);
    for (const id of gone) elementCandidates.add(id);
    for (const [id, by] of broughtChange) if (by !== 0) elementCandidates.add(id);
    const elementChanges: [string, Element | null][] = [];
    for (const id of elementCandidates) {
      const inScope = this.elementIds.has(id);
      const e = elements.get(id);
      const now = e !== undefined && (hasBox(nodes, id) || (this.brought.get(id) ?? 0) + (broughtChange.get(id) ?? 0) > 0);
      if (now && (!inScope || changedElements.has(id))) elementChanges.push([id, e]);
      else if (!now && inScope) elementChanges.push([id, null]);
    }
    if (boxes.length + relationChanges.length + elementChanges.length > limit) return null;

    // the worker will hold `req`'s scope
    for (const [id, r] of relationChanges) {
      if (r) this.relationIds.add(id);
      else this.relationIds.delete(id);
    }
    for (const [id, e] of elementChanges) {
      if (e) this.elementIds.add(id);
      else this.elementIds.delete(id);
    }
    for (const [id, by] of broughtChange) {
      const n = (this.brought.get(id) ?? 0) + by;
      if (n > 0) this.brought.set(id, n);
      else this.brought.delete(id);
    }
    this.lastBox = lastBox;
    this.req = req;
    const { nodes: _boxes, hidden: _hidden, ...view } = req.view;
    return { view, boxes, elements: elementChanges, relations: relationChanges };
  }
}

