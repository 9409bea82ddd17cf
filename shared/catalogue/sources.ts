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
}

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

/** The documents `sources` cite, in the order of SOURCE_DOCUMENTS (the Panduan WoG first). */
export function citedDocuments(sources: Iterable<string>): SourceDocument[] {
  const keys = new Set(citedKeys(sources));
  return SOURCE_DOCUMENTS.filter((d) => keys.has(d.key));
}
