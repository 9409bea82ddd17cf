import type { Draft } from 'immer';
import type { DataEntity, LakarDocumentData } from '../../model';
import { addRelation, describeRuleCases, dropRelations } from '../../../test/helpers/rules';

const de = (d: Draft<LakarDocumentData>, id: string) => d.elements[id] as Draft<DataEntity>;
const captureIdentity = (d: Draft<LakarDocumentData>) => {
  for (const r of Object.values(d.relations)) if (r.kind === 'accesses' && r.target === 'de_identiti') (r as { access?: string }).access = 'capture';
};

describeRuleCases([
  {
    rule: 'data.onceOnlyCapture',
    breaks: {
      when: 'the application captures identity data owned by Registri Penduduk',
      edit: captureIdentity,
      ms: 'dimiliki oleh Registri Penduduk (sumber rekod sah) tetapi ditawan semula oleh "Sistem Pengambilan Pekerja"',
      en: 'owned by the Population Registry',
      elements: ['de_identiti', 'app_spp'],
    },
    passes: { when: 'it reads the data received from JPN over MyGDX (as in the example)' },
  },
  {
    rule: 'data.onceOnlyCapture',
    breaks: {
      when: 'a G2B form captures company details again (the issue’s example: company → Syarikat dan Koperasi)',
      edit: (d) => {
        d.elements.de_syarikat = { id: 'de_syarikat', kind: 'dataEntity', name: 'Maklumat Syarikat Majikan', classification: 'terhad', registryRef: 'reg.ekonomi.syarikatKoperasi' };
        addRelation(d, 'accesses', 'mod_apply', 'de_syarikat', { access: 'capture' });
      },
      ms: 'Data "Maklumat Syarikat Majikan" dimiliki oleh Registri Syarikat dan Koperasi (sumber rekod sah) tetapi ditawan semula oleh "Modul Permohonan".',
      elements: ['de_syarikat', 'mod_apply'],
    },
    passes: { when: 'the module reads the company details a flow brings from the registry owner', edit: (d) => {
      d.elements.de_syarikat = { id: 'de_syarikat', kind: 'dataEntity', name: 'Maklumat Syarikat Majikan', classification: 'terhad', registryRef: 'reg.ekonomi.syarikatKoperasi' };
      addRelation(d, 'accesses', 'mod_apply', 'de_syarikat', { access: 'read' });
      d.elements.sys_ssm = { id: 'sys_ssm', kind: 'externalSystem', name: 'Sistem SSM', agency: 'Suruhanjaya Syarikat Malaysia', agencyCode: 'SSM', systemCode: 'MYDATA' };
      addRelation(d, 'dataFlow', 'sys_ssm', 'app_spp', { method: 'myGdx', direction: 'supplies', category: 'berkala', dataEntityIds: ['de_syarikat'], serviceId: 'SSM-MYDATA-R-MaklumatSyarikat' });
    } },
  },
  {
    rule: 'data.onceOnlyLikely',
    breaks: {
      when: 'captured data is named after MyKad details without a registry reference',
      edit: (d) => void (de(d, 'de_calon').name = 'Maklumat MyKad Calon'),
      ms: 'kelihatan seperti data Registri Penduduk',
      elements: ['de_calon'],
    },
    passes: { when: 'captured data is the applicant’s own (Maklumat Calon)' },
  },
  {
    rule: 'data.onceOnlyLikely',
    breaks: {
      when: 'a captured entity has a camelCase field from the marriage registry',
      edit: (d) => {
        de(d, 'de_calon').fields = [{ name: 'KodTarafKahwin' }];
        delete de(d, 'de_calon').ownerAgency; // not stated as the project's own records
      },
      ms: 'Registri Perkahwinan',
    },
    passes: { when: 'the entity states its registry (the once-only capture rule takes over)', edit: (d) => {
      de(d, 'de_calon').fields = [{ name: 'KodTarafKahwin' }];
      delete de(d, 'de_calon').ownerAgency;
      de(d, 'de_calon').repositoryRef = 'repo.sosial2.pekerja';
    } },
  },
  {
    rule: 'data.onceOnlyNoFlow',
    breaks: { when: 'identity data has no flow from JPN', edit: (d) => void delete d.relations.fl_b, elements: ['de_identiti'] },
    passes: { when: 'it comes from Sistem B over MyGDX' },
  },
  {
    rule: 'data.catalogueRefUnknown',
    breaks: { when: 'data refers to a repository not in the catalogue', edit: (d) => void (de(d, 'de_lokasi').repositoryRef = 'repo.infrastruktur.tiada'), ms: 'tiada dalam katalog (Sehingga Disember 2025)' },
    passes: { when: 'it refers to repo.infrastruktur.spatial' },
  },
  {
    rule: 'data.catalogueRefUnknown',
    breaks: { when: 'the project’s catalogue update withdrew the repository', edit: (d) => void (d.meta.catalogueUpdate = { format: 'lakar-catalogue-update', version: 'Sehingga Jun 2026', source: 'ujian', remove: ['repo.infrastruktur.spatial'] }), ms: 'Sehingga Jun 2026' },
    passes: { when: 'the update adds a registry the data refers to', edit: (d) => {
      d.meta.catalogueUpdate = {
        format: 'lakar-catalogue-update',
        version: 'Sehingga Jun 2026',
        source: 'ujian',
        registries: [{ id: 'reg.sosial2.tvet', sector: 'sosial2', name: { ms: 'TVET', en: 'TVET' }, official: true, dataKinds: ['tvet'], source: '003 Bab 1' }],
      };
      de(d, 'de_calon').registryRef = 'reg.sosial2.tvet';
    } },
  },
  {
    rule: 'data.registryRefSuggest',
    breaks: {
      when: 'data read by the application looks like marriage-registry data',
      edit: (d) => {
        d.elements.de_kahwin = { id: 'de_kahwin', kind: 'dataEntity', name: 'Status Perkahwinan Pemohon', classification: 'terhad', ownerAgency: 'JPN' };
        addRelation(d, 'accesses', 'app_spp', 'de_kahwin', { access: 'read' });
      },
      ms: 'Registri Perkahwinan',
    },
    passes: { when: 'data names match no registry' },
  },
  {
    rule: 'data.classificationMissing',
    breaks: { when: 'data has no classification', edit: (d) => void delete de(d, 'de_calon').classification, elements: ['de_calon'] },
    passes: { when: 'all data is classified' },
  },
  {
    rule: 'data.notAccessed',
    breaks: {
      when: 'spatial data only passes between two external systems and no application accesses it',
      edit: (d) => void ((d.relations.fl_d as { target: string }).target = 'sys_c'),
      ms: 'Data "Data Spatial Lokasi" tidak diakses',
      elements: ['de_lokasi'],
    },
    passes: { when: 'a Web Map Service flow brings it to the application (as in the example, 001 §3.3.4 f)' },
  },
  {
    rule: 'data.notAccessed',
    breaks: { when: 'data is only linked to a site', edit: (d) => {
      d.elements.de_x = { id: 'de_x', kind: 'dataEntity', name: 'Rekod Temu Duga', classification: 'terhad' };
      addRelation(d, 'association', 'de_x', 'site_hq');
    }, elements: ['de_x'] },
    passes: { when: 'the application reads it', edit: (d) => {
      d.elements.de_x = { id: 'de_x', kind: 'dataEntity', name: 'Rekod Temu Duga', classification: 'terhad' };
      addRelation(d, 'accesses', 'app_spp', 'de_x', { access: 'read' });
    } },
  },
  {
    rule: 'data.supplierMissing',
    breaks: {
      when: 'data states no owner and no flow brings it',
      edit: (d) => {
        d.elements.de_x = { id: 'de_x', kind: 'dataEntity', name: 'Rekod Temu Duga', classification: 'terhad' };
        addRelation(d, 'accesses', 'app_spp', 'de_x', { access: 'write' });
      },
      elements: ['de_x'],
    },
    // the worked example names de_lokasi's agency (Agensi D): taken off, the flow from Sistem D alone must do
    passes: { when: 'data without an owner arrives from an external agency system (de_lokasi from Agensi D)', edit: (d) => void delete de(d, 'de_lokasi').ownerAgency },
  },
  {
    rule: 'data.supplierMissing',
    breaks: { when: 'the supplying flow is removed', edit: (d) => {
      dropRelations(d, (r) => r.id === 'fl_d');
      delete de(d, 'de_lokasi').ownerAgency;
    }, elements: ['de_lokasi'] },
    passes: { when: 'the owner agency is stated', edit: (d) => {
      dropRelations(d, (r) => r.id === 'fl_d');
      de(d, 'de_lokasi').ownerAgency = 'PLANMalaysia';
    } },
  },
]);
