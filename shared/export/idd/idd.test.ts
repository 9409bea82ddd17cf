import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText, squash } from '../../../test/fixtures/export/poppler';
import type { DataFlow } from '../../model/schema';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildIddJson, buildIddMarkdown, buildIddPdf } from './index';

const DATE = new Date('2026-03-15T08:00:00Z');

/**
 * The headings and fixed text of 003 Lampiran A that an IDD must carry, copied from the template
 * (section numbers as the template numbers them for the first service).
 */
const TEMPLATE = {
  frontMatter: ['NAMA AGENSI', 'NAMA AGENSI INDUK', 'TARIKH DOKUMEN', 'VERSI DOKUMEN', 'SEMAKAN DOKUMEN', 'PENGESAHAN DOKUMEN OLEH AGENSI PQRST', 'PENGESAHAN DOKUMEN OLEH MYGDX', 'KAWALAN DOKUMEN', 'SENARAI AKRONIM', 'SENARAI TERMA/ISTILAH', 'SUMBER RUJUKAN', 'Dokumen Pelan Migrasi dan Spesifikasi API'],
  headings: [
    '1 PENGENALAN MENGENAI DOKUMEN',
    '1.1 Objektif',
    '1.2 Skop',
    '1.3 Organisasi Dokumen',
    'Jadual 1 Organisasi Dokumen',
    '2 KETERANGAN INTERFACE',
    '2.1.1 Keterangan Interface',
    '2.1.2 Senarai Agensi Pengguna',
    '2.1.3 Format dan Standard API MyGDX',
    'Standard Header Format untuk SOAP',
    '2.1.3.1 Contoh Header Mesej (SOAP)',
    'Standard Header Format untuk UXP REST-API',
    '2.1.3.2 Contoh Header Mesej (REST)',
    '2.1.4 Data Format (Request)',
    '2.1.5 Data Format (Response)',
    '2.1.5.1 Contoh Response Mesej (SOAP)',
    '2.1.6 Error Handling',
    '3 LAMPIRAN',
    '3.1 LAMPIRAN 1: Error Handling',
    '3.1.1 Format atau Struktur Kod Ralat dan Mesej Ralat',
    '3.1.1.1 Format atau Struktur Kod Ralat dan Mesej Ralat (SOAP)',
    '3.1.1.2 Format atau Struktur Kod Ralat dan Mesej Ralat (REST)',
    '3.1.2 Ralat Daripada Sistem Agensi Pengguna',
    '3.1.3 Ralat Daripada Security Server Agensi Pengguna',
    '3.1.4 Ralat Daripada Security Server Agensi Pembekal',
  ],
  text: [
    'Objektif dokumen Interface Description Document (IDD) ini adalah untuk menerangkan struktur dan format data yang terlibat dalam migrasi dan pembangunan API bagi agensi pembekal dalam projek Malaysian Government Central Data Exchange (MyGDX).',
    'Dokumen IDD perlu dipersetujui oleh agensi pembekal bagi memastikan semua struktur dan format data yang diperlukan adalah menepati keperluan migrasi dan pembangunan API.',
    'Keperluan pembangunan dan migrasi API yang dihuraikan dalam dokumen ini adalah mengenai keterangan interface API dan juga data format request dan response bagi setiap API yang akan terlibat dalam pembangunan dan migrasi API ini.',
    'Dokumen ini telah disediakan mengikut susunan seperti yang diterangkan dalam Jadual 1 di bawah.',
    'Bahagian ini menerangkan secara ringkas berkenaan dokumen ini.',
    'Bahagian ini akan menerangkan mengenai maklumat interface.',
    'Berikut merupakan Standard Header untuk UXP bagi jenis kaedah integrasi SOAP yang baharu:',
    'Bagi maklumat error handling boleh rujuk pada Lampiran 1.',
    'Semasa pertukaran mesej di antara Security Server Agensi Pengguna dan Security Server Agensi Pembekal, ralat boleh berlaku dan mesej ralat ini akan disimpan di dalam log di Security Server.',
    'Di HTTP Headers akan mempunyai kod ralat (UXP-FaultCode), mesej ralat (UXP-FaultString) dan keterangan ralat (UXP-FaultDetail).',
    'Server.ClientProxy.ServiceFailed.MissingBody',
    'Uxp-FaultCode: Server.ClientProxy.SslAuthenticationFailed',
  ],
};

function withFields() {
  const doc = pengambilanPekerjaExample();
  const flow = doc.relations.fl_b as DataFlow;
  flow.apiUrl = 'https://mygdx.gov.my/jpn/identiti';
  flow.authentication = 'Certificate';
  flow.requestFields = [{ name: 'noKP', description: 'Nombor kad pengenalan', type: 'String' }];
  flow.responseFields = [
    { name: 'nama', description: 'Nama penuh', type: 'String' },
    { name: 'tarikhLahir', description: 'Tarikh lahir', type: 'Date' },
  ];
  return doc;
}

describe('buildIddPdf', () => {
  it('has the document control, one chapter per MyGDX flow with its §2.1.1–2.1.6 parts and page numbers', async () => {
    const bytes = await buildIddPdf(withFields(), { lang: 'ms', date: DATE });
    const raw = pdfText(bytes);
    const all = squash(raw);
    const info = pdfInfo(bytes);
    expect(info.fields.Title).toBe('INTERFACE DESCRIPTION DOCUMENT (IDD): Perkhidmatan Pengurusan Pengambilan Pekerja');
    for (const text of ['NAMA AGENSI', 'NAMA AGENSI INDUK', 'TARIKH DOKUMEN', 'VERSI DOKUMEN', 'SEMAKAN DOKUMEN', 'PENGESAHAN DOKUMEN OLEH MYGDX', 'KAWALAN DOKUMEN', 'SENARAI AKRONIM', 'Disediakan Oleh', 'Diluluskan Oleh']) {
      expect(raw).toContain(text);
    }
    // Two MyGDX flows: chapters 2.1 and 2.2, each with the six parts of the template.
    for (const n of [1, 2]) {
      for (const [part, title] of [
        [1, 'Keterangan Interface'],
        [2, 'Senarai Agensi Pengguna'],
        [3, 'Format dan Standard API MyGDX'],
        [4, 'Data Format (Request)'],
        [5, 'Data Format (Response)'],
        [6, 'Error Handling'],
      ] as const) {
        expect(raw).toContain(`2.${n}.${part} ${title}`);
      }
    }
    for (const label of ['Nama Servis', 'Keterangan Servis', 'Jenis Data', 'Agensi Pembekal', 'Kaedah Integrasi', 'Servis ID', 'Method', 'URL API', 'Authentication', 'memberCode', 'subsystemCode']) {
      expect(raw).toContain(label);
    }
    for (const header of ['MYGDX/GOV/PQRST/SPP', 'MYGDX/GOV/JPN/SYSB/JPN-SYSB-R-MaklumatIdentiti/v1', 'MYGDX/GOV/AGA/SYSA/AGA-SYSA-R-MaklumatCalon/v1', '<iden:xRoadInstance>MYGDX</iden:xRoadInstance>', '<iden:memberClass>GOV</iden:memberClass>']) {
      expect(raw).toContain(header);
    }
    for (const text of ['https://mygdx.gov.my/jpn/identiti', 'Certificate', 'noKP', 'tarikhLahir', 'Nama penuh']) expect(all).toContain(squash(text));
    // fl_a has no URL, authentication or fields in the model.
    expect(raw).toContain('(belum diisi)');
    expect(raw).toContain(`Halaman 1 daripada ${info.pages}`);
    expect(raw).toContain('LAMPIRAN 1: Error Handling');
  });

  it('follows 003 Lampiran A: every heading, numbered as the template numbers it, and its fixed text word for word', async () => {
    const raw = pdfText(await buildIddPdf(withFields(), { lang: 'ms', date: DATE }));
    const all = squash(raw);
    for (const text of TEMPLATE.frontMatter) expect(raw, text).toContain(text);
    // PdfWriter prints chapter numbers with a dot ("1. PENGENALAN…"): compare without it.
    const headings = all.replace(/(\d)\.(?=[A-Z])/g, '$1');
    for (const heading of TEMPLATE.headings) expect(headings, heading).toContain(squash(heading));
    for (const text of TEMPLATE.text) expect(all, text).toContain(squash(text));
    // Both header tables list the codes of the flow, whichever method the service uses.
    for (const code of ['xRoadInstance', 'memberClass', 'serviceCode', 'serviceVersion', 'UXP-client', 'UXP-Service']) expect(raw).toContain(code);
  });

  it('shows a SOAP response example built from the response fields, and "(belum diisi)" without them', async () => {
    const raw = pdfText(await buildIddPdf(withFields(), { lang: 'ms', date: DATE }));
    const example = raw.slice(raw.indexOf('2.2.5.1 Contoh Response Mesej (SOAP)'), raw.indexOf('2.2.6 Error Handling'));
    expect(example).toContain('<MaklumatIdentitiResponse>');
    expect(example).toContain('<nama>?</nama>');
    expect(example).toContain('<tarikhLahir>?</tarikhLahir>');
    const none = raw.slice(raw.indexOf('2.1.5.1 Contoh Response Mesej (SOAP)'), raw.indexOf('2.1.6 Error Handling'));
    expect(none).toContain('(belum diisi)');
  });

  it('prints the owner and its parent ministry (Agensi Induk) in the document control', async () => {
    const doc = withFields();
    doc.meta.agensiInduk = 'Kementerian Digital';
    const raw = squash(pdfText(await buildIddPdf(doc, { lang: 'ms', date: DATE })));
    expect(raw).toMatch(/NAMAAGENSIINDUK:?KementerianDigital/);
    expect(raw).toMatch(new RegExp(`NAMAAGENSI:?${squash(doc.meta.pemilikProjek!)}`));
  });

  it('says so when the model has no MyGDX flow', async () => {
    const doc = pengambilanPekerjaExample();
    for (const r of Object.values(doc.relations)) if (r.kind === 'dataFlow') r.method = 'api';
    const raw = pdfText(await buildIddPdf(doc, { lang: 'en', date: DATE }));
    expect(raw).toContain('This model has no data flow using the MyGDX method');
    expect(raw).toContain('Page 1 of');
  });
});

describe('buildIddMarkdown', () => {
  it('renders the same chapters with the UXP headers in code blocks and "(belum diisi)" for gaps', () => {
    const md = buildIddMarkdown(pengambilanPekerjaExample(), { lang: 'ms', date: DATE });
    expect(md).toContain('# INTERFACE DESCRIPTION DOCUMENT (IDD)');
    expect(md).toContain('## 2.1 MaklumatCalon');
    expect(md).toContain('## 2.2 MaklumatIdentiti');
    expect(md).toContain('### 2.2.2 Senarai Agensi Pengguna');
    expect(md).toContain('| `UXP-Service` | InstanceName/MemberClass/MemberName/Subsystem/ServiceName/Version | `MYGDX/GOV/JPN/SYSB/JPN-SYSB-R-MaklumatIdentiti/v1` |');
    expect(md).toContain('```xml\n<soapenv:Header>');
    expect(md).toContain('| URL API | (belum diisi) |');
  });

  it('carries the same template parts as the PDF: front matter, §1.3, both header tables, §2.1.5.1 and Lampiran 1', () => {
    const md = buildIddMarkdown(withFields(), { lang: 'ms', date: DATE });
    const plain = squash(md.replace(/[#*`|_]/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    for (const text of [...TEMPLATE.frontMatter, ...TEMPLATE.headings, ...TEMPLATE.text]) expect(plain, text).toContain(squash(text));
    expect(md).toContain('| `serviceCode` | serviceCode Agensi Pembekal | Header | `JPN-SYSB-R-MaklumatIdentiti` |');
    // Angle brackets outside code are escaped, or Markdown viewers would swallow them as HTML tags.
    expect(md).toContain('- (1) &lt;faultcode&gt; akan menunjukkan dimana punca ralat berlaku.');
  });
});

describe('buildIddJson', () => {
  it('gives tools every interface with its headers and missing fields', () => {
    const json = JSON.parse(buildIddJson(pengambilanPekerjaExample(), { lang: 'en', date: DATE }));
    expect(json).toMatchObject({ format: 'lakar.idd', version: 1, meta: { project: 'Perkhidmatan Pengurusan Pengambilan Pekerja', date: '2026-03-15' } });
    expect(json.interfaces.map((i: { serviceId: string }) => i.serviceId)).toEqual(['AGA-SYSA-R-MaklumatCalon', 'JPN-SYSB-R-MaklumatIdentiti']);
    expect(json.interfaces[1].uxpService).toBe('MYGDX/GOV/JPN/SYSB/JPN-SYSB-R-MaklumatIdentiti/v1');
    expect(json.interfaces[0].missing).toContain('apiUrl');
    expect(json.interfaces[0].soapResponse).toBeNull();
  });
});
