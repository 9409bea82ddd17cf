/**
 * A model for IDD tests: two agencies, each supplying the other through one two-way MyGDX flow
 * (001 §3.3.4 f "saling memerlukan"), and the second also supplying by SOAP on a one-way flow.
 *
 * - Majlis Bandaraya Seremban (MBS, project owner) supplies Maklumat Lesen Perniagaan by REST;
 * - Suruhanjaya Syarikat Malaysia (SSM) supplies Maklumat Syarikat by REST (the reverse service)
 *   and Maklumat Pengarah by SOAP.
 * So MBS's IDD is REST-only, SSM's has both styles.
 */
import type { DataFlow, LakarDocument } from '../../shared/model';
import { makeDocument, makeElement, makeRelation } from './factories';

export function twoSupplierTwoWayModel(): LakarDocument {
  const app = makeElement('application', { id: 'app_lesen', name: 'Sistem Pelesenan', agency: 'Majlis Bandaraya Seremban', agencyCode: 'MBS', systemCode: 'LESEN' });
  const ssm = makeElement('externalSystem', { id: 'sys_ssm', name: 'Sistem MyData SSM', agency: 'Suruhanjaya Syarikat Malaysia', agencyCode: 'SSM', systemCode: 'MYDATA', parentAgency: 'Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup' });
  const lesen = makeElement('dataEntity', { id: 'de_lesen', name: 'Maklumat Lesen Perniagaan', classification: 'terhad', ownerAgency: 'Majlis Bandaraya Seremban' });
  const syarikat = makeElement('dataEntity', { id: 'de_syarikat', name: 'Maklumat Syarikat', classification: 'terbuka', ownerAgency: 'Suruhanjaya Syarikat Malaysia' });
  const pengarah = makeElement('dataEntity', { id: 'de_pengarah', name: 'Maklumat Pengarah', classification: 'sulit', ownerAgency: 'Suruhanjaya Syarikat Malaysia' });
  const twoWay = makeRelation('dataFlow', 'app_lesen', 'sys_ssm', {
    id: 'fl_dua',
    method: 'myGdx',
    direction: 'both',
    category: 'berkala',
    dataEntityIds: ['de_lesen', 'de_syarikat'],
    serviceId: 'MBS-LESEN-R-MaklumatLesen',
    integrationStyle: 'REST',
    httpMethod: 'GET',
    apiUrl: 'https://api.mbs.gov.my/lesen',
    requestFields: [{ name: 'noPendaftaran', description: 'Nombor pendaftaran syarikat', type: 'String', length: '12', mandatory: true }],
    responseFields: [
      { name: 'noLesen', description: 'Nombor lesen', type: 'String', length: '20', mandatory: true },
      { name: 'tarikhTamat', description: 'Tarikh tamat lesen', type: 'Date' },
    ],
    reverse: {
      dataEntityIds: ['de_syarikat'],
      serviceId: 'SSM-MYDATA-R-MaklumatSyarikat',
      integrationStyle: 'REST',
      httpMethod: 'GET',
      apiUrl: 'https://api.ssm.com.my/syarikat',
      authentication: 'Certificate (TLS bersama)',
      responseFields: [{ name: 'namaSyarikat', description: 'Nama berdaftar', type: 'String', length: '150', mandatory: true }],
    },
  } as Partial<DataFlow>);
  const oneWay = makeRelation('dataFlow', 'sys_ssm', 'app_lesen', {
    id: 'fl_pengarah',
    method: 'myGdx',
    direction: 'supplies',
    category: 'berkala',
    dataEntityIds: ['de_pengarah'],
    serviceId: 'SSM-MYDATA-R-MaklumatPengarah',
    integrationStyle: 'SOAP',
    httpMethod: 'POST',
  } as Partial<DataFlow>);
  const doc = makeDocument([app, ssm, lesen, syarikat, pengarah], [twoWay, oneWay], 'Pelesenan Perniagaan Bersepadu');
  doc.meta = { ...doc.meta, pemilikProjek: 'Majlis Bandaraya Seremban', agensiInduk: 'Kerajaan Negeri Sembilan', version: '1.0', author: 'Unit Teknologi Maklumat MBS' };
  return doc;
}

/**
 * `doc` with the IDD fields a supplier fills in (URL API, Authentication, Data Format request and
 * response; 003 Lampiran A §2.1.1, §2.1.4–2.1.5) removed from every MyGDX service, both directions:
 * the worked example before its suppliers answered, for tests of what an unfilled IDD shows.
 */
export function withoutIddFields(doc: LakarDocument): LakarDocument {
  for (const r of doc.relations.values()) {
    if (r.kind !== 'dataFlow' || r.method !== 'myGdx') continue;
    const flow = r as DataFlow;
    for (const service of [flow, flow.reverse]) {
      if (!service) continue;
      delete service.apiUrl;
      delete service.authentication;
      delete service.requestFields;
      delete service.responseFields;
    }
  }
  return doc;
}
