import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../../../test/fixtures/export/poppler';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildViewPdf, ViewNotFoundError } from './view-pdf';

describe('buildViewPdf', () => {
  it.each([
    ['a4', 'portrait', 'A4', false],
    ['a4', 'landscape', 'A4', true],
    ['a3', 'landscape', 'A3', true],
    ['a3', 'portrait', 'A3', false],
  ] as const)('puts the whole view on one %s %s page', async (paper, orientation, name, landscape) => {
    const bytes = await buildViewPdf(pengambilanPekerjaExample(), 'view_main', { lang: 'ms', paper, orientation });
    const info = pdfInfo(bytes);
    expect(info.pages).toBe(1);
    expect(info.pageSizes[0]).toEqual({ paper: name, landscape });
    const text = pdfText(bytes);
    expect(text).toContain('Landscape Map View — LMV');
    expect(text).toContain('Halaman 1 daripada 1');
    for (const name of ['Pencari Kerja', 'Pendaftaran', 'Sistem XY', 'HSM']) expect(text).toContain(name);
  });

  it('rejects an unknown view', async () => {
    await expect(buildViewPdf(pengambilanPekerjaExample(), 'view_nope', { lang: 'en', paper: 'a4', orientation: 'portrait' })).rejects.toBeInstanceOf(ViewNotFoundError);
  });
});
