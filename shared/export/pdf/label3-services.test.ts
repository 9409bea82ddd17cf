/**
 * Label 3 of the Kertas Cadangan, the services (Panduan WoG Jadual 3-1 label 3), read back from the
 * PDF: its intro quotes the guide's own words, and each service names the agency it belongs to.
 */
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/fixtures/export/poppler';
import type { LakarDocument } from '../../model/schema';
import { Table } from '../../model/table';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildProposalPdf } from './proposal';

/** The text of section 6.3 of the paper of `doc`, whitespace squashed. */
async function label3(doc: LakarDocument): Promise<string> {
  const text = pdfText(await buildProposalPdf(doc, { lang: 'ms', date: new Date('2026-03-15T08:00:00Z') }), 'raw').replace(/\s+/g, ' ');
  const at = text.indexOf('6.3 Label 3', text.indexOf('1. Maklumat Projek', text.indexOf('Kandungan') + 2000));
  return text.slice(at, text.indexOf('6.4 Label 4', at));
}

const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

describe('Label 3 of the paper: the services (Panduan WoG Jadual 3-1 label 3)', () => {
  it('quotes Jadual 3-1 label 3 as the guide words it: "ingin diperolehi oleh pengguna perkhidmatan"', async () => {
    const part = await label3(example());
    expect(part).toContain('Perkhidmatan yang ingin diperolehi oleh pengguna perkhidmatan');
    expect(part).not.toMatch(/ingin diperoleh(?!i)/);
  });

  it('names the agency of a service drawn without one: the agency of the applications supporting its processes (Jadual 3-1 label 3–5)', async () => {
    const doc = example();
    const service = doc.elements.values().find((e) => e.kind === 'service')!;
    expect(service.kind === 'service' && service.agency).toBeFalsy();
    // the row reads name, E2E category, domain, then the agency of Sistem Pengambilan Pekerja
    expect(await label3(doc)).toMatch(/Perkhidmatan Pengurusan Pengambilan Pekerja Separa E2E Pekerjaan Agensi PQRST Bersemuka/);
  });

  it('prints the service’s own agency when it has one, and the project owner when nothing else names one', async () => {
    const own = example();
    const service = own.elements.values().find((e) => e.kind === 'service')!;
    own.elements = own.elements.set(service.id, { ...service, agency: 'Jabatan Tenaga Kerja' } as typeof service);
    expect(await label3(own)).toMatch(/Pekerjaan Jabatan Tenaga Kerja Bersemuka/);

    const bare = example();
    // no application supports the processes: the owner of the project (Pemilik Projek) is the service's
    bare.relations = Table.of(bare.relations.values().filter((r) => r.kind !== 'supports'));
    bare.meta.pemilikProjek = 'Agensi Pemilik XYZ';
    expect(await label3(bare)).toMatch(/Pekerjaan Agensi Pemilik XYZ Bersemuka/);
  });
});
