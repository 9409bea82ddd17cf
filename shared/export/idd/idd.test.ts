/**
 * The IDDs read back as a reader gets them (pdftotext, Markdown) and compared with the template of
 * 003 Lampiran A in the seed: one document per supplying agency, named and signed by it, one
 * service per direction of a two-way flow, every heading and fixed text of the template, the error
 * tables of Lampiran 1 §3.1.2–3.1.4, and only the blocks of the service's own integration style.
 */
import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText, squash } from '../../../test/fixtures/export/poppler';
import { seedFlat } from '../../../test/fixtures/seeds/seed';
import { twoSupplierTwoWayModel, withoutIddFields } from '../../../test/helpers/idd-models';
import type { DataFlow, ExternalSystem } from '../../model/schema';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildIddJson, buildIddMarkdownFiles, buildIddPdfs, ERROR_TABLES, TEMPLATE_CORRECTIONS } from './index';

const DATE = new Date('2026-03-15T08:00:00Z');

/** The template (003 Lampiran A) as the seed prints it, with the slips Lakar corrects put right. */
function template(): string {
  let text = seedFlat('003');
  text = text.slice(text.indexOf('KETERANGAN DOKUMEN'), text.indexOf('No Rujukan Fail'));
  for (const [wrong, right] of TEMPLATE_CORRECTIONS) text = text.split(wrong).join(right);
  return text;
}

/** Headings of the template that every IDD carries, checked against the seed before they are looked for. */
const HEADINGS = [
  'KETERANGAN DOKUMEN',
  'NAMA AGENSI',
  'NAMA AGENSI INDUK',
  'TARIKH DOKUMEN',
  'VERSI DOKUMEN',
  'SEMAKAN DOKUMEN',
  'PENGESAHAN DOKUMEN OLEH MYGDX',
  'KAWALAN DOKUMEN',
  'SENARAI AKRONIM',
  'SENARAI TERMA/ISTILAH',
  'SUMBER RUJUKAN',
  '1 PENGENALAN MENGENAI DOKUMEN',
  '1.1 Objektif',
  '1.2 Skop',
  '1.3 Organisasi Dokumen',
  'Jadual 1 Organisasi Dokumen',
  '2 KETERANGAN INTERFACE',
  '2.1.1 Keterangan Interface',
  '2.1.2 Senarai Agensi Pengguna',
  '2.1.3 Format dan Standard API MyGDX',
  '2.1.4 Data Format (Request)',
  '2.1.5 Data Format (Response)',
  '2.1.6 Error Handling',
  '3 LAMPIRAN',
  '3.1 LAMPIRAN 1: Error Handling',
  '3.1.1 Format atau Struktur Kod Ralat dan Mesej Ralat',
  'Rajah 1: Pertukaran Mesej UXP',
  '3.1.1.1 Format atau Struktur Kod Ralat dan Mesej Ralat (SOAP)',
  '3.1.1.2 Format atau Struktur Kod Ralat dan Mesej Ralat (REST)',
  '3.1.2 Ralat Daripada Sistem Agensi Pengguna',
  '3.1.3 Ralat Daripada Security Server Agensi Pengguna',
  '3.1.4 Ralat Daripada Security Server Agensi Pembekal',
];

/** Fixed sentences of the template, checked against the seed the same way. */
const SENTENCES = [
  'Dokumen ini menentukan keperluan pelaksanaan proses migrasi dan pembangunan API. Melalui dokumen ini, migrasi dan pembangunan API boleh mendapatkan maklumat terperinci berkenaan matlamat dan memahami keperluan pelaksanaan proses migrasi yang akan dibangunkan.',
  'Dokumen ini merupakan salah satu keperluan utama dalam mendapatkan maklumat terperinci berkaitan pelaksanaan aktiviti pembangunan dan migrasi API bagi projek Peningkatan National Registries – Malaysian Government Central Data Exchange (MyGDX).',
  'Objektif dokumen Interface Description Document (IDD) ini adalah untuk menerangkan struktur dan format data yang terlibat dalam migrasi dan pembangunan API bagi agensi pembekal dalam projek Malaysian Government Central Data Exchange (MyGDX).',
  'Dokumen IDD perlu dipersetujui oleh agensi pembekal bagi memastikan semua struktur dan format data yang diperlukan adalah menepati keperluan migrasi dan pembangunan API.',
  'Keperluan pembangunan dan migrasi API yang dihuraikan dalam dokumen ini adalah mengenai keterangan interface API dan juga data format request dan response bagi setiap API yang akan terlibat dalam pembangunan dan migrasi API ini.',
  'Dokumen ini telah disediakan mengikut susunan seperti yang diterangkan dalam Jadual 1 di bawah.',
  'Bagi maklumat error handling boleh rujuk pada Lampiran 1.',
  'Semasa pertukaran mesej di antara Security Server Agensi Pengguna dan Security Server Agensi Pembekal, ralat boleh berlaku dan mesej ralat ini akan disimpan di dalam log di Security Server.',
  'Ralat yang dijana oleh Security Server mempunyai struktur dan informasi yang konsisten. Struktur mesej ralat adalah berbeza mengikut kepada kaedah servis yang digunakan sama ada REST atau SOAP.',
];

/** Template text about one style only: it must appear in documents using that style and nowhere else. */
const SOAP_ONLY = ['Standard Header Format untuk SOAP', 'Contoh Header Mesej (SOAP)', 'Contoh Response Mesej (SOAP)', '<soapenv:Header>', 'SOAP-ENV:Envelope', 'Bagi kaedah SOAP berikut merupakan struktur dan format ralat'];
const REST_ONLY = ['Standard Header Format untuk UXP REST-API', 'Contoh Header Mesej (REST)', 'Bagi kaedah REST berikut merupakan struktur dan format ralat', 'Uxp-FaultCode: Server.ClientProxy.SslAuthenticationFailed'];

/** Text of the Markdown as read: markup and escapes removed. */
const plainMd = (md: string) => md.replace(/<br>/g, ' ').replace(/[#*`|>]/g, '').replace(/(^|\s)_|_(\s|$)/gm, '$1$2').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/<br>/g, ' ');

/** Numbered template headings compare without the dot the PDF prints after a chapter number ("1. PENGENALAN"). */
const headingsOf = (text: string) => squash(text).replace(/(\d)\.(?=[A-Z])/g, '$1');

describe('the IDD template of 003 Lampiran A', () => {
  it('quotes the seed: every heading and fixed sentence the IDD prints is the template’s', () => {
    const t = squash(template());
    for (const h of HEADINGS) expect(t, h).toContain(squash(h));
    for (const s of [...SENTENCES, ...SOAP_ONLY.slice(0, 3), ...REST_ONLY]) expect(t, s).toContain(squash(s));
  });

  it('holds the error tables of Lampiran 1 §3.1.2–3.1.4 row for row as the seed prints them', () => {
    // the seed's page furniture and two cells a page break interleaved are undone before comparing
    let seed = squash(template());
    // corrections again on the squashed text: the extraction broke some slips over lines ("[UXP-" / "PRMESS]")
    for (const [wrong, right] of TEMPLATE_CORRECTIONS) seed = seed.split(squash(wrong)).join(squash(right));
    seed = seed
      .split(squash('Mesej Ralat Penyelesaian Pentadbir Perkhidmatan Penyelesaian Pentadbir Security Server')).join('')
      .split(squash('INTERFACE DESCRIPTION DOCUMENT (IDD) PROJEK PENINGKATAN NATIONAL REGISTRIES (MyGDX) 16 Projek Peningkatan National Registries (MyGDX 2.0)')).join('')
      .replace(squash('1. Security Server pelanggan perkhidmatan tidak pelanggan perkhidmatan'), squash('pelanggan perkhidmatan 1. Security Server pelanggan perkhidmatan tidak'))
      .replace(squash('EX AMPLE_ORGANIZATION/EX Security Server pembekal perkhidmatan mesti memberikan hak akses kepada perkhidmatan dan kepada subsistem pelanggan perkhidmatan. Lihat Hak Akses Bahagian AMPLE_DEPARTMENT/EXAM PLE_SERVICE'), squash('EXAMPLE_ORGANIZATION/EXAMPLE_DEPARTMENT/EXAMPLE_SERVICE Security Server pembekal perkhidmatan mesti memberikan hak akses kepada perkhidmatan dan kepada subsistem pelanggan perkhidmatan. Lihat Hak Akses Bahagian'));
    let at = 0;
    for (const table of ERROR_TABLES) {
      at = seed.indexOf(squash(`${table.section} ${table.title.ms}`), at);
      expect(at, table.section).toBeGreaterThan(-1);
      for (const row of table.rows) {
        const cells = [row.message, row.both, row.service, row.server].filter((c): c is string => !!c);
        const rowText = squash(cells.join(''));
        const found = seed.indexOf(rowText, at);
        expect(found, `${table.section}: ${row.message}`).toBeGreaterThan(-1);
        at = found + rowText.length;
      }
    }
    expect(ERROR_TABLES.map((t) => t.rows.length)).toEqual([17, 13, 13]);
  });
});

describe('buildIddPdfs', () => {
  it('makes one PDF per supplying agency, each naming that agency in NAMA AGENSI and in its sign-off', async () => {
    const files = await buildIddPdfs(twoSupplierTwoWayModel(), { lang: 'ms', date: DATE });
    expect(files.map((f) => f.name)).toEqual(['idd-majlis-bandaraya-seremban.pdf', 'idd-suruhanjaya-syarikat-malaysia.pdf']);
    const [mbs, ssm] = files.map((f) => pdfText(f.bytes));
    expect(squash(mbs)).toContain(squash('NAMA AGENSI : Majlis Bandaraya Seremban'));
    expect(squash(mbs)).toContain(squash('NAMA AGENSI INDUK : Kerajaan Negeri Sembilan'));
    expect(mbs).toContain('PENGESAHAN DOKUMEN OLEH MAJLIS BANDARAYA SEREMBAN');
    expect(squash(ssm)).toContain(squash('NAMA AGENSI : Suruhanjaya Syarikat Malaysia'));
    expect(squash(ssm)).toContain(squash('NAMA AGENSI INDUK : Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup'));
    expect(ssm).toContain('PENGESAHAN DOKUMEN OLEH SURUHANJAYA SYARIKAT MALAYSIA');
    expect(ssm).not.toContain('PENGESAHAN DOKUMEN OLEH MAJLIS');
    expect(pdfInfo(files[1].bytes).fields.Title).toBe('INTERFACE DESCRIPTION DOCUMENT (IDD): Pelesenan Perniagaan Bersepadu — Suruhanjaya Syarikat Malaysia');
  });

  it('gives each direction of the two-way flow its own service, in its supplier’s document', async () => {
    const [mbs, ssm] = (await buildIddPdfs(twoSupplierTwoWayModel(), { lang: 'ms', date: DATE })).map((f) => pdfText(f.bytes));
    expect(mbs).toContain('2.1 MaklumatLesen');
    expect(mbs).toContain('MBS-LESEN-R-MaklumatLesen');
    expect(mbs).not.toContain('SSM-MYDATA-R-MaklumatSyarikat');
    expect(ssm).toContain('2.1 MaklumatSyarikat');
    expect(ssm).toContain('Servis arah balik bagi aliran dua hala');
    expect(ssm).toContain('2.2 MaklumatPengarah');
    expect(squash(ssm)).toContain(squash('MYGDX/GOV/SSM/MYDATA/SSM-MYDATA-R-MaklumatSyarikat/v1'));
    // the reverse service's consumer is the flow's source: MBS
    expect(squash(ssm)).toContain(squash('"UXP-client": "MYGDX/GOV/MBS/LESEN"'));
  });

  it('carries every heading and fixed sentence of the template, word for word (a document with both styles)', async () => {
    const [, ssm] = await buildIddPdfs(twoSupplierTwoWayModel(), { lang: 'ms', date: DATE });
    const raw = pdfText(ssm.bytes);
    const headings = headingsOf(raw);
    for (const h of HEADINGS) expect(headings, h).toContain(squash(h));
    for (const s of SENTENCES) expect(squash(raw), s).toContain(squash(s));
    for (const s of [...SOAP_ONLY, ...REST_ONLY]) expect(raw, s).toContain(s);
    for (const [wrong] of TEMPLATE_CORRECTIONS) expect(raw, wrong).not.toContain(wrong);
    expect(raw).toContain('Parameter Name');
  });

  it('prints no SOAP block in a REST-only document, and says the SOAP error format does not apply', async () => {
    const [mbs] = await buildIddPdfs(twoSupplierTwoWayModel(), { lang: 'ms', date: DATE });
    const raw = pdfText(mbs.bytes);
    for (const s of SOAP_ONLY) expect(raw, s).not.toContain(s);
    for (const s of REST_ONLY) expect(raw, s).toContain(s);
    expect(raw).toContain('2.1.5.1 Contoh Response Mesej (REST)');
    // the template's number for the REST header example (003 Lampiran A §2.1.3.2), without a §2.1.3.1 before it
    expect(raw).toContain('2.1.3.2 Contoh Header Mesej (REST)');
    expect(raw).not.toMatch(/2\.1\.3\.1 /);
    expect(squash(raw)).toContain(squash('"noLesen": "Contoh no lesen"'));
    expect(headingsOf(raw)).toContain(squash('3.1.1.1 Format atau Struktur Kod Ralat dan Mesej Ralat (SOAP)'));
    expect(raw).toContain('Tidak berkenaan: tiada servis dalam dokumen ini menggunakan kaedah SOAP.');
  });

  it('prints the Data Format tables with the template’s columns only (003 Lampiran A §2.1.4–2.1.5: Bil, Nama Medan, Keterangan, Jenis Data, Header/Body), the length with the type and “wajib” in Keterangan', async () => {
    // the template's own heading row, read from the seed
    const seedHead = /2\.1\.4 Data Format \(Request\) (Bil Nama Medan Keterangan Jenis Data Header\/ Body)/.exec(seedFlat('003'))![1];
    expect(squash(seedHead)).toBe(squash('Bil Nama Medan Keterangan Jenis Data Header/Body'));
    const [mbs, ssm] = await buildIddPdfs(twoSupplierTwoWayModel(), { lang: 'ms', date: DATE });
    const raw = pdfText(mbs.bytes);
    const request = squash(raw.slice(raw.indexOf('2.1.4 Data Format (Request)'), raw.indexOf('2.1.5 Data Format (Response)')));
    const response = squash(raw.slice(raw.indexOf('2.1.5 Data Format (Response)'), raw.indexOf('Contoh Response Mesej')));
    for (const table of [request, response]) {
      expect(table).toContain(squash(seedHead));
      // no column the template does not have
      expect(table).not.toContain('Panjang');
      expect(table).not.toMatch(/Wajib(?!\))/);
    }
    expect(request).toContain(squash('1 noPendaftaran Nombor pendaftaran syarikat (wajib) String (12) Body'));
    expect(response).toContain(squash('1 noLesen Nombor lesen (wajib) String (20) Body'));
    // whether tarikhTamat is mandatory is not stated in the model: nothing is said rather than "Tidak"
    expect(response).toContain(squash('2 tarikhTamat Tarikh tamat lesen Date Body'));
    expect(squash(raw)).toContain(squash('Authentication Certificate (Nilai templat'));
    expect(squash(pdfText(ssm.bytes))).toContain(squash('Authentication Certificate (TLS bersama)'));
  });

  it('carries the error tables of Lampiran 1 §3.1.2–3.1.4 and Rajah 1', async () => {
    const [mbs] = await buildIddPdfs(twoSupplierTwoWayModel(), { lang: 'ms', date: DATE });
    const raw = pdfText(mbs.bytes);
    const text = squash(raw);
    expect(raw).toContain('Rajah 1: Pertukaran Mesej UXP');
    expect(raw).toContain('Security Server Agensi Pembekal');
    for (const table of ERROR_TABLES) {
      for (const row of table.rows) {
        // a cell split over a page break is read in two parts: the message and each answer's opening are whole
        expect(text, row.message).toContain(squash(row.message));
        for (const cell of [row.both, row.service, row.server]) if (cell) expect(text, cell.slice(0, 50)).toContain(squash(cell.split('\n')[0].slice(0, 50)));
      }
    }
  });

  it('makes the example’s three documents: the project’s own Maklumat Calon, Sistem A’s screening result and JPN’s identity service', async () => {
    const files = await buildIddPdfs(pengambilanPekerjaExample(), { lang: 'ms', date: DATE });
    expect(files.map((f) => f.name)).toEqual(['idd-agensi-pqrst.pdf', 'idd-agensi-a.pdf', 'idd-jabatan-pendaftaran-negara.pdf']);
    const [pqrst, a, jpn] = files.map((f) => pdfText(f.bytes));
    expect(squash(pqrst)).toContain(squash('Servis ini untuk membekalkan Maklumat Calon daripada Sistem Pengambilan Pekerja (Agensi PQRST) kepada Sistem A (Agensi A).'));
    expect(squash(a)).toContain(squash('Servis ini untuk membekalkan Keputusan Tapisan Calon daripada Sistem A (Agensi A) kepada Sistem Pengambilan Pekerja (Agensi PQRST).'));
    // JPN's service is SOAP only
    expect(jpn).toContain('Standard Header Format untuk SOAP');
    expect(jpn).not.toContain('Standard Header Format untuk UXP REST-API');
    expect(jpn).toContain('Tidak berkenaan: tiada servis dalam dokumen ini menggunakan kaedah REST.');
    expect(jpn).toContain(`Halaman 1 daripada ${pdfInfo(files[2].bytes).pages}`);
  });

  it('prints the example’s services as their suppliers filled them in: URL API, Data Format (Request) and (Response) with fields, no "(belum diisi)" (003 Lampiran A §2.1.1, §2.1.4–2.1.5)', async () => {
    const files = await buildIddPdfs(pengambilanPekerjaExample(), { lang: 'ms', date: DATE });
    const section = (raw: string, from: string, to: string) => squash(raw.slice(raw.indexOf(from), raw.indexOf(to, raw.indexOf(from))));
    for (const f of files) {
      const raw = pdfText(f.bytes);
      expect(raw, f.name).not.toContain('(belum diisi)');
      expect(raw, f.name).not.toContain('Maklumat belum diisi dalam model');
      // each table has rows under the template's heading row
      expect(section(raw, '2.1.4 Data Format (Request)', '2.1.5 Data Format (Response)'), f.name).toMatch(/Header\/Body1\S+/);
      expect(section(raw, '2.1.5 Data Format (Response)', 'Contoh Response Mesej'), f.name).toMatch(/Header\/Body1\S+/);
      // the request fields travel in the Body (§2.1.4), so the Method (§2.1.1 "POST/GET") is POST, not GET
      expect(squash(raw), f.name).toContain(squash('Method POST'));
    }
    const jpn = pdfText(files[2].bytes);
    expect(squash(jpn)).toContain(squash('URL API https://sysb.jpn.gov.my/ws/MaklumatIdentiti'));
    // the registry is asked by MyKad number and answers with the person's record
    expect(section(jpn, '2.1.4 Data Format (Request)', '2.1.5 Data Format (Response)')).toContain(squash('1 noKadPengenalan Nombor MyKad calon, 12 digit tanpa sempang (wajib) String (12) Body'));
    expect(section(jpn, '2.1.5 Data Format (Response)', 'Contoh Response Mesej')).toContain(squash('3 tarikhLahir Tarikh lahir, format yyyy-MM-dd (wajib) Date Body'));
    expect(section(jpn, '2.1.5.1 Contoh Response Mesej (SOAP)', '2.1.6 Error Handling')).toContain(squash('<tarikhLahir>1990-06-15</tarikhLahir>'));
    // the reverse service answers the screening result, its own request keyed by the application
    const a = pdfText(files[1].bytes);
    expect(section(a, '2.1.5 Data Format (Response)', 'Contoh Response Mesej')).toContain(squash('2 keputusanTapisan Keputusan tapisan: LULUS atau GAGAL (wajib) String (5) Body'));
    expect(section(a, '2.1.5.1 Contoh Response Mesej (REST)', '2.1.6 Error Handling')).toContain(squash('"keputusanTapisan": "LULUS"'));
  });

  it('fills NAMA AGENSI INDUK (003 Lampiran A cover, l.1458: "NAMA AGENSI INDUK : xxxxx") from the model, and otherwise says which agency fills it in rather than "(belum diisi)"', async () => {
    expect(seedFlat('003')).toContain('NAMA AGENSI INDUK : xxxxx');
    const files = await buildIddPdfs(pengambilanPekerjaExample(), { lang: 'ms', date: DATE });
    const [pqrst, a, jpn] = files.map((f) => squash(pdfText(f.bytes)));
    // the project's own agency: the project's Agensi Induk
    expect(pqrst).toContain(squash('NAMA AGENSI INDUK : Kementerian Sumber Manusia (KESUMA)'));
    // JPN and Agensi A: the parent ministry stated on the supplier's system, so the example's IDDs are complete
    expect(jpn).toContain(squash('NAMA AGENSI INDUK : Kementerian Dalam Negeri (KDN)'));
    expect(a).toContain(squash('NAMA AGENSI INDUK : Jabatan Perdana Menteri (JPM)'));
    for (const text of [pqrst, a, jpn]) expect(text).not.toContain(squash('untuk diisi oleh'));
    // a supplier whose system states none: the agency that signs the document fills it in
    const unstated = pengambilanPekerjaExample();
    delete (unstated.elements.get('sys_a') as ExternalSystem).parentAgency;
    const md = buildIddMarkdownFiles(unstated, { lang: 'ms', date: DATE }).map((f) => f.text);
    expect(md[1]).toContain('| NAMA AGENSI INDUK | (untuk diisi oleh Agensi A: kementerian induk tidak dinyatakan dalam model) |');
    expect(md[1]).not.toContain('| NAMA AGENSI INDUK | (belum diisi) |');
    // the project's own agency with no Agensi Induk: a blank the project fills in
    const doc = pengambilanPekerjaExample();
    delete doc.meta.agensiInduk;
    expect(buildIddMarkdownFiles(doc, { lang: 'ms', date: DATE })[0].text).toContain('| NAMA AGENSI INDUK | (belum diisi) |');
  });

  it('puts the preparer’s post, not the preparing unit, in SEMAKAN DOKUMEN’s Nama/Jawatan (003 Lampiran A); KAWALAN DOKUMEN’s Penyedia names the unit', () => {
    expect(seedFlat('003')).toContain('SEMAKAN DOKUMEN Aktiviti Nama/Jawatan Tandatangan Tarikh');
    const [pqrst] = buildIddMarkdownFiles(pengambilanPekerjaExample(), { lang: 'ms', date: DATE }).map((f) => f.text);
    expect(pqrst).toContain('| **Disediakan Oleh** | Ketua Unit Perancangan Strategik ICT, Agensi PQRST |  |  |');
    expect(pqrst).toContain('| 1.0 | 15 Mac 2026 | Dijana daripada model Lakar | Unit Perancangan Strategik ICT, Agensi PQRST |');
    // a unit and no post: the cell is left for the preparer
    const [mbs] = buildIddMarkdownFiles(twoSupplierTwoWayModel(), { lang: 'ms', date: DATE }).map((f) => f.text);
    expect(mbs).toContain('| **Disediakan Oleh** |  |  |  |');
  });

  it('shows a SOAP response example built from the response fields, and "(belum diisi)" without them', async () => {
    const doc = withoutIddFields(pengambilanPekerjaExample());
    (doc.relations.get('fl_b') as DataFlow).responseFields = [
      { name: 'nama', description: 'Nama penuh', type: 'String' },
      { name: 'tarikhLahir', description: 'Tarikh lahir', type: 'Date' },
    ];
    const [, , jpn] = await buildIddPdfs(doc, { lang: 'ms', date: DATE });
    const raw = pdfText(jpn.bytes);
    const example = raw.slice(raw.indexOf('2.1.5.1 Contoh Response Mesej (SOAP)'), raw.indexOf('2.1.6 Error Handling'));
    expect(example).toContain('<MaklumatIdentitiResponse>');
    expect(example).toContain('<tarikhLahir>1990-06-15</tarikhLahir>');
    const [pqrst] = await buildIddPdfs(withoutIddFields(pengambilanPekerjaExample()), { lang: 'ms', date: DATE });
    const none = pdfText(pqrst.bytes);
    expect(none.slice(none.indexOf('2.1.5.1 Contoh Response Mesej (REST)'), none.indexOf('2.1.6 Error Handling'))).toContain('(belum diisi)');
  });

  it('says so when the model has no MyGDX flow', async () => {
    const doc = pengambilanPekerjaExample();
    for (const r of doc.relations.values()) if (r.kind === 'dataFlow') r.method = 'api';
    expect(await buildIddPdfs(doc, { lang: 'en', date: DATE })).toEqual([]);
  });
});

describe('buildIddMarkdownFiles', () => {
  it('renders the same documents as the PDF, one per supplier, with the template’s headings, sentences and tables', () => {
    const files = buildIddMarkdownFiles(twoSupplierTwoWayModel(), { lang: 'ms', date: DATE });
    expect(files.map((f) => f.name)).toEqual(['idd-majlis-bandaraya-seremban.md', 'idd-suruhanjaya-syarikat-malaysia.md']);
    const [mbs, ssm] = files.map((f) => f.text);
    const plain = plainMd(ssm);
    for (const h of HEADINGS) expect(squash(plain), h).toContain(squash(h));
    for (const s of SENTENCES) expect(squash(plain), s).toContain(squash(s));
    expect(mbs).toContain('| NAMA AGENSI | Majlis Bandaraya Seremban |');
    expect(mbs).toContain('## PENGESAHAN DOKUMEN OLEH MAJLIS BANDARAYA SEREMBAN');
    expect(ssm).toContain('## PENGESAHAN DOKUMEN OLEH SURUHANJAYA SYARIKAT MALAYSIA');
    // every error table row, every answer, whole
    for (const table of ERROR_TABLES) {
      for (const row of table.rows) for (const cell of [row.message, row.both, row.service, row.server]) if (cell) expect(squash(plain), cell.slice(0, 60)).toContain(squash(cell));
    }
  });

  it('prints the Data Format as a table and no SOAP block in a REST-only document', () => {
    const [mbs] = buildIddMarkdownFiles(twoSupplierTwoWayModel(), { lang: 'ms', date: DATE }).map((f) => f.text);
    // 003 Lampiran A §2.1.4–2.1.5: the template's five columns, in its order and words
    expect(mbs).toContain('| Bil | Nama Medan | Keterangan | Jenis Data | Header/Body |');
    expect(mbs).toContain('| 1. | `noPendaftaran` | Nombor pendaftaran syarikat (wajib) | String (12) | Body |');
    expect(mbs).toContain('| 2. | `tarikhTamat` | Tarikh tamat lesen | Date | Body |');
    for (const s of SOAP_ONLY) expect(mbs, s).not.toContain(s);
    // 003 Lampiran A numbers the REST header example §2.1.3.2: it keeps its number without the SOAP one
    expect(mbs).toContain('#### 2.1.3.2 Contoh Header Mesej (REST)');
    expect(mbs).not.toContain('#### 2.1.3.1');
    expect(mbs).toContain('| `UXP-Service` | InstanceName/MemberClass/MemberName/Subsystem/ServiceName/Version | `MYGDX/GOV/MBS/LESEN/MBS-LESEN-R-MaklumatLesen/v1` |');
    expect(mbs).toContain('| Authentication | Certificate (Nilai templat; tiada kaedah pengesahan lain dinyatakan dalam model.) |');
    expect(mbs).toContain('**Rajah 1: Pertukaran Mesej UXP**');
    // angle brackets outside code are escaped, or Markdown viewers would swallow them as HTML tags
    expect(mbs).toContain('- (1) Uxp-FaultCode akan menunjukkan di mana punca ralat berlaku.');
  });
});

describe('buildIddJson', () => {
  it('gives tools every supplier’s document with its services, headers and missing fields', () => {
    const json = JSON.parse(buildIddJson(withoutIddFields(pengambilanPekerjaExample()), { lang: 'en', date: DATE }));
    expect(json).toMatchObject({ format: 'lakar.idd', version: 2, project: 'Perkhidmatan Pengurusan Pengambilan Pekerja', date: '2026-03-15' });
    expect(json.documents.map((d: { meta: { agency: string } }) => d.meta.agency)).toEqual(['Agensi PQRST', 'Agensi A', 'Jabatan Pendaftaran Negara']);
    const jpn = json.documents[2].services[0];
    expect(jpn.uxpService).toBe('MYGDX/GOV/JPN/SYSB/JPN-SYSB-R-MaklumatIdentiti/v1');
    expect(jpn.missing).toContain('apiUrl');
    expect(jpn.soapResponse).toBeNull();
  });
});
