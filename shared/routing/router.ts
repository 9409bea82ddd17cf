/**
 * The LMV channel router: orthogonal lines that run sideways only in the channels between rows, cross
 * a row only through a gap between its boxes, and so never pass under a box other than their own two
 * ends. Each line has its own track in a channel and its own x in a gap; lines meeting one side of a
 * box get ports of their own, in the order they leave, so they do not cross at the box.
 * Deterministic. A 3,000-element view routes in about a second, a 10,000-element one in ~6–7 s
 * (bench/routing.bench.ts): more than linear, because a larger view's lines cross more rows, so its
 * channels hold more runs per box (6.6 times the runs of the 3,000-element view for 3.3 times the boxes).
 */
import { findBundles, type Bundle } from './bundles';
import { mazeEscape, simplify, type Point, type Rect } from './maze';
import { chainToChannel, cx, isRun, link, PASS_GAP, passageRange, portVert, type Chain, type Run, type Vert } from './plan';
import type { Scene, SceneNode } from './scene';
import { buildSlabs, clamp, CLEARANCE, OUTER_REACH, spread, type Passage, type Slabs } from './slabs';
import { Pulls } from './pulls';
import { separateTerminals } from './terminals';
import { assignTracks, type ChannelUse } from './tracks';
import type { Relation } from '../model/schema';

/** Spacing of lines attached to one side of a box. */
export const PORT_GAP = 12;
/** Spacing of lines running side by side between two neighbours of one row. */
const STRAIGHT_GAP = 10;

/** A relation to draw between two boxes of the scene, possibly through a hub box (MyGDX). */
export interface LineRequest {
  relation: Relation;
  source: string;
  target: string;
  via?: string;
}

export interface RoutedLine {
  relation: Relation;
  /** One polyline per leg, from source to target (two legs when drawn through a hub). */
  legs: Point[][];
  via?: string;
  bundle?: string;
}

export interface BusGeometry {
  bundle: Bundle;
  y: number;
  x0: number;
  x1: number;
}

export interface Routing {
  lines: RoutedLine[];
  bundles: Bundle[];
  buses: BusGeometry[];
  channels: ChannelUse[];
  /** Lines crossing each row (cluster) and the gaps between its boxes they could use: how crowded the gaps are. */
  rows: { crossings: number; gaps: number }[];
}

type Leg = { kind: 'chain'; chain: Chain } | { kind: 'straight'; from: SceneNode; to: SceneNode; pair: string; y: number };

/** Route every request on `scene`. */
export function routeScene(scene: Scene, requests: readonly LineRequest[]): Routing {
  const planned = planRoutes(scene, requests);
  return planned ? drawRoutes(planned) : { lines: [], bundles: [], buses: [], channels: [], rows: [] };
}

/**
 * The routes of every request chosen, before any exact coordinate: sides, channels and passages
 * (what planRoutes decides), with how crowded each row's gaps are already known. Auto-layout reads
 * only that crowding from its first placement when it widens the gaps anyway (layout/reserve.ts),
 * so it does not pay for drawing lines it throws away.
 */
export interface PlannedRoutes {
  /** Lines crossing each row (cluster) and the gaps between its boxes they could use. */
  rows: Routing['rows'];
  /** The rows, channels and passages the plan went through. */
  slabs: Slabs;
  /** @internal what drawRoutes needs */
  readonly state: PlanState;
}

interface PlanState {
  scene: Scene;
  slabs: Slabs;
  bundles: Bundle[];
  runs: Run[];
  verts: Vert[];
  straightPairs: Map<string, Leg[]>;
  stubs: Map<string, Map<string, Chain>>;
  busRuns: Map<string, Run>;
  plans: { request: LineRequest; legs: Leg[]; bundle?: Bundle }[];
  /** x of each of `verts` as planned (drawing moves them, so a plan drawn again starts from here). */
  plannedX: Float64Array;
}

/** Plan every request on `scene` (null when the scene has no rows to route through). */
export function planRoutes(scene: Scene, requests: readonly LineRequest[]): PlannedRoutes | null {
  const slabs = buildSlabs(scene);
  if (slabs.clusters.length === 0) return null;
  const sorted = [...requests].sort((a, b) => (a.relation.id < b.relation.id ? -1 : 1));
  const bundles = findBundles(sorted.filter((r) => !r.via).map((r) => r.relation));
  const bundleOf = new Map<string, Bundle>();
  for (const b of bundles) for (const id of b.relations) bundleOf.set(id, b);
  const runs: Run[] = [];
  const verts: Vert[] = [];
  // each piece listed once, numbered by its place in its list (a run is in the chains of both its ends)
  const listRun = (run: Run) => {
    if (run.index === -1) {
      run.index = runs.length;
      runs.push(run);
    }
  };
  const collect = (chain: Chain) => {
    for (const p of chain) {
      if (isRun(p)) listRun(p);
      else {
        p.index = verts.length;
        verts.push(p);
      }
    }
  };
  const straightPairs = new Map<string, Leg[]>();
  const inside = boxesInside(scene);
  const blockedCache = new Map<string, boolean>();
  const blocked = (n: SceneNode, dir: 'up' | 'down') => {
    const key = `${n.id}\u0000${dir}`;
    let b = blockedCache.get(key);
    if (b === undefined) blockedCache.set(key, (b = freeSide(scene, slabs, n, dir, inside)!.blockers.length > 0));
    return b;
  };

  const planLeg = (S: SceneNode, T: SceneNode, owner: string): Leg => {
    const cS = slabs.clusterOf.get(S.top)!;
    const cT = slabs.clusterOf.get(T.top)!;
    if (cS === cT) {
      const straight = straightLeg(slabs, scene, S, T);
      if (straight) {
        const leg: Leg = { kind: 'straight', from: S, to: T, pair: straight, y: 0 };
        const list = straightPairs.get(straight);
        if (list) list.push(leg);
        else straightPairs.set(straight, [leg]);
        return leg;
      }
    }
    // meet in the channel next to the target's row (or below a shared row); a box whose side towards
    // that channel is walled in by its neighbours leaves by its other side
    let meet = cS === cT ? cS + 1 : cS < cT ? cT : cT + 1;
    if (cS === cT && (blocked(S, 'down') || blocked(T, 'down')) && !blocked(S, 'up') && !blocked(T, 'up')) meet = cS;
    else if (cS !== cT && blocked(T, meet > cT ? 'down' : 'up')) meet = meet > cT ? cT : cT + 1;
    let dirS: 'up' | 'down' = meet > cS ? 'down' : 'up';
    if (cS !== cT && blocked(S, dirS) && !blocked(S, dirS === 'down' ? 'up' : 'down')) dirS = dirS === 'down' ? 'up' : 'down';
    const a = chainToChannel(slabs, S, dirS, meet, cx(T), owner);
    const b = chainToChannel(slabs, T, meet > cT ? 'down' : 'up', meet, cx(S), owner);
    const run: Run = { channel: meet, owner, terms: [], y: 0, index: -1 };
    link(run, a.last);
    link(run, b.last);
    const chain: Chain = [...a.chain, run, ...[...b.chain].reverse()];
    collect(chain);
    return { kind: 'chain', chain };
  };

  // bundles: one stub per member box into a bus in one channel
  const stubs = new Map<string, Map<string, Chain>>();
  const busRuns = new Map<string, Run>();
  for (const bundle of bundles) {
    const nodes = [...new Set([...bundle.sources, ...bundle.targets])].map((id) => scene.byId.get(id)!);
    const cl = (ids: string[]) => ids.map((id) => slabs.clusterOf.get(scene.byId.get(id)!.top)!);
    const cs = cl(bundle.sources);
    const ct = cl(bundle.targets);
    let bus: number;
    if (Math.max(...cs) < Math.min(...ct)) bus = ct.length >= cs.length ? Math.min(...ct) : Math.max(...cs) + 1;
    else if (Math.max(...ct) < Math.min(...cs)) bus = ct.length >= cs.length ? Math.max(...ct) + 1 : Math.min(...cs);
    else bus = Math.max(...cs, ...ct) + 1;
    const run: Run = { channel: bus, owner: bundle.id, terms: [], y: 0, index: -1 };
    const perNode = new Map<string, Chain>();
    for (const n of nodes) {
      const c = slabs.clusterOf.get(n.top)!;
      const s = chainToChannel(slabs, n, bus > c ? 'down' : 'up', bus, cx(n), bundle.id);
      link(run, s.last);
      collect(s.chain);
      perNode.set(n.id, s.chain);
    }
    listRun(run);
    busRuns.set(bundle.id, run);
    stubs.set(bundle.id, perNode);
  }

  const plans: { request: LineRequest; legs: Leg[]; bundle?: Bundle }[] = [];
  for (const r of sorted) {
    const bundle = bundleOf.get(r.relation.id);
    if (bundle) {
      plans.push({ request: r, legs: [], bundle });
      continue;
    }
    const S = scene.byId.get(r.source)!;
    const T = scene.byId.get(r.target)!;
    const hub = r.via ? scene.byId.get(r.via) : undefined;
    const legs = hub ? [planLeg(S, hub, `${r.relation.id}#1`), planLeg(hub, T, `${r.relation.id}#2`)] : [planLeg(S, T, r.relation.id)];
    plans.push({ request: r, legs });
  }
  return { rows: rowsOf(slabs), slabs, state: { scene, slabs, bundles, runs, verts, straightPairs, stubs, busRuns, plans, plannedX: Float64Array.from(verts, (v) => v.x) } };
}

/** How crowded each row's gaps are: the lines the plan sends through it against its gaps. */
function rowsOf(slabs: Slabs): Routing['rows'] {
  return slabs.clusters.map((c) => ({ crossings: c.passages.reduce((sum, p) => sum + p.uses, 0), gaps: Math.max(1, c.passages.length - 2) }));
}

/**
 * The lines of a plan with their exact coordinates: ports, crossings, tracks. Drawing writes those
 * onto the plan's pieces, each step reading where the one before left them: a plan drawn again
 * (planChannels' reserve() called twice) starts over from the planned places, so it draws the same.
 */
export function drawRoutes({ state }: PlannedRoutes): Routing {
  const { scene, slabs, bundles, runs, verts, straightPairs, stubs, busRuns, plans, plannedX } = state;
  verts.forEach((v, i) => {
    v.x = v.desired = plannedX[i];
    if (v.escape) delete v.escape;
  });
  placeStraight(straightPairs);
  placeVerts(scene, slabs, verts);
  separateTerminals(runs);
  const channels = assignTracks(slabs, runs);

  const lines: RoutedLine[] = plans.map(({ request, legs, bundle }) => {
    if (bundle) {
      const perNode = stubs.get(bundle.id)!;
      const bus = busRuns.get(bundle.id)!;
      const a = perNode.get(request.source)!;
      const b = perNode.get(request.target)!;
      return { relation: request.relation, legs: [chainPoints([...a, bus, ...[...b].reverse()])], bundle: bundle.id };
    }
    return {
      relation: request.relation,
      legs: legs.map((leg) => (leg.kind === 'straight' ? straightPoints(leg) : chainPoints(leg.chain))),
      ...(request.via ? { via: request.via } : {}),
    };
  });
  const buses: BusGeometry[] = bundles.map((bundle) => {
    const run = busRuns.get(bundle.id)!;
    const xs = run.terms.map((t) => t.v.x);
    return { bundle, y: run.y, x0: Math.min(...xs), x1: Math.max(...xs) };
  });
  return { lines, bundles, buses, channels, rows: rowsOf(slabs) };
}

/**
 * Key of a pair of boxes in one row that face each other with nothing between them, or null: a line
 * between them is drawn straight across the gap.
 */
function straightLeg(slabs: Slabs, scene: Scene, S: SceneNode, T: SceneNode): string | null {
  if (S.depth > 0 || T.depth > 0 || S.id === T.id) return null;
  const [L, R] = S.x <= T.x ? [S, T] : [T, S];
  if (L.x + L.w + 2 * CLEARANCE > R.x) return null;
  const y0 = Math.max(L.y, R.y) + 10;
  const y1 = Math.min(L.y + L.h, R.y + R.h) - 10;
  if (y1 < y0) return null;
  const cluster = slabs.clusters[slabs.clusterOf.get(S.id)!];
  for (const m of cluster.members) {
    if (m === L || m === R) continue;
    if (m.x < R.x && m.x + m.w > L.x + L.w && m.y - CLEARANCE < y1 && m.y + m.h + CLEARANCE > y0) return null;
  }
  void scene;
  return `${L.id}\u0000${R.id}`;
}

function placeStraight(pairs: Map<string, Leg[]>): void {
  for (const legs of pairs.values()) {
    const first = legs[0] as Extract<Leg, { kind: 'straight' }>;
    const [L, R] = first.from.x <= first.to.x ? [first.from, first.to] : [first.to, first.from];
    const y0 = Math.max(L.y, R.y) + 10;
    const y1 = Math.min(L.y + L.h, R.y + R.h) - 10;
    const mid = (y0 + y1) / 2;
    const ys = spread(legs.map(() => mid), y0, y1, STRAIGHT_GAP);
    // centre the group on the middle of the overlap
    const shift = mid - (ys[0] + ys[ys.length - 1]) / 2;
    legs.forEach((leg, i) => ((leg as Extract<Leg, { kind: 'straight' }>).y = ys[i] + shift));
  }
}

function straightPoints(leg: Extract<Leg, { kind: 'straight' }>): Point[] {
  const { from, to, y } = leg;
  const fx = from.x < to.x ? from.x + from.w : from.x;
  const tx = from.x < to.x ? to.x : to.x + to.w;
  return [
    { x: fx, y },
    { x: tx, y },
  ];
}

/** Free stretches of one side of a box from which a line can drop straight to its channel. */
function freeSide(scene: Scene, slabs: Slabs, node: SceneNode, dir: 'up' | 'down', inside: Map<string, SceneNode[]>): { lo: number; hi: number; blockers: Rect[] } | null {
  const cluster = slabs.clusters[slabs.clusterOf.get(node.top)!];
  const sideY = dir === 'down' ? node.y + node.h : node.y;
  const boundary = dir === 'down' ? cluster.y1 : cluster.y0;
  const yLo = Math.min(sideY, boundary);
  const yHi = Math.max(sideY, boundary);
  const r = Math.min(12, node.w / 4);
  const ancestors = new Set<string>();
  for (let n: SceneNode | undefined = node; n; n = n.parent ? scene.byId.get(n.parent) : undefined) ancestors.add(n.id);
  const blockers: Rect[] = [];
  for (const m of cluster.members) if (m.id !== node.top) blockers.push(m);
  for (const m of inside.get(node.top) ?? []) if (!ancestors.has(m.id) && !isInside(scene, m, node)) blockers.push(m);
  const blocked: [number, number][] = [];
  for (const o of blockers) if (o.y - CLEARANCE < yHi && o.y + o.h + CLEARANCE > yLo) blocked.push([o.x - CLEARANCE, o.x + o.w + CLEARANCE]);
  blocked.sort((a, b) => a[0] - b[0]);
  const free: [number, number][] = [];
  let at = node.x + r;
  const end = node.x + node.w - r;
  for (const [a, b] of blocked) {
    if (a > at) free.push([at, Math.min(a, end)]);
    at = Math.max(at, b);
    if (at >= end) break;
  }
  if (at < end) free.push([at, end]);
  const usable = free.filter(([a, b]) => b - a >= 1);
  if (usable.length === 0) return { lo: node.x + r, hi: end, blockers: blockers.filter((o) => o.y - CLEARANCE < yHi && o.y + o.h + CLEARANCE > yLo) };
  // the widest free stretch (ties: the most central)
  usable.sort((p, q) => q[1] - q[0] - (p[1] - p[0]) || Math.abs((p[0] + p[1]) / 2 - cx(node)) - Math.abs((q[0] + q[1]) / 2 - cx(node)));
  return { lo: usable[0][0], hi: usable[0][1], blockers: [] };
}

function isInside(scene: Scene, m: SceneNode, node: SceneNode): boolean {
  for (let n: SceneNode | undefined = m; n; n = n.parent ? scene.byId.get(n.parent) : undefined) if (n.id === node.id) return true;
  return false;
}

/** The boxes drawn inside each top-level box. */
function boxesInside(scene: Scene): Map<string, SceneNode[]> {
  const inside = new Map<string, SceneNode[]>();
  for (const n of scene.nodes) {
    if (n.depth === 0) continue;
    const list = inside.get(n.top);
    if (list) list.push(n);
    else inside.set(n.top, [n]);
  }
  return inside;
}

/** Exact x of every port and passage crossing: in the order the lines go, spread apart. */
function placeVerts(scene: Scene, slabs: Slabs, verts: Vert[]): void {
  const sides = new Map<string, Vert[]>();
  const passes = new Map<Passage, Vert[]>();
  for (const v of verts) {
    if (v.kind === 'port') {
      const key = `${v.node!.id}\u0000${v.dir}`;
      const list = sides.get(key);
      if (list) list.push(v);
      else sides.set(key, [v]);
    } else {
      const list = passes.get(v.passage!);
      if (list) list.push(v);
      else passes.set(v.passage!, [v]);
    }
  }
  const inside = boxesInside(scene);
  const sideInfo = new Map<string, ReturnType<typeof freeSide>>();
  for (const [key, list] of sides) sideInfo.set(key, freeSide(scene, slabs, list[0].node!, list[0].dir!, inside));
  // a list's verts spread in the order of the x they would like (ties by owner), sorted as indices
  // beside those xs: four rounds over every port and crossing of a large view made a million objects
  const pulls = new Pulls(verts);
  const at = pulls.x;
  const desired = new Float64Array(verts.length);
  const place = (list: Vert[], lo: number, hi: number, gap: number, phase: number) => {
    if (list.length === 1) {
      // what spread gives one item, without its arrays (most box sides have one port)
      const i = list[0].index;
      const d = pulls.desired(i);
      at[i] = hi < lo ? (lo + hi) / 2 : clamp(d, lo, hi);
      desired[i] = d;
      return;
    }
    const d = list.map((v) => pulls.desired(v.index));
    const ranked = list.map((_, i) => i).sort((a, b) => d[a] - d[b] || (list[a].owner < list[b].owner ? -1 : 1));
    const xs = spread(
      ranked.map((i) => d[i]),
      lo,
      hi,
      gap,
      phase,
    );
    ranked.forEach((i, k) => ((at[list[i].index] = xs[k]), (desired[list[i].index] = d[i])));
  };
  for (let round = 0; round < 4; round++) {
    for (const [key, list] of sides) {
      const info = sideInfo.get(key)!;
      place(list, info!.lo, info!.hi, PORT_GAP, 0);
    }
    for (const [passage, list] of passes) {
      const [lo, hi] = passageRange(passage);
      // rows alternate half a step when crowded, so two rows' crossings never line up at one x
      place(list, lo, hi, PASS_GAP, passage.cluster % 2 ? 0.5 : 0);
    }
  }
  verts.forEach((v, i) => ((v.x = at[i]), (v.desired = desired[i])));
  // ports with no straight way down (or up) to their channel find one around their neighbours
  for (const [key, list] of sides) {
    const info = sideInfo.get(key)!;
    if (!info || info.blockers.length === 0) continue;
    for (const v of list) {
      const node = v.node!;
      const cluster = slabs.clusters[slabs.clusterOf.get(node.top)!];
      const start = { x: v.x, y: v.dir === 'down' ? node.y + node.h : node.y };
      const goal = v.dir === 'down' ? cluster.y1 : cluster.y0;
      const path = mazeEscape(start, goal, v.desired, info.blockers, slabs.xMin - OUTER_REACH / 2, slabs.xMax + OUTER_REACH / 2);
      if (path) {
        v.escape = path;
        v.x = path[path.length - 1].x;
      }
    }
  }
}

/** The polyline of a chain: port, along the tracks, port. */
function chainPoints(chain: Chain): Point[] {
  const pts: Point[] = [];
  const first = chain[0] as Vert;
  const last = chain[chain.length - 1] as Vert;
  pts.push(...vertEnd(first));
  for (let i = 1; i < chain.length - 1; i += 2) {
    const run = chain[i] as Run;
    const before = chain[i - 1] as Vert;
    const after = chain[i + 1] as Vert;
    pts.push({ x: before.x, y: run.y }, { x: after.x, y: run.y });
  }
  pts.push(...vertEnd(last).reverse());
  return simplify(pts);
}

/** The piece of a port from its box side to where it meets its channel (a bare point for a crossing). */
function vertEnd(v: Vert): Point[] {
  if (v.kind !== 'port') return [];
  if (v.escape) return v.escape.map((p) => ({ ...p }));
  const n = v.node!;
  return [{ x: v.x, y: v.dir === 'down' ? n.y + n.h : n.y }];
}

export { portVert, PASS_GAP };
