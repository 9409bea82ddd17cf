/**
 * Closed value lists of a review (Kertas Ulasan JDN), each tied to where it comes from: the steps
 * of 001 §4.3 Jadual 4-1 (4a, 7, 8, 9) or, for the comment workflow, the issue that defined it.
 * Stored in review files by these ids; their words (BM first) are in strings.ts.
 */

/** File name suffix of review files (here, apart from the zod schemas, so `lakar --help` can name it cheaply). */
export const REVIEW_EXTENSION = '.ulasan';

/** Who reviews: the bodies Jadual 4-1 names for steps 4a, 7a, 8 and 7b/6a. */
export const REVIEWING_BODIES = ['bppd', 'perundingJdn', 'sekretariatPds'] as const;
export type ReviewingBody = (typeof REVIEWING_BODIES)[number];

/** Step 4a a: what BPPD determines when analysing a WoG proposal (items i–v). */
export const ANALYSIS_ITEMS = ['sektor', 'inisiatifTumpuan', 'registri', 'repositori', 'ekosistem'] as const;
export type AnalysisItem = (typeof ANALYSIS_ITEMS)[number];
/** Roman numeral of each step-4a item as printed in Jadual 4-1. */
export const ANALYSIS_NUMERALS: Record<AnalysisItem, string> = { sektor: 'i', inisiatifTumpuan: 'ii', registri: 'iii', repositori: 'iv', ekosistem: 'v' };

/** Step 7 a: the three statuses of the Sector Digital Team's Kertas Keputusan. */
export const DECISIONS = ['bersetuju', 'tidakBersetuju', 'kajiSemula'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Step 8: the seven criteria of the Kertas Ulasan JDN, a–g. */
export const CRITERIA = [
  'pengurusanProjek',
  'perancanganStrategikIct',
  'pembangunanSistem',
  'pengurusanPangkalanData',
  'pengurusanPusatData',
  'pengurusanRangkaian',
  'pengurusanKeselamatanSiber',
] as const;
export type Criterion = (typeof CRITERIA)[number];
/** Letter of each step-8 criterion as printed in Jadual 4-1. */
export const CRITERION_LETTERS: Record<Criterion, string> = {
  pengurusanProjek: 'a',
  perancanganStrategikIct: 'b',
  pembangunanSistem: 'c',
  pengurusanPangkalanData: 'd',
  pengurusanPusatData: 'e',
  pengurusanRangkaian: 'f',
  pengurusanKeselamatanSiber: 'g',
};

/** Step 9: the four Syor SLU. */
export const SYOR = ['bersetujuTanpaPindaan', 'bersetujuDenganPindaan', 'nilaiSemula', 'tidakDiteruskan'] as const;
export type Syor = (typeof SYOR)[number];

/** Step 9 note on Tidak Diteruskan: merged into an existing solution or another project, or dependent on an unfinished one. */
export const NOT_CONTINUED_REASONS = ['digabungkan', 'kebergantungan'] as const;
export type NotContinuedReason = (typeof NOT_CONTINUED_REASONS)[number];

/** Verdict on one step-4a item or step-8 criterion (issue 16). */
export const VERDICTS = ['memuaskan', 'perluPenambahbaikan', 'tidakMemuaskan', 'tidakBerkaitan'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How much a comment asks of the agency (issue 16). */
export const COMMENT_SEVERITIES = ['perluTindakan', 'cadangan', 'makluman'] as const;
export type CommentSeverity = (typeof COMMENT_SEVERITIES)[number];

/** Where a comment stands: open, answered by the agency, settled by the reviewer (issue 16). */
export const COMMENT_STATUSES = ['terbuka', 'dijawab', 'selesai'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** Who wrote a comment or reply: the reviewing side or the proposing agency. */
export const ROLES = ['reviewer', 'agency'] as const;
export type ReviewRole = (typeof ROLES)[number];

/** The heading a comment is filed under in the Kertas Ulasan: a step-8 criterion, or the step-4a analysis. */
export const COMMENT_HEADINGS = [...CRITERIA, 'analisis'] as const;
export type CommentHeading = (typeof COMMENT_HEADINGS)[number];

/** The WoG checklist items of Jadual 4-1 A.1.a (i–ix) a comment may point at. */
export const CHECKLIST_NUMERALS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'] as const;
export type ChecklistNumeral = (typeof CHECKLIST_NUMERALS)[number];

/** Proposal fields (project information of the Kertas Cadangan) a comment may point at. */
export const PROPOSAL_FIELDS = [
  'title',
  'pemilikProjek',
  'penerajuProjek',
  'pelaksanaProjek',
  'pelaksanaPerolehan',
  'agensiInduk',
  'sector',
  'serviceDomain',
  'category',
  'objectives',
  'estimatedCost',
  'expectedOutcomes',
] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];
