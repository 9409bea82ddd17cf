/**
 * Application categories (001 §2.5), DPI platforms (001 §2.7.3) and generic government services
 * (001 §1.4.5), channels (001 Jadual 3-1 label 2, §1.4.5, §3.3.4 b), E2E categories (001 §6.4.4–6.4.5),
 * data classifications (003 §1.6, Takrifan) and sharing categories with their methods (003 §2.4.3, Jadual 3).
 */
import type { ChannelEntry, ClassificationEntry, PlatformEntry, SharingCategoryEntry } from '../schema';
import type { z } from 'zod';
import type { applicationCategoryEntrySchema, e2eCategoryEntrySchema } from '../schema';

export const APPLICATION_CATEGORY_ENTRIES: readonly z.infer<typeof applicationCategoryEntrySchema>[] = [
  {
    id: 'utamaKerajaan',
    name: { ms: 'Aplikasi Utama Kerajaan', en: 'Main Government Application' },
    definition: 'Sistem Aplikasi yang berteraskan sektor perkhidmatan melibatkan perkhidmatan yang secara langsung diberikan kepada pelanggan kerajaan dan ditawarkan oleh lebih daripada satu agensi.',
    source: '001 §2.5.2',
  },
  {
    id: 'spesifikAgensi',
    name: { ms: 'Aplikasi Utama Spesifik Agensi', en: 'Agency-Specific Main Application' },
    definition: 'Sistem Aplikasi yang melibatkan perkhidmatan yang khusus kepada agensi dan hanya melibatkan perkhidmatan yang ditawarkan oleh satu agensi sahaja.',
    source: '001 §2.5.3',
  },
  {
    id: 'generik',
    name: { ms: 'Aplikasi Generik', en: 'Generic Application' },
    definition:
      'Sistem Aplikasi yang sama atau Sistem Aplikasi gunasama yang melibatkan perkhidmatan pengurusan sumber Kerajaan (sumber manusia, aset digital, aset fizikal, kewangan, perakaunan dan perolehan, pentadbiran organisasi).',
    source: '001 §2.5.4',
  },
];

export const PLATFORM_ENTRIES: readonly PlatformEntry[] = [
  {
    id: 'myDigitalId',
    name: 'MyDigital ID',
    role: { ms: 'Multi Factor Authentication; log masuk tunggal (SSO) wajib bagi semua sistem dan aplikasi digital kerajaan', en: 'Multi-factor authentication; single sign-on mandatory for every government digital system and application' },
    group: 'dpi',
    source: '001 §2.7.3, §1.4.4; Jadual 4-1 A.1.a viii',
  },
  {
    id: 'ePaymentGateway',
    name: 'ePayment Gateway',
    role: { ms: 'Pembayaran digital', en: 'Digital payment' },
    group: 'dpi',
    source: '001 §2.7.3; Jadual 4-1 A.1.a viii',
  },
  {
    id: 'myGdx',
    name: 'MyGDX',
    role: { ms: 'Platform perkongsian data', en: 'Data-sharing platform' },
    group: 'dpi',
    source: '001 §2.7.3; Jadual 4-1 A.1.a viii; 003 §2.4.3, Lampiran A',
  },
  { id: 'myGovCloud', name: 'MyGovCloud', role: { ms: 'Perkhidmatan generik Kerajaan: pengkomputeran awan', en: 'Generic government service: cloud computing' }, group: 'genericService', source: '001 §1.4.5' },
  { id: 'myGovNet', name: 'MyGovNet', role: { ms: 'Perkhidmatan generik Kerajaan: rangkaian', en: 'Generic government service: network' }, group: 'genericService', source: '001 §1.4.5' },
  { id: 'myGovUc', name: 'MyGovUC', role: { ms: 'Perkhidmatan generik Kerajaan: komunikasi bersepadu', en: 'Generic government service: unified communications' }, group: 'genericService', source: '001 §1.4.5' },
];

export const CHANNEL_ENTRIES: readonly ChannelEntry[] = [
  {
    id: 'portalMyGovernment',
    name: 'Portal MyGovernment',
    url: 'https://malaysia.gov.my',
    audience: { ms: 'Gerbang tunggal bagi pengguna warganegara Malaysia', en: 'Single gateway for Malaysian citizens' },
    mainGateway: true,
    source: '001 Jadual 3-1 label 2; §1.4.5',
  },
  {
    id: 'portalRai',
    name: 'Portal Rai',
    url: 'https://rai.malaysia.gov.my',
    audience: { ms: 'Gerbang tunggal bagi pengguna bukan warganegara Malaysia', en: 'Single gateway for non-citizens' },
    mainGateway: true,
    source: '001 Jadual 3-1 label 2',
  },
  {
    id: 'myGovApp',
    name: 'Aplikasi MyGov',
    audience: { ms: 'Aplikasi mobil kerajaan; perkhidmatan melalui Persona', en: 'Government mobile app; services by persona' },
    mainGateway: true,
    source: '001 Jadual 3-1 label 2; §1.4.5',
  },
  { id: 'counter', name: 'Bersemuka/Kaunter', mainGateway: false, source: '001 §3.3.4 b; §6.4.5' },
  { id: 'agencyPortal', name: 'Capaian portal', mainGateway: false, source: '001 §3.3.4 b' },
  { id: 'mobileApp', name: 'Aplikasi mobil', mainGateway: false, source: '001 §3.3.4 b' },
  { id: 'callCentre', name: 'Pusat panggilan', mainGateway: false, source: '001 §2.4.2, Jadual 2-3 (Komunikasi Digital)' },
  { id: 'email', name: 'E-mel', mainGateway: false, source: '002 para 3(a)' },
  { id: 'socialMedia', name: 'Media jaringan sosial', mainGateway: false, source: '002 para 2–3' },
];

export const E2E_CATEGORY_ENTRIES: readonly z.infer<typeof e2eCategoryEntrySchema>[] = [
  {
    id: 'e2e',
    name: { ms: 'Perkhidmatan End-to-End (E2E)', en: 'End-to-end (E2E) service' },
    definition:
      'Dilaksanakan secara dalam talian sepenuhnya dari mula hingga akhir tanpa perlu berurusan secara bersemuka: tiada jurang perkhidmatan dalam talian; hubungan satu ke satu antara set proses dengan produk perkhidmatan dan sasaran pelanggan; satu perkhidmatan boleh terdiri daripada pelbagai saluran.',
    source: '001 §6.4.4',
  },
  {
    id: 'separaE2e',
    name: { ms: 'Perkhidmatan Separa E2E', en: 'Partial E2E service' },
    definition: 'Perkhidmatan Dalam Talian yang tidak sepenuhnya E2E; sebahagian proses dilaksanakan secara manual dan/atau keperluan berurusan secara bersemuka.',
    source: '001 §6.4.5',
  },
  { id: 'eKaunter', name: { ms: 'Perkhidmatan e-Kaunter', en: 'e-Counter service' }, definition: 'Perkhidmatan menggunakan kemudahan pengkomputeran agensi di kaunter.', source: '001 §6.4.5' },
  { id: 'manual', name: { ms: 'Perkhidmatan Manual', en: 'Manual service' }, definition: 'Perkhidmatan di kaunter yang menggunakan kaedah manual.', source: '001 §6.4.5' },
];

export const CLASSIFICATION_ENTRIES: readonly ClassificationEntry[] = [
  { id: 'terbuka', name: 'Terbuka', rank: 0, officialSecret: false, source: '003 Takrifan 10' },
  { id: 'terhad', name: 'Terhad', rank: 1, officialSecret: true, source: '003 §1.6, Takrifan 11, 34' },
  { id: 'sulit', name: 'Sulit', rank: 2, officialSecret: true, source: '003 §1.6, Takrifan 34' },
  { id: 'rahsia', name: 'Rahsia', rank: 3, officialSecret: true, source: '003 §1.6, Takrifan 34' },
  { id: 'rahsiaBesar', name: 'Rahsia Besar', rank: 4, officialSecret: true, source: '003 §1.6, Takrifan 34' },
];

export const SHARING_CATEGORY_ENTRIES: readonly SharingCategoryEntry[] = [
  {
    id: 'oneOff',
    name: 'One-off (sekali sahaja)',
    printedMethods: ['Melalui e-mel – fail dalam format yang bersesuaian (cth: txt, xls dan csv)', 'Lain-lain kaedah yang bersesuaian'],
    listedMethods: ['emailFile'],
    otherSuitable: ['sftp', 'manual', 'other'],
    otherNote: 'Pemindahan fail sekali (SFTP) atau serahan manual ialah "lain-lain kaedah yang bersesuaian" bagi data sekali sahaja; integrasi berterusan (API, Web Service, MyGDX) ialah kaedah kategori Berkala.',
    source: '003 §2.4.3, Jadual 3 (Bil. 1)',
  },
  {
    id: 'berkala',
    name: 'Berkala',
    printedMethods: ['Integrasi melalui API atau Web Services', 'Melalui e-mel – fail dalam format yang bersesuaian (cth: txt, xls dan csv)', 'Lain-lain kaedah yang bersesuaian'],
    listedMethods: ['api', 'webService', 'emailFile'],
    otherSuitable: ['myGdx', 'webMapService', 'sftp', 'other'],
    otherNote: 'MyGDX ialah platform perkongsian data kerajaan (003 §2.4.3), Web Map Service ialah Web Service data spatial (001 §3.3.4 f) dan SFTP pemindahan fail berjadual; kaedah manual tidak bersesuaian bagi perkongsian berkala.',
    source: '003 §2.4.3, Jadual 3 (Bil. 2)',
  },
];
