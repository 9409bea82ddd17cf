/**
 * The proposal paper (Kertas Cadangan) PDF of 001 §4.2–4.3: cover, project information, the LMV
 * sketch as vectors, one section per Jadual 3-1 label, the Jadual 4-1 A.1.a checklist, registries
 * and repositories used, and the checker report as an appendix. Pure: runs in Node (CLI, tests) and
 * in a browser worker. Yields between parts so progress can be reported and the export cancelled.
 */
import type { Lang } from '../../i18n';
import { label } from '../../i18n';
import { BANDS } from '../../model/vocabulary';
import { bandOf } from '../../model/kinds';
import { sortedViews } from '../../model/document';
import type { LakarDocument } from '../../model/schema';
import { projectCost } from '../../model/proposal';
import type { CheckReport, RuleInfo } from '../../rules/types';
import { wogChecklist } from './checklist';
import { addDiagramPages } from './diagram-pages';
import { ModelIndex } from './model-index';
import { addAppendix, addChecklist, addRegistries } from './proposal-parts';
import { builtinCatalogueIndex, type CatalogueIndex } from '../../catalogue/catalogue';
import { resolveCatalogueIndex } from '../../catalogue/update';
import { checkDocument, listRules } from '../../rules';
import { designSections } from './sections';
import { fill, formatDate, formatRm, PROPOSAL_STRINGS, type ProposalStrings } from './strings';
import { COLORS, MARGIN, SIZE } from './theme';
import { PdfWriter, tint, textWidth } from './writer';
import { checkpoint, type CancelSignal, type ExportProgress } from './progress';

export { ExportCancelledError, type CancelSignal, type ExportProgress } from './progress';

export interface ProposalOptions {
  lang: Lang;
  /** The checker's report (default: the document is checked now with every rule not switched off). */
  report?: CheckReport;
  /** False leaves the checker out: no findings in the checklist, and the appendix says it was not run. */
  check?: boolean;
  /** Descriptions of the checker's rules (default: every rule). */
  rules?: RuleInfo[];
  /** The sector-ecosystem catalogue for registry/repository names (default: the project's, built-in plus its update). */
  catalogue?: CatalogueIndex;
  onProgress?: (progress: ExportProgress) => void;
  signal?: CancelSignal;
  /** Date printed on the cover and stored as the creation date (defaults to now). */
  date?: Date;
}

/** Build the proposal paper of `doc` as PDF bytes. */
export async function buildProposalPdf(doc: LakarDocument, options: ProposalOptions): Promise<Uint8Array> {
  const { lang } = options;
  const s = PROPOSAL_STRINGS[lang];
  const date = options.date ?? new Date();
  const title = doc.meta.title.trim() || s.untitled;
  const agency = doc.meta.pemilikProjek ?? doc.meta.penerajuProjek ?? '';
  const index = new ModelIndex(doc);
  await checkpoint(options, 0, 'check');
  const check = options.check ?? true;
  const report = options.report ?? (check ? checkDocument(doc) : undefined);
  const rules = options.rules ?? (check ? listRules() : undefined);
  await checkpoint(options, 0.02, 'cover');

  const w = new PdfWriter({
    runningHeader: `${s.docType} — ${title}`,
    footerLeft: [agency, doc.meta.version ? `${s.cover.version} ${doc.meta.version}` : ''].filter(Boolean).join(' · ') || 'Lakar',
    pageLabel: s.pageLabel,
    tocTitle: s.toc,
    properties: { title: `${s.docType}: ${title}`, subject: s.props.subject, author: doc.meta.author || agency || 'Lakar', keywords: s.props.keywords, creator: 'Lakar' },
    creationDate: date,
    language: lang === 'ms' ? 'ms-MY' : 'en-GB',
  });

  drawCover(w, doc, s, lang, title, agency, date);
  await checkpoint(options, 0.05, 'info');
  addProjectInfo(w, doc, s, lang, index);

  const views = sortedViews(doc);
  await checkpoint(options, 0.1, 'lmv');
  if (views.length === 0) {
    w.heading(1, s.lmv.title);
    w.paragraph(s.lmv.noView, { style: 'italic' });
  }
  for (const [i, view] of views.entries()) {
    addDiagramPages(w, doc, view, lang, s, i + 1, i === 0 ? s.lmv.title : undefined);
    await checkpoint(options, 0.1 + (0.3 * (i + 1)) / views.length, 'lmv');
  }

  w.heading(1, s.sections.title);
  w.paragraph(s.sections.intro);
  const sections = designSections(doc, lang, index);
  for (const section of sections) {
    w.heading(2, `${s.info.label} ${section.label}: ${section.title}`);
    w.paragraph(section.description, { size: SIZE.table, style: 'italic', color: COLORS.muted });
    for (const t of section.tables) {
      w.heading(3, t.title, { numbered: false });
      w.table(t.columns, t.rows, { empty: s.sections.empty, size: t.size });
    }
    await checkpoint(options, 0.4 + (0.3 * section.label) / 7, 'sections');
  }

  const catalogue = options.catalogue ?? resolveCatalogueIndex(doc.meta.catalogueUpdate, builtinCatalogueIndex);
  const refName = (ref: string) => catalogue.refName(ref, lang);
  addChecklist(w, wogChecklist(doc, lang, { report, rules, refName, index }), s, lang, rules);
  await checkpoint(options, 0.8, 'checklist');
  addRegistries(w, s, lang, index, catalogue);
  await checkpoint(options, 0.85, 'registries');
  addAppendix(w, doc, s, lang, index, report, rules, formatDate(date, lang));
  await checkpoint(options, 0.9, 'finish');

  w.insertToc();
  const bytes = w.finish();
  await checkpoint(options, 1, 'done');
  return bytes;
}

function drawCover(w: PdfWriter, doc: LakarDocument, s: ProposalStrings, lang: Lang, title: string, agency: string, date: Date): void {
  const pdf = w.pdf;
  const pw = w.pageWidth;
  pdf.setFillColor(...COLORS.accent);
  pdf.rect(0, 0, pw, 12, 'F');
  pdf.setFillColor(...tint(COLORS.accent, 0.85));
  pdf.rect(0, 12, pw, 2, 'F');

  let y = 48;
  w.setFont(12, 'bold', COLORS.accent);
  // No letter-spacing: spaced capitals would come out of text extraction as "K E R T A S".
  w.textAt(s.docType, MARGIN.left, y, 12);
  y += 7;
  w.setFont(10.5, 'normal', COLORS.muted);
  w.textAt(s.docSubtitle, MARGIN.left, y, 10.5);
  y += 16;

  w.setFont(SIZE.title, 'bold', COLORS.ink);
  const lines = w.wrap(title, w.width).slice(0, 6);
  for (const line of lines) {
    w.textAt(line, MARGIN.left, y, SIZE.title);
    y += SIZE.title * 0.3528 * 1.22;
  }
  y += 3;
  w.setFont(11, 'italic', COLORS.muted);
  w.textAt(s.lmvSubtitle, MARGIN.left, y, 11);
  y += 12;

  if (doc.meta.category) {
    const text = label(lang, 'projectCategory', doc.meta.category);
    w.setFont(9, 'bold', COLORS.white);
    const tw = textWidth(pdf, text) + 8;
    pdf.setFillColor(...(doc.meta.category === 'wog' ? COLORS.accent : COLORS.ok));
    pdf.roundedRect(MARGIN.left, y, Math.min(tw, w.width), 7, 1.5, 1.5, 'F');
    w.textAt(w.fitText(text, w.width - 8), MARGIN.left + 4, y + 1.6, 9);
    y += 14;
  }

  pdf.setDrawColor(...COLORS.rule);
  pdf.setLineWidth(0.3);
  pdf.line(MARGIN.left, y, w.right, y);
  y += 8;

  const rows: [string, string][] = [
    [s.cover.agency, agency || s.notFilled],
    [s.cover.sector, doc.meta.sector ? label(lang, 'sector', doc.meta.sector) : s.notFilled],
    [s.cover.category, doc.meta.category ? label(lang, 'projectCategory', doc.meta.category) : s.notFilled],
    [s.cover.date, formatDate(date, lang)],
    [s.cover.version, doc.meta.version || s.notFilled],
  ];
  for (const [k, v] of rows) {
    w.setFont(8.5, 'normal', COLORS.muted);
    w.textAt(k.toUpperCase(), MARGIN.left, y, 8.5);
    w.setFont(11.5, 'bold', COLORS.ink);
    const vl = w.wrap(v, w.width - 55).slice(0, 3);
    vl.forEach((l, i) => w.textAt(l, MARGIN.left + 55, y - 0.6 + i * 5.2, 11.5));
    y += Math.max(1, vl.length) * 5.2 + 4.5;
  }

  y = Math.max(y + 6, 225);
  w.setFont(8.5, 'normal', COLORS.muted);
  w.textAt(s.cover.preparedFor.toUpperCase(), MARGIN.left, y, 8.5);
  y += 5;
  w.setFont(10.5, 'normal', COLORS.ink);
  const sector = doc.meta.sector ? label(lang, 'sector', doc.meta.sector) : '';
  for (const l of w.wrap(fill(s.cover.preparedForValue, { sector }).replace(/\s+/g, ' '), w.width)) {
    w.textAt(l, MARGIN.left, y, 10.5);
    y += 5;
  }
  y += 6;
  w.setFont(8, 'italic', COLORS.muted);
  for (const l of w.wrap(s.cover.basis, w.width)) {
    w.textAt(l, MARGIN.left, y, 8);
    y += 3.8;
  }
}

function addProjectInfo(w: PdfWriter, doc: LakarDocument, s: ProposalStrings, lang: Lang, index: ModelIndex): void {
  const m = doc.meta;
  const nf = s.notFilled;
  w.heading(1, s.info.title);
  w.keyValue([
    [s.info.projectTitle, m.title || nf],
    [s.info.pemilik, m.pemilikProjek || nf],
    [s.info.peneraju, m.penerajuProjek || nf],
    [s.info.pelaksana, m.pelaksanaProjek || nf],
    [s.info.perolehan, m.pelaksanaPerolehan || nf],
    [s.info.agensiInduk, m.agensiInduk || nf],
    [s.info.sector, m.sector ? label(lang, 'sector', m.sector) : nf],
    [s.info.serviceDomain, m.serviceDomain || nf],
    [s.info.category, m.category ? label(lang, 'projectCategory', m.category) : nf],
    [s.info.cost, projectCost(m) !== undefined ? formatRm(projectCost(m)!) : nf],
    [s.info.version, m.version || nf],
    [s.info.author, m.author || nf],
  ]);

  w.heading(2, s.info.objectives);
  w.paragraph(m.objectives?.trim() || nf);

  w.heading(2, s.info.outcomes);
  w.paragraph(s.info.outcomesIntro, { size: SIZE.table, color: COLORS.muted });
  const o = m.expectedOutcomes ?? {};
  w.keyValue([
    [s.info.pengoptimumanKos, o.pengoptimumanKos?.trim() || nf],
    [s.info.pengoptimumanSumber, o.pengoptimumanSumber?.trim() || nf],
    [s.info.pulanganNilaiTerbaik, o.pulanganNilaiTerbaik?.trim() || nf],
  ]);

  w.heading(2, s.info.summary);
  w.paragraph(s.info.summaryIntro, { size: SIZE.table, color: COLORS.muted });
  const counts = BANDS.map((band, i) => {
    const n = Object.values(doc.elements).filter((e) => bandOf(e.kind) === band).length;
    return [String(i + 1), label(lang, 'band', band), String(n)];
  });
  counts.push(['', s.info.relations, String(Object.keys(doc.relations).length)]);
  counts.push(['', s.info.dataFlows, String(index.flows().length)]);
  w.table(
    [
      { title: s.info.label, weight: 0.6, align: 'right' },
      { title: s.info.element, weight: 4 },
      { title: s.info.count, weight: 1, align: 'right' },
    ],
    counts,
  );
}
