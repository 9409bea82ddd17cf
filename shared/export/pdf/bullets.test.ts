/**
 * Bulleted lines wrap under their own first word (a hanging indent), so a reader sees where each
 * item starts. A JDN reviewer read the checklist's evidence (Kertas Cadangan §7, Jadual 4-1 A.1.a),
 * whose wrapped lines started under the bullet, as run-on text.
 */
import { describe, expect, it } from 'vitest';
import { pdfWords, type WordBox } from '../../../test/fixtures/export/poppler';
import { linesOf, testWriter } from '../../../test/helpers/pdf-pages';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildProposalPdf } from './proposal';
import { SIZE } from './theme';

const LONG = 'Sistem yang disebut dalam jawapan ada dalam LMV: Sistem XY (sistem dalaman), Sistem YZ (sistem dalaman), Sistem A (agensi lain), Sistem B (agensi lain), Sistem C (agensi lain), Sistem D (agensi lain) (Panduan WoG Jadual 4-1 A.1.a iv)';

describe('bulleted lines (Kertas Cadangan §7, Jadual 4-1 A.1.a evidence)', () => {
  it('wrap under the item’s first word, the bullet alone in its column', () => {
    const w = testWriter();
    w.bullets([LONG, 'Pendek'], SIZE.table, { indent: 13 });
    const lines = linesOf(pdfWords(w.finish())[0].words).filter((l) => l.some((x) => /Sistem|Pendek|agensi|LMV/.test(x.text)));
    const bulletLines = lines.filter((l) => l[0].text === '•');
    expect(bulletLines).toHaveLength(2);
    const textX = bulletLines[0][1].xMin;
    const continued = lines.filter((l) => l[0].text !== '•');
    expect(continued.length).toBeGreaterThan(0);
    for (const l of continued) expect(l[0].xMin, l.map((x) => x.text).join(' ')).toBeCloseTo(textX, 0);
    expect(textX).toBeGreaterThan(bulletLines[0][0].xMax);
  });

  it('leave no wrapped evidence line under a bullet in the worked example’s checklist', async () => {
    const pages = pdfWords(await buildProposalPdf(pengambilanPekerjaExample(), { lang: 'ms', date: new Date('2026-03-15T08:00:00Z'), check: false }));
    let bullets = 0;
    let continued = 0;
    for (const page of pages) {
      const lines = linesOf(page.words);
      const bulletX = new Set<number>();
      const textX = new Set<number>();
      for (const l of lines) {
        if (l[0].text !== '•' || l.length < 2) continue;
        bullets++;
        bulletX.add(Math.round(l[0].xMin));
        textX.add(Math.round(l[1].xMin));
      }
      for (const l of lines as WordBox[][]) {
        if (l[0].text === '•') continue;
        const x = Math.round(l[0].xMin);
        expect(bulletX.has(x), `"${l.map((w) => w.text).join(' ')}" starts under a bullet`).toBe(false);
        if (textX.has(x)) continued++;
      }
    }
    expect(bullets).toBeGreaterThan(20);
    expect(continued).toBeGreaterThan(0);
  });
});
