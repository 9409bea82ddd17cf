import { describe, expect, it } from 'vitest';
import { makeDocument, makeElement, makeRelation } from '../../../test/helpers/factories';
import { twoSupplierTwoWayModel, withoutIddFields } from '../../../test/helpers/idd-models';
import type { DataFlow } from '../../model/schema';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildIddDocuments, describeService, iddSuppliers, serviceGaps } from './model';
import { mygdxFlows, serviceDataIds, serviceEnds, services, withCrudLetter } from './services';

const DATE = new Date('2026-03-15T08:00:00Z');

describe('services of a flow', () => {
  it('selects only the flows exchanged through MyGDX, and a two-way flow gives one service per direction', () => {
    const doc = pengambilanPekerjaExample();
    expect(mygdxFlows(doc).map((f) => f.id)).toEqual(['fl_a', 'fl_b']);
    expect(services(mygdxFlows(doc)).map((s) => `${s.flow.id}:${s.direction}`)).toEqual(['fl_a:forward', 'fl_a:reverse', 'fl_b:forward']);
  });

  it('has the source supply for "supplies" and "both", the target for "receives" and for the reverse service', () => {
    const doc = pengambilanPekerjaExample();
    const a = doc.relations.get('fl_a') as DataFlow;
    expect(serviceEnds(a, 'forward')).toEqual({ supplierId: 'app_spp', consumerId: 'sys_a' });
    expect(serviceEnds(a, 'reverse')).toEqual({ supplierId: 'sys_a', consumerId: 'app_spp' });
    expect(serviceEnds({ ...a, direction: 'receives' }, 'forward')).toEqual({ supplierId: 'sys_a', consumerId: 'app_spp' });
  });

  it('splits a two-way flow’s data: what the reverse service names goes target → source, the rest source → target', () => {
    const a = pengambilanPekerjaExample().relations.get('fl_a') as DataFlow;
    expect(serviceDataIds(a, 'forward')).toEqual(['de_calon']);
    expect(serviceDataIds(a, 'reverse')).toEqual(['de_tapisan']);
    // a one-way flow ignores a leftover reverse service
    expect(serviceDataIds({ ...a, direction: 'supplies' }, 'forward')).toEqual(['de_calon', 'de_tapisan']);
  });

  it('sets the CRUD letter of a Servis ID, or builds one from the supplier’s codes', () => {
    expect(withCrudLetter('JDN-DDSA-R-KodTarafKahwin', 'U', {}, '')).toBe('JDN-DDSA-U-KodTarafKahwin');
    expect(withCrudLetter(undefined, 'C', { memberCode: 'PQRST', subsystemCode: 'SPP' }, 'Maklumat Calon')).toBe('PQRST-SPP-C-MaklumatCalon');
    expect(withCrudLetter('bukan format', 'R', { memberCode: null }, '')).toBe('KodAgensi-NamaSistem-R-JenisMaklumat');
  });
});

describe('describeService', () => {
  it('builds the exact UXP header strings of 003 Lampiran A §2.1.3', () => {
    const itf = describeService(pengambilanPekerjaExample(), 'fl_b');
    expect(itf.consumers).toEqual([{ agencyName: 'Agensi PQRST', memberCode: 'PQRST', subsystemCode: 'SPP', uxpClient: 'MYGDX/GOV/PQRST/SPP', derived: true }]);
    expect(itf.uxpService).toBe('MYGDX/GOV/JPN/SYSB/JPN-SYSB-R-MaklumatIdentiti/v1');
    expect(itf.soapHeader).toContain('<iden:xRoadInstance>MYGDX</iden:xRoadInstance>');
    expect(itf.soapHeader).toContain('<iden:serviceCode>JPN-SYSB-R-MaklumatIdentiti</iden:serviceCode>');
    expect(itf.soapHeader).toContain('<xro:protocolVersion>4.0</xro:protocolVersion>');
    expect(JSON.parse(itf.restHeader.replace(/^"header": /, ''))).toEqual({ 'UXP-client': 'MYGDX/GOV/PQRST/SPP', 'UXP-Service': 'MYGDX/GOV/JPN/SYSB/JPN-SYSB-R-MaklumatIdentiti/v1' });
  });

  it('fills the interface description from the model, defaults Authentication to the template’s "Certificate" and lists what is missing', () => {
    const itf = describeService(withoutIddFields(pengambilanPekerjaExample()), 'fl_b');
    expect(itf).toMatchObject({
      serviceName: 'MaklumatIdentiti',
      dataType: 'sulit',
      supplier: { agency: 'Jabatan Pendaftaran Negara', memberCode: 'JPN', subsystemCode: 'SYSB' },
      integrationStyle: 'SOAP',
      serviceId: 'JPN-SYSB-R-MaklumatIdentiti',
      crud: 'R',
      httpMethod: 'POST',
      apiUrl: null,
      authentication: 'Certificate',
      authenticationDefault: true,
    });
    expect(itf.serviceDescription).toBe('Servis ini untuk membekalkan Maklumat Identiti Individu daripada Sistem B (Jabatan Pendaftaran Negara) kepada Sistem Pengambilan Pekerja (Agensi PQRST).');
    // the consumer is known from the flow's other end: "Senarai Agensi Pengguna" is filled, not missing
    expect(itf.missing).toEqual(['apiUrl', 'requestFields', 'responseFields']);
  });

  it('describes the reverse service of a two-way flow with its own supplier, Servis ID and data', () => {
    const itf = describeService(pengambilanPekerjaExample(), 'fl_a', 'reverse');
    expect(itf).toMatchObject({ direction: 'reverse', serviceId: 'AGA-SYSA-R-KeputusanTapisan', supplier: { agency: 'Agensi A', memberCode: 'AGA' }, consumerSystem: { systemName: 'Sistem Pengambilan Pekerja' }, dataEntities: ['Keputusan Tapisan Calon'] });
    const forward = describeService(pengambilanPekerjaExample(), 'fl_a', 'forward');
    // the project's own Maklumat Calon is supplied by the project's system, not by Sistem A
    expect(forward).toMatchObject({ serviceId: 'PQRST-SPP-R-MaklumatCalon', supplier: { agency: 'Agensi PQRST' }, dataEntities: ['Maklumat Calon'] });
  });

  it('uses the listed consumer agencies and keeps template placeholders for missing codes', () => {
    const doc = pengambilanPekerjaExample();
    const flow = doc.relations.get('fl_a') as DataFlow;
    flow.consumers = [
      { agencyName: 'Jabatan Kebajikan Masyarakat', memberCode: 'JKM', subsystemCode: 'SMOKU' },
      { agencyName: 'Agensi Tanpa Kod' },
    ];
    flow.serviceId = 'salah format';
    const itf = describeService(doc, 'fl_a', 'forward', 'en');
    expect(itf.consumers.map((c) => c.uxpClient)).toEqual(['MYGDX/GOV/JKM/SMOKU', 'MYGDX/GOV/<KodAgensiPengguna>/<KodSistemAgensiPengguna>']);
    expect(itf.missing).toContain('consumerCodes');
    expect(itf.notes).toEqual([{ key: 'serviceIdFormat', params: { serviceId: 'salah format' } }]);
    expect(itf.serviceDescription).toMatch(/^This service supplies Maklumat Calon from/);
  });

  it('takes response fields from the carried data entities when the service lists none', () => {
    const doc = withoutIddFields(pengambilanPekerjaExample());
    const entity = doc.elements.get('de_identiti')!;
    if (entity.kind !== 'dataEntity') throw new Error('fixture');
    entity.fields = [{ name: 'noKP', type: 'String', description: 'Nombor kad pengenalan' }];
    const itf = describeService(doc, 'fl_b');
    expect(itf.responseFromEntities).toBe(true);
    expect(itf.responseFields.map((f) => f.name)).toEqual(['noKP']);
    expect(itf.missing).toEqual(['apiUrl', 'requestFields']);
    expect(serviceGaps(doc, doc.relations.get('fl_b') as DataFlow, 'forward')).toEqual(itf.missing);
  });

  it('lists the consumers as missing only when neither listed nor known from the flow’s other end', () => {
    const a = makeElement('application', { id: 'a' });
    const b = makeElement('externalSystem', { id: 'b', agency: 'Agensi B' });
    const doc = makeDocument([a, b], [makeRelation('dataFlow', 'a', 'b', { id: 'f', method: 'myGdx', direction: 'receives' } as Partial<DataFlow>)]);
    // b supplies a, whose agency is not stated: nobody to list as consumer
    expect(serviceGaps(doc, doc.relations.get('f') as DataFlow, 'forward')).toContain('consumers');
  });
});

describe('buildIddDocuments', () => {
  it('makes one document per supplying agency, named after it, in the order their first service appears', () => {
    const docs = buildIddDocuments(pengambilanPekerjaExample(), { lang: 'ms', date: DATE });
    expect(docs.map((d) => [d.meta.agency, d.services.map((s) => s.serviceId)])).toEqual([
      ['Agensi PQRST', ['PQRST-SPP-R-MaklumatCalon']],
      ['Agensi A', ['AGA-SYSA-R-KeputusanTapisan']],
      ['Jabatan Pendaftaran Negara', ['JPN-SYSB-R-MaklumatIdentiti']],
    ]);
    expect(iddSuppliers(pengambilanPekerjaExample())).toEqual(['Agensi PQRST', 'Agensi A', 'Jabatan Pendaftaran Negara']);
    expect(iddSuppliers(pengambilanPekerjaExample(), ['fl_b'])).toEqual(['Jabatan Pendaftaran Negara']);
  });

  it('takes the parent ministry from the supplier’s system, or from the project for the project’s own agency', () => {
    const docs = buildIddDocuments(twoSupplierTwoWayModel(), { lang: 'ms', date: DATE });
    expect(docs.map((d) => [d.meta.agency, d.meta.parentAgency, d.services.length])).toEqual([
      ['Majlis Bandaraya Seremban', 'Kerajaan Negeri Sembilan', 1],
      ['Suruhanjaya Syarikat Malaysia', 'Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup', 2],
    ]);
    expect(docs[1].services.map((s) => [s.serviceId, s.direction])).toEqual([
      ['SSM-MYDATA-R-MaklumatSyarikat', 'reverse'],
      ['SSM-MYDATA-R-MaklumatPengarah', 'forward'],
    ]);
  });

  it('keeps services whose supplier states no agency in a document of their own system', () => {
    const a = makeElement('application', { id: 'a', agency: 'Agensi A' });
    const b = makeElement('externalSystem', { id: 'b', name: 'Sistem Tanpa Agensi' });
    const doc = makeDocument([a, b], [makeRelation('dataFlow', 'b', 'a', { id: 'f', method: 'myGdx', direction: 'supplies' } as Partial<DataFlow>)]);
    const [d] = buildIddDocuments(doc, { lang: 'ms', date: DATE });
    expect(d.meta).toMatchObject({ agency: null, supplierSystems: ['Sistem Tanpa Agensi'] });
  });
});
