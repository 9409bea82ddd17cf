import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText, squash } from '../../../test/fixtures/export/poppler';
import type { DataFlow } from '../../model/schema';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildIddJson, buildIddMarkdown, buildIddPdf } from './index';

const DATE = new Date('2026-03-15T08:00:00Z');

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
    expect(md).toContain('| UXP-Service | InstanceName/MemberClass/MemberName/Subsystem/ServiceName/Version | `MYGDX/GOV/JPN/SYSB/JPN-SYSB-R-MaklumatIdentiti/v1` |');
    expect(md).toContain('```xml\n<soapenv:Header>');
    expect(md).toContain('| URL API | (belum diisi) |');
  });
});

describe('buildIddJson', () => {
  it('gives tools every interface with its headers and missing fields', () => {
    const json = JSON.parse(buildIddJson(pengambilanPekerjaExample(), { lang: 'en', date: DATE }));
    expect(json).toMatchObject({ format: 'lakar.idd', version: 1, meta: { project: 'Perkhidmatan Pengurusan Pengambilan Pekerja', date: '2026-03-15' } });
    expect(json.interfaces.map((i: { serviceId: string }) => i.serviceId)).toEqual(['AGA-SYSA-R-MaklumatCalon', 'JPN-SYSB-R-MaklumatIdentiti']);
    expect(json.interfaces[1].uxpService).toBe('MYGDX/GOV/JPN/SYSB/JPN-SYSB-R-MaklumatIdentiti/v1');
    expect(json.interfaces[0].missing).toContain('apiUrl');
  });
});
