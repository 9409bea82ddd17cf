/**
 * Moving boxes in a view stored as drawn draws again only the moved boxes' trees (normalize.ts
 * `normalizeMoved`): the stored view and the patches must be what a normalisation of the whole view
 * gives — children following their parent or reordered in it, bands that grow, boxes dropped outside
 * their band, boxes resized, renames between moves.
 */
import { describe, expect, it } from 'vitest';
import type { Patch } from 'immer';
import { dispatch, executeCommand, initialState, redo, undo, type EditorState } from './index';
import { fromDocumentData, toDocumentData, type LakarDocument } from '../model';
import { bandLayout } from '../model/bands';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { makeDocument, makeElement } from '../../test/helpers/factories';
import { knownNormalised } from './normalize';
import { NODE_WIDTH } from '../model/bands';
import { CHILD_WIDTH, textHeight } from '../routing/scene';

/** The same document made of new objects: nothing remembered about it applies, so a move normalises the whole view. */
const freshCopy = (doc: LakarDocument): LakarDocument => fromDocumentData(JSON.parse(JSON.stringify(toDocumentData(doc)))) as LakarDocument;

const byPath = (patches: Patch[]) => [...patches].sort((a, b) => (a.path.join('/') < b.path.join('/') ? -1 : 1));

/** Run `id` on `doc` and on a fresh copy of it; both must store the same and give the same patches. */
function sameAsWholeView(doc: LakarDocument, id: string, args: unknown, what: string): LakarDocument {
  const incremental = executeCommand(doc, id, args);
  const whole = executeCommand(freshCopy(doc), id, args);
  expect(incremental.doc.views, what).toEqual(whole.doc.views);
  expect(byPath(incremental.patches), what).toEqual(byPath(whole.patches));
  expect(byPath(incremental.inversePatches), what).toEqual(byPath(whole.inversePatches));
  return incremental.doc;
}

const NESTED = new Set(['application', 'module', 'appService']);

describe('moving boxes in a view stored as drawn', () => {
  for (const seed of [1, 2, 3]) {
    it(`stores what a normalisation of the whole view gives (varied model, seed ${seed})`, () => {
      let doc = freshCopy(makeVariedDocument(600, seed));
      let s = seed * 7919;
      const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
      const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
      const viewIds = Object.keys(doc.views);
      let grew = 0;
      let inPlace = 0;
      let reordered = 0;
      let renamed = false;
      let trustedAfterRename = 0;
      for (let step = 0; step < 120; step++) {
        const viewId = viewIds[step % viewIds.length];
        const view = doc.views[viewId];
        const ids = Object.keys(view.nodes).filter((n) => doc.elements.get(n));
        const nested = ids.filter((n) => NESTED.has(doc.elements.get(n)!.kind));
        if (rand() < 0.05) {
          // a new box between moves: a module in an application on the view, or an application on another view
          // into any application: a fifth child starts a second row, which a whole-view normalisation
          // keeps as it is (children in the order they are laid out, row by row)
          const apps = ids.filter((n) => doc.elements.get(n)!.kind === 'application');
          const inApp = rand() < 0.5;
          const element = inApp ? makeElement('module', { id: `new_${step}`, parentId: pick(apps) }) : makeElement('application', { id: `new_${step}` });
          const onto = inApp ? viewId : viewIds[(step + 1) % viewIds.length];
          doc = sameAsWholeView(doc, 'element.add', { element, viewId: onto, position: { x: 400 + rand() * 3000, y: view.nodes[pick(ids)].y } }, `step ${step}: add`);
          renamed = true;
          continue;
        }
        if (rand() < 0.03) {
          // a removal between moves: an application (its modules stand on their own) or any box; the
          // views stored as drawn that show none of it stay trusted
          const id = rand() < 0.5 ? pick(ids.filter((n) => doc.elements.get(n)!.kind === 'application')) : pick(ids);
          if (id) doc = sameAsWholeView(doc, 'element.remove', { ids: [id] }, `step ${step}: remove ${id}`);
          renamed = true;
          continue;
        }
        if (rand() < 0.1) {
          // a rename between moves: the elements change; the view stays trusted only if it is still stored as drawn
          const target = pick(nested);
          const name = rand() < 0.5 ? 'x' : 'sistem pengurusan maklumat bersepadu permohonan lesen pekerja';
          const modules = ids.filter((n) => doc.elements.get(n)!.kind === 'module');
          const apps = ids.filter((n) => doc.elements.get(n)!.kind === 'application');
          // or a module taken to another application (or out of its own) on the view
          const [id, patch] = rand() < 0.3 && modules.length && apps.length ? [pick(modules), { parentId: rand() < 0.8 ? pick(apps) : undefined }] : [target, { name }];
          try {
            doc = sameAsWholeView(doc, 'element.update', { id, patch }, `step ${step}: update ${id} ${JSON.stringify(patch)}`);
          } catch (e) {
            if (!(e instanceof Error && e.name === 'CommandError')) throw e;
          }
          renamed = true;
          continue;
        }
        const count = rand() < 0.8 ? 1 : 2 + Math.floor(rand() * 3);
        const moves = Array.from({ length: count }, () => {
          const id = rand() < 0.6 ? pick(nested) : pick(ids);
          const p = view.nodes[id];
          const band = bandLayout(view)[Math.floor(rand() * 7)];
          const r = rand();
          // small drags, drops at the foot of the band (clamped to it by the box's stored height: a
          // parent or a long name is taller, and the band grows), into another band (clamped back), resizes
          const y = r < 0.6 ? p.y + Math.round((rand() - 0.5) * 60) : r < 0.8 ? 1e6 : band.top + rand() * band.height;
          const move: { id: string; x: number; y: number; w?: number; h?: number } = { id, x: p.x + Math.round((rand() - 0.5) * 400), y };
          if (rand() < 0.1) move.h = 40 + Math.round(rand() * 200);
          if (rand() < 0.1) move.w = 120 + Math.round(rand() * 200);
          return move;
        });
        const trusted = knownNormalised(view, doc.elements);
        if (trusted && renamed) trustedAfterRename++;
        renamed = false;
        const before = doc;
        doc = sameAsWholeView(doc, 'element.move', { viewId, moves }, `step ${step}: ${JSON.stringify(moves)}`);
        // after a move the view is known to be stored as drawn: the next move draws only what it touches
        expect(knownNormalised(doc.views[viewId], doc.elements)).toBe(true);
        if (!trusted) continue;
        if (doc.views[viewId].bandHeights !== before.views[viewId].bandHeights) grew++;
        else inPlace++;
        const moved = new Set(moves.map((m) => m.id));
        const others = Object.keys(doc.views[viewId].nodes).filter((n) => !moved.has(n) && doc.views[viewId].nodes[n] !== before.views[viewId].nodes[n]);
        if (others.length > 0 && doc.views[viewId].bandHeights === before.views[viewId].bandHeights) reordered++;
      }
      // every way a move changes a view was met on a trusted view
      expect(inPlace).toBeGreaterThan(40);
      expect(grew).toBeGreaterThanOrEqual(2);
      expect(reordered).toBeGreaterThanOrEqual(5);
      // a rename that keeps the boxes' sizes or normalised its views, or a box added, leaves them trusted
      expect(trustedAfterRename).toBeGreaterThanOrEqual(3);
    });
  }

  it('keeps a view trusted over undo and redo, back to a view never normalised, moves after them storing what a whole-view normalisation gives', () => {
    let state: EditorState = initialState(freshCopy(makeVariedDocument(400, 4)));
    let s = 4242;
    const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
    const viewId = 'view_main';
    let trustedAfterUndo = 0;
    let untrustedAfterUndo = 0;
    let undone = false;
    // the generated view was never normalised: the first move normalises it, its undo gives it back so
    const script = ['move', 'undo', 'move', 'undo', 'redo', 'move'];
    for (let step = 0; step < 90; step++) {
      const what = script[step] ?? (rand() < 0.25 && state.past.length ? 'undo' : rand() < 0.15 && state.future.length ? 'redo' : 'move');
      if (what === 'undo' || what === 'redo') {
        state = (what === 'undo' ? undo : redo)(state).state;
        undone = true;
        continue;
      }
      const view = state.doc.views[viewId];
      // scripted steps move a plain box (a parent in a view never normalised may not fit its band, and the
      // band's growth normalises the whole view anyway); later ones applications, modules and services
      const plain = step < script.length;
      const ids = Object.keys(view.nodes).filter((n) => NESTED.has(state.doc.elements.get(n)?.kind ?? '') !== plain && state.doc.elements.get(n)?.kind !== 'site');
      const id = ids[Math.floor(rand() * ids.length)];
      const args = { viewId, moves: [{ id, x: view.nodes[id].x + Math.round((rand() - 0.5) * 300), y: view.nodes[id].y + Math.round((rand() - 0.5) * 40) }] };
      if (undone) {
        if (knownNormalised(view, state.doc.elements)) trustedAfterUndo++;
        else untrustedAfterUndo++;
      }
      undone = false;
      const whole = executeCommand(freshCopy(state.doc), 'element.move', args);
      const { state: next, patches } = dispatch(state, 'element.move', args);
      state = next;
      expect(state.doc.views, `step ${step}`).toEqual(whole.doc.views);
      expect(byPath(patches), `step ${step}`).toEqual(byPath(whole.patches));
    }
    expect(trustedAfterUndo).toBeGreaterThan(5);
    // at least the undo back to the generated view
    expect(untrustedAfterUndo).toBeGreaterThanOrEqual(1);
  });

  it('moves the children with their application and reorders them when one is dragged past another', () => {
    const app = makeElement('application', { id: 'app' });
    const mods = ['m1', 'm2', 'm3'].map((id) => makeElement('module', { id, parentId: 'app' }));
    const other = makeElement('application', { id: 'other' });
    let doc = executeCommand(makeDocument([app, ...mods, other]), 'element.move', { viewId: 'view_main', moves: [{ id: 'other', x: 900, y: 700 }] }).doc;
    const at = (id: string) => doc.views.view_main.nodes[id];
    const m1 = at('m1');
    doc = sameAsWholeView(doc, 'element.move', { viewId: 'view_main', moves: [{ id: 'app', x: at('app').x + 40, y: at('app').y }] }, 'application');
    expect(at('m1').x).toBe(m1.x + 40);
    // m1 dropped right of m3 goes last
    doc = sameAsWholeView(doc, 'element.move', { viewId: 'view_main', moves: [{ id: 'm1', x: at('m3').x + 20, y: at('m3').y }] }, 'child');
    expect(at('m2').x).toBeLessThan(at('m3').x);
    expect(at('m3').x).toBeLessThan(at('m1').x);
  });

  it('leaves the modules of an application with two rows where they are when another box moves (Rajah 3-2: modules drawn inside their application)', () => {
    const app = makeElement('application', { id: 'app' });
    const mods = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'].map((id) => makeElement('module', { id, parentId: 'app' }));
    const other = makeElement('application', { id: 'other' });
    let doc = makeDocument([app, ...mods, other]);
    const moveOther = () => {
      const p = doc.views.view_main.nodes.other;
      doc = freshCopy(executeCommand(freshCopy(doc), 'element.move', { viewId: 'view_main', moves: [{ id: 'other', x: p.x + 5, y: p.y }] }).doc);
    };
    moveOther(); // the generated view is drawn and stored once
    const drawn = mods.map((m) => doc.views.view_main.nodes[m.id]);
    expect(new Set(drawn.map((n) => n.y)).size).toBe(2);
    for (let i = 0; i < 3; i++) {
      moveOther();
      expect(mods.map((m) => doc.views.view_main.nodes[m.id])).toEqual(drawn);
    }
  });
});

describe('renaming a box drawn narrower than the default (a module in its application)', () => {
  it('keeps the view stored as drawn, as a whole-view normalisation stores it, so the next move draws only its tree', () => {
    // two names on as many lines at the default width, the second on more at a module's (the box grows)
    const lines = (name: string, w: number) => textHeight(makeElement('module', { name }), w);
    let name = 'Modul';
    for (let i = 0; i < 40 && !(lines(name, NODE_WIDTH) === lines(`${name} Data`, NODE_WIDTH) && lines(name, CHILD_WIDTH) < lines(`${name} Data`, CHILD_WIDTH)); i++) name += ' Data';
    expect(lines(name, CHILD_WIDTH)).toBeLessThan(lines(`${name} Data`, CHILD_WIDTH));
    const app = makeElement('application', { id: 'app', name: 'Sistem Lesen' });
    const module = makeElement('module', { id: 'mod', name, parentId: 'app' });
    const other = makeElement('application', { id: 'other', name: 'Sistem Bayaran' });
    let doc = freshCopy(makeDocument([app, module, other]));
    const viewId = Object.keys(doc.views)[0];
    const nudge = () => ({ viewId, moves: [{ id: 'other', x: doc.views[viewId].nodes.other.x + 10, y: doc.views[viewId].nodes.other.y }] });
    // normalised once, as any first edit of a view read from a file does
    doc = executeCommand(doc, 'element.move', nudge()).doc;
    expect(knownNormalised(doc.views[viewId], doc.elements)).toBe(true);
    doc = sameAsWholeView(doc, 'element.update', { id: 'mod', patch: { name: `${name} Data` } }, 'rename');
    expect(knownNormalised(doc.views[viewId], doc.elements)).toBe(true);
    sameAsWholeView(doc, 'element.move', nudge(), 'a move after the rename');
  });
});
