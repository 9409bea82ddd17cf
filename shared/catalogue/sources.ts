/**
 * The documents Lakar's rules and catalogue cite, and how a citation is written for readers.
 * Rule and catalogue data cite by a three-digit key ("001 §2.6.2", "003 Lampiran A", "000 para
 * 12") so the data stays short and stable; those keys are this repository's seed file numbers and
 * mean nothing to a reader. Everything shown to people (the paper, its check report, the CLI, the
 * app's rule texts and catalogue) goes through `formatSource` / `decodeReferences`, which name the
 * document instead, and the paper's Rujukan list comes from `citedDocuments`.
 */
import type { Lang } from '../i18n';

/** A source document. */
export interface SourceDocument {
  /** The key data uses to cite it ("001"). */
  key: string;
  /** Short name used in citations, e.g. "Panduan WoG". */
  short: Record<Lang, string>;
  /** Full title, as printed in the Rujukan list. */
  title: Record<Lang, string>;
  /** Issuer and date, as printed in the Rujukan list. */
  issuer: Record<Lang, string>;
  /**
   * How running text names the document ("PPrISA", "Akta 709"): a paper whose text names it lists
   * it in Rujukan. Without it the document is listed only when a rule or catalogue source cites its key.
   */
  named?: RegExp;
}

/** Where the guide names a document it does not include, for the Rujukan line of a document the seeds only name. */
const namedInGuide = (ms: string, en: string) => ({ ms: `Seperti dinamakan dalam Panduan WoG ${ms}`, en: `As named in the WoG Guide ${en}` });
/** An acronym as a word of its own, in capitals only ("RASA", not the Malay "rasa"). */
const acronym = (a: string) => new RegExp(`(?<![\\p{L}\\d])${a}(?![\\p{L}\\d])`, 'u');

/** Every document cited, in the order of the Rujukan list. */
export const SOURCE_DOCUMENTS: readonly SourceDocument[] = [
  {
    key: '001',
    short: { ms: 'Panduan WoG', en: 'WoG Guide' },
    title: {
      ms: 'Panduan Keseluruhan Kerajaan (Whole-of-Government) Sektor Awam, Versi Beta',
      en: 'Panduan Keseluruhan Kerajaan (Whole-of-Government) Sektor Awam (Public Sector Whole-of-Government Guide), beta version',
    },
    issuer: { ms: 'Jabatan Digital Negara (JDN), Kementerian Digital, 2025', en: 'Jabatan Digital Negara (JDN, National Digital Department), Ministry of Digital, 2025' },
  },
  {
    key: '000',
    short: { ms: 'PKPA Bil. 2/2021', en: 'PKPA No. 2/2021' },
    title: {
      ms: 'Pekeliling Kemajuan Pentadbiran Awam (PKPA) Bilangan 2 Tahun 2021: Dasar Perkongsian Data Sektor Awam',
      en: 'Pekeliling Kemajuan Pentadbiran Awam (PKPA) Bilangan 2 Tahun 2021: Dasar Perkongsian Data Sektor Awam (Public Sector Data Sharing Policy circular)',
    },
    issuer: { ms: 'Ketua Setiausaha Negara; MAMPU, Jabatan Perdana Menteri, 27 Ogos 2021', en: 'Chief Secretary to the Government; MAMPU, Prime Minister’s Department, 27 August 2021' },
    named: /PKPA (?:Bil(?:angan|\.)? )?2(?:\/| Tahun )2021|Dasar Perkongsian Data Sektor Awam/,
  },
  // the documents below are not among the seeds: each is listed with its full title as the guide names it
  {
    key: 'spa7-2024',
    short: { ms: 'SPA Bil. 7/2024', en: 'SPA No. 7/2024' },
    title: {
      ms: 'Surat Pekeliling Am Bilangan 7 Tahun 2024: Garis Panduan Permohonan Kelulusan Teknikal dan Pemantauan Projek Teknologi Maklumat dan Komunikasi (ICT) Sektor Awam',
      en: 'Surat Pekeliling Am Bilangan 7 Tahun 2024: Garis Panduan Permohonan Kelulusan Teknikal dan Pemantauan Projek Teknologi Maklumat dan Komunikasi (ICT) Sektor Awam (guideline on technical approval and monitoring of public-sector ICT projects)',
    },
    issuer: { ms: 'Jabatan Digital Negara (JDN), 16 Julai 2024 (Panduan WoG §1.4.3)', en: 'Jabatan Digital Negara (JDN), 16 July 2024 (WoG Guide §1.4.3)' },
    named: /Surat Pekeliling Am Bil(?:angan|\.)? 7 Tahun 2024|SPA (?:Bil(?:angan|\.)? )?7(?:\/| Tahun )2024/,
  },
  {
    key: 'sso-mydigitalid',
    short: { ms: 'Surat Arahan MyDigital ID (SSO)', en: 'MyDigital ID (SSO) directive' },
    title: {
      ms: 'Surat Arahan Pelaksanaan Integrasi Sistem Aplikasi Digital Kerajaan dengan MyDigital ID sebagai Log Masuk Tunggal (Single Sign-on, SSO)',
      en: 'Surat Arahan Pelaksanaan Integrasi Sistem Aplikasi Digital Kerajaan dengan MyDigital ID sebagai Log Masuk Tunggal (directive on integrating government applications with MyDigital ID as single sign-on)',
    },
    issuer: { ms: '14 Januari 2025 (Panduan WoG §1.4.4)', en: '14 January 2025 (WoG Guide §1.4.4)' },
    named: /Surat Arahan Pelaksanaan Integrasi Sistem Aplikasi Digital Kerajaan/,
  },
  {
    key: 'ksn-integrasi',
    short: { ms: 'Surat Arahan KSN (24 Januari 2025)', en: 'Chief Secretary’s directive (24 January 2025)' },
    title: {
      ms: 'Surat Arahan Ketua Setiausaha Negara bagi Penyelarasan Pengintegrasian Sistem-sistem Kerajaan di Peringkat Persekutuan, Negeri dan Pihak Berkuasa Tempatan (PBT)',
      en: 'Surat Arahan Ketua Setiausaha Negara bagi Penyelarasan Pengintegrasian Sistem-sistem Kerajaan di Peringkat Persekutuan, Negeri dan Pihak Berkuasa Tempatan (PBT) (Chief Secretary’s directive on coordinating the integration of government systems)',
    },
    issuer: { ms: 'Ketua Setiausaha Negara, 24 Januari 2025 (Panduan WoG §1.4.5)', en: 'Chief Secretary to the Government, 24 January 2025 (WoG Guide §1.4.5)' },
    named: /Surat Arahan Ketua Setiausaha Negara bagi Penyelarasan/,
  },
  {
    key: 'pprisa',
    short: { ms: 'PPrISA', en: 'PPrISA' },
    title: { ms: 'Garis Panduan Pengurusan Projek ICT Sektor Awam (PPrISA)', en: 'Garis Panduan Pengurusan Projek ICT Sektor Awam (PPrISA, Public Sector ICT Project Management Guideline)' },
    issuer: namedInGuide('§6.3.4', '§6.3.4'),
    named: acronym('PPrISA'),
  },
  {
    key: 'polisi-pendigitalan-data',
    short: { ms: 'Polisi Pendigitalan Data Sektor Awam', en: 'Public Sector Data Digitalisation Policy' },
    title: { ms: 'Polisi Pendigitalan Data Sektor Awam', en: 'Polisi Pendigitalan Data Sektor Awam (Public Sector Data Digitalisation Policy)' },
    issuer: namedInGuide('Jadual 4-1 A.1.a v', 'Table 4-1 A.1.a v'),
    named: /Polisi Pendigitalan Data Sektor Awam|Public Sector Data Digitalisation Policy/,
  },
  {
    key: 'katalog-anggaran-harga',
    short: { ms: 'Katalog Anggaran Harga', en: 'Katalog Anggaran Harga' },
    title: { ms: 'Katalog Anggaran Harga', en: 'Katalog Anggaran Harga (price estimate catalogue)' },
    issuer: namedInGuide('§4.3.5', '§4.3.5'),
    named: /Katalog Anggaran Harga/,
  },
  {
    key: 'rasa',
    short: { ms: 'RASA', en: 'RASA' },
    title: { ms: 'Repositori Aplikasi Sektor Awam (RASA), https://www.rasa.jdn.gov.my', en: 'Repositori Aplikasi Sektor Awam (RASA, Public Sector Application Repository), https://www.rasa.jdn.gov.my' },
    issuer: namedInGuide('§6.3.2; Jadual 4-1 A.1.a iii', '§6.3.2; Table 4-1 A.1.a iii'),
    named: acronym('RASA'),
  },
  {
    key: 'akta709',
    short: { ms: 'Akta 709', en: 'Act 709' },
    title: { ms: 'Akta Perlindungan Data Peribadi 2010 (Akta 709)', en: 'Akta Perlindungan Data Peribadi 2010 (Akta 709, Personal Data Protection Act 2010)' },
    issuer: { ms: 'Undang-Undang Malaysia', en: 'Laws of Malaysia' },
    named: /Akta 709|Act 709|Akta Perlindungan Data Peribadi|Personal Data Protection Act/,
  },
  {
    key: '003',
    short: { ms: 'Polisi Data Raya TVET', en: 'TVET Data Policy' },
    title: {
      ms: 'Polisi Perkongsian Data Raya TVET, termasuk Lampiran A: Templat Interface Description Document (IDD) MyGDX',
      en: 'Polisi Perkongsian Data Raya TVET (TVET big-data sharing policy), with Lampiran A: the MyGDX Interface Description Document (IDD) template',
    },
    issuer: { ms: 'Jabatan Pembangunan Kemahiran (JPK), Kementerian Sumber Manusia (KESUMA)', en: 'Jabatan Pembangunan Kemahiran (JPK, Skills Development Department), Ministry of Human Resources (KESUMA)' },
  },
  {
    key: '002',
    short: { ms: 'Surat MAMPU 2009 (Media Jaringan Sosial)', en: 'MAMPU 2009 letter (social media)' },
    title: {
      ms: 'Penggunaan Media Jaringan Sosial di Sektor Awam, surat MAMPU.BDPICT (S) 700-6/1/3 (21)',
      en: 'Penggunaan Media Jaringan Sosial di Sektor Awam (use of social media in the public sector), letter MAMPU.BDPICT (S) 700-6/1/3 (21)',
    },
    issuer: { ms: 'Ketua Pengarah MAMPU, Jabatan Perdana Menteri, 19 November 2009', en: 'Director General of MAMPU, Prime Minister’s Department, 19 November 2009' },
  },
  {
    key: '004',
    short: { ms: 'Soal Selidik E-Kerajaan PBB 2022', en: 'UN E-Government Survey 2022 questionnaire' },
    title: {
      ms: 'Member States Questionnaire (MSQ) for the United Nations E-Government Survey 2022: jawapan Malaysia',
      en: 'Member States Questionnaire (MSQ) for the United Nations E-Government Survey 2022: Malaysia’s answers',
    },
    issuer: { ms: 'United Nations Department of Economic and Social Affairs (UN DESA), 2022', en: 'United Nations Department of Economic and Social Affairs (UN DESA), 2022' },
  },
];

const BY_KEY = new Map(SOURCE_DOCUMENTS.map((d) => [d.key, d]));

/** The document a key stands for, if it is one. */
export function sourceDocument(key: string): SourceDocument | undefined {
  return BY_KEY.get(key);
}

/** A key opening a citation or one of its parts ("001 §2.1.3, 001 §2.4.2; 003 §1.6"). */
const KEY_IN_SOURCE = /(^|[;,(]\s*)(\d{3})(?=\s+\S)/g;
/** A key anywhere in running text, before a locator word. */
const KEY_IN_TEXT = /\b(\d{3})(?= (?:§|Lampiran\b|para\b|Jadual\b|Rajah\b|Bab\b|Takrifan\b|Appendix\b|Table\b|Figure\b))/g;

/**
 * A source as readers see it: "001 §1.4.4, §2.7.3; Jadual 4-1 A.1.a viii" → "Panduan WoG §1.4.4,
 * §2.7.3; Jadual 4-1 A.1.a viii". Parts without a key keep citing the document named before them,
 * as in the data. Text that cites no known key comes back unchanged.
 */
export function formatSource(source: string, lang: Lang): string {
  return source.replace(KEY_IN_SOURCE, (m, before: string, key: string) => (BY_KEY.has(key) ? `${before}${BY_KEY.get(key)!.short[lang]}` : m));
}

/** Running text (a rule's message or fix hint) with every "003 Lampiran A"-style reference naming its document. */
export function decodeReferences(text: string, lang: Lang): string {
  return text.replace(KEY_IN_TEXT, (m, key: string) => BY_KEY.get(key)?.short[lang] ?? m);
}

/** Keys of the documents `sources` cite (first citation order). */
export function citedKeys(sources: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const s of sources) {
    for (const m of s.matchAll(KEY_IN_SOURCE)) if (BY_KEY.has(m[2])) out.add(m[2]);
    for (const m of s.matchAll(KEY_IN_TEXT)) if (BY_KEY.has(m[1])) out.add(m[1]);
  }
  return [...out];
}

/** Keys of the documents `text` names in its own words ("mengikut PPrISA", "data peribadi (Akta 709)"). */
export function namedKeys(text: string): string[] {
  return SOURCE_DOCUMENTS.filter((d) => d.named?.test(text)).map((d) => d.key);
}

/**
 * The documents `sources` cite, and those with a key in `named` (what a paper's text names), in the
 * order of SOURCE_DOCUMENTS (the Panduan WoG first).
 */
export function citedDocuments(sources: Iterable<string>, named: Iterable<string> = []): SourceDocument[] {
  const keys = new Set([...citedKeys(sources), ...named]);
  return SOURCE_DOCUMENTS.filter((d) => keys.has(d.key));
}
