/**
 * The checks a reviewer makes (issue 12): each rule reports a model that breaks it and passes on the
 * worked example of 001 §3.3.4.
 */
import type { Draft } from 'immer';
import type { DataEntity, DataFlow, LakarDocumentData, Site } from '../../model';
import { addRelation, describeRuleCases, dropRelations } from '../../../test/helpers/rules';

const fl = (d: Draft<LakarDocumentData>, id: string) => d.relations[id] as Draft<DataFlow>;
const de = (d: Draft<LakarDocumentData>, id: string) => d.elements[id] as Draft<DataEntity>;
const site = (d: Draft<LakarDocumentData>, id: string) => d.elements[id] as Draft<Site>;

describeRuleCases([
  {
    rule: 'data.ownerNotSupplier',
    breaks: {
      when: 'Sistem C of Agensi C supplies Maklumat Calon, which Agensi PQRST owns',
      edit: (d) => void (fl(d, 'fl_c').dataEntityIds = ['de_kelayakan', 'de_calon']),
      ms: 'Data "Maklumat Calon" dimiliki oleh Agensi PQRST tetapi dibekalkan oleh Agensi C (Sistem C) melalui aliran "Sistem C – Sistem Pengambilan Pekerja"',
      elements: ['de_calon', 'sys_c'],
      relations: ['fl_c'],
    },
    passes: { when: 'every flow’s data is supplied by its owner, each direction of the two-way flow on its own (as in the example)' },
  },
  {
    rule: 'data.ownerNotSupplier',
    breaks: {
      when: 'a two-way flow leaves Agensi A’s screening result in the forward direction, as if the project supplied it',
      edit: (d) => void delete fl(d, 'fl_a').reverse,
      en: 'Data "Keputusan Tapisan Calon" is owned by Agensi A but supplied by Agensi PQRST (Sistem Pengambilan Pekerja)',
    },
    passes: { when: 'the reverse service names the data Agensi A supplies' },
  },
  {
    rule: 'data.capturedAndReceived',
    breaks: {
      when: 'the application captures Maklumat Identiti and also receives it from JPN',
      edit: (d) => {
        for (const r of Object.values(d.relations)) if (r.kind === 'accesses' && r.target === 'de_identiti') (r as { access?: string }).access = 'capture';
      },
      ms: 'Data "Maklumat Identiti Individu" ditawan oleh "Sistem Pengambilan Pekerja" dan juga diterima olehnya melalui aliran "Sistem B – Sistem Pengambilan Pekerja"',
      elements: ['de_identiti', 'app_spp'],
      relations: ['fl_b'],
    },
    passes: { when: 'data received from JPN is only read, and captured data is only sent out (as in the example)' },
  },
  {
    rule: 'infra.classifiedControlsPartial',
    breaks: {
      when: 'HSM, SIEM and DLP protect PDSA JDN but not the DRC where the application also runs',
      edit: (d) => dropRelations(d, (r) => r.kind === 'protects' && r.target === 'site_drc'),
      ms: 'Lokasi "DRC Enstek" menempatkan "Sistem Pengambilan Pekerja" yang memegang data terperingkat tetapi tidak dilindungi oleh HSM, SIEM, DLP',
      elements: ['site_drc', 'app_spp'],
    },
    passes: { when: 'the controls protect every site the application runs at' },
  },
  {
    rule: 'infra.classifiedControlsPartial',
    breaks: { when: 'only the DLP leaves MyGovCloud@CFA out', edit: (d) => dropRelations(d, (r) => r.kind === 'protects' && r.source === 'sec_dlp' && r.target === 'site_cfa'), en: 'is not protected by DLP, which protect other sites only' },
    passes: {
      when: 'a control protecting the application itself covers all its sites',
      edit: (d) => {
        // the DLP stays at On-site: Sistem XY and YZ there are the agency's own, not the application's
        dropRelations(d, (r) => r.kind === 'protects' && r.source === 'sec_dlp' && r.target !== 'site_onsite');
        addRelation(d, 'protects', 'sec_dlp', 'app_spp');
      },
    },
  },
  {
    rule: 'site.roleMissing',
    breaks: { when: 'PDSA JDN hosts the application without saying whether it is production', edit: (d) => void delete site(d, 'site_pdsa').role, ms: 'Lokasi "PDSA JDN" menempatkan sistem tetapi tidak menyatakan peranannya', elements: ['site_pdsa'] },
    passes: { when: 'hosting sites state their role, or have it by type (DRC, MyGovCloud@CFA)' },
  },
  {
    rule: 'site.onSiteHostsNothing',
    breaks: { when: 'the on-site location hosts nothing', edit: (d) => dropRelations(d, (r) => r.kind === 'hostedOn' && r.target === 'site_onsite'), en: 'On-site location "On-site" hosts no application, platform or system.', elements: ['site_onsite'] },
    passes: { when: 'the agency’s internal systems run on-site (as in the example)' },
  },
  {
    rule: 'element.impliedRelationMissing',
    breaks: {
      when: 'a system of label 6 takes part in no data flow, and HSM protects nothing',
      edit: (d) => {
        dropRelations(d, (r) => r.kind === 'dataFlow' && r.source === 'sys_d');
        addRelation(d, 'hostedOn', 'sys_d', 'site_hq'); // still drawn with a relation, so not merely unconnected
        dropRelations(d, (r) => r.kind === 'protects' && r.source === 'sec_hsm');
        addRelation(d, 'association', 'sec_hsm', 'net_pdsa');
      },
      ms: 'Sistem Luaran "Sistem D" tidak membekal atau menerima data melalui mana-mana aliran data (label 6).',
      elements: ['sys_d', 'sec_hsm'],
    },
    passes: { when: 'every system has a flow, every control protects and every platform is used' },
  },
  {
    rule: 'meta.documentFacts',
    breaks: {
      when: 'the version, parent agency, preparer and cost table are blank',
      edit: (d) => {
        delete d.meta.version;
        delete d.meta.agensiInduk;
        delete d.meta.author;
        delete d.meta.costs;
      },
      ms: 'Maklumat projek belum diisi: Versi dokumen, Agensi Induk, Disediakan oleh, Anggaran Kos',
    },
    passes: { when: 'the example states them' },
  },
  {
    rule: 'meta.objectivesKpi',
    breaks: {
      when: 'an objective has no measure or target',
      edit: (d) => {
        const [first] = d.meta.measurableObjectives!;
        delete first.measure;
      },
      ms: 'tiada ukuran (KPI) atau sasaran yang boleh diukur',
    },
    passes: { when: 'every objective has its KPI and target (as in the example)' },
  },
  {
    rule: 'meta.objectivesKpi',
    breaks: { when: 'the objectives are only a statement', edit: (d) => void delete d.meta.measurableObjectives, en: 'The project objectives are stated without any measurable result (KPI and target).' },
    passes: { when: 'neither objectives nor KPIs are written yet (the paper marks the blank as a draft)', edit: (d) => {
      delete d.meta.measurableObjectives;
      delete d.meta.objectives;
    } },
  },
  {
    rule: 'meta.rasaNotChecked',
    breaks: { when: 'no agency application list was imported', edit: (d) => void delete d.meta.agencyApplications, ms: 'Senarai aplikasi agensi (Repositori Aplikasi Sektor Awam, RASA) belum diimport' },
    passes: { when: 'the example carries a RASA extract' },
  },
  {
    rule: 'wog.sameAgencyAllRoles',
    breaks: { when: 'one agency holds all four roles of a WoG project', edit: (d) => void (d.meta.pelaksanaProjek = 'Agensi PQRST'), en: 'all four roles (owner, lead, implementer and procurement implementer) are held by Agensi PQRST' },
    passes: { when: 'JDN is the proposed implementer (as in the example)' },
  },
  {
    rule: 'catalogue.sectorRefsUnused',
    breaks: {
      when: 'the Employment registry and the Job Offers repository of Sosial 2 are neither used nor declined',
      edit: (d) => void (d.meta.declinedCatalogueRefs = d.meta.declinedCatalogueRefs!.filter((x) => x.ref !== 'reg.sosial2.pekerjaan' && x.ref !== 'repo.sosial2.tawaranPekerjaan')),
      ms: 'Registri dan repositori Sektor Sosial 2 (Bakat) yang tidak digunakan dalam model dan tidak ditolak dengan sebab: "Registri Pekerjaan", "Repositori Tawaran Pekerjaan (awam/Swasta)"',
    },
    passes: {
      when: 'one is used by the model’s data and the other declined with a reason',
      edit: (d) => {
        d.meta.declinedCatalogueRefs = d.meta.declinedCatalogueRefs!.filter((x) => x.ref !== 'reg.sosial2.pekerjaan');
        de(d, 'de_calon').repositoryRef = 'repo.sosial2.pekerja';
        de(d, 'de_tapisan').registryRef = 'reg.sosial2.pekerjaan';
      },
    },
  },
]);
