/**
 * Room around the labels of the LMV's lines (001 §3.3.4 f, Jadual 3-1 label 6: each flow's method of
 * integration and its data, written beside the flow; label 7: a network's speed). Labels a hair apart
 * read as one run of text and a label touching a box reads as part of it: on the worked example, where
 * the drawing has room, every label keeps clear of the others and of the boxes. Read back from the
 * exported SVG (the label pills and boxes) and from the paper (each label's text inside the pill the
 * SVG places, so the paper is laid out alike).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfWords, type WordBox } from '../../../test/fixtures/export/poppler';
import { all, readLmvSvg, texts } from '../../../test/helpers/lmv-geometry';
import { parseXml } from '../../interchange/oef/xml';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { viewToSvg } from '../svg';
import { buildProposalPdf } from './proposal';

interface Box {
  id: string;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Room kept between two labels (model units; the placer's LABEL_CLEARANCE). */
const BETWEEN_LABELS = 6;
/** Room kept between a label and a box it does not name: more than touching. */
const FROM_BOXES = 2;

/** Every label of an SVG LMV (flows' and buses'): its pill and its text. */
function labelsOf(svg: string): Box[] {
  return all(parseXml(svg), (g) => g.attrs.class === 'label').map((g) => {
    const r = g.children.find((c) => c.name === 'rect')!.attrs;
    return { id: g.attrs['data-relation'] ?? g.attrs['data-bundle'], text: texts(g).join(' '), x: Number(r.x), y: Number(r.y), w: Number(r.width), h: Number(r.height) };
  });
}

/** Distance between two rectangles (negative when they overlap). */
const gap = (a: Omit<Box, 'id' | 'text'>, b: Omit<Box, 'id' | 'text'>) => Math.max(b.x - (a.x + a.w), a.x - (b.x + b.w), b.y - (a.y + a.h), a.y - (b.y + b.h));

/**
 * The box of `text`'s words, written in one run on a page (pdftotext -bbox), not as the end of a box's
 * header: a network's header says its speed too ("Rangkaian · 1 Gbps"), as its line's label does.
 */
function textBox(words: WordBox[], text: string): WordBox | undefined {
  const want = text.split(/\s+/);
  for (let i = 0; i + want.length <= words.length; i++) {
    if (!want.every((w, k) => words[i + k].text === w) || words[i - 1]?.text === '·') continue;
    const run = words.slice(i, i + want.length);
    return { text, xMin: Math.min(...run.map((w) => w.xMin)), yMin: Math.min(...run.map((w) => w.yMin)), xMax: Math.max(...run.map((w) => w.xMax)), yMax: Math.max(...run.map((w) => w.yMax)) };
  }
  return undefined;
}

describe('room around the labels of the worked example’s LMV (001 §3.3.4 f–g; Jadual 3-1 labels 6–7)', () => {
  const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  const svg = viewToSvg(doc, 'view_main');
  const labels = labelsOf(svg);
  let page: { width: number; height: number; words: WordBox[] };
  beforeAll(async () => {
    const pages = pdfWords(await buildProposalPdf(doc, { lang: 'ms', date: new Date('2026-03-15T08:00:00Z') }));
    page = pages.find((p) => p.width > p.height)!;
  });

  it('keeps every label clear of the other labels, and of every box, in the SVG', () => {
    // the six flows and the networks' speeds
    expect(labels.filter((l) => doc.relations.get(l.id)?.kind === 'dataFlow')).toHaveLength(6);
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1)) expect(gap(a, b), `“${a.text}” and “${b.text}”`).toBeGreaterThanOrEqual(BETWEEN_LABELS);
    const drawn = readLmvSvg(svg);
    const parents = new Set(drawn.boxes.map((b) => b.parent).filter(Boolean));
    for (const l of labels)
      for (const b of drawn.boxes.filter((box) => !parents.has(box.id))) expect(gap(l, b), `“${l.text}” and ${doc.elements.get(b.id)!.name}`).toBeGreaterThanOrEqual(FROM_BOXES);
  });

  it('prints each label’s text inside the pill the SVG places, so the paper keeps the same room', () => {
    const found = labels.map((l) => ({ l, t: textBox(page.words, l.text) }));
    for (const { l, t } of found) expect(t, `“${l.text}” on the paper`).toBeDefined();
    // the drawing's scale and offset on the page, from the two labels farthest apart
    const [a, b] = [...found].sort((p, q) => p.l.x - q.l.x).filter((_, i, arr) => i === 0 || i === arr.length - 1);
    const cx = (l: Box) => l.x + l.w / 2;
    const mid = (t: WordBox) => (t.xMin + t.xMax) / 2;
    const s = (mid(b.t!) - mid(a.t!)) / (cx(b.l) - cx(a.l));
    const ox = mid(a.t!) - cx(a.l) * s;
    const cy = (l: Box) => l.y + l.h / 2;
    const oy = (a.t!.yMin + a.t!.yMax) / 2 - cy(a.l) * s;
    for (const { l, t } of found) {
      const pill = { x: ox + l.x * s, y: oy + l.y * s, w: l.w * s, h: l.h * s };
      // the text within its pill (half a point for the reader's rounding)
      expect(t!.xMin, l.text).toBeGreaterThanOrEqual(pill.x - 0.5);
      expect(t!.xMax, l.text).toBeLessThanOrEqual(pill.x + pill.w + 0.5);
      expect((t!.yMin + t!.yMax) / 2, l.text).toBeCloseTo(pill.y + pill.h / 2, 0);
    }
  });
});
