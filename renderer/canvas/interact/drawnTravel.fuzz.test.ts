/**
 * The arrow keys over the boxes as drawn (navigate.ts, boxInDirection), on random views whose
 * modules and application services are drawn inside their parents wherever they are stored (some
 * stacked on one spot, some stored far away, some whose parent is not on the view): the keys in
 * nodes (over the scene, by its own look-up) and in the outline (over the picture's boxes, in
 * painting order) go to the same box from every box in every direction, each the box a fresh
 * reading of the drawn places gives, with keys on two views and on an edited view in turn (the
 * order kept for the next key must never answer for another view's boxes).
 */
import { describe, expect, it } from 'vitest';
import type { Element, View } from '../../../shared/model';
import { bandLayout } from '../../../shared/model/bands';
import { boxIds } from '../../../shared/model/boxes-record';
import { BANDS } from '../../../shared/model/vocabulary';
import { buildScene, type Scene } from '../../../shared/routing/scene';
import { makeDocument, makeElement } from '../../../test/helpers/factories';
import { rng } from '../../../test/helpers/portfolio-generator';
import { outlineBoxes } from '../parts/outlinePicture';
import { boxInDirection, travelIndex, type Direction } from './navigate';

const DIRECTIONS: Direction[] = ['left', 'right', 'up', 'down'];

/** A random landscape of applications holding modules and services, a few platforms, some boxes on one spot. */
function landscape(next: () => number) {
  const apps: Element[] = Array.from({ length: 1 + Math.floor(next() * 5) }, (_, i) => makeElement('application', { id: `app${i}`, name: `Sistem ${i}` }));
  const elements: Element[] = [...apps];
  const modules: Element[] = [];
  for (let i = 0; i < Math.floor(next() * 8); i++) {
    // a few modules of an application not on the view: drawn where stored
    const parentId = next() < 0.15 ? 'app_missing' : apps[Math.floor(next() * apps.length)].id;
    const m = makeElement('module', { id: `mod${i}`, name: `Modul ${i}`, parentId });
    modules.push(m);
    elements.push(m);
  }
  for (let i = 0; i < Math.floor(next() * 4); i++) {
    const parents = [...apps, ...modules];
    elements.push(makeElement('appService', { id: `svc${i}`, name: `Perkhidmatan ${i}`, parentId: parents[Math.floor(next() * parents.length)].id }));
  }
  for (let i = 0; i < Math.floor(next() * 3); i++) elements.push(makeElement('platform', { id: `plat${i}`, name: `Platform ${i}` }));
  const doc = makeDocument(elements);
  const view = doc.views.view_main;
  const band = bandLayout(view)[BANDS.indexOf('applications')];
  for (const e of elements) {
    // a coarse grid (boxes on one spot), and now and then far away (an imported view)
    const far = next() < 0.2 ? 40000 + Math.floor(next() * 3) * 1000 : 0;
    view.nodes[e.id] = { x: far + 200 + Math.floor(next() * 4) * 250, y: band.top + 10 + Math.floor(next() * 3) * 80 };
  }
  return doc;
}

/** The box a key goes to, worked out afresh from the drawn places in the view's order. */
function fresh(scene: Scene, nodes: View['nodes'], from: string, direction: Direction): string | null {
  const ids = boxIds(nodes).filter((id) => scene.byId.get(id));
  const boxes = ids.map((id) => scene.byId.get(id)!);
  const at = ids.indexOf(from);
  if (at < 0) return null;
  const next = travelIndex(
    boxes.map((b) => b.x + b.w / 2),
    boxes.map((b) => b.y + b.h / 2),
    at,
    direction,
  );
  return next < 0 ? null : ids[next];
}

describe('the arrow keys over the boxes as drawn', () => {
  it('go to one box in nodes and in the outline, the box the drawn places give, over views and edits in turn', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = rng(seed);
      const docA = landscape(next);
      const docB = landscape(next);
      // an edit of view A: one box moved (a new record of boxes, a new scene)
      const moved = boxIds(docA.views.view_main.nodes)[0];
      const editedNodes = { ...docA.views.view_main.nodes, [moved]: { x: 600, y: docA.views.view_main.nodes[moved].y } };
      const views = [docA.views.view_main, docB.views.view_main, { ...docA.views.view_main, nodes: editedNodes }];
      const scenes = [buildScene(docA, views[0]), buildScene(docB, views[1]), buildScene(docA, views[2])];
      const pictures = scenes.map((s) => outlineBoxes(s.nodes));
      for (let k = 0; k < 60; k++) {
        const v = Math.floor(next() * 3);
        const scene = scenes[v];
        const from = scene.nodes[Math.floor(next() * scene.nodes.length)].id;
        const direction = DIRECTIONS[Math.floor(next() * 4)];
        const expected = fresh(scene, views[v].nodes, from, direction);
        const where = `seed ${seed} key ${k}: view ${v} ${from} ${direction}`;
        expect(boxInDirection(scene.nodes, views[v].nodes, from, direction, scene.byId)?.id ?? null, `nodes, ${where}`).toBe(expected);
        expect(boxInDirection(pictures[v], views[v].nodes, from, direction)?.id ?? null, `outline, ${where}`).toBe(expected);
      }
    }
  });
});
