/**
 * The LMV diagram as PDF vector graphics, drawn from the same geometry as the editor
 * (shared/model/bands.ts and the view's node positions), never from a screenshot: text stays
 * selectable and searchable and lines stay sharp at any zoom. Large views are split into tiles at a
 * readable scale, with the seven band labels repeated on every tile.
 */
import { jsPDF } from 'jspdf';
import { label, type Lang } from '../../i18n';
import { BAND_HEADER_WIDTH } from '../../model/bands';
import type { LakarDocument, View } from '../../model/schema';
import { BAND_LAYER } from '../../model/vocabulary';
import { buildDiagram, labelSize, LABEL_FONT, NEST_HEAD, NEST_HEAD_INNER, type Diagram, type Point, type Rect, type SceneBand, type SceneNode } from '../../routing';
import { captionTexts, factLines, shortenLine, TEXT, TEXT_PAD } from '../../routing/text';
import { compactBands, prepareView, type PrepareOptions } from '../../layout/prepare';
import { flowStyle, RELATION_STYLE, type LineStyle } from '../svg/flow-style';
import { BAND_COLORS, COLORS, FONT, LAYER_TITLE, PLATFORM_COLORS, PT, type Rgb } from './theme';
import { toWinAnsi } from './winansi';
import { textWidth, wrapWords } from './writer';

export type { Rect } from '../../routing';

/** The drawing of one view, ready to print: the shared diagram with the document it came from. */
export interface DiagramGeometry extends Diagram {
  view: View;
  bands: SceneBand[];
  nodes: SceneNode[];
  /** Elements drawn although no view shows them (the Kertas Cadangan LMV is of the whole service). */
  added: string[];
  /** Elements a user hid from every view. */
  hidden: number;
}

/** A window of model space. */
export interface Viewport {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Smallest type on the drawing, in model units (captions, labels, band layer names). */
const MIN_TEXT = Math.min(TEXT.caption, TEXT.fact, TEXT.layer, LABEL_FONT);
/** Scale (mm per model unit) at which the smallest type prints at 6 pt: a smaller scale tiles the view. */
export const MIN_READABLE_SCALE = (6 * PT) / MIN_TEXT;
/** Small views are not blown up beyond this (mm per model unit). */
const MAX_SCALE = 0.3;

/** Boxes, routed lines, labels and bounds of `view` (laid out first when its positions are missing or piled up). */
export function diagramGeometry(doc: LakarDocument, view: View, lang: Lang, options: PrepareOptions = {}): DiagramGeometry {
  const prepared = prepareView(doc, view, options);
  const d = buildDiagram(doc, prepared.view, lang);
  return { ...d, view: prepared.view, bands: d.scene.bands, nodes: d.scene.nodes, added: prepared.added, hidden: prepared.hidden };
}

/**
 * The same diagram with its bands' empty space taken out (shared/layout compactBands): what print
 * uses instead of tiling a drawing that only its roomy bands make too tall for one page.
 */
export function compactGeometry(doc: LakarDocument, geom: DiagramGeometry, lang: Lang): DiagramGeometry {
  const view = compactBands(doc, geom.view);
  const d = buildDiagram(doc, view, lang);
  return { ...d, view, bands: d.scene.bands, nodes: d.scene.nodes, added: geom.added, hidden: geom.hidden };
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

  for (const b of geom.bands) {
    const top = Math.max(b.top, win.y0);
    const bottom = Math.min(b.top + b.height, win.y1);
    if (bottom <= top) continue;
    pdf.setFillColor(...BAND_COLORS[b.band].band);
    pdf.rect(cx, py(top), contentW, (bottom - top) * scale, 'F');
  }

  pdf.setDrawColor(...COLORS.rule);
  pdf.setLineWidth(0.2);
  for (const b of geom.bands) if (b.top > win.y0 && b.top < win.y1) pdf.line(cx, py(b.top), cx + contentW, py(b.top));

  pdf.saveGraphicsState();
  pdf.rect(cx, rect.y, contentW, contentH, null);
  pdf.clip();
  pdf.discardPath();
  const visible = (n: { x: number; y: number; w: number; h: number }) => n.x < win.x1 && n.x + n.w > win.x0 && n.y < win.y1 && n.y + n.h > win.y0;

  // Below ~2 pt nobody can read a name, even zoomed in print: draw the boxes only (key maps of huge views).
  const withText = fontPt(TEXT.name) >= 2;
  for (const n of geom.nodes) if (visible(n)) drawNode(pdf, n, lang, px(n.x), py(n.y), n.w * scale, n.h * scale, scale, fontPt, withText);

  // Lines over the boxes they start from (they never cross any other box); data flows over other relations.
  pdf.setLineJoin('round');
  for (const pass of [false, true]) {
    for (const line of geom.routing.lines) {
      const r = line.relation;
      if ((r.kind === 'dataFlow') !== pass) continue;
      if (!line.legs.some((leg) => legVisible(leg, win))) continue;
      const style = r.kind === 'dataFlow' ? flowStyle(r.method) : RELATION_STYLE;
      const dir = r.kind === 'dataFlow' ? (r.direction ?? 'supplies') : 'supplies';
      drawLine(pdf, line.legs, style, px, py, scale, r.kind !== 'association' && dir !== 'receives', r.kind === 'dataFlow' && dir !== 'supplies');
    }
  }

  if (withText) for (const l of geom.labels) if (visible({ x: l.x - l.w / 2, y: l.y - l.h / 2, w: l.w, h: l.h })) drawLabel(pdf, l.text, l.method ? flowStyle(l.method === 'other' ? undefined : l.method) : null, px(l.x), py(l.y), scale, fontPt);
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

  // Band separators in the label column (across the content they are drawn under the boxes), and frame.
  pdf.setDrawColor(...COLORS.rule);
  pdf.setLineWidth(0.2);
  for (const b of geom.bands) if (b.top > win.y0 && b.top < win.y1) pdf.line(rect.x, py(b.top), cx, py(b.top));
  pdf.setDrawColor(...COLORS.muted);
  pdf.setLineWidth(0.3);
  pdf.rect(rect.x, rect.y, headerW + contentW, contentH, 'S');
  pdf.line(cx, rect.y, cx, rect.y + contentH);
}

function legVisible(leg: readonly Point[], win: Viewport): boolean {
  for (let i = 1; i < leg.length; i++) {
    const [a, b] = [leg[i - 1], leg[i]];
    if (Math.max(a.x, b.x) >= win.x0 && Math.min(a.x, b.x) <= win.x1 && Math.max(a.y, b.y) >= win.y0 && Math.min(a.y, b.y) <= win.y1) return true;
  }
  return false;
}

const hexRgb = (hex: string): Rgb => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];

/** One routed line: its legs with rounded corners, dashed by method, arrowheads at the ends. */
function drawLine(pdf: jsPDF, legs: readonly Point[][], style: LineStyle, px: (x: number) => number, py: (y: number) => number, scale: number, arrowEnd: boolean, arrowStart: boolean): void {
  const color = hexRgb(style.color);
  pdf.setDrawColor(...color);
  pdf.setFillColor(...color);
  pdf.setLineWidth(Math.max(0.12, style.width * scale));
  pdf.setLineDashPattern(style.dash ? style.dash.split(/\s+/).map((v) => Number(v) * scale) : [], 0);
  for (const leg of legs) {
    if (leg.length < 2) continue;
    pdf.moveTo(px(leg[0].x), py(leg[0].y));
    for (let i = 1; i < leg.length; i++) {
      const p = leg[i];
      if (i === leg.length - 1) {
        pdf.lineTo(px(p.x), py(p.y));
        break;
      }
      const a = leg[i - 1];
      const c = leg[i + 1];
      const inLen = Math.hypot(p.x - a.x, p.y - a.y);
      const outLen = Math.hypot(c.x - p.x, c.y - p.y);
      const r = Math.min(6, inLen / 2, outLen / 2);
      if (r < 0.5) {
        pdf.lineTo(px(p.x), py(p.y));
        continue;
      }
      const s = { x: p.x - ((p.x - a.x) / inLen) * r, y: p.y - ((p.y - a.y) / inLen) * r };
      const e = { x: p.x + ((c.x - p.x) / outLen) * r, y: p.y + ((c.y - p.y) / outLen) * r };
      pdf.lineTo(px(s.x), py(s.y));
      // a quarter circle as a cubic: control points 0.55 of the radius from each end towards the corner
      const k = 0.552;
      pdf.curveTo(px(s.x + (p.x - s.x) * k), py(s.y + (p.y - s.y) * k), px(e.x + (p.x - e.x) * k), py(e.y + (p.y - e.y) * k), px(e.x), py(e.y));
    }
    pdf.stroke();
  }
  pdf.setLineDashPattern([], 0);
  const size = 8 * scale;
  const first = legs[0];
  const last = legs[legs.length - 1];
  if (arrowEnd && last.length >= 2) arrowHead(pdf, px(last[last.length - 2].x), py(last[last.length - 2].y), px(last[last.length - 1].x), py(last[last.length - 1].y), size);
  if (arrowStart && first.length >= 2) arrowHead(pdf, px(first[1].x), py(first[1].y), px(first[0].x), py(first[0].y), size);
}

/** A label: white pill, text in the line's colour (bold for data flows). */
function drawLabel(pdf: jsPDF, text: string, style: LineStyle | null, mx: number, my: number, scale: number, fontPt: (u: number) => number): void {
  const color = style ? hexRgb(style.color) : COLORS.ink;
  const { w, h } = labelSize(text);
  pdf.setFont(FONT, style ? 'bold' : 'normal');
  pdf.setFontSize(fontPt(LABEL_FONT));
  const t = toWinAnsi(text);
  const tw = Math.max(w * scale, textWidth(pdf, t) + 8 * scale);
  const th = h * scale;
  pdf.setFillColor(...COLORS.white);
  pdf.setDrawColor(...color);
  pdf.setLineWidth(0.15);
  pdf.roundedRect(mx - tw / 2, my - th / 2, tw, th, th / 4, th / 4, 'FD');
  pdf.setTextColor(...color);
  pdf.text(t, mx, my + LABEL_FONT * scale * 0.35, { align: 'center' });
}

function drawNode(pdf: jsPDF, n: SceneNode, lang: Lang, x: number, y: number, w: number, h: number, scale: number, fontPt: (u: number) => number, withText: boolean): void {
  const isPlatform = n.element.kind === 'platform';
  const colors = isPlatform ? PLATFORM_COLORS : BAND_COLORS[n.band];
  const external = n.element.kind === 'externalSystem' && !n.element.internal;
  pdf.setFillColor(...(n.children.length > 0 ? BAND_COLORS[n.band].band : colors.node));
  pdf.setDrawColor(...colors.border);
  pdf.setLineWidth(isPlatform ? 0.35 : 0.25);
  if (external) pdf.setLineDashPattern([1.2, 0.7], 0);
  const r = 6 * scale;
  pdf.roundedRect(x, y, w, h, r, r, 'FD');
  if (external) pdf.setLineDashPattern([], 0);
  if (!withText) return;

  const pad = TEXT_PAD * scale;
  pdf.setFont(FONT, 'italic');
  pdf.setFontSize(fontPt(TEXT.caption));
  pdf.setTextColor(...darken(colors.border));
  const fits = (line: string) => textWidth(pdf, line) <= w - 2 * pad;
  const captions = captionTexts(n.element, lang).map(toWinAnsi);
  pdf.text(captions.find(fits) ?? shortenLine(captions[0], fits), x + pad, y + pad + TEXT.caption * scale * 0.85);

  pdf.setFont(FONT, 'bold');
  pdf.setFontSize(fontPt(TEXT.name));
  pdf.setTextColor(...COLORS.ink);
  if (n.children.length > 0) {
    // a parent: its name on one line in the head, above its children
    const head = (n.depth > 0 ? NEST_HEAD_INNER : NEST_HEAD) * scale;
    pdf.text(fitWidth(pdf, toWinAnsi(n.element.name), w - 2 * pad), x + pad, y + Math.min(head - 6 * scale, pad + (TEXT.caption + 4 + TEXT.name) * scale));
    return;
  }
  const lh = TEXT.nameLine * scale;
  // the lines the box's height was worked out for (scene.ts textHeight), so wrapped hardware fits
  const facts = factLines(n.element, lang, n.w, n.protectedBy);
  const factsH = facts.length ? (3 + facts.length * TEXT.factLine) * scale : 0;
  const top = y + pad + (TEXT.caption + 4) * scale;
  const room = y + h - pad - factsH - top;
  const maxLines = Math.max(1, Math.floor(room / lh));
  let lines = wrapWords(pdf, toWinAnsi(n.element.name), w - 2 * pad);
  if (lines.length > maxLines) {
    lines = lines.slice(0, maxLines);
    lines[maxLines - 1] = fitWidth(pdf, lines[maxLines - 1] + '…', w - 2 * pad, true);
  }
  const start = top + Math.max(0, (room - lines.length * lh) / 2);
  lines.forEach((line, i) => pdf.text(fitWidth(pdf, line, w - 2 * pad), x + w / 2, start + i * lh + TEXT.name * scale * 0.85, { align: 'center' }));
  if (facts.length) {
    pdf.setFont(FONT, 'normal');
    pdf.setFontSize(fontPt(TEXT.fact));
    // wrapped by the shared character measure; a line wider in Helvetica (all capitals) is still kept inside
    facts.forEach((fact, i) => pdf.text(shortenLine(toWinAnsi(fact), fits), x + pad, y + h - pad - (facts.length - 1 - i) * TEXT.factLine * scale - 2 * scale));
  }
}

function fitWidth(pdf: jsPDF, text: string, width: number, forceEllipsis = false): string {
  if (!forceEllipsis && textWidth(pdf, text) <= width) return text;
  let t = text.replace(/…$/, '');
  while (t.length > 1 && textWidth(pdf, t + '…') > width) t = t.slice(0, -1);
  return t.trimEnd() + '…';
}

function arrowHead(pdf: jsPDF, x1: number, y1: number, x2: number, y2: number, size: number): void {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const a = Math.PI / 7;
  pdf.triangle(x2, y2, x2 - size * Math.cos(angle - a), y2 - size * Math.sin(angle - a), x2 - size * Math.cos(angle + a), y2 - size * Math.sin(angle + a), 'F');
}

function darken(c: Rgb): Rgb {
  return [Math.round(c[0] * 0.75), Math.round(c[1] * 0.75), Math.round(c[2] * 0.75)];
}

/** What the legend under a diagram shows: the line styles it uses and its symbols, in the paper's words. */
export interface LegendItems {
  relation: string;
  external: string;
  platform: string;
  /** One entry per integration method drawn. */
  flows: { text: string; style: LineStyle }[];
  bundle?: string;
  hub?: string;
}

/** Legend entries for `geom`: its flow methods, and bundles and the MyGDX hub when it draws them. */
export function legendItems(geom: DiagramGeometry, lang: Lang, words: { flow: string; relation: string; external: string; platform: string; bundle: string; hub: string }): LegendItems {
  const methods = new Set<string>();
  for (const l of geom.routing.lines) if (l.relation.kind === 'dataFlow') methods.add(l.relation.method ?? 'other');
  return {
    relation: words.relation,
    external: words.external,
    platform: words.platform,
    flows: [...methods].sort().map((m) => ({ text: `${words.flow}: ${label(lang, 'flowMethod', m)}`, style: flowStyle(m === 'other' ? undefined : (m as Parameters<typeof flowStyle>[0])) })),
    ...(geom.routing.bundles.length > 0 ? { bundle: words.bundle } : {}),
    ...(geom.routing.lines.some((l) => l.via) ? { hub: words.hub } : {}),
  };
}

/** Space (mm) from a diagram's bottom edge to the line of its legend's first row (drawLegend's y). */
export const LEGEND_GAP = 5;

/**
 * Height (mm) the legend takes at `width`, from the top of its first row's symbols (2 mm above
 * drawLegend's y) to 2 mm under its last row: drawn on a scratch page, so the drawing above it is
 * sized to leave the room and the legend's last row never reaches the footer (a third row did, on the
 * Kertas Ulasan's A4 page and then under the Kertas Cadangan's A3 LMV, which kept a fixed 8 mm).
 */
export function legendHeight(items: LegendItems, width: number): number {
  const scratch = new jsPDF({ unit: 'mm', format: 'a3', orientation: 'landscape' });
  return drawLegend(scratch, 0, 2, items, width);
}

/** Legend of the diagram's symbols, drawn in rows starting at (x, y); returns the y under it. */
export function drawLegend(pdf: jsPDF, x: number, y: number, items: LegendItems, maxWidth = Infinity): number {
  pdf.setFont(FONT, 'normal');
  pdf.setFontSize(7.5);
  pdf.setTextColor(...COLORS.muted);
  let at = x;
  const entry = (draw: () => void, text: string) => {
    // Wrap to a new row rather than run past the margin on narrow (portrait) pages.
    if (at > x && at + 12 + textWidth(pdf, toWinAnsi(text)) > x + maxWidth) {
      at = x;
      y += 5;
    }
    draw();
    pdf.setTextColor(...COLORS.muted);
    pdf.text(toWinAnsi(text), at + 12, y + 1.2);
    at += 12 + textWidth(pdf, toWinAnsi(text)) + 7;
  };
  const line = (style: LineStyle, width: number) => () => {
    const c = hexRgb(style.color);
    pdf.setDrawColor(...c);
    pdf.setFillColor(...c);
    pdf.setLineWidth(width);
    pdf.setLineDashPattern(style.dash ? style.dash.split(/\s+/).map((v) => Number(v) * 0.25) : [], 0);
    pdf.line(at, y, at + 9, y);
    pdf.setLineDashPattern([], 0);
    arrowHead(pdf, at, y, at + 10, y, 1.6);
  };
  for (const f of items.flows) entry(line(f.style, 0.4), f.text);
  entry(line(RELATION_STYLE, 0.2), items.relation);
  if (items.bundle) entry(() => {
    pdf.setDrawColor(...hexRgb(RELATION_STYLE.color));
    pdf.setLineWidth(0.2);
    for (const dy of [-1.2, 1.2]) pdf.line(at, y + dy, at + 3, y);
    pdf.line(at + 3, y, at + 7, y);
    for (const dy of [-1.2, 1.2]) pdf.line(at + 7, y, at + 10, y + dy);
  }, items.bundle);
  if (items.hub) entry(() => {
    pdf.setFillColor(...PLATFORM_COLORS.node);
    pdf.setDrawColor(...PLATFORM_COLORS.border);
    pdf.setLineWidth(0.3);
    pdf.rect(at + 3.5, y - 1.5, 3, 3, 'FD');
    pdf.setDrawColor(...hexRgb(flowStyle('myGdx').color));
    pdf.line(at, y, at + 3.5, y);
    pdf.line(at + 6.5, y, at + 10, y);
  }, items.hub);
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
  return y + 4;
}
