/**
 * Service lifecycles G2C/G2B/G2G/G2E with their target groups and subcategories per sector
 * (001 §2.2.2, Jadual 2-1), touchpoints as far as the text states them (001 §2.3.2 and the sector
 * paragraphs §2.1.3–2.1.8), and the 17 personas (001 §2.2.3–2.2.4, Jadual 2-2).
 */
import type { LifecycleEntry, Persona } from '../schema';

const J21 = '001 §2.2.2, Jadual 2-1';
const CITIZEN_GROUPS = ['Warganegara', 'Bukan Warganegara', 'Penduduk Tetap'];
const names = (...list: string[]) => list.map((name) => ({ name }));

export const LIFECYCLE_ENTRIES: readonly LifecycleEntry[] = [
  {
    id: 'G2C',
    name: { ms: 'Kerajaan kepada Rakyat', en: 'Government to Citizen' },
    touchpointCount: 14,
    first: 'Kelahiran',
    last: 'Kematian',
    // Life events the sector paragraphs name; Rajah 2-8 itself (14 touchpoints) is a figure not in the text.
    named: [
      { name: 'Kelahiran', source: '001 §2.3.2 (Rajah 2-8), §2.1.3' },
      { name: 'Keluarga', source: '001 §2.1.3' },
      { name: 'Kebajikan', source: '001 §2.1.3' },
      { name: 'Kesihatan', source: '001 §2.1.3' },
      { name: 'Komuniti & Persekitaran', source: '001 §2.1.3, §2.1.7' },
      { name: 'Pendidikan', source: '001 §2.1.4' },
      { name: 'Bakat', source: '001 §2.1.4' },
      { name: 'Pekerjaan', source: '001 §2.1.4' },
      { name: 'Kecemasan', source: '001 §2.1.7' },
      { name: 'Urusan Perjalanan', source: '001 §2.1.7' },
      { name: 'Hak Individu', source: '001 §2.1.7' },
      { name: 'Kematian', source: '001 §2.3.2 (Rajah 2-8), §2.1.3' },
    ],
    rows: [
      {
        sector: 'sosial1',
        groups: CITIZEN_GROUPS,
        subcategories: [
          ...names('Asnaf', 'Ibu Mengandung', 'Kanak-kanak', 'Orang Asli', 'Orang Kurang Upaya', 'Pelarian', 'Penyelidik', 'Remaja', 'Wanita', 'Warga Emas'),
          { name: 'Stateless', nonCitizen: true },
          { name: 'Pelarian UNHCR', nonCitizen: true },
        ],
        source: J21,
      },
      { sector: 'sosial2', groups: CITIZEN_GROUPS, subcategories: names('Kesatuan Pekerja', 'Pekerja', 'Pekerja Asing Mahir', 'Pekerja Asing (Bukan mahir)', 'Pelajar', 'Pesara'), source: J21 },
      { sector: 'ekonomi', groups: CITIZEN_GROUPS, subcategories: names('Bumiputera', 'Nelayan', 'Peladang', 'Penggiat Seni', 'Penyelidik', 'Penternak', 'Petani'), source: J21 },
      { sector: 'keselamatan', groups: CITIZEN_GROUPS, subcategories: names('Anggota Beruniform', 'Mangsa Bencana', 'Penyalahguna dan Penagih', 'Pesalah Jenayah', 'Pesalah Trafik', 'Pertubuhan'), source: J21 },
      { sector: 'infrastruktur', groups: CITIZEN_GROUPS, subcategories: names('Orang Awam', 'Pemilik Kenderaan', 'Pemilik Tanah', 'Pengguna Pengangkutan Awam', 'Waris'), source: J21 },
    ],
    source: `${J21}; 001 §2.3.2 (Rajah 2-8)`,
  },
  {
    id: 'G2B',
    name: { ms: 'Kerajaan kepada Perniagaan', en: 'Government to Business' },
    touchpointCount: 5,
    first: 'Merancang Perniagaan',
    last: 'Menamatkan Perniagaan',
    // §2.1.5 names all five stages: merancang, memulakan, mengendali, mengembangkan, menamatkan.
    named: [
      { name: 'Merancang Perniagaan', source: '001 §2.3.2 (Rajah 2-9), §2.1.5' },
      { name: 'Memulakan Perniagaan', source: '001 §2.1.5' },
      { name: 'Mengendali Perniagaan', source: '001 §2.1.5' },
      { name: 'Mengembangkan Perniagaan', source: '001 §2.1.5' },
      { name: 'Menamatkan Perniagaan', source: '001 §2.3.2 (Rajah 2-9), §2.1.5' },
    ],
    rows: [
      {
        sector: 'ekonomi',
        groups: CITIZEN_GROUPS,
        subcategories: [
          { name: '12 bidang industri merujuk kepada Malaysia Standard Industrial Classification (MSIC)', openEnded: true },
          ...names('Badan Penarafan Halal', 'Firma Audit', 'Industri perfileman', 'Industri Percetakan', 'Pelabur', 'Pemaju Tanah', 'Usahawan'),
        ],
        source: J21,
      },
    ],
    source: `${J21}; 001 §2.3.2 (Rajah 2-9)`,
  },
  {
    id: 'G2G',
    name: { ms: 'Kerajaan kepada Kerajaan', en: 'Government to Government' },
    touchpointCount: 11,
    first: 'Wujud Organisasi, Sumber Manusia dan Aset/Fasiliti',
    named: [{ name: 'Wujud Organisasi, Sumber Manusia dan Aset/Fasiliti', source: '001 §2.3.2 (Rajah 2-10)' }],
    rows: [
      {
        sector: 'pentadbiranAwam',
        groups: ['Agensi Persekutuan', 'Agensi Negeri', 'Badan Berkanun Persekutuan', 'Pihak Berkuasa Tempatan', 'Syarikat Berkaitan Kerajaan'],
        subcategories: names(
          'Kementerian dan Jabatan Persekutuan',
          'Pejabat SUK Negeri dan Jabatan Negeri',
          'Government-Linked Company (GLC), Government-Linked Investment Company (GLIC), Company Limited by Guarantee (CLBG) dan syarikat-syarikat Milik Menteri Kewangan (Diperbadankan) atau MKD',
        ),
        source: J21,
      },
    ],
    source: `${J21}; 001 §2.3.2 (Rajah 2-10)`,
  },
  {
    id: 'G2E',
    name: { ms: 'Kerajaan kepada Penjawat Awam', en: 'Government to Employee' },
    touchpointCount: 9,
    first: 'Pelantikan, Perjawatan',
    last: 'Persaraan',
    named: [
      { name: 'Pelantikan, Perjawatan', source: '001 §2.3.2 (Rajah 2-11)' },
      { name: 'Persaraan', source: '001 §2.3.2 (Rajah 2-11)' },
    ],
    // The sector cell of the G2E row is merged with G2G (Pentadbiran Awam); §2.1.8 confirms the sector covers penjawat awam.
    rows: [{ sector: 'pentadbiranAwam', groups: ['Penjawat Awam'], subcategories: names('Penjawat Awam Masih Berkhidmat', 'Ketua Perkhidmatan', 'Ketua Jabatan', 'Pesara', 'Pegawai Kontrak'), source: `${J21}; 001 §2.1.8` }],
    source: `${J21}; 001 §2.3.2 (Rajah 2-11)`,
  },
];

const J22 = '001 §2.2.4, Jadual 2-2';

/** The 17 personas identified as of July 2025 (001 §2.2.3), in the order of Jadual 2-2. */
export const PERSONAS: readonly Persona[] = (
  [
    ['pelajarSekolahMenengah', 'Pelajar Sekolah Menengah', 'Secondary School Student'],
    ['pelajarIpt', 'Pelajar Institut Pengajian Tinggi', 'Higher Education Student'],
    ['pencariKerja', 'Pencari Kerja', 'Job Seeker'],
    ['tenagaKerjaMuda', 'Tenaga Kerja Muda', 'Young Workforce'],
    ['tenagaKerjaBerpengalaman', 'Tenaga Kerja Berpengalaman', 'Experienced Workforce'],
    ['pasanganInginBerkahwin', 'Pasangan Ingin Berkahwin', 'Couple Planning to Marry'],
    ['ibuBapaAnakKecil', 'Ibu Bapa kepada Anak Kecil (0-6 Tahun)', 'Parents of Young Children (0–6 Years)'],
    ['ibuBapaKanakKanak', 'Ibu Bapa kepada Kanak-Kanak (7-12 Tahun)', 'Parents of Children (7–12 Years)'],
    ['ibuBapaRemaja', 'Ibu Bapa kepada Remaja (13-17 Tahun)', 'Parents of Teenagers (13–17 Years)'],
    ['keluargaBerpendapatanRendah', 'Keluarga Berpendapatan Rendah', 'Low-Income Family'],
    ['orangKurangUpaya', 'Orang Kurang Upaya', 'Person with Disabilities'],
    ['wanita', 'Wanita', 'Women'],
    ['pesara', 'Pesara', 'Retiree'],
    ['penjagaIbuBapaTua', 'Penjaga kepada Ibu Bapa yang Tua', 'Carer of Elderly Parents'],
    ['usahawan', 'Usahawan', 'Entrepreneur'],
    ['ibuHamil', 'Ibu Hamil', 'Pregnant Mother'],
    ['wargaEmas', 'Warga Emas', 'Senior Citizen'],
  ] as const
).map(([slug, ms, en], i) => ({ id: `persona.${slug}`, no: i + 1, name: { ms, en }, source: J22 }));
