import type { Draft } from 'immer';
import type { DataFlow, LakarDocumentData } from '../../model';
import { describeRuleCases } from '../../../test/helpers/rules';

const fl = (d: Draft<LakarDocumentData>, id: string) => d.relations[id] as Draft<DataFlow>;
const fillIdd = (f: Draft<DataFlow> | Draft<NonNullable<DataFlow['reverse']>>) => {
  f.integrationStyle = 'REST';
  f.httpMethod = 'GET';
  f.apiUrl = 'https://api.example.gov.my/v1';
  f.requestFields = [{ name: 'noKp' }];
  f.responseFields = [{ name: 'nama' }];
};

describeRuleCases([
  {
    rule: 'flow.fieldsMissing',
    breaks: {
      when: 'a flow lacks method and direction',
      edit: (d) => {
        delete fl(d, 'fl_xy').method;
        delete fl(d, 'fl_xy').direction;
      },
      ms: 'tidak menyatakan kaedah integrasi, arah',
      relations: ['fl_xy'],
    },
    passes: { when: 'its classification comes from the data it carries' },
  },
  {
    rule: 'flow.fieldsMissing',
    breaks: { when: 'neither the flow nor its data is classified', edit: (d) => void delete (d.elements.de_calon as { classification?: string }).classification, en: 'data classification' },
    passes: { when: 'the flow states its own classification', edit: (d) => {
      delete (d.elements.de_calon as { classification?: string }).classification;
      for (const id of ['fl_xy', 'fl_yz', 'fl_a', 'fl_c']) fl(d, id).classification = 'terhad';
    } },
  },
  {
    rule: 'flow.noData',
    breaks: { when: 'a flow carries no data', edit: (d) => void delete fl(d, 'fl_yz').dataEntityIds, relations: ['fl_yz'] },
    passes: { when: 'every flow names its data' },
  },
  {
    rule: 'flow.methodCategory',
    breaks: { when: 'a one-off transfer uses an API', edit: (d) => void (fl(d, 'fl_yz').category = 'oneOff'), ms: 'menggunakan API bagi perkongsian One-off (sekali sahaja)' },
    passes: { when: 'a one-off transfer goes by e-mail/file', edit: (d) => {
      fl(d, 'fl_yz').category = 'oneOff';
      fl(d, 'fl_yz').method = 'emailFile';
    } },
  },
  {
    rule: 'flow.methodCategory',
    breaks: { when: 'periodic sharing is manual', edit: (d) => void (fl(d, 'fl_xy').method = 'manual'), en: 'uses Manual for Periodic (Berkala) sharing' },
    passes: { when: 'periodic sharing uses SFTP (as in the example)' },
  },
  {
    rule: 'flow.classifiedByEmail',
    breaks: { when: 'Sulit data goes by e-mail/file', edit: (d) => {
      fl(d, 'fl_xy').method = 'emailFile';
      fl(d, 'fl_xy').classification = 'sulit';
    }, ms: 'membawa data Sulit melalui e-mel/fail', relations: ['fl_xy'] },
    passes: { when: 'only Terhad data goes by e-mail/file', edit: (d) => {
      fl(d, 'fl_xy').method = 'emailFile';
      (d.elements.de_calon as { classification?: string }).classification = 'terhad';
    } },
  },
  {
    rule: 'infra.classifiedControls',
    breaks: { when: 'Sulit data exists but no HSM is listed', edit: (d) => void delete d.elements.sec_hsm, ms: 'tidak menyenaraikan HSM', elements: ['de_identiti'] },
    passes: { when: 'HSM, SIEM and DLP are listed' },
  },
  {
    rule: 'flow.serviceIdFormat',
    breaks: { when: 'the Servis ID does not follow the template', edit: (d) => void (fl(d, 'fl_a').serviceId = 'AGA_SYSA_R'), ms: '"AGA_SYSA_R" tidak mengikut bentuk' },
    passes: { when: 'Servis IDs look like JDN-DDSA-R-KodTarafKahwin', edit: (d) => void (fl(d, 'fl_a').serviceId = 'AGA-SYSA-R-KodTarafKahwin') },
  },
  {
    rule: 'flow.serviceIdFormat',
    breaks: { when: 'a MyGDX flow has no Servis ID', edit: (d) => void delete fl(d, 'fl_b').serviceId, en: 'the Servis ID is not filled in' },
    passes: { when: 'a non-MyGDX flow has none', edit: (d) => void delete fl(d, 'fl_c').serviceId },
  },
  {
    rule: 'flow.serviceIdSupplier',
    breaks: { when: 'the Servis ID names another agency than the supplier', edit: (d) => void (fl(d, 'fl_b').serviceId = 'JDN-DDSA-R-MaklumatIdentiti'), ms: 'tidak bermula dengan kod pembekal JPN-SYSB', elements: ['sys_b'] },
    passes: { when: 'it starts with the supplier’s codes (JPN-SYSB-…)' },
  },
  {
    rule: 'flow.iddIncomplete',
    breaks: { when: 'MyGDX services lack URL and data formats, each direction of a two-way flow on its own', edit: (d) => {
      // the example's suppliers filled their IDD fields in: take them out again
      for (const f of [fl(d, 'fl_a'), fl(d, 'fl_a').reverse!, fl(d, 'fl_b')]) {
        delete f.apiUrl;
        delete f.requestFields;
        delete f.responseFields;
      }
    }, ms: 'IDD servis MyGDX "Sistem A – Sistem Pengambilan Pekerja" belum lengkap — (belum diisi): URL API, Data Format (Request), Data Format (Response)', relations: ['fl_a'] },
    passes: { when: 'every IDD field of 003 Lampiran A is filled in (consumers known from the flow’s other end, Authentication defaulting to "Certificate")', edit: (d) => {
      fillIdd(fl(d, 'fl_a'));
      fillIdd(fl(d, 'fl_a').reverse!);
      fillIdd(fl(d, 'fl_b'));
    } },
  },
  {
    rule: 'flow.iddIncomplete',
    breaks: { when: 'a service’s consumer is neither listed nor known (its consumer states no agency)', edit: (d) => {
      fillIdd(fl(d, 'fl_b'));
      delete (d.elements.app_spp as { agency?: string }).agency;
    }, en: 'not filled in: Consumer agencies', relations: ['fl_b'] },
    passes: { when: 'the service lists its consumer agencies with their codes', edit: (d) => {
      for (const f of [fl(d, 'fl_a'), fl(d, 'fl_a').reverse!, fl(d, 'fl_b')]) fillIdd(f);
      delete (d.elements.app_spp as { agency?: string }).agency;
      fl(d, 'fl_b').consumers = [{ agencyName: 'Agensi PQRST', memberCode: 'PQRST', subsystemCode: 'SPP' }];
      fl(d, 'fl_a').reverse!.consumers = [{ agencyName: 'Agensi PQRST', memberCode: 'PQRST', subsystemCode: 'SPP' }];
      (d.elements.app_spp as { agency?: string }).agency = 'Agensi PQRST';
    } },
  },
  {
    rule: 'flow.twoWayOneService',
    breaks: { when: 'a two-way MyGDX flow describes one direction only', edit: (d) => void delete fl(d, 'fl_a').reverse, ms: 'servis daripada Sistem A kepada Sistem Pengambilan Pekerja tiada Servis ID atau data', relations: ['fl_a'] },
    passes: { when: 'the reverse service has its own Servis ID and data (as in the example: Sistem A supplies Keputusan Tapisan Calon)' },
  },
  {
    rule: 'flow.serviceIdSupplier',
    breaks: { when: 'the reverse service’s Servis ID names the project’s agency instead of its supplier, Agensi A', edit: (d) => void (fl(d, 'fl_a').reverse!.serviceId = 'PQRST-SPP-R-KeputusanTapisan'), en: 'of service "Sistem A – Sistem Pengambilan Pekerja" does not start with the supplier’s codes AGA-SYSA', elements: ['sys_a'] },
    passes: { when: 'each direction’s Servis ID starts with its own supplier’s codes (PQRST-SPP-… forward, AGA-SYSA-… reverse)' },
  },
]);
