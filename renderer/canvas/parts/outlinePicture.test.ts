import { describe, expect, it } from 'vitest';
import type { Band, ElementKind } from '../../../shared/model';
import { relationArrows } from '../flowStyle';
import { boxInDirection, neighbourInDirection } from '../interact/navigate';
import { ARROW_LENGTH, LOOP_REACH, boxAt, boxNearest, firstSelectedBox, outlineBoxes, paintOutline, RING_MIN, SOLID_BELOW, type Colours, type PaintContext } from './outlinePicture';

const box = (id: string, kind: ElementKind, band: Band, x: number, y: number, depth = 0, w = 170, h = 60) => ({ id, element: { kind }, band, x, y, w, h, depth });

/** The view's boxes, as the view stores them, in the order listed (a scene's order, before the picture sorts them for painting). */
const viewOf = (list: readonly { id: string; x: number; y: number; w: number; h: number }[]) => Object.fromEntries(list.map((b) => [b.id, { x: b.x, y: b.y, w: b.w, h: b.h }]));

const COLOURS: Colours = { tone: (t) => ({ fill: `${t}-fill`, border: `${t}-border` }), selected: 'blue' };

/** A 2D context that writes down what is painted: each rectangle with the style it was painted in. */
function recorder() {
  const ops: { op: 'fill' | 'stroke'; style: string; x: number; y: number; w: number; h: number }[] = [];
  const lines: { style: string; from: [number, number]; to: [number, number] }[] = [];
  // each path filled: its corners and colour
  const filled: { style: string; points: [number, number][] }[] = [];
  let at: [number, number] = [0, 0];
  let path: [number, number][] = [];
  const ctx = {
    beginPath: () => (path = []),
    moveTo: (x: number, y: number) => {
      at = [x, y];
      path.push(at);
    },
    lineTo: (x: number, y: number) => {
      lines.push({ style: String(ctx.strokeStyle), from: at, to: [x, y] });
      at = [x, y];
      path.push(at);
    },
    closePath: () => {},
    stroke: () => {},
    fill: () => filled.push({ style: String(ctx.fillStyle), points: path }),
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    clearRect: () => {},
    fillRect: (x: number, y: number, w: number, h: number) => ops.push({ op: 'fill', style: String(ctx.fillStyle), x, y, w, h }),
    strokeRect: (x: number, y: number, w: number, h: number) => ops.push({ op: 'stroke', style: String(ctx.strokeStyle), x, y, w, h }),
  };
  return { ctx: ctx as unknown as PaintContext, ops, lines, filled };
}

describe('the outline picture', () => {
  const scene = [
    box('app', 'application', 'applications', 1000, 1000, 0, 400, 200),
    box('mod', 'module', 'applications', 1020, 1040, 1),
    box('user', 'targetGroup', 'users', 0, 0),
    box('plat', 'platform', 'applications', 2000, 1000),
    box('site', 'site', 'infrastructure', 0, 3000),
    box('db', 'dataEntity', 'data', 0, 2000),
  ];

  it('paints each box in its layer colours, a module over its application', () => {
    const boxes = outlineBoxes(scene);
    expect(boxes.map((b) => [b.id, b.tone])).toEqual([
      ['user', 'business'],
      ['app', 'application'],
      ['plat', 'platform'],
      ['db', 'data'],
      ['site', 'technology'],
      ['mod', 'application'],
    ]);
    const { ctx, ops } = recorder();
    paintOutline(ctx, boxes, new Set(), { x: 0, y: 0, zoom: 1 }, 5000, 5000, COLOURS);
    const fills = ops.filter((o) => o.op === 'fill').map((o) => o.style);
    expect(fills).toEqual(['business-fill', 'application-fill', 'platform-fill', 'data-fill', 'technology-fill', 'application-fill']);
    expect(ops.filter((o) => o.op === 'stroke').map((o) => o.style)).toContain('technology-border');
  });

  it('places boxes through the viewport and leaves out those off screen', () => {
    const { ctx, ops } = recorder();
    paintOutline(ctx, outlineBoxes(scene), new Set(), { x: 100, y: -900, zoom: 0.5 }, 800, 700, COLOURS);
    // on a 800×700 screen from flow (−200, 1800) at 50 %: the data box (y 2000) and the site (y 3000)
    const painted = ops.filter((o) => o.op === 'fill');
    expect(painted).toEqual([
      { op: 'fill', style: 'data-fill', x: 100, y: 100, w: 85, h: 30 },
      { op: 'fill', style: 'technology-fill', x: 100, y: 600, w: 85, h: 30 },
    ]);
  });

  it('fills a box too small for a border in its border colour, at least a pixel', () => {
    const { ctx, ops } = recorder();
    paintOutline(ctx, outlineBoxes([box('user', 'targetGroup', 'users', 0, 0)]), new Set(), { x: 0, y: 0, zoom: 0.05 }, 800, 600, COLOURS);
    expect(0.05 * 60).toBeLessThan(SOLID_BELOW);
    expect(ops).toEqual([{ op: 'fill', style: 'business-border', x: 0, y: 0, w: 170 * 0.05, h: 3 }]);
  });

  it('rings a selected box, big enough to see however far out', () => {
    const { ctx, ops } = recorder();
    paintOutline(ctx, outlineBoxes(scene), new Set(['site']), { x: 0, y: 0, zoom: 0.05 }, 800, 600, COLOURS);
    const rings = ops.filter((o) => o.style === 'blue');
    expect(rings).toHaveLength(1);
    const [ring] = rings;
    expect(ring.op).toBe('stroke');
    expect(ring.w).toBeGreaterThanOrEqual(RING_MIN);
    expect(ring.h).toBeGreaterThanOrEqual(RING_MIN);
    // centred on the box: (85, 3030) at 5 %
    expect(ring.x + ring.w / 2).toBeCloseTo(85 * 0.05);
    expect(ring.y + ring.h / 2).toBeCloseTo(3030 * 0.05);
    // painted after every box
    expect(ops.indexOf(ring)).toBe(ops.length - 1);
  });

  it('finds the box under a click: the module, not the application holding it; nothing between boxes', () => {
    const boxes = outlineBoxes(scene);
    expect(boxAt(boxes, 1030, 1050)).toBe('mod');
    expect(boxAt(boxes, 1300, 1150)).toBe('app');
    expect(boxAt(boxes, 10, 10)).toBe('user');
    expect(boxAt(boxes, 500, 500)).toBeUndefined();
    // a click just off a box far out still takes it, the nearest painted last
    expect(boxAt(boxes, 175, 65, 10)).toBe('user');
    expect(boxAt(boxes, 500, 500, 10)).toBeUndefined();
  });

  it('draws a selected relation as a line between its two ends, and no other line', () => {
    const boxes = outlineBoxes(scene);
    const find = (id: string) => boxes.find((b) => b.id === id)!;
    const { ctx, lines } = recorder();
    paintOutline(ctx, boxes, new Set(), { x: 0, y: 0, zoom: 0.5 }, 5000, 5000, COLOURS, [{ from: find('user'), to: find('db') }]);
    // from the user's bottom edge to the data box's top edge (boxes at (0, 0) and (0, 2000), 170×60, at 50 %)
    expect(lines).toEqual([{ style: 'blue', from: [42.5, 30], to: [42.5, 1000] }]);
    const none = recorder();
    paintOutline(none.ctx, boxes, new Set(['user']), { x: 0, y: 0, zoom: 0.5 }, 5000, 5000, COLOURS);
    expect(none.lines).toEqual([]);
  });
});

describe('the direction of a selected relation in the outline', () => {
  const boxes = outlineBoxes([box('user', 'targetGroup', 'users', 0, 0), box('db', 'dataEntity', 'data', 0, 2000), box('app', 'application', 'applications', 1000, 1000)]);
  const find = (id: string) => boxes.find((b) => b.id === id)!;

  it("is an open arrowhead at the target, its tip on the target box's edge, in the selection's colour", () => {
    const { ctx, lines, filled } = recorder();
    paintOutline(ctx, boxes, new Set(), { x: 0, y: 0, zoom: 0.5 }, 5000, 5000, COLOURS, [{ from: find('user'), to: find('db'), end: true }]);
    const tip: [number, number] = [42.5, 1000];
    expect(lines).toEqual([
      { style: 'blue', from: [42.5, 30], to: tip },
      { style: 'blue', from: [37.5, 1000 - ARROW_LENGTH], to: tip },
      { style: 'blue', from: tip, to: [47.5, 1000 - ARROW_LENGTH] },
    ]);
    expect(filled).toEqual([]);
  });

  it('points along a slanting line, at the edge where the line meets the target', () => {
    const { ctx, lines } = recorder();
    paintOutline(ctx, boxes, new Set(), { x: 0, y: 0, zoom: 1 }, 5000, 5000, COLOURS, [{ from: find('user'), to: find('app'), end: true }]);
    const [line, head] = lines;
    // the line leaves the user's box and ends on the application's box border, where the head's tip is
    expect(line.to).toEqual(head.to);
    const [x, y] = line.to;
    expect(x === 1000 || y === 1000).toBe(true);
    expect(x).toBeGreaterThanOrEqual(1000);
    expect(y).toBeGreaterThanOrEqual(1000);
    // the head's side is ARROW_LENGTH back along the line
    expect(Math.hypot(head.from[0] - x, head.from[1] - y)).toBeGreaterThan(ARROW_LENGTH);
  });

  it('is filled at each end a flow goes to, and absent from an association', () => {
    const flow = recorder();
    paintOutline(flow.ctx, boxes, new Set(), { x: 0, y: 0, zoom: 0.5 }, 5000, 5000, COLOURS, [{ from: find('user'), to: find('db'), start: true, end: true, filled: true }]);
    expect(flow.filled).toHaveLength(1);
    expect(flow.filled[0].style).toBe('blue');
    // two triangles: tips on the target's top edge and on the source's bottom edge
    expect(flow.filled[0].points.filter(([, y]) => y === 1000 || y === 30)).toHaveLength(2);
    const association = recorder();
    paintOutline(association.ctx, boxes, new Set(), { x: 0, y: 0, zoom: 0.5 }, 5000, 5000, COLOURS, [{ from: find('user'), to: find('db') }]);
    expect(association.lines).toHaveLength(1);
    expect(association.filled).toEqual([]);
  });

  it('points from the source to the target between boxes that overlap or touch, not back or not at all', () => {
    // the target overlaps the source's right end; neither centre is in the other box
    const overlapping = outlineBoxes([box('from', 'application', 'applications', 0, 0), box('to', 'application', 'applications', 100, 30)]);
    const { ctx, lines } = recorder();
    paintOutline(ctx, overlapping, new Set(), { x: 0, y: 0, zoom: 1 }, 5000, 5000, COLOURS, [{ from: overlapping[0], to: overlapping[1], end: true }]);
    const [line, side] = lines;
    // the line runs rightwards, from source to target, and the head's side lies behind its tip
    expect(line.to[0]).toBeGreaterThan(line.from[0]);
    expect(side.to).toEqual(line.to);
    expect(side.from[0]).toBeLessThan(side.to[0]);
    // boxes side by side, touching: the line and its head are still drawn
    const touching = outlineBoxes([box('from', 'application', 'applications', 0, 0), box('to', 'application', 'applications', 170, 0)]);
    const flush = recorder();
    paintOutline(flush.ctx, touching, new Set(), { x: 0, y: 0, zoom: 1 }, 5000, 5000, COLOURS, [{ from: touching[0], to: touching[1], end: true }]);
    expect(flush.lines).toHaveLength(3);
    expect(flush.lines[0].to[0]).toBeGreaterThan(flush.lines[0].from[0]);
  });

  it('is a loop out of the box and back, with its head, for a relation of a box with itself or between boxes on one spot', () => {
    const own = find('app');
    for (const [from, to] of [
      [own, own],
      [own, { ...own, id: 'twin' }],
      // nearly on one spot (pasted, imported, rounded): a line between the centres would be shorter than its head
      [own, { ...own, id: 'near', x: own.x + 2, y: own.y + 1 }],
    ]) {
      const { ctx, lines } = recorder();
      paintOutline(ctx, boxes, new Set(), { x: 0, y: 0, zoom: 1 }, 5000, 5000, COLOURS, [{ from, to, end: true }]);
      // three strokes out of the target's right side (x = 1170 for the app) and back, then the head's two sides
      const right = to.x + to.w;
      expect(lines.slice(0, 3).map((l) => [l.from[0], l.to[0]])).toEqual([
        [right, right + LOOP_REACH],
        [right + LOOP_REACH, right + LOOP_REACH],
        [right + LOOP_REACH, right],
      ]);
      expect(lines).toHaveLength(5);
      // the head's tip on the box's side, pointing into it
      expect(lines[4].from).toEqual(lines[2].to);
      expect(lines[3].from[0]).toBe(right + ARROW_LENGTH);
    }
  });

  it('follows the relation, as the line in nodes does: a flow by its direction, an association none, any other relation at its target', () => {
    expect(relationArrows({ kind: 'dataFlow', direction: 'receives' })).toEqual({ start: true, end: false, filled: true });
    expect(relationArrows({ kind: 'dataFlow' })).toEqual({ start: false, end: false, filled: true });
    expect(relationArrows({ kind: 'association' })).toEqual({ start: false, end: false, filled: false });
    expect(relationArrows({ kind: 'uses' })).toEqual({ start: false, end: true, filled: false });
  });
});

describe('arrow keys in the outline', () => {
  const listed = [
    box('mid', 'application', 'applications', 1000, 1000),
    box('right', 'application', 'applications', 1400, 1010),
    box('rightFar', 'application', 'applications', 3000, 1000),
    box('rightHigh', 'application', 'applications', 1200, 700),
    box('up', 'targetGroup', 'users', 1000, 100),
    box('down', 'site', 'infrastructure', 900, 3000),
  ];
  const boxes = outlineBoxes(listed);
  const nodes = viewOf(listed);

  it('go to the nearest box that way, one straight ahead before one off to the side', () => {
    expect(boxInDirection(boxes, nodes, 'mid', 'right')?.id).toBe('right');
    expect(boxInDirection(boxes, nodes, 'right', 'right')?.id).toBe('rightFar');
    expect(boxInDirection(boxes, nodes, 'mid', 'up')?.id).toBe('rightHigh');
    expect(boxInDirection(boxes, nodes, 'rightHigh', 'up')?.id).toBe('up');
    expect(boxInDirection(boxes, nodes, 'mid', 'down')?.id).toBe('down');
  });

  it('stay put at the edge of the view', () => {
    expect(boxInDirection(boxes, nodes, 'mid', 'left')).toBeUndefined();
    expect(boxInDirection(boxes, nodes, 'up', 'up')).toBeUndefined();
  });

  it('reach each of boxes stacked on one another (aligned on both axes): right and down go on through the stack, left and up back', () => {
    const listed = [
      box('left', 'application', 'applications', 600, 1000),
      box('a', 'application', 'applications', 1000, 1000),
      box('b', 'application', 'applications', 1000, 1000),
      box('c', 'application', 'applications', 1000, 1000),
      box('right', 'application', 'applications', 1400, 1000),
    ];
    const stacked = outlineBoxes(listed);
    const stackNodes = viewOf(listed);
    const walk = (from: string, direction: 'left' | 'right' | 'up' | 'down') => {
      const seen = [from];
      for (let next = boxInDirection(stacked, stackNodes, from, direction); next && seen.length < 10; next = boxInDirection(stacked, stackNodes, next.id, direction)) seen.push(next.id);
      return seen;
    };
    expect(walk('left', 'right')).toEqual(['left', 'a', 'b', 'c', 'right']);
    expect(walk('right', 'left')).toEqual(['right', 'c', 'b', 'a', 'left']);
    expect(walk('a', 'down')).toEqual(['a', 'b', 'c']);
    expect(walk('c', 'up')).toEqual(['c', 'b', 'a']);
  });

  it('go through boxes of different colours stacked on one spot in the order the nodes do, not in the order the picture paints them', () => {
    // a platform listed before an application on its very spot: the picture paints the application first
    const listed = [
      box('left', 'application', 'applications', 600, 1000),
      box('plat', 'platform', 'applications', 1000, 1000),
      box('app', 'application', 'applications', 1000, 1000),
      box('right', 'application', 'applications', 1400, 1000),
    ];
    const painted = outlineBoxes(listed);
    const nodes = viewOf(listed);
    expect(painted.map((b) => b.id).indexOf('app')).toBeLessThan(painted.map((b) => b.id).indexOf('plat'));
    const walk = (from: string, direction: 'left' | 'right') => {
      const seen = [from];
      for (let next = boxInDirection(painted, nodes, from, direction); next && seen.length < 10; next = boxInDirection(painted, nodes, next.id, direction)) seen.push(next.id);
      return seen;
    };
    const inNodes = (from: string, direction: 'left' | 'right') => {
      const seen = [from];
      for (let next = neighbourInDirection(nodes, from, direction); next && seen.length < 10; next = neighbourInDirection(nodes, next, direction)) seen.push(next);
      return seen;
    };
    expect(walk('left', 'right')).toEqual(['left', 'plat', 'app', 'right']);
    expect(walk('left', 'right')).toEqual(inNodes('left', 'right'));
    expect(walk('right', 'left')).toEqual(inNodes('right', 'left'));
  });

  it('start from the first element selected that the view shows, passing over those it does not', () => {
    expect(firstSelectedBox(boxes, ['elsewhere', 'down', 'up'])?.id).toBe('down');
    expect(firstSelectedBox(boxes, ['up', 'down'])?.id).toBe('up');
    expect(firstSelectedBox(boxes, ['elsewhere'])).toBeUndefined();
    expect(firstSelectedBox(boxes, [])).toBeUndefined();
  });

  it('start from the box nearest the middle of the screen when none is selected', () => {
    expect(boxNearest(boxes, 1500, 1050)?.id).toBe('right');
    expect(boxNearest(boxes, 0, 0)?.id).toBe('up');
    expect(boxNearest([], 0, 0)).toBeUndefined();
  });
});
