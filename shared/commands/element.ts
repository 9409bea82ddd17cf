/** Commands on elements: add, update, remove, move, and add-many (paste/duplicate/import). */
import { boxIds } from '../model/boxes-record';
import { z } from 'zod';
import { bandOf } from '../model/kinds';
import { clampToBand, defaultSlot, NODE_HEIGHT, NODE_WIDTH } from '../model/bands';
import { idSchema, elementSchema, nodeLayoutSchema, relationSchema, type Element, type LakarDocument, type NodeLayout, type Relation } from '../model/schema';
import { CommandError, defineCommand, type CommandDraft } from './registry';
import { checkEditFormats, validOrThrow } from './validate';
import { clampNodeX } from '../layout/slots';
import { unhide } from './view';
import { keepTrusted, keepTrustedWithout, normalizeTrees, normalizeView, normalizeViewsShowing, originalOf, rememberNormalised, storeAsDrawn } from './normalize';
import { CHILD_WIDTH, headWidth, textHeight } from '../routing/scene';
import { childrenByParent, TableIndex } from '../model/table-index';
import { BANDS } from '../model/vocabulary';
import { boxesPerBand, countAdded } from './band-counts';
import { redrawSites, siteListing } from './protected-sites';
import { sameData } from '../model/parse-reusing';

const idList = z.array(idSchema).min(1).max(100_000);


/**
 * Place `element` on `viewId`, at `at` or in the next free slot of its band, clamped into the band
 * (right of its label); gives the stored position. `inBand` counts the boxes of its band, by
 * default on the view as the command has it.
 */
function placeNode(draft: CommandDraft, viewId: string, element: Element, at?: { x: number; y: number }, inBand?: () => number): NodeLayout {
  const view = draft.views[viewId];
  if (!view) throw new CommandError('view.notFound', [{ params: { id: viewId } }]);
  const band = bandOf(element.kind);
  const count = () =>
    boxIds(view.nodes).filter((id) => {
      const e = draft.elements.get(id);
      return e && bandOf(e.kind) === band;
    }).length;
  const pos = at ?? defaultSlot(view, band, (inBand ?? count)());
  const layout = { x: clampNodeX(pos.x), y: clampToBand(view, band, pos.y, NODE_HEIGHT) };
  view.nodes[element.id] = layout;
  unhide(view, [element.id]);
  return layout;
}

export const addElement = defineCommand({
  id: 'element.add',
  labelKey: 'command.element.add',
  args: z.object({
    element: z.unknown(),
    viewId: idSchema.optional(),
    position: z.object({ x: z.number().finite(), y: z.number().finite() }).optional(),
  }),
  run(draft, { element, viewId, position }) {
    const el = validOrThrow(elementSchema, element, 'element.invalid');
    if (draft.elements.get(el.id)) throw new CommandError('element.duplicateId', [{ params: { id: el.id } }]);
    draft.elements.set(el.id, el);
    if (viewId) {
      // the view stored as drawn first (a view never normalised, e.g. imported): the box goes where it is drawn
      const before = storeAsDrawn(draft, viewId);
      // the boxes of its band, counted only for a free slot, on the view before the command (the
      // counts are remembered: adding boxes one after another counts once)
      const inBand = before && (() => boxesPerBand(before.view.nodes, before.elements)[BANDS.indexOf(bandOf(el.kind))]);
      const layout = placeNode(draft, viewId, el, position, inBand);
      if (before) countAdded(draft, viewId, before, el);
      // only the new box's tree is drawn again (its parent's, when it goes in one)
      if (!before || normalizeTrees(draft, viewId, before.view, draft.elements.current(), new Map([[el.id, layout]])) === undefined) normalizeView(draft, viewId);
      rememberNormalised(draft, viewId);
    }
    // a new element is on no other view
    keepTrustedWithout(draft, [el.id]);
  },
});

export const updateElement = defineCommand({
  id: 'element.update',
  labelKey: 'command.element.update',
  args: z.object({ id: idSchema, patch: z.record(z.string(), z.unknown()) }),
  run(draft, { id, patch }) {
    const current = draft.elements.get(id);
    if (!current) throw new CommandError('element.notFound', [{ params: { id } }]);
    const before = { name: current.name };
    if ('kind' in patch && patch.kind !== current.kind) throw new CommandError('element.kindImmutable');
    if ('id' in patch && patch.id !== id) throw new CommandError('element.idImmutable');
    const merged: Record<string, unknown> = { ...current, ...patch };
    // undefined in a patch means "clear this field"
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete merged[k];
    const next = checkEditFormats(validOrThrow(elementSchema, merged, 'element.invalid'), 'element.invalid', Object.keys(patch));
    // the same values (a parent or hardware list given again): nothing to redraw either (see TableDraft.set)
    if (sameData(next, current)) return;
    draft.elements.set(id, next);
    // a new parent or hardware list, or a name on more lines, can change the size of boxes on the views
    // showing it: at a box's own width (a child's, or one widened to fit its children's names), not
    // only the default; a rename seen as keeping the size made the view untrusted, and the next edit
    // of a 92,000-box view drew all of it again (~0.6 s) instead of one tree
    const updated = draft.elements.get(id)!;
    const keepsSize = (w: number) => textHeight(updated, w) === textHeight({ ...updated, name: String(before.name) } as Element, w);
    // a parent is as wide as its name on one line needs (its head): a rename keeping the lines can widen it
    const headChanges = () => headWidth(String(updated.name)) !== headWidth(String(before.name)) && childrenByParent.itemsNaming(draft.elements.original(), [id]).length > 0;
    const resized =
      'parentId' in patch ||
      'hardware' in patch ||
      ('name' in patch && headChanges()) ||
      ('name' in patch &&
        (!keepsSize(NODE_WIDTH) ||
          Object.keys(draft.views).some((viewId) => {
            // read from the view as it was: reading a node through the draft copies every node
            const node = originalOf(draft, viewId)?.view.nodes[id];
            return node !== undefined && !(keepsSize(CHILD_WIDTH) && keepsSize(node.w ?? NODE_WIDTH));
          })));
    const parents = [merged.parentId, (current as { parentId?: unknown }).parentId].filter((p): p is string => typeof p === 'string');
    // a control's name is listed in the boxes of the sites it protects (shared/routing/protection.ts)
    const relisted = updated.kind === 'securityControl' && updated.name !== before.name ? sitesProtectedBy(draft, id) : [];
    const redrawn = [...(resized ? [id, ...parents] : []), ...relisted];
    if (redrawn.length) normalizeViewsShowing(draft, redrawn);
    // views stored as drawn stay so (and the next move there draws only what it moves): the ones just
    // normalised, and the others, whose boxes keep their size
    for (const [viewId, view] of Object.entries(draft.views)) {
      if (redrawn.some((n) => n in view.nodes)) rememberNormalised(draft, viewId);
      else keepTrusted(draft, viewId);
    }
  },
});

export const removeElements = defineCommand({
  id: 'element.remove',
  labelKey: 'command.element.remove',
  shortcut: 'Delete',
  args: z.object({ ids: idList }),
  run(draft, { ids }) {
    const gone = new Set(ids);
    for (const id of ids) draft.elements.delete(id);
    // the relations touching what goes, found from an index rather than by walking every relation
    // (./table-index.ts: removing one element of a 100,000-element project walked 160,000)
    const relations = draft.relations.current();
    const elements = draft.elements.original();
    // sites that stay, protected by a control that goes: their boxes list one control fewer
    const relisted = new Set<string>();
    for (const rid of relationsNaming.itemsNaming(relations, gone)) {
      const r = relations.get(rid)!;
      if (gone.has(r.source) || gone.has(r.target)) {
        draft.relations.delete(rid);
        const site = siteListing(elements, r);
        if (site !== undefined && !gone.has(site)) relisted.add(site);
      } else if (r.kind === 'dataFlow') keepDataThatStays(draft, rid, r, gone);
    }
    // children of a removed parent stand on their own; children removed with it stay removed
    const freed: string[] = [];
    for (const id of childrenByParent.itemsNaming(elements, gone)) {
      const e = draft.elements.get(id);
      if (!e || gone.has(id) || !(e.kind === 'module' || e.kind === 'appService') || !e.parentId || !gone.has(e.parentId)) continue;
      const { parentId: _removed, ...standalone } = e;
      draft.elements.set(id, standalone);
      freed.push(id);
    }
    for (const [viewId, view] of Object.entries(draft.views)) {
      const shown = ids.filter((id) => id in view.nodes);
      if (view.hidden?.some((id) => gone.has(id))) unhide(view, ids);
      const lists = [...relisted].filter((id) => id in view.nodes);
      if (!shown.length && !lists.length) continue;
      // a view never normalised is stored as drawn first; a parent that lost its children shrinks,
      // children of a removed parent stand on their own: only those trees are drawn again
      const before = storeAsDrawn(draft, viewId);
      for (const id of shown) delete view.nodes[id];
      const off = new Map(shown.map((id) => [id, undefined]));
      if (!before || normalizeTrees(draft, viewId, before.view, draft.elements.current(), off, [...parentsOf(elements, shown), ...freed, ...lists]) === undefined) {
        normalizeView(draft, viewId);
      }
      rememberNormalised(draft, viewId);
    }
    // the other views stored as drawn stay so (the next move there then draws only what it moves):
    // they show none of what goes, so a child freed there was drawn on its own already
    keepTrustedWithout(draft, [...ids, ...relisted]);
  },
});

/** The sites that control `id` protects, in `draft` as the command has it so far. */
function sitesProtectedBy(draft: CommandDraft, id: string): string[] {
  const relations = draft.relations.current();
  const elements = draft.elements.current();
  const sites = relationsNaming.itemsNaming(relations, [id]).map((rid) => relations.get(rid)!).filter((r) => r.source === id).map((r) => siteListing(elements, r));
  return [...new Set(sites.filter((s): s is string => s !== undefined))];
}

/** The parents and grandparents of `ids` in `elements` (a box taken out of one leaves it smaller). */
function parentsOf(elements: LakarDocument['elements'], ids: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const parent = (elements.get(id) as { parentId?: string } | undefined)?.parentId;
    if (!parent) continue;
    out.push(parent);
    const grandparent = (elements.get(parent) as { parentId?: string } | undefined)?.parentId;
    if (grandparent) out.push(grandparent);
  }
  return out;
}

/** Ids of the relations of `relations` naming any of `ids` (an end, or data carried), in table order, from the index. */
export function relationsNamingAny(relations: LakarDocument['relations'], ids: Iterable<string>): string[] {
  return relationsNaming.itemsNaming(relations, ids);
}

/** The elements (ends) and data entities (carried, either way) each relation names. */
const relationsNaming = new TableIndex<Relation>((r) => {
  if (r.kind !== 'dataFlow' || (!r.dataEntityIds?.length && !r.reverse?.dataEntityIds?.length)) return [r.source, r.target];
  return [r.source, r.target, ...(r.dataEntityIds ?? []), ...(r.reverse?.dataEntityIds ?? [])];
});

/**
 * Get `doc` (just opened) ready for its first removal, in idle time: the indexes a removal asks and
 * the tables' order numbers it needs (~640 ms at 100,000 elements when the first removal made them).
 * Works while `more()` says there is time left, a part at a time; true once all is ready (call again
 * in the next idle time while false). Changes nothing a reader of the document sees.
 */
export function prepareRemovals(doc: LakarDocument, more: () => boolean = () => true): boolean {
  // every call does some work (the first part of what is left), then goes on while there is time
  let worked = false;
  const go = () => !worked || more();
  const steps: [ready: () => boolean, work: () => boolean][] = [
    [() => relationsNaming.readyFor(doc.relations), () => relationsNaming.prepare(doc.relations, more)],
    [() => childrenByParent.readyFor(doc.elements), () => childrenByParent.prepare(doc.elements, more)],
    [() => doc.elements.orderReady(), () => doc.elements.prepareOrder(more)],
    [() => doc.relations.orderReady(), () => doc.relations.prepareOrder(more)],
  ];
  for (const [ready, work] of steps) {
    if (ready()) continue;
    if (!go()) return false;
    worked = true;
    if (!work()) return false;
  }
  return true;
}

/** Flow `r` (under `id`) keeps carrying the data entities that stay after `gone` are removed. */
function keepDataThatStays(draft: CommandDraft, id: string, r: Extract<Relation, { kind: 'dataFlow' }>, gone: ReadonlySet<string>) {
  const keep = (ids: string[] | undefined) => (ids?.some((d) => gone.has(d)) ? ids.filter((d) => !gone.has(d)) : ids);
  const dataEntityIds = keep(r.dataEntityIds);
  const reverseIds = keep(r.reverse?.dataEntityIds);
  if (dataEntityIds === r.dataEntityIds && reverseIds === r.reverse?.dataEntityIds) return;
  const next = { ...r };
  if (dataEntityIds !== r.dataEntityIds) next.dataEntityIds = dataEntityIds;
  if (r.reverse && reverseIds !== r.reverse.dataEntityIds) next.reverse = { ...r.reverse, dataEntityIds: reverseIds };
  draft.relations.set(id, next);
}

export const moveElements = defineCommand({
  id: 'element.move',
  labelKey: 'command.element.move',
  args: z.object({
    viewId: idSchema,
    moves: z.array(z.object({ id: idSchema, x: z.number().finite(), y: z.number().finite(), w: z.number().positive().optional(), h: z.number().positive().optional() })).min(1),
  }),
  run(draft, { viewId, moves }) {
    const view = draft.views[viewId];
    if (!view) throw new CommandError('view.notFound', [{ params: { id: viewId } }]);
    // the canvas moves boxes where it draws them: a view never normalised (e.g. a file written by
    // another tool) is stored as drawn first; then only the moved boxes' trees are drawn again
    const before = storeAsDrawn(draft, viewId)!;
    const moved = new Map<string, NodeLayout>();
    for (const m of moves) {
      const next = movedLayout(draft, viewId, m, moved.get(m.id) ?? before.view.nodes[m.id]);
      view.nodes[m.id] = next;
      moved.set(m.id, next);
    }
    if (normalizeTrees(draft, viewId, before.view, before.elements, moved) === undefined) {
      // a band grows by what the stored positions cannot tell exactly (not whole numbers): the whole view
      const nodes = { ...before.view.nodes };
      for (const [id, layout] of moved) nodes[id] = layout;
      normalizeView(draft, viewId, { view: { ...before.view, nodes }, elements: before.elements });
    }
    rememberNormalised(draft, viewId);
  },
});

/** Where move `m` puts its box (stored at `prev` before it): clamped into the view and its band. */
function movedLayout(draft: CommandDraft, viewId: string, m: { id: string; x: number; y: number; w?: number; h?: number }, prev: NodeLayout | undefined): NodeLayout {
  const el = draft.elements.get(m.id);
  if (!el) throw new CommandError('element.notFound', [{ params: { id: m.id } }]);
  const h = m.h ?? prev?.h ?? NODE_HEIGHT;
  const next = { ...prev, x: clampNodeX(m.x), y: clampToBand(draft.views[viewId]!, bandOf(el.kind), m.y, h) };
  if (m.w !== undefined) next.w = m.w;
  if (m.h !== undefined) next.h = m.h;
  return next;
}

export const addMany = defineCommand({
  id: 'element.addMany',
  labelKey: 'command.element.addMany',
  args: z.object({
    elements: z.array(z.unknown()).max(200_000),
    relations: z.array(z.unknown()).max(400_000).default([]),
    viewId: idSchema.optional(),
    nodes: z.record(idSchema, nodeLayoutSchema).optional(),
  }),
  run(draft, { elements, relations, viewId, nodes }) {
    // a view never normalised is stored as drawn first: the boxes go where they are drawn
    const before = viewId && draft.views[viewId] ? storeAsDrawn(draft, viewId) : undefined;
    // the boxes placed, and how many went into each band (the next free slot counts them too)
    const placed = new Map<string, NodeLayout>();
    const addedPerBand = BANDS.map(() => 0);
    const added: string[] = [];
    for (const raw of elements) {
      const el = validOrThrow(elementSchema, raw, 'element.invalid');
      if (draft.elements.get(el.id)) throw new CommandError('element.duplicateId', [{ params: { id: el.id } }]);
      draft.elements.set(el.id, el);
      added.push(el.id);
      if (viewId) {
        const at = nodes?.[el.id];
        const band = BANDS.indexOf(bandOf(el.kind));
        const inBand = before && (() => boxesPerBand(before.view.nodes, before.elements)[band] + addedPerBand[band]);
        const layout = placeNode(draft, viewId, el, at, inBand);
        placed.set(el.id, at?.w !== undefined || at?.h !== undefined ? { ...layout, w: at.w, h: at.h } : layout);
        if (at?.w !== undefined || at?.h !== undefined) draft.views[viewId].nodes[el.id] = placed.get(el.id)!;
        addedPerBand[band]++;
      }
    }
    // the relations before the boxes are drawn: a pasted site lists the pasted controls protecting it
    const relisted = new Set<string>();
    for (const raw of relations) {
      const rel = validOrThrow(relationSchema, raw, 'relation.invalid');
      if (!draft.elements.get(rel.source) || !draft.elements.get(rel.target)) throw new CommandError('relation.danglingEnd', [{ params: { id: rel.id } }]);
      if (draft.relations.get(rel.id)) throw new CommandError('relation.duplicateId', [{ params: { id: rel.id } }]);
      draft.relations.set(rel.id, rel);
      const site = siteListing(draft.elements.current(), rel);
      if (site !== undefined && draft.elements.original().get(site)) relisted.add(site);
    }
    // sites there before, now protected by a new control (a paste names only what it copies: from a script)
    const sites = [...relisted];
    if (viewId && draft.views[viewId]) {
      // a view stored as drawn draws again only the trees of the boxes placed (a paste of a few boxes
      // into a large view), and moves the bands below down when one grows
      if (!before || normalizeTrees(draft, viewId, before.view, draft.elements.current(), placed, sites) === undefined) normalizeView(draft, viewId);
      rememberNormalised(draft, viewId);
    }
    redrawSites(draft, sites, viewId);
    // new elements are on no other view
    keepTrustedWithout(draft, [...added, ...sites]);
  },
});
