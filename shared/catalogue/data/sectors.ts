/**
 * The six sectors: service clusters and service domains (001 §2.4.2, Jadual 2-3), the service
 * function of each sector (001 §5.6.7, Rajah 5-5), the sector heads and secretariats (001 §5.6.4,
 * Rajah 5-3) and the sector scenarios of Jadual 5-2 (001 §5.6.8). Names are as printed.
 */
import type { SectorEntry, SectorScenario, ServiceDomain } from '../schema';
import type { Sector } from '../../model/vocabulary';

const J23 = '001 §2.4.2, Jadual 2-3';
const R55 = '001 §5.6.7, Rajah 5-5';
const R53 = '001 §5.6.4, Rajah 5-3';

/** A domain entry; `slug` becomes the id suffix (`<sector>.<slug>`). */
function d(sector: Sector, slug: string, ms: string, en: string, extra: { detail?: string; industry?: boolean } = {}): ServiceDomain {
  return { id: `${sector}.${slug}`, sector, name: { ms, en }, ...extra, source: extra.industry ? `${J23} (*Nota: Dasar 4IR Negara, Banci Ekonomi 2023)` : J23 };
}

export const SECTOR_ENTRIES: readonly SectorEntry[] = [
  {
    id: 'sosial1',
    name: { ms: 'Sosial 1 (Masyarakat)', en: 'Social 1 (Community)' },
    clusters: [
      { name: 'Kesihatan', source: J23 },
      { name: 'Pembangunan Kesejahteraan dan Perpaduan', source: J23 },
    ],
    domains: [
      d('sosial1', 'kesihatan', 'Kesihatan', 'Health', { detail: 'Population Health, Person Care, Health Functional Support' }),
      d('sosial1', 'beliaSukan', 'Belia dan Sukan', 'Youth and Sports'),
      d('sosial1', 'kesejahteraanPerpaduan', 'Pembangunan Kesejahteraan dan Perpaduan', 'Well-being and Unity Development', { detail: 'termasuk hal-ehwal khazanah warisan' }),
      d('sosial1', 'keluarga', 'Keluarga/Isi rumah', 'Family/Household', { detail: 'perancangan dan pembangunan keluarga' }),
      d('sosial1', 'kebajikan', 'Kebajikan', 'Welfare', { detail: 'termasuk bantuan dan subsidi' }),
      d('sosial1', 'komunitiMasyarakat', 'Perkhidmatan Komuniti dan Masyarakat', 'Community Services'),
      d('sosial1', 'komunikasiDigital', 'Komunikasi Digital', 'Digital Communication', { detail: 'penyebaran maklumat, pusat panggilan, kesahihan maklumat' }),
      d('sosial1', 'perlindunganSosial', 'Perlindungan Sosial', 'Social Protection'),
    ],
    function: {
      ms: 'Merujuk kepada perkhidmatan yang disediakan oleh agensi kerajaan bagi kesejahteraan rakyat dan pembangunan sosial.',
      en: 'Services provided by government agencies for the well-being of the people and social development.',
    },
    secretariat: { head: 'Ketua Setiausaha Kementerian Pembangunan Wanita, Keluarga dan Masyarakat (KPWKM)', secretariat: 'CDO KPWKM', email: 'sekretariatsektormasyarakat@kpwkm.gov.my', source: R53 },
    source: `001 §2.1.3, ${J23}, ${R55}`,
  },
  {
    id: 'sosial2',
    name: { ms: 'Sosial 2 (Bakat)', en: 'Social 2 (Talent)' },
    clusters: [
      { name: 'Pendidikan, Latihan dan Pekerjaan', source: J23 },
      { name: 'Belia dan Sukan', source: J23 },
    ],
    domains: [
      d('sosial2', 'pendidikan', 'Pendidikan', 'Education', { detail: 'Pendidikan Awal Kanak-Kanak, Rendah dan Menengah, Pengajian Tinggi, Pembangunan Kemahiran' }),
      d('sosial2', 'latihan', 'Latihan', 'Training', { detail: 'Pembelajaran Sepanjang Hayat, Akademi dalam Industri, Inovasi' }),
      d('sosial2', 'pekerjaan', 'Pekerjaan', 'Employment', { detail: 'Pengurusan Pekerjaan, Keselamatan dan Kesihatan Pekerjaan, Pasaran Buruh, Kesatuan Pekerja' }),
    ],
    function: {
      ms: 'Merujuk kepada perkhidmatan yang disediakan oleh agensi kerajaan bagi pembangunan bakat, pendidikan, dan pekerjaan.',
      en: 'Services provided by government agencies for talent development, education and employment.',
    },
    secretariat: { head: 'Ketua Setiausaha Kementerian Sumber Manusia (KESUMA)', secretariat: 'CDO KESUMA', email: 'sektorbakat@mohr.gov.my', source: R53 },
    source: `001 §2.1.4, ${J23}, ${R55}`,
  },
  {
    id: 'ekonomi',
    name: { ms: 'Ekonomi', en: 'Economy' },
    clusters: [
      { name: 'Pertanian dan Industri Makanan & Komoditi', source: J23 },
      { name: 'Perdagangan dan Industri', source: J23 },
      { name: 'Ekonomi, Penyelidikan dan Pembangunan', source: J23 },
      { name: 'Pelancongan dan Kebudayaan', source: J23 },
    ],
    domains: [
      d('ekonomi', 'pertanianMakanan', 'Pertanian dan Industri Makanan', 'Agriculture and Food Industry'),
      d('ekonomi', 'komoditi', 'Komoditi', 'Commodities'),
      d('ekonomi', 'perdaganganIndustri', 'Perdagangan dan Industri', 'Trade and Industry'),
      d('ekonomi', 'pembuatan', 'Pembuatan', 'Manufacturing', { industry: true }),
      d('ekonomi', 'pelanconganKebudayaanSukan', 'Pelancongan, Kebudayaan dan Sukan', 'Tourism, Culture and Sports'),
      d('ekonomi', 'pembinaan', 'Pembinaan', 'Construction', { industry: true }),
      d('ekonomi', 'pengangkutan', 'Pengangkutan', 'Transport', { industry: true }),
      d('ekonomi', 'perlombonganPengkuarian', 'Alam Sekitar – Perlombongan dan Pengkuarian', 'Environment – Mining and Quarrying', { industry: true }),
      d('ekonomi', 'perkhidmatanKewangan', 'Perkhidmatan Kewangan', 'Financial Services', { industry: true }),
      d('ekonomi', 'kesihatan', 'Kesihatan', 'Health', { industry: true }),
      d('ekonomi', 'pendidikan', 'Pendidikan', 'Education', { industry: true }),
      d('ekonomi', 'penyelidikanPembangunan', 'Ekonomi, Penyelidikan dan Pembangunan', 'Economy, Research and Development'),
    ],
    function: {
      ms: 'Merujuk kepada perkhidmatan yang disediakan oleh agensi kerajaan kepada komuniti perniagaan.',
      en: 'Services provided by government agencies to the business community.',
    },
    secretariat: { head: 'Ketua Setiausaha Kementerian Pelaburan, Perdagangan dan Industri (MITI)', secretariat: 'CDO MITI', email: 'sekretariatsektorekonomi@miti.gov.my', source: R53 },
    source: `001 §2.1.5, ${J23}, ${R55}`,
  },
  {
    id: 'infrastruktur',
    name: { ms: 'Infrastruktur', en: 'Infrastructure' },
    clusters: [
      { name: 'Pengangkutan', source: J23 },
      { name: 'Pembangunan Komuniti dan Luar Bandar', source: J23 },
      { name: 'Perumahan dan Kerajaan Tempatan', source: J23 },
      { name: 'Kemudahan Awam, Teknologi dan Tenaga, Sumber Asli, dan Alam Sekitar', source: J23 },
    ],
    domains: [
      d('infrastruktur', 'pengangkutan', 'Pengangkutan', 'Transport', { detail: 'Darat, Udara, Laut' }),
      d('infrastruktur', 'komunitiLuarBandar', 'Pembangunan Komuniti dan Luar bandar', 'Community and Rural Development'),
      d('infrastruktur', 'perumahanKerajaanTempatan', 'Perumahan dan Kerajaan Tempatan', 'Housing and Local Government'),
      d('infrastruktur', 'kemudahanAwam', 'Kemudahan Awam dan Fasiliti', 'Public Amenities and Facilities'),
      d('infrastruktur', 'teknologi', 'Teknologi', 'Technology'),
      d('infrastruktur', 'tenaga', 'Tenaga', 'Energy'),
      d('infrastruktur', 'sumberAsli', 'Sumber Asli', 'Natural Resources'),
      d('infrastruktur', 'alamSekitar', 'Alam Sekitar', 'Environment'),
    ],
    function: {
      ms: 'Merujuk kepada perkhidmatan oleh agensi kerajaan yang menyediakan perkhidmatan pembangunan fizikal untuk meningkatkan taraf hidup serta kesejahteraan rakyat.',
      en: 'Services of government agencies providing physical development to raise the standard of living and well-being of the people.',
    },
    secretariat: { head: 'Ketua Setiausaha Kementerian Pengangkutan (MOT)', secretariat: 'CDO MOT', email: 'sekretariat.digitalinfra@mot.gov.my', source: R53 },
    source: `001 §2.1.6, ${J23}, ${R55}`,
  },
  {
    id: 'keselamatan',
    name: { ms: 'Keselamatan', en: 'Security' },
    clusters: [
      { name: 'Keselamatan Dalam Negeri', source: J23 },
      { name: 'Pertahanan', source: J23 },
      { name: 'Penyiaran, Komunikasi dan Maklumat', source: J23 },
    ],
    domains: [
      d('keselamatan', 'keselamatanDalamNegeri', 'Keselamatan Dalam Negeri', 'Internal Security', {
        detail: 'Keselamatan dan Ketenteraman Awam, Hal Ehwal Imigresen dan Sempadan, Hal Ehwal Pendaftaran dan Pertubuhan, Penerbitan (Bahan Penerbitan, kawalan al-quran dan pengedaran filem)',
      }),
      d('keselamatan', 'luarNegeri', 'Hal Ehwal Luar Negeri', 'Foreign Affairs'),
      d('keselamatan', 'pengurusanBencana', 'Pengurusan Bencana dan Keselamatan', 'Disaster Management and Safety', { detail: 'termasuk kecemasan, bantuan kemanusiaan luar negara' }),
      d('keselamatan', 'pertahanan', 'Pertahanan', 'Defence'),
      d('keselamatan', 'penyiaranKomunikasi', 'Penyiaran, Komunikasi dan Maklumat', 'Broadcasting, Communication and Information'),
      d('keselamatan', 'keselamatanSiber', 'Keselamatan Siber', 'Cyber Security'),
      d('keselamatan', 'infrastrukturDigital', 'Infrastruktur Digital', 'Digital Infrastructure'),
    ],
    function: {
      ms: 'Merujuk kepada perkhidmatan yang disediakan oleh pelbagai agensi kerajaan bagi memastikan negara dalam keadaan selamat dan kedaulatan negara dilindungi.',
      en: 'Services provided by government agencies to keep the country safe and protect its sovereignty.',
    },
    secretariat: { head: 'Ketua Pengarah Majlis Keselamatan Negara (MKN)', secretariat: 'CDO MKN', email: 'sekretariatkeselamatan@mkn.gov.my', source: R53 },
    source: `001 §2.1.7, ${J23}, ${R55}`,
  },
  {
    id: 'pentadbiranAwam',
    name: { ms: 'Pentadbiran Awam', en: 'Public Administration' },
    clusters: [
      { name: 'Pengurusan Kewangan', source: J23 },
      { name: 'Pengurusan Sumber Manusia', source: J23 },
      { name: 'Pentadbiran Am', subclusters: ['Agama Islam', 'Kehakiman dan Perundangan', 'Pembangunan Negara', 'Perpaduan Negara dan Kesejahteraan Sosial'], source: J23 },
    ],
    domains: [
      d('pentadbiranAwam', 'pengurusanKewangan', 'Pengurusan Kewangan', 'Financial Management', { detail: 'Persekutuan, Negeri, Badan Berkanun, PBT' }),
      d('pentadbiranAwam', 'agamaIslam', 'Agama Islam', 'Islamic Affairs'),
      d('pentadbiranAwam', 'kehakimanPerundangan', 'Kehakiman dan Perundangan', 'Judiciary and Legal Affairs'),
      d('pentadbiranAwam', 'pembangunanNegara', 'Pembangunan Negara', 'National Development'),
      d('pentadbiranAwam', 'perpaduanNegara', 'Perpaduan Negara dan Kesejahteraan Sosial', 'National Unity and Social Well-being'),
      d('pentadbiranAwam', 'sumberManusia', 'Pengurusan Sumber Manusia', 'Human Resource Management'),
      d('pentadbiranAwam', 'pengurusanProjek', 'Pengurusan Projek', 'Project Management'),
      d('pentadbiranAwam', 'audit', 'Audit', 'Audit', { detail: 'Kewangan dan Prestasi' }),
      d('pentadbiranAwam', 'pentadbiranAm', 'Pentadbiran Am', 'General Administration', {
        detail: 'urusan pentadbiran, dokumen, barang kelengkapan jabatan, perhubungan dan perkara berkaitan dengan perkhidmatan',
      }),
    ],
    function: {
      ms: 'Merujuk kepada aktiviti sokongan yang disediakan oleh pelbagai agensi kerajaan di bawah Jabatan Perdana Menteri yang membolehkan kerajaan beroperasi secara cekap dan berkesan.',
      en: 'Support activities provided by agencies under the Prime Minister’s Department that let the government operate efficiently and effectively.',
    },
    secretariat: { head: 'Timbalan Ketua Setiausaha Kanan Jabatan Perdana Menteri (JPM)', secretariat: 'CDO JPM', email: 'sekretariatsektorpentadbiran@jpm.gov.my', source: R53 },
    source: `001 §2.1.8, ${J23}, ${R55}`,
  },
];

const J52 = '001 §5.6.8, Jadual 5-2';

/**
 * Scenarios of Jadual 5-2: the sector follows the service function, not the agency. The keywords
 * find those functions in service names (Lakar's reading of the scenario text).
 */
export const SECTOR_SCENARIOS: readonly SectorScenario[] = [
  {
    no: 1,
    title: 'Agensi dan fungsi perkhidmatan di bawah sektor yang sama',
    functions: [{ function: 'Pengurusan Pemberian Geran Perniagaan (MITI)', sector: 'ekonomi', keywords: ['geran perniagaan', 'business grant'] }],
    source: `${J52}, Senario 1`,
  },
  {
    no: 2,
    title: 'Fungsi perkhidmatan di bawah agensi yang sama terlibat dalam sektor berbeza',
    functions: [
      { function: 'Percukaian (Kementerian Kewangan)', sector: 'ekonomi', keywords: ['percukaian', 'cukai', 'taxation', 'tax'] },
      { function: 'Pengurusan kewangan dan akaun', sector: 'pentadbiranAwam', keywords: ['pengurusan kewangan', 'kewangan dan akaun', 'perakaunan', 'financial management', 'accounting'] },
    ],
    source: `${J52}, Senario 2`,
  },
  {
    no: 3,
    title: 'Fungsi perkhidmatan agensi persekutuan yang mempunyai interaksi (perkongsian data dan seamless services) dengan negeri',
    functions: [{ function: 'Pengurusan keluarga Islam (JAKIM peneraju)', sector: 'pentadbiranAwam', keywords: ['keluarga islam', 'islamic family'] }],
    source: `${J52}, Senario 3`,
  },
  {
    no: 4,
    title: 'Fungsi perkhidmatan di bawah agensi yang sama terlibat dalam pelbagai sektor (PBT)',
    functions: [
      { function: 'Pelesenan dan kawalan perniagaan', sector: 'ekonomi', keywords: ['lesen perniagaan', 'pelesenan perniagaan', 'kawalan perniagaan', 'business licence', 'business license', 'business licensing'] },
      { function: 'Pembangunan dan pengurusan landskap', sector: 'infrastruktur', keywords: ['landskap', 'landscape'] },
      { function: 'Kawalan kesihatan dan persekitaran', sector: 'sosial1', keywords: ['kawalan kesihatan', 'kesihatan persekitaran', 'kesihatan dan persekitaran', 'environmental health'] },
      { function: 'Kawalan keselamatan penduduk', sector: 'keselamatan', keywords: ['keselamatan penduduk', 'public safety'] },
    ],
    source: `${J52}, Senario 4`,
  },
];
