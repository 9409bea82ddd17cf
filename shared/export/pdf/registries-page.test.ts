/**
 * Section 8 of the Kertas Cadangan, the registries and repositories the design draws its data from
 * (Panduan WoG §2.6, the once-only principle; Jadual 4-1 A.1.a vii): a short table is read on one page
 * with its heading and intro, never split with one row alone under a repeated header.
 */
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/fixtures/export/poppler';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildProposalPdf } from './proposal';

describe('the registries and repositories section of the paper (Panduan WoG §2.6; Jadual 4-1 A.1.a vii)', () => {
  it('keeps the worked example’s two-row table whole, on the page of its heading and intro', async () => {
    const pages = pdfText(await buildProposalPdf(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), { lang: 'ms', date: new Date('2026-03-15T08:00:00Z') }), 'raw').split('\f');
    const at = pages.findIndex((p) => p.includes('8. Registri dan Repositori Digunakan') && !p.includes('Kandungan'));
    expect(at).toBeGreaterThan(0);
    const page = pages[at].replace(/\s+/g, ' ');
    expect(page).toContain('Prinsip sekali sahaja (once-only)');
    // the registry (Penduduk, JPN) and the repository (Spatial) rows
    expect(page).toMatch(/Registri Penduduk Jabatan Pendaftaran Negara/);
    expect(page).toMatch(/Repositori Spatial/);
    // the header row once: not repeated on the next page over a lone row
    expect(pages[at + 1]).not.toContain('Dibekalkan melalui');
  });
});
