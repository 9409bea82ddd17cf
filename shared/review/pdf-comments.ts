/**
 * The comment parts of the Kertas Ulasan JDN: comments numbered in the order the paper lists them
 * (step-4a analysis first, then criteria a–g), each printed with the element it points at and its
 * thread, and the LMV sketch with a numbered pin on each commented element, flow or area. The
 * sketch is drawn with the LMV drawing API of shared/export/pdf/lmv.ts (the same as the Kertas
 * Cadangan's); only the pins are drawn here.
 */
import type { Lang } from '../i18n';
import { BAND_HEADER_WIDTH } from '../model/bands';
import { sortedViews } from '../model/document';
import type { LakarDocument, View } from '../model/schema';
import { diagramGeometry, drawDiagram, drawLegend, LEGEND_GAP, legendHeight, legendItems, planTiles } from '../export/pdf/lmv';
import { paperViews } from '../export/pdf/paper-facts';
import type { Point } from '../routing';
import { formatDate, fill } from '../export/pdf/strings';
import { COLORS, FONT, MARGIN, SIZE, type Rgb } from '../export/pdf/theme';
import { toWinAnsi } from '../export/pdf/winansi';
import type { PdfWriter } from '../export/pdf/writer';
import { textWidth } from '../export/pdf/writer';
import { resolveAnchor } from './anchors';
import { REVIEW_LABELS } from './labels';
import type { ReviewPdfStrings } from './pdf-strings';
import type { Comment } from './schema';
import { COMMENT_HEADINGS, type CommentStatus } from './vocabulary';

/** A comment with its number in the paper. */
export interface NumberedComment {
  no: number;
  comment: Comment;
}

/** Comments in the order the paper prints them (analysis, then a–g; oldest first within each), numbered from 1. */
export function numberComments(comments: readonly Comment[]): NumberedComment[] {
  const order = ['analisis', ...COMMENT_HEADINGS.filter((h) => h !== 'analisis')];
  return [...comments]
    .sort((a, b) => order.indexOf(a.heading) - order.indexOf(b.heading) || a.createdAt.localeCompare(b.createdAt))
    .map((comment, i) => ({ no: i + 1, comment }));
}

const STATUS_COLOR: Record<CommentStatus, Rgb> = { terbuka: COLORS.error, dijawab: COLORS.advice, selesai: COLORS.ok };
/** Pins stand apart from the navy band numbers of the sketch. */
const PIN_COLOR: Rgb = [192, 38, 94];

/** Print `items` as numbered blocks: what each points at, its text, then the replies. */
export function addCommentBlocks(w: PdfWriter, items: readonly NumberedComment[], doc: LakarDocument, s: ReviewPdfStrings, lang: Lang): void {
  const words = REVIEW_LABELS[lang];
  for (const { no, comment } of items) {
    const where = resolveAnchor(comment.anchor, doc, lang);
    // a relation's name already says what it is ("Aliran data: A – B"), as a checklist item's does
    // ("Senarai semak WoG, Jadual 4-1 A.1.a (viii): Penggunaan platform DPI …"): not said twice
    const what = comment.anchor.kind === 'relation' || comment.anchor.kind === 'checklist' ? where.name : `${where.kindLabel}: ${where.name}`;
    const title = `${what}${where.orphaned ? ` (${s.comment.orphaned})` : ''}`;
    const date = (iso: string) => formatDate(new Date(iso), lang);
    const lines = [
      `${words.severity[comment.severity]} — ${comment.text} (${comment.author.name}, ${date(comment.createdAt)})`,
      ...comment.replies.map((r) => `${s.comment.reply} ${s.comment.by} ${r.author.name} (${words.role[r.author.role]}, ${date(r.at)}): ${r.text}`),
    ];
    w.item(String(no), title, { text: words.status[comment.status].toUpperCase(), color: STATUS_COLOR[comment.status] }, lines);
  }
}

interface Pin {
  x: number;
  y: number;
  numbers: number[];
}

/** Where each numbered comment sits on `view` (model units): a node's top-right corner, a line's middle, an area's point. */
function pinsOn(doc: LakarDocument, view: View, items: readonly NumberedComment[], geom: ReturnType<typeof diagramGeometry>): Pin[] {
  const pins = new Map<string, Pin>();
  const add = (key: string, x: number, y: number, no: number) => {
    const pin = pins.get(key);
    if (pin) pin.numbers.push(no);
    else pins.set(key, { x, y, numbers: [no] });
  };
  const nodes = new Map(geom.nodes.map((n) => [n.id, n]));
  const lines = new Map(geom.routing.lines.map((l) => [l.relation.id, l]));
  // a line's pin sits on its label when it has one, else halfway along its routed path
  const labelled = new Map(geom.labels.filter((l) => l.relation).map((l) => [l.relation as string, l]));
  for (const { no, comment } of items) {
    const a = comment.anchor;
    if (a.kind === 'element') {
      const n = nodes.get(a.id);
      if (n) add(`e:${a.id}`, n.x + n.w - 4, n.y + 2, no);
    } else if (a.kind === 'relation') {
      const label = labelled.get(a.id);
      const line = lines.get(a.id);
      if (label) add(`r:${a.id}`, label.x, label.y, no);
      else if (line) {
        const mid = halfway(line.legs.flat());
        add(`r:${a.id}`, mid.x, mid.y, no);
      }
    } else if (a.kind === 'view' && a.viewId === view.id && doc.views[a.viewId]) {
      add(`v:${no}`, a.x, a.y, no);
    }
  }
  return [...pins.values()];
}

/** The point halfway along a polyline. */
function halfway(points: readonly Point[]): Point {
  const seg = (i: number) => Math.hypot(points[i + 1].x - points[i].x, points[i + 1].y - points[i].y);
  let rest = 0;
  for (let i = 0; i + 1 < points.length; i++) rest += seg(i);
  rest /= 2;
  for (let i = 0; i + 1 < points.length; i++) {
    const d = seg(i);
    if (d >= rest && d > 0) return { x: points[i].x + ((points[i + 1].x - points[i].x) * rest) / d, y: points[i].y + ((points[i + 1].y - points[i].y) * rest) / d };
    rest -= d;
  }
  return points[0];
}

/** Room under the caption line before the drawing (mm). */
const CAPTION_H = 7;

/**
 * The LMV sketch of the paper, always (Jadual 4-1 langkah 7a c: "Kertas Ulasan JDN dan lakaran LMV
 * perlu disertakan"): the proposal's own sketch (its proposed views, else its As-Is ones, as the
 * Kertas Cadangan draws them) even when no comment is pinned on it, and every view carrying pins.
 * Each view goes on A3 landscape pages as in the Kertas Cadangan (on A4 its element details printed
 * at 3 pt): one page when it fits at a readable scale, else one page per tile; numbered pins on
 * commented elements, flows and areas; the legend under the drawing, above the footer.
 */
export function addPinnedSketch(w: PdfWriter, doc: LakarDocument, items: readonly NumberedComment[], s: ReviewPdfStrings, lang: Lang, legend: { flow: string; relation: string; external: string; platform: string; bundle: string; hub: string }): void {
  const paper = paperViews(doc);
  const sketch = new Set((paper.proposed.length ? paper.proposed : paper.asIs).map((v) => v.id));
  const planned = sortedViews(doc)
    .map((view) => {
      const geom = diagramGeometry(doc, view, lang);
      return { view, geom, pins: pinsOn(doc, view, items, geom) };
    })
    .filter((p) => p.pins.length > 0 || sketch.has(p.view.id));
  if (planned.length === 0) {
    w.heading(1, s.pins.title);
    w.paragraph(s.pins.noView, { style: 'italic' });
    return;
  }
  const pinned = planned.some((p) => p.pins.length > 0);
  planned.forEach(({ view, geom, pins }, i) => {
    w.addPage('diagram', 'a3', 'landscape');
    if (i === 0) {
      w.heading(1, pinned ? s.pins.title : s.pins.titleNoPins, { newPage: false });
      w.paragraph(pinned ? s.pins.intro : s.pins.none, { size: SIZE.small, style: 'italic', color: COLORS.muted, after: 1.5 });
    }
    const key = legendItems(geom, lang, legend);
    const keyH = legendHeight(key, w.width);
    const caption = fill(pins.length ? s.pins.figure : s.pins.figurePlain, { n: i + 1, view: view.name });
    const area = () => ({ x: MARGIN.left, y: w.y + CAPTION_H, w: w.width, h: w.bottom - w.y - CAPTION_H - LEGEND_GAP - keyH });
    const plan = planTiles(geom, area().w, area().h);
    plan.tiles.forEach((win, t) => {
      if (t > 0) w.addPage('diagram', 'a3', 'landscape');
      const at = area();
      const label = plan.tiles.length > 1 ? `${caption} (${fill(s.pins.tile, { i: t + 1, n: plan.tiles.length })})` : caption;
      w.setFont(SIZE.h3, 'bold', COLORS.accent);
      w.textAt(w.fitText(label, w.width), MARGIN.left, w.y, SIZE.h3);
      const drawH = (win.y1 - win.y0) * plan.scale;
      drawDiagram(w.pdf, geom, lang, { x: at.x, y: at.y, w: (BAND_HEADER_WIDTH + win.x1 - win.x0) * plan.scale, h: drawH }, win, plan.scale);
      // the same mapping drawDiagram uses: band labels on the left, then the window at `scale`
      const px = (x: number) => at.x + BAND_HEADER_WIDTH * plan.scale + (x - win.x0) * plan.scale;
      const py = (y: number) => at.y + (y - win.y0) * plan.scale;
      for (const pin of pins) if (pin.x >= win.x0 && pin.x <= win.x1 && pin.y >= win.y0 && pin.y <= win.y1) drawPin(w, px(pin.x), py(pin.y), pin.numbers);
      drawLegend(w.pdf, at.x, at.y + drawH + LEGEND_GAP, key, w.width);
      w.y = w.bottom;
    });
  });
}

/** A numbered marker: a rounded badge with the comment numbers in white. */
function drawPin(w: PdfWriter, x: number, y: number, numbers: number[]): void {
  const shown = numbers.length > 4 ? `${numbers.slice(0, 3).join(',')}+${numbers.length - 3}` : numbers.join(',');
  const text = toWinAnsi(shown);
  w.pdf.setFont(FONT, 'bold');
  w.pdf.setFontSize(6.5);
  const tw = Math.max(textWidth(w.pdf, text) + 2.2, 4.2);
  const h = 4.2;
  w.pdf.setFillColor(...PIN_COLOR);
  w.pdf.setDrawColor(...COLORS.white);
  w.pdf.setLineWidth(0.3);
  w.pdf.roundedRect(x - tw / 2, y - h / 2, tw, h, h / 2, h / 2, 'FD');
  w.pdf.setTextColor(...COLORS.white);
  w.pdf.text(text, x, y + 0.8, { align: 'center' });
  w.pdf.setTextColor(...COLORS.ink);
}
