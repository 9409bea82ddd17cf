/**
 * Column widths of the paper's tables, read back from the printed page (pdftotext word boxes): a short
 * cell ("Pelayan aplikasi × 4", a site's hardware and quantity, 001 §3.3.4 g) is printed on one line
 * when the other columns have room they do not use, and never at the cost of another cell's lines.
 */
import { describe, expect, it } from 'vitest';
import { pdfWords } from '../../../test/fixtures/export/poppler';
import { linesOf, testWriter } from '../../../test/helpers/pdf-pages';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildProposalPdf } from './proposal';
import type { Cell, Column } from './writer';

/** The printed lines (words on one baseline, left to right) of a table drawn alone on a page. */
function printedLines(columns: Column[], rows: Cell[][]): string[] {
  const w = testWriter();
  w.table(columns, rows);
  return linesOf(pdfWords(w.finish())[0].words.filter((x) => x.yMin > 20 && x.yMin < 780)).map((l) => l.map((x) => x.text).join(' '));
}

/** A narrow column of hardware and five wider ones: by weight alone the hardware item wraps. */
const COLUMNS: Column[] = [{ title: 'Perkakasan', weight: 1 }, ...Array.from({ length: 5 }, (_, i) => ({ title: `L${i + 1}`, weight: 1.6 }))];

describe('column widths of the paper\'s tables (001 §3.3.4 g: "perkakasan serta bilangan")', () => {
  it('prints a short cell on one line with room the other columns leave unused, and wraps none of theirs', () => {
    const lines = printedLines(COLUMNS, [['Pelayan aplikasi × 4', 'Rak 10U', 'UPS', 'Linux', 'Ya', 'Tidak']]);
    expect(lines).toContain('Perkakasan L1 L2 L3 L4 L5');
    expect(lines).toContain('Pelayan aplikasi × 4 Rak 10U UPS Linux Ya Tidak');
  });

  it('leaves a short cell wrapped when the room it needs would wrap another cell', () => {
    // each other column holds one line nearly as wide as the column: together they leave too little
    const full = 'Sistem Pengurusan';
    const lines = printedLines(COLUMNS, [['Pelayan aplikasi × 4', full, full, full, full, full]]);
    expect(lines).toContain(`Pelayan ${Array(5).fill(full).join(' ')}`);
    expect(lines).toContain('aplikasi × 4');
  });

  it('prints the worked example\'s "Pelayan aplikasi × 4" and "Komputer meja × 50" on one line in "Lokasi infrastruktur" (§6.7), and every site name and one-line cell as before', async () => {
    const pages = pdfWords(await buildProposalPdf(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), { lang: 'ms', check: false, date: new Date('2026-03-15T08:00:00Z') }));
    const page = pages.find((p) => p.words.some((w, i) => w.text === 'Lokasi' && p.words[i + 1]?.text === 'infrastruktur'))!;
    const lines = linesOf(page.words).map((l) => l.map((w) => w.text).join(' '));
    expect(lines.some((l) => l.includes('PDSA JDN PDSA JDN Pelayan aplikasi × 4'))).toBe(true);
    expect(lines.some((l) => l.includes('Komputer meja × 50'))).toBe(true);
    for (const one of ['MyGovCloud@CFA MyGovCloud@CFA', 'UPS berganda', 'Pelayar web']) expect(lines.some((l) => l.includes(one)), one).toBe(true);
  });

  it('keeps a file reference number whole in the approvals table (Jadual 4-1 A.1.a vi), breaking only at its space, and each approval date on one line', async () => {
    const pages = pdfWords(await buildProposalPdf(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), { lang: 'ms', check: false, date: new Date('2026-03-15T08:00:00Z') }));
    const page = pages.find((p) => p.words.some((w, i) => w.text === 'Kelulusan' && p.words[i + 1]?.text === 'perkongsian'))!;
    const lines = linesOf(page.words).map((l) => l.map((w) => w.text).join(' '));
    // "JPN.PP.600-1/4/" over "2 (15)" read as two references
    for (const ref of ['JPN.PP.600-1/4/2', 'AGA.700-2/1/4', 'AGC.100-1/3', 'AGD.500-4/1']) expect(page.words.some((w) => w.text === ref), ref).toBe(true);
    for (const date of ['2 Mac 2026', '8 Mei 2026', '20 Februari 2026']) expect(lines.some((l) => l.includes(date)), date).toBe(true);
  });
});
