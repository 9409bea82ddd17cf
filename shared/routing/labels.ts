/**
 * Labels on the routed lines: a flow's "method · data · berkala/one-off" (or just its method where the
 * long text finds no room), a network bus's speed, a relation's own label. Each sits on its line where
 * it covers no box and no other label; a uniform grid keeps the search near-linear on big views.
 */
import type { Lang } from '../i18n';
import type { FlowMethod } from '../model/vocabulary';
import type { LakarDocument } from '../model/schema';
import { flowLabelTexts, formatSpeed } from './text';
import type { Point, Rect } from './maze';
import { RectGrid } from './rect-grid';
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

/** Place every label of `routing`. */
export function placeLabels(doc: Pick<LakarDocument, 'elements'>, scene: Scene, routing: Routing, lang: Lang): PlacedLabel[] {
  const boxes = new RectGrid();
  for (const n of scene.nodes) boxes.add(n);
  const placed = new RectGrid();
  const out: PlacedLabel[] = [];
  const put = (texts: string[], segs: [Point, Point][], extra: Omit<PlacedLabel, 'text' | 'x' | 'y' | 'w' | 'h'>) => {
    if (texts.length === 0 || segs.length === 0) return;
    let best: { rect: Rect; text: string; cost: number } | null = null;
    for (const [k, text] of texts.entries()) {
      const size = labelSize(text);
      // the long text only where it is free; the last (shortest) text takes the least bad spot
      const last = k === texts.length - 1;
      let found: { rect: Rect; cost: number } | null = null;
      // on the line first, then beside it (a short or crowded stretch has no room along it)
      for (const side of [0, 1, -1, 2, -2]) {
        for (const [a, b] of segs) {
          const vertical = Math.abs(a.x - b.x) < 0.5;
          const dx = vertical ? side * (size.w / 2 + 3) : 0;
          const dy = vertical ? 0 : side * (size.h / 2 + 2);
          for (const t of STEPS) {
            const x = a.x + (b.x - a.x) * t + dx;
            const y = a.y + (b.y - a.y) * t + dy;
            const rect = { x: x - size.w / 2, y: y - size.h / 2, w: size.w, h: size.h };
            const cost = placed.countHits(rect) * 10 + boxes.countHits(rect) + (side !== 0 ? 0.5 : 0);
            if (!found || cost < found.cost) found = { rect, cost };
            if (cost === 0) break;
          }
          if (found && found.cost < 1) break;
        }
        if (found && found.cost < 1) break;
      }
      if (found && (found.cost < 1 || last) && (!best || found.cost < best.cost || found.cost < 1)) {
        best = { rect: found.rect, text, cost: found.cost };
        if (found.cost < 1) break;
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
    put([formatSpeed(net.speedMbps)], segs, { bundle: bus.bundle.id });
  }
  for (const line of routing.lines) {
    if (line.bundle) continue;
    const r = line.relation;
    const texts = flowLabelTexts(doc, r, lang);
    if (texts.length === 0) continue;
    put(texts, segmentsOf(line.legs), r.kind === 'dataFlow' ? { relation: r.id, method: r.method ?? 'other' } : { relation: r.id });
  }
  return out;
}
