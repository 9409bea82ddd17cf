/** What a benchmark page exposes to bench/canvas.bench.ts (as `window.__bench`), and shared timing helpers. */
import { bandLayout, type View } from '../../shared/model';

/** Measured when a page has drawn its first frame of the graph. */
export interface ReadyInfo {
  /** From `root.render()` to the first frame with the visible nodes drawn. */
  firstRenderMs: number;
  /** Nodes and edges in the DOM (only the visible ones render). */
  nodesInDom: number;
  edgesInDom: number;
  pane: { width: number; height: number };
}

export interface BenchPage {
  ready: Promise<ReadyInfo>;
  /**
   * Editor only: resolves, with the ms since the first frame, once the routing worker's lines have
   * arrived. The pans are measured after it: until then the worker routing the whole view (seconds
   * at 10,000 elements) takes CPU from the page, and its reply re-draws every line.
   */
  routed?: Promise<number>;
  /** Pan by (dx, dy) screen pixels on each of `frames` frames, from viewport `start`; resolves with each frame's duration in ms. */
  pan(start: Viewport, frames: number, dx: number, dy: number): Promise<number[]>;
  /**
   * Editor only: apply a command `reps` times; JS time to commit, time to the next frame, and the command alone (no store, no UI), in ms.
   * `routed`: after each edit, wait until the routing worker's lines for it are in (so a trace of the edits holds the routing's
   * main-thread work too), and give the ms from each edit to its lines (`routed`).
   */
  command?(kind: 'rename' | 'move', reps: number, options?: { routed?: boolean }): Promise<{ commit: number[]; frame: number[]; alone: number[]; routed?: number[] }>;
}

declare global {
  interface Window {
    __bench: BenchPage;
  }
}

/** The next animation frame's timestamp. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Resolves after pending microtasks (React's synchronous store re-render) have run. */
export function afterMicrotasks(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * Where the pans run: an overview of the busiest bands and a working zoom. Each is placed against
 * the top of the applications band (`above` flow units above it), so every size of the generated
 * view shows the same part of the landscape, the process band over the first rows of applications;
 * at 3,000 elements they are (−2600, −1100) at zoom 0.6 and (−5200, −2300) at zoom 1.
 */
const SCENES = {
  overview: { x: -2600, above: 1105, zoom: 0.6 },
  detail: { x: -5200, above: 638, zoom: 1 },
};
export type Scene = keyof typeof SCENES;
export const SCENE_NAMES = Object.keys(SCENES) as Scene[];

/** The pan scenes' start viewports on a view with these band heights. */
export function panViewports(view: Pick<View, 'bandHeights'>): Record<Scene, Viewport> {
  const applications = bandLayout(view).find((b) => b.band === 'applications')!.top;
  const at = ({ x, above, zoom }: (typeof SCENES)[Scene]): Viewport => ({ x, y: Math.round(-(applications - above) * zoom), zoom });
  return { overview: at(SCENES.overview), detail: at(SCENES.detail) };
}

/** The viewport both pages open at: the overview scene. */
export const startViewport = (view: Pick<View, 'bandHeights'>): Viewport => panViewports(view).overview;

/** Resolve once `.react-flow__node` elements are in the DOM and two frames have passed. */
export async function whenDrawn(t0: number): Promise<ReadyInfo> {
  while (document.querySelectorAll('.react-flow__node').length === 0) await nextFrame();
  await nextFrame();
  const firstRenderMs = performance.now() - t0;
  await nextFrame();
  const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
  return {
    firstRenderMs,
    nodesInDom: document.querySelectorAll('.react-flow__node').length,
    edgesInDom: document.querySelectorAll('.react-flow__edge').length,
    pane: { width: Math.round(pane.width), height: Math.round(pane.height) },
  };
}

/** Pan with `setViewport` once per frame from `start`, returning frame durations. */
export async function panFrames(get: () => Viewport, set: (v: Viewport) => void, start: Viewport, frames: number, dx: number, dy: number): Promise<number[]> {
  const times: number[] = [];
  const work: number[] = [];
  (window as unknown as { __work: number[] }).__work = work;
  set(start);
  await nextFrame();
  await nextFrame();
  let last = await nextFrame();
  for (let i = 0; i < frames; i++) {
    const v = get();
    const t0 = performance.now();
    set({ x: v.x - dx, y: v.y - dy, zoom: v.zoom });
    await afterMicrotasks();
    work.push(performance.now() - t0);
    const now = await nextFrame();
    times.push(now - last);
    last = now;
  }
  return times;
}

/** What the model tree page (tree.html, issue 18) exposes to bench/canvas.bench.ts as `window.__treeBench`. */
export interface TreeBenchPage {
  /** From `root.render()` to the first frame with the tree's rows drawn, and how many rows are in the DOM. */
  ready: Promise<{ firstRenderMs: number; rowsInDom: number }>;
  /** Type `query` into the tree's search (one input event) `reps` times; ms from the event to the frame showing a row named `expect`. */
  search(query: string, expect: string, reps: number): Promise<number[]>;
  /** Empty the search box and wait until the whole tree is back. */
  clear(): Promise<void>;
  /** Rename the first element `reps` times; ms from the command to the frame where the tree shows the new name, and the store's synchronous dispatch alone. */
  rename(reps: number): Promise<{ shown: number[]; dispatched: number[] }>;
}
