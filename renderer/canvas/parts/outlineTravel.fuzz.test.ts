/**
 * The arrow keys in the outline (interact/navigate.ts, boxInDirection, over the picture's boxes) against the keys in nodes
 * (interact/navigate.ts, neighbourInDirection) on random views with boxes stacked on one spot: where
 * the boxes are drawn where they are stored, both go to the same box from every box in every
 * direction, whatever order the picture paints them in, and they keep doing so as the view is edited
 * between keys (the walk's order is kept between keys while the picture and the view are the same).
 */
import { describe, expect, it } from 'vitest';
import type { Band, ElementKind, View } from '../../../shared/model';
import { boxInDirection, neighbourInDirection, type Direction } from '../interact/navigate';
import { outlineBoxes } from './outlinePicture';
import { rng } from '../../../test/helpers/portfolio-generator';


const KINDS: [ElementKind, Band][] = [
  ['application', 'applications'],
  ['platform', 'applications'],
  ['businessProcess' as ElementKind, 'processes'],
  ['site', 'infrastructure'],
];
const DIRECTIONS: Direction[] = ['left', 'right', 'up', 'down'];

function view(next: () => number, n: number) {
  const list = Array.from({ length: n }, (_, i) => {
    const [kind, band] = KINDS[Math.floor(next() * KINDS.length)];
    // a coarse grid: many boxes share a spot (pasted, imported on one another)
    const x = Math.floor(next() * 4) * 300;
    const y = Math.floor(next() * 4) * 200;
    return { id: `b${i}`, element: { kind }, band, x, y, w: 170, h: 60, depth: 0 };
  });
  const nodes = Object.freeze(Object.fromEntries(list.map((b) => [b.id, { x: b.x, y: b.y, w: b.w, h: b.h }]))) as View['nodes'];
  return { list, nodes, painted: outlineBoxes(list) };
}

describe('the arrow keys in the outline, against the keys in nodes', () => {
  it('go to the box the nodes go to, from every box of random views with stacks, as the view changes between keys', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = rng(seed);
      // two views in turn (two canvases, a view switch, an edit): each key answers for the one it is given
      const views = [view(next, 2 + Math.floor(next() * 14)), view(next, 2 + Math.floor(next() * 14))];
      for (let k = 0; k < 60; k++) {
        const { painted, nodes } = views[Math.floor(next() * 2)];
        const from = painted[Math.floor(next() * painted.length)];
        const direction = DIRECTIONS[Math.floor(next() * 4)];
        expect(boxInDirection(painted, nodes, from.id, direction)?.id ?? null, `seed ${seed} key ${k}: ${from.id} ${direction}`).toBe(neighbourInDirection(nodes, from.id, direction));
      }
    }
  });

  it('reach every box of a stack going right from the box before it, and every one going left from the box after it', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = rng(seed);
      const size = 2 + Math.floor(next() * 6);
      const list = [
        { id: 'left', element: { kind: 'application' as ElementKind }, band: 'applications' as Band, x: 0, y: 500, w: 170, h: 60, depth: 0 },
        ...Array.from({ length: size }, (_, i) => {
          const [kind, band] = KINDS[Math.floor(next() * 2)];
          return { id: `s${i}`, element: { kind }, band, x: 400, y: 500, w: 170, h: 60, depth: 0 };
        }),
        { id: 'right', element: { kind: 'application' as ElementKind }, band: 'applications' as Band, x: 800, y: 500, w: 170, h: 60, depth: 0 },
      ];
      const painted = outlineBoxes(list);
      const nodes = Object.fromEntries(list.map((b) => [b.id, { x: b.x, y: b.y, w: b.w, h: b.h }])) as View['nodes'];
      const walk = (start: string, direction: Direction) => {
        const seen = [start];
        let at = painted.find((b) => b.id === start)!;
        for (let next = boxInDirection(painted, nodes, at.id, direction); next && seen.length <= size + 2; next = boxInDirection(painted, nodes, at.id, direction)) {
          seen.push(next.id);
          at = next;
        }
        return seen;
      };
      const stack = list.slice(1, -1).map((b) => b.id);
      expect(walk('left', 'right')).toEqual(['left', ...stack, 'right']);
      expect(walk('right', 'left')).toEqual(['right', ...[...stack].reverse(), 'left']);
    }
  });
});
