/**
 * One view of the LMV as a standalone SVG file (View › Export SVG, and the source of the PNG export):
 * the seven labelled bands, the boxes (modules inside their application) and the routed lines of the
 * shared diagram (shared/routing, the same the PDF and the canvas draw), with text as real text,
 * arrowheads, labels, one line style per integration method, plus a legend.
 */
import { label, type Lang } from '../../i18n';
import { BAND_HEADER_WIDTH } from '../../model/bands';
import type { FlowMethod } from '../../model/vocabulary';
import type { LakarDocument } from '../../model/schema';
import { prepareView } from '../../layout/prepare';
import { buildDiagram, type Diagram } from '../../routing';
import { oneLineWidth, wrapByChars } from '../../routing/text';
import { PROPOSAL_STRINGS } from '../pdf/strings';
import { BAND_COLORS, COLORS, PLATFORM_COLORS } from '../pdf/theme';
import { flowStyle, RELATION_STYLE, type LineStyle } from './flow-style';
import { bandsSvg, esc, labelsSvg, linesSvg, markerDefs, markerId, nodesSvg, rgb } from './lmv-parts';

export interface ViewSvgOptions {
  lang?: Lang;
  /** Draw the legend of line styles under the diagram (default true). */
  legend?: boolean;
  /** Draw the project and view name above the diagram (default true). */
  title?: boolean;
}

export const SVG_FONT = "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif";
const TITLE_H = 44;
const LEGEND_ROW = 22;

/** Break `text` into at most `maxLines` lines of about `width` units at font `size` (SVG has no text layout). */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
  return wrapByChars(text, width, size, maxLines);
}

export { esc };

/** The SVG document of view `viewId`. */
export function viewToSvg(doc: LakarDocument, viewId: string, options: ViewSvgOptions = {}): string {
  const lang = options.lang ?? 'ms';
  const view = doc.views[viewId];
  if (!view) throw new Error(`view ${viewId} not found`);
  const d = buildDiagram(doc, prepareView(doc, view).view, lang);
  const b = d.bounds;
  const top = options.title === false ? 0 : TITLE_H;
  const methods = new Set<FlowMethod | 'other'>();
  for (const l of d.routing.lines) if (l.relation.kind === 'dataFlow') methods.add(l.relation.method ?? 'other');
  const W = Math.ceil(BAND_HEADER_WIDTH + b.x1 - b.x0);
  const key = legendLayout(legendItems(lang, [...methods].sort(), legendExtras(d, lang)), W);
  const legendRows = options.legend === false ? 0 : 1 + key.rows;
  const diagramH = Math.ceil(b.y1 - b.y0);
  const H = top + diagramH + (legendRows > 0 ? legendRows * LEGEND_ROW + 12 : 0);
  const frame = { X: (x: number) => BAND_HEADER_WIDTH + x - b.x0, Y: (y: number) => top + y - b.y0, width: W };

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${esc(SVG_FONT)}">\n`);
  out.push(`<title>${esc(`${doc.meta.title ? `${doc.meta.title} — ` : ''}${view.name}`)}</title>\n`);
  out.push(markerDefs());
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>\n`);
  if (top > 0) {
    out.push(`<text x="12" y="20" font-size="15" font-weight="bold" fill="${rgb(COLORS.accent)}">${esc(doc.meta.title || view.name)}</text>`);
    out.push(`<text x="12" y="37" font-size="11.5" fill="${rgb(COLORS.muted)}">${esc(`${lang === 'ms' ? 'Paparan' : 'View'}: ${view.name}`)}</text>\n`);
  }
  out.push(bandsSvg(d, lang, frame), nodesSvg(d, lang, frame), linesSvg(d, frame), labelsSvg(d, frame));
  if (legendRows > 0) out.push(legend(lang, key, top + diagramH + 10));
  out.push(`<rect x="0.5" y="${top + 0.5}" width="${W - 1}" height="${diagramH - 1}" fill="none" stroke="${rgb(COLORS.muted)}"/>\n`);
  out.push('</svg>\n');
  return out.join('');
}

/** A legend entry: a line style, a kind of box, or a bus or hub glyph, with what it means. */
interface LegendItem {
  text: string;
  style?: LineStyle;
  box?: 'external' | 'platform';
  /** Drawn as the paper's legend draws them (lmv.ts drawLegend), so the SVG and Rajah 1 show one symbol each. */
  glyph?: 'bundle' | 'hub';
}

/** Legend entries beyond line styles: bundles, the MyGDX hub and the boxes drawn apart, when the drawing has them. */
function legendExtras(d: Diagram, lang: Lang): LegendItem[] {
  const t = LEGEND[lang];
  const out: LegendItem[] = [];
  if (d.routing.bundles.length > 0) out.push({ text: t.bundle, glyph: 'bundle' });
  if (d.routing.lines.some((l) => l.via)) out.push({ text: t.hub, glyph: 'hub' });
  // the paper's legend explains these boxes too: a dashed box is another agency's system (Jadual 3-1 label 6)
  if (d.scene.nodes.some((n) => n.element.kind === 'externalSystem' && !n.element.internal)) out.push({ text: t.external, box: 'external' });
  if (d.scene.nodes.some((n) => n.element.kind === 'platform')) out.push({ text: t.platform, box: 'platform' });
  return out;
}

/** The legend's words: the paper's (PROPOSAL_STRINGS lmv), so the SVG and Rajah 1 explain the symbols alike. */
const LEGEND: Record<Lang, { bundle: string; hub: string; relation: string; flow: string; external: string; platform: string; title: string }> = {
  ms: { ...legendWords('ms'), title: 'Petunjuk' },
  en: { ...legendWords('en'), title: 'Legend' },
};

function legendWords(lang: Lang) {
  const s = PROPOSAL_STRINGS[lang].lmv;
  return { bundle: s.legendBundle, hub: s.legendHub, relation: s.legendRelation, flow: s.legendFlow, external: s.legendExternal, platform: s.legendPlatform };
}

/** The legend's entries: plain relations, each flow method drawn, then bundles and the MyGDX hub. */
function legendItems(lang: Lang, methods: (FlowMethod | 'other')[], extras: LegendItem[]): LegendItem[] {
  const t = LEGEND[lang];
  return [{ text: t.relation, style: RELATION_STYLE }, ...methods.map((m) => ({ text: `${t.flow}: ${label(lang, 'flowMethod', m)}`, style: flowStyle(m as FlowMethod) })), ...extras];
}

/** Width of the line sample and the gap before an entry's text. */
const SAMPLE_W = 52;
const LEGEND_FONT = 10.5;

interface LegendLayout {
  rows: number;
  entries: (LegendItem & { col: number; row: number; width: number })[];
  colW: number;
}

/**
 * The entries in four columns, row by row; an entry whose text is longer than a column takes as many
 * as it needs (the bundle's explanation is a sentence), starting a new row when the row is full, so
 * no explanation of a symbol is cut.
 */
function legendLayout(items: LegendItem[], width: number): LegendLayout {
  const colW = Math.max(220, Math.floor((width - 24) / 4));
  const entries: LegendLayout['entries'] = [];
  let row = 0;
  let col = 0;
  for (const it of items) {
    const span = Math.min(4, Math.ceil((SAMPLE_W + oneLineWidth(it.text, LEGEND_FONT) + 8) / colW));
    if (col > 0 && col + span > 4) {
      row++;
      col = 0;
    }
    entries.push({ ...it, col, row, width: span * colW });
    col += span;
    if (col >= 4) {
      row++;
      col = 0;
    }
  }
  return { rows: row + (col > 0 ? 1 : 0), entries, colW };
}

function legend(lang: Lang, key: LegendLayout, y: number): string {
  const out: string[] = [`<g class="legend"><text x="12" y="${y + 12}" font-size="11" font-weight="bold" fill="${rgb(COLORS.ink)}">${LEGEND[lang].title}</text>`];
  for (const it of key.entries) {
    const x = 12 + it.col * key.colW;
    const ly = y + (1 + it.row) * LEGEND_ROW + 6;
    if (it.style) out.push(`<line x1="${x}" y1="${ly}" x2="${x + 44}" y2="${ly}" stroke="${it.style.color}" stroke-width="${it.style.width}"${it.style.dash ? ` stroke-dasharray="${it.style.dash}"` : ''} marker-end="url(#${markerId(it.style)})"/>`);
    else if (it.glyph === 'bundle') {
      // two lines joining into one and parting again: many to many, without arrowheads
      out.push(`<path data-legend="bundle" d="M${x} ${ly - 5} L${x + 13} ${ly} M${x} ${ly + 5} L${x + 13} ${ly} L${x + 31} ${ly} L${x + 44} ${ly - 5} M${x + 31} ${ly} L${x + 44} ${ly + 5}" fill="none" stroke="${RELATION_STYLE.color}" stroke-width="${RELATION_STYLE.width}"/>`);
    } else if (it.glyph === 'hub') {
      // a MyGDX line through the platform's small square, as flows drawn through the hub are
      const c = flowStyle('myGdx');
      out.push(`<g data-legend="hub"><line x1="${x}" y1="${ly}" x2="${x + 44}" y2="${ly}" stroke="${c.color}" stroke-width="${c.width}"${c.dash ? ` stroke-dasharray="${c.dash}"` : ''}/><rect x="${x + 16}" y="${ly - 6}" width="12" height="12" fill="${rgb(PLATFORM_COLORS.node)}" stroke="${rgb(PLATFORM_COLORS.border)}" stroke-width="1.1"/></g>`);
    } else {
      // drawn as the boxes are (lmv-parts nodeSvg): another agency's system dashed, a platform bolder
      const c = it.box === 'platform' ? PLATFORM_COLORS : BAND_COLORS.data;
      const dash = it.box === 'external' ? ' stroke-dasharray="6 3"' : '';
      out.push(`<rect x="${x + 6}" y="${ly - 7}" width="34" height="14" rx="3" fill="${rgb(c.node)}" stroke="${rgb(c.border)}" stroke-width="${it.box === 'platform' ? 1.8 : 1.1}"${dash}/>`);
    }
    out.push(`<text x="${x + SAMPLE_W}" y="${ly + 4}" font-size="${LEGEND_FONT}" fill="${rgb(COLORS.ink)}">${esc(wrapByChars(it.text, it.width - SAMPLE_W - 8, LEGEND_FONT, 1)[0] ?? '')}</text>`);
  }
  out.push('</g>\n');
  return out.join('');
}
