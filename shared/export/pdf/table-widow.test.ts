/**
 * A data table broken across pages keeps two rows at least on the page after the break: one row alone
 * under a repeated header reads as a separate table (the worked example's "Kelulusan perkongsian
 * data", Panduan WoG Jadual 4-1 A.1.a vi, had its fourth approval alone at the top of a page).
 */
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/fixtures/export/poppler';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildProposalPdf } from './proposal';
import { PdfWriter } from './writer';

function writer(): PdfWriter {
  return new PdfWriter({
    runningHeader: 'Ujian',
    footerLeft: 'Ujian',
    pageLabel: 'Halaman {x} daripada {y}',
    tocTitle: 'Kandungan',
    properties: { title: 'Ujian', subject: '', author: '', keywords: '', creator: '' },
    creationDate: new Date('2026-03-15T08:00:00Z'),
    language: 'ms',
    firstPage: { format: 'a4', orientation: 'portrait', kind: 'body' },
  });
}

describe('rows of a table broken across pages (Jadual 4-1 A.1.a vi: the data-sharing approvals)', () => {
  it('never leaves the last row of a table of four rows or more alone on the page after a break, wherever on the page the table starts', () => {
    for (const n of [4, 5, 7]) {
      for (let start = 150; start <= 265; start += 5) {
        const w = writer();
        w.y = start;
        w.table([{ title: 'Bil.', weight: 1 }, { title: 'Perkara', weight: 4 }], Array.from({ length: n }, (_, i) => [String(i + 1), `Baris ${i + 1} dengan teks yang cukup panjang untuk dua baris dalam lajur yang sempit ini, supaya setiap baris tinggi`]));
        const pages = pdfText(w.finish(), 'raw').split('\f').filter((p) => p.includes('Baris'));
        for (const p of pages) expect((p.match(/Baris \d/g) ?? []).length, `${n} rows from ${start} mm: ${pages.map((q) => (q.match(/Baris \d/g) ?? []).length).join(' + ')}`).not.toBe(1);
      }
    }
  });

  it('keeps the worked example’s third and fourth approvals together on one page', async () => {
    const pages = pdfText(await buildProposalPdf(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), { lang: 'ms', date: new Date('2026-03-15T08:00:00Z') }), 'raw').split('\f');
    const row = (name: string) => pages.findIndex((p) => p.replace(/\s+/g, ' ').includes(`${name} -> Sistem Pengambilan Pekerja Surat kelulusan`));
    expect(row('Sistem C')).toBeGreaterThan(0);
    expect(row('Sistem D')).toBe(row('Sistem C'));
  });
});
