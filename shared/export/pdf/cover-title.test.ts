/**
 * What a JDN reviewer sent back about the worked example's papers, read back with pdftotext: the
 * cover title of the Kertas Cadangan and of the Kertas Ulasan wraps into even lines (not
 * "Perkhidmatan Pengurusan Pengambilan / Pekerja"), and the Kertas Cadangan names a flow by its
 * ends with one mark throughout, the en dash its font has, never ASCII "->".
 */
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/fixtures/export/poppler';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildKertasUlasanPdf, createReview } from '../../review';
import { buildProposalPdf } from './proposal';

const DATE = new Date('2026-03-15T08:00:00Z');
const TITLE = 'Perkhidmatan Pengurusan Pengambilan Pekerja';

/** The lines of page 1 that together spell `title`, as pdftotext reads them. */
function titleLines(page1: string, title: string): string[] {
  const lines = page1.split('\n').map((l) => l.trim());
  const first = lines.findIndex((l) => l && title.startsWith(l));
  const out: string[] = [];
  for (let i = first; i >= 0 && i < lines.length && out.join(' ').length < title.length; i++) out.push(lines[i]);
  expect(out.join(' ')).toBe(title);
  return out;
}

describe('the papers’ covers and flow names', () => {
  it('wrap the Kertas Cadangan’s cover title into even lines, no word left alone', async () => {
    const page1 = pdfText(await buildProposalPdf(pengambilanPekerjaExample(), { lang: 'ms', date: DATE, check: false }), 'layout', { first: 1, last: 1 });
    const lines = titleLines(page1, TITLE);
    expect(lines).toEqual(['Perkhidmatan Pengurusan', 'Pengambilan Pekerja']);
  });

  it('wrap the cover’s facts into even lines too: the category (Panduan WoG §4.2.1) never leaves "(WoG)" alone on a line', async () => {
    const page1 = pdfText(await buildProposalPdf(pengambilanPekerjaExample(), { lang: 'ms', date: DATE, check: false }), 'layout', { first: 1, last: 1 });
    const lines = page1.split('\n').map((l) => l.trim());
    const at = lines.findIndex((l) => l.startsWith('KATEGORI PERMOHONAN'));
    const category = [lines[at].replace('KATEGORI PERMOHONAN', '').trim(), lines[at + 1]];
    expect(category.join(' ')).toBe('Perkhidmatan Digital Bersepadu Keseluruhan Kerajaan (WoG)');
    for (const l of category) expect(l.split(' ').length, l).toBeGreaterThan(2);
  });

  it('wrap the Kertas Ulasan’s cover title the same way', async () => {
    const doc = pengambilanPekerjaExample();
    const review = createReview({ doc, reviewer: { name: 'Puan Aminah binti Abdullah', body: 'bppd' }, projectName: 'pengambilan.lakar', generation: 1, at: '2026-03-01T09:00:00.000Z' });
    const page1 = pdfText(await buildKertasUlasanPdf(review, { lang: 'ms', doc, date: DATE }), 'layout', { first: 1, last: 1 });
    const words = (l: string) => l.split(/\s+/).filter(Boolean).length;
    const title = page1.split('\n').map((l) => l.trim()).filter((l) => l && TITLE.includes(l));
    expect(title.length).toBeGreaterThan(0);
    for (const l of title) expect(words(l), l).toBeGreaterThan(1);
  });

  it('name flows by their ends with the en dash on every page of the Kertas Cadangan, never "->"', async () => {
    const text = pdfText(await buildProposalPdf(pengambilanPekerjaExample(), { lang: 'ms', date: DATE }), 'raw');
    expect(text).not.toContain('->');
    // the sharing approvals (label 6), the registries used (part 8) and the MyGDX platform row
    expect(text.replace(/\s+/g, ' ')).toContain('Sistem B – Sistem Pengambilan Pekerja');
    expect(text.replace(/\s+/g, ' ')).toContain('Sistem Pengambilan Pekerja – Sistem A');
  });
});
