/**
 * The LMV drawing as SVG markup, from the shared diagram (shared/routing): bands, boxes with their
 * captions and facts, routed lines with rounded corners and arrowheads, labels. View › Export SVG/PNG
 * and Print use it; the PDF draws the same diagram with jsPDF (../pdf/lmv.ts). Every box keeps
 * `data-element` (and `data-parent` when nested), every line `data-relation`, `data-source`,
 * `data-target` (`data-via` through a hub, `data-bundle` in a bus), so others can post-process the file.
 */
import { label, type Lang } from '../../i18n';
import { BAND_HEADER_WIDTH } from '../../model/bands';
import { BAND_LAYER } from '../../model/vocabulary';
import type { Diagram, PlacedLabel, Point, SceneNode } from '../../routing';
import { LABEL_FONT, NEST_HEAD, NEST_HEAD_INNER } from '../../routing';
import { captionTexts, factLines, fitsByChars, shortenLine, TEXT, TEXT_PAD, wrapByChars } from '../../routing/text';
import { BAND_COLORS, COLORS, LAYER_TITLE, PLATFORM_COLORS, type Rgb } from '../pdf/theme';
import { flowStyle, FLOW_STYLES, RELATION_STYLE, type LineStyle } from './flow-style';

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe inside an SVG element or attribute. */
export function esc(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export const rgb = (c: Rgb) => `rgb(${c[0]},${c[1]},${c[2]})`;
export const r1 = (n: number) => Math.round(n * 10) / 10;

/** Corner radius of routed lines. */
export const CORNER = 6;

/** Marker id of a line style's arrowhead. */
export function markerId(style: LineStyle): string {
  return `arrow-${style.color.replace('#', '')}`;
}

/** `<defs>` with one arrowhead per line colour. */
export function markerDefs(): string {
  const styles = [RELATION_STYLE, ...Object.values(FLOW_STYLES)];
  const out = ['<defs>'];
  for (const s of new Map(styles.map((st) => [markerId(st), st])).values()) {
    out.push(`<marker id="${markerId(s)}" viewBox="0 0 10 10" refX="9.5" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${s.color}"/></marker>`);
  }
  out.push('</defs>\n');
  return out.join('');
}

/** SVG path data of an orthogonal polyline with rounded corners (quadratic curves at the corners). */
export function roundedPath(points: readonly Point[], X: (x: number) => number, Y: (y: number) => number, radius = CORNER): string {
  if (points.length === 0) return '';
  const out = [`M${r1(X(points[0].x))} ${r1(Y(points[0].y))}`];
  for (let i = 1; i < points.length; i++) {
    const p = points[i];
    if (i === points.length - 1) {
      out.push(`L${r1(X(p.x))} ${r1(Y(p.y))}`);
      break;
    }
    const a = points[i - 1];
    const c = points[i + 1];
    const inLen = Math.hypot(p.x - a.x, p.y - a.y);
    const outLen = Math.hypot(c.x - p.x, c.y - p.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r < 0.5) {
      out.push(`L${r1(X(p.x))} ${r1(Y(p.y))}`);
      continue;
    }
    const s = { x: p.x - ((p.x - a.x) / inLen) * r, y: p.y - ((p.y - a.y) / inLen) * r };
    const e = { x: p.x + ((c.x - p.x) / outLen) * r, y: p.y + ((c.y - p.y) / outLen) * r };
    out.push(`L${r1(X(s.x))} ${r1(Y(s.y))}`, `Q${r1(X(p.x))} ${r1(Y(p.y))} ${r1(X(e.x))} ${r1(Y(e.y))}`);
  }
  return out.join(' ');
}

export interface Frame {
  /** Model x/y → SVG x/y. */
  X: (x: number) => number;
  Y: (y: number) => number;
  /** Width of the whole drawing (band labels included). */
  width: number;
}

/** Lines of a band's name in the label column, the first one's baseline below the band's top, and their spacing. */
const BAND_NAME_LINES = 4;
const BAND_NAME_TOP = 48;
const BAND_NAME_LINE = 15;

/** The seven bands: colour strip, number, name and BDAT layer in the label column. */
export function bandsSvg(d: Diagram, lang: Lang, f: Frame): string {
  const out: string[] = ['<g class="bands">\n'];
  for (const band of d.scene.bands) {
    const c = BAND_COLORS[band.band];
    const y = r1(f.Y(band.top));
    out.push(`<g data-band="${band.band}"><rect x="${BAND_HEADER_WIDTH}" y="${y}" width="${r1(f.width - BAND_HEADER_WIDTH)}" height="${r1(band.height)}" fill="${rgb(c.band)}"/>`);
    out.push(`<rect x="0" y="${y}" width="${BAND_HEADER_WIDTH}" height="${r1(band.height)}" fill="${rgb(c.header)}"/>`);
    out.push(`<circle cx="20" cy="${r1(y + 20)}" r="12" fill="${rgb(COLORS.accent)}"/><text x="20" y="${r1(y + 25)}" font-size="${TEXT.bandNo}" font-weight="bold" fill="#ffffff" text-anchor="middle">${band.index + 1}</text>`);
    // up to four lines: Jadual 3-1's name of label 6 ("Data/Maklumat dan Agensi Yang Membekalkan
    // Data/Maklumat") takes four at this measure, and its layer still fits under it in the smallest
    // band the layout makes (LAYOUT_MIN_BAND)
    const lines = wrapByChars(label(lang, 'band', band.band), BAND_HEADER_WIDTH - 16, TEXT.bandName, BAND_NAME_LINES, true);
    lines.forEach((line, i) => out.push(`<text x="8" y="${r1(y + BAND_NAME_TOP + i * BAND_NAME_LINE)}" font-size="${TEXT.bandName}" font-weight="bold" fill="${rgb(COLORS.ink)}">${esc(line)}</text>`));
    const layerY = Math.max(y + BAND_NAME_TOP + lines.length * BAND_NAME_LINE, y + band.height - 10);
    if (layerY < y + band.height - 2) out.push(`<text x="8" y="${r1(layerY)}" font-size="${TEXT.layer}" font-style="italic" fill="${rgb(COLORS.muted)}">${esc(LAYER_TITLE[BAND_LAYER[band.band]])}</text>`);
    out.push(`<line x1="0" x2="${r1(f.width)}" y1="${y}" y2="${y}" stroke="${rgb(COLORS.rule)}"/></g>\n`);
  }
  out.push('</g>\n');
  return out.join('');
}

const darken = (c: Rgb): Rgb => [Math.round(c[0] * 0.75), Math.round(c[1] * 0.75), Math.round(c[2] * 0.75)];

/** One box: outline, caption, name, facts (a parent box only its caption and name, above its children). */
function nodeSvg(n: SceneNode, lang: Lang, f: Frame): string {
  const platform = n.element.kind === 'platform';
  const c = platform ? PLATFORM_COLORS : BAND_COLORS[n.band];
  const external = n.element.kind === 'externalSystem' && !n.element.internal;
  const x = f.X(n.x);
  const y = f.Y(n.y);
  const out: string[] = [`<g data-element="${esc(n.id)}" data-kind="${n.element.kind}" data-band="${n.band}"${n.parent ? ` data-parent="${esc(n.parent)}"` : ''}>`];
  // a parent is drawn in its band's colour, so its children stand out on it
  const fill = n.children.length > 0 ? BAND_COLORS[n.band].band : c.node;
  out.push(`<rect x="${r1(x)}" y="${r1(y)}" width="${r1(n.w)}" height="${r1(n.h)}" rx="6" fill="${rgb(fill)}" stroke="${rgb(c.border)}" stroke-width="${platform ? 1.8 : 1.1}"${external ? ' stroke-dasharray="6 3"' : ''}/>`);
  const inner = n.w - 2 * TEXT_PAD;
  const captionFits = fitsByChars(inner, TEXT.caption);
  const captions = captionTexts(n.element, lang);
  const captionLine = captions.find(captionFits) ?? shortenLine(captions[0], captionFits);
  out.push(`<text x="${r1(x + TEXT_PAD)}" y="${r1(y + TEXT_PAD + TEXT.caption)}" font-size="${TEXT.caption}" font-style="italic" fill="${rgb(darken(c.border))}">${esc(captionLine)}</text>`);
  if (n.children.length > 0) {
    // a parent: its name on one line in the head, above its children
    const head = n.depth > 0 ? NEST_HEAD_INNER : NEST_HEAD;
    const name = wrapByChars(n.element.name, inner, TEXT.name, 1, true)[0] ?? '';
    out.push(`<text x="${r1(x + TEXT_PAD)}" y="${r1(y + Math.min(head - 6, TEXT_PAD + TEXT.caption + 4 + TEXT.name))}" font-size="${TEXT.name}" font-weight="bold" fill="${rgb(COLORS.ink)}">${esc(name)}</text>`);
  } else {
    const facts = factLines(n.element, lang, n.w, n.protectedBy);
    const factsH = facts.length ? 3 + facts.length * TEXT.factLine : 0;
    const top = y + TEXT_PAD + TEXT.caption + 4;
    const room = n.h - (top - y) - factsH - TEXT_PAD;
    const lines = wrapByChars(n.element.name, inner, TEXT.name, Math.max(1, Math.floor(room / TEXT.nameLine)), true);
    const start = top + Math.max(0, (room - lines.length * TEXT.nameLine) / 2) + TEXT.name * 0.85;
    out.push(`<text x="${r1(x + n.w / 2)}" y="${r1(start)}" font-size="${TEXT.name}" font-weight="bold" text-anchor="middle" fill="${rgb(COLORS.ink)}">`);
    lines.forEach((line, i) => out.push(`<tspan x="${r1(x + n.w / 2)}" dy="${i === 0 ? 0 : TEXT.nameLine}">${esc(line)}</tspan>`));
    out.push('</text>');
    facts.forEach((fact, i) => {
      const fy = y + n.h - TEXT_PAD - (facts.length - 1 - i) * TEXT.factLine - 2;
      out.push(`<text x="${r1(x + TEXT_PAD)}" y="${r1(fy)}" font-size="${TEXT.fact}" fill="${rgb(COLORS.ink)}">${esc(fact)}</text>`);
    });
  }
  out.push('</g>\n');
  return out.join('');
}

/** Every box, parents before their children. */
export function nodesSvg(d: Diagram, lang: Lang, f: Frame): string {
  return `<g class="nodes">\n${d.scene.nodes.map((n) => nodeSvg(n, lang, f)).join('')}</g>\n`;
}

/** Every routed line: plain relations first, data flows over them. */
export function linesSvg(d: Diagram, f: Frame): string {
  const out: string[] = ['<g class="relations">\n'];
  for (const pass of [false, true]) {
    for (const line of d.routing.lines) {
      const r = line.relation;
      if ((r.kind === 'dataFlow') !== pass) continue;
      const style = r.kind === 'dataFlow' ? flowStyle(r.method) : RELATION_STYLE;
      const marker = `url(#${markerId(style)})`;
      const dir = r.kind === 'dataFlow' ? (r.direction ?? 'supplies') : 'supplies';
      const arrowEnd = r.kind === 'association' ? false : dir !== 'receives';
      const arrowStart = r.kind === 'dataFlow' && dir !== 'supplies';
      const d = line.legs.map((leg) => roundedPath(leg, f.X, f.Y)).join(' ');
      const attrs = [`data-relation="${esc(r.id)}"`, `data-kind="${r.kind}"`, `data-source="${esc(r.source)}"`, `data-target="${esc(r.target)}"`];
      if (line.via) attrs.push(`data-via="${esc(line.via)}"`);
      if (line.bundle) attrs.push(`data-bundle="${esc(line.bundle)}"`);
      out.push(
        `<path ${attrs.join(' ')} d="${d}" fill="none" stroke="${style.color}" stroke-width="${style.width}" stroke-linejoin="round"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}${arrowEnd ? ` marker-end="${marker}"` : ''}${arrowStart ? ` marker-start="${marker}"` : ''}/>\n`,
      );
    }
  }
  out.push('</g>\n');
  return out.join('');
}

/** Every label: a white pill with the text in the line's colour. */
export function labelsSvg(d: Diagram, f: Frame): string {
  const out: string[] = ['<g class="labels">\n'];
  for (const l of d.labels) out.push(labelSvg(l, f));
  out.push('</g>\n');
  return out.join('');
}

function labelSvg(l: PlacedLabel, f: Frame): string {
  const style = l.method ? flowStyle(l.method === 'other' ? undefined : l.method) : RELATION_STYLE;
  const color = l.method ? style.color : rgb(COLORS.ink);
  const ref = l.relation ? ` data-relation="${esc(l.relation)}"` : l.bundle ? ` data-bundle="${esc(l.bundle)}"` : '';
  return `<g class="label"${ref}><rect x="${r1(f.X(l.x - l.w / 2))}" y="${r1(f.Y(l.y - l.h / 2))}" width="${r1(l.w)}" height="${r1(l.h)}" rx="4" fill="#ffffff" fill-opacity="0.94" stroke="${color}" stroke-width="0.8"/><text x="${r1(f.X(l.x))}" y="${r1(f.Y(l.y) + LABEL_FONT * 0.35)}" font-size="${LABEL_FONT}"${l.method ? ' font-weight="bold"' : ''} fill="${color}" text-anchor="middle">${esc(l.text)}</text></g>\n`;
}
