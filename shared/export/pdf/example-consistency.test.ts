/**
 * The worked example's Kertas Cadangan read back (pdftotext) as a JDN reviewer read it beside
 * Panduan WoG (001): what the paper says about the service, its application, its date and its costs
 * agrees with the model and with itself.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText, squash } from '../../../test/fixtures/export/poppler';
import { seedText } from '../../../test/fixtures/seeds/seed';
import { BUILTIN_CATALOGUE, builtinCatalogueIndex } from '../../catalogue/catalogue';
import { checklistEvidence } from '../../checklist/evidence';
import type { LakarDocument } from '../../model';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildProposalPdf } from './proposal';

/** The export's date: after the example's schedule has begun, as a re-print would be. */
const EXPORTED = new Date('2026-12-06T08:00:00Z');
const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

/** The guide's line `n` (1-based), to show the test quotes it where it says. */
const guideLine = (n: number) => seedText('001').split('\n')[n - 1];

const MONTHS = ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'];
/** A printed date ("15 Mei 2026") as a comparable number (20260515). */
function printedDate(text: string): number {
  const m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text.trim());
  if (!m || !MONTHS.includes(m[2])) throw new Error(`not a printed date: ${text}`);
  return Number(m[3]) * 10000 + (MONTHS.indexOf(m[2]) + 1) * 100 + Number(m[1]);
}

async function paperText(doc: LakarDocument, mode: 'layout' | 'raw' = 'layout'): Promise<string> {
  return pdfText(await buildProposalPdf(doc, { lang: 'ms', date: EXPORTED }), mode);
}

/** The text from `from` to the first of `to` after it. */
function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  expect(start, from).toBeGreaterThanOrEqual(0);
  const end = text.indexOf(to, start + from.length);
  return text.slice(start, end < 0 ? undefined : end);
}

let paper = '';
/** The paper's text in drawing order: a table's cells one after another (pdftotext -raw). */
let paperRaw = '';
beforeAll(async () => {
  const bytes = await buildProposalPdf(example(), { lang: 'ms', date: EXPORTED });
  paper = pdfText(bytes, 'layout');
  paperRaw = pdfText(bytes, 'raw');
}, 60_000);

describe('the worked example’s Kertas Cadangan, as a JDN reviewer reads it', () => {
  it('gives its employers (G2B) a subcategory of Jadual 2-1’s G2B row for employers of any industry, not “Usahawan” (001 §2.2.2 l.354)', () => {
    expect(guideLine(354)).toMatch(/^G2B\tEkonomi\t.*12 bidang industri merujuk kepada <i>Malaysia Standard Industrial Classification<\/i> \(MSIC\).*Usahawan/);
    const groups = squash(between(paperRaw, 'Kumpulan sasar\nBil.', 'Medium perkhidmatan'));
    const employers = groups.slice(groups.indexOf('2Majikan'), groups.indexOf('3AgensiPersekutuan'));
    expect(employers).toContain(squash('G2B — Kerajaan kepada Perniagaan Warganegara 12 bidang industri merujuk kepada Malaysia Standard Industrial Classification (MSIC)'));
    expect(employers).not.toContain('Usahawan');
  });

  it('describes its G2E group as civil servants receiving the service, not as the agency’s officers providing it (001 §2.2.2 l.356; §3.2.1 b)', () => {
    expect(guideLine(356)).toMatch(/^G2E\t\tPenjawat Awam\t.*Penjawat Awam Masih Berkhidmat/);
    const g2e = squash(between(paperRaw, 'Penjawat Awam G2E', 'Halaman'));
    // the recipient's pain point and benefit: applying for a vacancy, and following it to the offer letter
    expect(g2e).toContain(squash('Penjawat awam yang memohon kekosongan perlu hadir ke kaunter'));
    expect(g2e).toContain(squash('Memohon kekosongan dalam talian dengan MyDigital ID'));
    // the processing officers' own work (penyedia perkhidmatan) is no G2E pain point
    expect(squash(paperRaw)).not.toContain(squash('Penilaian dan kelulusan permohonan direkod dalam beberapa sistem'));
  });

  it('claims for the service the E2E level the model gives it: Separa E2E, with a counter channel (001 §6.4.4 l.982, §6.4.5 l.988)', () => {
    expect(guideLine(982)).toContain('tanpa perlu berurusan secara bersemuka');
    expect(guideLine(988)).toContain('Perkhidmatan Separa E2E');
    const service = example().elements.get('sv_main');
    expect(service?.kind === 'service' && service.e2eCategory).toBe('separaE2e');
    const level = BUILTIN_CATALOGUE.e2eCategories.find((c) => c.id === 'separaE2e')!.name.ms.replace(/^Perkhidmatan /, '');
    const objectives = squash(between(paper, 'Objektif dan Petunjuk Prestasi (KPI)', 'Halaman'));
    // every mention of E2E in the objectives is the service's level, never a plain "(E2E)" claim
    expect(objectives).toContain(squash(`(${level}`));
    expect(objectives).not.toMatch(/sepenuhnya\(E2E\)|\(E2E\)/);
  });

  it('categorises the single agency’s application Aplikasi Utama Spesifik Agensi (001 §2.5.2 l.465, §2.5.3 l.466)', () => {
    expect(guideLine(465)).toContain('ditawarkan oleh lebih daripada satu agensi');
    expect(guideLine(466)).toContain('ditawarkan oleh satu agensi sahaja');
    const doc = example();
    // one agency offers the service: the project's owner, whose application it is
    expect(doc.elements.get('app_spp')).toMatchObject({ agency: doc.meta.pemilikProjek });
    const flat = squash(paper);
    expect(flat).toContain(squash('Sistem Pengambilan Pekerja (Aplikasi Utama Spesifik Agensi)'));
    expect(flat).not.toContain(squash('Aplikasi Utama Kerajaan'));
  });

  it('is dated as its proposal states, after the approvals it reports and before its schedule begins (001 Jadual 4-1 langkah 1 l.729, 2 l.734)', async () => {
    const cover = /^TARIKH\s+(.+)$/m.exec(paper)?.[1] ?? '';
    expect(cover.trim()).toBe('15 Mei 2026');
    // the dates the paper reports as past: the sharing approvals and the JDN consultation
    const approvals = between(paper, 'Kelulusan perkongsian data\n', '6.7 ');
    const reported = [...approvals.matchAll(/\b(\d{1,2} (?:Januari|Februari|Mac|April|Mei|Jun|Julai|Ogos|September|Oktober|November|Disember) \d{4})\b/g)].map((m) => printedDate(m[1]));
    expect(reported.length).toBeGreaterThan(0);
    for (const d of reported) expect(d).toBeLessThanOrEqual(printedDate(cover));
    // the schedule's first phase (the Pasukan Digital Sektor's approval) begins after the paper
    const firstPhase = /Fasa Permulaan\s+.+?\s{2,}(\d{1,2} \S+ \d{4})\s{2,}/.exec(paper)?.[1] ?? '';
    expect(printedDate(firstPhase)).toBeGreaterThan(printedDate(cover));
    // a proposal without a date of its own is dated the day it is exported
    const undated = example();
    delete undated.meta.paperDate;
    expect(/^TARIKH\s+(.+)$/m.exec(await paperText(undated))?.[1].trim()).toBe('6 Disember 2026');
  }, 60_000);

  it('phases each operating cost in the years it is spent, from go-live, none charging two years to one (001 §4.3.5 l.708; Jadual 4-1 langkah 12 d l.766)', () => {
    expect(guideLine(708)).toContain('Katalog Anggaran Harga');
    expect(guideLine(766)).toContain('Anggaran Kos');
    const costs = between(paper, '11. Anggaran Kos\n', '12. Pengesahan');
    expect(costs).not.toMatch(/\(\d+\s+tahun\)/);
    const byYear = new Map([...between(costs, 'Mengikut tahun', '\n\n').matchAll(/(\d{4}): (RM[\d,.]+)/g)].map((m) => [m[1], m[2]]));
    // go-live is 1 Julai 2028 (Fasa Penamatan Projek): two years of operation reach into 2030
    expect([...byYear.keys()]).toEqual(['2027', '2028', '2029', '2030']);
    expect(byYear.get('2029')).toBe('RM675,000.00');
    expect(squash(costs)).toContain(squash('Jumlah keseluruhan RM5,000,000.00'));
  });

  it('lists each direction of a two-way flow as a sharing its supplier approves, with the data it carries (003 §2.4.2 iv; 000 para 12 a)', async () => {
    expect(seedText('003').replace(/\s+/g, ' ')).toContain('Mana-mana permohonan data yang telah diluluskan akan dikeluarkan surat atau minit');
    const rows = (text: string) =>
      between(text, 'Kelulusan perkongsian data\n', '6.7 ')
        // a row begins with its number and the supplier, every one a "Sistem …" in the example
        .split(/\n(?=\d+ Sistem\b)/)
        .slice(1)
        .map(squash);
    // Sistem Pengambilan Pekerja – Sistem A goes both ways: PQRST's Maklumat Calon, Agensi A's screening result
    const [toA, fromA, ...others] = rows(paperRaw);
    expect(toA.startsWith(`1${squash('Sistem Pengambilan Pekerja (Agensi PQRST)')}`), toA).toBe(true);
    expect(toA).toContain(squash('Maklumat Calon'));
    expect(fromA).toContain(squash('Sistem A (Agensi A)'));
    expect(fromA).toContain(squash('Keputusan Tapisan Calon'));
    expect(others).toHaveLength(3);
    // a direction without a recorded approval is listed as such, not left out
    const doc = example();
    const flow = doc.relations.get('fl_a');
    if (flow?.kind !== 'dataFlow' || !flow.reverse) throw new Error('fl_a');
    doc.relations = doc.relations.set('fl_a', { ...flow, sharingApproval: undefined });
    const [unrecorded, approved] = rows(await paperText(doc, 'raw'));
    expect(unrecorded).toContain(squash('Tiada rekod kelulusan'));
    expect(approved).toContain(squash('Keputusan Tapisan Calon'));
    expect(approved).toContain(squash('Diluluskan'));
  }, 60_000);

  it('reads a two-way flow saved before each direction had its approval as it was written: its one approval is the other agency’s, for the data that agency supplies (003 §2.4.2 iv)', async () => {
    const doc = example();
    const flow = doc.relations.get('fl_a');
    if (flow?.kind !== 'dataFlow' || !flow.reverse) throw new Error('fl_a');
    // as files before session 17 held it: Agensi A's NoU in the flow's own field, none in `reverse`
    doc.relations = doc.relations.set('fl_a', { ...flow, reverse: { ...flow.reverse, sharingApproval: undefined } });
    const rows = between(await paperText(doc, 'raw'), 'Kelulusan perkongsian data\n', '6.7 ').split(/\n(?=\d+ Sistem\b)/).slice(1).map(squash);
    const [own, fromA] = rows;
    expect(own).toContain(squash('Tiada rekod kelulusan'));
    expect(fromA).toContain(squash('Sistem A (Agensi A)'));
    expect(fromA).toContain(squash('Diluluskan'));
    const vi = checklistEvidence(doc, 'ms', builtinCatalogueIndex()).vi;
    expect(vi.gaps.join(' ')).not.toContain('Sistem A');
  }, 60_000);
});
