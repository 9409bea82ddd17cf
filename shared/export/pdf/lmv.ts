/**
 * The LMV diagram as PDF vector graphics, drawn from the same geometry as the editor
 * (shared/model/bands.ts and the view's node positions), never from a screenshot: text stays
 * selectable and searchable and lines stay sharp at any zoom. Large views are split into tiles at a
 * readable scale, with the seven band labels repeated on every tile.
 */
import type { jsPDF } from 'jspdf';
import { label, type Lang } from '../../i18n';
import { BAND_HEADER_WIDTH, bandLayout, NODE_HEIGHT, NODE_WIDTH } from '../../model/bands';
import { bandOf } from '../../model/kinds';
import type { Element, LakarDocument, Relation, View } from '../../model/schema';
import { BAND_LAYER, type Band } from '../../model/vocabulary';
import { BAND_COLORS, COLORS, FONT, LAYER_TITLE, PLATFORM_COLORS, PT, type Rgb } from './theme';
import { RectGrid } from './rect-grid';
import { toWinAnsi } from './winansi';
import { textWidth, wrapWords } from './writer';

export interface DiagramNode {
  id: string;
  element: Element;
  band: Band;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DiagramEdge {
  relation: Relation;
  from: DiagramNode;
  to: DiagramNode;
  arrowStart: boolean;
  arrowEnd: boolean;
  isFlow: boolean;
  label?: string;
  /** Sideways shift (model units) that keeps parallel edges between the same two nodes apart. */
  lane: number;
  /** Centre of the flow label (model units), placed clear of other labels and of nodes. */
  labelAt?: { x: number; y: number };
}

/** Model size of a flow label's pill: used to keep labels apart (PDF and print draw it at this size). */
export function flowLabelSize(text: string): { w: number; h: number } {
  return { w: text.length * 5.4 + 10, h: 14 };
}

export interface DiagramGeometry {
  view: View;
  bands: { band: Band; index: number; top: number; height: number }[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Model-space window holding every node (x0 is where the content area starts, right of the band labels). */
  bounds: Viewport;
}

/** A window of model space. */
export interface Viewport {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Model font sizes (model units, scaled with the drawing). */
const TEXT = { name: 12, kind: 8.5, flow: 9, bandNo: 15, bandName: 12.5, layer: 9.5 };
/** Below this many mm per model unit node names get smaller than ~4.7 pt: too small to read on paper. */
export const MIN_READABLE_SCALE = 0.15;
/** Small views are not blown up beyond this (mm per model unit). */
const MAX_SCALE = 0.3;

/** Nodes, edges and bounds of `view`, ready to draw. */
export function diagramGeometry(doc: LakarDocument, view: View, lang: Lang): DiagramGeometry {
  const bands = bandLayout(view);
  const nodes: DiagramNode[] = [];
  const byId = new Map<string, DiagramNode>();
  for (const [id, pos] of Object.entries(view.nodes)) {
    const element = doc.elements[id];
    if (!element) continue;
    const node = { id, element, band: bandOf(element.kind), x: pos.x, y: pos.y, w: pos.w ?? NODE_WIDTH, h: pos.h ?? NODE_HEIGHT };
    nodes.push(node);
    byId.set(id, node);
  }
  const edges: DiagramEdge[] = [];
  for (const relation of Object.values(doc.relations)) {
    const from = byId.get(relation.source);
    const to = byId.get(relation.target);
    if (!from || !to || from === to) continue;
    if (relation.kind === 'dataFlow') {
      const dir = relation.direction ?? 'supplies';
      edges.push({
        relation,
        from,
        to,
        isFlow: true,
        arrowEnd: dir !== 'receives',
        arrowStart: dir !== 'supplies',
        label: relation.method ? label(lang, 'flowMethod', relation.method) : undefined,
        lane: 0,
      });
    } else {
      edges.push({ relation, from, to, isFlow: false, arrowEnd: true, arrowStart: false, lane: 0 });
    }
  }
  assignLanes(edges);
  placeFlowLabels(edges, nodes);
  const height = bands[bands.length - 1].top + bands[bands.length - 1].height;
  const x0 = Math.min(BAND_HEADER_WIDTH, ...nodes.map((n) => n.x - 12));
  const x1 = Math.max(BAND_HEADER_WIDTH + 520, ...nodes.map((n) => n.x + n.w + 20));
  const y0 = Math.min(0, ...nodes.map((n) => n.y - 8));
  const y1 = Math.max(height, ...nodes.map((n) => n.y + n.h + 8));
  return { view, bands, nodes, edges, bounds: { x0, y0, x1, y1 } };
}

/** Model units between parallel edges. */
const LANE_GAP = 7;

/** Spread edges that join the same two nodes side by side (data flows in the middle lanes). */
function assignLanes(edges: DiagramEdge[]): void {
  const pairs = new Map<string, DiagramEdge[]>();
  for (const e of edges) {
    const key = e.from.id < e.to.id ? `${e.from.id}\u0000${e.to.id}` : `${e.to.id}\u0000${e.from.id}`;
    const list = pairs.get(key);
    if (list) list.push(e);
    else pairs.set(key, [e]);
  }
  for (const list of pairs.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => Number(b.isFlow) - Number(a.isFlow));
    list.forEach((e, i) => (e.lane = (i - (list.length - 1) / 2) * LANE_GAP));
  }
}

/** The drawn segment of `e` in model units: from border to border of its nodes, shifted to its lane. */
export function edgeLine(e: DiagramEdge): { p: { x: number; y: number }; q: { x: number; y: number } } {
  const a = centre(e.from);
  const b = centre(e.to);
  const p = boxExit(e.from, b);
  const q = boxExit(e.to, a);
  if (e.lane === 0) return { p, q };
  // The normal of the pair in a fixed order, so opposite flows between two nodes take opposite sides.
  const [c1, c2] = e.from.id < e.to.id ? [a, b] : [b, a];
  const len = Math.hypot(c2.x - c1.x, c2.y - c1.y) || 1;
  const nx = -(c2.y - c1.y) / len;
  const ny = (c2.x - c1.x) / len;
  return { p: { x: p.x + nx * e.lane, y: p.y + ny * e.lane }, q: { x: q.x + nx * e.lane, y: q.y + ny * e.lane } };
}

/** Where along its edge a flow label may sit, best first. */
const LABEL_STEPS = [0.5, 0.38, 0.62, 0.26, 0.74, 0.16, 0.84];

/** Put each flow label on its edge where it overlaps no label placed before it and no node, if such a spot exists. */
function placeFlowLabels(edges: DiagramEdge[], nodes: DiagramNode[]): void {
  const placed = new RectGrid();
  const boxes = new RectGrid();
  for (const n of nodes) boxes.add(n);
  for (const e of edges) {
    if (!e.isFlow || !e.label) continue;
    const { p, q } = edgeLine(e);
    const size = flowLabelSize(e.label);
    const boxAt = (t: number, side: number): Rect => ({ x: p.x + (q.x - p.x) * t - size.w / 2 - 2 + side * (size.w / 2 + 4), y: p.y + (q.y - p.y) * t - size.h / 2 - 1, w: size.w + 4, h: size.h + 2 });
    // On the line first; then just beside it (short or steep edges have little room along them).
    let best = { box: boxAt(0.5, 0), cost: Infinity };
    for (const side of [0, 1, -1, 2, -2]) {
      if (best.cost === 0) break;
      for (const t of LABEL_STEPS) {
        const box = boxAt(t, side);
        const cost = placed.countHits(box) * 10 + boxes.countHits(box);
        if (cost < best.cost) best = { box, cost };
        if (cost === 0) break;
      }
    }
    const { box } = best;
    placed.add(box);
    e.labelAt = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
  }
}

/** Scale that fits the whole diagram (band labels + content) into a `w` × `h` mm area. */
export function fitScale(geom: DiagramGeometry, w: number, h: number): number {
  const b = geom.bounds;
  return Math.min(w / (BAND_HEADER_WIDTH + b.x1 - b.x0), h / (b.y1 - b.y0), MAX_SCALE);
}

/**
 * How to print the diagram in areas of `w` × `h` mm: one tile when it fits at a readable scale,
 * otherwise a grid of tiles at a readable scale, cut between nodes where possible.
 */
export function planTiles(geom: DiagramGeometry, w: number, h: number, minScale = MIN_READABLE_SCALE): { scale: number; tiles: Viewport[] } {
  const b = geom.bounds;
  const fit = fitScale(geom, w, h);
  if (fit >= minScale) return { scale: fit, tiles: [b] };
  const scale = Math.max(minScale, Math.min(h / (b.y1 - b.y0), 0.22));
  const tileW = w / scale - BAND_HEADER_WIDTH;
  const tileH = h / scale;
  const xs = cuts(b.x0, b.x1, tileW, geom.nodes.map((n) => [n.x, n.x + n.w]));
  const ys = cuts(b.y0, b.y1, tileH, geom.nodes.map((n) => [n.y, n.y + n.h]));
  const tiles: Viewport[] = [];
  for (let r = 0; r < ys.length - 1; r++) for (let c = 0; c < xs.length - 1; c++) tiles.push({ x0: xs[c], x1: xs[c + 1], y0: ys[r], y1: ys[r + 1] });
  return { scale, tiles };
}

/** Cut positions from `from` to `to` at most `max` apart, moved left into gaps between spans where possible. */
export function cuts(from: number, to: number, max: number, spans: [number, number][]): number[] {
  const out = [from];
  let at = from;
  while (to - at > max) {
    let cut = at + max;
    for (let guard = 0; guard < 50; guard++) {
      const straddling = spans.filter(([a, b]) => a < cut && b > cut);
      if (straddling.length === 0) break;
      const next = Math.min(...straddling.map(([a]) => a)) - 6;
      if (next - at < max * 0.5) break;
      cut = next;
    }
    out.push(cut);
    at = cut;
  }
  out.push(to);
  return out;
}

/** Draw the part `win` of the diagram into `rect` (mm) at `scale` mm per model unit. */
export function drawDiagram(pdf: jsPDF, geom: DiagramGeometry, lang: Lang, rect: Rect, win: Viewport, scale: number): void {
  const headerW = BAND_HEADER_WIDTH * scale;
  const cx = rect.x + headerW;
  const px = (x: number) => cx + (x - win.x0) * scale;
  const py = (y: number) => rect.y + (y - win.y0) * scale;
  const contentW = (win.x1 - win.x0) * scale;
  const contentH = (win.y1 - win.y0) * scale;
  const fontPt = (units: number) => (units * scale) / PT;

  // Band backgrounds and separators.
  for (const b of geom.bands) {
    const top = Math.max(b.top, win.y0);
    const bottom = Math.min(b.top + b.height, win.y1);
    if (bottom <= top) continue;
    pdf.setFillColor(...BAND_COLORS[b.band].band);
    pdf.rect(cx, py(top), contentW, (bottom - top) * scale, 'F');
  }

  pdf.saveGraphicsState();
  pdf.rect(cx, rect.y, contentW, contentH, null);
  pdf.clip();
  pdf.discardPath();
  const visible = (n: DiagramNode) => n.x < win.x1 && n.x + n.w > win.x0 && n.y < win.y1 && n.y + n.h > win.y0;

  // Relations under the nodes; data flows above other relations.
  const lineOf = edgeLine;
  const inWindow = (e: DiagramEdge) => visible(e.from) || visible(e.to) || crosses(e, win);
  for (const pass of [false, true]) {
    pdf.setDrawColor(...(pass ? COLORS.flow : COLORS.relation));
    pdf.setFillColor(...(pass ? COLORS.flow : COLORS.relation));
    pdf.setLineWidth(pass ? 0.35 : 0.18);
    for (const e of geom.edges) {
      if (e.isFlow !== pass || !inWindow(e)) continue;
      const { p, q } = lineOf(e);
      pdf.line(px(p.x), py(p.y), px(q.x), py(q.y));
      const size = (pass ? 9 : 7) * scale;
      if (e.arrowEnd) arrowHead(pdf, px(p.x), py(p.y), px(q.x), py(q.y), size);
      if (e.arrowStart) arrowHead(pdf, px(q.x), py(q.y), px(p.x), py(p.y), size);
    }
  }

  // Below ~2 pt nobody can read a name, even zoomed in print: draw the boxes only (key maps of huge views).
  const withText = fontPt(TEXT.name) >= 2;
  for (const n of geom.nodes) if (visible(n)) drawNode(pdf, n, lang, px(n.x), py(n.y), n.w * scale, n.h * scale, scale, fontPt, withText);

  // Flow labels last so nodes never hide them.
  pdf.setFont(FONT, 'bold');
  pdf.setFontSize(fontPt(TEXT.flow));
  for (const e of geom.edges) {
    if (!withText || !e.isFlow || !e.label || !inWindow(e)) continue;
    if (!e.labelAt) continue;
    const mx = px(e.labelAt.x);
    const my = py(e.labelAt.y);
    const text = toWinAnsi(e.label);
    const tw = textWidth(pdf, text) + 2.4 * scale * 4;
    const th = TEXT.flow * scale * 1.5;
    pdf.setFillColor(...COLORS.white);
    pdf.setDrawColor(...COLORS.flow);
    pdf.setLineWidth(0.2);
    pdf.roundedRect(mx - tw / 2, my - th / 2, tw, th, th / 3, th / 3, 'FD');
    pdf.setTextColor(...COLORS.flow);
    pdf.text(text, mx, my + (TEXT.flow * scale) * 0.35, { align: 'center' });
  }
  pdf.restoreGraphicsState();

  // Band labels (column on the left), repeated on every tile.
  for (const b of geom.bands) {
    const top = Math.max(b.top, win.y0);
    const bottom = Math.min(b.top + b.height, win.y1);
    if (bottom <= top) continue;
    const colors = BAND_COLORS[b.band];
    pdf.setFillColor(...colors.header);
    pdf.rect(rect.x, py(top), headerW, (bottom - top) * scale, 'F');
    const y = py(top) + 8 * scale;
    const r = TEXT.bandNo * scale * 0.75;
    pdf.setFillColor(...COLORS.accent);
    pdf.circle(rect.x + 8 * scale + r, y + r, r, 'F');
    pdf.setFont(FONT, 'bold');
    pdf.setFontSize(fontPt(TEXT.bandNo));
    pdf.setTextColor(...COLORS.white);
    pdf.text(String(b.index + 1), rect.x + 8 * scale + r, y + r + TEXT.bandNo * scale * 0.35, { align: 'center' });
    const textX = rect.x + 8 * scale;
    let ty = y + 2 * r + 6 * scale;
    pdf.setFontSize(fontPt(TEXT.bandName));
    pdf.setTextColor(...COLORS.ink);
    const nameLines = wrapWords(pdf, toWinAnsi(label(lang, 'band', b.band)), headerW - 14 * scale);
    for (const line of nameLines) {
      ty += TEXT.bandName * scale * 1.15;
      if (ty > py(bottom) - 2 * scale) break;
      pdf.text(line, textX, ty);
    }
    pdf.setFont(FONT, 'italic');
    pdf.setFontSize(fontPt(TEXT.layer));
    pdf.setTextColor(...COLORS.muted);
    ty += TEXT.layer * scale * 1.4;
    const layer = LAYER_TITLE[BAND_LAYER[b.band]];
    if (ty < py(bottom) - 2 * scale) pdf.text(toWinAnsi(layer), textX, ty);
  }

  // Band separators and frame.
  pdf.setDrawColor(...COLORS.rule);
  pdf.setLineWidth(0.2);
  for (const b of geom.bands) if (b.top > win.y0 && b.top < win.y1) pdf.line(rect.x, py(b.top), cx + contentW, py(b.top));
  pdf.setDrawColor(...COLORS.muted);
  pdf.setLineWidth(0.3);
  pdf.rect(rect.x, rect.y, headerW + contentW, contentH, 'S');
  pdf.line(cx, rect.y, cx, rect.y + contentH);
}

function drawNode(pdf: jsPDF, n: DiagramNode, lang: Lang, x: number, y: number, w: number, h: number, scale: number, fontPt: (u: number) => number, withText: boolean): void {
  const isPlatform = n.element.kind === 'platform';
  const colors = isPlatform ? PLATFORM_COLORS : BAND_COLORS[n.band];
  const external = n.element.kind === 'externalSystem' && !n.element.internal;
  pdf.setFillColor(...colors.node);
  pdf.setDrawColor(...colors.border);
  pdf.setLineWidth(isPlatform ? 0.35 : 0.25);
  if (external) pdf.setLineDashPattern([1.2, 0.7], 0);
  const r = 6 * scale;
  pdf.roundedRect(x, y, w, h, r, r, 'FD');
  if (external) pdf.setLineDashPattern([], 0);
  if (!withText) return;

  const pad = 6 * scale;
  pdf.setFont(FONT, 'italic');
  pdf.setFontSize(fontPt(TEXT.kind));
  pdf.setTextColor(...darken(colors.border));
  const kindText = toWinAnsi(nodeKindLabel(n.element, lang));
  pdf.text(fitWidth(pdf, kindText, w - 2 * pad), x + pad, y + pad + TEXT.kind * scale * 0.8);

  pdf.setFont(FONT, 'bold');
  pdf.setFontSize(fontPt(TEXT.name));
  pdf.setTextColor(...COLORS.ink);
  const lh = TEXT.name * scale * 1.18;
  const top = y + pad + TEXT.kind * scale * 1.3;
  const maxLines = Math.max(1, Math.floor((y + h - pad * 0.6 - top) / lh));
  let lines = wrapWords(pdf, toWinAnsi(n.element.name), w - 2 * pad);
  if (lines.length > maxLines) {
    lines = lines.slice(0, maxLines);
    lines[maxLines - 1] = fitWidth(pdf, lines[maxLines - 1] + '…', w - 2 * pad, true);
  }
  // Centre the name in the space under the caption.
  const start = top + Math.max(0, (y + h - pad * 0.6 - top - lines.length * lh) / 2);
  lines.forEach((line, i) => pdf.text(fitWidth(pdf, line, w - 2 * pad), x + w / 2, start + (i + 0.85) * lh, { align: 'center' }));
}

/** Small caption above a node's name: its kind, with the owning agency for external systems. */
function nodeKindLabel(e: Element, lang: Lang): string {
  // the agency's own systems (001 §3.3.4 f: Sistem XY, YZ) are internal, not "Sistem Luaran"
  if (e.kind === 'externalSystem') return [label(lang, 'systemScope', e.internal ? 'internal' : 'external'), e.agency].filter(Boolean).join(' · ');
  if (e.kind === 'network' && e.speedMbps) return `${label(lang, 'kind', e.kind)} · ${e.speedMbps >= 1000 ? `${e.speedMbps / 1000} Gbps` : `${e.speedMbps} Mbps`}`;
  if (e.kind === 'targetGroup') return `${label(lang, 'kind', e.kind)} · ${e.lifecycle}`;
  if (e.kind === 'service' && e.e2eCategory) return `${label(lang, 'kind', e.kind)} · ${label(lang, 'e2eCategory', e.e2eCategory)}`;
  return label(lang, 'kind', e.kind);
}

function fitWidth(pdf: jsPDF, text: string, width: number, forceEllipsis = false): string {
  if (!forceEllipsis && textWidth(pdf, text) <= width) return text;
  let t = text.replace(/…$/, '');
  while (t.length > 1 && textWidth(pdf, t + '…') > width) t = t.slice(0, -1);
  return t.trimEnd() + '…';
}

function centre(n: DiagramNode) {
  return { x: n.x + n.w / 2, y: n.y + n.h / 2 };
}

/** Point where the segment from the centre of `n` towards `to` leaves the node's box. */
function boxExit(n: DiagramNode, to: { x: number; y: number }) {
  const c = centre(n);
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const tx = dx === 0 ? Infinity : n.w / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : n.h / 2 / Math.abs(dy);
  const t = Math.min(tx, ty);
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/** True when the straight edge passes through `win` although neither end is in it. */
function crosses(e: DiagramEdge, win: Viewport): boolean {
  const a = centre(e.from);
  const b = centre(e.to);
  return Math.max(a.x, b.x) >= win.x0 && Math.min(a.x, b.x) <= win.x1 && Math.max(a.y, b.y) >= win.y0 && Math.min(a.y, b.y) <= win.y1;
}

function arrowHead(pdf: jsPDF, x1: number, y1: number, x2: number, y2: number, size: number): void {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const a = Math.PI / 7;
  pdf.triangle(x2, y2, x2 - size * Math.cos(angle - a), y2 - size * Math.sin(angle - a), x2 - size * Math.cos(angle + a), y2 - size * Math.sin(angle + a), 'F');
}

function darken(c: Rgb): Rgb {
  return [Math.round(c[0] * 0.75), Math.round(c[1] * 0.75), Math.round(c[2] * 0.75)];
}

/** Legend of the diagram's symbols, drawn in a row starting at (x, y). */
export function drawLegend(pdf: jsPDF, x: number, y: number, items: { flow: string; relation: string; external: string; platform: string }, maxWidth = Infinity): void {
  pdf.setFont(FONT, 'normal');
  pdf.setFontSize(7.5);
  pdf.setTextColor(...COLORS.muted);
  let at = x;
  const entry = (draw: () => void, text: string) => {
    // Wrap to a new row rather than run past the margin on narrow (portrait) pages.
    if (at > x && at + 12 + textWidth(pdf, toWinAnsi(text)) > x + maxWidth) {
      at = x;
      y += 6;
    }
    draw();
    pdf.text(toWinAnsi(text), at + 12, y + 1.2);
    at += 12 + textWidth(pdf, toWinAnsi(text)) + 8;
  };
  entry(() => {
    pdf.setDrawColor(...COLORS.flow);
    pdf.setFillColor(...COLORS.flow);
    pdf.setLineWidth(0.35);
    pdf.line(at, y, at + 9, y);
    arrowHead(pdf, at, y, at + 10, y, 1.8);
  }, items.flow);
  entry(() => {
    pdf.setDrawColor(...COLORS.relation);
    pdf.setFillColor(...COLORS.relation);
    pdf.setLineWidth(0.18);
    pdf.line(at, y, at + 9, y);
    arrowHead(pdf, at, y, at + 10, y, 1.4);
  }, items.relation);
  entry(() => {
    pdf.setFillColor(...BAND_COLORS.data.node);
    pdf.setDrawColor(...BAND_COLORS.data.border);
    pdf.setLineWidth(0.25);
    pdf.setLineDashPattern([1.2, 0.7], 0);
    pdf.roundedRect(at, y - 2, 10, 4, 0.8, 0.8, 'FD');
    pdf.setLineDashPattern([], 0);
  }, items.external);
  entry(() => {
    pdf.setFillColor(...PLATFORM_COLORS.node);
    pdf.setDrawColor(...PLATFORM_COLORS.border);
    pdf.setLineWidth(0.35);
    pdf.roundedRect(at, y - 2, 10, 4, 0.8, 0.8, 'FD');
  }, items.platform);
}
