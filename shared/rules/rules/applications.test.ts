import type { Draft } from 'immer';
import type { Application, LakarDocumentData, Module, AppService } from '../../model';
import { addRelation, describeRuleCases, dropRelations } from '../../../test/helpers/rules';

const app = (d: Draft<LakarDocumentData>) => d.elements.app_spp as Draft<Application>;
const LIST = [
  { name: 'SISTEM PENGAMBILAN PEKERJA', agency: 'Agensi X', function: 'Pengurusan pengambilan pekerja sektor awam', sector: 'sosial2' as const, line: 4 },
  { name: 'Sistem Cuti', agency: 'Agensi Y', function: 'Permohonan cuti', line: 5 },
];

describeRuleCases([
  {
    rule: 'app.duplicateInModel',
    breaks: { when: 'two applications have the same name', edit: (d) => void (d.elements.app_2 = { id: 'app_2', kind: 'application', name: 'sistem pengambilan  pekerja' }), elements: ['app_spp', 'app_2'], ms: 'nama sama' },
    passes: { when: 'application names differ', edit: (d) => void (d.elements.app_2 = { id: 'app_2', kind: 'application', name: 'Sistem Latihan' }) },
  },
  {
    rule: 'app.duplicateInModel',
    breaks: { when: 'two applications share agency and system codes', edit: (d) => void (d.elements.app_2 = { id: 'app_2', kind: 'application', name: 'SPP Baharu', agencyCode: 'pqrst', systemCode: 'spp' }), ms: 'PQRST-SPP' },
    passes: { when: 'their codes differ', edit: (d) => void (d.elements.app_2 = { id: 'app_2', kind: 'application', name: 'SPP Baharu', agencyCode: 'PQRST', systemCode: 'SPP2' }) },
  },
  {
    rule: 'app.duplicateInAgencyList',
    breaks: { when: 'the imported RASA list already has the application', options: { agencyApplications: LIST }, ms: '"SISTEM PENGAMBILAN PEKERJA" (Agensi X, baris 4)', elements: ['app_spp'] },
    passes: { when: 'the list has other applications only', options: { agencyApplications: LIST.slice(1) } },
  },
  {
    rule: 'app.duplicateInAgencyList',
    breaks: {
      when: 'the list is stored in the project (meta.agencyApplications)',
      edit: (d) => void (d.meta.agencyApplications = { importedFrom: 'rasa.csv', importedAt: '2026-01-01', entries: LIST }),
      en: 'line 4',
    },
    passes: { when: 'no list is imported' },
  },
  {
    rule: 'app.sameFunctionInAgencyList',
    breaks: { when: 'another agency lists an application with the same function', options: { agencyApplications: LIST }, ms: '(Agensi X, baris/line 4)', elements: ['sv_main'] },
    passes: { when: 'that application belongs to the project’s own agency', options: { agencyApplications: [{ ...LIST[0], agency: 'Agensi PQRST' }] } },
  },
  {
    rule: 'app.categoryMissing',
    breaks: { when: 'the application has no category', edit: (d) => void delete app(d).category, elements: ['app_spp'] },
    passes: { when: 'it is an Aplikasi Utama Spesifik Agensi' },
  },
  {
    rule: 'app.noProcess',
    breaks: { when: 'neither the application nor its modules support a process', edit: (d) => dropRelations(d, (r) => r.kind === 'supports'), elements: ['app_spp'] },
    passes: { when: 'only a module supports a process', edit: (d) => {
      dropRelations(d, (r) => r.kind === 'supports');
      addRelation(d, 'supports', 'mod_apply', 'pr_1');
    } },
  },
  {
    rule: 'app.notHosted',
    breaks: { when: 'the application is hosted nowhere', edit: (d) => dropRelations(d, (r) => r.kind === 'hostedOn'), ms: 'tidak ditempatkan' },
    passes: { when: 'it is hosted at PDSA JDN' },
  },
  {
    rule: 'module.parentMissing',
    breaks: { when: 'a module has no parent application', edit: (d) => void delete (d.elements.mod_user as Draft<Module>).parentId, elements: ['mod_user'] },
    passes: { when: 'modules belong to the application and application services to modules' },
  },
  {
    rule: 'module.parentMissing',
    breaks: { when: 'an application service’s parent is a service', edit: (d) => void ((d.elements.as_role as Draft<AppService>).parentId = 'sv_main'), en: 'has a Service "Perkhidmatan Pengurusan Pengambilan Pekerja" as parent' },
    passes: { when: 'its parent is an application', edit: (d) => void ((d.elements.as_role as Draft<AppService>).parentId = 'app_spp') },
  },
  {
    // 001 Jadual 3-1 label 5, §3.3.4 d: modules belong to an application; a cycle has none at its top
    rule: 'module.parentCycle',
    breaks: {
      when: 'two modules name each other as parent (a hand-edited file)',
      edit: (d) => {
        (d.elements.mod_user as Draft<Module>).parentId = 'mod_apply';
        (d.elements.mod_apply as Draft<Module>).parentId = 'mod_user';
      },
      elements: ['mod_user', 'mod_apply'],
      ms: '"Modul Pengguna", "Modul Permohonan" menamakan satu sama lain sebagai induk dalam satu kitaran',
      en: 'so no application heads them',
    },
    passes: { when: 'one of them is put back under the application', edit: (d) => void ((d.elements.mod_user as Draft<Module>).parentId = 'mod_apply') },
  },
  {
    rule: 'module.parentCycle',
    breaks: { when: 'an application service is its own parent', edit: (d) => void ((d.elements.as_role as Draft<AppService>).parentId = 'as_role'), elements: ['as_role'], ms: '"Perkhidmatan Konfigurasi Peranan Pengguna" menamakan dirinya sendiri sebagai induk' },
    passes: { when: 'parts hang below one another as deep as they like, under an application', edit: (d) => void ((d.elements.mod_report as Draft<Module>).parentId = 'as_apply') },
  },
]);
