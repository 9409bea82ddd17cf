/**
 * The Kertas Ulasan JDN PDF (001 §4.3, Jadual 4-1 steps 4a, 7, 8, 9): cover, the proposal and the
 * version reviewed, the summary with the Sector Digital Team's decision, the step-4a analysis, the
 * LMV sketch (always; pins where comments are), the seven step-8 criteria with verdicts,
 * justifications and the comments filed under each, the recommended Pelaksana Projek, the Syor SLU, and the reviewer block. Built with the Kertas
 * Cadangan's PDF machinery (shared/export/pdf: writer, tables, theme, "Halaman x daripada y"). Pure:
 * runs in Node (CLI, tests) and in a browser worker.
 */
import { formatIsoDate, label, type Lang } from '../i18n';
import type { LakarDocument } from '../model/schema';
import { checkpoint, type ProgressOptions } from '../export/pdf/progress';
import { fill, formatDate } from '../export/pdf/strings';
import { COLORS, MARGIN, SIZE, tint, type Rgb } from '../export/pdf/theme';
import { keyValueTable } from '../export/pdf/table';
import { PdfWriter, type Cell } from '../export/pdf/writer';
import { PROPOSAL_STRINGS } from '../export/pdf/strings';
import { REVIEW_LABELS } from './labels';
import { addCommentBlocks, addPinnedSketch, numberComments, type NumberedComment } from './pdf-comments';
import { REVIEW_PDF_STRINGS, type ReviewPdfStrings } from './pdf-strings';
import type { Assessment, Review } from './schema';
import { ANALYSIS_ITEMS, ANALYSIS_NUMERALS, CRITERIA, CRITERION_LETTERS, type Verdict } from './vocabulary';
import { balancedLines } from '../export/pdf/balanced-lines';

export interface KertasUlasanOptions extends ProgressOptions {
  lang: Lang;
  /** The model the comments are read against (the open project); default: the version reviewed. */
  doc?: LakarDocument;
  /** Date printed on the cover and stored as the creation date (defaults to now). */
  date?: Date;
}

const VERDICT_COLOR: Record<Verdict, Rgb> = { memuaskan: COLORS.ok, perluPenambahbaikan: COLORS.warning, tidakMemuaskan: COLORS.error, tidakBerkaitan: COLORS.muted };

/** Build the Kertas Ulasan JDN of `review` as PDF bytes. */
export async function buildKertasUlasanPdf(review: Review, options: KertasUlasanOptions): Promise<Uint8Array> {
  const { lang } = options;
  const s = REVIEW_PDF_STRINGS[lang];
  const words = REVIEW_LABELS[lang];
  const doc = options.doc ?? review.proposal.snapshot;
  const date = options.date ?? new Date();
  const title = review.proposal.title.trim() || s.untitled;
  const draft = draftNotice(review, s);
  await checkpoint(options, 0, 'cover');

  const w = new PdfWriter({
    runningHeader: `${s.docType} — ${title}`,
    footerLeft: [words.body[review.reviewer.body].split(' — ')[0], review.reviewer.name].join(' · '),
    pageLabel: s.pageLabel,
    tocTitle: s.toc,
    properties: { title: `${s.docType}: ${title}`, subject: s.props.subject, author: review.reviewer.name, keywords: s.props.keywords, creator: 'Lakar' },
    creationDate: date,
    language: lang === 'ms' ? 'ms-MY' : 'en-GB',
    // on every page while a criterion is unassessed or the Syor unmade, as the Kertas Cadangan marks its drafts
    ...(draft ? { draftMark: s.draft.mark } : {}),
  });

  drawCover(w, review, s, lang, title, date, draft);
  addIdentity(w, review, doc, s, lang);
  const numbered = numberComments(review.comments);
  addSummary(w, review, numbered, s, lang);
  await checkpoint(options, 0.15, 'analysis');
  addAnalysis(w, review, numbered, doc, s, lang);
  await checkpoint(options, 0.25, 'lmv');
  const legend = PROPOSAL_STRINGS[lang].lmv;
  addPinnedSketch(w, doc, numbered, s, lang, { flow: legend.legendFlow, relation: legend.legendRelation, external: legend.legendExternal, platform: legend.legendPlatform, bundle: legend.legendBundle, hub: legend.legendHub });
  await checkpoint(options, 0.45, 'criteria');

  w.heading(1, s.criteria.title);
  w.paragraph(s.criteria.intro, { size: SIZE.table, color: COLORS.muted });
  for (const [i, criterion] of CRITERIA.entries()) {
    // the criterion's title goes over with its assessment rather than stay alone at a page foot
    const under = numbered.filter((n) => n.comment.heading === criterion);
    const assessment = keyValueTable(assessmentRows(review.evaluations[criterion], s, lang));
    // "Tiada komen" is the criterion's last word: on the page of its assessment, never alone at the top of the next
    const outro = under.length === 0 ? { text: s.criteria.noComments, size: SIZE.table, style: 'italic' as const, color: COLORS.muted } : undefined;
    w.titledTable(`${CRITERION_LETTERS[criterion]}. ${words.criterion[criterion].replace(/ \(.*\)$/, '')}`, assessment.columns, assessment.rows, assessment.options, { level: 2, outro });
    if (under.length > 0) {
      w.heading(4, fill(s.criteria.comments, { n: under.length }), { numbered: false, toc: false, keep: 22 });
      addCommentBlocks(w, under, doc, s, lang);
    }
    await checkpoint(options, 0.45 + (0.4 * (i + 1)) / CRITERIA.length, 'criteria');
  }

  addImplementer(w, review, s);
  addSyor(w, review, s, lang);
  addSignatory(w, review, s, lang, date);
  await checkpoint(options, 0.95, 'finish');
  w.insertToc();
  const bytes = w.finish();
  await checkpoint(options, 1, 'done');
  return bytes;
}

/**
 * Why the paper is still a draft, or undefined when it is complete: a Kertas Ulasan goes to JTISA
 * with the Syor made and each of the seven step-8 criteria assessed (Jadual 4-1 langkah 7a c, 8, 9).
 */
function draftNotice(review: Review, s: ReviewPdfStrings): string | undefined {
  const unassessed = CRITERIA.filter((c) => !review.evaluations[c]?.verdict).length;
  const reasons = [...(unassessed ? [fill(s.draft.criteria, { n: unassessed })] : []), ...(review.syor.value ? [] : [s.draft.syor])];
  return reasons.length ? fill(s.draft.notice, { reasons: reasons.join('; ') }) : undefined;
}

function drawCover(w: PdfWriter, review: Review, s: ReviewPdfStrings, lang: Lang, title: string, date: Date, draft: string | undefined): void {
  const pdf = w.pdf;
  pdf.setFillColor(...COLORS.accent);
  pdf.rect(0, 0, w.pageWidth, 12, 'F');
  pdf.setFillColor(...tint(COLORS.accent, 0.85));
  pdf.rect(0, 12, w.pageWidth, 2, 'F');
  let y = 48;
  w.setFont(12, 'bold', COLORS.accent);
  w.textAt(s.docType, MARGIN.left, y, 12);
  y += 7;
  w.setFont(10.5, 'normal', COLORS.muted);
  for (const l of w.wrap(s.docSubtitle, w.width)) {
    w.textAt(l, MARGIN.left, y, 10.5);
    y += 5;
  }
  y += 11;
  w.setFont(SIZE.title, 'bold', COLORS.ink);
  for (const line of balancedLines(w, title, w.width).slice(0, 6)) {
    w.textAt(line, MARGIN.left, y, SIZE.title);
    y += SIZE.title * 0.3528 * 1.22;
  }
  y += 8;
  pdf.setDrawColor(...COLORS.rule);
  pdf.setLineWidth(0.3);
  pdf.line(MARGIN.left, y, w.right, y);
  y += 8;
  const words = REVIEW_LABELS[lang];
  const rows: [string, string][] = [
    [s.cover.agency, review.proposal.agency || s.notFilled],
    [s.cover.reviewer, `${review.reviewer.name}${review.reviewer.position ? `, ${review.reviewer.position}` : ''} — ${words.body[review.reviewer.body]}`],
    [s.cover.date, formatDate(date, lang)],
    [s.cover.version, versionText(review, s, lang)],
    [s.cover.syor, review.syor.value ? words.syor[review.syor.value] : s.syor.none],
  ];
  for (const [k, v] of rows) {
    w.setFont(8.5, 'normal', COLORS.muted);
    w.textAt(k.toUpperCase(), MARGIN.left, y, 8.5);
    w.setFont(11.5, 'bold', COLORS.ink);
    const vl = w.wrap(v, w.width - 55).slice(0, 3);
    vl.forEach((l, i) => w.textAt(l, MARGIN.left + 55, y - 0.6 + i * 5.2, 11.5));
    y += Math.max(1, vl.length) * 5.2 + 4.5;
  }
  y = Math.max(y + 10, 240);
  if (draft) {
    w.setFont(8.5, 'bold', COLORS.error);
    for (const l of w.wrap(draft, w.width)) {
      w.textAt(l, MARGIN.left, y, 8.5);
      y += 4;
    }
    y += 2;
  }
  w.setFont(8, 'italic', COLORS.muted);
  for (const l of w.wrap(s.basis, w.width)) {
    w.textAt(l, MARGIN.left, y, 8);
    y += 3.8;
  }
}

/**
 * "sha256: 1a2b3c4d 5e6f7a8b …": the hash in groups of eight, as fingerprints are printed, so a line
 * ends between groups (the whole hash ran past its cell and was broken at any character) and a
 * reader compares it group by group.
 */
function groupedHash(hash: string): string {
  const [scheme, hex] = hash.includes(':') ? hash.split(':', 2) : ['', hash];
  const groups = hex.match(/.{1,8}/g) ?? [hex];
  return `${scheme ? `${scheme}: ` : ''}${groups.join(' ')}`;
}

/** "Versi Dokumen 1.0 · Generasi 4 · 1 Mac 2025 · sha256:1a2b3c4d…": the Kertas Cadangan's own version first, as its cover prints it. */
function versionText(review: Review, s: ReviewPdfStrings, lang: Lang): string {
  const v = review.proposal.reviewed;
  const documentVersion = review.proposal.snapshot.meta.version?.trim();
  const generation = v.generation === undefined || v.generation === 0 ? s.identity.unsaved : `${s.identity.generation} ${v.generation}`;
  return [...(documentVersion ? [`${s.cover.documentVersion} ${documentVersion}`] : []), generation, formatDate(new Date(v.at), lang), `${v.contentHash.slice(0, 19)}…`].join(' · ');
}

function addIdentity(w: PdfWriter, review: Review, doc: LakarDocument, s: ReviewPdfStrings, lang: Lang): void {
  const p = review.proposal;
  const m = p.snapshot.meta;
  const nf = s.notFilled;
  w.heading(1, s.identity.title);
  w.keyValue([
    [s.identity.projectTitle, p.title || nf],
    [s.identity.pemilik, m.pemilikProjek || nf],
    [s.identity.peneraju, m.penerajuProjek || nf],
    [s.identity.sector, m.sector ? label(lang, 'sector', m.sector) : nf],
    [s.identity.category, m.category ? label(lang, 'projectCategory', m.category) : nf],
    // the Kertas Cadangan names itself by its Versi Dokumen and its date (cover and §1): the date the agency
    // gave it (Tarikh kertas cadangan), else it was the day it was printed, which the project does not keep
    [s.identity.documentVersion, m.version?.trim() || nf],
    ...(m.paperDate ? [[s.identity.paperDate, formatIsoDate(m.paperDate, lang)] as [string, string]] : []),
    [s.identity.reviewedAt, formatDate(new Date(p.reviewed.at), lang)],
    [s.identity.projectFile, p.projectName || nf],
    [s.identity.generation, p.reviewed.generation === undefined || p.reviewed.generation === 0 ? s.identity.unsaved : String(p.reviewed.generation)],
    [s.identity.contentHash, { text: groupedHash(p.reviewed.contentHash), mono: true }],
    [s.identity.counts, fill(s.identity.countsValue, { elements: doc.elements.ids().length, relations: doc.relations.ids().length, views: Object.keys(doc.views).length })],
    [s.identity.earlier, p.earlier.length ? p.earlier.map((e) => `${formatDate(new Date(e.at), lang)} (${e.generation ?? s.identity.unsaved})`).join('; ') : '—'],
  ]);
}

function addSummary(w: PdfWriter, review: Review, numbered: readonly NumberedComment[], s: ReviewPdfStrings, lang: Lang): void {
  const words = REVIEW_LABELS[lang];
  w.heading(1, s.summary.title, { newPage: false, keep: 40 });
  w.paragraph(review.summary?.trim() || s.summary.none, review.summary?.trim() ? {} : { style: 'italic' });
  const c = numbered.map((n) => n.comment);
  w.paragraph(
    fill(s.summary.counts, {
      total: c.length,
      open: c.filter((x) => x.status === 'terbuka').length,
      answered: c.filter((x) => x.status === 'dijawab').length,
      resolved: c.filter((x) => x.status === 'selesai').length,
      action: c.filter((x) => x.severity === 'perluTindakan' && x.status !== 'selesai').length,
    }),
    { size: SIZE.table, color: COLORS.muted },
  );
  const d = review.decision;
  w.heading(2, s.decision.title);
  w.keyValue([
    [s.decision.status, d.status ? { text: words.decision[d.status], bold: true } : s.notFilled],
    [s.decision.date, d.date || s.notFilled],
    [s.decision.reference, d.reference || s.notFilled],
    [s.decision.note, d.note || '—'],
  ]);
}

function verdictCell(a: Assessment | undefined, s: ReviewPdfStrings, lang: Lang) {
  return a?.verdict ? { text: REVIEW_LABELS[lang].verdict[a.verdict], bold: true, color: VERDICT_COLOR[a.verdict] } : { text: s.notAssessed, color: COLORS.muted };
}

function addAnalysis(w: PdfWriter, review: Review, numbered: readonly NumberedComment[], doc: LakarDocument, s: ReviewPdfStrings, lang: Lang): void {
  const words = REVIEW_LABELS[lang];
  w.heading(1, s.analysis.title, { newPage: false, keep: 60 });
  w.paragraph(s.analysis.intro);
  w.table(
    [
      { title: s.analysis.no, weight: 0.5 },
      { title: s.analysis.item, weight: 2 },
      { title: s.analysis.verdict, weight: 1.4 },
      { title: s.analysis.justification, weight: 4.5 },
    ],
    ANALYSIS_ITEMS.map((item) => {
      const a = review.analysis[item];
      const text = [a?.justification?.trim(), a?.evidence?.trim()].filter(Boolean).join('\n') || '—';
      return [ANALYSIS_NUMERALS[item], words.analysis[item], verdictCell(a, s, lang), text];
    }),
  );
  const under = numbered.filter((n) => n.comment.heading === 'analisis');
  if (under.length > 0) {
    w.heading(3, s.criteria.analysisComments, { numbered: false });
    addCommentBlocks(w, under, doc, s, lang);
  }
}

function assessmentRows(a: Assessment | undefined, s: ReviewPdfStrings, lang: Lang): [string, Cell][] {
  return [
    [s.criteria.verdict, verdictCell(a, s, lang)],
    [s.criteria.justification, a?.justification?.trim() || '—'],
    ...(a?.evidence?.trim() ? ([[s.criteria.evidence, a.evidence.trim()]] as [string, string][]) : []),
  ];
}

/** Step 8 "termasuk pengesyoran Pelaksana Projek": JDN's recommendation beside the agency's proposal. */
function addImplementer(w: PdfWriter, review: Review, s: ReviewPdfStrings): void {
  const proposed = review.proposal.snapshot.meta.pelaksanaProjek?.trim();
  const { agency, justification } = review.implementer;
  // after criterion g, under the step-8 part, titled like the criteria (kept with its rows)
  const table = keyValueTable([
    [s.implementer.proposed, proposed || s.notFilled],
    [s.implementer.recommended, agency?.trim() ? { text: agency.trim(), bold: true } : { text: s.implementer.none, color: COLORS.muted }],
    [s.implementer.justification, justification?.trim() || '—'],
  ]);
  w.titledTable(s.implementer.title, table.columns, table.rows, table.options, { level: 2 });
}

function addSyor(w: PdfWriter, review: Review, s: ReviewPdfStrings, lang: Lang): void {
  const words = REVIEW_LABELS[lang];
  const syor = review.syor;
  w.heading(1, s.syor.title, { newPage: false, keep: 60 });
  if (!syor.value) {
    w.paragraph(s.syor.none, { style: 'italic' });
    return;
  }
  const rows: [string, string | { text: string; bold: boolean; color: Rgb }][] = [
    [s.syor.value, { text: words.syor[syor.value], bold: true, color: COLORS.accent }],
    [s.syor.meaning, words.syorNote[syor.value]],
  ];
  if (syor.value === 'bersetujuDenganPindaan') rows.push([s.syor.amendments, syor.amendments?.trim() || s.notFilled]);
  if (syor.value === 'tidakDiteruskan') {
    rows.push([s.syor.reason, syor.reason ? words.reason[syor.reason] : s.notFilled]);
    rows.push([s.syor.related, syor.relatedSolution?.trim() || s.notFilled]);
  }
  if (syor.note?.trim()) rows.push([s.syor.note, syor.note.trim()]);
  w.keyValue(rows);
  if (syor.value === 'bersetujuTanpaPindaan' || syor.value === 'bersetujuDenganPindaan') {
    w.heading(3, s.syor.action, { numbered: false });
    w.paragraph(s.syor.actionText);
  }
}

function addSignatory(w: PdfWriter, review: Review, s: ReviewPdfStrings, lang: Lang, date: Date): void {
  const words = REVIEW_LABELS[lang];
  w.heading(1, s.signatory.title, { newPage: false, keep: 50 });
  w.keyValue([
    [s.signatory.name, review.reviewer.name],
    [s.signatory.position, review.reviewer.position || '—'],
    [s.signatory.body, words.body[review.reviewer.body]],
    [s.signatory.date, formatDate(date, lang)],
    [s.signatory.signature, '\n\n\n'],
  ]);
}
