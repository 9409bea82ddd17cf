/**
 * Reads an exported LMV SVG back as geometry and checks what a reviewer would see: lines passing under
 * a box that is not one of their ends, boxes outside their band, two lines lying on top of each other
 * outside a drawn bundle, and how many times lines cross. Computed from the file itself (the path
 * data and the rectangles), never from the router's own account of what it did.
 */
import { parseXml, type XmlElement } from '../../shared/interchange/oef/xml';

export interface Pt {
  x: number;
  y: number;
}

export interface DrawnBox {
  id: string;
  parent?: string;
  band?: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DrawnLine {
  relation: string;
  source: string;
  target: string;
  via?: string;
  bundle?: string;
  /** Subpaths as polylines (a rounded corner counts as the corner it rounds). */
  paths: Pt[][];
}

export interface DrawnBand {
  band: string;
  top: number;
  height: number;
}

export interface DrawnLmv {
  boxes: DrawnBox[];
  lines: DrawnLine[];
  bands: DrawnBand[];
}

/** Every element under `el` (depth first) that `pred` picks. */
export function all(el: XmlElement, pred: (e: XmlElement) => boolean, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (pred(c)) out.push(c);
    all(c, pred, out);
  }
  return out;
}

/** Texts under `el`, in document order, trimmed. */
export const texts = (el: XmlElement): string[] => [el.text, ...el.children.flatMap(texts)].map((t) => t.trim()).filter(Boolean);

/** Polylines of an SVG path made of M, L, H, V, Q and C commands (absolute). */
export function pathPolylines(d: string): Pt[][] {
  const tokens = d.match(/[MLHVQCZ]|-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? [];
  const paths: Pt[][] = [];
  let cur: Pt[] = [];
  let cmd = '';
  let i = 0;
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    if (/[a-z]/i.test(tokens[i])) cmd = tokens[i++];
    const last = cur[cur.length - 1];
    switch (cmd) {
      case 'M':
        if (cur.length) paths.push(cur);
        cur = [{ x: num(), y: num() }];
        cmd = 'L';
        break;
      case 'L':
        cur.push({ x: num(), y: num() });
        break;
      case 'H':
        cur.push({ x: num(), y: last.y });
        break;
      case 'V':
        cur.push({ x: last.x, y: num() });
        break;
      case 'Q': {
        // a rounded corner: its control point is the corner of the orthogonal line
        const c = { x: num(), y: num() };
        const e = { x: num(), y: num() };
        cur.push(c, e);
        break;
      }
      case 'C': {
        const c1 = { x: num(), y: num() };
        num();
        num();
        const e = { x: num(), y: num() };
        cur.push(c1, e);
        break;
      }
      case 'Z':
      case 'z':
        cmd = '';
        break;
      default:
        throw new Error(`unexpected path command ${cmd} in ${d.slice(0, 60)}`);
    }
  }
  if (cur.length) paths.push(cur);
  return paths;
}

/** Boxes (`data-element`), lines (`data-relation` paths) and bands of an exported LMV SVG. */
export function readLmvSvg(svg: string): DrawnLmv {
  const root = parseXml(svg);
  const boxes: DrawnBox[] = all(root, (e) => e.name === 'g' && e.attrs['data-element'] !== undefined).map((g) => {
    const r = g.children.find((c) => c.name === 'rect');
    if (!r) throw new Error(`box ${g.attrs['data-element']} has no rect`);
    return { id: g.attrs['data-element'], parent: g.attrs['data-parent'], band: g.attrs['data-band'], x: Number(r.attrs.x), y: Number(r.attrs.y), w: Number(r.attrs.width), h: Number(r.attrs.height) };
  });
  const lines: DrawnLine[] = all(root, (e) => e.name === 'path' && e.attrs['data-relation'] !== undefined).map((p) => ({
    relation: p.attrs['data-relation'],
    source: p.attrs['data-source'],
    target: p.attrs['data-target'],
    via: p.attrs['data-via'],
    bundle: p.attrs['data-bundle'],
    paths: pathPolylines(p.attrs.d),
  }));
  const bands: DrawnBand[] = all(root, (e) => e.name === 'g' && e.attrs['data-band'] !== undefined && e.attrs['data-element'] === undefined).map((g) => {
    const r = g.children.find((c) => c.name === 'rect')!;
    return { band: g.attrs['data-band'], top: Number(r.attrs.y), height: Number(r.attrs.height) };
  });
  return { boxes, lines, bands };
}

export interface GeometryReport {
  /** "relation passes under box" findings. */
  throughBoxes: string[];
  /** Top-level boxes not inside the band of their kind. */
  outsideBand: string[];
  /** Pairs of lines (not of one bundle) that lie on top of each other for more than a point. */
  sharedSegments: string[];
  /** Segments that are neither horizontal nor vertical. */
  diagonal: string[];
  /** Pairs of segments of different lines that cross. */
  crossings: number;
}

const EPS = 0.6;

/** Everything wrong with the drawing, and its crossing count. */
export function checkLmv(d: DrawnLmv): GeometryReport {
  const byId = new Map(d.boxes.map((b) => [b.id, b]));
  const ancestors = (id: string | undefined): string[] => {
    const out: string[] = [];
    for (let b = id ? byId.get(id) : undefined; b; b = b.parent ? byId.get(b.parent) : undefined) out.push(b.id);
    return out;
  };
  const report: GeometryReport = { throughBoxes: [], outsideBand: [], sharedSegments: [], diagonal: [], crossings: 0 };
  type Seg = { line: DrawnLine; a: Pt; b: Pt };
  const segs: Seg[] = [];
  for (const line of d.lines) for (const p of line.paths) for (let i = 1; i < p.length; i++) if (Math.hypot(p[i].x - p[i - 1].x, p[i].y - p[i - 1].y) > 1e-6) segs.push({ line, a: p[i - 1], b: p[i] });
  // lines under boxes: a segment that enters the inside of a box that is not an end (or holds one)
  for (const s of segs) {
    const allowed = new Set([...ancestors(s.line.source), ...ancestors(s.line.target), ...ancestors(s.line.via)]);
    const x0 = Math.min(s.a.x, s.b.x);
    const x1 = Math.max(s.a.x, s.b.x);
    const y0 = Math.min(s.a.y, s.b.y);
    const y1 = Math.max(s.a.y, s.b.y);
    if (x1 - x0 > EPS && y1 - y0 > EPS) report.diagonal.push(`${s.line.relation} (${s.a.x},${s.a.y})→(${s.b.x},${s.b.y})`);
    for (const box of d.boxes) {
      if (allowed.has(box.id)) continue;
      if (x0 < box.x + box.w - EPS && x1 > box.x + EPS && y0 < box.y + box.h - EPS && y1 > box.y + EPS) report.throughBoxes.push(`${s.line.relation} under ${box.id}`);
    }
  }
  // boxes in their bands
  const bands = new Map(d.bands.map((b) => [b.band, b]));
  for (const box of d.boxes) {
    if (box.parent || !box.band) continue;
    const band = bands.get(box.band);
    if (!band || box.y < band.top - EPS || box.y + box.h > band.top + band.height + EPS) report.outsideBand.push(box.id);
  }
  // shared segments: collinear overlaps between lines that are not one bundle
  const sameGroup = (a: DrawnLine, b: DrawnLine) => a === b || (a.bundle !== undefined && a.bundle === b.bundle);
  const groups = new Map<string, { s: Seg; lo: number; hi: number }[]>();
  for (const s of segs) {
    const horizontal = Math.abs(s.a.y - s.b.y) <= EPS;
    const vertical = Math.abs(s.a.x - s.b.x) <= EPS;
    if (!horizontal && !vertical) continue;
    const key = horizontal ? `h${Math.round(s.a.y * 2)}` : `v${Math.round(s.a.x * 2)}`;
    const lo = horizontal ? Math.min(s.a.x, s.b.x) : Math.min(s.a.y, s.b.y);
    const hi = horizontal ? Math.max(s.a.x, s.b.x) : Math.max(s.a.y, s.b.y);
    const list = groups.get(key);
    if (list) list.push({ s, lo, hi });
    else groups.set(key, [{ s, lo, hi }]);
  }
  const pairs = new Set<string>();
  for (const list of groups.values()) {
    list.sort((p, q) => p.lo - q.lo);
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length && list[j].lo < list[i].hi - 1; j++) {
        const [p, q] = [list[i].s.line, list[j].s.line];
        if (sameGroup(p, q)) continue;
        if (Math.min(list[i].hi, list[j].hi) - list[j].lo > 1) pairs.add([p.relation, q.relation].sort().join(' & '));
      }
  }
  report.sharedSegments = [...pairs].sort();
  // crossings: a horizontal and a vertical segment of different lines meeting inside both
  const hs = segs.filter((s) => Math.abs(s.a.y - s.b.y) <= EPS);
  const vs = segs.filter((s) => Math.abs(s.a.x - s.b.x) <= EPS && Math.abs(s.a.y - s.b.y) > EPS);
  hs.sort((p, q) => p.a.y - q.a.y);
  for (const v of vs) {
    const x = v.a.x;
    const y0 = Math.min(v.a.y, v.b.y);
    const y1 = Math.max(v.a.y, v.b.y);
    // binary search the first horizontal at or below y0
    let lo = 0;
    let hi = hs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hs[mid].a.y <= y0 + EPS) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < hs.length && hs[k].a.y < y1 - EPS; k++) {
      const h = hs[k];
      if (sameGroup(h.line, v.line)) continue;
      if (x > Math.min(h.a.x, h.b.x) + EPS && x < Math.max(h.a.x, h.b.x) - EPS) report.crossings++;
    }
  }
  return report;
}

/** Crossing pairs of straight centre-to-centre lines between the boxes of `d` (today's drawing of the same layout). */
export function straightLineCrossings(d: DrawnLmv): number {
  const byId = new Map(d.boxes.map((b) => [b.id, b]));
  const centre = (id: string) => {
    const b = byId.get(id)!;
    return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
  };
  const segs = d.lines.map((l) => ({ a: centre(l.source), b: centre(l.target), l }));
  let n = 0;
  const cross = (p: Pt, q: Pt, r: Pt, s: Pt) => {
    const d1 = (s.x - r.x) * (p.y - r.y) - (s.y - r.y) * (p.x - r.x);
    const d2 = (s.x - r.x) * (q.y - r.y) - (s.y - r.y) * (q.x - r.x);
    const d3 = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
    const d4 = (q.x - p.x) * (s.y - p.y) - (q.y - p.y) * (s.x - p.x);
    return d1 * d2 < 0 && d3 * d4 < 0;
  };
  for (let i = 0; i < segs.length; i++) for (let j = i + 1; j < segs.length; j++) if (cross(segs[i].a, segs[i].b, segs[j].a, segs[j].b)) n++;
  return n;
}
