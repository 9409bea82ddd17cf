/**
 * Labels on the routed lines: a flow's "method · data · berkala/one-off" (or just its method where the
 * long text finds no room), a network bus's speed, a relation's own label. Each sits on or right beside
 * its line where it covers no box and no other label, and, where it can, with room to spare from them,
 * clear of the other lines drawn in its colour and hiding few other flows; uniform grids keep the
 * search near-linear on big views.
 */
import type { Lang } from '../i18n';
import type { FlowMethod } from '../model/vocabulary';
import { BAND_HEADER_WIDTH } from '../model/bands';
import type { LakarDocument, Relation } from '../model/schema';
// the label placer tells lines apart as the drawings colour them
import { flowStyle, RELATION_STYLE } from '../export/svg/flow-style';
import { flowLabelTexts, formatSpeed } from './text';
import type { Point, Rect } from './maze';
import { RectGrid } from './rect-grid';
import { SegmentGrid } from './segment-grid';
import type { Routing } from './router';
import type { Scene } from './scene';

/** Font size of line labels in model units (6 pt on paper at the smallest print scale). */
export const LABEL_FONT = 11;
const LABEL_H = 15;

export interface PlacedLabel {
  text: string;
  /** Centre. */
  x: number;
  y: number;
  w: number;
  h: number;
  relation?: string;
  bundle?: string;
  /** Set for a data flow's label: the colour follows the method. */
  method?: FlowMethod | 'other';
}

/** Size of a label's box for `text` (both drawings use it, so placement holds in both). */
export function labelSize(text: string): { w: number; h: number } {
  return { w: text.length * LABEL_FONT * 0.55 + 10, h: LABEL_H };
}

const STEPS = [0.5, 0.32, 0.68, 0.18, 0.82];

/** Segments of `legs`, horizontal ones first, longest first. */
function segmentsOf(legs: readonly Point[][]): [Point, Point][] {
  const segs: [Point, Point][] = [];
  for (const leg of legs) for (let i = 1; i < leg.length; i++) segs.push([leg[i - 1], leg[i]]);
  const len = (s: [Point, Point]) => Math.abs(s[1].x - s[0].x) + Math.abs(s[1].y - s[0].y);
  const horizontal = (s: [Point, Point]) => Math.abs(s[1].y - s[0].y) < 0.5;
  return segs.filter((s) => len(s) > 1).sort((a, b) => Number(horizontal(b)) - Number(horizontal(a)) || len(b) - len(a));
}

/** Cost of a label over (or within LINE_MARGIN of) another line of its colour: the reader can no longer tell which line it names. */
const OTHER_LINE = 0.5;
/**
 * Cost of a label beside its line rather than on it (index: how far beside, in label heights or
 * widths): right beside, still plainly its line's where no other line comes near; farther out,
 * detached from it, as unclear as a label over two or more other lines, yet better than covering a
 * box's name (a short line between two boxes side by side has no room on or right beside it).
 */
const BESIDE = [0, 0.3, 1, 1.5, 2, 2.5];
/** Sides tried, from the line outwards: on it, right beside it, then farther out. */
const SIDES = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5];
/** Cost of a label reaching past the rightmost box: the drawing grows wider and prints smaller. */
const PAST_RIGHT = 1;

/** Spots tried, once one covering no label or box is found, for one clear of other lines as well. */
const SPOTS_AFTER_CLEAR = 48;
/** Spots tried at most for one text: in a crowded stretch the least bad of these will do. */
const MAX_SPOTS = 80;

/** Distance (model units) within which a line passing a label reads as one it might name. */
const LINE_MARGIN = 3;
/**
 * Room (model units) kept around a label, from other labels and from boxes, where the drawing has it:
 * labels a hair apart read as one run of text, and one touching a box reads as part of it (about
 * 1.5 mm on the worked example's A3 page).
 */
const LABEL_CLEARANCE = 6;
/** Cost of a label or box within LABEL_CLEARANCE of a spot (not under it: that is never taken where a clear spot exists). */
const CROWDED = 0.3;
/** Closer than this (model units), a label touches its neighbour to the eye. */
const TOUCHING = 2;
/** Further cost of a label or box TOUCHING a spot: one label touching a box is worse than one a little near a few. */
const TOUCHED = 0.5;
/**
 * Cost of another data flow's line under a label: it is hidden there, and the eye loses where it goes
 * (the grey lines of other relations are not counted: a large view has tens of thousands of their
 * pieces, and indexing them for this cost a 3,000-element view some 150 ms).
 */
const HIDDEN_LINE = 0.2;

/** The data flows' lines of every colour, as one look (the lines a label may hide: see HIDDEN_LINE). */
const ALL_FLOWS = Symbol('all data flows');

/** `r` with `by` more on every side. */
const grow = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, w: r.w + 2 * by, h: r.h + 2 * by });

/** What a line looks like to a reader telling lines apart: its colour (the colour its label is written in). */
function lookOf(relation: Relation): string {
  return relation.kind === 'dataFlow' ? flowStyle(relation.method).color : RELATION_STYLE.color;
}

/**
 * The pieces of the routed lines and buses of one look, each numbered by its line (or bus), built
 * the first time a label of that look asks: lines of other colours do not make a label ambiguous,
 * and a large view's grey relations need no index when none of them is labelled.
 */
function linesByLook(routing: Routing): { grid: (look: string | typeof ALL_FLOWS) => SegmentGrid; idOf: (id: string) => number } {
  const ids = new Map<string, number>();
  const idOf = (id: string) => {
    let n = ids.get(id);
    if (n === undefined) ids.set(id, (n = ids.size));
    return n;
  };
  const grids = new Map<string | typeof ALL_FLOWS, SegmentGrid>();
  /** The lines of `look`, or every data flow's (ALL_FLOWS). */
  const grid = (look: string | typeof ALL_FLOWS) => {
    let g = grids.get(look);
    if (g) return g;
    grids.set(look, (g = new SegmentGrid()));
    for (const line of routing.lines) {
      if (look === ALL_FLOWS ? line.relation.kind !== 'dataFlow' : lookOf(line.relation) !== look) continue;
      const n = idOf(line.bundle ?? line.relation.id);
      for (const leg of line.legs) for (let i = 1; i < leg.length; i++) g.add(leg[i - 1], leg[i], n);
    }
    if (look === RELATION_STYLE.color) for (const bus of routing.buses) g.add({ x: bus.x0, y: bus.y }, { x: bus.x1, y: bus.y }, idOf(bus.bundle.id));
    return g;
  };
  return { grid, idOf };
}

/**
 * Place every label of `routing`. A spot is judged first by the labels and boxes it would cover (a
 * covered name is lost), then by the other lines running through or just past it and by whether it
 * sits on its line or beside it: a label over two lines reads as naming either, so it moves to where
 * its own line runs alone (001 Rajah 3-1: each flow's method and data beside the flow it describes);
 * a label touching another label or a box reads as one with it, so it keeps LABEL_CLEARANCE where
 * the drawing has the room (near the application's box, where every flow arrives, it often has not).
 */
export function placeLabels(doc: Pick<LakarDocument, 'elements'>, scene: Scene, routing: Routing, lang: Lang): PlacedLabel[] {
  const boxes = new RectGrid();
  for (const n of scene.nodes) boxes.add(n);
  // the band labels' column is covered like a box (a band's name is lost under a label)
  const left = BAND_HEADER_WIDTH;
  let right = -Infinity;
  for (const n of scene.nodes) right = Math.max(right, n.x + n.w);
  const lines = linesByLook(routing);
  const placed = new RectGrid();
  const out: PlacedLabel[] = [];
  // counts of the labels and boxes around a spot, filled in for each spot tried
  const nearLabels = { overlapping: 0, touching: 0, near: 0 };
  const nearBoxes = { overlapping: 0, touching: 0, near: 0 };
  const put = (texts: string[], segs: [Point, Point][], own: string, look: string, extra: Omit<PlacedLabel, 'text' | 'x' | 'y' | 'w' | 'h'>) => {
    if (texts.length === 0 || segs.length === 0) return;
    const mine = lines.idOf(own);
    const alike = lines.grid(look);
    const flows = lines.grid(ALL_FLOWS);
    type Spot = { rect: Rect; hard: number; soft: number };
    const better = (a: Spot, b: Spot | null) => !b || a.hard < b.hard || (a.hard === b.hard && a.soft < b.soft);
    let best: (Spot & { text: string }) | null = null;
    for (const [k, text] of texts.entries()) {
      const size = labelSize(text);
      // the long text only where it covers no label or box; the last (shortest) text takes the least bad spot
      const last = k === texts.length - 1;
      let found: Spot | null = null;
      let tried = 0;
      let spots = 0;
      // on the line first, then beside it (a short or crowded stretch has no room along it)
      search: for (const side of SIDES) {
        for (const [a, b] of segs) {
          const vertical = Math.abs(a.x - b.x) < 0.5;
          const dx = vertical ? side * (size.w / 2 + 3) : 0;
          const dy = vertical ? 0 : side * (size.h / 2 + 2);
          for (const t of STEPS) {
            const x = a.x + (b.x - a.x) * t + dx;
            const y = a.y + (b.y - a.y) * t + dy;
            const rect = { x: x - size.w / 2, y: y - size.h / 2, w: size.w, h: size.h };
            const base = BESIDE[Math.abs(side)] + (rect.x + rect.w > right + 20 ? PAST_RIGHT : 0);
            // a spot covering nothing, as close to its line as this one, is found already: no spot
            // farther out can beat it (sides are tried from the line outwards)
            if (found && found.hard === 0 && found.soft <= BESIDE[Math.abs(side)]) break search;
            if (found && found.hard === 0 && base >= found.soft) continue;
            // in a crowded stretch every spot is near some line alike: the first few covering nothing will do
            if (found && found.hard === 0 && ++tried > SPOTS_AFTER_CLEAR) break search;
            if (++spots > MAX_SPOTS) break search;
            placed.around(rect, LABEL_CLEARANCE, TOUCHING, nearLabels);
            boxes.around(rect, LABEL_CLEARANCE, TOUCHING, nearBoxes);
            const hard = nearLabels.overlapping * 10 + nearBoxes.overlapping + (rect.x < left ? 1 : 0);
            if (found && (hard > found.hard || (hard === found.hard && base >= found.soft))) continue;
            const touching = nearLabels.touching + nearBoxes.touching;
            let soft = base + (touching + nearLabels.near + nearBoxes.near) * CROWDED + touching * TOUCHED;
            // lines are counted only as far as they could still make this spot the better one
            const enough = (cost: number) => (found && hard === found.hard ? Math.ceil((found.soft - soft) / cost) : Infinity);
            if (enough(OTHER_LINE) > 0) soft += alike.linesThrough(grow(rect, LINE_MARGIN), mine, enough(OTHER_LINE)) * OTHER_LINE;
            if (enough(HIDDEN_LINE) > 0) soft += flows.linesThrough(rect, mine, enough(HIDDEN_LINE)) * HIDDEN_LINE;
            const spot: Spot = { rect, hard, soft };
            if (better(spot, found)) found = spot;
          }
        }
      }
      if (found && (found.hard < 1 || last) && better(found, best)) {
        best = { ...found, text };
        if (found.hard < 1) break;
      }
    }
    if (!best) return;
    placed.add(best.rect);
    out.push({ text: best.text, x: best.rect.x + best.rect.w / 2, y: best.rect.y + best.rect.h / 2, w: best.rect.w, h: best.rect.h, ...extra });
  };
  // network buses carry their speed (Jadual 3-1 label 7)
  for (const bus of routing.buses) {
    if (bus.bundle.kind !== 'connects' || bus.bundle.sources.length !== 1) continue;
    const net = doc.elements.get(bus.bundle.sources[0]);
    if (net?.kind !== 'network' || net.speedMbps === undefined) continue;
    const segs: [Point, Point][] = bus.x1 - bus.x0 > 1 ? [[{ x: bus.x0, y: bus.y }, { x: bus.x1, y: bus.y }]] : [];
    put([formatSpeed(net.speedMbps)], segs, bus.bundle.id, RELATION_STYLE.color, { bundle: bus.bundle.id });
  }
  for (const line of routing.lines) {
    if (line.bundle) continue;
    const r = line.relation;
    const texts = flowLabelTexts(doc, r, lang);
    if (texts.length === 0) continue;
    put(texts, segmentsOf(line.legs), r.id, lookOf(r), r.kind === 'dataFlow' ? { relation: r.id, method: r.method ?? 'other' } : { relation: r.id });
  }
  return out;
}
