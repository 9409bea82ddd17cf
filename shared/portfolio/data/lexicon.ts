/**
 * The word lists the portfolio matcher normalises names with: data, not code, each list with its
 * reason and tests (lexicon.test.ts). The seeds name the aim (001 §4.2.2 a: no duplicated digital
 * initiatives across agencies) but no word lists; these are Lakar's, chosen from the names
 * agencies give their systems in BM and EN (Panduan WoG §2.5, Rajah 2-13, Jadual 3-1 examples).
 */

/**
 * Words that say nothing about what a system does: the kind of thing ("sistem", "aplikasi",
 * "portal"), management wording ("pengurusan", "management"), glue words and country names.
 * Dropped before matching, so "Sistem Pengurusan Aset" and "Sistem Pengurusan Aduan" share nothing.
 */
export const STOP_WORDS: readonly string[] = [
  // BM
  'sistem', 'aplikasi', 'apl', 'pengurusan', 'urus', 'mengurus', 'portal', 'platform', 'modul', 'perkhidmatan', 'khidmat',
  'bersepadu', 'integrasi', 'dalam', 'talian', 'atas', 'elektronik', 'digital', 'baharu', 'baru', 'projek', 'inisiatif', 'naik', 'taraf',
  'kebangsaan', 'nasional', 'malaysia', 'persekutuan', 'negeri', 'my',
  'dan', 'atau', 'bagi', 'untuk', 'kepada', 'di', 'ke', 'dari', 'daripada', 'yang', 'oleh', 'serta', 'dengan', 'secara', 'melalui', 'pada',
  // EN
  'system', 'systems', 'application', 'applications', 'app', 'apps', 'management', 'managing', 'manage', 'online', 'integrated', 'integration',
  'solution', 'solutions', 'module', 'service', 'services', 'electronic', 'new', 'project', 'upgrade', 'national', 'federal', 'state',
  'and', 'or', 'of', 'the', 'for', 'to', 'in', 'on', 'by', 'with', 'a', 'an', 'via',
];

/**
 * Prefixes glued to system names that carry no meaning of their own: "e-Aduan", "eAduan",
 * "i-Lesen", "MyAduan", "m-Aduan". Removed only when written as a prefix (hyphen, or a capital
 * letter following), so "ekonomi" and "imigresen" keep their first letter.
 */
export const NAME_PREFIXES: readonly string[] = ['e', 'i', 'm', 'my', 'u'];

/**
 * Concepts as one id with their words in BM and EN (any form the stemmers reduce to the same
 * stem is covered by one entry). A name's word becomes the concept id, so "aduan" and
 * "complaints" meet. Ordered by theme; an id is the BM stem.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // what a service handles
  adu: ['aduan', 'pengaduan', 'complaint', 'complaints', 'grievance', 'grievances'],
  lesen: ['lesen', 'perlesenan', 'licence', 'licences', 'license', 'licenses', 'licensing'],
  permit: ['permit', 'permits', 'kebenaran', 'permission'],
  mohon: ['permohonan', 'memohon', 'mohon', 'apply', 'applying'],
  daftar: ['pendaftaran', 'daftar', 'berdaftar', 'registration', 'register', 'registry', 'registries'],
  bayar: ['pembayaran', 'bayaran', 'bayar', 'payment', 'payments', 'pay'],
  kutip: ['kutipan', 'collection', 'collections'],
  cukai: ['cukai', 'tax', 'taxes', 'taxation'],
  hasil: ['hasil', 'revenue'],
  bantu: ['bantuan', 'aid', 'assistance'],
  geran: ['geran', 'grant', 'grants'],
  biasiswa: ['biasiswa', 'scholarship', 'scholarships'],
  pinjam: ['pinjaman', 'loan', 'loans'],
  insentif: ['insentif', 'incentive', 'incentives'],
  sijil: ['sijil', 'persijilan', 'certificate', 'certificates', 'certification'],
  lulus: ['kelulusan', 'lulus', 'approval', 'approvals'],
  sah: ['pengesahan', 'verification', 'validation'],
  semak: ['semakan', 'check', 'checking'],
  nilai: ['penilaian', 'nilai', 'assessment', 'evaluation', 'valuation'],
  pantau: ['pemantauan', 'pantau', 'monitoring', 'monitor'],
  lapor: ['laporan', 'pelaporan', 'report', 'reports', 'reporting'],
  rekod: ['rekod', 'record', 'records'],
  maklumat: ['maklumat', 'information', 'info', 'data'],
  ambil: ['pengambilan', 'recruitment', 'recruiting', 'hiring', 'intake'],
  tempah: ['tempahan', 'booking', 'bookings', 'reservation', 'reservations'],
  temujanji: ['temujanji', 'janji', 'appointment', 'appointments'],
  tuntut: ['tuntutan', 'claim', 'claims'],
  rayu: ['rayuan', 'appeal', 'appeals'],
  saman: ['saman', 'summons', 'kompaun', 'compound'],
  periksa: ['pemeriksaan', 'inspection', 'inspections', 'audit'],
  // who and what it is about
  awam: ['awam', 'public'],
  rakyat: ['rakyat', 'citizens', 'people'],
  warganegara: ['warganegara', 'citizen', 'kewarganegaraan', 'citizenship'],
  penduduk: ['penduduk', 'population', 'resident', 'residents'],
  individu: ['individu', 'individual', 'person', 'persons'],
  identiti: ['identiti', 'identity', 'pengenalan', 'identification'],
  alamat: ['alamat', 'address', 'addresses'],
  syarikat: ['syarikat', 'company', 'companies', 'firma', 'firm'],
  niaga: ['perniagaan', 'niaga', 'business', 'businesses'],
  dagang: ['perdagangan', 'dagang', 'trade', 'trading'],
  koperasi: ['koperasi', 'cooperative', 'cooperatives'],
  usahawan: ['usahawan', 'entrepreneur', 'entrepreneurs'],
  pertubuhan: ['pertubuhan', 'society', 'societies', 'organisation', 'organization'],
  pelajar: ['pelajar', 'student', 'students', 'murid', 'pupil', 'pupils'],
  sekolah: ['sekolah', 'school', 'schools'],
  didik: ['pendidikan', 'education'],
  latih: ['latihan', 'pelatih', 'training', 'trainee', 'trainees'],
  kerja: ['pekerjaan', 'pekerja', 'kerja', 'employment', 'job', 'jobs', 'worker', 'workers', 'employee', 'employees'],
  majikan: ['majikan', 'employer', 'employers'],
  pesara: ['pesara', 'pencen', 'retiree', 'retirees', 'pension', 'pensions'],
  gaji: ['gaji', 'salary', 'salaries', 'payroll'],
  cuti: ['cuti', 'leave'],
  jawat: ['penjawat', 'perjawatan', 'civil', 'servant', 'servants'],
  kebajikan: ['kebajikan', 'welfare'],
  rentan: ['rentan', 'vulnerable'],
  sihat: ['kesihatan', 'health', 'healthcare'],
  sakit: ['pesakit', 'patient', 'patients'],
  hospital: ['hospital', 'hospitals', 'klinik', 'clinic', 'clinics'],
  vaksin: ['vaksin', 'vaksinasi', 'imunisasi', 'vaccine', 'vaccination', 'immunisation', 'immunization'],
  makan: ['makanan', 'food'],
  kahwin: ['perkahwinan', 'kahwin', 'marriage', 'marriages'],
  tanah: ['tanah', 'land'],
  rumah: ['perumahan', 'rumah', 'housing', 'house', 'houses', 'home'],
  kenderaan: ['kenderaan', 'vehicle', 'vehicles'],
  pandu: ['memandu', 'pemandu', 'driving', 'driver', 'drivers'],
  angkut: ['pengangkutan', 'transport', 'transportation'],
  jalan: ['jalan', 'road', 'roads'],
  rosak: ['kerosakan', 'rosak', 'damage', 'defect', 'defects', 'fault', 'faults'],
  banjir: ['banjir', 'flood', 'floods'],
  bencana: ['bencana', 'disaster', 'disasters'],
  aset: ['aset', 'asset', 'assets'],
  harta: ['harta', 'property', 'properties'],
  peroleh: ['perolehan', 'procurement', 'purchasing'],
  kewangan: ['kewangan', 'finance', 'financial'],
  akaun: ['akaun', 'perakaunan', 'account', 'accounts', 'accounting'],
  dokumen: ['dokumen', 'document', 'documents'],
  fail: ['fail', 'file', 'files'],
  tani: ['pertanian', 'peladang', 'petani', 'agriculture', 'farmer', 'farmers', 'farming'],
  nelayan: ['nelayan', 'fisherman', 'fishermen', 'fisheries', 'perikanan'],
  ternak: ['penternak', 'ternakan', 'livestock', 'breeder', 'breeders'],
  halal: ['halal'],
  zakat: ['zakat'],
  pelancong: ['pelancongan', 'pelancong', 'tourism', 'tourist', 'tourists'],
  pelabur: ['pelaburan', 'pelabur', 'investment', 'investor', 'investors'],
  eksport: ['eksport', 'export', 'exports'],
  import: ['import', 'imports'],
  kastam: ['kastam', 'customs'],
  imigresen: ['imigresen', 'immigration'],
  pasport: ['pasport', 'passport', 'passports'],
  visa: ['visa', 'visas'],
  jenayah: ['jenayah', 'crime', 'crimes'],
  polis: ['polis', 'police'],
  mahkamah: ['mahkamah', 'court', 'courts'],
  pilihanraya: ['pilihanraya', 'election', 'elections'],
  ahli: ['keahlian', 'ahli', 'member', 'members', 'membership'],
  pelawat: ['pelawat', 'visitor', 'visitors'],
  fasiliti: ['fasiliti', 'kemudahan', 'facility', 'facilities'],
  tiket: ['tiket', 'ticket', 'tickets'],
  pengguna: ['pengguna', 'user', 'users'],
  agensi: ['agensi', 'agency', 'agencies', 'jabatan', 'department'],
  kerajaan: ['kerajaan', 'government'],
};

/**
 * Concepts (ids of SYNONYMS, or stems) that many unrelated names share: they count at
 * WEAK_WORD_WEIGHT of a normal word, so "Permohonan Lesen" and "Permohonan Biasiswa" are not
 * alike because both are applications for something.
 */
export const WEAK_WORDS: readonly string[] = ['mohon', 'maklumat', 'rekod', 'awam', 'rakyat', 'pengguna', 'agensi', 'kerajaan', 'daftar', 'lapor', 'dokumen', 'fail', 'semak', 'individu'];

/**
 * Words the Malay/Indonesian stemmer gets wrong in a way that splits one meaning into two stems or
 * strips a root letter ("kenderaan" → "ndera", "nilai" → "nila"); these keep the given stem.
 */
export const STEM_EXCEPTIONS: Readonly<Record<string, string>> = {
  kenderaan: 'kenderaan',
  perumahan: 'rumah',
  nilai: 'nilai',
  penilaian: 'nilai',
  kerajaan: 'kerajaan',
  usahawan: 'usahawan',
  nelayan: 'nelayan',
  pesara: 'pesara',
  kebajikan: 'kebajikan',
  syarikat: 'syarikat',
  maklumat: 'maklumat',
  perolehan: 'peroleh',
  memohon: 'mohon',
};

/** A government agency by its usual acronym, with its full names (BM, and EN where one is used). */
export interface AgencyEntry {
  acronym: string;
  names: readonly string[];
}

/**
 * Agencies that own registries or often appear in proposals, so "JPN" and "Jabatan Pendaftaran
 * Negara" are one agency in the flow graph, and an acronym inside a system name ("Sistem Aduan
 * JKM") is read as the owner, not as a word of the name. Lakar's list; extend as needed.
 */
export const AGENCIES: readonly AgencyEntry[] = [
  { acronym: 'JPN', names: ['Jabatan Pendaftaran Negara', 'National Registration Department'] },
  { acronym: 'JPJ', names: ['Jabatan Pengangkutan Jalan', 'Road Transport Department'] },
  { acronym: 'PDRM', names: ['Polis Diraja Malaysia', 'Royal Malaysia Police'] },
  { acronym: 'SSM', names: ['Suruhanjaya Syarikat Malaysia', 'Companies Commission of Malaysia'] },
  { acronym: 'LHDN', names: ['Lembaga Hasil Dalam Negeri', 'Lembaga Hasil Dalam Negeri Malaysia', 'Inland Revenue Board', 'LHDNM', 'HASiL'] },
  { acronym: 'KWSP', names: ['Kumpulan Wang Simpanan Pekerja', 'Employees Provident Fund', 'EPF'] },
  { acronym: 'PERKESO', names: ['Pertubuhan Keselamatan Sosial', 'Social Security Organisation', 'SOCSO'] },
  { acronym: 'JKM', names: ['Jabatan Kebajikan Masyarakat', 'Department of Social Welfare'] },
  { acronym: 'KKM', names: ['Kementerian Kesihatan Malaysia', 'Ministry of Health', 'MOH'] },
  { acronym: 'KPM', names: ['Kementerian Pendidikan Malaysia', 'Ministry of Education', 'MOE'] },
  { acronym: 'KPT', names: ['Kementerian Pendidikan Tinggi', 'Ministry of Higher Education', 'MOHE'] },
  { acronym: 'JDN', names: ['Jabatan Digital Negara', 'National Digital Department'] },
  { acronym: 'JPA', names: ['Jabatan Perkhidmatan Awam', 'Public Service Department'] },
  { acronym: 'MOF', names: ['Kementerian Kewangan', 'Kementerian Kewangan Malaysia', 'Ministry of Finance'] },
  { acronym: 'ANM', names: ['Jabatan Akauntan Negara Malaysia', 'Accountant General’s Department'] },
  { acronym: 'JIM', names: ['Jabatan Imigresen Malaysia', 'Immigration Department of Malaysia'] },
  { acronym: 'JKDM', names: ['Jabatan Kastam Diraja Malaysia', 'Royal Malaysian Customs Department'] },
  { acronym: 'JTK', names: ['Jabatan Tenaga Kerja', 'Labour Department'] },
  { acronym: 'KESUMA', names: ['Kementerian Sumber Manusia', 'Ministry of Human Resources'] },
  { acronym: 'JKR', names: ['Jabatan Kerja Raya', 'Public Works Department'] },
  { acronym: 'KPKT', names: ['Kementerian Perumahan dan Kerajaan Tempatan', 'Ministry of Housing and Local Government'] },
  { acronym: 'KPDN', names: ['Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup', 'Ministry of Domestic Trade and Cost of Living'] },
  { acronym: 'MITI', names: ['Kementerian Perdagangan Antarabangsa dan Industri', 'Ministry of International Trade and Industry'] },
  { acronym: 'MARA', names: ['Majlis Amanah Rakyat'] },
  { acronym: 'TEKUN', names: ['Tabung Ekonomi Kumpulan Usaha Niaga'] },
  { acronym: 'LKIM', names: ['Lembaga Kemajuan Ikan Malaysia', 'Fisheries Development Authority of Malaysia'] },
  { acronym: 'FAMA', names: ['Lembaga Pemasaran Pertanian Persekutuan', 'Federal Agricultural Marketing Authority'] },
  { acronym: 'DOA', names: ['Jabatan Pertanian', 'Department of Agriculture'] },
  { acronym: 'JAKIM', names: ['Jabatan Kemajuan Islam Malaysia', 'Department of Islamic Development Malaysia'] },
  { acronym: 'SPR', names: ['Suruhanjaya Pilihan Raya', 'Election Commission'] },
  { acronym: 'BNM', names: ['Bank Negara Malaysia', 'Central Bank of Malaysia'] },
  { acronym: 'JBPM', names: ['Jabatan Bomba dan Penyelamat Malaysia', 'Fire and Rescue Department', 'Bomba'] },
  { acronym: 'NADMA', names: ['Agensi Pengurusan Bencana Negara', 'National Disaster Management Agency'] },
  { acronym: 'KDN', names: ['Kementerian Dalam Negeri', 'Ministry of Home Affairs', 'MOHA'] },
  { acronym: 'KBS', names: ['Kementerian Belia dan Sukan', 'Ministry of Youth and Sports'] },
  { acronym: 'MOTAC', names: ['Kementerian Pelancongan, Seni dan Budaya', 'Ministry of Tourism, Arts and Culture'] },
  { acronym: 'JPS', names: ['Jabatan Pengairan dan Saliran', 'Department of Irrigation and Drainage'] },
  { acronym: 'JUPEM', names: ['Jabatan Ukur dan Pemetaan Malaysia', 'Department of Survey and Mapping Malaysia'] },
  { acronym: 'JKPTG', names: ['Jabatan Ketua Pengarah Tanah dan Galian', 'Department of Director General of Lands and Mines'] },
  { acronym: 'ROS', names: ['Jabatan Pendaftaran Pertubuhan', 'Registry of Societies', 'JPPM'] },
  { acronym: 'SKM', names: ['Suruhanjaya Koperasi Malaysia', 'Malaysia Co-operative Societies Commission'] },
  { acronym: 'KPWKM', names: ['Kementerian Pembangunan Wanita, Keluarga dan Masyarakat', 'Ministry of Women, Family and Community Development'] },
  { acronym: 'DBKL', names: ['Dewan Bandaraya Kuala Lumpur', 'Kuala Lumpur City Hall'] },
  { acronym: 'MBPJ', names: ['Majlis Bandaraya Petaling Jaya', 'Petaling Jaya City Council'] },
  { acronym: 'PBT', names: ['Pihak Berkuasa Tempatan', 'Local Authority'] },
  { acronym: 'SMECORP', names: ['SME Corporation Malaysia', 'SME Corp'] },
  { acronym: 'KEDA', names: ['Lembaga Kemajuan Wilayah Kedah'] },
  { acronym: 'MAMPU', names: ['Unit Pemodenan Tadbiran dan Perancangan Pengurusan Malaysia'] },
];
