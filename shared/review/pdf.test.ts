import { beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfText, pdfWords, squash } from '../../test/fixtures/export/poppler';
import { executeCommand } from '../commands';
import { toWinAnsi } from '../export/pdf/winansi';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { buildKertasUlasanPdf, createReview, CRITERIA, dispatchReview, elementAnchor, initialReviewHistory, numberComments, relationAnchor, resolveAnchor, type Review } from './index';

const AT = '2025-03-01T09:00:00.000Z';
const DATE = new Date('2025-03-20T08:00:00Z');
const reviewer = { role: 'reviewer' as const, name: 'Puan Aminah binti Abdullah', at: AT };

/** The seven step-8 criteria exactly as Jadual 4-1 words them (001 §4.3, langkah 8). */
const GUIDE_CRITERIA = [
  'a. Pengurusan Projek',
  'b. Perancangan Strategik ICT',
  'c. Pembangunan Sistem',
  'd. Pengurusan Pangkalan Data',
  'e. Pengurusan Pusat Data',
  'f. Pengurusan Rangkaian',
  'g. Pengurusan Keselamatan Siber',
];

function reviewed(): { review: Review; current: ReturnType<typeof pengambilanPekerjaExample> } {
  const doc = pengambilanPekerjaExample(AT);
  let h = initialReviewHistory(createReview({ doc, reviewer: { name: reviewer.name, body: 'bppd', position: 'Ketua Penolong Pengarah' }, projectName: 'pengambilan.lakar', generation: 3, at: AT }));
  const add = (id: string, anchor: unknown, heading: string, text: string) =>
    (h = dispatchReview(h, 'review.comment.add', { id, anchor, heading, severity: 'perluTindakan', text }, reviewer));
  add('k_flow', relationAnchor(doc, doc.relations.get('fl_b')!), 'pengurusanPangkalanData', 'Aliran daripada JPN perlu melalui MyGDX.');
  add('k_site', elementAnchor(doc.elements.get('site_pdsa')!), 'pengurusanPusatData', 'Nyatakan kapasiti pelayan di PDSA.');
  add('k_net', elementAnchor(doc.elements.get('net_ipvpn')!), 'pengurusanRangkaian', 'IPVPN 100 Mbps mungkin tidak mencukupi.');
  add('k_gone', elementAnchor(doc.elements.get('sys_d')!), 'pembangunanSistem', 'Sistem D tidak diperlukan lagi?');
  add('k_check', { kind: 'checklist', item: 'viii' }, 'analisis', 'MyDigital ID digunakan untuk SSO.');
  h = dispatchReview(h, 'review.reply.add', { commentId: 'k_flow', id: 'b1', text: 'Servis ID telah didaftarkan dengan MyGDX.', markAnswered: true }, { role: 'agency', name: 'Encik Rahman', at: '2025-03-05T09:00:00.000Z' });
  h = dispatchReview(h, 'review.evaluation.set', { criterion: 'pengurusanRangkaian', verdict: 'perluPenambahbaikan', justification: 'Kelajuan IPVPN di ibu pejabat perlu dinilai semula.' }, reviewer);
  h = dispatchReview(h, 'review.evaluation.set', { criterion: 'pengurusanPusatData', verdict: 'memuaskan', justification: 'PDSA JDN dan DRC Enstek digunakan.' }, reviewer);
  h = dispatchReview(h, 'review.syor.set', { value: 'bersetujuDenganPindaan', amendments: 'Aliran data JPN melalui MyGDX; naik taraf IPVPN.' }, reviewer);
  // the agency removed Sistem D since: its comment is orphaned and keeps the name
  const current = executeCommand(doc, 'element.remove', { ids: ['sys_d'] }).doc;
  return { review: h.review, current };
}

describe('buildKertasUlasanPdf (001 §4.3 Jadual 4-1, Kertas Ulasan JDN)', () => {
  let bytes: Uint8Array;
  let text: string;
  let review: Review;
  let current: ReturnType<typeof reviewed>['current'];

  beforeAll(async () => {
    ({ review, current } = reviewed());
    bytes = await buildKertasUlasanPdf(review, { lang: 'ms', doc: current, date: DATE });
    text = pdfText(bytes, 'raw');
  });

  it('prints the seven step-8 criteria in the guide’s words and order', () => {
    const at = GUIDE_CRITERIA.map((h) => text.indexOf(`${h}\n`, text.indexOf('Ulasan JDN Mengikut Kriteria (langkah 8)\n')));
    expect(at.every((i) => i > 0), GUIDE_CRITERIA.filter((_, i) => at[i] < 0).join()).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('prints the step-4a analysis items, the step-7 decision and the step-9 Syor headings', () => {
    for (const item of ['Sektor', 'Inisiatif tumpuan', 'Registri', 'Repositori', 'Ekosistem perkhidmatan sektor']) expect(squash(text)).toContain(squash(item));
    expect(text).toContain('Analisis Kertas Cadangan (langkah 4a)');
    expect(text).toContain('Keputusan Mesyuarat Pasukan Digital Sektor (Kertas Keputusan, langkah 7)');
    expect(text).toContain('Syor SLU (langkah 9)');
  });

  it('prints every comment with the name of the element it points at, and the orphan with its old name', () => {
    const flat = squash(text);
    for (const c of review.comments) {
      const where = resolveAnchor(c.anchor, current, 'ms');
      expect(flat, c.id).toContain(squash(toWinAnsi(where.name)));
      expect(flat, c.id).toContain(squash(c.text));
    }
    expect(flat).toContain(squash('Lokasi: PDSA JDN'));
    expect(flat).toContain(squash('Sistem Luaran: Sistem D (telah dipadam daripada model)'));
    // named by its ends as the Kertas Cadangan names it, no arrow the paper's font cannot print
    expect(flat).toContain(squash('Aliran data: Sistem B – Sistem Pengambilan Pekerja (MyGDX)'));
    expect(flat).toContain(squash('Maklum balas oleh Encik Rahman (Agensi, 5 Mac 2025): Servis ID telah didaftarkan dengan MyGDX.'));
  });

  it('prints the Syor with the amendments the agency must make', () => {
    const syor = text.slice(text.lastIndexOf('Syor SLU (langkah 9)'));
    expect(squash(syor)).toContain(squash('Bersetuju Dengan Pindaan'));
    expect(squash(syor)).toContain(squash('Aliran data JPN melalui MyGDX; naik taraf IPVPN.'));
    expect(squash(syor)).toContain(squash('Projek dipersetujui untuk diteruskan dengan pindaan skop mengambil kira keperluan WoG.'));
  });

  it('names the version reviewed: generation and content hash, in groups of eight no line breaks into', () => {
    expect(squash(text)).toContain(squash(review.proposal.reviewed.contentHash));
    const hex = review.proposal.reviewed.contentHash.slice('sha256:'.length);
    const groups = hex.match(/.{8}/g)!;
    // every group whole on a line (pdftotext -raw keeps each printed line's words)
    for (const g of groups) expect(text, g).toContain(g);
    expect(text).toContain(`sha256: ${groups[0]}`);
    expect(text).toMatch(/Generasi simpanan\s+3/);
  });

  it('numbers every page "Halaman x daripada y"', () => {
    const { pages } = pdfInfo(bytes);
    for (let p = 1; p <= pages; p++) expect(text).toContain(`Halaman ${p} daripada ${pages}`);
  });

  it('marks commented elements on the LMV sketch with their comment numbers', () => {
    const pages = pdfWords(bytes);
    const sketch = pages.find((p) => p.words.some((w) => w.text === 'Rajah'))!;
    expect(sketch).toBeDefined();
    // the paper numbers comments analysis first, then a–g; the site comment's pin sits on the PDSA JDN node
    const no = String(numberComments(review.comments).find((n) => n.comment.id === 'k_site')!.no);
    const pdsa = sketch.words.find((w) => w.text === 'PDSA' && sketch.words.some((v) => v.text === 'JDN' && Math.abs(v.yMin - w.yMin) < 1 && v.xMin > w.xMax));
    const pin = sketch.words.find((w) => w.text === no && pdsa && Math.abs(w.xMin - pdsa.xMin) < 60 && Math.abs(w.yMin - pdsa.yMin) < 25);
    expect(pin, `pin ${no} near PDSA JDN`).toBeDefined();
  });

  it('keeps the guide’s terms in the English paper', async () => {
    const en = pdfText(await buildKertasUlasanPdf(review, { lang: 'en', doc: current, date: DATE }), 'raw');
    for (const h of GUIDE_CRITERIA) expect(en).toContain(h);
    expect(en).toContain('Bersetuju Dengan Pindaan');
    expect(en).toMatch(/Page 1 of \d+/);
  });
});

describe('Kertas Ulasan criteria (001 §4.3, Jadual 4-1 langkah 8): each title on the page of its assessment', () => {
  it('never leaves a criterion’s title alone at a page foot, its Penilaian and Justifikasi overleaf (a review just begun)', async () => {
    const doc = pengambilanPekerjaExample(AT);
    const review = createReview({ doc, reviewer: { name: 'Pegawai JDN', body: 'bppd' }, projectName: 'c.lakar', generation: 1, at: AT });
    const pages = pdfText(await buildKertasUlasanPdf(review, { lang: 'ms', date: DATE }), 'raw').split('\f');
    for (const title of GUIDE_CRITERIA) {
      // the title as a line of its own (the contents page lists it with dots and a page number)
      const page = pages.find((p) => p.split('\n').some((l) => l.trim() === title));
      expect(page, title).toBeDefined();
      const lines = page!.split('\n').map((l) => l.trim());
      expect(lines[lines.indexOf(title) + 1], title).toMatch(/^Penilaian/);
    }
  });
});

describe('Kertas Ulasan criteria (001 §4.3, Jadual 4-1 langkah 8): "Tiada komen" on the page of its criterion', () => {
  it('never leaves a criterion\'s "Tiada komen di bawah kriteria ini." alone at the top of the next page, however long the assessments above it', { timeout: 120_000 }, async () => {
    const doc = pengambilanPekerjaExample(AT);
    // a review just begun, then the first criterion's justification longer and longer, moving every criterion after it down
    for (const n of [0, 1, 5, 9, 10, 14, 18]) {
      let h = initialReviewHistory(createReview({ doc, reviewer: { name: 'Pegawai JDN', body: 'bppd' }, projectName: 'c.lakar', generation: 1, at: AT }));
      if (n > 0) h = dispatchReview(h, 'review.evaluation.set', { criterion: 'pengurusanProjek', verdict: 'memuaskan', justification: 'Jadual pelaksanaan dinilai. '.repeat(n * 3) }, reviewer);
      const pages = pdfText(await buildKertasUlasanPdf(h.review, { lang: 'ms', date: DATE }), 'raw').split('\f');
      let seen = 0;
      pages.forEach((page, i) => {
        const lines = page.split('\n').map((l) => l.trim()).filter(Boolean);
        lines.forEach((l, k) => {
          if (!l.startsWith('Tiada komen di bawah kriteria ini.')) return;
          seen++;
          // its criterion's assessment (Penilaian, Justifikasi) above it on its page
          expect(lines.slice(0, k).some((above) => /^Justifikasi/.test(above)), `justification ×${n}, page ${i + 1}: ${lines.slice(0, 4).join(' | ')}`).toBe(true);
        });
      });
      expect(seen, `justification ×${n}`).toBe(GUIDE_CRITERIA.length);
    }
  });
});

describe('Kertas Ulasan comments (001 §4.3 langkah 8)', () => {
  it('names a comment on a checklist item once: "Senarai semak WoG, Jadual 4-1 A.1.a (viii): Penggunaan platform DPI …", its label not repeated', async () => {
    const { review, current } = reviewed();
    const text = squash(pdfText(await buildKertasUlasanPdf(review, { lang: 'ms', doc: current, date: DATE }), 'raw'));
    const label = squash('Jadual 4-1 A.1.a (viii):');
    const at = text.indexOf(squash('MyDigital ID digunakan untuk SSO.'));
    expect(at).toBeGreaterThan(0);
    // the comment's block: from its number to its text
    const block = text.slice(text.lastIndexOf(squash('Komen berkaitan analisis'), at), at);
    expect(block.split(label).length - 1, block).toBe(1);
  });
});

describe('Kertas Ulasan: the recommended Pelaksana Projek (001 Jadual 4-1 langkah 8, "termasuk pengesyoran Pelaksana Projek")', () => {
  it('prints JDN’s recommendation with its justification beside the agency’s proposal, under step 8 and before the Syor', async () => {
    const { review: base, current } = reviewed();
    let h = initialReviewHistory(base);
    h = dispatchReview(h, 'review.implementer.set', { agency: 'Agensi PQRST', justification: 'Agensi PQRST mempunyai pasukan pembangunan sistem sendiri.' }, reviewer);
    const text = squash(pdfText(await buildKertasUlasanPdf(h.review, { lang: 'ms', doc: current, date: DATE }), 'raw'));
    const at = text.lastIndexOf(squash('Pengesyoran Pelaksana Projek (langkah 8)'));
    expect(at).toBeGreaterThan(text.lastIndexOf(squash('g. Pengurusan Keselamatan Siber')));
    expect(at).toBeLessThan(text.lastIndexOf(squash('Syor SLU (langkah 9)')));
    const part = text.slice(at, text.lastIndexOf(squash('Syor SLU (langkah 9)')));
    // the worked example proposes Jabatan Digital Negara (Kertas Cadangan §1); JDN recommends otherwise here
    expect(part).toContain(squash('Cadangan agensi Jabatan Digital Negara'));
    expect(part).toContain(squash('Pelaksana Projek yang disyorkan JDN Agensi PQRST'));
    expect(part).toContain(squash('Justifikasi Agensi PQRST mempunyai pasukan pembangunan sistem sendiri.'));
  });

  it('says it is not recommended yet in a review just begun', async () => {
    const review = createReview({ doc: pengambilanPekerjaExample(AT), reviewer: { name: 'Pegawai JDN', body: 'bppd' }, at: AT });
    const text = squash(pdfText(await buildKertasUlasanPdf(review, { lang: 'ms', date: DATE }), 'raw'));
    expect(text).toContain(squash('Pelaksana Projek yang disyorkan JDN Belum disyorkan'));
  });
});

describe('Kertas Ulasan: the LMV sketch is always included (001 Jadual 4-1 langkah 7a c, "Kertas Ulasan JDN dan lakaran LMV perlu disertakan")', () => {
  it('draws the proposal’s LMV in a review without comments, not only "Tiada komen"', async () => {
    const review = createReview({ doc: pengambilanPekerjaExample(AT), reviewer: { name: 'Pegawai JDN', body: 'bppd' }, at: AT });
    const bytes = await buildKertasUlasanPdf(review, { lang: 'ms', date: DATE });
    const pages = pdfText(bytes, 'raw').split('\f');
    const sketch = pages.find((p) => p.includes('Rajah 1: Landscape Map View — LMV'));
    expect(sketch).toBeDefined();
    // the drawing itself: its band labels and boxes, on a landscape page
    for (const word of ['Pengguna Perkhidmatan', 'Sistem Pengambilan Pekerja', 'PDSA JDN']) expect(squash(sketch!)).toContain(squash(word));
    expect(sketch).toContain('Lakaran LMV kertas cadangan disertakan sebagai dokumen sokongan');
    const at = pages.indexOf(sketch!);
    expect(pdfInfo(bytes).pageSizes[at].landscape).toBe(true);
  });

  it('keeps the proposal’s LMV when the only pins are on another view', async () => {
    const doc = executeCommand(pengambilanPekerjaExample(AT), 'view.add', { view: { id: 'v_asis', name: 'Semasa', order: 1, nodes: {}, state: 'asIs' } }).doc;
    const review = createReview({ doc, reviewer: { name: 'Pegawai JDN', body: 'bppd' }, at: AT });
    const h = dispatchReview(initialReviewHistory(review), 'review.comment.add', { id: 'k_area', anchor: { kind: 'view', viewId: 'v_asis', name: 'Semasa', x: 10, y: 10 }, heading: 'pembangunanSistem', severity: 'cadangan', text: 'Lakaran semasa kosong.' }, reviewer);
    const text = pdfText(await buildKertasUlasanPdf(h.review, { lang: 'ms', date: DATE }), 'raw');
    expect(text).toContain('Semasa dengan komen bernombor');
    expect(text).toContain('Landscape Map View — LMV');
  });
});

describe('Kertas Ulasan §1 and its draft marking (001 §4.2.1–4.2.2, Jadual 4-1 langkah 7a c, 8, 9)', () => {
  const begun = () => createReview({ doc: pengambilanPekerjaExample(AT), reviewer: { name: 'Pegawai JDN', body: 'bppd' }, projectName: 'c.lakar', generation: 1, at: AT });

  it('names the proposal by the guide’s "Kategori permohonan" and by the Kertas Cadangan’s own Versi Dokumen', async () => {
    const text = pdfText(await buildKertasUlasanPdf(begun(), { lang: 'ms', date: DATE }), 'raw');
    const identity = text.slice(text.indexOf('Maklumat Kertas Cadangan dan Versi Disemak\n'));
    expect(identity).toMatch(/Kategori permohonan\s+Perkhidmatan Digital Bersepadu Keseluruhan Kerajaan \(WoG\)/);
    expect(identity).not.toContain('Kategori projek');
    expect(identity).toMatch(/Versi Dokumen kertas cadangan\s+1\.0\n/);
    // and by the date the agency gave its paper (the example's Tarikh kertas cadangan)
    expect(identity).toMatch(/Tarikh kertas cadangan\s+15 Mei 2026\n/);
    expect(identity).toMatch(/Versi diambil untuk semakan\s+1 Mac 2025/);
    // the cover says which version, as the Kertas Cadangan's cover does
    expect(squash(text.split('\f')[0])).toContain(squash('Versi Dokumen 1.0 · Generasi simpanan 1'));
  });

  it('marks every page DRAF while a criterion is unassessed or the Syor unmade, and says why on the cover', async () => {
    const bytes = await buildKertasUlasanPdf(begun(), { lang: 'ms', date: DATE });
    const pages = pdfText(bytes, 'raw').split('\f').filter((p) => p.trim());
    expect(pages.length).toBe(pdfInfo(bytes).pages);
    for (const [i, page] of pages.entries()) expect([i + 1, page.includes('DRAF — ulasan belum lengkap')]).toEqual([i + 1, true]);
    expect(squash(pages[0])).toContain(squash('Kertas ulasan ini masih draf: 7 daripada 7 kriteria langkah 8 belum dinilai; Syor SLU belum dibuat.'));
  });

  it('drops the DRAF marking once all seven criteria are assessed and the Syor is made', async () => {
    let h = initialReviewHistory(begun());
    for (const criterion of CRITERIA.slice(0, 6)) h = dispatchReview(h, 'review.evaluation.set', { criterion, verdict: 'memuaskan' }, reviewer);
    h = dispatchReview(h, 'review.syor.set', { value: 'bersetujuTanpaPindaan' }, reviewer);
    const six = pdfText(await buildKertasUlasanPdf(h.review, { lang: 'ms', date: DATE }), 'raw');
    expect(squash(six)).toContain(squash('masih draf: 1 daripada 7 kriteria langkah 8 belum dinilai.'));
    h = dispatchReview(h, 'review.evaluation.set', { criterion: CRITERIA[6], verdict: 'perluPenambahbaikan' }, reviewer);
    const complete = pdfText(await buildKertasUlasanPdf(h.review, { lang: 'ms', date: DATE }), 'raw');
    expect(complete).not.toContain('DRAF');
    expect(complete).not.toContain('masih draf');
  });
});
