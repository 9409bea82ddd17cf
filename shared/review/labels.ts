/**
 * Words of a review in Bahasa Melayu and English. The terms of 001 §4.3 Jadual 4-1 (steps 4a, 7, 8,
 * 9) are kept exactly as the guide writes them; the English labels keep the Malay term and add a
 * gloss, as a Kertas Ulasan is read against the guide. Used by the app, the CLI and the PDF.
 */
import type {
  AnalysisItem,
  ChecklistNumeral,
  CommentHeading,
  CommentSeverity,
  CommentStatus,
  Criterion,
  Decision,
  NotContinuedReason,
  ProposalField,
  ReviewingBody,
  ReviewRole,
  Syor,
  Verdict,
} from './vocabulary';

/** The two UI languages (as shared/i18n's Lang, declared here so shared/i18n can import these labels without a cycle). */
type Lang = 'ms' | 'en';

export interface ReviewVocabularyLabels {
  body: Record<ReviewingBody, string>;
  analysis: Record<AnalysisItem, string>;
  decision: Record<Decision, string>;
  criterion: Record<Criterion, string>;
  syor: Record<Syor, string>;
  /** What each Syor means for the agency (Jadual 4-1 steps 9 and 9a). */
  syorNote: Record<Syor, string>;
  reason: Record<NotContinuedReason, string>;
  verdict: Record<Verdict, string>;
  severity: Record<CommentSeverity, string>;
  status: Record<CommentStatus, string>;
  role: Record<ReviewRole, string>;
  heading: Record<CommentHeading, string>;
  field: Record<ProposalField, string>;
  checklist: (item: ChecklistNumeral) => string;
}

const ms: ReviewVocabularyLabels = {
  body: {
    bppd: 'Bahagian Perancangan Perkhidmatan Digital (BPPD), JDN',
    perundingJdn: 'Perunding JDN',
    sekretariatPds: 'Sekretariat Pasukan Digital Sektor',
  },
  analysis: { sektor: 'Sektor', inisiatifTumpuan: 'Inisiatif tumpuan', registri: 'Registri', repositori: 'Repositori', ekosistem: 'Ekosistem perkhidmatan sektor' },
  decision: { bersetuju: 'Bersetuju', tidakBersetuju: 'Tidak Bersetuju', kajiSemula: 'Kaji Semula' },
  criterion: {
    pengurusanProjek: 'Pengurusan Projek',
    perancanganStrategikIct: 'Perancangan Strategik ICT',
    pembangunanSistem: 'Pembangunan Sistem',
    pengurusanPangkalanData: 'Pengurusan Pangkalan Data',
    pengurusanPusatData: 'Pengurusan Pusat Data',
    pengurusanRangkaian: 'Pengurusan Rangkaian',
    pengurusanKeselamatanSiber: 'Pengurusan Keselamatan Siber',
  },
  syor: { bersetujuTanpaPindaan: 'Bersetuju Tanpa Pindaan', bersetujuDenganPindaan: 'Bersetuju Dengan Pindaan', nilaiSemula: 'Nilai Semula', tidakDiteruskan: 'Tidak Diteruskan' },
  syorNote: {
    bersetujuTanpaPindaan: 'Projek dipersetujui untuk diteruskan dengan skop yang sama.',
    bersetujuDenganPindaan: 'Projek dipersetujui untuk diteruskan dengan pindaan skop mengambil kira keperluan WoG.',
    nilaiSemula: 'Agensi menilai semula penyelesaian digital dan kertas cadangan perlu dibawa semula ke Mesyuarat Pasukan Digital Sektor.',
    tidakDiteruskan: 'Projek digabungkan dalam penyelesaian digital sedia ada atau projek lain atau kebergantungan kepada projek lain yang belum selesai.',
  },
  reason: { digabungkan: 'Digabungkan dalam penyelesaian digital sedia ada atau projek lain', kebergantungan: 'Kebergantungan kepada projek lain yang belum selesai' },
  verdict: { memuaskan: 'Memuaskan', perluPenambahbaikan: 'Perlu penambahbaikan', tidakMemuaskan: 'Tidak memuaskan', tidakBerkaitan: 'Tidak berkaitan' },
  severity: { perluTindakan: 'Perlu tindakan', cadangan: 'Cadangan', makluman: 'Makluman' },
  status: { terbuka: 'Terbuka', dijawab: 'Dijawab', selesai: 'Selesai' },
  role: { reviewer: 'Penyemak', agency: 'Agensi' },
  heading: {
    pengurusanProjek: 'a. Pengurusan Projek',
    perancanganStrategikIct: 'b. Perancangan Strategik ICT',
    pembangunanSistem: 'c. Pembangunan Sistem',
    pengurusanPangkalanData: 'd. Pengurusan Pangkalan Data',
    pengurusanPusatData: 'e. Pengurusan Pusat Data',
    pengurusanRangkaian: 'f. Pengurusan Rangkaian',
    pengurusanKeselamatanSiber: 'g. Pengurusan Keselamatan Siber',
    analisis: 'Analisis kertas cadangan (langkah 4a)',
  },
  field: {
    title: 'Tajuk projek',
    pemilikProjek: 'Pemilik Projek',
    penerajuProjek: 'Peneraju Projek',
    pelaksanaProjek: 'Pelaksana Projek',
    pelaksanaPerolehan: 'Pelaksana Perolehan',
    agensiInduk: 'Agensi Induk',
    sector: 'Sektor',
    serviceDomain: 'Domain perkhidmatan',
    category: 'Kategori projek',
    objectives: 'Objektif',
    estimatedCost: 'Anggaran kos',
    expectedOutcomes: 'Keberhasilan dijangka',
  },
  checklist: (item) => `Senarai semak WoG, Jadual 4-1 A.1.a (${item})`,
};

const en: ReviewVocabularyLabels = {
  body: {
    bppd: 'Bahagian Perancangan Perkhidmatan Digital (BPPD), JDN — Digital Service Planning Division',
    perundingJdn: 'Perunding JDN — JDN consultant',
    sekretariatPds: 'Sekretariat Pasukan Digital Sektor — Sector Digital Team secretariat',
  },
  analysis: {
    sektor: 'Sektor (sector)',
    inisiatifTumpuan: 'Inisiatif tumpuan (focus initiative)',
    registri: 'Registri (registries)',
    repositori: 'Repositori (repositories)',
    ekosistem: 'Ekosistem perkhidmatan sektor (sector service ecosystem)',
  },
  decision: { bersetuju: 'Bersetuju (agreed)', tidakBersetuju: 'Tidak Bersetuju (not agreed)', kajiSemula: 'Kaji Semula (to be reconsidered)' },
  criterion: {
    pengurusanProjek: 'Pengurusan Projek (project management)',
    perancanganStrategikIct: 'Perancangan Strategik ICT (ICT strategic planning)',
    pembangunanSistem: 'Pembangunan Sistem (system development)',
    pengurusanPangkalanData: 'Pengurusan Pangkalan Data (database management)',
    pengurusanPusatData: 'Pengurusan Pusat Data (data centre management)',
    pengurusanRangkaian: 'Pengurusan Rangkaian (network management)',
    pengurusanKeselamatanSiber: 'Pengurusan Keselamatan Siber (cyber security management)',
  },
  syor: {
    bersetujuTanpaPindaan: 'Bersetuju Tanpa Pindaan (agreed without amendment)',
    bersetujuDenganPindaan: 'Bersetuju Dengan Pindaan (agreed with amendments)',
    nilaiSemula: 'Nilai Semula (re-evaluate)',
    tidakDiteruskan: 'Tidak Diteruskan (not continued)',
  },
  syorNote: {
    bersetujuTanpaPindaan: 'The project is agreed to continue with the same scope.',
    bersetujuDenganPindaan: 'The project is agreed to continue with its scope amended to take WoG needs into account.',
    nilaiSemula: 'The agency re-evaluates the digital solution and the proposal is brought back to the Sector Digital Team meeting.',
    tidakDiteruskan: 'The project is merged into an existing digital solution or another project, or depends on another project that is not yet finished.',
  },
  reason: { digabungkan: 'Merged into an existing digital solution or another project', kebergantungan: 'Depends on another project that is not yet finished' },
  verdict: { memuaskan: 'Satisfactory', perluPenambahbaikan: 'Needs improvement', tidakMemuaskan: 'Unsatisfactory', tidakBerkaitan: 'Not applicable' },
  severity: { perluTindakan: 'Action required', cadangan: 'Suggestion', makluman: 'For information' },
  status: { terbuka: 'Open', dijawab: 'Answered', selesai: 'Resolved' },
  role: { reviewer: 'Reviewer', agency: 'Agency' },
  heading: {
    pengurusanProjek: 'a. Pengurusan Projek (project management)',
    perancanganStrategikIct: 'b. Perancangan Strategik ICT (ICT strategic planning)',
    pembangunanSistem: 'c. Pembangunan Sistem (system development)',
    pengurusanPangkalanData: 'd. Pengurusan Pangkalan Data (database management)',
    pengurusanPusatData: 'e. Pengurusan Pusat Data (data centre management)',
    pengurusanRangkaian: 'f. Pengurusan Rangkaian (network management)',
    pengurusanKeselamatanSiber: 'g. Pengurusan Keselamatan Siber (cyber security management)',
    analisis: 'Analysis of the proposal (step 4a)',
  },
  field: {
    title: 'Project title',
    pemilikProjek: 'Pemilik Projek (project owner)',
    penerajuProjek: 'Peneraju Projek (project lead)',
    pelaksanaProjek: 'Pelaksana Projek (implementer)',
    pelaksanaPerolehan: 'Pelaksana Perolehan (procurement implementer)',
    agensiInduk: 'Agensi Induk (parent agency)',
    sector: 'Sector',
    serviceDomain: 'Service domain',
    category: 'Project category',
    objectives: 'Objectives',
    estimatedCost: 'Estimated cost',
    expectedOutcomes: 'Expected outcomes',
  },
  checklist: (item) => `WoG checklist, Jadual 4-1 A.1.a (${item})`,
};

/** The review vocabulary's words in `lang`. */
export const REVIEW_LABELS: Record<Lang, ReviewVocabularyLabels> = { ms, en };

/** Labels of the review commands, shown in Edit › Undo/Redo (merged into the `domain` messages as `command.review`). */
export const REVIEW_COMMAND_LABELS: Record<Lang, Record<string, Record<string, string>>> = {
  ms: {
    comment: { add: 'Tambah Komen', edit: 'Ubah Komen', remove: 'Padam Komen', setStatus: 'Tukar Status Komen' },
    reply: { add: 'Balas Komen' },
    reviewer: { update: 'Ubah Maklumat Penyemak' },
    summary: { update: 'Ubah Ringkasan Ulasan' },
    analysis: { set: 'Ubah Analisis Langkah 4a' },
    decision: { set: 'Ubah Keputusan Pasukan Digital Sektor' },
    evaluation: { set: 'Ubah Penilaian Kriteria' },
    implementer: { set: 'Ubah Pengesyoran Pelaksana Projek' },
    syor: { set: 'Ubah Syor SLU' },
    round: { start: 'Semak Versi Baharu' },
  },
  en: {
    comment: { add: 'Add Comment', edit: 'Edit Comment', remove: 'Delete Comment', setStatus: 'Change Comment Status' },
    reply: { add: 'Reply to Comment' },
    reviewer: { update: 'Edit Reviewer Details' },
    summary: { update: 'Edit Review Summary' },
    analysis: { set: 'Edit Step 4a Analysis' },
    decision: { set: 'Edit Sector Digital Team Decision' },
    evaluation: { set: 'Edit Criterion Evaluation' },
    implementer: { set: 'Edit Recommended Pelaksana Projek' },
    syor: { set: 'Edit Syor SLU' },
    round: { start: 'Review the New Version' },
  },
};
