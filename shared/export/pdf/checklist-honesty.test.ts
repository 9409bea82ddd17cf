/**
 * Two items of the paper's Senarai Semak (§7.1, 001 Jadual 4-1 A.1.a) that a JDN reviewer would not
 * accept as "Dijawab", read back from the printed paper (pdftotext):
 *  - vi, while a data-sharing approval it depends on is still pending: sharing needs the supplier's
 *    consent (PKPA Bil. 2/2021 para 12 a, "Perkongsian data atas keperluan dan mendapat persetujuan");
 *  - iii, when the RASA list it rests on covers only the project's own sector: the item asks about the
 *    same function "dari agensi lain" (Jadual 4-1 A.1.a iii), and the guide itself names SPA9, in
 *    another sector, for the Pencari Kerja persona (Jadual 2-2 persona 3).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/fixtures/export/poppler';
import type { LakarDocument } from '../../model/schema';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildProposalPdf } from './proposal';

const DATE = new Date('2026-05-15T08:00:00Z');
const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

/** The paper's text with every run of white space made one space, so wrapped lines read as one. */
async function paperText(doc: LakarDocument): Promise<string> {
  return pdfText(await buildProposalPdf(doc, { lang: 'ms', date: DATE }), 'layout').replace(/\s+/g, ' ');
}

/** The status the §7 summary table prints for item `no` ("vi."): the words after its topic up to the count. */
function summaryStatus(text: string, no: string, topicEnd: string): string {
  const at = text.indexOf(` ${no}. `);
  const row = text.slice(at, text.indexOf(topicEnd, at) + topicEnd.length + 40);
  return /Dijawab|Perlu jawapan/.exec(row)?.[0] ?? '';
}

describe('the Senarai Semak of the paper (001 Jadual 4-1 A.1.a)', () => {
  let own: string;
  beforeAll(async () => {
    own = await paperText(example());
  });

  it('prints vi of the worked example as answered, every supplier having agreed, and says which sectors its RASA list covers', () => {
    expect(summaryStatus(own, 'vi', 'sumber data yang sah.')).toBe('Dijawab');
    expect(own).not.toContain('Kelulusan perkongsian data belum diperoleh');
    expect(own).toContain('“rasa-fungsi-pekerjaan-contoh.csv”: 5 aplikasi (Sosial 2 (Bakat), Pentadbiran Awam).');
    expect(summaryStatus(own, 'iii', 'sedia ada dengan mengambil kira fungsi')).toBe('Dijawab');
  });

  it('does not print vi as answered while the JPN sharing approval is still applied for (PKPA Bil. 2/2021 para 12 a)', async () => {
    const doc = example();
    const flow = doc.relations.get('fl_b')!;
    if (flow.kind !== 'dataFlow') throw new Error('fl_b is the JPN flow');
    doc.relations = doc.relations.set('fl_b', { ...flow, sharingApproval: { instrument: 'mou', status: 'dipohon', date: '2026-04-15' } });
    const text = await paperText(doc);
    expect(summaryStatus(text, 'vi', 'sumber data yang sah.')).toBe('Perlu jawapan');
    expect(text).toContain('Kelulusan perkongsian data belum diperoleh daripada: Sistem B (Jabatan Pendaftaran Negara) — Dalam permohonan; perkongsian data memerlukan persetujuan pembekalnya (PKPA Bil. 2/2021 perenggan 12 a).');
  });

  it('does not print iii as answered on a RASA list of the project’s own sector only (Jadual 4-1 A.1.a iii "dari agensi lain")', async () => {
    const doc = example();
    const list = doc.meta.agencyApplications!;
    doc.meta = { ...doc.meta, agencyApplications: { ...list, entries: list.entries.filter((e) => e.sector === 'sosial2') } };
    const text = await paperText(doc);
    expect(text).toContain('4 aplikasi (Sosial 2 (Bakat)).');
    expect(summaryStatus(text, 'iii', 'sedia ada dengan mengambil kira fungsi')).toBe('Perlu jawapan');
    expect(text).toContain('Senarai RASA yang diimport hanya meliputi Sosial 2 (Bakat): fungsi perkhidmatan yang sama di agensi sektor lain belum disemak (Jadual 4-1 A.1.a iii: “dari agensi lain”).');
  });
});
