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
import { COLORS } from '../pdf/theme';
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

/** Legend entries beyond line styles: bundles and the MyGDX hub, when the drawing has them. */
function legendExtras(d: Diagram, lang: Lang): { text: string; style: LineStyle }[] {
  const out: { text: string; style: LineStyle }[] = [];
  if (d.routing.bundles.length > 0) out.push({ text: LEGEND[lang].bundle, style: { ...RELATION_STYLE, width: 2.2 } });
  if (d.routing.lines.some((l) => l.via)) out.push({ text: LEGEND[lang].hub, style: flowStyle('myGdx') });
  return out;
}

const LEGEND: Record<Lang, { bundle: string; hub: string; relation: string; flow: string; title: string }> = {
  ms: { bundle: 'Berkas: setiap elemen di satu hujung berhubung dengan setiap elemen di hujung lain', hub: 'Aliran MyGDX melalui platform MyGDX', relation: 'Hubungan', flow: 'Aliran data', title: 'Petunjuk' },
  en: { bundle: 'Bundle: every element at one end is related to every element at the other', hub: 'MyGDX flows through the MyGDX platform', relation: 'Relation', flow: 'Data flow', title: 'Legend' },
};

/** The legend's entries: plain relations, each flow method drawn, then bundles and the MyGDX hub. */
function legendItems(lang: Lang, methods: (FlowMethod | 'other')[], extras: { text: string; style: LineStyle }[]): { text: string; style: LineStyle }[] {
  const t = LEGEND[lang];
  return [{ text: t.relation, style: RELATION_STYLE }, ...methods.map((m) => ({ text: `${t.flow}: ${label(lang, 'flowMethod', m)}`, style: flowStyle(m as FlowMethod) })), ...extras];
}

/** Width of the line sample and the gap before an entry's text. */
const SAMPLE_W = 52;
const LEGEND_FONT = 10.5;

interface LegendLayout {
  rows: number;
  entries: { text: string; style: LineStyle; col: number; row: number; width: number }[];
  colW: number;
}

/**
 * The entries in four columns, row by row; an entry whose text is longer than a column takes as many
 * as it needs (the bundle's explanation is a sentence), starting a new row when the row is full, so
 * no explanation of a symbol is cut.
 */
function legendLayout(items: { text: string; style: LineStyle }[], width: number): LegendLayout {
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
    out.push(`<line x1="${x}" y1="${ly}" x2="${x + 44}" y2="${ly}" stroke="${it.style.color}" stroke-width="${it.style.width}"${it.style.dash ? ` stroke-dasharray="${it.style.dash}"` : ''} marker-end="url(#${markerId(it.style)})"/>`);
    out.push(`<text x="${x + SAMPLE_W}" y="${ly + 4}" font-size="${LEGEND_FONT}" fill="${rgb(COLORS.ink)}">${esc(wrapByChars(it.text, it.width - SAMPLE_W - 8, LEGEND_FONT, 1)[0] ?? '')}</text>`);
  }
  out.push('</g>\n');
  return out.join('');
}
