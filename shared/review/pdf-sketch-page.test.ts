/**
 * The LMV sketch of the Kertas Ulasan JDN read back with `pdftotext -bbox` (001 §4.3 Jadual 4-1
 * langkah 7a c: "Kertas Ulasan JDN dan lakaran LMV perlu disertakan sebagai dokumen sokongan"): the
 * sketch must be as legible as in the Kertas Cadangan, and nothing may run into the footer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfWords, type WordBox } from '../../test/fixtures/export/poppler';
import { PT } from '../export/pdf/theme';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { buildKertasUlasanPdf, createReview, elementAnchor, executeReviewCommand } from './index';

const AT = '2025-03-01T09:00:00.000Z';
const DATE = new Date('2025-03-20T08:00:00Z');
/** The footer rule sits 13 mm above the page's foot (writer.ts finish); points from the top. */
const footerRule = (pageHeight: number) => pageHeight - 13 / PT;

type Page = { width: number; height: number; words: WordBox[] };

describe('Kertas Ulasan LMV sketch (Jadual 4-1 langkah 7a c)', () => {
  let pages: Page[];
  let sketch: Page;

  beforeAll(async () => {
    const doc = pengambilanPekerjaExample(AT);
    let review = createReview({ doc, reviewer: { name: 'Pegawai JDN', body: 'bppd' }, projectName: 'c.lakar', generation: 1, at: AT });
    review = executeReviewCommand(review, 'review.comment.add', { id: 'k1', anchor: elementAnchor(doc.elements.get('site_pdsa')!), heading: 'pengurusanPusatData', severity: 'cadangan', text: 'Kapasiti?' }, { role: 'reviewer', name: 'Pegawai JDN', at: AT }).review;
    pages = pdfWords(await buildKertasUlasanPdf(review, { lang: 'ms', date: DATE }));
    sketch = pages.find((p) => p.words.some((w) => w.text === 'Rajah'))!;
  });

  it('prints the sketch on an A3 landscape page, as the Kertas Cadangan does', () => {
    expect(sketch).toBeDefined();
    expect([Math.round(sketch.width), Math.round(sketch.height)]).toEqual([1191, 842]);
  });

  it('prints the smallest words of the sketch (element details) at a readable size, not the 3 pt of A4', () => {
    const rule = footerRule(sketch.height);
    const body = sketch.words.filter((w) => w.yMax < rule);
    // a word box is about 0.93 of its font size tall: 5.5 pt of box is a 6 pt font (A4 gave 3.5)
    const smallest = Math.min(...body.map((w) => w.yMax - w.yMin));
    expect(smallest).toBeGreaterThanOrEqual(5.5);
    // element details are there at all (the test reads the drawing, not only the caption)
    expect(body.some((w) => w.text === 'Pelayan')).toBe(true);
  });

  it('keeps every word of every page, the legend included, clear of the footer band', () => {
    for (const [i, page] of pages.entries()) {
      const rule = footerRule(page.height);
      const straddling = page.words.filter((w) => w.yMax > rule - 1 && w.yMin < rule + 1).map((w) => w.text);
      expect([i + 1, straddling]).toEqual([i + 1, []]);
      // under the rule there is only the footer line: the reviewing body and reviewer, and the page number
      const under = page.words.filter((w) => w.yMin >= rule).map((w) => w.text).join(' ');
      expect(under).toMatch(new RegExp(`^Bahagian Perancangan Perkhidmatan Digital \\(BPPD\\), JDN · Pegawai JDN Halaman ${i + 1} daripada ${pages.length}$`));
    }
  });

  it('draws the legend under the drawing, above the footer', () => {
    const rule = footerRule(sketch.height);
    const legend = sketch.words.filter((w) => w.text === 'Platform' && sketch.words.some((v) => v.text === 'DPI' && Math.abs(v.yMin - w.yMin) < 1 && v.xMin > w.xMax));
    expect(legend.length).toBeGreaterThan(0);
    for (const w of legend) expect(w.yMax).toBeLessThan(rule - 5);
  });
});
