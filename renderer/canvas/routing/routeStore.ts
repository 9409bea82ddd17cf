/**
 * Routed lines of the canvas: what the routing worker last computed for the active view (shared/routing,
 * the same geometry the exports draw), and which boxes moved since. A line whose end moved is drawn as
 * a straight rubber band until the new routes arrive; every other line keeps its route.
 */
import { create } from 'zustand';
import { Table } from '../../../shared/model/table';
import type { Point } from '../../../shared/routing';

export interface CanvasRoute {
  /** One polyline per leg (two when drawn through the MyGDX hub). */
  legs: Point[][];
  /** Where the worker put the line's label, clear of boxes and other labels. */
  label?: { x: number; y: number; text: string };
  /** Set when the line is drawn in a bus with others. */
  bundle?: string;
}

export interface RouteState {
  /** View the routes belong to. */
  viewId: string | null;
  /**
   * Each line's route, in a persistent table: an answer changing a few lines of 15,000 makes the next
   * table in time proportional to those few (a new Map of every line cost what the view holds).
   */
  routes: Table<CanvasRoute>;
  /** Boxes moved (or being dragged) since the routes were computed. */
  stale: ReadonlySet<string>;
  /**
   * Take in routes of `viewId`: all of them (`whole`: a line drawn as before, to a tenth, keeps its
   * object, so its edge does not re-render), or the lines the worker found drawn differently
   * (undefined: a line no longer routed), taken as they are.
   */
  applyRoutes(viewId: string, changes: ReadonlyMap<string, CanvasRoute | undefined>, whole: boolean, stillMoving: ReadonlySet<string>): void;
  markStale(ids: Iterable<string>): void;
  clear(): void;
}

const EMPTY_ROUTES: Table<CanvasRoute> = Table.empty();
const EMPTY_SET: ReadonlySet<string> = new Set();

export const useRoutes = create<RouteState>((set, get) => ({
  viewId: null,
  routes: EMPTY_ROUTES,
  stale: EMPTY_SET,
  applyRoutes(viewId, changes, whole, stillMoving) {
    const old = get().viewId === viewId ? get().routes : EMPTY_ROUTES;
    let routes: Table<CanvasRoute>;
    if (whole) {
      const merged = new Map<string, CanvasRoute>();
      for (const [id, r] of changes) {
        if (!r) continue;
        const before = old.get(id);
        merged.set(id, before && routeKey(before.legs, before.label) === routeKey(r.legs, r.label) ? before : r);
      }
      routes = Table.fromMap(merged);
    } else routes = old.withChanges(changes);
    set({ viewId, routes, stale: stillMoving.size ? new Set(stillMoving) : EMPTY_SET });
  },
  markStale(ids) {
    const next = new Set(get().stale);
    let added = false;
    for (const id of ids) {
      if (next.has(id)) continue;
      next.add(id);
      added = true;
    }
    if (added) set({ stale: next });
  },
  clear: () => set({ viewId: null, routes: EMPTY_ROUTES, stale: EMPTY_SET }),
}));

/** Text key of a route's geometry (rounded to a tenth). */
function routeKey(legs: readonly Point[][], label?: { x: number; y: number; text: string }): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  return `${legs.map((leg) => leg.map((p) => `${r(p.x)},${r(p.y)}`).join(' ')).join('|')}${label ? `#${r(label.x)},${r(label.y)},${label.text}` : ''}`;
}
