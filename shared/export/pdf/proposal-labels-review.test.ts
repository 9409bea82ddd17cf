/**
 * The "Elemen Reka Bentuk Perkhidmatan (Jadual 3-1)" part of the Kertas Cadangan read back with
 * pdftotext, as a reviewer of the Sector Digital Team reads it beside Panduan WoG §3.3 (Jadual 3-1,
 * §3.3.4): each label's heading stays with what it introduces, and the part says what the model holds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText, squash } from '../../../test/fixtures/export/poppler';
import { edit } from '../../../test/helpers/rules';
import { parseXml, type XmlElement } from '../../interchange/oef/xml';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { viewToSvg } from '../svg';
import { buildProposalPdf } from './proposal';
import { designSections } from './sections';

const DATE = new Date('2026-03-15T08:00:00Z');
const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

/** Texts of the boxes of element `id` in an exported SVG. */
function boxTexts(svg: string, id: string): string[] {
  const find = (el: XmlElement): XmlElement | undefined => (el.attrs['data-element'] === id ? el : el.children.map(find).find(Boolean));
  const texts = (el: XmlElement): string[] => [el.text, ...el.children.flatMap(texts)].map((t) => t.trim()).filter(Boolean);
  return texts(find(parseXml(svg))!);
}

describe('the worked example’s LMV (Rajah 1 of the paper, View › Export SVG)', () => {
  let lmv: string;
  beforeAll(async () => {
    const bytes = await buildProposalPdf(example(), { lang: 'ms', date: DATE });
    const pages = pdfText(bytes, 'raw').split('\f');
    lmv = pages.find((p) => p.includes('Lakaran Landscape Map View (LMV) Cadangan') && !p.includes('Kandungan'))!;
  });

  it('keeps each hardware item a site lists whole with its number, wrapped onto a second line (§3.3.4 g: “setiap lokasi perlu menyenaraikan perkakasan serta bilangan”)', () => {
    // MyGovCloud@CFA: "Mesin maya (8 vCPU, 32 GB)" × 4 is wider than its box
    expect(lmv.replace(/\s+/g, ' ')).toContain('Mesin maya (8 vCPU, 32 GB) × 4');
    expect(boxTexts(viewToSvg(example(), 'view_main'), 'site_cfa').join(' ')).toContain('Mesin maya (8 vCPU, 32 GB) × 4');
  });

  it('names the agency of an external system by its code when its name does not fit (Jadual 3-1 label 6: “Agensi Yang Membekalkan Data/Maklumat”)', () => {
    expect(lmv).toContain('Sistem Luaran · JPN');
    expect(lmv).not.toContain('Jabatan Pend…');
    expect(boxTexts(viewToSvg(example(), 'view_main'), 'sys_b')).toContain('Sistem Luaran · JPN');
  });

  it('writes a security control’s type as 003 §3.2.5 does (“Firewall, Intrusion Prevention System (IPS), … Web Application Firewall (WAF)”): acronyms as acronyms, words not shouted', async () => {
    const doc = edit(example(), (d) => {
      (d.elements.sec_dlp as { controlType: string }).controlType = 'firewall';
      (d.elements.sec_siem as { controlType: string }).controlType = 'waf';
    });
    // the SVG measures by characters: where the type does not fit, the kind stands alone above the name
    const svg = viewToSvg(doc, 'view_main');
    expect(['Kawalan Keselamatan · Firewall', 'Kawalan Keselamatan']).toContain(boxTexts(svg, 'sec_dlp')[0]);
    expect(boxTexts(svg, 'sec_siem')[0]).toBe('Kawalan Keselamatan · WAF');
    const page = pdfText(await buildProposalPdf(doc, { lang: 'ms', date: DATE }), 'raw').split('\f').find((p) => p.includes('Lakaran Landscape Map View (LMV) Cadangan') && !p.includes('Kandungan'))!;
    expect(page).toContain('Kawalan Keselamatan · Firewall');
    expect(page).not.toContain('FIRE');
  });

  it('leaves no agency name cut off on the agency’s own systems: “Sistem Dalaman” says whose they are (§3.3.4 f)', () => {
    expect(lmv).not.toMatch(/Agensi PQ…/);
    expect(boxTexts(viewToSvg(example(), 'view_main'), 'sys_xy').join('\n')).not.toContain('…');
  });
});

/** The text of the paper from `title` (after the table of contents) up to `next`, without whitespace. */
function part(raw: string, title: string, next: string): string {
  const start = raw.indexOf(title, raw.indexOf('Halaman 3 daripada'));
  expect(start, title).toBeGreaterThan(0);
  return squash(raw.slice(start, raw.indexOf(next, start)));
}

describe('the Jadual 3-1 part of the worked example’s Kertas Cadangan', () => {
  let pages: string[];
  let raw: string;
  beforeAll(async () => {
    const bytes = await buildProposalPdf(example(), { lang: 'ms', date: DATE });
    pages = pdfText(bytes, 'layout').split('\f');
    raw = pdfText(bytes, 'raw');
  });

  it('words the labels as Jadual 3-1 does, and calls no receiving system a supplier', () => {
    // Jadual 3-1 label 6, Perkara: "Data Architecture Data/Maklumat dan Agensi Yang Membekalkan Data/Maklumat"
    const heading = '6.6 Label 6: Data Architecture — Data/Maklumat dan Agensi Yang Membekalkan Data/Maklumat';
    expect(pages.filter((p) => squash(p).includes(squash(heading)))).toHaveLength(2); // contents and the heading
    expect(pages.find((p) => p.includes('Kandungan'))).not.toContain('…'); // a long title wraps in the contents
    // label 2: "Aplikasi MyGov iaitu aplikasi mobil"
    expect(part(raw, '6.2 Label 2', '6.3 Label 3')).toContain(squash('Aplikasi MyGov ialah aplikasi mobil.'));
    // §3.3.4 f: the application "membekalkan data kepada Sistem XY" and YZ: they receive, they supply nothing
    const label6 = part(raw, '6.6 Label 6', '6.7 Label 7');
    expect(label6).toContain(squash('Sistem dalaman dan luaran yang berintegrasi'));
    expect(label6).not.toContain(squash('agensi pembekal'));
  });

  it('shows MyGDX in use by the flows that go through it, as the Senarai Semak (item viii) does, not as a platform nobody uses', () => {
    const label5 = part(raw, '6.5 Label 5', '6.6 Label 6');
    // Jadual 4-1 A.1.a viii: "MyGDX sebagai platform perkongsian data"; §3.3.4 f: Sistem A and B through MyGDX
    expect(label5).toContain(squash('MyGDX MyGDX 2 aliran data: Sistem Pengambilan Pekerja – Sistem A, Sistem B – Sistem Pengambilan Pekerja'));
    expect(label5).toContain(squash('Modul Pengguna, Modul Permohonan, Modul Laporan MyDigital ID, MyGDX'));
    const answers = raw.slice(raw.indexOf('7.1 Jawapan dan Penemuan', raw.indexOf('Halaman 3 daripada')));
    const viii = squash(answers.slice(answers.indexOf('viii.'), answers.indexOf('ix.')));
    expect(viii).toContain(squash('MyGDX: digunakan; 2 aliran (Sistem Pengambilan Pekerja – Sistem A, Sistem B – Sistem Pengambilan Pekerja)'));
  });

  it('never leaves a label’s heading and description at the foot of a page with its first table on the next', () => {
    for (const section of designSections(example(), 'ms')) {
      const heading = `6.${section.label} Label ${section.label}:`;
      // the page of the heading itself, not the table of contents
      const at = pages.findIndex((p) => p.includes(heading) && !p.includes('Kandungan'));
      expect(at, heading).toBeGreaterThan(0);
      const after = pages[at].slice(pages[at].indexOf(heading)).split('\n').map((l) => l.trim());
      expect(after, `${heading} is followed on its page by its table “${section.tables[0].title}”`).toContain(section.tables[0].title);
    }
  });
});

describe('the endorsement of the worked example’s Kertas Cadangan', () => {
  it('names the ministry whose CDO supports it and whose JPICT endorses it (Jadual 4-1 step 2: “JPICT Kementerian menyelaras semua permohonan”; Rajah 5-3: “Sekretariat - CDO KESUMA”)', async () => {
    const raw = pdfText(await buildProposalPdf(example(), { lang: 'ms', date: DATE }), 'raw');
    const endorsement = part(raw, '12. Pengesahan', 'Rujukan');
    expect(endorsement).toContain(squash('Jawatan Ketua Pegawai Digital (CDO) Kementerian Sumber Manusia (KESUMA)'));
    expect(endorsement).toContain(squash('Jawatan Pengerusi Jawatankuasa Pemandu ICT (JPICT) Kementerian Sumber Manusia (KESUMA)'));
  });
});

describe('the data-sharing approvals of a Kertas Cadangan', () => {
  it('name as “Pembekal data” the end that supplies the data, by the flow’s direction (003 Lampiran A: “Agensi Pembekal — Agensi yang membekalkan data dan memberi kebenaran kepada agensi lain untuk menggunakan data tersebut”)', async () => {
    // the application supplies Maklumat Calon to Sistem A one way, with Agensi PQRST's approval
    const doc = edit(example(), (d) => {
      const flow = d.relations.fl_a as { direction: string; reverse?: unknown };
      flow.direction = 'supplies';
      delete flow.reverse;
    });
    const raw = pdfText(await buildProposalPdf(doc, { lang: 'ms', date: DATE }), 'raw');
    const approvals = part(raw, 'Kelulusan perkongsian data', '6.7 Label 7');
    expect(approvals).toContain(squash('1 Sistem Pengambilan Pekerja (Agensi PQRST) Sistem Pengambilan Pekerja – Sistem A'));
    // Sistem B supplies the application: its own row is unchanged
    expect(approvals).toContain(squash('2 Sistem B (Jabatan Pendaftaran Negara) Sistem B – Sistem Pengambilan Pekerja'));
  });
});

describe('the WoG check report annexed to the worked example’s Kertas Cadangan', () => {
  it('names the catalogue version as a quoted name, not as capitalised words mid-sentence (§2.6.4: “Sehingga Disember 2025, sebanyak 21 Registri dan 37 Repositori telah dikenal pasti”)', async () => {
    const raw = pdfText(await buildProposalPdf(example(), { lang: 'ms', date: DATE }), 'raw');
    const annex = part(raw, 'Lampiran 1: Laporan Semakan WoG', 'Peraturan yang dikecualikan');
    expect(annex).toContain(squash('menggunakan katalog ekosistem sektor versi “Sehingga Disember 2025”.'));
  });
});
