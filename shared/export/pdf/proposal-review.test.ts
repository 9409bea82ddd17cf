/**
 * The Kertas Cadangan read back as a reviewer of the Sector Digital Team would read it (pdftotext),
 * against Panduan WoG §3.2, §4.2–§4.3 (Jadual 4-1), §5.6.4 (Rajah 5-3) and §6.3.4: the worked
 * example, a model imported from another ArchiMate tool, and a project with every proposal field.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { everythingDocument } from '../../../test/fixtures/interchange/documents';
import { pdfInfo, pdfText, squash } from '../../../test/fixtures/export/poppler';
import { edit } from '../../../test/helpers/rules';
import { BUILTIN_CATALOGUE } from '../../catalogue/catalogue';
import { fromOef } from '../../interchange';
import { createEmptyDocument, type LakarDocument } from '../../model';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildProposalPdf } from './proposal';

const DATE = new Date('2026-03-15T08:00:00Z');
const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

/** A reference by this repository's seed file number ("001 §3.3", "003 Lampiran A", "000 para 12"). */
const FILE_NUMBER = /\b00\d (?:§|Lampiran|para|Jadual|Rajah|Bab|Takrifan)/;
/** Every id of the built-in catalogue (domains, registries, repositories, personas): readers see names. */
const CATALOGUE_IDS = [
  ...BUILTIN_CATALOGUE.sectors.flatMap((s) => s.domains.map((d) => d.id)),
  ...BUILTIN_CATALOGUE.registries.map((r) => r.id),
  ...BUILTIN_CATALOGUE.repositories.map((r) => r.id),
  ...BUILTIN_CATALOGUE.personas.map((p) => p.id),
];

async function paper(doc: LakarDocument, lang: 'ms' | 'en' = 'ms', options: { check?: boolean } = {}) {
  const bytes = await buildProposalPdf(doc, { lang, date: DATE, ...options });
  const { pages } = pdfInfo(bytes);
  return { bytes, pages, raw: pdfText(bytes, 'raw'), layout: pdfText(bytes, 'layout') };
}

/** The text of part `title` (a level-1 heading after the table of contents) up to the next of `next`. */
function part(raw: string, title: string, next: string[]): string {
  const start = raw.indexOf(title, raw.indexOf('Halaman 3 daripada'));
  expect(start, title).toBeGreaterThan(0);
  const ends = next.map((n) => raw.indexOf(n, start + title.length)).filter((i) => i > 0);
  return squash(raw.slice(start, ends.length ? Math.min(...ends) : undefined));
}

/** Pages whose text carries `mark`. */
function pagesWith(layout: string, mark: string): number {
  return layout.split('\f').filter((p) => p.includes(mark)).length;
}

function expectReviewerLanguage(raw: string) {
  expect(raw).not.toMatch(FILE_NUMBER);
  for (const id of CATALOGUE_IDS) expect(raw, id).not.toContain(id);
  expect(raw).not.toMatch(/memberCode|subsystemCode/);
  // "diperolehi" only where the paper quotes Jadual 3-1 label 3 in the guide's own word ("ingin diperolehi oleh pengguna perkhidmatan")
  expect(squash(raw).replaceAll(squash('ingin diperolehi oleh pengguna perkhidmatan'), '')).not.toContain('diperolehi');
  for (const wrong of ['Kitaran Hayat', 'samada', 'Ringkasan Model', 'grafik vektor', 'daripada model LMV', 'Lampiran A: Laporan', 'Peraturan yang dimatikan', 'Pemeriksaan WoG', 'Pemeriksa WoG']) {
    expect(raw, wrong).not.toContain(wrong);
  }
  expect(raw).not.toMatch(/\bMembekal\b/);
  // blanks are dotted lines; "(belum diisi):" only where a rule quotes the IDD template's missing fields
  expect(raw).not.toMatch(/\((?:belum diisi|not filled in)\)(?!:)/);
}

describe('the Kertas Cadangan of the worked example (Panduan WoG §3.3.4)', () => {
  let p: Awaited<ReturnType<typeof paper>>;
  beforeAll(async () => {
    p = await paper(example());
  });

  it('is addressed to the Sosial 2 secretariat of Rajah 5-3 through JPICT Kementerian, not to JTISA (Jadual 4-1 steps 2–3)', () => {
    const cover = squash(pdfText(p.bytes, 'raw', { first: 1, last: 1 }));
    expect(cover).toContain(squash('DIKEMUKAKAN KEPADA Sekretariat Pasukan Digital Sektor Sosial 2 (Bakat) CDO KESUMA (sektorbakat@mohr.gov.my) melalui Jawatankuasa Pemandu ICT (JPICT) Kementerian Sumber Manusia (KESUMA)'));
    expect(cover).not.toContain('JTISA');
  });

  it('promises on its cover the LMV sketch it carries (Panduan WoG §3.3)', () => {
    expect(squash(p.layout.split('\f')[0])).toContain(squash('berserta Lakaran Landscape Map View (LMV)'));
    expect(p.raw).toContain('Rajah 1: Landscape Map View');
  });

  it('prints no unit or post in a signature block’s Nama row: the name is left for the signatory, the preparing unit gets its own row (Jadual 4-1 langkah 2–3)', () => {
    const start = p.layout.indexOf('12. Pengesahan', p.layout.indexOf('Halaman 3 daripada'));
    const signatures = p.layout.slice(start, p.layout.indexOf('\nRujukan', start));
    const names = [...signatures.matchAll(/^\s*Nama\s+(.+)$/gm)].map((m) => m[1].trim());
    expect(names).toEqual(['……………………………………………', '……………………………………………', '……………………………………………']);
    expect(signatures).toMatch(/Jawatan\s+Ketua Unit Perancangan Strategik ICT\s*\n\s*\n?\s*Bahagian\/Unit\s+Unit Perancangan Strategik ICT, Agensi PQRST/);
    expect(signatures).toMatch(/Jawatan\s+Ketua Pegawai Digital \(CDO\) Kementerian Sumber Manusia \(KESUMA\)/);
    // Maklumat Projek still names the preparing unit under "Disediakan oleh"
    expect(squash(p.raw)).toContain(squash('Disediakan oleh Unit Perancangan Strategik ICT, Agensi PQRST'));
  });

  it('reads each A.1.a answer against the LMV and prints what the model bears out, citing the guide (Jadual 4-1 A.1.a)', () => {
    const details = part(p.raw, '7.1 Jawapan dan Penemuan', ['8. Registri dan Repositori']);
    expect(details.match(/Jawapanagensidisahkanolehmodel:/g)!.length).toBeGreaterThanOrEqual(6);
    expect(details).toContain(squash('ePayment Gateway tidak berkaitan, seperti dalam jawapan: tiada proses Pembayaran (Rajah 3-2 #14) (Panduan WoG §2.7.3; Jadual 4-1 A.1.a viii)'));
    expect(details).toContain(squash('Kawalan keselamatan HSM, SIEM, DLP yang disebut dalam jawapan ada dalam LMV (Panduan WoG Jadual 3-1 label 7; Jadual 4-1 A.1.a vi)'));
    expect(details).not.toContain(squash('bercanggah dengan model'));
  });

  it('keeps each A.1.a label ("Jawapan agensi", "Daripada reka bentuk perkhidmatan", what the model bears out) on the page of what it introduces, never alone at a page foot (Jadual 4-1 A.1.a)', () => {
    const labels = ['Jawapan agensi:', 'Daripada reka bentuk perkhidmatan:', 'Jawapan agensi disahkan oleh model:'];
    const pageFeet = p.layout.split('\f').map((page) => {
      const lines = page.split('\n').map((l) => l.trim()).filter(Boolean);
      // the running footer ("… Halaman n daripada m") closes the page; the text above it is its foot
      const footer = lines.findIndex((l) => /Halaman \d+ daripada \d+/.test(l));
      return lines[(footer < 0 ? lines.length : footer) - 1] ?? '';
    });
    expect(pageFeet.filter((line) => labels.includes(line))).toEqual([]);
  });

  it('keeps each A.1.a item’s heading with the agency’s answer under it, never alone at a page foot (Jadual 4-1 A.1.a i–ix)', () => {
    // the details part, after the summary table: each item opens with its number and the guide's wording
    const details = p.layout.slice(p.layout.indexOf('7.1 Jawapan dan Penemuan', p.layout.indexOf('Halaman 3 daripada')));
    const orphans = details.split('\f').flatMap((page) => {
      const lines = page.split('\n').map((l) => l.trim());
      const heads = lines.flatMap((l, i) => (/^(ix|viii|vii|vi|v|iv|iii|ii|i)\.\s+\S/.test(l) ? [i] : []));
      const last = heads[heads.length - 1];
      // the item's heading and its first label belong on one page
      return last === undefined || lines.slice(last).includes('Jawapan agensi:') ? [] : [lines[last]];
    });
    expect(orphans).toEqual([]);
  });

  it('shows an answer the LMV contradicts as "Perlu jawapan agensi", saying what the model shows instead', async () => {
    const doc = edit(example(), (d) => void (d.meta.checklistAnswers = { ...d.meta.checklistAnswers, viii: 'MyDigital ID, MyGDX dan ePayment Gateway digunakan.' }));
    const { raw } = await paper(doc);
    const summary = part(raw, 'Ralat/amaran', ['7.1 Jawapan dan Penemuan']);
    expect(summary).toContain(squash('Penggunaan platform DPI'));
    expect(summary.match(/Dijawab/g)).toHaveLength(8);
    const details = raw.slice(raw.indexOf('7.1 Jawapan dan Penemuan', raw.indexOf('Halaman 3 daripada')));
    const viii = squash(details.slice(details.indexOf('viii. Penggunaan platform DPI'), details.indexOf('ix. Penggunaan perkhidmatan')));
    expect(viii).toContain(squash('Perlu jawapan agensi'));
    expect(viii).toContain(squash('Jawapan agensi bercanggah dengan model: jawapan menyatakan ePayment Gateway digunakan, tetapi LMV tidak menunjukkan penggunaannya (Panduan WoG §2.7.3; Jadual 4-1 A.1.a viii).'));
  }, 60_000);

  it('shows item vii as contradicted when the answer says "tiada salinan" but the model on the same page shows copies, naming them (Jadual 4-1 A.1.a vii; §3.2.1 c, §3.2.3 b)', async () => {
    const answer = 'Maklumat identiti diambil daripada registri penduduk dan data spatial daripada repositori sektor; tiada salinan baharu diwujudkan.';
    const { raw } = await paper(edit(example(), (d) => void (d.meta.checklistAnswers = { ...d.meta.checklistAnswers, vii: answer })));
    const details = raw.slice(raw.indexOf('7.1 Jawapan dan Penemuan', raw.indexOf('Halaman 3 daripada')));
    const vii = squash(details.slice(details.indexOf('vii. Penyepaduan common data'), details.indexOf('viii. Penggunaan platform DPI')));
    expect(vii).toContain(squash('Perlu jawapan agensi'));
    expect(vii).not.toContain('Dijawab');
    // the evidence named: Maklumat Calon in three of the agency's systems, Agensi A's result kept 7 years
    expect(vii).toContain(
      squash(
        'Jawapan agensi bercanggah dengan model: jawapan menyatakan tiada salinan data, tetapi model menunjukkan salinan: Maklumat Calon — Sistem Pengambilan Pekerja (ditawan), Sistem XY (SFTP), Sistem YZ (API); Keputusan Tapisan Calon (milik Agensi A) — Pangkalan data Sistem Pengambilan Pekerja di PDSA JDN, bersama rekod calon; tempoh simpanan: 7 tahun selepas proses pengambilan ditutup (Panduan WoG §3.2.1 c, §3.2.3 b; Jadual 4-1 A.1.a vii).',
      ),
    );
    const summary = part(raw, 'Ralat/amaran', ['7.1 Jawapan dan Penemuan']);
    expect(summary.match(/Dijawab/g)).toHaveLength(8);
  }, 60_000);

  it('names the agency of every data entity under label 6, the spatial data of Rajah 3-2 included (Jadual 3-1 label 6: Data/Maklumat dan Agensi Yang Membekalkan)', () => {
    const label6 = part(p.raw, '6.6 Label 6: Data Architecture', ['6.7 Label 7']);
    for (const row of ['Maklumat Calon', 'Maklumat Identiti Individu', 'Keputusan Tapisan Calon', 'Maklumat Kelayakan Akademik', 'Data Spatial Lokasi']) expect(label6, row).toContain(squash(row));
    // the spatial data comes from Agensi D's Web Map Service (Sistem D); its row named no agency
    expect(label6).toContain(squash('Data Spatial Lokasi Terbuka Tidak Repositori Spatial Agensi D'));
  });

  it('marks the agency roles as proposed, since the Sector Digital Team decides them (Jadual 4-1 step 6)', () => {
    for (const role of ['Pemilik Projek (Cadangan)', 'Peneraju Projek (Cadangan)', 'Pelaksana Projek (Cadangan)', 'Pelaksana Perolehan (Cadangan)']) expect(p.raw).toContain(role);
  });

  it('answers all nine A.1.a items and carries no draft mark', () => {
    // the summary table, after the status key
    const checklist = part(p.raw, 'Ralat/amaran', ['7.1 Jawapan dan Penemuan']);
    expect(checklist.match(/Dijawab/g)).toHaveLength(9);
    expect(p.raw).not.toContain('DRAF');
  });

  it('prints every proposal field in its section', () => {
    const background = part(p.raw, '2. Latar Belakang dan Landskap Semasa', ['3. Skop dan Objektif']);
    expect(background).toContain(squash('Tiada integrasi dengan registri JPN dan tiada penggunaan MyDigital ID.'));
    expect(background).toContain(squash('Pelan Strategik Pendigitalan Agensi PQRST 2026–2030'));
    const scope = part(p.raw, '3. Skop dan Objektif', ['4. Kumpulan Sasar']);
    expect(scope).toContain(squash('Tidak termasuk proses penggajian selepas lantikan.'));
    expect(scope).toContain(squash('Purata tempoh dari permohonan hingga surat tawaran 90 hari 30 hari 31 Disember 2028'));
    const groups = part(p.raw, '4. Kumpulan Sasar: Kesulitan dan Manfaat', ['5. Lakaran']);
    expect(groups).toContain(squash('Pencari Kerja G2C Perlu hadir ke kaunter'));
    const security = part(p.raw, '9. Keselamatan Siber dan Risiko', ['10. Pelaksanaan']);
    expect(security).toContain(squash('Ancaman siber terhadap data peribadi calon'));
    expect(security).toContain(squash('Keselamatan siber Sederhana Tinggi'));
    const implementation = part(p.raw, '10. Pelaksanaan', ['11. Anggaran Kos']);
    // the method is the agency's proposal: JTISA sets it at the technical approval (Jadual 4-1 langkah 12 c)
    for (const text of ['Kaedah Perolehan (Cadangan) Tender', 'Peruntukan Pembangunan (Kementerian Ekonomi)', 'Unit Strategik ICT, Unit Pembangunan Sistem, Unit Pengurusan Pangkalan Data', 'Fasa Pelaksanaan dan Kawalan', 'Penyelesaian digital sedia ada']) {
      expect(implementation, text).toContain(squash(text));
    }
    const cost = part(p.raw, '11. Anggaran Kos', ['12. Pengesahan']);
    expect(cost).toContain(squash('Katalog Anggaran Harga'));
    expect(cost).toContain(squash('Jumlah perbelanjaan modal (CAPEX) RM3,650,000.00'));
    expect(cost).toContain(squash('Jumlah keseluruhan RM5,000,000.00'));
    const endorsement = part(p.raw, '12. Pengesahan', ['Rujukan']);
    for (const text of ['Disediakan oleh', 'Disokong oleh', 'Diperakukan oleh', 'Ketua Pegawai Digital (CDO) Kementerian', 'Mesyuarat JPICT KESUMA Bil. 2/2026']) expect(endorsement, text).toContain(squash(text));
    expect(endorsement.match(/Tandatangan……/g)).toHaveLength(3);
    const data = part(p.raw, '6.6 Label 6', ['6.7 Label 7']);
    expect(data).toContain(squash('Kitar hayat data (disimpan dan diterbitkan)'));
    expect(data).toContain(squash('Memorandum Persefahaman (MoU) Diluluskan 8 Mei 2026'));
  });

  it('names each source document in a Rujukan list and cites none by file number', () => {
    const refs = part(p.raw, 'Rujukan', ['Lampiran 1: Laporan Semakan WoG']);
    expect(refs).toContain(squash('[1] Panduan Keseluruhan Kerajaan (Whole-of-Government) Sektor Awam, Versi Beta. Jabatan Digital Negara (JDN), Kementerian Digital, 2025.'));
    expect(refs).toContain(squash('Polisi Perkongsian Data Raya TVET'));
    expect(refs).toContain(squash('Pekeliling Kemajuan Pentadbiran Awam (PKPA) Bilangan 2 Tahun 2021'));
    expect(refs).toContain(squash('Penggunaan Media Jaringan Sosial di Sektor Awam'));
    expectReviewerLanguage(p.raw);
  });

  it('writes in the register of government papers: Kitar Hayat, Membekalkan, Sistem Dalaman, ringgit as RM5,000,000.00', () => {
    for (const text of ['Kitar Hayat', 'Membekalkan', 'Sistem Dalaman', 'Kod Agensi / Kod Sistem (MyGDX)', 'RM5,000,000.00', 'Peraturan yang dikecualikan', 'Lampiran 1: Laporan Semakan WoG']) expect(squash(p.raw), text).toContain(squash(text));
    expect(p.raw).not.toContain('RM 5,000,000');
  });
});

describe('the draft mark "DRAF — N ralat"', () => {
  it('is on every page while the WoG check has errors', async () => {
    // MyDigital ID removed: dpi.mydigitalIdSso and dpi.identityVerification report errors
    const doc = edit(example(), (d) => {
      delete d.elements.pf_mydid;
      delete d.views.view_main.nodes.pf_mydid;
      for (const [id, r] of Object.entries(d.relations)) if (r.target === 'pf_mydid') delete d.relations[id];
    });
    const p = await paper(doc);
    const mark = /DRAF — (\d+) ralat/.exec(p.raw)!;
    expect(Number(mark[1])).toBeGreaterThan(0);
    expect(pagesWith(p.layout, mark[0])).toBe(p.pages);
    expect(p.raw).toContain(`Kertas ini masih draf: ${mark[1]} ralat dalam Laporan Semakan WoG (Lampiran 1).`);
  });

  it('is on every page while cost, objectives or the owning agency are blank, and says which', async () => {
    const p = await paper(edit(example(), (d) => void delete d.meta.costs), 'en');
    expect(pagesWith(p.layout, 'DRAFT — 1 key facts not filled in')).toBe(p.pages);
    expect(p.raw).toContain('not filled in: estimated cost');
  });

  it('is absent from a paper with no error and its key facts filled in', async () => {
    const p = await paper(example(), 'en');
    expect(p.raw).not.toContain('DRAFT');
  });
});

describe('the Kertas Cadangan of a model imported from another ArchiMate tool', () => {
  let p: Awaited<ReturnType<typeof paper>>;
  let doc: LakarDocument;
  beforeAll(async () => {
    ({ doc } = await fromOef(fs.readFileSync(new URL('../../../test/fixtures/interchange/corpus/archisurance.xml', import.meta.url)), { fileName: 'archisurance.xml', now: '2026-03-01T00:00:00.000Z' }));
    p = await paper(doc);
  }, 120_000);

  it('keeps each view under its own name, never calling another tool’s viewpoint a Landscape Map View, and leaves empty views out', () => {
    expect(p.raw).toContain('Paparan Model Asal (Diimport)');
    expect(p.raw).toMatch(/Rajah \d+: Layered View/);
    expect(p.raw).toMatch(/Rajah \d+: Application Structure View/);
    expect(p.raw).not.toContain('Landscape Map View — ');
    // the Goal and Principle view shows only concepts without an LMV place: nothing to draw
    expect(p.raw).not.toContain('Goal and Principle View');
  });

  it('promises on its cover only what it holds: the imported views, and that the LMV sketch is not prepared yet (Panduan WoG §3.3)', () => {
    const cover = squash(p.layout.split('\f')[0]);
    expect(cover).toContain(squash('berserta Paparan Model Asal (Diimport); Lakaran Landscape Map View (LMV) belum disediakan'));
    expect(cover).not.toContain(squash('berserta Lakaran Landscape Map View (LMV)'));
  });

  it('answers no A.1.a item for the agency, says RASA was not checked and is a draft', () => {
    const checklist = part(p.raw, 'Ralat/amaran', ['Jawapan dan Penemuan']);
    expect(checklist).not.toContain('Dijawab');
    const iii = squash(p.raw.slice(p.raw.indexOf('iii.', p.raw.indexOf('Jawapan dan Penemuan', p.raw.indexOf('Halaman 3 daripada')))));
    expect(iii.slice(0, 1500)).toContain(squash('Belum disemak'));
    expect(iii.slice(0, 1500)).toContain(squash('Senarai Repositori Aplikasi Sektor Awam (RASA) belum diimport'));
    expect(pagesWith(p.layout, 'DRAF — ')).toBe(p.pages);
  });

  it('lists what the import assumed in an annex until the agency confirms it', async () => {
    const annex = part(p.raw, 'Lampiran 2: Andaian Import Model', ['Halaman 9999']);
    expect(annex).toContain(squash('Model ini diimport daripada “archisurance.xml” (ArchiMate Open Exchange) pada 1 Mac 2026.'));
    expect(annex).toContain(squash('Kumpulan sasar tanpa kitar hayat diandaikan G2C 22'));
    expect(annex).toContain(squash('Konsep ArchiMate tanpa tempat dalam LMV disimpan di luar lakaran (Belum Ditempatkan) 48'));
    const confirmed = edit(doc, (d) => void (d.meta.importAssumptions!.confirmedAt = '2026-03-02T00:00:00.000Z'));
    expect((await paper(confirmed, 'ms', { check: false })).raw).not.toContain('Andaian Import Model');
  }, 120_000);

  it('speaks to the reader, not of files and ids', () => {
    expectReviewerLanguage(p.raw);
  });
});

describe('the Kertas Cadangan of an empty project (no LMV drawn)', () => {
  let p: Awaited<ReturnType<typeof paper>>;
  beforeAll(async () => {
    p = await paper(createEmptyDocument('', '2026-01-01T00:00:00.000Z'));
  }, 60_000);

  it('says on its cover that it has no LMV sketch instead of promising one, and counts the sketch among what is missing (Panduan WoG §3.3; Jadual 4-1 langkah 7a c)', () => {
    const cover = squash(p.layout.split('\f')[0]);
    expect(cover).toContain(squash('Tanpa Lakaran Landscape Map View (LMV): tiada elemen dilukis dalam model'));
    expect(cover).not.toContain(squash('berserta Lakaran'));
    expect(cover).toContain(squash('belum diisi: anggaran kos, objektif, agensi pemilik projek, lakaran LMV cadangan'));
    expect(cover).toContain(squash('DRAF — 6 ralat, 4 maklumat utama belum diisi'));
    // nor do the document properties a file manager shows
    expect(pdfInfo(p.bytes).fields.Subject).toBe('Kertas Cadangan Inisiatif Digital');
  });

  it('says in the LMV part why there is no sketch and that one must be prepared before submission, citing the guide', () => {
    const lmv = part(p.raw, '5. Lakaran Landscape Map View (LMV) Cadangan', ['6. Elemen Reka Bentuk']);
    expect(lmv).toContain(squash('Tiada Lakaran LMV Cadangan dilampirkan: model belum mempunyai sebarang elemen untuk dilukis.'));
    expect(lmv).toContain(squash('(Panduan WoG §3.3; Jadual 4-1 langkah 7a c)'));
  });
});

describe('the Kertas Cadangan of a project with every proposal field filled in', () => {
  const doc = () => edit(everythingDocument(), (d) => void delete d.meta.importAssumptions!.confirmedAt);

  it.each(['ms', 'en'] as const)('prints every field (%s)', async (lang) => {
    const { raw } = await paper(doc(), lang);
    const all = squash(raw);
    const m = doc().meta;
    const texts = [
      m.scope!,
      m.asIsSummary!,
      m.cyberRisk!,
      m.strategicAlignment!.psp!,
      m.strategicAlignment!.ea!,
      m.strategicAlignment!.puncaKuasa!,
      m.inisiatifTumpuan!,
      m.fundingNote!,
      m.jdnConsultation!.notes!,
      ...m.measurableObjectives!.flatMap((o) => [o.objective, o.measure!, o.baseline!, o.target!]),
      ...m.targetGroupBenefits!.flatMap((b) => [b.painPoint!, b.benefit!]),
      ...m.costs!.map((c) => c.component),
      ...m.milestones!.map((x) => x.name!),
      ...m.dependencies!.flatMap((x) => [x.name, x.note!]),
      ...m.risks!.flatMap((r) => [r.risk, r.mitigation!]),
      m.endorsement!.preparerPosition!,
      m.endorsement!.cdoName!,
      m.endorsement!.jpictMeeting!,
      m.checklistAnswers!.i!,
      m.checklistAnswers!.ix!,
      'Pangkalan data eBantuan, PDSA',
      'JPN.100-1/2/3 (5)',
      'RM1,250,000.50',
    ];
    for (const t of texts) expect(all, t).toContain(squash(t));
    expect(all).toContain(squash(lang === 'ms' ? 'Perkhidmatan penyenggaraan perkakasan ICT' : 'Maintenance of ICT hardware'));
    expect(all).toContain(squash(lang === 'ms' ? 'Andaian Import Model' : 'Model Import Assumptions'));
    expectReviewerLanguage(raw);
  });
});
