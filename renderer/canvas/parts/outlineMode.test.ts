import { describe, expect, it } from 'vitest';
import { executeCommand } from '../../../shared/commands';
import type { LakarDocument } from '../../../shared/model';
import { boxIds } from '../../../shared/model/boxes-record';
import { makeVariedDocument } from '../../../test/helpers/varied-model';
import { FlowModelBuilder } from '../flowModel';
import { LARGE_VIEW } from './DetailLevel';
import { boxCounts, boxesIn, OUTLINE_ENTER, OUTLINE_LEAVE, sceneBoxCounts, screenRect, showsOutline } from './outlineMode';

/** `n` boxes of 170×60 in rows of 100, 200 flow units apart across, 100 down. */
const grid = (n: number) => Array.from({ length: n }, (_, i) => ({ x: (i % 100) * 200, y: Math.floor(i / 100) * 100, w: 170, h: 60 }));

describe('boxes on screen', () => {
  it('counts every box when the screen shows the whole view, and none when it shows none of it', () => {
    const counts = boxCounts(grid(3000));
    expect(counts.total).toBe(3000);
    expect(boxesIn(counts, { x0: -100, y0: -100, x1: 30_000, y1: 5000 })).toBe(3000);
    expect(boxesIn(counts, { x0: 50_000, y0: 0, x1: 60_000, y1: 1000 })).toBe(0);
  });

  it('counts the boxes of a part of the view, never fewer than are there', () => {
    const boxes = grid(3000);
    const counts = boxCounts(boxes);
    const r = { x0: 1000, y0: 500, x1: 5000, y1: 1500 };
    const exact = boxes.filter((b) => b.x + b.w / 2 >= r.x0 && b.x + b.w / 2 <= r.x1 && b.y + b.h / 2 >= r.y0 && b.y + b.h / 2 <= r.y1).length;
    const counted = boxesIn(counts, r);
    expect(counted).toBeGreaterThanOrEqual(exact);
    // cells at the edge count whole: a little more, not the whole view
    expect(counted).toBeLessThan(exact * 2);
  });

  it('keeps a huge view to a bounded grid', () => {
    const wide = Array.from({ length: 1000 }, (_, i) => ({ x: i * 10_000, y: 0, w: 170, h: 60 }));
    const counts = boxCounts(wide);
    expect(counts.cols * counts.rows).toBeLessThanOrEqual(20_000);
    expect(boxesIn(counts, { x0: 0, y0: 0, x1: 10_000_000, y1: 100 })).toBe(1000);
  });

  it('works out the flow area a screen shows at a viewport', () => {
    expect(screenRect([-500, -200, 0.5], 1000, 800)).toEqual({ x0: 1000, y0: 400, x1: 3000, y1: 2000 });
  });
});

describe('which canvas a view gets', () => {
  it('never draws a view of a few hundred boxes in outline, however far out', () => {
    expect(showsOutline(300, 0.05, 300, false)).toBe(false);
    expect(showsOutline(null, 0.05, 300, false)).toBe(false);
  });

  it('draws in outline when too many boxes are on screen, and goes back to nodes only well under that', () => {
    expect(showsOutline(OUTLINE_ENTER + 1, 0.5, 30_000, false)).toBe(true);
    expect(showsOutline(OUTLINE_ENTER, 0.5, 30_000, false)).toBe(false);
    // between the two thresholds the canvas stays as it is
    expect(showsOutline(OUTLINE_LEAVE + 100, 0.5, 30_000, true)).toBe(true);
    expect(showsOutline(OUTLINE_LEAVE - 1, 0.5, 30_000, true)).toBe(false);
  });

  it('draws a large view in outline far out even when few of its boxes are on screen', () => {
    expect(showsOutline(600, 0.1, 3000, false)).toBe(true);
    expect(showsOutline(600, 0.3, 3000, false)).toBe(false);
    // back to nodes from 25 %, not at the first step over 20 %
    expect(showsOutline(600, 0.22, 3000, true)).toBe(true);
    expect(showsOutline(600, 0.25, 3000, true)).toBe(false);
  });

  it('opens a view of thousands of boxes in outline before its viewport is known', () => {
    expect(showsOutline(null, 1, 27_000, false)).toBe(true);
    expect(showsOutline(null, 1, 1000, false)).toBe(false);
  });
});

describe('the grid of a view being edited', () => {
  /** `scene.nodes` with a note of whether anything walked it. */
  const watch = (nodes: readonly unknown[]) => {
    const seen = { walked: false };
    const walk = Array.prototype[Symbol.iterator];
    Object.defineProperty(nodes, Symbol.iterator, {
      value(this: unknown[]) {
        seen.walked = true;
        return walk.call(this);
      },
    });
    return seen;
  };

  it('follows moves, removals and renames of a large view from the boxes they change, and counts as a grid made afresh', () => {
    let doc: LakarDocument = makeVariedDocument(1000, 5);
    const viewId = Object.keys(doc.views)[0];
    // one move stores the generated view as drawn (the first after loading places every box)
    const id0 = boxIds(doc.views[viewId].nodes)[0];
    doc = executeCommand(doc, 'element.move', { viewId, moves: [{ id: id0, x: doc.views[viewId].nodes[id0].x + 10, y: doc.views[viewId].nodes[id0].y }] }).doc;
    const builder = new FlowModelBuilder();
    const counts = (d: LakarDocument) => {
      const scene = builder.scene(d, d.views[viewId]);
      const seen = watch(scene.nodes);
      return { got: sceneBoxCounts(scene, builder.changesTo(scene)), scene, seen };
    };
    const first = counts(doc);
    expect(first.scene.nodes.length).toBeGreaterThan(LARGE_VIEW);
    expect(first.seen.walked).toBe(true);
    const ids = boxIds(doc.views[viewId].nodes).filter((id) => doc.elements.get(id) && first.scene.byId.get(id)?.depth === 0 && doc.elements.get(id)!.kind !== 'securityControl');
    const edits: ((d: LakarDocument) => LakarDocument)[] = [
      (d) => executeCommand(d, 'element.move', { viewId, moves: [{ id: ids[3], x: d.views[viewId].nodes[ids[3]].x + 400, y: d.views[viewId].nodes[ids[3]].y }] }).doc,
      (d) => executeCommand(d, 'element.update', { id: ids[10], patch: { name: `${d.elements.get(ids[10])!.name.slice(0, -1)}X` } }).doc,
      (d) => executeCommand(d, 'element.remove', { ids: [ids[20]] }).doc,
    ];
    for (const edit of edits) {
      doc = edit(doc);
      const { got, scene, seen } = counts(doc);
      // a box or a tree drawn again is counted again; the other tens of thousands are not looked at
      expect(seen.walked).toBe(false);
      const fresh = boxCounts([...scene.nodes]);
      expect(got.total).toBe(scene.nodes.length);
      expect([...got.counts].reduce((a, b) => a + b, 0)).toBe(scene.nodes.length);
      for (const r of [{ x0: 0, y0: 0, x1: 3000, y1: 1500 }, { x0: 5000, y0: 500, x1: 9000, y1: 4000 }, { x0: -1e6, y0: -1e6, x1: 1e6, y1: 1e6 }]) expect(boxesIn(got, r)).toBe(boxesIn(fresh, r));
    }
  });

  it('makes no grid for a view that is never drawn in outline', () => {
    const doc = makeVariedDocument(300, 5);
    const view = Object.values(doc.views)[0];
    const scene = new FlowModelBuilder().scene(doc, view);
    expect(scene.nodes.length).toBeLessThanOrEqual(LARGE_VIEW);
    const seen = watch(scene.nodes);
    const got = sceneBoxCounts(scene, null);
    expect(seen.walked).toBe(false);
    expect(got.total).toBe(scene.nodes.length);
    expect(showsOutline(null, 0.05, got.total, false)).toBe(false);
  });
});
