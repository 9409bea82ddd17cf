/**
 * The proposal paper (Kertas Cadangan) PDF of Panduan WoG §4.2–4.3, in the order a reviewer at the
 * Sector Digital Team reads it: cover addressed to the sector secretariat through JPICT Kementerian;
 * project information (roles marked as proposed); background and As-Is with the strategic
 * alignment; scope and measurable objectives; target groups with pain points and benefits; the LMV
 * sketches (As-Is then proposed) and the Jadual 3-1 elements; the A.1.a checklist; registries and
 * repositories; cyber risk and risks; implementation; cost; endorsement; Rujukan; then the WoG
 * Check Report and the import assumptions as appendices. A "DRAF — N ralat" mark is on every page
 * while the paper is not ready. Pure: runs in Node (CLI, tests) and in a browser worker; yields
 * between parts so progress can be reported and the export cancelled.
 */
import type { Lang } from '../../i18n';
import { formatRm, label } from '../../i18n';
import { projectCost } from '../../model/proposal';
import type { LakarDocument, View } from '../../model/schema';
import type { CheckReport, RuleInfo } from '../../rules/types';
import { builtinCatalogueIndex, type CatalogueIndex } from '../../catalogue/catalogue';
import { namedKeys } from '../../catalogue/sources';
import { resolveCatalogueIndex } from '../../catalogue/update';
import { evaluateChecklist } from '../../checklist';
import { checkDocument, listRules } from '../../rules';
import { addDiagramPages } from './diagram-pages';
import { ModelIndex } from './model-index';
import { addressee, draftState, isLmvView, lmvContent, paperViews, proposedViews, type DraftState, type LmvContent } from './paper-facts';
import { addBackground, addCost, addEndorsement, addImplementation, addReferences, addScopeAndObjectives, addSecurityAndRisk, addTargetGroups, type PartContext } from './proposal-content';
import { addChecklist, addCheckReport, addImportAssumptions, addRegistries } from './proposal-parts';
import { designSections } from './sections';
import { fill, formatDate, PROPOSAL_STRINGS, type ProposalStrings } from './strings';
import { CONTENT_STRINGS } from './strings-proposal';
import { formatIsoDate } from '../../i18n/format';
import { COLORS, MARGIN, SIZE } from './theme';
import { PdfWriter, tint, textWidth } from './writer';
import { checkpoint, type CancelSignal, type ExportProgress } from './progress';
import { addViewSummary, boundedRows, elementsDrawn, PAPER_LIMITS } from './large-model';
import { balancedLines } from './balanced-lines';

export { ExportCancelledError, type CancelSignal, type ExportProgress } from './progress';

/** Room in mm a table needs below a label's description: its title heading with the 26 mm that heading keeps, and the space around both headings. */
const KEEP_TABLE_START = 42;
/** The room a level-3 heading keeps under itself by default (PdfWriter.heading), part of KEEP_TABLE_START. */
const KEEP_HEADING3 = 26;

export interface ProposalOptions {
  lang: Lang;
  /** The checker's report (default: the document is checked now with every rule not switched off). */
  report?: CheckReport;
  /** False leaves the checker out: every checklist item is "Belum disemak" and the paper is a draft. */
  check?: boolean;
  /** Descriptions of the checker's rules (default: every rule). */
  rules?: RuleInfo[];
  /** The sector-ecosystem catalogue for names (default: the project's, built-in plus its update). */
  catalogue?: CatalogueIndex;
  onProgress?: (progress: ExportProgress) => void;
  signal?: CancelSignal;
  /** The export's date (defaults to now): the PDF's creation date, the check's date in Lampiran 1 and the cover's when the paper states none (`meta.paperDate`). */
  date?: Date;
}

/** Build the proposal paper of `doc` as PDF bytes. */
export async function buildProposalPdf(doc: LakarDocument, options: ProposalOptions): Promise<Uint8Array> {
  const { lang } = options;
  const s = PROPOSAL_STRINGS[lang];
  const c = CONTENT_STRINGS[lang];
  const date = options.date ?? new Date();
  const title = doc.meta.title.trim() || s.untitled;
  const agency = doc.meta.pemilikProjek ?? doc.meta.penerajuProjek ?? '';
  const index = new ModelIndex(doc);
  await checkpoint(options, 0, 'check');
  const check = options.check ?? true;
  const report = options.report ?? (check ? checkDocument(doc) : undefined);
  const rules = options.rules ?? (check ? listRules() : undefined);
  const catalogue = options.catalogue ?? resolveCatalogueIndex(doc.meta.catalogueUpdate, builtinCatalogueIndex);
  const draft = draftState(doc, report, lang);
  const lmv = lmvContent(doc);
  await checkpoint(options, 0.02, 'cover');
  // the documents the paper's text names, whoever wrote it (Lakar's notes or the agency's answers), for Rujukan
  const named = new Set<string>();

  const w = new PdfWriter({
    runningHeader: `${s.docType} — ${title}`,
    footerLeft: [agency, doc.meta.version ? `${s.cover.version} ${doc.meta.version}` : ''].filter(Boolean).join(' · ') || s.docType,
    pageLabel: s.pageLabel,
    tocTitle: s.toc,
    properties: { title: `${s.docType}: ${title}`, subject: lmv === 'lmv' ? s.props.subject : s.props.subjectNoLmv, author: doc.meta.author || agency || s.docType, keywords: s.props.keywords, creator: 'Lakar' },
    creationDate: date,
    language: lang === 'ms' ? 'ms-MY' : 'en-GB',
    draftMark: draft.mark,
    onText: (text) => namedKeys(text).forEach((key) => named.add(key)),
  });
  const ctx: PartContext = { w, doc, lang, s, c };

  drawCover(w, doc, s, lang, title, date, catalogue, draft, lmv);
  await checkpoint(options, 0.05, 'info');
  addProjectInfo(ctx, catalogue);
  const views = paperViews(doc);
  addBackground(ctx, views.asIs.length > 0);
  let figure = 0;
  for (const [i, view] of views.asIs.entries()) addView(w, doc, view, lang, figureStrings(s, view), ++figure, i === 0 ? s.lmv.asIsTitle : undefined);
  addScopeAndObjectives(ctx);
  addTargetGroups(ctx);

  await checkpoint(options, 0.1, 'lmv');
  // The LMV is of the whole service: with no proposed view showing anything the model's elements are still drawn
  const proposed = proposedViews(doc, views, s.lmv.title);
  if (proposed.length === 0) {
    w.heading(1, s.lmv.title);
    w.paragraph(views.asIs.length > 0 ? s.lmv.noViewAsIsOnly : s.lmv.noView, { style: 'italic' });
  }
  // another tool's views are not Landscape Map Views until the user says so: the part is titled for what it holds
  const proposedTitle = proposed.some(isLmvView) ? s.lmv.title : s.lmv.importedTitle;
  for (const [i, view] of proposed.entries()) {
    // the first proposed view also draws the model's elements no view shows (or counts those a user hid)
    addView(w, doc, view, lang, figureStrings(s, view), ++figure, i === 0 ? proposedTitle : undefined, i === 0);
    await checkpoint(options, 0.1 + (0.3 * (i + 1)) / proposed.length, 'lmv');
  }

  w.heading(1, s.sections.title);
  w.paragraph(s.sections.intro);
  const sections = designSections(doc, lang, index, catalogue);
  for (const [n, section] of sections.entries()) {
    // keep the label's heading with its description and the start of its first table: a heading and
    // description alone at a page's foot, their table overleaf, is what a reviewer flags first
    const description = w.paragraphHeight(section.description, SIZE.table, 'italic');
    const tables = section.tables.map((t) => ({ ...t, rows: boundedRows(t.rows, lang), options: { empty: s.sections.empty, size: t.size } }));
    // a short first table is kept whole under its title: the label's heading keeps all of it
    const first = tables[0] && w.shortTableHeight(tables[0].columns, tables[0].rows, tables[0].options);
    const keepTable = tables.length ? Math.max(KEEP_TABLE_START, KEEP_TABLE_START - KEEP_HEADING3 + (first ?? 0)) : 0;
    w.heading(2, `${s.info.label} ${section.label}: ${section.title}`, { keep: description + keepTable });
    w.paragraph(section.description, { size: SIZE.table, style: 'italic', color: COLORS.muted });
    // the last label's last table ends the part (the checklist starts a page): a short one that would
    // go over alone ("Kawalan keselamatan", 85% of a page blank) takes the short table before it along
    const last = tables[tables.length - 1];
    const closing = n === sections.length - 1 && last ? w.titledTableHeight(last.title, last.columns, last.rows, last.options) : undefined;
    for (const [i, t] of tables.entries()) w.titledTable(t.title, t.columns, t.rows, t.options, i === tables.length - 2 && closing ? { keepNext: closing } : {});
    await checkpoint(options, 0.4 + (0.3 * section.label) / 7, 'sections');
  }

  addChecklist(w, evaluateChecklist(doc, lang, { report, rules, catalogue }), s, lang, rules);
  await checkpoint(options, 0.75, 'checklist');
  addRegistries(w, s, lang, index, catalogue);
  addSecurityAndRisk(ctx);
  addImplementation(ctx);
  addCost(ctx);
  addEndorsement(ctx);
  await checkpoint(options, 0.85, 'registries');
  for (const text of checkReportTexts(report, rules, lang)) namedKeys(text).forEach((key) => named.add(key));
  addReferences(ctx, [...(rules ?? []).map((r) => r.source)], named);
  addCheckReport(w, doc, s, lang, index, report, rules, formatDate(date, lang));
  addImportAssumptions(w, doc, c, lang, index);
  await checkpoint(options, 0.9, 'finish');

  w.insertToc();
  const bytes = w.finish();
  await checkpoint(options, 1, 'done');
  return bytes;
}

/** What Lampiran 1, printed after Rujukan, says in words: each rule's title, and the message of each rule with findings. */
function checkReportTexts(report: CheckReport | undefined, rules: RuleInfo[] | undefined, lang: Lang): string[] {
  const found = new Set(report?.problems.map((p) => p.ruleId));
  return (rules ?? []).flatMap((r) => [r.title[lang], found.has(r.id) ? (r.message?.[lang] ?? '') : '']);
}

/**
 * A view's figure: drawn on A3 pages, or summarised per band when it holds (with the model's unshown
 * elements, for the first proposed view) too many elements to draw legibly.
 */
function addView(w: PdfWriter, doc: LakarDocument, view: View, lang: Lang, s: ProposalStrings, figureNo: number, headingTitle?: string, includeUnshown = false): void {
  const ids = elementsDrawn(doc, view, includeUnshown);
  if (ids.length > PAPER_LIMITS.viewNodes) addViewSummary(w, doc, view, ids, lang, fill(s.lmv.figure, { n: figureNo, view: view.name }), headingTitle, s.lmv.intro);
  else addDiagramPages(w, doc, view, lang, s, figureNo, headingTitle, { includeUnshown });
}

/** Captions of a view: "Landscape Map View — name" for an LMV, the view's own name for another tool's view. */
function figureStrings(s: ProposalStrings, view: View): ProposalStrings {
  if (isLmvView(view)) return s;
  const viewpoint = view.imported?.viewpoint || s.lmv.noViewpoint;
  return { ...s, lmv: { ...s.lmv, figure: s.lmv.figureOther, intro: fill(s.lmv.importedNote, { viewpoint }) } };
}

/** The cover's line under the title: what the paper carries beside the text, never more than it holds. */
function lmvSubtitle(s: ProposalStrings, content: LmvContent): string {
  return { lmv: s.lmvSubtitle, imported: s.lmvSubtitleImported, asIsOnly: s.lmvSubtitleAsIsOnly, none: s.lmvSubtitleNone }[content];
}

function drawCover(w: PdfWriter, doc: LakarDocument, s: ProposalStrings, lang: Lang, title: string, date: Date, catalogue: CatalogueIndex, draft: DraftState, content: LmvContent): void {
  const pdf = w.pdf;
  const pw = w.pageWidth;
  pdf.setFillColor(...COLORS.accent);
  pdf.rect(0, 0, pw, 12, 'F');
  pdf.setFillColor(...tint(COLORS.accent, 0.85));
  pdf.rect(0, 12, pw, 2, 'F');

  let y = 42;
  w.setFont(12, 'bold', COLORS.accent);
  // No letter-spacing: spaced capitals would come out of text extraction as "K E R T A S".
  w.textAt(s.docType, MARGIN.left, y, 12);
  y += 7;
  w.setFont(10.5, 'normal', COLORS.muted);
  w.textAt(s.docSubtitle, MARGIN.left, y, 10.5);
  y += 14;

  w.setFont(SIZE.title, 'bold', COLORS.ink);
  for (const line of balancedLines(w, title, w.width).slice(0, 6)) {
    w.textAt(line, MARGIN.left, y, SIZE.title);
    y += SIZE.title * 0.3528 * 1.22;
  }
  y += 3;
  // a cover without an LMV says so in the warning colour: it is what a reviewer looks for first
  w.setFont(11, 'italic', content === 'lmv' ? COLORS.muted : COLORS.error);
  for (const line of w.wrap(lmvSubtitle(s, content), w.width)) {
    w.textAt(line, MARGIN.left, y, 11);
    y += 5;
  }
  y += 5;

  if (doc.meta.category) {
    const text = label(lang, 'projectCategory', doc.meta.category);
    w.setFont(9, 'bold', COLORS.white);
    const tw = textWidth(pdf, text) + 8;
    pdf.setFillColor(...(doc.meta.category === 'wog' ? COLORS.accent : COLORS.ok));
    pdf.roundedRect(MARGIN.left, y, Math.min(tw, w.width), 7, 1.5, 1.5, 'F');
    w.textAt(w.fitText(text, w.width - 8), MARGIN.left + 4, y + 1.6, 9);
    y += 12;
  }

  pdf.setDrawColor(...COLORS.rule);
  pdf.setLineWidth(0.3);
  pdf.line(MARGIN.left, y, w.right, y);
  y += 7;

  const m = doc.meta;
  const rows: [string, string][] = [
    [s.cover.agency, m.pemilikProjek || s.notFilled],
    [s.cover.ministry, m.agensiInduk || s.notFilled],
    [s.cover.sector, m.sector ? label(lang, 'sector', m.sector) : s.notFilled],
    [s.cover.category, m.category ? label(lang, 'projectCategory', m.category) : s.notFilled],
    // the date the agency gives its paper; the export date only when it gives none (the check's own date is in Lampiran 1)
    [s.cover.date, m.paperDate ? formatIsoDate(m.paperDate, lang) : formatDate(date, lang)],
    [s.cover.version, m.version || s.notFilled],
  ];
  for (const [k, v] of rows) {
    w.setFont(8.5, 'normal', COLORS.muted);
    w.textAt(k.toUpperCase(), MARGIN.left, y, 8.5);
    w.setFont(11, 'bold', COLORS.ink);
    // even lines, as the title: "Keseluruhan Kerajaan / (WoG)" left the mark alone on a line
    const vl = balancedLines(w, v, w.width - 55).slice(0, 3);
    vl.forEach((l, i) => w.textAt(l, MARGIN.left + 55, y - 0.5 + i * 5, 11));
    y += Math.max(1, vl.length) * 5 + 3.5;
  }

  const to = addressee(doc, catalogue, lang, s.notFilled);
  y = Math.max(y + 6, 200);
  w.setFont(8.5, 'normal', COLORS.muted);
  w.textAt(s.cover.preparedFor.toUpperCase(), MARGIN.left, y, 8.5);
  y += 5;
  const line = (text: string, size: number, style: 'normal' | 'bold' | 'italic', color = COLORS.ink) => {
    w.setFont(size, style, color);
    for (const l of w.wrap(text, w.width)) {
      w.textAt(l, MARGIN.left, y, size);
      y += size * 0.3528 * 1.3;
    }
  };
  line(to.secretariat, 10.5, 'bold');
  if (to.contact) line(to.contact, 9.5, 'normal');
  line(to.through, 10.5, 'normal');
  if (to.purpose) line(to.purpose, 9, 'italic', COLORS.muted);
  y += 4;
  if (draft.notice) {
    w.setFont(8.5, 'bold', COLORS.error);
    for (const l of w.wrap(draft.notice, w.width)) {
      w.textAt(l, MARGIN.left, y, 8.5);
      y += 4;
    }
    y += 2;
  }
  w.setFont(8, 'italic', COLORS.muted);
  for (const l of w.wrap(s.cover.basis, w.width)) {
    w.textAt(l, MARGIN.left, y, 8);
    y += 3.8;
  }
}

function addProjectInfo(ctx: PartContext, catalogue: CatalogueIndex): void {
  const { w, doc, s, lang } = ctx;
  const m = doc.meta;
  const nf = s.notFilled;
  const cost = projectCost(m);
  w.heading(1, s.info.title);
  w.keyValue([
    [s.info.projectTitle, m.title || nf],
    [s.info.agensiInduk, m.agensiInduk || nf],
    [s.info.pemilik, m.pemilikProjek || nf],
    [s.info.peneraju, m.penerajuProjek || nf],
    [s.info.pelaksana, m.pelaksanaProjek || nf],
    [s.info.perolehan, m.pelaksanaPerolehan || nf],
    [s.info.sector, m.sector ? label(lang, 'sector', m.sector) : nf],
    [s.info.serviceDomain, m.serviceDomain ? (catalogue.refName(m.serviceDomain, lang) ?? m.serviceDomain) : nf],
    [s.info.category, m.category ? label(lang, 'projectCategory', m.category) : nf],
    ...(m.category === 'agensiSpesifik' ? ([[s.info.agensiSpesifikCategory, m.agensiSpesifikCategory ? label(lang, 'agensiSpesifikCategory', m.agensiSpesifikCategory) : nf]] as [string, string][]) : []),
    [s.info.inisiatifTumpuan, m.inisiatifTumpuan || nf],
    [s.info.cost, cost !== undefined ? formatRm(cost) : nf],
    [s.info.version, m.version || nf],
    [s.info.author, m.author || nf],
  ]);
  w.paragraph(s.info.rolesNote, { size: SIZE.table, style: 'italic', color: COLORS.muted });
}
