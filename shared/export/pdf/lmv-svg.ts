/**
 * The same LMV drawing as the PDF, as an SVG string, for printing from the app (window.print on an
 * inline SVG works under the strict CSP, where a PDF in a frame would not). Drawn from
 * `diagramGeometry`, so print, PDF and screen share one geometry and one palette.
 */
import { label, type Lang } from '../../i18n';
import { BAND_HEADER_WIDTH } from '../../model/bands';
import { BAND_LAYER } from '../../model/vocabulary';
import { edgeLine, flowLabelSize, type DiagramGeometry } from './lmv';
import { BAND_COLORS, COLORS, LAYER_TITLE, PLATFORM_COLORS, type Rgb } from './theme';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const rgb = (c: Rgb) => `rgb(${c[0]},${c[1]},${c[2]})`;

/** Rough text wrap by character count (SVG has no layout; Helvetica averages ~0.55 em per character). */
function wrapChars(text: string, width: number, size: number, maxLines: number): string[] {
  const perLine = Math.max(4, Math.floor(width / (size * 0.56)));
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/)) {
    if (cur && (cur + ' ' + word).length > perLine) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = lines[maxLines - 1].slice(0, perLine - 1) + '…';
  }
  return lines;
}

/** SVG of the whole diagram in model units (width/height attributes in model units too). */
export function diagramSvg(geom: DiagramGeometry, lang: Lang): string {
  const b = geom.bounds;
  const W = BAND_HEADER_WIDTH + b.x1 - b.x0;
  const H = b.y1 - b.y0;
  const X = (x: number) => BAND_HEADER_WIDTH + x - b.x0;
  const Y = (y: number) => y - b.y0;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="Helvetica, Arial, sans-serif">`);
  out.push(`<defs><marker id="lmv-a" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${rgb(COLORS.relation)}"/></marker>`);
  out.push(`<marker id="lmv-f" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${rgb(COLORS.flow)}"/></marker></defs>`);
  for (const band of geom.bands) {
    const c = BAND_COLORS[band.band];
    out.push(`<rect x="${BAND_HEADER_WIDTH}" y="${Y(band.top)}" width="${W - BAND_HEADER_WIDTH}" height="${band.height}" fill="${rgb(c.band)}"/>`);
    out.push(`<rect x="0" y="${Y(band.top)}" width="${BAND_HEADER_WIDTH}" height="${band.height}" fill="${rgb(c.header)}"/>`);
    out.push(`<circle cx="19" cy="${Y(band.top) + 19}" r="11" fill="${rgb(COLORS.accent)}"/><text x="19" y="${Y(band.top) + 24}" font-size="14" font-weight="bold" fill="#fff" text-anchor="middle">${band.index + 1}</text>`);
    wrapChars(label(lang, 'band', band.band), BAND_HEADER_WIDTH - 16, 12.5, 3).forEach((line, i) => out.push(`<text x="8" y="${Y(band.top) + 52 + i * 15}" font-size="12.5" font-weight="bold" fill="${rgb(COLORS.ink)}">${esc(line)}</text>`));
    out.push(`<text x="8" y="${Y(band.top) + band.height - 10}" font-size="9.5" font-style="italic" fill="${rgb(COLORS.muted)}">${esc(LAYER_TITLE[BAND_LAYER[band.band]])}</text>`);
    out.push(`<line x1="0" x2="${W}" y1="${Y(band.top)}" y2="${Y(band.top)}" stroke="${rgb(COLORS.rule)}"/>`);
  }
  const labels: string[] = [];
  for (const pass of [false, true]) {
    for (const e of geom.edges) {
      if (e.isFlow !== pass) continue;
      const { p, q } = edgeLine(e);
      const m = pass ? 'lmv-f' : 'lmv-a';
      out.push(
        `<line x1="${X(p.x)}" y1="${Y(p.y)}" x2="${X(q.x)}" y2="${Y(q.y)}" stroke="${rgb(pass ? COLORS.flow : COLORS.relation)}" stroke-width="${pass ? 1.6 : 0.8}"${e.arrowEnd ? ` marker-end="url(#${m})"` : ''}${e.arrowStart ? ` marker-start="url(#${m})"` : ''}/>`,
      );
      if (pass && e.label && e.labelAt) {
        const mx = X(e.labelAt.x);
        const my = Y(e.labelAt.y);
        const { w } = flowLabelSize(e.label);
        labels.push(`<rect x="${mx - w / 2}" y="${my - 7}" width="${w}" height="14" rx="4" fill="#fff" stroke="${rgb(COLORS.flow)}"/><text x="${mx}" y="${my + 3.5}" font-size="9" font-weight="bold" fill="${rgb(COLORS.flow)}" text-anchor="middle">${esc(e.label)}</text>`);
      }
    }
  }
  for (const n of geom.nodes) {
    const platform = n.element.kind === 'platform';
    const c = platform ? PLATFORM_COLORS : BAND_COLORS[n.band];
    const dashed = n.element.kind === 'externalSystem' && !n.element.internal;
    out.push(`<rect x="${X(n.x)}" y="${Y(n.y)}" width="${n.w}" height="${n.h}" rx="6" fill="${rgb(c.node)}" stroke="${rgb(c.border)}" stroke-width="${platform ? 1.6 : 1}"${dashed ? ' stroke-dasharray="5 3"' : ''}/>`);
    out.push(`<text x="${X(n.x) + 6}" y="${Y(n.y) + 13}" font-size="8.5" font-style="italic" fill="${rgb(c.border)}">${esc(label(lang, 'kind', n.element.kind))}</text>`);
    wrapChars(n.element.name, n.w - 12, 12, 3).forEach((line, i) => out.push(`<text x="${X(n.x) + n.w / 2}" y="${Y(n.y) + 30 + i * 14}" font-size="12" font-weight="bold" text-anchor="middle" fill="${rgb(COLORS.ink)}">${esc(line)}</text>`));
  }
  out.push(...labels);
  out.push(`<rect x="0" y="0" width="${W}" height="${H}" fill="none" stroke="${rgb(COLORS.muted)}"/>`);
  out.push('</svg>');
  return out.join('');
}
