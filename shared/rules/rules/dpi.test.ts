import type { Draft } from 'immer';
import type { Application, DataFlow, LakarDocumentData } from '../../model';
import { addRelation, describeRuleCases, dropRelations } from '../../../test/helpers/rules';

const flow = (d: Draft<LakarDocumentData>, id: string) => d.relations[id] as Draft<DataFlow>;

/** Adds process `pr_x` (generic process `no`) realised by the service and supported by `by`. */
function addProcess(d: Draft<LakarDocumentData>, no: number, by: string) {
  d.elements.pr_x = { id: 'pr_x', kind: 'process', name: no === 20 ? 'Pengesahan Identiti' : 'Pembayaran Fi', genericProcess: no };
  addRelation(d, 'realizes', 'sv_main', 'pr_x');
  addRelation(d, 'supports', by, 'pr_x');
}

function addPlainApp(d: Draft<LakarDocumentData>) {
  d.elements.app_x = { id: 'app_x', kind: 'application', name: 'Sistem Bayaran', category: 'spesifikAgensi' };
}

describeRuleCases([
  {
    rule: 'dpi.mydigitalIdSso',
    breaks: { when: 'the application does not use MyDigital ID', edit: (d) => dropRelations(d, (r) => r.kind === 'usesPlatform' && r.source === 'app_spp'), elements: ['app_spp'], ms: 'log masuk tunggal' },
    passes: { when: 'one of its modules uses MyDigital ID', edit: (d) => {
      dropRelations(d, (r) => r.kind === 'usesPlatform' && r.source === 'app_spp');
      addRelation(d, 'usesPlatform', 'mod_user', 'pf_mydid');
    } },
  },
  {
    rule: 'dpi.identityVerification',
    breaks: { when: 'identity verification is supported by an application without MyDigital ID', edit: (d) => {
      addPlainApp(d);
      addProcess(d, 20, 'app_x');
    }, elements: ['pr_x'] },
    passes: { when: 'it is supported by the application that uses MyDigital ID', edit: (d) => addProcess(d, 20, 'app_spp') },
  },
  {
    rule: 'dpi.ePayment',
    breaks: { when: 'a payment process is supported without the ePayment Gateway', edit: (d) => addProcess(d, 14, 'app_spp'), ms: 'tidak disokong oleh ePayment Gateway' },
    passes: { when: 'the ePayment Gateway platform supports it', edit: (d) => {
      addProcess(d, 14, 'app_spp');
      d.elements.pf_pay = { id: 'pf_pay', kind: 'platform', name: 'ePayment Gateway', platformType: 'ePaymentGateway' };
      addRelation(d, 'supports', 'pf_pay', 'pr_x');
    } },
  },
  {
    rule: 'dpi.ePayment',
    breaks: { when: 'an unmapped process is named "Bayaran"', edit: (d) => {
      d.elements.pr_y = { id: 'pr_y', kind: 'process', name: 'Bayaran Lesen' };
      addRelation(d, 'supports', 'app_spp', 'pr_y');
    }, elements: ['pr_y'] },
    passes: { when: 'the application itself uses the ePayment Gateway', edit: (d) => {
      addProcess(d, 14, 'app_spp');
      d.elements.pf_pay = { id: 'pf_pay', kind: 'platform', name: 'ePayment Gateway', platformType: 'ePaymentGateway' };
      addRelation(d, 'usesPlatform', 'app_spp', 'pf_pay');
    } },
  },
  {
    rule: 'dpi.myGdxCrossAgency',
    breaks: { when: 'data from Agensi C comes periodically by SFTP', edit: (d) => void (flow(d, 'fl_c').method = 'sftp'), ms: '"Sistem C" (Agensi C) merentas agensi tetapi menggunakan SFTP, bukan MyGDX.', relations: ['fl_c'] },
    passes: { when: 'other agencies supply by MyGDX, Web Service and Web Map Service as in 001 §3.3.4 f (003 §2.4.3: MyGDX or API)' },
  },
  {
    rule: 'dpi.myGdxCrossAgency',
    breaks: {
      when: 'Registri Penduduk data from JPN comes over an API instead of MyGDX',
      edit: (d) => void (flow(d, 'fl_b').method = 'api'),
      ms: '"Sistem B" (Jabatan Pendaftaran Negara) merentas agensi tetapi menggunakan API, bukan MyGDX (data Registri Penduduk dikongsi melalui MyGDX).',
      en: 'not MyGDX (data of the Population Registry is shared through MyGDX)',
      relations: ['fl_b'],
    },
    passes: { when: 'a one-off transfer to another agency goes by e-mail/file (003 Jadual 3 Bil. 1)', edit: (d) => {
      flow(d, 'fl_c').category = 'oneOff';
      flow(d, 'fl_c').method = 'emailFile';
    } },
  },
  {
    rule: 'dpi.myGdxCrossAgency',
    breaks: { when: 'the system of Agensi D sends by SFTP to a module of an application of another agency', edit: (d) => {
      flow(d, 'fl_d').method = 'sftp';
      flow(d, 'fl_d').target = 'mod_apply';
    }, ms: '"Sistem D" (Agensi D)', elements: ['sys_d'] },
    passes: { when: 'the application at the other end belongs to the same agency as the external system', edit: (d) => {
      flow(d, 'fl_d').method = 'sftp';
      flow(d, 'fl_d').target = 'mod_apply';
      (d.elements.app_spp as Draft<Application>).agency = ' agensi d ';
    } },
  },
  {
    rule: 'dpi.myGdxPlatformUnused',
    breaks: {
      when: 'the model has a MyGDX platform but its flows use API instead',
      edit: (d) => {
        flow(d, 'fl_a').method = 'api';
        flow(d, 'fl_b').method = 'api';
      },
      ms: 'Platform "MyGDX" tidak dihubungkan dengan mana-mana elemen dan tiada aliran data menggunakan kaedah MyGDX.',
      elements: ['pf_mygdx'],
    },
    passes: { when: 'MyGDX flows use it (worked example, 001 §3.3.4 f)' },
  },
  {
    rule: 'dpi.myGdxPlatformUnused',
    breaks: { when: 'no flow uses MyGDX any more', edit: (d) => dropRelations(d, (r) => r.kind === 'dataFlow' && r.method === 'myGdx'), elements: ['pf_mygdx'] },
    passes: { when: 'the application is connected to the platform', edit: (d) => {
      dropRelations(d, (r) => r.kind === 'dataFlow' && r.method === 'myGdx');
      addRelation(d, 'usesPlatform', 'app_spp', 'pf_mygdx');
    } },
  },
]);
