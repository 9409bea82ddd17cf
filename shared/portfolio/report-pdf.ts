/**
 * The Laporan Portfolio Sektor (Sector Portfolio Report) PDF: cover, contents, sector summary,
 * projects with their check results, overlaps with reasons, the registry consumption matrix as a
 * heat map with its table, DPI adoption, cross-agency flows and the files that could not be read.
 * Built on the proposal paper's machinery (PdfWriter, tables, theme, "Halaman x daripada y"), so
 * both documents look like one family. Pure: runs in Node (CLI) and in a browser worker.
 */
import type { Lang } from '../i18n';
import { label } from '../i18n';
import { checkpoint, type CancelSignal, type ExportProgress } from '../export/pdf/progress';
import { formatDate, formatRm } from '../export/pdf/strings';
import { COLORS, MARGIN, SIZE, tint, type Rgb } from '../export/pdf/theme';
import { PdfWriter, textWidth } from '../export/pdf/writer';
import type { PortfolioAnalysis, RegistryRow, UnreadableReason } from './analysis';
import type { DpiState } from './digest';
import { overlapReasons } from './reasons';
import { fillIn, REPORT_STRINGS, type ReportStrings } from './report-strings';

export interface PortfolioReportOptions {
  lang: Lang;
  /** The reason a file could not be read, as text in `lang`. */
  reasonText(reason: UnreadableReason): string;
  /** Printed on the cover (default: now). */
  date?: Date;
  onProgress?: (progress: ExportProgress) => void;
  signal?: CancelSignal;
}

const CELL_COLORS: Record<'read' | 'recaptured' | 'both' | 'declared', Rgb> = {
  read: COLORS.ok,
  recaptured: COLORS.error,
  both: COLORS.warning,
  declared: COLORS.muted,
};

/** Build the report of `analysis` as PDF bytes. */
export async function buildPortfolioReportPdf(analysis: PortfolioAnalysis, options: PortfolioReportOptions): Promise<Uint8Array> {
  const { lang } = options;
  const s = REPORT_STRINGS[lang];
  const date = options.date ?? new Date();
  await checkpoint(options, 0, 'cover');
  const w = new PdfWriter({
    runningHeader: s.docType,
    footerLeft: `${s.preparedForValue}`,
    pageLabel: s.pageLabel,
    tocTitle: s.toc,
    properties: { title: s.docType, subject: s.docSubtitle, author: 'Lakar', keywords: 'WoG, portfolio, registri, MyGDX', creator: 'Lakar' },
    creationDate: date,
    language: lang === 'ms' ? 'ms-MY' : 'en-GB',
  });
  drawCover(w, analysis, s, lang, date);
  await checkpoint(options, 0.1, 'summary');
  addSummary(w, analysis, s, lang);
  addProjects(w, analysis, s, lang);
  await checkpoint(options, 0.3, 'overlaps');
  addOverlaps(w, analysis, s, lang);
  await checkpoint(options, 0.6, 'registries');
  addRegistries(w, analysis, s, lang);
  await checkpoint(options, 0.8, 'dpi');
  addDpi(w, analysis, s);
  addFlows(w, analysis, s, lang);
  if (analysis.unreadable.length) {
    w.heading(1, s.unreadable.title);
    w.table([{ title: s.unreadable.file, weight: 1 }, { title: s.unreadable.reason, weight: 2 }], analysis.unreadable.map((u) => [u.file, options.reasonText(u.reason)]));
  }
  await checkpoint(options, 0.95, 'finish');
  w.insertToc();
  const bytes = w.finish();
  await checkpoint(options, 1, 'done');
  return bytes;
}

function agencies(a: PortfolioAnalysis): number {
  return new Set(a.projects.map((p) => p.agencyKey)).size;
}

function drawCover(w: PdfWriter, a: PortfolioAnalysis, s: ReportStrings, lang: Lang, date: Date): void {
  const pdf = w.pdf;
  pdf.setFillColor(...COLORS.accent);
  pdf.rect(0, 0, w.pageWidth, 12, 'F');
  pdf.setFillColor(...tint(COLORS.accent, 0.85));
  pdf.rect(0, 12, w.pageWidth, 2, 'F');
  let y = 52;
  w.setFont(SIZE.title, 'bold', COLORS.ink);
  for (const line of w.wrap(s.docType, w.width)) {
    w.textAt(line, MARGIN.left, y, SIZE.title);
    y += 11;
  }
  y += 2;
  w.setFont(11, 'italic', COLORS.muted);
  for (const line of w.wrap(s.docSubtitle, w.width)) {
    w.textAt(line, MARGIN.left, y, 11);
    y += 5.5;
  }
  y += 10;
  pdf.setDrawColor(...COLORS.rule);
  pdf.line(MARGIN.left, y, w.right, y);
  y += 8;
  const rows: [string, string][] = [
    [s.summary.projects, String(a.projects.length)],
    [s.summary.agencies, String(agencies(a))],
    [s.summary.overlaps, String(a.overlaps.length)],
    [s.date, formatDate(date, lang)],
  ];
  for (const [k, v] of rows) {
    w.setFont(8.5, 'normal', COLORS.muted);
    w.textAt(k.toUpperCase(), MARGIN.left, y, 8.5);
    w.setFont(11.5, 'bold', COLORS.ink);
    w.textAt(v, MARGIN.left + 60, y - 0.6, 11.5);
    y += 9;
  }
  y = Math.max(y + 6, 225);
  w.setFont(8.5, 'normal', COLORS.muted);
  w.textAt(s.preparedFor.toUpperCase(), MARGIN.left, y, 8.5);
  w.setFont(10.5, 'normal', COLORS.ink);
  w.textAt(s.preparedForValue, MARGIN.left, y + 5, 10.5);
  y += 16;
  w.setFont(8, 'italic', COLORS.muted);
  for (const l of w.wrap(s.basis, w.width)) {
    w.textAt(l, MARGIN.left, y, 8);
    y += 3.8;
  }
}

const recaptureCount = (a: PortfolioAnalysis) => a.registries.reduce((n, r) => n + r.recapturedBy.length, 0);

function countTable(w: PdfWriter, s: ReportStrings, counts: Record<string, number>, name: (k: string) => string): void {
  const rows = Object.entries(counts)
    .sort((x, y) => y[1] - x[1])
    .map(([k, n]) => [k === 'unset' ? s.summary.unset : name(k), String(n)]);
  w.table([{ title: s.summary.value, weight: 3 }, { title: s.summary.count, weight: 1, align: 'right' }], rows, { empty: s.none });
}

function addSummary(w: PdfWriter, a: PortfolioAnalysis, s: ReportStrings, lang: Lang): void {
  const sum = a.summary;
  w.heading(1, s.summary.title);
  w.keyValue([
    [s.summary.projects, String(sum.projects)],
    [s.summary.agencies, String(agencies(a))],
    [s.summary.unreadable, String(a.unreadable.length)],
    [s.summary.overlaps, String(a.overlaps.length)],
    [s.summary.recaptures, String(recaptureCount(a))],
    [s.summary.cost, `${formatRm(sum.totalCost)} (${fillIn(s.summary.costNote, { n: sum.costedProjects, total: sum.projects })})`],
    [s.summary.checks, fillIn(s.summary.checksValue, { errors: sum.errors, warnings: sum.warnings })],
  ]);
  w.heading(2, s.summary.bySector);
  countTable(w, s, sum.bySector, (k) => label(lang, 'sector', k));
  w.heading(2, s.summary.byCategory);
  countTable(w, s, sum.byCategory, (k) => label(lang, 'projectCategory', k));
  w.heading(2, s.summary.byE2e);
  countTable(w, s, sum.byE2e, (k) => label(lang, 'e2eCategory', k));
}

function addProjects(w: PdfWriter, a: PortfolioAnalysis, s: ReportStrings, lang: Lang): void {
  const p = s.projects;
  w.heading(1, p.title);
  w.paragraph(p.intro, { size: SIZE.table, color: COLORS.muted });
  w.table(
    [
      { title: p.file, weight: 1.6 },
      { title: p.titleCol, weight: 2.4 },
      { title: p.agency, weight: 1.2 },
      { title: p.sector, weight: 1.1 },
      { title: p.cost, weight: 1.3, align: 'right' },
      { title: p.errors, weight: 0.7, align: 'right' },
      { title: p.warnings, weight: 0.8, align: 'right' },
    ],
    a.projects.map((x) => [
      { text: x.file, mono: true },
      x.title,
      x.agency,
      x.sector ? label(lang, 'sector', x.sector) : s.notFilled,
      x.estimatedCost !== undefined ? formatRm(x.estimatedCost) : s.notFilled,
      x.check ? { text: String(x.check.errors), bold: x.check.errors > 0, color: x.check.errors > 0 ? COLORS.error : COLORS.ink } : p.notChecked,
      x.check ? String(x.check.warnings) : p.notChecked,
    ]),
    { empty: s.none },
  );
}

function addOverlaps(w: PdfWriter, a: PortfolioAnalysis, s: ReportStrings, lang: Lang): void {
  const o = s.overlaps;
  w.heading(1, o.title);
  w.paragraph(o.intro, { size: SIZE.table, color: COLORS.muted });
  const side = (x: { name: string; agency: string; file: string }) => `${x.name}\n${x.agency} · ${x.file}`;
  w.table(
    [
      { title: o.kind, weight: 0.9 },
      { title: o.a, weight: 2 },
      { title: o.b, weight: 2 },
      { title: o.score, weight: 0.6, align: 'right' },
      { title: o.reasons, weight: 3.2 },
    ],
    a.overlaps.map((x) => [o.kinds[x.kind], side(x.a), side(x.b), { text: x.score.toFixed(2), bold: true }, overlapReasons(x, lang).map((r) => `• ${r}`).join('\n')]),
    { empty: o.none, size: SIZE.small },
  );
}

type CellState = keyof typeof CELL_COLORS;

function cellState(row: RegistryRow, file: string): CellState | undefined {
  const read = row.readBy.some((c) => c.file === file);
  const recaptured = row.recapturedBy.some((c) => c.file === file);
  if (read && recaptured) return 'both';
  if (recaptured) return 'recaptured';
  if (read) return 'read';
  return row.declaredBy.some((c) => c.file === file) ? 'declared' : undefined;
}

function addRegistries(w: PdfWriter, a: PortfolioAnalysis, s: ReportStrings, lang: Lang): void {
  const r = s.registries;
  w.heading(1, r.title);
  w.paragraph(r.intro, { size: SIZE.table, color: COLORS.muted });
  const used = a.registries.filter((x) => x.readBy.length + x.recapturedBy.length + x.declaredBy.length > 0);
  if (!used.length) w.paragraph(r.unused, { style: 'italic' });
  else drawHeatMap(w, a, used, s, lang);
  if (a.declaringNothing.length) w.callout(fillIn(r.nothing, { files: a.declaringNothing.join(', ') }), 'warning');
  w.heading(2, r.tableTitle);
  w.table(
    [
      { title: r.entry, weight: 2 },
      { title: r.readBy, weight: 2.5 },
      { title: r.recapturedBy, weight: 2.5 },
    ],
    used.map((x) => [
      `${x.kind === 'registry' ? r.registry : r.repository} ${x.name[lang]}`,
      x.readBy.map((c) => c.file).join(', ') || '–',
      { text: x.recapturedBy.map((c) => c.file).join(', ') || '–', color: x.recapturedBy.length ? COLORS.error : COLORS.ink },
    ]),
    { empty: s.none, size: SIZE.small },
  );
}

/** Projects (rows) × registries in use (columns), one coloured cell per use; split over pages by rows. */
function drawHeatMap(w: PdfWriter, a: PortfolioAnalysis, used: RegistryRow[], s: ReportStrings, lang: Lang): void {
  const pdf = w.pdf;
  const labelW = 52;
  const cols = used.slice(0, 40);
  const cell = Math.min(9, (w.width - labelW) / cols.length);
  const headH = 34;
  const drawHead = () => {
    w.ensure(headH + cell * 2);
    w.setFont(SIZE.small - 1, 'normal', COLORS.ink);
    cols.forEach((c, i) => {
      const x = w.left + labelW + i * cell + cell * 0.7;
      const text = w.fitText(c.name[lang], headH - 2);
      pdf.text(text, x, w.y + headH - 1, { angle: 90 });
    });
    w.y += headH;
  };
  drawHead();
  for (const p of a.projects) {
    if (w.y + cell > w.bottom - 12) {
      w.addPage();
      drawHead();
    }
    w.setFont(SIZE.small, 'normal', COLORS.ink);
    w.textAt(w.fitText(p.file, labelW - 2), w.left, w.y + (cell - SIZE.small * 0.35) / 2, SIZE.small);
    cols.forEach((c, i) => {
      const state = cellState(c, p.file);
      const x = w.left + labelW + i * cell;
      pdf.setDrawColor(...COLORS.rule);
      pdf.setLineWidth(0.1);
      if (state) {
        pdf.setFillColor(...tint(CELL_COLORS[state], state === 'declared' ? 0.6 : 0.15));
        pdf.rect(x + 0.3, w.y + 0.3, cell - 0.6, cell - 0.6, 'FD');
      } else pdf.rect(x + 0.3, w.y + 0.3, cell - 0.6, cell - 0.6, 'S');
    });
    w.y += cell;
  }
  // legend
  w.y += 3;
  let x = w.left;
  w.setFont(SIZE.small, 'normal', COLORS.ink);
  for (const [state, text] of [['read', s.registries.legendRead], ['recaptured', s.registries.legendRecaptured], ['both', s.registries.legendBoth], ['declared', s.registries.legendDeclared]] as const) {
    pdf.setFillColor(...tint(CELL_COLORS[state], state === 'declared' ? 0.6 : 0.15));
    pdf.rect(x, w.y, 3.5, 3.5, 'F');
    w.textAt(text, x + 5, w.y + 0.2, SIZE.small);
    x += 8 + textWidth(pdf, text);
  }
  w.y += 8;
}

function addDpi(w: PdfWriter, a: PortfolioAnalysis, s: ReportStrings): void {
  const d = s.dpi;
  w.heading(1, d.title);
  w.paragraph(d.intro, { size: SIZE.table, color: COLORS.muted });
  const cellOf = (state: DpiState) => ({ text: d[state], bold: state === 'used', color: state === 'used' ? COLORS.ok : state === 'declared' ? COLORS.warning : COLORS.error });
  w.table(
    [
      { title: d.project, weight: 2.5 },
      { title: 'MyDigital ID', weight: 1.2 },
      { title: 'ePayment Gateway', weight: 1.2 },
      { title: 'MyGDX', weight: 1.2 },
    ],
    a.dpi.map((x) => [{ text: x.file, mono: true }, cellOf(x.states.myDigitalId), cellOf(x.states.ePaymentGateway), cellOf(x.states.myGdx)]),
    { empty: s.none, size: SIZE.small },
  );
}

function addFlows(w: PdfWriter, a: PortfolioAnalysis, s: ReportStrings, lang: Lang): void {
  const f = s.flows;
  w.heading(1, f.title);
  w.paragraph(f.intro, { size: SIZE.table, color: COLORS.muted });
  const { myGdx, total } = a.myGdxShare;
  if (total) w.paragraph(fillIn(f.share, { myGdx, total, pct: `${Math.round((myGdx / total) * 100)}%` }), { style: 'bold' });
  w.table(
    [
      { title: f.from, weight: 2 },
      { title: f.to, weight: 2 },
      { title: f.method, weight: 1.4 },
      { title: f.count, weight: 0.8, align: 'right' },
    ],
    a.flows.map((x) => [x.from, x.to, label(lang, 'flowMethod', x.method), String(x.count)]),
    { empty: f.none },
  );
}
