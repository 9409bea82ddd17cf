/**
 * The Kertas Cadangan's Rujukan, read back (pdftotext) as a JDN reviewer checks it: every document
 * the paper names in its text is listed with its full title as the guide names it (Panduan WoG
 * §1.4.3–§1.4.5, §4.3.5, §6.3.2, §6.3.4, Jadual 4-1 A.1.a iii and v), whoever wrote the text, and
 * a document the paper no longer names is no longer listed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText, squash } from '../../../test/fixtures/export/poppler';
import { seedFlat } from '../../../test/fixtures/seeds/seed';
import { edit } from '../../../test/helpers/rules';
import type { LakarDocument } from '../../model';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildProposalPdf } from './proposal';

const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

/** The paper's body (after the table of contents, up to Rujukan), its Rujukan list and its Lampiran 1, squashed. */
async function bodyAndReferences(doc: LakarDocument): Promise<{ body: string; refs: string; appendix: string }> {
  const raw = pdfText(await buildProposalPdf(doc, { lang: 'ms', date: new Date('2026-03-15T08:00:00Z') }), 'raw');
  const bodyStart = raw.indexOf('1. Maklumat Projek', raw.indexOf('Halaman 2 daripada'));
  const refsStart = raw.indexOf('\fRujukan\n', bodyStart);
  const refsEnd = raw.indexOf('Lampiran 1: Laporan Semakan WoG', refsStart);
  expect([bodyStart, refsStart, refsEnd].every((i) => i > 0)).toBe(true);
  return { body: squash(raw.slice(bodyStart, refsStart)), refs: squash(raw.slice(refsStart, refsEnd)), appendix: squash(raw.slice(refsEnd)) };
}

/**
 * Documents the worked example names, as its text names them, and the full title Rujukan must give,
 * with the seed and sentence that title comes from (null: the title is the name itself).
 */
const NAMED: { named: string; title: string; seed?: [string, string] }[] = [
  { named: 'Garis Panduan PPrISA', title: 'Garis Panduan Pengurusan Projek ICT Sektor Awam (PPrISA)', seed: ['001', 'berasaskan Garis Panduan Pengurusan Projek ICT Sektor Awam (PPrISA)'] },
  { named: 'Katalog Anggaran Harga', title: 'Katalog Anggaran Harga', seed: ['001', 'Panduan Reka Bentuk Perkhidmatan dan Katalog Anggaran Harga'] },
  { named: 'RASA', title: 'Repositori Aplikasi Sektor Awam (RASA), https://www.rasa.jdn.gov.my', seed: ['001', 'Repositori Aplikasi Sektor Awam (RASA) merupakan platform repositori'] },
  { named: 'Akta 709', title: 'Akta Perlindungan Data Peribadi 2010 (Akta 709)', seed: ['003', 'Akta Perlindungan Data Peribadi 2010 (Akta 709)'] },
  { named: 'Polisi Pendigitalan Data Sektor Awam', title: 'Polisi Pendigitalan Data Sektor Awam', seed: ['001', '(Rujukan: Polisi Pendigitalan Data Sektor Awam)'] },
  {
    named: 'Surat Pekeliling Am Bil. 7 Tahun 2024',
    title: 'Surat Pekeliling Am Bilangan 7 Tahun 2024: Garis Panduan Permohonan Kelulusan Teknikal dan Pemantauan Projek Teknologi Maklumat dan Komunikasi (ICT) Sektor Awam',
    seed: ['001', 'Surat Pekeliling Am Bilangan 7 Tahun 2024 bertajuk Garis Panduan Permohonan Kelulusan Teknikal dan Pemantauan Projek Teknologi Maklumat dan Komunikasi (ICT) Sektor Awam'],
  },
  {
    named: 'Surat Arahan Pelaksanaan Integrasi Sistem Aplikasi Digital Kerajaan dengan MyDigital ID',
    title: 'Surat Arahan Pelaksanaan Integrasi Sistem Aplikasi Digital Kerajaan dengan MyDigital ID sebagai Log Masuk Tunggal (Single Sign-on, SSO)',
    seed: ['001', 'Surat Arahan Pelaksanaan Integrasi Sistem Aplikasi Digital Kerajaan dengan MyDigital ID sebagai Log Masuk Tunggal (Single Sign-on, SSO) bertarikh 14 Januari 2025'],
  },
  {
    named: 'Surat Arahan Ketua Setiausaha Negara bagi Penyelarasan Pengintegrasian Sistem-sistem Kerajaan',
    title: 'Surat Arahan Ketua Setiausaha Negara bagi Penyelarasan Pengintegrasian Sistem-sistem Kerajaan di Peringkat Persekutuan, Negeri dan Pihak Berkuasa Tempatan (PBT)',
    seed: ['001', 'Surat Arahan Ketua Setiausaha Negara bagi Penyelarasan Pengintegrasian Sistem-sistem Kerajaan di Peringkat Persekutuan, Negeri dan Pihak Berkuasa Tempatan (PBT) bertarikh 24 Januari 2025'],
  },
];

describe('Rujukan lists every document the paper names (Panduan WoG Jadual 4-1 A.1; §4.3.5; §6.3.2; §6.3.4)', () => {
  let paper: { body: string; refs: string; appendix: string };
  beforeAll(async () => {
    paper = await bodyAndReferences(example());
  }, 120_000);

  it.each(NAMED)('names “$named” in the body and lists it by its full title', ({ named, title, seed }) => {
    if (seed) expect(seedFlat(seed[0]), `seed ${seed[0]} says: ${seed[1]}`).toContain(seed[1]);
    expect(paper.body).toContain(squash(named));
    expect(paper.refs).toContain(squash(title));
  });

  it('lists the documents the WoG check’s rules cite, the Panduan WoG first', () => {
    expect(paper.refs).toContain(squash('[1] Panduan Keseluruhan Kerajaan (Whole-of-Government) Sektor Awam'));
    expect(paper.refs).toContain(squash('[2] Pekeliling Kemajuan Pentadbiran Awam (PKPA) Bilangan 2 Tahun 2021: Dasar Perkongsian Data Sektor Awam'));
  });

  it('lists the agency’s own PSP and EA that §2.2 rests on (Jadual 4-1 A.1 langkah 1), as the agency names them', () => {
    const { psp, ea } = example().meta.strategicAlignment!;
    for (const text of [psp!, ea!]) {
      expect(paper.body).toContain(squash(text));
      expect(paper.refs).toContain(squash(`${text.replace(/\.$/, '')}. Dokumen Agensi PQRST.`));
    }
  });

  it('cites in Lampiran 1 the guide or PKPA 2/2021 for the generic rules on classified data, not the TVET data policy (Panduan WoG §2.6.6; PKPA 2/2021 para 12)', () => {
    // each rule's title then its source, as the "Peraturan yang disemak" table prints them
    const rule = (title: string, source: string) => expect(paper.appendix).toContain(squash(`${title} ${source}`));
    rule('Data Sulit ke atas tidak dihantar melalui e-mel/fail', 'PKPA Bil. 2/2021 para 12 b, para 9; Panduan WoG §2.6.6, §2.7.3; Jadual 4-1 A.1.a vi, viii');
    rule('Data diklasifikasikan', 'Panduan WoG §2.6.6, Rajah 2-15');
    rule('Data terperingkat (Terhad ke atas) dilindungi HSM, SIEM dan DLP', 'Panduan WoG Jadual 3-1 label 7, §2.6.6, Rajah 2-15');
    rule('Data terperingkat (Terhad ke atas) tidak melalui media sosial atau e-mel', 'Surat MAMPU 2009 (Media Jaringan Sosial) para 3(c), para 4; Panduan WoG §2.6.6, Rajah 2-15');
    for (const tvet of ['Takrifan 12', 'TVET §1.6', 'TVET §2.4.2', 'TVET §2.4.4', 'TVET §3.2.4']) expect(paper.appendix, tvet).not.toContain(squash(tvet));
  });

  it('follows what the agency writes: Akta 709 is listed while the cyber-risk text names it, and only then', async () => {
    const without = await bodyAndReferences(edit(example(), (d) => void (d.meta.cyberRisk = d.meta.cyberRisk!.replace(' (Akta 709)', ''))));
    expect(without.body).not.toContain('Akta709');
    expect(without.refs).not.toContain('Akta709');
    const moved = await bodyAndReferences(
      edit(example(), (d) => {
        d.meta.cyberRisk = d.meta.cyberRisk!.replace(' (Akta 709)', '');
        d.meta.asIsSummary = `${d.meta.asIsSummary} Data peribadi calon dikendalikan mengikut Akta Perlindungan Data Peribadi 2010.`;
      }),
    );
    expect(moved.refs).toContain(squash('Akta Perlindungan Data Peribadi 2010 (Akta 709). Undang-Undang Malaysia.'));
  }, 120_000);
});
