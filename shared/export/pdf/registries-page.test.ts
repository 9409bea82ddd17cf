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
  it('prints each sector registry/repository the agency declined with its reason (Panduan WoG §3.2.1 c, §3.2.3 b; Jadual 4-1 langkah 4a a (iii)–(iv))', async () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const text = pdfText(await buildProposalPdf(doc, { lang: 'ms', date: new Date('2026-03-15T08:00:00Z') }), 'raw').replace(/\s+/g, ' ');
    const at = text.indexOf('Registri/Repositori sektor yang tidak digunakan');
    const part = text.slice(at, text.indexOf('9. Keselamatan Siber', at));
    expect(part).toContain('Sebab tidak digunakan');
    // every declined one, by its catalogue name beside its kind, and the agency's reason in full
    const declined = doc.meta.declinedCatalogueRefs!;
    expect(declined.length).toBeGreaterThan(5);
    expect(part).toMatch(/Registri Pekerjaan Rekod pekerjaan diwujudkan oleh majikan selepas calon dilantik, di luar skop perkhidmatan padanan ini\./);
    // the vacancies stay in the sector's repository, not copied (§3.2.1 c), and no "fasa kedua" is promised
    expect(part).toMatch(/Repositori Tawaran Pekerjaan \(awam\/Swasta\) Majikan mengiklankan kekosongan di repositori ini sendiri/);
    expect(part).not.toContain('fasa kedua');
    for (const { reason } of declined) expect(part).toContain(reason);
    // no ids: the catalogue's names only
    expect(part).not.toMatch(/reg\.sosial2|repo\.sosial2/);
  });

  it('prints no table of declined ones when the agency declined none', async () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    delete doc.meta.declinedCatalogueRefs;
    const text = pdfText(await buildProposalPdf(doc, { lang: 'ms', date: new Date('2026-03-15T08:00:00Z') }), 'raw');
    expect(text).toContain('8. Registri dan Repositori Digunakan');
    expect(text).not.toContain('Registri/Repositori sektor yang tidak digunakan');
  });

  it('gives a repository the catalogue names no owner of the owner of its data in the model, as label 6 does (Panduan WoG Jadual 3-1 label 6)', async () => {
    const text = pdfText(await buildProposalPdf(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), { lang: 'ms', date: new Date('2026-03-15T08:00:00Z') }), 'raw').replace(/\s+/g, ' ');
    const at = text.indexOf('8. Registri dan Repositori Digunakan', text.indexOf('Kandungan') + 2000);
    const part = text.slice(at, text.indexOf('Registri/Repositori sektor yang tidak digunakan', at));
    expect(part).toContain('Repositori Spatial Agensi D (pemilik data; katalog tidak menamakan pemilik repositori)');
    // a registry keeps the owner the catalogue names
    expect(part).toMatch(/Registri Penduduk Jabatan Pendaftaran Negara/);
  });

  it('keeps the worked example’s table whole, on the page of its heading and intro', async () => {
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
