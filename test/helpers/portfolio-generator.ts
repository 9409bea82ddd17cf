/**
 * A generated sector portfolio with known answers, for the matcher's precision/recall test and the
 * portfolio benchmark: proposals of 15 agencies where some themes (complaints, business licences,
 * welfare aid…) are proposed by several agencies in BM and EN wordings (planted duplicates), some
 * names look alike but mean other things (planted look-alikes), and some projects capture registry
 * data again instead of reading it through a flow (planted re-captures, 001 §2.6.1).
 */
import { createEmptyDocument } from '../../shared/model/document';
import { Table } from '../../shared/model/table';
import type { Element, LakarDocument, Relation } from '../../shared/model/schema';
import type { Sector } from '../../shared/model/vocabulary';

/** A deterministic pseudo-random generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const AGENCIES_15: readonly { name: string; code: string; sector: Sector }[] = [
  { name: 'Jabatan Kebajikan Masyarakat', code: 'JKM', sector: 'sosial1' },
  { name: 'Kementerian Kesihatan Malaysia', code: 'KKM', sector: 'sosial1' },
  { name: 'Kementerian Pendidikan Malaysia', code: 'KPM', sector: 'sosial2' },
  { name: 'Jabatan Pengangkutan Jalan', code: 'JPJ', sector: 'infrastruktur' },
  { name: 'Suruhanjaya Syarikat Malaysia', code: 'SSM', sector: 'ekonomi' },
  { name: 'Lembaga Hasil Dalam Negeri', code: 'LHDN', sector: 'ekonomi' },
  { name: 'Pertubuhan Keselamatan Sosial', code: 'PERKESO', sector: 'sosial2' },
  { name: 'Jabatan Perkhidmatan Awam', code: 'JPA', sector: 'pentadbiranAwam' },
  { name: 'Kementerian Perumahan dan Kerajaan Tempatan', code: 'KPKT', sector: 'infrastruktur' },
  { name: 'Majlis Amanah Rakyat', code: 'MARA', sector: 'ekonomi' },
  { name: 'Jabatan Kemajuan Islam Malaysia', code: 'JAKIM', sector: 'sosial1' },
  { name: 'Dewan Bandaraya Kuala Lumpur', code: 'DBKL', sector: 'infrastruktur' },
  { name: 'Jabatan Imigresen Malaysia', code: 'JIM', sector: 'keselamatan' },
  { name: 'Kementerian Sumber Manusia', code: 'KESUMA', sector: 'sosial2' },
  { name: 'Jabatan Digital Negara', code: 'JDN', sector: 'pentadbiranAwam' },
];

/** Data of a theme: names in BM and EN, the registry it belongs to, captured again or read. */
interface ThemeData {
  names: readonly string[];
  registry?: string;
}

/** One kind of proposal: wordings of its application and service, processes, target groups, data. */
export interface Theme {
  id: string;
  apps: readonly string[];
  services: readonly string[];
  processes: readonly number[];
  targets: readonly { lifecycle: 'G2C' | 'G2B' | 'G2G' | 'G2E'; group: string }[];
  data: readonly ThemeData[];
  domain?: string;
}

/** Themes proposed by several agencies (the planted duplicates), with wordings in BM and EN. */
export const DUPLICATED_THEMES: readonly Theme[] = [
  { id: 'aduan', apps: ['Sistem Aduan Awam', 'Public Complaints Management System', 'Sistem e-Aduan Awam', 'Public Complaint System'], services: ['Perkhidmatan Aduan Awam', 'Public Complaints Service', 'Pengurusan Aduan Awam', 'Public Complaint Handling'], processes: [1, 13, 18, 12], targets: [{ lifecycle: 'G2C', group: 'Warganegara' }], data: [{ names: ['Maklumat Aduan', 'Complaint Records'] }, { names: ['Maklumat Identiti Pengadu', 'Complainant Identity'], registry: 'reg.keselamatan.penduduk' }] },
  { id: 'lesenNiaga', apps: ['Sistem eLesen Perniagaan', 'Business Licence Application System', 'Sistem Permohonan Lesen Perniagaan', 'Business Licensing System'], services: ['Permohonan Lesen Perniagaan', 'Business Licence Application', 'Perkhidmatan Lesen Perniagaan', 'Business Licensing'], processes: [1, 3, 11, 14, 5], targets: [{ lifecycle: 'G2B', group: 'Syarikat' }], data: [{ names: ['Maklumat Syarikat', 'Company Information'], registry: 'reg.ekonomi.syarikatKoperasi' }, { names: ['Maklumat Lesen', 'Licence Records'], registry: 'reg.ekonomi.permitLesen' }] },
  { id: 'bantuan', apps: ['Sistem Permohonan Bantuan Kebajikan', 'Welfare Aid Application System', 'Sistem eBantuan Kebajikan', 'Welfare Assistance System'], services: ['Bantuan Kebajikan', 'Welfare Aid', 'Permohonan Bantuan Kebajikan', 'Welfare Assistance Application'], processes: [1, 3, 11, 14], targets: [{ lifecycle: 'G2C', group: 'Kumpulan Rentan' }], data: [{ names: ['Maklumat Penerima Bantuan Golongan Rentan', 'Vulnerable Aid Recipients'], registry: 'reg.sosial1.kumpulanRentan' }] },
  { id: 'tempahan', apps: ['Sistem Tempahan Fasiliti', 'Facility Booking System', 'Sistem eTempahan Fasiliti Awam', 'Public Facility Booking'], services: ['Tempahan Fasiliti', 'Facility Booking', 'Perkhidmatan Tempahan Fasiliti', 'Facility Reservation'], processes: [2, 10, 14, 12], targets: [{ lifecycle: 'G2C', group: 'Warganegara' }], data: [{ names: ['Maklumat Tempahan', 'Booking Records'] }] },
  { id: 'biasiswa', apps: ['Sistem Permohonan Biasiswa', 'Scholarship Application System', 'Sistem eBiasiswa', 'Scholarship Management System'], services: ['Permohonan Biasiswa', 'Scholarship Application', 'Perkhidmatan Biasiswa', 'Scholarship Service'], processes: [1, 3, 11, 7], targets: [{ lifecycle: 'G2C', group: 'Pelajar' }], data: [{ names: ['Maklumat Pelajar', 'Student Information'], registry: 'reg.sosial2.pelajar' }] },
  { id: 'aset', apps: ['Sistem Pengurusan Aset Kerajaan', 'Government Asset Management System', 'Sistem eAset Kerajaan', 'Government Assets System'], services: ['Pengurusan Aset Kerajaan', 'Government Asset Management', 'Perkhidmatan Aset Kerajaan', 'Government Asset Service'], processes: [1, 17, 18], targets: [{ lifecycle: 'G2G', group: 'Agensi Persekutuan' }], data: [{ names: ['Daftar Aset Kerajaan', 'Government Asset Register'], registry: 'reg.pentadbiranAwam.asetKerajaan' }] },
  { id: 'latihan', apps: ['Sistem Pengurusan Latihan Penjawat Awam', 'Civil Servant Training Management System', 'Sistem eLatihan Penjawat Awam', 'Civil Servant Training System'], services: ['Latihan Penjawat Awam', 'Civil Servant Training', 'Permohonan Latihan Penjawat Awam', 'Civil Servant Training Application'], processes: [1, 10, 15], targets: [{ lifecycle: 'G2E', group: 'Penjawat Awam' }], data: [{ names: ['Rekod Latihan', 'Training Records'] }] },
  { id: 'permitKenderaan', apps: ['Sistem Permit Kenderaan Perdagangan', 'Commercial Vehicle Permit System', 'Sistem ePermit Kenderaan Perdagangan', 'Commercial Vehicle Permits'], services: ['Permit Kenderaan Perdagangan', 'Commercial Vehicle Permit', 'Permohonan Permit Kenderaan Perdagangan', 'Commercial Vehicle Permit Application'], processes: [1, 3, 11, 14, 5], targets: [{ lifecycle: 'G2B', group: 'Syarikat' }], data: [{ names: ['Maklumat Kenderaan', 'Vehicle Information'], registry: 'reg.infrastruktur.kenderaan' }] },
];

/**
 * Projects whose names look like a duplicated theme's but are other things (other processes,
 * target groups, data and domain): none of them is a duplicate of anything.
 */
export const LOOK_ALIKE_THEMES: readonly Theme[] = [
  { id: 'asetAlih', apps: ['Sistem Pengurusan Aduan Teknikal ICT'], services: ['Meja Bantuan ICT'], processes: [17, 9], targets: [{ lifecycle: 'G2E', group: 'Penjawat Awam' }], data: [{ names: ['Tiket Meja Bantuan'] }] },
  { id: 'tempahanPemeriksaan', apps: ['Sistem Tempahan Fasiliti Pemeriksaan Kenderaan'], services: ['Tempahan Slot Pemeriksaan Kenderaan'], processes: [6, 3, 15], targets: [{ lifecycle: 'G2B', group: 'Syarikat' }], data: [{ names: ['Jadual Slot Pemeriksaan'] }] },
  { id: 'lesenPandu', apps: ['Sistem Permohonan Lesen Memandu'], services: ['Lesen Memandu'], processes: [6, 4, 5], targets: [{ lifecycle: 'G2C', group: 'Warganegara' }], data: [{ names: ['Keputusan Ujian Memandu'] }] },
  { id: 'bantuanBencana', apps: ['Disaster Relief Aid System'], services: ['Disaster Relief'], processes: [7, 8, 17], targets: [{ lifecycle: 'G2G', group: 'Agensi Persekutuan' }], data: [{ names: ['Inventori Bantuan Bencana'] }] },
  { id: 'asetPeribadi', apps: ['Sistem Pengisytiharan Aset Penjawat Awam'], services: ['Pengisytiharan Harta'], processes: [1, 4, 16], targets: [{ lifecycle: 'G2E', group: 'Penjawat Awam' }], data: [{ names: ['Maklumat Harta Pegawai'] }] },
  { id: 'aduanTrafik', apps: ['Sistem Aduan Kesalahan Trafik'], services: ['Saman Trafik'], processes: [19, 16, 14], targets: [{ lifecycle: 'G2C', group: 'Warganegara' }], data: [{ names: ['Rekod Saman'], registry: undefined }] },
  { id: 'biasiswaPenyelidikan', apps: ['Research Grant Management System'], services: ['Research Grant'], processes: [18, 17, 10], targets: [{ lifecycle: 'G2G', group: 'Agensi Persekutuan' }], data: [{ names: ['Research Outputs'] }] },
  { id: 'latihanVokasional', apps: ['Sistem Pengurusan Pelatih TVET'], services: ['Pengambilan Pelatih TVET'], processes: [1, 10, 12], targets: [{ lifecycle: 'G2C', group: 'Pelajar' }], data: [{ names: ['Profil Pelatih'] }] },
  { id: 'permitPekerja', apps: ['Sistem Permit Pekerja Asing'], services: ['Permit Pekerja Asing'], processes: [6, 4, 19], targets: [{ lifecycle: 'G2B', group: 'Majikan' }], data: [{ names: ['Maklumat Pekerja Asing'] }] },
  { id: 'tempahanKlinik', apps: ['Sistem Temujanji Klinik'], services: ['Temujanji Pesakit'], processes: [2, 12, 13], targets: [{ lifecycle: 'G2C', group: 'Warganegara' }], data: [{ names: ['Rekod Pesakit'], registry: 'reg.sosial1.kesihatanIndividu' }] },
];

/** Unique projects, unlike anything else in the portfolio. */
export const UNIQUE_THEMES: readonly Theme[] = [
  { id: 'zakat', apps: ['Sistem Kutipan Zakat'], services: ['Bayaran Zakat'], processes: [14, 19], targets: [{ lifecycle: 'G2C', group: 'Warganegara' }], data: [{ names: ['Rekod Kutipan Zakat'] }] },
  { id: 'halal', apps: ['Sistem Pensijilan Halal'], services: ['Sijil Halal'], processes: [1, 6, 4], targets: [{ lifecycle: 'G2B', group: 'Syarikat' }], data: [{ names: ['Maklumat Premis Halal'] }] },
  { id: 'pasport', apps: ['Passport Renewal System'], services: ['Passport Renewal'], processes: [5, 20, 14], targets: [{ lifecycle: 'G2C', group: 'Warganegara' }], data: [{ names: ['Passport Records'] }] },
  { id: 'vaksin', apps: ['Sistem Imunisasi Kanak-kanak'], services: ['Imunisasi'], processes: [8, 17], targets: [{ lifecycle: 'G2C', group: 'Warganegara' }], data: [{ names: ['Rekod Imunisasi'], registry: 'reg.sosial1.kesihatanIndividu' }] },
  { id: 'banjir', apps: ['Flood Early Warning System'], services: ['Flood Alerts'], processes: [12, 18], targets: [{ lifecycle: 'G2C', group: 'Warganegara' }], data: [{ names: ['Paras Air Sungai'] }] },
  { id: 'pilihanraya', apps: ['Sistem Semakan Daftar Pemilih'], services: ['Semakan Pemilih'], processes: [2, 3], targets: [{ lifecycle: 'G2C', group: 'Warganegara' }], data: [{ names: ['Daftar Pemilih'] }] },
  { id: 'gaji', apps: ['Sistem Gaji Penjawat Awam'], services: ['Pembayaran Gaji'], processes: [14, 17], targets: [{ lifecycle: 'G2E', group: 'Penjawat Awam' }], data: [{ names: ['Rekod Gaji'] }] },
  { id: 'pelancong', apps: ['Tourism Operator Licensing Portal'], services: ['Tour Guide Registration'], processes: [1, 6], targets: [{ lifecycle: 'G2B', group: 'Syarikat' }], data: [{ names: ['Operator Profiles'] }] },
];

/** A planted duplicate pair: the same theme's element in two projects. */
export interface PlantedPair {
  kind: 'application' | 'service';
  a: { file: string; id: string };
  b: { file: string; id: string };
}

export interface GeneratedPortfolio {
  projects: { file: string; doc: LakarDocument }[];
  /** Every pair of elements of the same duplicated theme. */
  duplicates: PlantedPair[];
  /** Registry id → files that capture its data again. */
  recaptures: Map<string, Set<string>>;
}

interface BuildOptions {
  file: string;
  theme: Theme;
  agency: (typeof AGENCIES_15)[number];
  wording: number;
  rand: () => number;
  /** Capture the theme's registry data instead of reading it through a flow. */
  recapture: boolean;
  /** Filler elements added to reach a size (benchmark). */
  filler?: number;
}

/** One proposal of `theme` by `agency`. */
export function buildThemeProject(o: BuildOptions): LakarDocument {
  const { theme, agency, rand } = o;
  const doc = createEmptyDocument(`${theme.services[o.wording % theme.services.length]} (${agency.code})`, '2026-01-01T00:00:00.000Z');
  doc.meta = { ...doc.meta, pemilikProjek: agency.name, sector: agency.sector, category: rand() < 0.7 ? 'wog' : 'agensiSpesifik', costs: [{ component: 'Pembangunan sistem', amount: Math.round(500_000 + rand() * 9_500_000) }] };
  const els: Element[] = [];
  const rels: Relation[] = [];
  let n = 0;
  const rel = (kind: Exclude<Relation['kind'], 'dataFlow'>, source: string, target: string, extra: Record<string, unknown> = {}) => rels.push({ id: `rel_${++n}`, kind, source, target, ...extra } as Relation);

  els.push({ id: 'ch_portal', kind: 'channel', name: 'Portal MyGovernment', channelType: 'portalMyGovernment' });
  theme.targets.forEach((t, i) => {
    els.push({ id: `tg_${i}`, kind: 'targetGroup', name: t.group, lifecycle: t.lifecycle, group: t.group });
    rel('uses', `tg_${i}`, 'ch_portal');
  });
  els.push({ id: 'sv_main', kind: 'service', name: theme.services[o.wording % theme.services.length], e2eCategory: rand() < 0.6 ? 'e2e' : 'separaE2e', ...(theme.domain ? { serviceDomain: theme.domain } : {}) });
  rel('delivers', 'ch_portal', 'sv_main');
  els.push({ id: 'app_main', kind: 'application', name: theme.apps[o.wording % theme.apps.length], agency: agency.name, agencyCode: agency.code, category: 'utamaKerajaan' });
  // Each proposal words its processes its own way and may add or leave out one.
  const processes = [...theme.processes];
  if (processes.length > 3 && rand() < 0.3) processes.splice(Math.floor(rand() * processes.length), 1);
  if (rand() < 0.3) processes.push(17);
  [...new Set(processes)].forEach((p, i) => {
    els.push({ id: `pr_${i}`, kind: 'process', name: `Proses ${p}`, genericProcess: p, order: i + 1 });
    rel('realizes', 'sv_main', `pr_${i}`);
    rel('supports', 'app_main', `pr_${i}`);
  });
  els.push({ id: 'pf_mydid', kind: 'platform', name: 'MyDigital ID', platformType: 'myDigitalId' });
  if (rand() < 0.8) rel('usesPlatform', 'app_main', 'pf_mydid');
  if (theme.processes.includes(14)) {
    els.push({ id: 'pf_epay', kind: 'platform', name: 'ePayment Gateway', platformType: 'ePaymentGateway' });
    rel('usesPlatform', 'app_main', 'pf_epay');
  }
  theme.data.forEach((d, i) => {
    const id = `de_${i}`;
    const name = d.names[o.wording % d.names.length];
    // A planted re-capture sometimes declares the registry and sometimes leaves it for the name to tell.
    const declare = d.registry && (!o.recapture || rand() < 0.5);
    els.push({ id, kind: 'dataEntity', name, ...(declare ? { registryRef: d.registry } : {}), classification: 'terhad' });
    if (d.registry && !o.recapture) {
      const owner = registryOwner(d.registry);
      els.push({ id: `sys_${i}`, kind: 'externalSystem', name: `Sistem ${owner}`, agency: owner });
      rels.push({ id: `fl_${i}`, kind: 'dataFlow', source: `sys_${i}`, target: 'app_main', method: rand() < 0.7 ? 'myGdx' : 'api', direction: 'supplies', dataEntityIds: [id] });
      rel('accesses', 'app_main', id, { access: 'read' });
    } else {
      rel('accesses', 'app_main', id, { access: 'capture' });
    }
  });
  for (let i = 0; i < (o.filler ?? 0); i++) fill(els, rels, i, rand, () => ++n);

  doc.elements = Table.of(els);
  doc.relations = Table.of(rels);
  return doc;
}

const OWNERS: Record<string, string> = {
  'reg.keselamatan.penduduk': 'Jabatan Pendaftaran Negara',
  'reg.ekonomi.syarikatKoperasi': 'Suruhanjaya Syarikat Malaysia',
  'reg.ekonomi.permitLesen': 'Pihak Berkuasa Tempatan',
  'reg.sosial1.kumpulanRentan': 'Jabatan Kebajikan Masyarakat',
  'reg.sosial2.pelajar': 'Kementerian Pendidikan Malaysia',
  'reg.pentadbiranAwam.asetKerajaan': 'Kementerian Kewangan',
  'reg.infrastruktur.kenderaan': 'Jabatan Pengangkutan Jalan',
  'reg.sosial1.kesihatanIndividu': 'Kementerian Kesihatan Malaysia',
};

function registryOwner(ref: string): string {
  return OWNERS[ref] ?? 'Jabatan Digital Negara';
}

/** Words for filler modules and data, so a large project has realistic, varied names. */
const FILLER_WORDS = ['Laporan', 'Semakan', 'Pengesahan', 'Notifikasi', 'Dokumen', 'Audit', 'Statistik', 'Arkib', 'Profil', 'Konfigurasi', 'Pemantauan', 'Analitik', 'Carian', 'Integrasi', 'Jadual', 'Kelulusan', 'Rayuan', 'Tuntutan', 'Inventori', 'Kutipan', 'Penilaian', 'Sijil', 'Tiket', 'Fail', 'Akaun', 'Pengguna', 'Peranan', 'Kalendar', 'Mesej', 'Borang'];
const FILLER_OBJECTS = ['Pemohon', 'Pegawai', 'Premis', 'Kenderaan', 'Pelajar', 'Syarikat', 'Aset', 'Lesen', 'Bayaran', 'Aduan', 'Tanah', 'Projek', 'Kontrak', 'Pekerja', 'Bantuan', 'Pesakit', 'Ahli', 'Cawangan', 'Vendor', 'Kursus'];

function fill(els: Element[], rels: Relation[], i: number, rand: () => number, nextRel: () => number): void {
  const word = () => FILLER_WORDS[Math.floor(rand() * FILLER_WORDS.length)];
  const obj = () => FILLER_OBJECTS[Math.floor(rand() * FILLER_OBJECTS.length)];
  const k = i % 4;
  if (k === 0) {
    els.push({ id: `fm_${i}`, kind: 'module', name: `Modul ${word()} ${obj()}`, parentId: 'app_main' });
  } else if (k === 1) {
    els.push({ id: `fd_${i}`, kind: 'dataEntity', name: `${word()} ${obj()}`, classification: 'terhad' });
    rels.push({ id: `rel_${nextRel()}`, kind: 'accesses', source: 'app_main', target: `fd_${i}`, access: 'write' } as Relation);
  } else if (k === 2) {
    els.push({ id: `fp_${i}`, kind: 'process', name: `${word()} ${obj()}`, genericProcess: 1 + Math.floor(rand() * 20) });
  } else {
    els.push({ id: `fs_${i}`, kind: 'appService', name: `Perkhidmatan ${word()} ${obj()}`, parentId: 'app_main' });
  }
}

/**
 * The test portfolio: each duplicated theme proposed by three agencies (alternating BM and EN
 * wordings), the look-alikes and the unique projects by one agency each; 42 projects in all.
 * Re-captures are planted in a third of the duplicated themes' proposals.
 */
export function generatePortfolio(seed = 17): GeneratedPortfolio {
  const rand = rng(seed);
  const projects: GeneratedPortfolio['projects'] = [];
  const duplicates: PlantedPair[] = [];
  const recaptures = new Map<string, Set<string>>();
  let a = 0;
  const nextAgency = () => AGENCIES_15[a++ % AGENCIES_15.length];
  DUPLICATED_THEMES.forEach((theme, t) => {
    const files: string[] = [];
    for (let copy = 0; copy < 3; copy++) {
      const file = `${String(projects.length + 1).padStart(2, '0')}-${theme.id}-${copy + 1}.lakar.json`;
      const recapture = (t + copy) % 3 === 0 && theme.data.some((d) => d.registry);
      projects.push({ file, doc: buildThemeProject({ file, theme, agency: nextAgency(), wording: (t + copy) % 4, rand, recapture }) });
      if (recapture) for (const d of theme.data) if (d.registry) (recaptures.get(d.registry) ?? recaptures.set(d.registry, new Set()).get(d.registry)!).add(file);
      for (const other of files) {
        duplicates.push({ kind: 'application', a: { file: other, id: 'app_main' }, b: { file, id: 'app_main' } });
        duplicates.push({ kind: 'service', a: { file: other, id: 'sv_main' }, b: { file, id: 'sv_main' } });
      }
      files.push(file);
    }
  });
  for (const theme of [...LOOK_ALIKE_THEMES, ...UNIQUE_THEMES]) {
    const file = `${String(projects.length + 1).padStart(2, '0')}-${theme.id}.lakar.json`;
    projects.push({ file, doc: buildThemeProject({ file, theme, agency: nextAgency(), wording: 0, rand, recapture: false }) });
  }
  return { projects, duplicates, recaptures };
}
