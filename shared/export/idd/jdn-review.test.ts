/**
 * What a JDN reviewer sent back after reading the worked example's IDDs beside 003 Lampiran A,
 * each read back from the exported PDF (pdftotext) and its JSON: one class for the same fields in
 * every IDD, the template's §2.1.2 table with no note about the software, a parent ministry on
 * every cover, sample values in the response examples, and the preparer's agency.
 */
import { describe, expect, it } from 'vitest';
import { pdfText, squash } from '../../../test/fixtures/export/poppler';
import { seedText } from '../../../test/fixtures/seeds/seed';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import type { DataField } from '../../model/schema';
import { buildIddJson, buildIddPdfs } from './index';
import { sampleValue } from './sample-values';

const DATE = new Date('2026-03-15T08:00:00Z');

/** The seed's line `n` (1-based), to show the test quotes the template where it says. */
const seedLine = (n: number) => seedText('003').split('\n')[n - 1];

/** The three PDFs of the worked example as text: Agensi PQRST, Agensi A, JPN. */
async function exampleTexts(): Promise<string[]> {
  return (await buildIddPdfs(pengambilanPekerjaExample(), { lang: 'ms', date: DATE })).map((f) => pdfText(f.bytes, 'layout'));
}

/** Jenis Data (§2.1.1) and the field names of §2.1.5 of each service of a document, as printed. */
function classesOfFields(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const service of text.split(/\n2\.\d+\.1 Keterangan Interface\n/).slice(1)) {
    const type = /Jenis Data\s+(Terbuka|Terhad|Sulit|Rahsia Besar|Rahsia)\b/.exec(service)?.[1];
    const response = service.slice(service.indexOf('Data Format (Response)'), service.indexOf('Contoh Response Mesej'));
    for (const m of response.matchAll(/^\s+\d+ ([a-z][A-Za-z0-9]+)\s/gm)) if (type) out.set(m[1], type);
  }
  return out;
}

describe('the worked example’s IDDs, as a JDN reviewer reads them', () => {
  it('give the same fields the same Jenis Data in every IDD: what JPN supplies Sulit is not handed on Terhad (003 Lampiran A §2.1.1 l.1635; §2.4.4 iii l.1083)', async () => {
    expect(seedLine(1635)).toContain('Jenis Data');
    expect(seedLine(1083)).toContain('Data yang telah diluluskan tidak boleh disebarkan');
    const [pqrst, a, jpn] = (await exampleTexts()).map(classesOfFields);
    // JPN's identity fields, handed on by the project in Maklumat Calon
    for (const field of ['noKadPengenalan', 'namaPenuh']) {
      expect(jpn.get(field), field).toBe('Sulit');
      expect(pqrst.get(field), field).toBe(jpn.get(field));
    }
    // and every field two documents share has one class
    for (const [x, y] of [[pqrst, a], [pqrst, jpn], [a, jpn]]) for (const [field, type] of x) if (y.has(field)) expect(y.get(field), field).toBe(type);
  });

  it('print §2.1.2 Senarai Agensi Pengguna as the template’s table only, filled from the flow’s ends, with no note about how (003 Lampiran A l.1658)', async () => {
    expect(seedLine(1658)).toContain('2.1.2 Senarai Agensi Pengguna');
    const texts = await exampleTexts();
    for (const text of texts) {
      const section = text.slice(text.indexOf('2.1.2 Senarai Agensi Pengguna'), text.indexOf('2.1.3 Format dan Standard API MyGDX'));
      expect(section).not.toMatch(/tidak menyenaraikan|digunakan|Lakar|model/);
    }
    // the table is still filled from the flow's other end: Agensi A consumes the project's service
    expect(squash(texts[0])).toContain(squash('1 Agensi A AGA SYSA'));
    // tools still learn where the row came from
    const json = JSON.parse(buildIddJson(pengambilanPekerjaExample(), { lang: 'ms', date: DATE }));
    expect(json.documents[0].services[0].consumers[0]).toMatchObject({ agencyName: 'Agensi A', derived: true });
  });

  it('name a parent ministry on every cover (003 Lampiran A l.1458 "NAMA AGENSI INDUK")', async () => {
    expect(seedLine(1458)).toContain('NAMA AGENSI INDUK');
    const texts = await exampleTexts();
    for (const text of texts) {
      const cover = /NAMA AGENSI INDUK\s+:\s+(.+)/.exec(text)?.[1] ?? '';
      expect(cover).toMatch(/^(Kementerian .+|Jabatan Perdana Menteri) \([A-Z]+\)$/);
    }
  });

  it('show sample values in §2.1.5.1 Contoh Response Mesej, never "?" (003 Lampiran A l.1816)', async () => {
    expect(seedLine(1816)).toContain('2.1.5.1 Contoh Response Mesej');
    const [pqrst, a, jpn] = await exampleTexts();
    const example = (text: string) => squash(text.slice(text.indexOf('2.1.5.1 Contoh Response Mesej'), text.indexOf('2.1.6 Error Handling')));
    for (const text of [pqrst, a, jpn]) {
      expect(example(text)).not.toContain('"?"');
      expect(example(text)).not.toContain('>?<');
    }
    // a date as the field's format says, a status its description lists, a 12-digit MyKad number, a typed sample for the rest
    expect(example(pqrst)).toContain(squash('"tarikhPermohonan": "2026-03-01"'));
    expect(example(pqrst)).toContain(squash('"statusPermohonan": "BARU"'));
    expect(example(pqrst)).toContain(squash('"noKadPengenalan": "123456789012"'));
    expect(example(pqrst)).toContain(squash('"namaPenuh": "Contoh nama penuh"'));
    expect(example(a)).toContain(squash('"keputusanTapisan": "LULUS"'));
    expect(example(jpn)).toContain(squash('<jantina>L</jantina>'));
    expect(example(jpn)).toContain(squash('<tarikhLahir>1990-06-15</tarikhLahir>'));
  });

  it('make a sample of a field’s type where the model says nothing else, within its length', () => {
    const f = (x: Partial<DataField>): DataField => ({ name: 'medan', ...x });
    expect(sampleValue(f({ name: 'jumlahBayaran', type: 'Decimal' }))).toBe(100.5);
    expect(sampleValue(f({ name: 'bilangan', type: 'Integer' }))).toBe(1);
    expect(sampleValue(f({ name: 'aktif', type: 'Boolean' }))).toBe(true);
    expect(sampleValue(f({ name: 'masaDaftar', type: 'DateTime' }))).toBe('2026-03-01T09:30:00+08:00');
    expect(sampleValue(f({ name: 'tarikh', description: 'Tarikh, format dd/MM/yyyy' }))).toBe('01/03/2026');
    expect(sampleValue(f({ name: 'kod', type: 'String', length: '3' }))).toBe('XXX');
    expect(sampleValue(f({ name: 'alamatSurat' }))).toBe('Contoh alamat surat');
    // a lower-case word after a colon is no listed value
    expect(sampleValue(f({ name: 'nota', description: 'Nota: sebab keputusan' }))).toBe('Contoh nota');
  });

  it('say which agency prepared them, beside the preparer’s post (003 Lampiran A l.1467 "Disediakan Oleh")', async () => {
    expect(seedLine(1467)).toContain('Disediakan');
    for (const text of await exampleTexts()) expect(squash(text)).toContain(squash('Disediakan Oleh Ketua Unit Perancangan Strategik ICT, Agensi PQRST'));
  });

  it('print §2.1.5 Data Format (Response) as the template’s table only when the fields come from the data the flow carries (003 Lampiran A l.1805)', async () => {
    expect(seedLine(1805)).toContain('2.1.5 Data Format (Response)');
    // the project's service to Agensi A with no response fields of its own: Maklumat Calon's fields are its response
    const doc = pengambilanPekerjaExample();
    const calon = doc.elements.get('de_calon');
    if (calon?.kind !== 'dataEntity') throw new Error('de_calon');
    doc.elements = doc.elements.set('de_calon', { ...calon, fields: [{ name: 'noPermohonan', type: 'String' }, { name: 'noKadPengenalan', type: 'String', length: '12' }] });
    const flow = doc.relations.get('fl_a');
    if (flow?.kind !== 'dataFlow') throw new Error('fl_a');
    doc.relations = doc.relations.set('fl_a', { ...flow, responseFields: undefined });
    const [pqrst] = (await buildIddPdfs(doc, { lang: 'ms', date: DATE })).map((f) => pdfText(f.bytes, 'layout'));
    const section = pqrst.slice(pqrst.indexOf('2.1.5 Data Format (Response)'), pqrst.indexOf('2.1.5.1 Contoh Response Mesej'));
    expect(squash(section)).toContain(squash('2 noKadPengenalan'));
    expect(section).not.toMatch(/tidak menyenaraikan|digunakan|fromEntities|Aliran ini/);
    // tools still learn where the fields came from
    const json = JSON.parse(buildIddJson(doc, { lang: 'ms', date: DATE }));
    expect(json.documents[0].services[0].responseFromEntities).toBe(true);
  });
});
