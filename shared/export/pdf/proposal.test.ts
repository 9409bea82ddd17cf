import { beforeAll, describe, expect, it } from 'vitest';
import { makeLargeDocument } from '../../../test/helpers/factories';
import { pdfInfo, pdfText, pdfWords, squash, type WordBox } from '../../../test/fixtures/export/poppler';
import { label } from '../../i18n';
import { BANDS } from '../../model/vocabulary';
import type { Relation } from '../../model';
import type { CheckReport, RuleInfo } from '../../rules/types';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { listRules } from '../../rules';
import { buildProposalPdf, ExportCancelledError } from './proposal';

const DATE = new Date('2026-03-15T08:00:00Z');
const sample = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

/** Pairs of words whose boxes overlap by more than a hair (text drawn over text). */
function overlappingWords(words: WordBox[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i];
      const b = words[j];
      const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (dx > 0.5 && dy > 0.5) out.push(`"${a.text}" × "${b.text}"`);
    }
  return out;
}

describe('buildProposalPdf', () => {
  let bytes: Uint8Array;
  let raw: string;
  let layout: string;

  beforeAll(async () => {
    bytes = await buildProposalPdf(sample(), { lang: 'ms', date: DATE });
    raw = pdfText(bytes, 'raw');
    layout = pdfText(bytes, 'layout');
  });

  it('produces a PDF whose properties name the project, agency and Lakar', () => {
    const info = pdfInfo(bytes);
    expect(info.fields.Title).toBe('KERTAS CADANGAN: Perkhidmatan Pengurusan Pengambilan Pekerja');
    expect(info.fields.Author).toBe('Unit Perancangan Strategik ICT, Agensi PQRST');
    expect(info.fields.Subject).toContain('Landscape Map View');
    expect(info.fields.Creator).toBe('Lakar');
  });

  it('numbers every page "Halaman x daripada y"', () => {
    const { pages } = pdfInfo(bytes);
    expect(pages).toBeGreaterThan(8);
    for (let p = 1; p <= pages; p++) expect(layout).toContain(`Halaman ${p} daripada ${pages}`);
  });

  it('has the cover facts, project information and expected outcomes', () => {
    for (const text of ['KERTAS CADANGAN', 'Perkhidmatan Pengurusan Pengambilan Pekerja', 'Agensi PQRST', 'Sosial 2 (Bakat)', 'Perkhidmatan Digital Bersepadu Keseluruhan Kerajaan (WoG)', '15 Mac 2026']) {
      expect(raw).toContain(text);
    }
    for (const text of ['Pemilik Projek (Cadangan)', 'Peneraju Projek (Cadangan)', 'Pelaksana Projek (Cadangan)', 'Pelaksana Perolehan (Cadangan)', 'RM5,000,000.00', 'Pengoptimuman kos', 'Pengoptimuman sumber', 'Pulangan nilai terbaik']) {
      expect(raw).toContain(text);
    }
  });

  it('lists every section in a table of contents with the page it starts on', () => {
    const toc = pdfText(bytes, 'layout', { first: 2, last: 2 });
    for (const heading of ['Kandungan', 'Maklumat Projek', 'Lakaran Landscape Map View (LMV)', 'Elemen Reka Bentuk Perkhidmatan (Jadual 3-1)', 'Senarai Semak WoG', 'Registri dan Repositori Digunakan', 'Anggaran Kos', 'Pengesahan', 'Rujukan', 'Lampiran 1: Laporan Semakan WoG']) {
      expect(toc).toContain(heading);
    }
    const lmvLine = toc.split('\n').find((l) => l.includes('Lakaran Landscape Map View'))!;
    const lmvPage = Number(/(\d+)\s*$/.exec(lmvLine)![1]);
    expect(pdfInfo(bytes).pageSizes[lmvPage - 1]).toEqual({ paper: 'A3', landscape: true });
  });

  it('draws the LMV as selectable text on an A3 landscape page with the seven labelled bands', () => {
    const info = pdfInfo(bytes);
    const page = info.pageSizes.findIndex((p) => p.paper === 'A3') + 1;
    expect(page).toBeGreaterThan(0);
    const text = pdfText(bytes, 'raw', { first: page, last: page });
    for (const band of BANDS) expect(squash(text)).toContain(squash(label('ms', 'band', band)));
    for (const layer of ['Business Architecture', 'Application Architecture', 'Data Architecture', 'Technology Architecture']) expect(text).toContain(layer);
    for (const name of ['Pencari Kerja', 'Portal MyGovernment', 'Pendaftaran', 'MyDigital ID', 'Sistem XY', 'PDSA JDN', 'HSM']) expect(text).toContain(name);
    // Flow labels name the integration method.
    for (const method of ['SFTP', 'API', 'MyGDX', 'Web Service', 'Web Map Service']) expect(text).toContain(method);
  });

  it("prints each site's hardware with its quantity in full on the LMV, wrapped rather than cut (001 §3.3.4 g)", () => {
    const page = pdfInfo(bytes).pageSizes.findIndex((p) => p.paper === 'A3') + 1;
    const text = squash(pdfText(bytes, 'raw', { first: page, last: page }));
    const sites = [...sample().elements.values()].filter((e) => e.kind === 'site');
    for (const site of sites) for (const h of site.kind === 'site' ? (site.hardware ?? []) : []) expect(text, site.name).toContain(squash(`${h.item} × ${h.quantity}`));
    expect(text).toContain(squash('Mesin maya (8 vCPU, 32 GB) × 4'));
  });

  it('draws no LMV text over other text (node names, kinds, band labels, flow labels)', () => {
    const info = pdfInfo(bytes);
    const page = info.pageSizes.findIndex((p) => p.paper === 'A3') + 1;
    expect(overlappingWords(pdfWords(bytes)[page - 1].words)).toEqual([]);
  });

  it('has a section per Jadual 3-1 label and names every element of the model', () => {
    for (let n = 1; n <= 7; n++) expect(raw).toContain(`Label ${n}:`);
    const all = squash(raw);
    for (const e of sample().elements.values()) expect(all, e.name).toContain(squash(e.name));
  });

  it('shows each data flow with its method, direction, classification, category and service ID', () => {
    const all = squash(raw);
    for (const text of ['JPN-SYSB-R-MaklumatIdentiti', 'PQRST-SPP-R-MaklumatCalon', 'AGA-SYSA-R-KeputusanTapisan', 'Duahala', 'Membekalkan', 'Berkala', 'Sulit', 'Terhad']) expect(all).toContain(squash(text));
    expect(all).toContain(squash('11. Kelulusan (Approve/Authorize/Endorse)'));
    expect(raw).toContain('10 Gbps');
  });

  it('answers every checklist item i–ix of Jadual 4-1 A.1.a', () => {
    for (const no of ['i.', 'ii.', 'iii.', 'iv.', 'v.', 'vi.', 'vii.', 'viii.', 'ix.']) expect(raw).toMatch(new RegExp(`(^|\\n)${no.replace('.', '\\.')}\\s`));
    expect(squash(raw)).toContain(squash('MyDigital ID: digunakan'));
    expect(squash(raw)).toContain(squash('ePayment Gateway: tidak berkaitan — tiada proses Pembayaran (Rajah 3-2 #14)'));
    expect(squash(raw)).toContain(squash('MyGDX: digunakan'));
  });

  it('prints the nine matters of Jadual 4-1 A.1.a word for word as 001 words them', () => {
    // Copied from 001 Jadual 4-1, Proses A.1.a (the guide's own wording, typography aside).
    const seed = [
      'i. Perkhidmatan yang hendak didigitalkan (Rujuk Rajah Ekosistem Perkhidmatan Digital Sektor).',
      'ii. Manfaat kepada kumpulan sasar/penerima perkhidmatan.',
      'iii. Penyeragaman dan rekayasa proses sedia ada dengan mengambil kira fungsi perkhidmatan yang sama dari agensi lain bagi mengelakkan skop bertindih atau fungsi aplikasi bertindih. Rujuk Repositori Aplikasi Sektor Awam (https://www.rasa.jdn.gov.my).',
      'iv. Fungsi perkhidmatan yang berkaitan dari agensi yang sama dan/atau agensi lain.',
      'v. Aliran data yang ditawan, diproses, disimpan dan diterbitkan (Rujukan: Polisi Pendigitalan Data Sektor Awam).',
      'vi. Keselamatan data, privasi data dan integrasi data dari sumber data yang sah.',
      'vii. Penyepaduan common data bagi perkhidmatan bawah industri yang sama.',
      'viii. Penggunaan platform DPI (Infrastruktur Digital Awam) iaitu MyDigitalID sebagai Multi Factor Authentication, ePayment Gateway untuk pembayaran Digital dan MyGDX sebagai platform perkongsian data.',
      'ix. Penggunaan perkhidmatan infrastruktur guna sama dan teknologi termaju (AI, Blockchain, Cloud dan lain-lain).',
    ];
    const all = squash(raw);
    for (const item of seed) expect(all, item).toContain(squash(item));
  });

  it('lists the registries and repositories the data comes from by their catalogue names and owners, never their ids', () => {
    const part = squash(raw.slice(raw.indexOf('Registri dan Repositori Digunakan', raw.indexOf('Senarai Semak WoG (Jadual 4-1, Proses A.1.a)', 2000))));
    expect(part).toContain(squash('Registri Penduduk Jabatan Pendaftaran Negara (JPN) Keselamatan Maklumat Identiti Individu'));
    expect(part).toContain(squash('Sistem B – Sistem Pengambilan Pekerja (MyGDX)'));
    expect(squash(raw)).not.toContain('reg.keselamatan.penduduk');
    expect(squash(raw)).not.toContain('repo.infrastruktur.spatial');
  });

  it('checks the model and attaches the report, with the rules checked, as the appendix', () => {
    expect(raw).toMatch(/Ralat: \d+ · Amaran: \d+ · Nasihat: \d+/);
    expect(raw).toContain('Peraturan yang disemak');
    expect(raw).toContain('Tiada peraturan dikecualikan.');
    // every rule checked is listed by its title and source in the appendix, whether or not it found anything
    const appendix = squash(raw.slice(raw.lastIndexOf('Lampiran 1: Laporan Semakan WoG')));
    for (const rule of listRules()) expect(appendix, rule.id).toContain(squash(rule.title.ms));
  });
});

describe('buildProposalPdf without the checker', () => {
  it('says the check was not run', async () => {
    const raw = pdfText(await buildProposalPdf(sample(), { lang: 'ms', date: DATE, check: false }));
    expect(raw).toContain('Semakan WoG tidak dijalankan bagi kertas ini');
    expect(raw).not.toContain('Peraturan yang disemak');
  });

  it('lists the rules excluded for the project by title and source', async () => {
    const doc = sample();
    doc.meta.disabledRules = ['site.hardwareMissing'];
    delete (doc.elements.get('site_onsite') as { hardware?: unknown }).hardware;
    const raw = pdfText(await buildProposalPdf(doc, { lang: 'ms', date: DATE }));
    const off = raw.slice(raw.lastIndexOf('Peraturan yang dikecualikan'));
    expect(squash(off.slice(0, 300))).toContain(squash('Lokasi menyenaraikan perkakasan dan bilangan Panduan WoG §3.3.4 g'));
    expect(squash(raw.slice(raw.lastIndexOf('Lampiran 1')))).not.toContain(squash('tidak menyenaraikan perkakasan'));
  });
});

describe('buildProposalPdf with a given checker report', () => {
  const rules: RuleInfo[] = [
    { id: 'dpi.epayment', severity: 'warning', title: { ms: 'Gunakan ePayment Gateway', en: 'Use ePayment Gateway' }, source: '001 Jadual 4-1 A.1.a viii', fixHint: { ms: '', en: '' } },
    { id: 'data.registry', severity: 'advice', title: { ms: 'Rujuk registri', en: 'Refer to a registry' }, source: '001 §2.6.2', fixHint: { ms: '', en: '' } },
  ];
  const report: CheckReport = {
    problems: [{ ruleId: 'dpi.epayment', severity: 'warning', message: { ms: 'Pembayaran tidak melalui ePayment Gateway.', en: 'Payment does not use the ePayment Gateway.' }, elementIds: ['app_spp'], relationIds: [] }],
    disabledRules: ['data.registry'],
    counts: { error: 0, warning: 1, advice: 0 },
  };

  it('attaches findings to their checklist item and lists them, and the rules switched off, in the appendix', async () => {
    const bytes = await buildProposalPdf(sample(), { lang: 'en', date: DATE, report, rules });
    const raw = pdfText(bytes, 'raw');
    const layout = pdfText(bytes, 'layout');
    expect(raw).toContain('Appendix 1: WoG Check Report (Semakan WoG)');
    expect(raw).toContain('Errors: 0 · Warnings: 1 · Advice: 0');
    expect(squash(raw)).toContain(squash('Payment does not use the ePayment Gateway.'));
    expect(raw).toContain('Excluded rules');
    expect(squash(raw)).toContain(squash('Refer to a registry WoG Guide §2.6.2'));
    // The finding sits under item viii, which therefore needs the agency again.
    const viii = raw.slice(raw.lastIndexOf('viii.'));
    expect(viii.slice(0, 1500)).toContain('Agency answer needed');
    expect(squash(viii.slice(0, 1500))).toContain(squash('Warning: Payment does not use the ePayment Gateway. (WoG Guide Jadual 4-1 A.1.a viii)'));
    const { pages } = pdfInfo(bytes);
    expect(layout).toContain(`Page 1 of ${pages}`);
  });
});

describe('buildProposalPdf with long text', () => {
  it('wraps long names, objectives and ids inside the page margins', async () => {
    const doc = sample();
    doc.meta.objectives = 'Objektif yang sangat panjang untuk menguji pembalutan teks. '.repeat(120);
    const long = 'Sistem Pengurusan Maklumat Bersepadu Kementerian Sumber Manusia Untuk Pengambilan, Pemilihan dan Penempatan Pekerja Secara Dalam Talian Dari Awal Hingga Akhir';
    doc.elements = doc.elements.set('app_spp', { ...doc.elements.get('app_spp')!, name: long });
    doc.relations = doc.relations.set('fl_b', { ...doc.relations.get('fl_b')!, serviceId: 'JPN-SISTEMPENDAFTARANPENDUDUKNASIONALBERSEPADU-R-MaklumatIdentitiIndividuLengkapDenganAlamat' } as Relation);
    const bytes = await buildProposalPdf(doc, { lang: 'ms', date: DATE });
    const margin = 20 * (72 / 25.4);
    for (const [i, page] of pdfWords(bytes).entries()) {
      for (const w of page.words) {
        expect(w.xMax, `page ${i + 1}: "${w.text}"`).toBeLessThanOrEqual(page.width - margin + 1);
        expect(w.xMin, `page ${i + 1}: "${w.text}"`).toBeGreaterThanOrEqual(0);
      }
    }
    expect(squash(pdfText(bytes))).toContain(squash(long));
  });
});

describe('buildProposalPdf with several flows between the same systems', () => {
  it('keeps every flow label on the LMV page readable, none drawn over another', async () => {
    const doc = sample();
    const base = doc.relations.get('fl_xy');
    let n = 0;
    for (const sys of doc.elements.values().filter((e) => e.kind === 'externalSystem'))
      for (const method of ['api', 'sftp'] as const) {
        const id = `fl_extra${n++}`;
        doc.relations = doc.relations.set(id, { ...base!, id, target: sys.id, method } as Relation);
      }
    const bytes = await buildProposalPdf(doc, { lang: 'ms', date: DATE, check: false });
    const page = pdfInfo(bytes).pageSizes.findIndex((p) => p.paper === 'A3');
    const words = pdfWords(bytes)[page].words;
    expect(words.filter((w) => w.text === 'SFTP').length).toBeGreaterThanOrEqual(7);
    expect(overlappingWords(words)).toEqual([]);
  });
});

describe('buildProposalPdf on a large model', () => {
  it('tiles a 500-element LMV over readable A3 pages and still names every element', async () => {
    const doc = makeLargeDocument(500);
    const bytes = await buildProposalPdf(doc, { lang: 'ms', date: DATE });
    const info = pdfInfo(bytes);
    const a3 = info.pageSizes.filter((p) => p.paper === 'A3');
    expect(a3.length).toBeGreaterThan(2);
    const text = pdfText(bytes, 'raw').replace(/\s+/g, ' ');
    for (const e of doc.elements.values()) expect(text, e.name).toMatch(new RegExp(`\\b${e.name}\\b`));
    // Long tables break across pages and repeat their header row.
    expect(text.match(/Bil\. Sumber Sasaran Kaedah/g)!.length).toBeGreaterThan(1);
    expect(text).toContain(`Halaman ${info.pages} daripada ${info.pages}`);
    // Every readable tile (the A3 pages after the overview) keeps its text apart.
    const words = pdfWords(bytes);
    const tiles = info.pageSizes.flatMap((p, i) => (p.paper === 'A3' ? [i] : [])).slice(1);
    for (const i of tiles) expect(overlappingWords(words[i].words), `page ${i + 1}`).toEqual([]);
  });
});

describe('buildProposalPdf cancellation', () => {
  it('rejects with ExportCancelledError and stops reporting progress once cancelled', async () => {
    const signal = { aborted: false };
    const stages: string[] = [];
    const result = buildProposalPdf(makeLargeDocument(200), {
      lang: 'ms',
      signal,
      onProgress: (p) => {
        stages.push(p.stage);
        if (p.stage === 'lmv') signal.aborted = true;
      },
    });
    await expect(result).rejects.toBeInstanceOf(ExportCancelledError);
    expect(stages).not.toContain('done');
    expect(stages).not.toContain('sections');
  });

  it('reports progress from 0 to 1 when not cancelled', async () => {
    const fractions: number[] = [];
    await buildProposalPdf(sample(), { lang: 'ms', onProgress: (p) => fractions.push(p.fraction) });
    expect(fractions[0]).toBe(0);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});
