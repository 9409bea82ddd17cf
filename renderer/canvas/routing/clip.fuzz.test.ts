/**
 * routeParts (clip.ts) against a brute reference on random routes and windows: lines to boxes
 * outside a large view's window are drawn by it over the window (PassingLines.tsx) and long lines in
 * nodes near the screen (RelationEdge.tsx), so what lies in the window must all be drawn, nothing
 * else drawn but the route, and the arrowheads kept exactly when the line's ends are.
 * The corners' rounding is left out (roundedPath gives the points as they are), so that the drawn
 * geometry can be compared with the route's.
 */
import { describe, expect, it, vi } from 'vitest';
import { rng } from '../../../test/helpers/portfolio-generator';

vi.mock('../../../shared/export/svg/lmv-parts', () => ({ roundedPath: (points: readonly { x: number; y: number }[]) => JSON.stringify(points.map((p) => [p.x, p.y])) }));

const { routeParts } = await import('./clip');

type P = { x: number; y: number };
type Area = { x0: number; y0: number; x1: number; y1: number };


const EPS = 1e-6;
const inArea = (r: Area, p: P, eps = EPS) => p.x >= r.x0 - eps && p.x <= r.x1 + eps && p.y >= r.y0 - eps && p.y <= r.y1 + eps;

/** Distance of p from segment a–b. */
function distance(p: P, a: P, b: P): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

const segments = (pts: readonly P[]) => pts.slice(1).map((q, i) => [pts[i], q] as const);

/** A random route: legs of orthogonal tracks (as routed) or slanted ones (a rubber band), on a coarse grid so that points fall on the window's edges and corners and legs double back or have no length. */
function route(next: () => number, orthogonal: boolean): P[][] {
  const coord = () => (Math.floor(next() * 13) - 4) * 250 + (next() < 0.1 ? -900_000 : 0);
  const legs: P[][] = [];
  const count = 1 + Math.floor(next() * 2);
  for (let l = 0; l < count; l++) {
    const leg: P[] = [{ x: coord(), y: coord() }];
    const points = Math.floor(next() * 6);
    for (let i = 0; i < points; i++) {
      const last = leg[leg.length - 1];
      if (!orthogonal) leg.push({ x: coord(), y: coord() });
      else if (next() < 0.15) leg.push({ ...last });
      else leg.push(i % 2 === 0 ? { x: coord(), y: last.y } : { x: last.x, y: coord() });
    }
    legs.push(leg);
  }
  return legs;
}

const drawn = (parts: string[]) => parts.map((d) => (JSON.parse(d) as [number, number][]).map(([x, y]) => ({ x, y })));

describe('a route cut to a window (routeParts), against a brute reference', () => {
  const window: Area = { x0: 0, y0: 0, x1: 1000, y1: 750 };

  it('draws all of a route that lies in the window, only the route, and keeps an end (its head) exactly when it is in the window', () => {
    for (let seed = 1; seed <= 4000; seed++) {
      const next = rng(seed);
      const orthogonal = next() < 0.8;
      const legs = route(next, orthogonal);
      const cut = routeParts(legs, window, true);
      const lines = drawn(cut.parts);
      const drawnSegments = lines.flatMap(segments);
      const routeSegments = legs.flatMap(segments);
      const where = `seed ${seed}: ${JSON.stringify(legs)} → ${JSON.stringify(cut)}`;
      // each point of the route in the window is on a drawn segment
      for (const [a, b] of routeSegments)
        for (let k = 0; k <= 64; k++) {
          const p = { x: a.x + ((b.x - a.x) * k) / 64, y: a.y + ((b.y - a.y) * k) / 64 };
          if (!inArea(window, p, -EPS)) continue;
          expect(drawnSegments.some(([c, d]) => distance(p, c, d) < 1e-3), where).toBe(true);
        }
      // each drawn point is on the route
      for (const line of lines) for (const p of line) expect(routeSegments.some(([a, b]) => distance(p, a, b) < 1e-3), where).toBe(true);
      // a drawn line of tracks begins and ends in the window (cut at its edge)
      if (orthogonal) for (const line of lines) expect(inArea(window, line[0]) && inArea(window, line[line.length - 1]), where).toBe(true);
      const first = legs[0];
      const last = legs[legs.length - 1];
      expect(cut.hasStart, where).toBe(first.length > 1 && inArea(window, first[0], 0));
      expect(cut.hasEnd, where).toBe(last.length > 1 && inArea(window, last[last.length - 1], 0));
    }
  });

  it('keeps whole segments without the cut: each segment coming into the window is drawn end to end', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const next = rng(seed);
      const legs = route(next, next() < 0.8);
      const cut = routeParts(legs, window);
      const lines = drawn(cut.parts);
      const where = `seed ${seed}: ${JSON.stringify(legs)}`;
      const near = (a: P, b: P) => Math.max(a.x, b.x) >= window.x0 && Math.min(a.x, b.x) <= window.x1 && Math.max(a.y, b.y) >= window.y0 && Math.min(a.y, b.y) <= window.y1;
      const kept = lines.flatMap(segments).map(([a, b]) => JSON.stringify([a, b]));
      const expected = legs.flatMap(segments).filter(([a, b]) => near(a, b)).map(([a, b]) => JSON.stringify([a, b]));
      expect(kept, where).toEqual(expected);
      const first = legs[0];
      const last = legs[legs.length - 1];
      expect(cut.hasStart, where).toBe(first.length > 1 && near(first[0], first[1]));
      expect(cut.hasEnd, where).toBe(last.length > 1 && near(last[last.length - 2], last[last.length - 1]));
    }
  });
});
