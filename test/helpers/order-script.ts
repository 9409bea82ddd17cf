/**
 * Random scripts of what a user does between saves to the order of a project's lists — adds,
 * removals, boxes hidden and placed again, items pasted back with their own ids, a view removed and
 * added again, undos and redos — with saves, reopenings and crashes (the recovery journal replayed)
 * in between, for the storage editions' tests that a project reopens listing elements, relations,
 * views and boxes in the order the screen (the editor's document) listed them.
 */
import fc from 'fast-check';
import type { Patch } from 'immer';
import { expect } from 'vitest';
import { executeCommand } from '../../shared/commands';
import { applyDocumentPatches, type Element, type LakarDocument, type Relation, type View } from '../../shared/model';
import { makeDocument, makeElement, makeRelation } from './factories';

/** What a user sees the order of: elements, relations, views and each view's boxes. */
export function orderOf(doc: LakarDocument) {
  return {
    elements: doc.elements.ids(),
    relations: doc.relations.ids(),
    views: Object.keys(doc.views),
    boxes: Object.fromEntries(Object.entries(doc.views).map(([id, v]) => [id, Object.keys(v.nodes)])),
  };
}

/** Elements made in an order unlike their ids' (z, m, a …), relations likewise, and a second view. */
export function unorderedStart(): LakarDocument {
  const ids = ['el_z', 'el_m', 'el_a', 'el_q', 'el_c', 'el_b'];
  const doc = makeDocument(
    ids.map((id) => makeElement('application', { id, name: id })),
    [makeRelation('dataFlow', 'el_z', 'el_m', { id: 'rel_y' }), makeRelation('dataFlow', 'el_m', 'el_a', { id: 'rel_b' }), makeRelation('dataFlow', 'el_a', 'el_q', { id: 'rel_k' })],
  );
  const main = doc.views.view_main;
  doc.views = { view_main: main, view_b: { ...main, id: 'view_b', name: 'Kedua', order: 1, nodes: { el_q: main.nodes.el_q, el_z: main.nodes.el_z } } };
  return doc;
}

/** One storage edition, with a project open that holds the script's starting document, saved. */
export interface OrderEdition {
  /** Send one batch of patches (a command's, an undo's or a redo's) to the open project. */
  apply(patches: Patch[]): Promise<void>;
  save(): Promise<void>;
  /** Save, close, open again: the document read back. */
  reopen(): Promise<LakarDocument>;
  /** Gone without saving (a crash), opened again with the recovered edits accepted: that document. */
  crash(): Promise<LakarDocument>;
}

const KINDS = ['add', 'remove', 'hide', 'hide', 'place', 'place', 'paste', 'relink', 'dropView', 'restoreView', 'undo', 'undo', 'redo', 'save', 'reopen', 'crash'] as const;

/** A step of a script: what to do, and a number choosing what to do it to. */
export const orderStep = fc.record({ kind: fc.constantFrom(...KINDS), n: fc.nat(1000) });
export type OrderStep = { kind: (typeof KINDS)[number]; n: number };

/**
 * Run `steps` on `edition` (its project holding `start`, saved), checking after every reopening and
 * crash, and once more at the end (saved and reopened), that the project lists what the editor's
 * document does, in its order.
 */
export async function runOrderScript(edition: OrderEdition, start: LakarDocument, steps: readonly OrderStep[]): Promise<void> {
  let doc = start;
  type Entry = { forward: Patch[]; inverse: Patch[] };
  const done: Entry[] = [];
  const undone: Entry[] = [];
  // what was removed, to be pasted back with the same ids (a merge or a paste of a cut)
  const goneElements = new Map<string, Element>();
  const goneRelations = new Map<string, Relation>();
  const goneViews = new Map<string, View>();
  let made = 0;
  const remember = (before: LakarDocument, after: LakarDocument) => {
    for (const id of before.elements.ids()) if (!after.elements.has(id)) goneElements.set(id, before.elements.get(id)!);
    for (const id of before.relations.ids()) if (!after.relations.has(id)) goneRelations.set(id, before.relations.get(id)!);
    for (const id of Object.keys(before.views)) if (!after.views[id]) goneViews.set(id, before.views[id]);
  };
  const send = async (patches: Patch[]) => {
    await edition.apply(patches);
    const after = applyDocumentPatches(doc, patches);
    remember(doc, after);
    doc = after;
  };
  const command = async (name: string, args: unknown) => {
    let r;
    try {
      r = executeCommand(doc, name, args);
    } catch {
      return; // refused for this document (a relation whose end is gone, say): a user sees a message
    }
    await edition.apply(r.patches);
    remember(doc, r.doc);
    doc = r.doc;
    done.push({ forward: r.patches, inverse: r.inversePatches });
    undone.length = 0;
  };
  const readBack = (back: LakarDocument, what: string) => {
    expect(orderOf(back), what).toEqual(orderOf(doc));
    // the editor's history starts afresh with the document opened
    [doc, done.length, undone.length] = [back, 0, 0];
  };
  for (const { kind, n } of steps) {
    const ids = doc.elements.ids();
    const views = Object.keys(doc.views);
    const viewId = views[n % views.length];
    const boxes = Object.keys(doc.views[viewId].nodes);
    const some = <T>(list: readonly T[], most: number) => list.slice(n % list.length, (n % list.length) + 1 + (n % most));
    const pick = <T>(list: readonly T[]) => list[n % list.length];
    if (kind === 'add') await command('element.add', { element: makeElement('application', { id: `el_n${made++}`, name: 'Baharu' }), viewId });
    else if (kind === 'remove' && ids.length) await command('element.remove', { ids: some(ids, 3) });
    else if (kind === 'hide' && boxes.length) await command('view.hideElements', { viewId, ids: some(boxes, 2) });
    else if (kind === 'place') {
      const hidden = ids.filter((id) => !boxes.includes(id));
      if (hidden.length) await command('view.layout', { viewId, nodes: { [pick(hidden)]: { x: 40 + (n % 300), y: 40 } } });
    } else if (kind === 'paste') {
      const back = [...goneElements.values()].filter((e) => !doc.elements.has(e.id));
      const elements = back.length ? some(back, 2) : [];
      const pasted = new Set([...elements.map((e) => e.id), ...doc.elements.ids()]);
      const relations = [...goneRelations.values()].filter((r) => !doc.relations.has(r.id) && pasted.has(r.source) && pasted.has(r.target));
      if (elements.length) await command('element.addMany', { elements, relations, viewId });
    } else if (kind === 'relink') {
      const back = [...goneRelations.values()].filter((r) => !doc.relations.has(r.id) && doc.elements.has(r.source) && doc.elements.has(r.target));
      if (back.length) await command('relation.add', { relation: pick(back) });
    } else if (kind === 'dropView' && views.length > 1) await command('view.remove', { id: viewId });
    else if (kind === 'restoreView') {
      const back = [...goneViews.values()].filter((v) => !doc.views[v.id]);
      if (back.length) {
        const view = pick(back);
        const nodes = Object.fromEntries(Object.entries(view.nodes).filter(([id]) => doc.elements.has(id)));
        const { hidden: _hidden, ...rest } = view;
        await command('view.add', { view: { ...rest, nodes } });
      }
    } else if (kind === 'undo' && done.length) {
      const last = done.pop()!;
      await send(last.inverse);
      undone.push(last);
    } else if (kind === 'redo' && undone.length) {
      const last = undone.pop()!;
      await send(last.forward);
      done.push(last);
    } else if (kind === 'save') await edition.save();
    else if (kind === 'reopen') readBack(await edition.reopen(), 'saved and opened again');
    else if (kind === 'crash') readBack(await edition.crash(), 'the recovery journal replayed');
  }
  readBack(await edition.reopen(), 'saved at the end and opened again');
}

/** The repro of the reported bug: in a view listing boxes [el_z, el_m, el_a], el_z is hidden, then placed again: it is listed last. */
export function hiddenAndPlacedAgain(): { start: LakarDocument; steps: [string, unknown][]; boxesAfter: string[] } {
  const start = makeDocument(['el_z', 'el_m', 'el_a'].map((id) => makeElement('application', { id, name: id })));
  return {
    start,
    steps: [
      ['view.hideElements', { viewId: 'view_main', ids: ['el_z'] }],
      ['view.layout', { viewId: 'view_main', nodes: { el_z: { x: 40, y: 40 } } }],
    ],
    boxesAfter: ['el_m', 'el_a', 'el_z'],
  };
}
