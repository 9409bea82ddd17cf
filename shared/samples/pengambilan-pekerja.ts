/**
 * The worked example of 001 §3.3.4 (Rajah 3-1): Perkhidmatan Pengurusan Pengambilan Pekerja.
 * Offered as File › New from example, and used by tests across the app.
 */
import { createEmptyDocument } from '../model/document';
import { layoutViewSync } from '../layout/run';
import { defaultSlot } from '../model/bands';
import { bandOf } from '../model/kinds';
import type { Element, LakarDocument, Relation } from '../model/schema';
import { Table } from '../model/table';
import { proposalOfExample } from './pengambilan-pekerja-proposal';
import { KEPUTUSAN_TAPISAN, MAKLUMAT_CALON, MAKLUMAT_IDENTITI } from './pengambilan-pekerja-idd';

/** Build the §3.3.4 example as a complete document with one laid-out view (shared/layout, deterministic). */
export function pengambilanPekerjaExample(now = new Date().toISOString()): LakarDocument {
  const doc = createEmptyDocument('Perkhidmatan Pengurusan Pengambilan Pekerja', now);
  doc.meta = {
    ...doc.meta,
    pemilikProjek: 'Agensi PQRST',
    penerajuProjek: 'Agensi PQRST',
    // JDN recommends the project implementer (001 Jadual 4-1 langkah 8); the system runs at PDSA JDN
    pelaksanaProjek: 'Jabatan Digital Negara',
    pelaksanaPerolehan: 'Agensi PQRST',
    sector: 'sosial2',
    category: 'wog',
    agensiInduk: 'Kementerian Sumber Manusia (KESUMA)',
    serviceDomain: 'sosial2.pekerjaan',
    version: '1.0',
    author: 'Unit Perancangan Strategik ICT, Agensi PQRST',
    objectives: 'Menyediakan perkhidmatan pengurusan pengambilan pekerja secara bersepadu bagi G2C, G2B, G2G dan G2E.',
    expectedOutcomes: {
      pengoptimumanKos: 'Satu sistem bersepadu menggantikan sistem pengambilan berasingan.',
      pengoptimumanSumber: 'Perkongsian data melalui MyGDX mengurangkan kemasukan data berulang.',
      pulanganNilaiTerbaik: 'Tempoh pengambilan pekerja dipendekkan.',
    },
    ...proposalOfExample(),
    // the sector's registries and repositories (001 Rajah 2-13) this service does not draw on, and why (§3.2.1 c)
    declinedCatalogueRefs: [
      { ref: 'reg.sosial2.pelajar', reason: 'Registri Pelajar merekod pelajar yang masih belajar; calon ialah lepasan pengajian dan kelayakan yang telah dianugerahkan disemak daripada rekod graduan Sistem C (Agensi C, KPT), sumber sah kelayakan tersebut.' },
      { ref: 'reg.sosial2.pekerjaan', reason: 'Rekod pekerjaan diwujudkan oleh majikan selepas calon dilantik, di luar skop perkhidmatan padanan ini.' },
      { ref: 'reg.sosial2.pesara', reason: 'Pesara bukan kumpulan sasar perkhidmatan ini.' },
      { ref: 'repo.sosial2.pendidikan', reason: 'Tiada analisis data pendidikan dalam skop.' },
      { ref: 'repo.sosial2.maklumatMurid', reason: 'Maklumat murid tidak diperlukan bagi pengambilan pekerja.' },
      { ref: 'repo.sosial2.institusiLatihan', reason: 'Institusi latihan tidak terlibat dalam proses pengambilan.' },
      { ref: 'repo.sosial2.tvet', reason: 'Repositori TVET menghimpunkan data institusi dan program TVET bagi analisis, bukan sijil individu calon; sijil individu disemak daripada Sistem C.' },
      // 001 §3.2.1 c: the vacancies stay in the sector's repository, where employers publish them; not copied here
      { ref: 'repo.sosial2.tawaranPekerjaan', reason: 'Majikan mengiklankan kekosongan di repositori ini sendiri; sistem ini hanya merekod jawatan yang dipohon calon dan tidak menyalin data kekosongan.' },
      { ref: 'repo.sosial2.profilKemahiran', reason: 'Profil kemahiran dinilai melalui temu duga, bukan daripada repositori.' },
      { ref: 'repo.sosial2.pekerja', reason: 'Rekod pekerja diwujudkan oleh majikan selepas pelantikan, di luar skop.' },
    ],
  };
  const els: Element[] = [
    { id: 'tg_g2c', kind: 'targetGroup', name: 'Pencari Kerja', lifecycle: 'G2C', group: 'Warganegara', subcategory: 'Pekerja', persona: 'Pencari Kerja' },
    // employers of any industry: Jadual 2-1's G2B row (Ekonomi) opens with the MSIC industries; "Usahawan" is one kind of business, not an employer
    { id: 'tg_g2b', kind: 'targetGroup', name: 'Majikan', lifecycle: 'G2B', group: 'Warganegara', subcategory: '12 bidang industri merujuk kepada Malaysia Standard Industrial Classification (MSIC)' },
    { id: 'tg_g2g', kind: 'targetGroup', name: 'Agensi Persekutuan', lifecycle: 'G2G', group: 'Agensi Persekutuan', subcategory: 'Kementerian dan Jabatan Persekutuan' },
    { id: 'tg_g2e', kind: 'targetGroup', name: 'Penjawat Awam', lifecycle: 'G2E', group: 'Penjawat Awam', subcategory: 'Penjawat Awam Masih Berkhidmat' },
    { id: 'ch_counter', kind: 'channel', name: 'Bersemuka', channelType: 'counter' },
    { id: 'ch_portal', kind: 'channel', name: 'Portal MyGovernment', channelType: 'portalMyGovernment', url: 'https://malaysia.gov.my' },
    { id: 'ch_app', kind: 'channel', name: 'Aplikasi MyGov', channelType: 'myGovApp' },
    { id: 'sv_main', kind: 'service', name: 'Perkhidmatan Pengurusan Pengambilan Pekerja', e2eCategory: 'separaE2e', serviceDomain: 'sosial2.pekerjaan' },
    { id: 'pr_1', kind: 'process', name: 'Pendaftaran', genericProcess: 1, order: 1 },
    { id: 'pr_2', kind: 'process', name: 'Pengesahan', genericProcess: 20, order: 2 },
    { id: 'pr_3', kind: 'process', name: 'Kelulusan', genericProcess: 11, order: 3 },
    { id: 'pr_4', kind: 'process', name: 'Cetakan', genericProcess: 15, order: 4 },
    // Aplikasi Utama Spesifik Agensi (001 §2.5.3): the service is offered by Agensi PQRST alone, not by
    // more than one agency (§2.5.2); the other agencies' systems only exchange data with it
    { id: 'app_spp', kind: 'application', name: 'Sistem Pengambilan Pekerja', category: 'spesifikAgensi', agency: 'Agensi PQRST', agencyCode: 'PQRST', systemCode: 'SPP' },
    { id: 'mod_user', kind: 'module', name: 'Modul Pengguna', parentId: 'app_spp' },
    { id: 'mod_apply', kind: 'module', name: 'Modul Permohonan', parentId: 'app_spp' },
    { id: 'mod_report', kind: 'module', name: 'Modul Laporan', parentId: 'app_spp' },
    { id: 'as_role', kind: 'appService', name: 'Perkhidmatan Konfigurasi Peranan Pengguna', parentId: 'mod_user' },
    { id: 'as_apply', kind: 'appService', name: 'Perkhidmatan Permohonan Calon', parentId: 'mod_apply' },
    { id: 'as_report', kind: 'appService', name: 'Perkhidmatan Pelaporan', parentId: 'mod_report' },
    { id: 'pf_mydid', kind: 'platform', name: 'MyDigital ID', platformType: 'myDigitalId' },
    { id: 'pf_mygdx', kind: 'platform', name: 'MyGDX', platformType: 'myGdx' },
    { id: 'sys_xy', kind: 'externalSystem', name: 'Sistem XY', agency: 'Agensi PQRST', internal: true },
    { id: 'sys_yz', kind: 'externalSystem', name: 'Sistem YZ', agency: 'Agensi PQRST', internal: true },
    // each supplier's parent ministry, for NAMA AGENSI INDUK on its IDD's cover (003 Lampiran A)
    { id: 'sys_a', kind: 'externalSystem', name: 'Sistem A', agency: 'Agensi A', agencyCode: 'AGA', systemCode: 'SYSA', parentAgency: 'Jabatan Perdana Menteri (JPM)' },
    { id: 'sys_b', kind: 'externalSystem', name: 'Sistem B', agency: 'Jabatan Pendaftaran Negara', agencyCode: 'JPN', systemCode: 'SYSB', parentAgency: 'Kementerian Dalam Negeri (KDN)' },
    { id: 'sys_c', kind: 'externalSystem', name: 'Sistem C', agency: 'Agensi C', agencyCode: 'AGC', systemCode: 'SYSC', parentAgency: 'Kementerian Pendidikan Tinggi (KPT)' },
    { id: 'sys_d', kind: 'externalSystem', name: 'Sistem D', agency: 'Agensi D', agencyCode: 'AGD', systemCode: 'SYSD', parentAgency: 'Kementerian Sumber Asli dan Kelestarian Alam (NRES)' },
    {
      id: 'de_calon',
      kind: 'dataEntity',
      name: 'Maklumat Calon',
      // Sulit: it carries the MyKad number and name that JPN supplies as Sulit (Maklumat Identiti
      // Individu); data received is not handed on at a lower classification (003 §2.4.4 iii)
      classification: 'sulit',
      personalData: true,
      ownerAgency: 'Agensi PQRST',
      dataLifecycle: { storedAt: 'Pangkalan data Sistem Pengambilan Pekerja di PDSA JDN', published: true, publishedVia: 'Statistik agregat pengambilan di portal data terbuka agensi (tanpa data peribadi)', retention: '7 tahun selepas proses pengambilan ditutup' },
    },
    {
      id: 'de_identiti',
      kind: 'dataEntity',
      name: 'Maklumat Identiti Individu',
      classification: 'sulit',
      personalData: true,
      registryRef: 'reg.keselamatan.penduduk',
      ownerAgency: 'Jabatan Pendaftaran Negara',
      dataLifecycle: { storedAt: 'Nombor MyKad dan nama penuh disimpan dalam Maklumat Calon di PDSA JDN (dan dikongsi dengan Agensi A bagi tapisan, seperti dipersetujui dalam MoU JPN); tarikh lahir, jantina dan taraf kewarganegaraan tidak disimpan, hanya status semakan', published: false, retention: 'Bersama Maklumat Calon: 7 tahun selepas proses pengambilan ditutup' },
    },
    {
      id: 'de_tapisan',
      kind: 'dataEntity',
      name: 'Keputusan Tapisan Calon',
      // a named candidate's screening result, answered against Maklumat Calon (Sulit) and with its
      // application number: handed back no lower than it came (003 §2.4.4 iii)
      classification: 'sulit',
      personalData: true,
      ownerAgency: 'Agensi A',
      dataLifecycle: { storedAt: 'Pangkalan data Sistem Pengambilan Pekerja di PDSA JDN, bersama rekod calon', published: false, retention: '7 tahun selepas proses pengambilan ditutup' },
    },
    {
      id: 'de_kelayakan',
      kind: 'dataEntity',
      name: 'Maklumat Kelayakan Akademik',
      // a named graduate's qualification and grades (PNGK) are personal data "berbentuk sulit" (003 Takrifan 5)
      classification: 'sulit',
      personalData: true,
      ownerAgency: 'Agensi C',
      dataLifecycle: { storedAt: 'Tidak disimpan: disemak daripada Sistem C melalui Web Service; hanya status semakan direkodkan', published: false, retention: 'Status semakan disimpan bersama rekod calon' },
    },
    {
      id: 'de_lokasi',
      kind: 'dataEntity',
      name: 'Data Spatial Lokasi',
      classification: 'terbuka',
      personalData: false,
      repositoryRef: 'repo.infrastruktur.spatial',
      ownerAgency: 'Agensi D',
      dataLifecycle: { storedAt: 'Dipapar daripada Web Map Service Sistem D; tidak disalin', published: false, retention: 'Tidak disimpan' },
    },
    { id: 'site_pdsa', kind: 'site', name: 'PDSA JDN', siteType: 'pdsaJdn', role: 'production', hardware: [{ item: 'Pelayan aplikasi', quantity: 4 }], software: ['Linux, pangkalan data'], placement: ['Rak 10U', 'UPS berganda'] },
    { id: 'site_hq', kind: 'site', name: 'Ibu Pejabat Agensi PQRST', siteType: 'agencyHq', location: 'Putrajaya', hardware: [{ item: 'Komputer meja', quantity: 50 }], software: ['Pelayar web', 'Antivirus'], placement: ['Bahagian Sumber Manusia'] },
    // the public front end (portal and mobile API) runs in the cloud; the Sulit data stays in the database at PDSA JDN (001 §2.6.5 c)
    { id: 'site_cfa', kind: 'site', name: 'MyGovCloud@CFA', siteType: 'myGovCloudCfa', role: 'production', hardware: [{ item: 'Mesin maya (8 vCPU, 32 GB)', quantity: 4 }], software: ['Pelayan web hadapan'], placement: ['Langganan IaaS'] },
    { id: 'site_onsite', kind: 'site', name: 'On-site', siteType: 'onSite', role: 'production', hardware: [{ item: 'Komputer kaunter', quantity: 10 }, { item: 'Pencetak', quantity: 5 }], software: ['Pelayar web', 'Antivirus'], placement: ['Kaunter pejabat negeri'] },
    { id: 'site_drc', kind: 'site', name: 'DRC Enstek', siteType: 'drc', location: 'Enstek', hardware: [{ item: 'Pelayan sandaran', quantity: 2 }], software: ['Perisian replikasi data'], placement: ['Rak 4U', 'UPS berganda'] },
    { id: 'net_ipvpn', kind: 'network', name: 'IPVPN', networkType: 'ipvpn', speedMbps: 100 },
    { id: 'net_pcn', kind: 'network', name: 'MyGov*Net.PCN', networkType: 'myGovNetPcn', speedMbps: 1000 },
    { id: 'net_pdsa', kind: 'network', name: 'MyGov*Net.PDSA', networkType: 'myGovNetPdsa', speedMbps: 10000 },
    { id: 'sec_hsm', kind: 'securityControl', name: 'HSM', controlType: 'hsm' },
    { id: 'sec_siem', kind: 'securityControl', name: 'SIEM', controlType: 'siem' },
    { id: 'sec_dlp', kind: 'securityControl', name: 'DLP', controlType: 'dlp' },
  ];
  const rels: Relation[] = [];
  let n = 0;
  const rel = (kind: Exclude<Relation['kind'], 'dataFlow'>, source: string, target: string, extra: Partial<Relation> = {}) =>
    rels.push({ id: `rel_${++n}`, kind, source, target, ...extra } as Relation);
  for (const tg of ['tg_g2c', 'tg_g2b', 'tg_g2g', 'tg_g2e']) for (const ch of ['ch_counter', 'ch_portal', 'ch_app']) rel('uses', tg, ch);
  for (const ch of ['ch_counter', 'ch_portal', 'ch_app']) rel('delivers', ch, 'sv_main');
  for (const p of ['pr_1', 'pr_2', 'pr_3', 'pr_4']) {
    rel('realizes', 'sv_main', p);
    rel('supports', 'app_spp', p);
  }
  rel('usesPlatform', 'app_spp', 'pf_mydid');
  rel('usesPlatform', 'ch_portal', 'pf_mydid');
  rel('accesses', 'app_spp', 'de_calon', { access: 'capture' } as Partial<Relation>);
  rel('accesses', 'app_spp', 'de_identiti', { access: 'read' } as Partial<Relation>);
  rel('accesses', 'app_spp', 'de_tapisan', { access: 'read' } as Partial<Relation>);
  rel('accesses', 'app_spp', 'de_kelayakan', { access: 'read' } as Partial<Relation>);
  for (const s of ['site_pdsa', 'site_cfa', 'site_drc']) rel('hostedOn', 'app_spp', s);
  // the agency's internal systems run on its own premises
  for (const s of ['sys_xy', 'sys_yz']) rel('hostedOn', s, 'site_onsite');
  rel('connects', 'net_ipvpn', 'site_hq');
  rel('connects', 'net_ipvpn', 'site_onsite');
  rel('connects', 'net_pcn', 'site_hq');
  // the staff at headquarters (and the counters, through IPVPN to headquarters) reach the system where
  // it runs: MyGov*Net.PCN joins the agency to PDSA JDN (001 §3.3.4 g: networks "untuk menghubungkan
  // infrastruktur dengan perkhidmatan bersepadu"); a reviewer read the paper without it as users cut
  // off from the system
  rel('connects', 'net_pcn', 'site_pdsa');
  rel('connects', 'net_pdsa', 'site_pdsa');
  rel('connects', 'net_pdsa', 'site_drc');
  rel('connects', 'net_pdsa', 'site_cfa');
  // classified data (Maklumat Calon, Maklumat Identiti and the screening result, Sulit) lives wherever
  // the application runs, and at On-site, where the agency's own Sistem XY and YZ receive Maklumat
  // Calon (Jadual 3-1 label 7, Jadual 4-1 A.1.a vi: HSM, SIEM and DLP wherever it is kept; the LMV
  // lists them in each site's box)
  for (const c of ['sec_hsm', 'sec_siem', 'sec_dlp']) for (const s of ['site_pdsa', 'site_cfa', 'site_drc', 'site_onsite']) rel('protects', c, s);
  const MUTUAL_NOU = { instrument: 'nou', status: 'diluluskan', date: '2026-03-02', reference: 'AGA.700-2/1/4 (12)' } as const;
  const flow = (id: string, source: string, target: string, f: Partial<Extract<Relation, { kind: 'dataFlow' }>>) =>
    rels.push({ id, kind: 'dataFlow', source, target, category: 'berkala', ...f });
  flow('fl_xy', 'app_spp', 'sys_xy', { method: 'sftp', direction: 'supplies', dataEntityIds: ['de_calon'] });
  flow('fl_yz', 'app_spp', 'sys_yz', { method: 'api', direction: 'supplies', dataEntityIds: ['de_calon'] });
  // 001 §3.3.4 f: the two systems "saling memerlukan untuk menyediakan dan menerima data": one MyGDX
  // service each way, PQRST supplying Maklumat Calon and Agensi A its screening result
  flow('fl_a', 'app_spp', 'sys_a', {
    method: 'myGdx',
    direction: 'both',
    dataEntityIds: ['de_calon', 'de_tapisan'],
    serviceId: 'PQRST-SPP-R-MaklumatCalon',
    integrationStyle: 'REST',
    // POST: the lookup keys (application and MyKad numbers) travel in the body, as the IDD's
    // Data Format says ("Body"), and stay out of URLs and their logs (personal data, Akta 709)
    httpMethod: 'POST',
    ...MAKLUMAT_CALON,
    // each direction is a sharing its supplier approves (003 §2.4.2 iv): one NoU between the two
    // agencies covers both, PQRST's Maklumat Calon to Agensi A and Agensi A's screening result back
    reverse: { dataEntityIds: ['de_tapisan'], serviceId: 'AGA-SYSA-R-KeputusanTapisan', integrationStyle: 'REST', httpMethod: 'POST', ...KEPUTUSAN_TAPISAN, sharingApproval: MUTUAL_NOU },
    sharingApproval: MUTUAL_NOU,
  });
  // each MyGDX service with its IDD fields (003 Lampiran A §2.1.1, §2.1.4–2.1.5), as its supplier states them
  flow('fl_b', 'sys_b', 'app_spp', { method: 'myGdx', direction: 'supplies', dataEntityIds: ['de_identiti'], serviceId: 'JPN-SYSB-R-MaklumatIdentiti', integrationStyle: 'SOAP', httpMethod: 'POST', ...MAKLUMAT_IDENTITI, sharingApproval: { instrument: 'mou', status: 'diluluskan', date: '2026-05-08', reference: 'JPN.PP.600-1/4/2 (15)' } });
  flow('fl_c', 'sys_c', 'app_spp', { method: 'webService', direction: 'supplies', dataEntityIds: ['de_kelayakan'], sharingApproval: { instrument: 'surat', status: 'diluluskan', date: '2026-02-20', reference: 'AGC.100-1/3 (9)' } });
  flow('fl_d', 'sys_d', 'app_spp', { method: 'webMapService', direction: 'supplies', dataEntityIds: ['de_lokasi'], sharingApproval: { instrument: 'surat', status: 'diluluskan', date: '2026-02-20', reference: 'AGD.500-4/1 (3)' } });

  const view = doc.views.view_main;
  view.state = 'toBe';
  const perBand = new Map<string, number>();
  doc.elements = Table.of(els);
  doc.relations = Table.of(rels);
  for (const e of els) {
    const band = bandOf(e.kind);
    const i = perBand.get(band) ?? 0;
    perBand.set(band, i + 1);
    view.nodes[e.id] = defaultSlot(view, band, i);
  }
  // the example opens laid out as the guide draws it: every box in its band, rows wrapped to the page
  const laid = layoutViewSync(doc, view);
  doc.views.view_main = { ...view, nodes: laid.nodes, bandHeights: laid.bandHeights };
  return doc;
}
