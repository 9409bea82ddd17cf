/**
 * One view of the LMV as a standalone SVG file (View › Export SVG, and the source of the PNG export):
 * the seven labelled bands, the nodes and the relations drawn from model geometry (the view's node
 * positions and shared/model/bands.ts, through the same `diagramGeometry` as the PDF), with text as
 * real text, arrowheads, flow labels and one line style per integration method, plus a legend.
 */
import { label, type Lang } from '../../i18n';
import { BAND_HEADER_WIDTH } from '../../model/bands';
import type { FlowMethod } from '../../model/vocabulary';
import type { LakarDocument } from '../../model/schema';
import { BAND_LAYER } from '../../model/vocabulary';
import { diagramGeometry, edgeLine } from '../pdf/lmv';
import { BAND_COLORS, COLORS, LAYER_TITLE, PLATFORM_COLORS, type Rgb } from '../pdf/theme';
import { flowStyle, FLOW_STYLES, RELATION_STYLE, type LineStyle } from './flow-style';

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

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe inside an SVG element or attribute. */
export function esc(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const rgb = (c: Rgb) => `rgb(${c[0]},${c[1]},${c[2]})`;
const r1 = (n: number) => Math.round(n * 10) / 10;

/** Break `text` into at most `maxLines` lines of about `width` units at font `size` (SVG has no text layout). */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
  const perLine = Math.max(4, Math.floor(width / (size * 0.55)));
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let w = word; w.length > 0; ) {
      const piece = w.length > perLine ? w.slice(0, perLine) : w;
      w = w.slice(piece.length);
      if (cur && (cur + ' ' + piece).length > perLine) {
        lines.push(cur);
        cur = piece;
      } else cur = cur ? `${cur} ${piece}` : piece;
    }
  }
  if (cur) lines.push(cur);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1].slice(0, Math.max(1, perLine - 1))}…`;
  }
  return lines;
}

function markerId(style: LineStyle): string {
  return `arrow-${style.color.replace('#', '')}`;
}

/** The SVG document of view `viewId`. */
export function viewToSvg(doc: LakarDocument, viewId: string, options: ViewSvgOptions = {}): string {
  const lang = options.lang ?? 'ms';
  const view = doc.views[viewId];
  if (!view) throw new Error(`view ${viewId} not found`);
  const geom = diagramGeometry(doc, view, lang);
  const b = geom.bounds;
  const top = options.title === false ? 0 : TITLE_H;
  const methods = new Set<FlowMethod | 'other'>();
  for (const e of geom.edges) if (e.isFlow && e.relation.kind === 'dataFlow') methods.add(e.relation.method ?? 'other');
  const legendRows = options.legend === false ? 0 : 1 + Math.ceil((methods.size + 1) / 4);
  const W = Math.ceil(BAND_HEADER_WIDTH + b.x1 - b.x0);
  const diagramH = Math.ceil(b.y1 - b.y0);
  const H = top + diagramH + (legendRows > 0 ? legendRows * LEGEND_ROW + 12 : 0);
  const X = (x: number) => r1(BAND_HEADER_WIDTH + x - b.x0);
  const Y = (y: number) => r1(top + y - b.y0);

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${esc(SVG_FONT)}">\n`);
  out.push(`<title>${esc(`${doc.meta.title ? `${doc.meta.title} — ` : ''}${view.name}`)}</title>\n`);
  const styles = [RELATION_STYLE, ...Object.values(FLOW_STYLES)];
  out.push('<defs>');
  for (const s of new Map(styles.map((st) => [markerId(st), st])).values()) {
    out.push(`<marker id="${markerId(s)}" viewBox="0 0 10 10" refX="9.5" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${s.color}"/></marker>`);
  }
  out.push('</defs>\n');
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>\n`);

  if (top > 0) {
    out.push(`<text x="12" y="20" font-size="15" font-weight="bold" fill="${rgb(COLORS.accent)}">${esc(doc.meta.title || view.name)}</text>`);
    out.push(`<text x="12" y="37" font-size="11.5" fill="${rgb(COLORS.muted)}">${esc(`${lang === 'ms' ? 'Paparan' : 'View'}: ${view.name}`)}</text>\n`);
  }

  out.push('<g class="bands">\n');
  for (const band of geom.bands) {
    const c = BAND_COLORS[band.band];
    const y = Y(band.top);
    out.push(`<g data-band="${band.band}"><rect x="${BAND_HEADER_WIDTH}" y="${y}" width="${W - BAND_HEADER_WIDTH}" height="${band.height}" fill="${rgb(c.band)}"/>`);
    out.push(`<rect x="0" y="${y}" width="${BAND_HEADER_WIDTH}" height="${band.height}" fill="${rgb(c.header)}"/>`);
    out.push(`<circle cx="20" cy="${r1(y + 20)}" r="12" fill="${rgb(COLORS.accent)}"/><text x="20" y="${r1(y + 25)}" font-size="14" font-weight="bold" fill="#ffffff" text-anchor="middle">${band.index + 1}</text>`);
    wrapText(label(lang, 'band', band.band), BAND_HEADER_WIDTH - 16, 12.5, 3).forEach((line, i) => out.push(`<text x="8" y="${r1(y + 54 + i * 15)}" font-size="12.5" font-weight="bold" fill="${rgb(COLORS.ink)}">${esc(line)}</text>`));
    out.push(`<text x="8" y="${r1(y + band.height - 10)}" font-size="9.5" font-style="italic" fill="${rgb(COLORS.muted)}">${esc(LAYER_TITLE[BAND_LAYER[band.band]])}</text>`);
    out.push(`<line x1="0" x2="${W}" y1="${y}" y2="${y}" stroke="${rgb(COLORS.rule)}"/></g>\n`);
  }
  out.push('</g>\n');

  // Lines and flow-label spots come from the shared geometry: parallel relations between the same two
  // nodes run side by side, and each flow label sits where it covers no other label and no node.
  const labels: string[] = [];
  out.push('<g class="relations">\n');
  for (const pass of [false, true]) {
    for (const e of geom.edges) {
      if (e.isFlow !== pass) continue;
      const { p, q } = edgeLine(e);
      const [px, py, qx, qy] = [p.x, p.y, q.x, q.y];
      const style = e.relation.kind === 'dataFlow' ? flowStyle(e.relation.method) : RELATION_STYLE;
      const marker = `url(#${markerId(style)})`;
      out.push(
        `<line data-relation="${esc(e.relation.id)}" data-kind="${e.relation.kind}" x1="${X(px)}" y1="${Y(py)}" x2="${X(qx)}" y2="${Y(qy)}" stroke="${style.color}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}${e.arrowEnd ? ` marker-end="${marker}"` : ''}${e.arrowStart ? ` marker-start="${marker}"` : ''}/>\n`,
      );
      const text = e.relation.kind === 'dataFlow' ? [e.label, e.relation.label].filter(Boolean).join(' · ') : (e.relation.label ?? '');
      if (text) {
        const at = e.labelAt ?? { x: (px + qx) / 2, y: (py + qy) / 2 };
        const mx = X(at.x);
        const my = Y(at.y);
        const size = e.isFlow ? 9.5 : 8.5;
        const w = r1(Math.min(text.length, 60) * size * 0.56 + 10);
        labels.push(`<g class="label"><rect x="${r1(mx - w / 2)}" y="${r1(my - 8)}" width="${w}" height="15" rx="4" fill="#ffffff" fill-opacity="0.92" stroke="${style.color}" stroke-width="0.8"/><text x="${mx}" y="${r1(my + 3.5)}" font-size="${size}"${e.isFlow ? ' font-weight="bold"' : ''} fill="${style.color}" text-anchor="middle">${esc(text.length > 60 ? `${text.slice(0, 59)}…` : text)}</text></g>\n`);
      }
    }
  }
  out.push('</g>\n<g class="nodes">\n');
  for (const n of geom.nodes) {
    const platform = n.element.kind === 'platform';
    const c = platform ? PLATFORM_COLORS : BAND_COLORS[n.band];
    const external = n.element.kind === 'externalSystem' && !n.element.internal;
    out.push(`<g data-element="${esc(n.id)}" data-kind="${n.element.kind}"><rect x="${X(n.x)}" y="${Y(n.y)}" width="${r1(n.w)}" height="${r1(n.h)}" rx="6" fill="${rgb(c.node)}" stroke="${rgb(c.border)}" stroke-width="${platform ? 1.8 : 1}"${external ? ' stroke-dasharray="5 3"' : ''}/>`);
    out.push(`<text x="${r1(X(n.x) + 6)}" y="${r1(Y(n.y) + 13)}" font-size="8.5" font-style="italic" fill="${rgb(c.border)}">${esc(label(lang, 'kind', n.element.kind))}</text>`);
    const lines = wrapText(n.element.name, n.w - 12, 12, Math.max(1, Math.floor((n.h - 22) / 14)));
    out.push(`<text x="${r1(X(n.x) + n.w / 2)}" y="${r1(Y(n.y) + 30)}" font-size="12" font-weight="bold" text-anchor="middle" fill="${rgb(COLORS.ink)}">`);
    lines.forEach((line, i) => out.push(`<tspan x="${r1(X(n.x) + n.w / 2)}" dy="${i === 0 ? 0 : 14}">${esc(line)}</tspan>`));
    out.push('</text></g>\n');
  }
  out.push('</g>\n<g class="labels">\n', ...labels, '</g>\n');
  if (legendRows > 0) out.push(legend(lang, [...methods].sort(), top + diagramH + 10, W));
  out.push(`<rect x="0.5" y="${top + 0.5}" width="${W - 1}" height="${diagramH - 1}" fill="none" stroke="${rgb(COLORS.muted)}"/>\n`);
  out.push('</svg>\n');
  return out.join('');
}

function legend(lang: Lang, methods: (FlowMethod | 'other')[], y: number, width: number): string {
  const items: { text: string; style: LineStyle }[] = [
    { text: lang === 'ms' ? 'Hubungan' : 'Relation', style: RELATION_STYLE },
    ...methods.map((m) => ({ text: `${lang === 'ms' ? 'Aliran data' : 'Data flow'}: ${label(lang, 'flowMethod', m)}`, style: flowStyle(m as FlowMethod) })),
  ];
  const out: string[] = [`<g class="legend"><text x="12" y="${y + 12}" font-size="11" font-weight="bold" fill="${rgb(COLORS.ink)}">${lang === 'ms' ? 'Petunjuk' : 'Legend'}</text>`];
  const colW = Math.max(220, Math.floor((width - 24) / 4));
  items.forEach((it, i) => {
    const col = i % 4;
    const row = 1 + Math.floor(i / 4);
    const x = 12 + col * colW;
    const ly = y + row * LEGEND_ROW + 6;
    out.push(`<line x1="${x}" y1="${ly}" x2="${x + 44}" y2="${ly}" stroke="${it.style.color}" stroke-width="${it.style.width}"${it.style.dash ? ` stroke-dasharray="${it.style.dash}"` : ''} marker-end="url(#${markerId(it.style)})"/>`);
    out.push(`<text x="${x + 52}" y="${ly + 4}" font-size="10.5" fill="${rgb(COLORS.ink)}">${esc(it.text)}</text>`);
  });
  out.push('</g>\n');
  return out.join('');
}
