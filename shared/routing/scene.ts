/**
 * The drawn geometry of one LMV view, before any line is routed: every box where it is drawn and
 * how big it is. Shared by the canvas, the SVG/PNG export, the view PDF and the Kertas Cadangan, so
 * they all draw the same picture.
 *
 * Three rules turn stored positions into drawn ones:
 * - nesting (Jadual 3-1 label 5, "aplikasi bersepadu, modul dan perkhidmatan aplikasi"): a module or
 *   application service whose parent is on the view is drawn inside the parent's box, which grows to
 *   hold its children; the stored positions of children are only used to order them;
 * - every box in its band: a box whose stored top lies outside the band of its kind is moved into it;
 * - a band grows when a box in it needs more height (the bands below move down with their boxes).
 */
import { boxIds } from '../model/boxes-record';
import { bandLayout, NODE_HEIGHT, NODE_WIDTH } from '../model/bands';
import { bandOf } from '../model/kinds';
import type { Element, LakarDocument, NodeLayout, View } from '../model/schema';
import { BANDS, type Band } from '../model/vocabulary';
import { childrenByParent } from '../model/table-index';
import type { NodesById } from './scene-lookup';
import { protectionOf } from './protection';
import { factLines, nameLines, oneLineWidth, TEXT, TEXT_PAD } from './text';

/** Space kept between a box and the edge of its band. */
export const BAND_INSET = 8;
/** Size of a module or application service drawn inside its parent (when it has no children itself). */
export const CHILD_WIDTH = 150;
export const CHILD_HEIGHT = 46;
/** Padding inside a parent box, and the gap between its children. */
export const NEST_PAD = 8;
export const NEST_GAP = 8;
/** Height of a parent box's title (kind caption and name) above its children. */
export const NEST_HEAD = 40;
export const NEST_HEAD_INNER = 38;
/** Widest a parent grows for its name to fit its head on one line (longer names are cut). */
const MAX_HEAD_WIDTH = 2 * NODE_WIDTH;
export { MAX_HARDWARE_LINES } from './text';

export interface SceneNode {
  id: string;
  element: Element;
  band: Band;
  bandIndex: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The box this one is drawn inside (module → application, service → module or application). */
  parent?: string;
  /** Id of the top-level box that holds this one (itself when it is top-level). */
  top: string;
  /** 0 for a top-level box, 1 for a child, 2 for a grandchild. */
  depth: number;
  /** Children drawn inside this box, in drawing order. */
  children: string[];
  /** A site's protecting security controls by name, listed in its box (shared/routing/protection.ts). */
  protectedBy?: readonly string[];
}

/** What a scene is drawn from: the elements, and the relations when a site's protection is to be listed in its box (protection.ts). */
export type SceneDoc = Pick<LakarDocument, 'elements'> & Partial<Pick<LakarDocument, 'relations'>>;

export interface SceneBand {
  band: Band;
  index: number;
  top: number;
  height: number;
}

export interface Scene {
  view: View;
  bands: SceneBand[];
  /** Parents before their children (draw in this order). */
  nodes: SceneNode[];
  byId: NodesById;
}

/** What a text height was worked out from, so a remembered one is only reused for the same name and facts. */
interface MeasuredText {
  name: string;
  facts: number;
  h: number;
}

/**
 * Text heights per box width, remembered per element object: every scene measures every box, and a
 * view of 90,000 boxes rebuilt after one rename would otherwise measure all of them again (the name
 * cache in text.ts holds fewer names than such a view has). Keyed by the element object, so an
 * element no longer in the document is forgotten; checked against name and facts, so it stays right
 * even if an element object were changed in place.
 */
const measured = new Map<number, WeakMap<Element, MeasuredText>>();

const NO_NAMES: readonly string[] = Object.freeze([]);

/** Height a box of width `w` needs for its caption, its name and its fact lines (a site's with the controls `protectedBy`). */
export function textHeight(element: Element, w: number, protectedBy: readonly string[] = NO_NAMES): number {
  // a site's hardware lines as drawn (wrapped at this width); the language does not change their count
  const facts = element.kind === 'site' ? factLines(element, 'ms', w, protectedBy).length : 0;
  let atWidth = measured.get(w);
  if (!atWidth) {
    // boxes come in a few widths (stored widths are whole numbers a user dragged); start afresh past many
    if (measured.size > 64) measured.clear();
    atWidth = new WeakMap();
    measured.set(w, atWidth);
  }
  const known = atWidth.get(element);
  if (known && known.name === element.name && known.facts === facts) return known.h;
  const h = 2 * TEXT_PAD + TEXT.caption + 4 + TEXT.nameLine * nameLines(element.name, w) + (facts ? 3 + TEXT.factLine * facts : 0) + 2;
  atWidth.set(element, { name: element.name, facts, h });
  return h;
}

/** Widths an auto-layout may give a box whose name or fact lines wrap at the default width. */
const WIDER = [NODE_WIDTH, 200, 230];

/**
 * Width an auto-layout gives `element`'s box when none is stored: the narrowest of WIDER at which its
 * text takes as few lines as at the widest. For a site, its name, hardware, software and placement
 * matters (001 §3.3.4 g); for any other box, a name of three lines or more at the default width (the
 * worked example's "Perkhidmatan Pengurusan Pengambilan Pekerja"). Rows have room to widen; a
 * taller band shrinks the whole drawing, and the worked example's LMV must stay on one A3 page at a
 * readable scale. Every other box keeps the default width.
 */
export function layoutWidth(element: Element, protectedBy: readonly string[] = NO_NAMES): number {
  if (element.kind !== 'site' || (!element.hardware?.length && !element.software?.length && !element.placement?.length && !protectedBy.length)) {
    if (nameLines(element.name, NODE_WIDTH) < 3) return NODE_WIDTH;
  }
  const fewest = textHeight(element, WIDER[WIDER.length - 1], protectedBy);
  return WIDER.find((w) => textHeight(element, w, protectedBy) <= fewest) ?? NODE_WIDTH;
}

/** Natural size of a box that holds no children: the stored size, taller when its name or facts (a site's with the controls `protectedBy`) need it. */
export function leafSize(element: Element, stored: Pick<NodeLayout, 'w' | 'h'> | undefined, protectedBy: readonly string[] = NO_NAMES): { w: number; h: number } {
  const w = stored?.w ?? NODE_WIDTH;
  return { w, h: Math.max(stored?.h ?? NODE_HEIGHT, Math.ceil(textHeight(element, w, protectedBy))) };
}

/** The parent an element is drawn inside on a view holding `onView`, if any (cycles and missing parents give none). */
export function nestingParent(doc: Pick<LakarDocument, 'elements'>, id: string, onView: (id: string) => boolean): string | undefined {
  const el = doc.elements.get(id);
  if (!el || (el.kind !== 'module' && el.kind !== 'appService') || !el.parentId || el.parentId === id) return undefined;
  const parent = doc.elements.get(el.parentId);
  if (!parent || !onView(parent.id)) return undefined;
  // a module sits in an application; an application service in an application or a module
  if (el.kind === 'module' && parent.kind !== 'application') return undefined;
  if (el.kind === 'appService' && parent.kind !== 'application' && parent.kind !== 'module') return undefined;
  return parent.id;
}

export interface Nest {
  parentOf: Map<string, string>;
  childrenOf: Map<string, string[]>;
}

/** Parent/child links among the elements on `view`, children ordered by their stored position. */
export function nesting(doc: Pick<LakarDocument, 'elements'>, view: Pick<View, 'nodes'>): Nest {
  return nestingOf(doc, view, boxIds(view.nodes));
}

/** nesting() given the ids of the view's nodes (in their stored order), so a caller walking them too lists them once. */
function nestingOf(doc: Pick<LakarDocument, 'elements'>, view: Pick<View, 'nodes'>, ids: readonly string[]): Nest {
  return drain(nestingSteps(doc, view, ids));
}

/** nestingOf in steps (see `sceneSteps`). */
function* nestingSteps(doc: Pick<LakarDocument, 'elements'>, view: Pick<View, 'nodes'>, ids: readonly string[]): Generator<void, Nest, unknown> {
  const parentOf = new Map<string, string>();
  const childrenOf = new Map<string, string[]>();
  const onView = (id: string) => view.nodes[id] !== undefined && doc.elements.get(id) !== undefined;
  let step = 0;
  for (const id of ids) {
    if (++step === BOXES_PER_STEP) {
      step = 0;
      yield;
    }
    // only a module or an application service with a parent can be drawn inside another box
    const el = doc.elements.get(id);
    if (!el || (el.kind !== 'module' && el.kind !== 'appService') || !el.parentId) continue;
    const p = nestingParent(doc, id, onView);
    if (p === undefined) continue;
    parentOf.set(id, p);
  }
  // a module's parent is an application (never nested), so chains are at most application → module → service
  for (const [child, parent] of parentOf) {
    const list = childrenOf.get(parent);
    if (list) list.push(child);
    else childrenOf.set(parent, [child]);
  }
  const order = byStoredPosition((id) => view.nodes[id]);
  for (const list of childrenOf.values()) list.sort(order);
  return { parentOf, childrenOf };
}

/**
 * Tops of children closer than this are on one row. A drawn parent's rows are at least a child's
 * height and a gap apart; children placed by hand (or by another tool) on one row may be a few
 * pixels off it.
 */
const SAME_ROW = CHILD_HEIGHT / 2;

/**
 * The order of a parent's children: by stored position, row by row from the top, left to right in a
 * row — the order `pack` lays them out in, so drawing a drawn parent again keeps every child where
 * it is. (Left to right first reshuffled a parent of five or more children, two rows, at every
 * normalisation: a child of the second row at the left came before the first row's right ones.)
 */
function byStoredPosition(at: (id: string) => NodeLayout | undefined): (a: string, b: string) => number {
  return (a, b) => {
    const pa = at(a)!;
    const pb = at(b)!;
    const dy = pa.y - pb.y;
    return (Math.abs(dy) >= SAME_ROW ? dy : 0) || pa.x - pb.x || dy || (a < b ? -1 : 1);
  };
}

/**
 * Some trees of a view as buildScene nests them: the top-level box holding each of `ids` (itself when
 * it is top-level), and the parent/child links within those trees, children in the order nesting()
 * gives. `at` gives a box's stored position (undefined off the view). Costs the size of the trees, not
 * of the view (children are found from an index that follows the element table's edits).
 */
export function treesOf(doc: Pick<LakarDocument, 'elements'>, at: (id: string) => NodeLayout | undefined, ids: Iterable<string>): { tops: string[]; nest: Nest } {
  const onView = (id: string) => at(id) !== undefined && doc.elements.get(id) !== undefined;
  const tops = new Set<string>();
  for (const id of ids) {
    if (!onView(id)) continue;
    let top = id;
    // a module's parent is an application (never nested): at most two steps up
    for (let p = nestingParent(doc, top, onView); p !== undefined; p = nestingParent(doc, top, onView)) top = p;
    tops.add(top);
  }
  const parentOf = new Map<string, string>();
  const childrenOf = new Map<string, string[]>();
  const order = byStoredPosition(at);
  const addChildren = (parent: string) => {
    const kids = childrenByParent.itemsNaming(doc.elements, [parent]).filter((k) => onView(k) && nestingParent(doc, k, onView) === parent);
    if (!kids.length) return;
    kids.sort(order);
    childrenOf.set(parent, kids);
    for (const k of kids) {
      parentOf.set(k, parent);
      addChildren(k);
    }
  };
  for (const top of tops) addChildren(top);
  return { tops: [...tops], nest: { parentOf, childrenOf } };
}

interface Packed {
  w: number;
  h: number;
  /** Offsets of each child from the parent's top-left corner. */
  at: Map<string, { dx: number; dy: number; w: number; h: number; packed?: Packed }>;
}

/** Columns a parent uses for `n` children: one row up to four, then a roughly 3:2 grid. */
export function nestColumns(n: number): number {
  return n <= 4 ? n : Math.ceil(Math.sqrt(n * 1.5));
}

/** Width a parent's head needs to show `name` on one line (a parent is at least that wide, up to a limit). */
export function headWidth(name: string): number {
  return Math.min(MAX_HEAD_WIDTH, oneLineWidth(name, TEXT.name, true) + 2 * TEXT_PAD);
}

function pack(id: string, nest: Nest, minW: number, inner: boolean, elements: LakarDocument['elements']): Packed {
  const kids = nest.childrenOf.get(id) ?? [];
  const at: Packed['at'] = new Map();
  if (kids.length === 0) return { w: minW, h: 0, at };
  const sizes = kids.map((k) => {
    const sub = nest.childrenOf.get(k)?.length ? pack(k, nest, CHILD_WIDTH, true, elements) : undefined;
    return { id: k, w: sub ? sub.w : CHILD_WIDTH, h: sub ? sub.h : Math.max(CHILD_HEIGHT, Math.ceil(textHeight(elements.get(k)!, CHILD_WIDTH))), sub };
  });
  const cols = nestColumns(kids.length);
  const head = inner ? NEST_HEAD_INNER : NEST_HEAD;
  let y = head;
  let width = 0;
  for (let r = 0; r * cols < sizes.length; r++) {
    const row = sizes.slice(r * cols, (r + 1) * cols);
    let x = NEST_PAD;
    const rowH = Math.max(...row.map((s) => s.h));
    for (const s of row) {
      at.set(s.id, { dx: x, dy: y, w: s.w, h: s.h, packed: s.sub });
      x += s.w + NEST_GAP;
    }
    width = Math.max(width, x - NEST_GAP + NEST_PAD);
    y += rowH + NEST_GAP;
  }
  // the head shows the parent's name on one line (001 §3.3.4 d: the modules by name): a parent as
  // wide as its name needs, up to a limit, rather than a name cut to "Policy Data Managem…"
  const w = Math.max(minW, width, headWidth(elements.get(id)?.name ?? ''));
  // centre the rows in a parent wider than they are
  if (w > width) for (const v of at.values()) v.dx += (w - width) / 2;
  return { w, h: y - NEST_GAP + NEST_PAD, at };
}

/** Size of top-level box `id` of `view`, grown to hold its children (the layout uses it to place boxes). */
export function boxSize(doc: SceneDoc, view: Pick<View, 'nodes'>, id: string, nest: Nest = nesting(doc, view)): { w: number; h: number } {
  const el = doc.elements.get(id)!;
  return topBoxSize(el, view.nodes[id], nest, doc.elements, protectionOf(doc)(el));
}

function topBoxSize(el: Element, stored: NodeLayout | undefined, nest: Nest, elements: LakarDocument['elements'], protectedBy: readonly string[]): { w: number; h: number } {
  if (!nest.childrenOf.get(el.id)?.length) return leafSize(el, stored, protectedBy);
  // a parent's stored size is the one the scene gave it: never a minimum, so it shrinks when a child leaves
  const p = pack(el.id, nest, NODE_WIDTH, false, elements);
  return { w: p.w, h: Math.max(p.h, NODE_HEIGHT) };
}

/**
 * The scene of `view`: nested boxes placed in their parents, every top-level box moved into its band,
 * bands grown to hold their boxes.
 */
export function buildScene(doc: SceneDoc, view: View): Scene {
  return drain(sceneSteps(doc, view));
}

/** Boxes a step of `sceneSteps` handles (a few ms): a step is what work in idle time does between looks at the time left. */
export const BOXES_PER_STEP = 2_000;

/** What `steps` returns once it has run to its end. */
export function drain<T>(steps: Generator<void, T, unknown>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * buildScene in steps: it pauses every `BOXES_PER_STEP` boxes, and returns the scene. Why: checking
 * in idle time after opening that a view is stored as drawn (shared/commands/normalize.ts) builds the
 * scene of a view of up to 92,000 boxes (~1 s of CPU), which must not stall the window in one piece.
 */
export function* sceneSteps(doc: SceneDoc, view: View): Generator<void, Scene, unknown> {
  // listed once: walking the keys of a view of 90,000 boxes costs more than reading them
  const ids = boxIds(view.nodes);
  const nest = yield* nestingSteps(doc, view, ids);
  yield;
  let step = 0;
  const stored = bandLayout(view);
  const heights = stored.map((b) => b.height);
  const protection = protectionOf(doc);
  // top-level boxes per band, with their size
  const perBand: { id: string; el: Element; x: number; y: number; w: number; h: number; rel: number; protectedBy: readonly string[] }[][] = BANDS.map(() => []);
  for (const id of ids) {
    const el = doc.elements.get(id);
    if (!el || nest.parentOf.has(id)) continue;
    const pos = view.nodes[id];
    const protectedBy = protection(el);
    const { w, h } = topBoxSize(el, pos, nest, doc.elements, protectedBy);
    perBand[BANDS.indexOf(bandOf(el.kind))].push({ id, el, x: pos.x, y: pos.y, w, h, rel: 0, protectedBy });
    if (++step === BOXES_PER_STEP) {
      step = 0;
      yield;
    }
  }
  const nodes: SceneNode[] = [];
  const byId = new Map<string, SceneNode>();
  const bands: SceneBand[] = [];
  let top = 0;
  for (let index = 0; index < BANDS.length; index++) {
    const band = BANDS[index];
    const s = stored[index];
    let height = heights[index];
    const placed = perBand[index];
    for (const b of placed) b.rel = topInBand(b.y, b.h, s);
    for (const b of placed) height = Math.max(height, b.rel + b.h + BAND_INSET);
    for (const b of placed) {
      addNode(doc, nest, nodes, byId, b.id, b.el, band, index, b.x, top + b.rel, b.w, b.h, undefined, b.id, 0);
      if (b.protectedBy.length) byId.get(b.id)!.protectedBy = b.protectedBy;
      if (++step === BOXES_PER_STEP) {
        step = 0;
        yield;
      }
    }
    bands.push({ band, index, top, height });
    top += height;
  }
  return { view, bands, nodes, byId };
}

/**
 * Where a top-level box of height `h` stored at `y` is drawn in its band (`stored`: the band as the
 * view stores it), from the band's top: a box whose top lies in the band keeps its place; any other
 * is moved in. The band needs `topInBand + h + BAND_INSET` of height for it.
 */
export function topInBand(y: number, h: number, stored: { top: number; height: number }): number {
  const rel = y - stored.top;
  const inside = rel >= 0 && rel < stored.height;
  return inside ? Math.max(rel, BAND_INSET) : Math.max(BAND_INSET, Math.min(rel, stored.height - h - BAND_INSET));
}

/**
 * The scene nodes of top-level box `id` (stored at `stored`) and of the boxes drawn inside it, as
 * buildScene gives them when its band is stored as `storedBand` and drawn from `bandTop`; `needs` is
 * the height its band needs for it. For a tree of `treesOf`.
 */
export function treeScene(
  doc: SceneDoc,
  nest: Nest,
  id: string,
  stored: NodeLayout,
  storedBand: { top: number; height: number },
  bandTop: number,
): { nodes: SceneNode[]; needs: number } {
  const el = doc.elements.get(id)!;
  const protectedBy = protectionOf(doc)(el);
  const { w, h } = topBoxSize(el, stored, nest, doc.elements, protectedBy);
  const rel = topInBand(stored.y, h, storedBand);
  const bandIndex = BANDS.indexOf(bandOf(el.kind));
  const nodes: SceneNode[] = [];
  addNode(doc, nest, nodes, new Map(), id, el, BANDS[bandIndex], bandIndex, stored.x, bandTop + rel, w, h, undefined, id, 0);
  if (protectedBy.length) nodes[0].protectedBy = protectedBy;
  return { nodes, needs: rel + h + BAND_INSET };
}

/** Children of every box that holds none (shared: a view has tens of thousands of such boxes; frozen, so nobody adds to it). */
const NO_CHILDREN = Object.freeze([]) as unknown as string[];

function addNode(
  doc: Pick<LakarDocument, 'elements'>,
  nest: Nest,
  nodes: SceneNode[],
  byId: Map<string, SceneNode>,
  id: string,
  element: Element,
  band: Band,
  bandIndex: number,
  x: number,
  y: number,
  w: number,
  h: number,
  parent: string | undefined,
  top: string,
  depth: number,
  packed?: Packed,
): void {
  const kids = nest.childrenOf.get(id) ?? NO_CHILDREN;
  const node: SceneNode = { id, element, band, bandIndex, x, y, w, h, parent, top, depth, children: kids };
  nodes.push(node);
  byId.set(id, node);
  if (kids.length === 0) return;
  const layout = packed ?? pack(id, nest, w, depth > 0, doc.elements);
  for (const k of kids) {
    const a = layout.at.get(k)!;
    addNode(doc, nest, nodes, byId, k, doc.elements.get(k)!, band, bandIndex, x + a.dx, y + a.dy, a.w, a.h, id, top, depth + 1, a.packed);
  }
}

/** True when `a` is `b` or holds `b` (directly or through a child). */
export function holds(scene: Scene, a: string, b: string): boolean {
  for (let n: SceneNode | undefined = scene.byId.get(b); n; n = n.parent ? scene.byId.get(n.parent) : undefined) if (n.id === a) return true;
  return false;
}

/**
 * The stored positions that draw as the scene does: top-level boxes where they are drawn, children
 * where their parent puts them, parents with their grown size. Commands store these so every reader
 * of the file (other tools included) sees the same picture.
 */
export function sceneLayout(scene: Scene): { nodes: Record<string, NodeLayout>; bandHeights: number[] } {
  const nodes: Record<string, NodeLayout> = {};
  for (const n of scene.nodes) nodes[n.id] = sceneNodeLayout(n, scene.view.nodes[n.id]);
  return { nodes, bandHeights: scene.bands.map((b) => b.height) };
}

/** The stored position of one scene node (`old`: what the view stores for it now), as sceneLayout gives it. */
export function sceneNodeLayout(n: SceneNode, old: NodeLayout | undefined): NodeLayout {
  const out: NodeLayout = { x: Math.round(n.x), y: Math.round(n.y) };
  if (n.children.length > 0 || n.depth > 0) {
    out.w = Math.round(n.w);
    out.h = Math.round(n.h);
  } else {
    if (old?.w !== undefined) out.w = old.w;
    if (old?.h !== undefined) out.h = old.h;
  }
  return out;
}
