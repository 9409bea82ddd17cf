/**
 * The Kertas Cadangan's LMV page read back with `pdftotext -bbox`: the legend is measured before the
 * drawing is fitted, so a legend of three rows (a view using every integration method) stays under
 * the drawing and clear of the footer, as on the Kertas Ulasan's sketch (Panduan WoG Jadual 3-1
 * label 6: each flow's integration method is read from its line; Jadual 4-1 langkah 7a c).
 */
import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfWords } from '../../../test/fixtures/export/poppler';
import { addRelation, edit } from '../../../test/helpers/rules';
import { FLOW_METHODS } from '../../model/vocabulary';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildProposalPdf } from './proposal';
import { PT } from './theme';

/** The footer rule sits 13 mm above the page's foot (writer.ts finish); points from the top. */
const footerRule = (pageHeight: number) => pageHeight - 13 / PT;

describe('the LMV legend of the Kertas Cadangan (Jadual 3-1 label 6; Jadual 4-1 langkah 7a c)', () => {
  it('keeps a three-row legend under the drawing and clear of the footer', async () => {
    // the worked example with its flows spread over all eight integration methods: eight line styles in the legend
    const doc = edit(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), (d) => {
      // the example's six flows, and two more from its internal systems, one per method
      addRelation(d, 'dataFlow', 'sys_xy', 'app_spp');
      addRelation(d, 'dataFlow', 'sys_yz', 'app_spp');
      const flows = Object.values(d.relations).filter((r) => r.kind === 'dataFlow');
      expect(flows.length).toBeGreaterThanOrEqual(FLOW_METHODS.length);
      flows.forEach((f, i) => Object.assign(f, { method: FLOW_METHODS[i % FLOW_METHODS.length] }));
    });
    const bytes = await buildProposalPdf(doc, { lang: 'ms', date: new Date('2026-03-15T08:00:00Z') });
    const sizes = pdfInfo(bytes).pageSizes;
    const pages = pdfWords(bytes);
    const lmv = pages.filter((_, i) => sizes[i].paper === 'A3');
    expect(lmv.length).toBeGreaterThan(0);
    for (const page of lmv) {
      const rule = footerRule(page.height);
      // the legend's entries: each flow method's "…(kaedah integrasi): X", and the boxes' "Platform DPI / guna sama"
      const entries = page.words.filter((w) => w.text === 'integrasi):' || (w.text === 'Platform' && page.words.some((v) => v.text === 'DPI' && Math.abs(v.yMin - w.yMin) < 1)));
      const rows = new Set(entries.map((w) => Math.round(w.yMin)));
      expect(rows.size, 'legend rows').toBeGreaterThanOrEqual(3);
      // every legend word ends above the footer rule with room to spare, and nothing straddles the rule
      for (const w of entries) expect(w.yMax, w.text).toBeLessThan(rule - 5);
      expect(page.words.filter((w) => w.yMax > rule - 1 && w.yMin < rule + 1).map((w) => w.text)).toEqual([]);
      // under the rule only the footer line
      expect(page.words.filter((w) => w.yMin >= rule).map((w) => w.text).join(' ')).toMatch(/^Agensi PQRST · Versi 1\.0 Halaman \d+ daripada \d+$/);
      // and the legend starts under the drawing: no word of the drawing is below the legend's first row
      const top = Math.min(...entries.map((w) => w.yMin));
      const drawing = page.words.filter((w) => w.yMax < top - 1);
      expect(drawing.length).toBeGreaterThan(50);
    }
  }, 120_000);
});
