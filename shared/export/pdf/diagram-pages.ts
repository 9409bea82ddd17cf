/**
 * Pages that carry an LMV diagram: one A3 landscape page when the view fits at a readable scale,
 * otherwise a key map (the whole view, with the tiles outlined and numbered) followed by one page
 * per tile. Used by the proposal paper; the single-view export uses `drawDiagram` directly.
 */
import type { Lang } from '../../i18n';
import { BAND_HEADER_WIDTH } from '../../model/bands';
import type { LakarDocument, View } from '../../model/schema';
import { compactGeometry, diagramGeometry, drawDiagram, drawLegend, fitScale, LEGEND_GAP, legendHeight, legendItems, planTiles, type DiagramGeometry, type LegendItems, type Viewport } from './lmv';
import { fill, type ProposalStrings } from './strings';
import { COLORS, FONT, MARGIN, SIZE } from './theme';
import type { PdfWriter } from './writer';
import { toWinAnsi } from './winansi';

const CAPTION_H = 9;
const STRIP_GAP = 5;
/**
 * How far (mm) the legend's measured height (legendHeight) may reach below the text area: its last
 * row's text ends 4 mm below it, 3 mm above the footer rule (7 mm below). The paper's LMV always
 * used that margin for a two-row legend: keeping it leaves the worked example's LMV on one A3 page,
 * at a scale 0.2 % above the least readable one.
 */
const LEGEND_INTO_FOOTER = 8;

/** Legend words of the paper. */
function legendWords(s: ProposalStrings) {
  return { flow: s.lmv.legendFlow, relation: s.lmv.legendRelation, external: s.lmv.legendExternal, platform: s.lmv.legendPlatform, bundle: s.lmv.legendBundle, hub: s.lmv.legendHub };
}

/**
 * Draw `view` on A3 landscape pages after the cursor. `includeUnshown` draws the model's elements
 * that no view shows as well (the paper's first LMV is of the whole service) and says so.
 */
export function addDiagramPages(w: PdfWriter, doc: LakarDocument, view: View, lang: Lang, s: ProposalStrings, figureNo: number, headingTitle?: string, options: { includeUnshown?: boolean } = {}): void {
  let geom = diagramGeometry(doc, view, lang, { includeUnshown: options.includeUnshown });
  w.addPage('diagram', 'a3', 'landscape');
  if (headingTitle) {
    w.heading(1, headingTitle, { newPage: false });
    w.paragraph(s.lmv.intro, { size: SIZE.small, style: 'italic', color: COLORS.muted, after: 2 });
  }
  const notes = [geom.added.length > 0 ? fill(s.lmv.addedNote, { n: geom.added.length }) : '', geom.hidden > 0 ? fill(s.lmv.hiddenNote, { n: geom.hidden }) : ''].filter(Boolean);
  if (notes.length) w.paragraph(notes.join(' '), { size: SIZE.small, style: 'italic', color: COLORS.muted, after: 2 });
  const caption = fill(s.lmv.figure, { n: figureNo, view: view.name });
  // the legend measured first (its rows depend on the methods drawn and the page width), the drawing fitted in what is left
  let key = legendItems(geom, lang, legendWords(s));
  const area = () => ({ x: MARGIN.left, y: w.y + CAPTION_H, w: w.width, h: w.bottom - w.y - CAPTION_H - LEGEND_GAP - legendHeight(key, w.width) + LEGEND_INTO_FOOTER });

  if (geom.nodes.length === 0) {
    captionAt(w, caption, w.y);
    w.y += CAPTION_H;
    w.paragraph(s.lmv.emptyView, { style: 'italic' });
    return;
  }

  const first = area();
  let plan = planTiles(geom, first.w, first.h);
  if (plan.tiles.length > 1) {
    // a hand-drawn view's roomy bands may be all that keeps it off one page: try them compacted
    const compact = compactGeometry(doc, geom, lang);
    const compactPlan = planTiles(compact, first.w, first.h);
    if (compactPlan.tiles.length < plan.tiles.length) [geom, plan] = [compact, compactPlan];
    // compacting moves nodes, never lines: the same methods, bundles and hub, so the same legend
    key = legendItems(geom, lang, legendWords(s));
  }
  if (plan.tiles.length === 1) {
    placeFigure(w, geom, lang, key, caption, geom.bounds, plan.scale, first);
    return;
  }

  // Key map: the whole view with the tiles outlined; a very wide view is wrapped into stacked strips
  // so the overview uses the page instead of being a thin ribbon.
  captionAt(w, `${caption} (${s.lmv.overview})`, first.y - CAPTION_H);
  const map = keyMapStrips(geom, first.w, first.h - 10);
  let y = first.y;
  for (const strip of map.strips) {
    const h = (strip.y1 - strip.y0) * map.scale;
    drawDiagram(w.pdf, geom, lang, { x: first.x, y, w: (BAND_HEADER_WIDTH + strip.x1 - strip.x0) * map.scale, h }, strip, map.scale);
    outlineTiles(w, plan.tiles, strip, map.scale, { x: first.x, y });
    y += h + STRIP_GAP;
  }
  const keyEnd = drawLegend(w.pdf, first.x, y + 2, key, w.width);
  w.setFont(SIZE.small, 'italic', COLORS.muted);
  const note = w.wrap(fill(s.lmv.tileNote, { n: plan.tiles.length }), first.w);
  // under the legend's last row, however many rows it has
  note.forEach((l, i) => w.textAt(l, MARGIN.left, keyEnd + i * 3.4, SIZE.small));

  plan.tiles.forEach((tile, i) => {
    w.addPage('diagram', 'a3', 'landscape');
    const label = `${caption} (${fill(s.lmv.tile, { i: i + 1, n: plan.tiles.length })})`;
    placeFigure(w, geom, lang, key, label, tile, plan.scale, area());
  });
}

function captionAt(w: PdfWriter, text: string, y: number): void {
  w.setFont(SIZE.h3, 'bold', COLORS.accent);
  w.textAt(w.fitText(text, w.width), MARGIN.left, y + 1, SIZE.h3);
}

function placeFigure(w: PdfWriter, geom: DiagramGeometry, lang: Lang, key: LegendItems, caption: string, win: Viewport, scale: number, area: { x: number; y: number; w: number; h: number }): void {
  captionAt(w, caption, area.y - CAPTION_H);
  const drawW = (BAND_HEADER_WIDTH + win.x1 - win.x0) * scale;
  const drawH = (win.y1 - win.y0) * scale;
  drawDiagram(w.pdf, geom, lang, { x: area.x, y: area.y, w: drawW, h: drawH }, win, scale);
  // the area left the legend its measured room: no clamp that would lift it onto the drawing
  drawLegend(w.pdf, area.x, area.y + drawH + LEGEND_GAP, key, w.width);
  w.y = w.bottom;
}

/** Strips (windows over the full height) that show the whole view as large as the area allows. */
function keyMapStrips(geom: DiagramGeometry, w: number, h: number): { scale: number; strips: Viewport[] } {
  const b = geom.bounds;
  const width = b.x1 - b.x0;
  const height = b.y1 - b.y0;
  let best = { k: 1, scale: fitScale(geom, w, h) };
  for (let k = 2; k <= 8; k++) {
    const scale = Math.min(w / (BAND_HEADER_WIDTH + width / k), (h - (k - 1) * STRIP_GAP) / (k * height), 0.3);
    if (scale > best.scale) best = { k, scale };
  }
  // Equal strips: on a key map a node cut at a strip edge simply continues on the next strip.
  const strips: Viewport[] = [];
  for (let i = 0; i < best.k; i++) strips.push({ x0: b.x0 + (i * width) / best.k, x1: b.x0 + ((i + 1) * width) / best.k, y0: b.y0, y1: b.y1 });
  const scale = best.scale;
  return { scale, strips };
}

/** Outline, on one key-map strip drawn at `origin`, the parts of the tiles inside it; number each tile where it starts. */
function outlineTiles(w: PdfWriter, tiles: Viewport[], strip: Viewport, scale: number, origin: { x: number; y: number }): void {
  const x = (mx: number) => origin.x + (BAND_HEADER_WIDTH + mx - strip.x0) * scale;
  const y = (my: number) => origin.y + (my - strip.y0) * scale;
  w.pdf.setDrawColor(...COLORS.accent);
  w.pdf.setLineWidth(0.5);
  w.pdf.setLineDashPattern([2, 1.2], 0);
  tiles.forEach((t, i) => {
    const x0 = Math.max(t.x0, strip.x0);
    const x1 = Math.min(t.x1, strip.x1);
    if (x1 <= x0) return;
    w.pdf.rect(x(x0), y(t.y0), (x1 - x0) * scale, (t.y1 - t.y0) * scale, 'S');
    if (t.x0 >= strip.x0 && t.x0 < strip.x1) {
      w.pdf.setFont(FONT, 'bold');
      w.pdf.setFontSize(12);
      w.pdf.setTextColor(...COLORS.accent);
      w.pdf.text(toWinAnsi(String(i + 1)), x(t.x0) + 1.5, y(t.y0) + 5);
    }
  });
  w.pdf.setLineDashPattern([], 0);
}
