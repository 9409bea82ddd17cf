import { describe, expect, it } from 'vitest';
import { makeDocument, makeElement, makeRelation } from '../../../test/helpers/factories';
import type { DataFlow } from '../../model/schema';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { describeInterface, mygdxFlows, supplierOf } from './model';

describe('mygdxFlows', () => {
  it('selects only the flows exchanged through MyGDX', () => {
    expect(mygdxFlows(pengambilanPekerjaExample()).map((f) => f.id)).toEqual(['fl_a', 'fl_b']);
  });
});

describe('supplierOf', () => {
  it('takes the supplier from the Servis ID prefix when it matches an endpoint, whatever the drawing direction', () => {
    const doc = pengambilanPekerjaExample();
    expect(supplierOf(doc, doc.relations.fl_a as DataFlow)).toEqual({ supplierId: 'sys_a', consumerId: 'app_spp' });
    expect(supplierOf(doc, doc.relations.fl_b as DataFlow)).toEqual({ supplierId: 'sys_b', consumerId: 'app_spp' });
  });

  it('falls back to the flow direction without a usable Servis ID', () => {
    const a = makeElement('application');
    const b = makeElement('externalSystem');
    const doc = makeDocument([a, b], [makeRelation('dataFlow', a.id, b.id, { id: 'f', direction: 'receives', method: 'myGdx' } as Partial<DataFlow>)]);
    expect(supplierOf(doc, doc.relations.f as DataFlow)).toEqual({ supplierId: b.id, consumerId: a.id });
  });
});

describe('describeInterface', () => {
  it('builds the exact UXP header strings of 003 Lampiran A §2.1.3', () => {
    const itf = describeInterface(pengambilanPekerjaExample(), 'fl_b');
    expect(itf.consumers).toEqual([{ agencyName: 'Agensi PQRST', memberCode: 'PQRST', subsystemCode: 'SPP', uxpClient: 'MYGDX/GOV/PQRST/SPP', derived: true }]);
    expect(itf.uxpService).toBe('MYGDX/GOV/JPN/SYSB/JPN-SYSB-R-MaklumatIdentiti/v1');
    expect(itf.soapHeader).toContain('<iden:xRoadInstance>MYGDX</iden:xRoadInstance>');
    expect(itf.soapHeader).toContain('<iden:memberClass>GOV</iden:memberClass>');
    expect(itf.soapHeader).toContain('<iden:serviceCode>JPN-SYSB-R-MaklumatIdentiti</iden:serviceCode>');
    expect(itf.soapHeader).toContain('<xro:protocolVersion>4.0</xro:protocolVersion>');
    expect(JSON.parse(itf.restHeader.replace(/^"header": /, ''))).toEqual({ 'UXP-client': 'MYGDX/GOV/PQRST/SPP', 'UXP-Service': 'MYGDX/GOV/JPN/SYSB/JPN-SYSB-R-MaklumatIdentiti/v1' });
  });

  it('fills the interface description from the model and lists what is missing', () => {
    const itf = describeInterface(pengambilanPekerjaExample(), 'fl_b');
    expect(itf).toMatchObject({
      serviceName: 'MaklumatIdentiti',
      dataType: 'sulit',
      supplier: { agency: 'Jabatan Pendaftaran Negara', memberCode: 'JPN', subsystemCode: 'SYSB' },
      integrationStyle: 'SOAP',
      serviceId: 'JPN-SYSB-R-MaklumatIdentiti',
      httpMethod: 'POST',
      apiUrl: null,
      authentication: null,
    });
    expect(itf.serviceDescription).toBe('Servis ini untuk membekalkan Maklumat Identiti Individu daripada Sistem B (Jabatan Pendaftaran Negara) kepada Sistem Pengambilan Pekerja (Agensi PQRST).');
    expect(itf.missing).toEqual(['apiUrl', 'authentication', 'requestFields', 'responseFields']);
  });

  it('uses the listed consumer agencies and keeps template placeholders for missing codes', () => {
    const doc = pengambilanPekerjaExample();
    const flow = doc.relations.fl_a as DataFlow;
    flow.consumers = [
      { agencyName: 'Jabatan Kebajikan Masyarakat', memberCode: 'JKM', subsystemCode: 'SMOKU' },
      { agencyName: 'Agensi Tanpa Kod' },
    ];
    flow.serviceId = 'salah format';
    const itf = describeInterface(doc, 'fl_a', 'en');
    expect(itf.consumers.map((c) => c.uxpClient)).toEqual(['MYGDX/GOV/JKM/SMOKU', 'MYGDX/GOV/<KodAgensiPengguna>/<KodSistemAgensiPengguna>']);
    expect(itf.missing).toContain('consumerCodes');
    expect(itf.notes).toEqual([{ key: 'serviceIdFormat', params: { serviceId: 'salah format' } }]);
    expect(itf.serviceDescription).toMatch(/^This service supplies Maklumat Calon from/);
  });

  it('takes response fields from the carried data entities when the flow lists none', () => {
    const doc = pengambilanPekerjaExample();
    const entity = doc.elements.de_identiti;
    if (entity.kind !== 'dataEntity') throw new Error('fixture');
    entity.fields = [{ name: 'noKP', type: 'String', description: 'Nombor kad pengenalan' }];
    const itf = describeInterface(doc, 'fl_b');
    expect(itf.responseFromEntities).toBe(true);
    expect(itf.responseFields.map((f) => f.name)).toEqual(['noKP']);
    expect(itf.missing).not.toContain('responseFields');
  });
});
