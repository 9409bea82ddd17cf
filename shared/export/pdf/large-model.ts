/**
 * How the proposal paper stays readable — and buildable in bounded time and memory — when the
 * project holds an imported model of tens of thousands of elements. A reviewer cannot read 10,000
 * table rows or 18,000 findings, and drawing such a view on A3 tiles gives hundreds of unreadable
 * pages (and held every page's drawing in memory until the PDF was written). So, past fixed limits:
 * - a Jadual 3-1 table lists its first rows and says how many more the model holds and where the
 *   full list is (the CSV export);
 * - the WoG Check Report (Lampiran 1) is summarised per rule: its count and the first names, with the
 *   full list in the check export;
 * - a view with more elements than can be drawn legibly is summarised per band (Jadual 3-1 label)
 *   with its element count and first names, and the paper points to the view's own export.
 * Below the limits the paper is exactly what it was. Limits are fixed numbers, not a guess at the
 * machine, so the same project always gives the same paper.
 */
import { label, type Lang } from '../../i18n';
import { bandOf } from '../../model/kinds';
import type { LakarDocument, View } from '../../model/schema';
import type { Problem, RuleInfo, Severity } from '../../rules/types';
import { BANDS, type Band } from '../../model/vocabulary';
import { fill } from './strings';
import { COLORS, SIZE, type Rgb } from './theme';
import type { Cell, PdfWriter } from './writer';

/** Fixed limits past which the paper summarises instead of listing. */
export const PAPER_LIMITS = {
  /** Rows of one Jadual 3-1 table (per element or per flow). */
  tableRows: 250,
  /** Findings listed one by one in Lampiran 1; above this the report is summarised per rule. */
  findingsListed: 300,
  /** Names shown per rule (summarised report) or per band (summarised view). */
  names: 8,
  /** Characters of one table cell (about 15 lines in a narrow column); a longer list is cut. */
  cellChars: 600,
  /** Elements of a view drawn as a diagram; a larger view is summarised per band. */
  viewNodes: 1000,
} as const;

export const LARGE_STRINGS = {
  ms: {
    moreRows: '… dan {n} baris lagi tidak disenaraikan di sini (jumlah {total}). Senarai penuh: eksport CSV model (lakar export --format csv).',
    moreNames: 'dan {n} lagi',
    moreInCell: '… dan lagi (senarai penuh: eksport CSV)',
    findingsSummary:
      'Model ini mempunyai {total} penemuan; kertas ini meringkaskannya mengikut peraturan dengan bilangan penemuan dan nama elemen pertama bagi setiap peraturan. Senarai penuh setiap penemuan ada dalam eksport semakan (lakar check --json, atau panel Masalah).',
    count: 'Bilangan',
    firstNames: 'Elemen pertama',
    viewSummary:
      'Paparan “{view}” mengandungi {n} elemen, terlalu banyak untuk dilukis dengan jelas di atas kertas. Jadual di bawah meringkaskannya mengikut label Jadual 3-1 (bilangan elemen dan nama pertama). Lukisan penuh: eksport paparan itu sahaja (lakar export --format svg --view “{view}”).',
    band: 'Label',
    elements: 'Elemen',
  },
  en: {
    moreRows: '… and {n} more rows not listed here ({total} in all). Full list: the model’s CSV export (lakar export --format csv).',
    moreNames: 'and {n} more',
    moreInCell: '… and more (full list: CSV export)',
    findingsSummary:
      'This model has {total} findings; the paper summarises them per rule with the number of findings and the first element names of each rule. The full list of every finding is in the check export (lakar check --json, or the Problems panel).',
    count: 'Count',
    firstNames: 'First elements',
    viewSummary:
      'View “{view}” holds {n} elements, too many to draw legibly on paper. The table below summarises it per Jadual 3-1 label (number of elements and first names). Full drawing: export that view on its own (lakar export --format svg --view “{view}”).',
    band: 'Label',
    elements: 'Elements',
  },
} as const;

/** A count as people read it in `lang` (10,000). */
function num(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'ms' ? 'ms-MY' : 'en-GB');
}

/** The first `PAPER_LIMITS.names` of `names` (the whole list, or its start), then "and N more" up to `total`. */
export function firstNames(names: string[], lang: Lang, total: number = names.length): string {
  const shown = names.slice(0, PAPER_LIMITS.names);
  const more = total - shown.length;
  return more > 0 ? `${shown.join(', ')} ${fill(LARGE_STRINGS[lang].moreNames, { n: num(more, lang) })}` : shown.join(', ');
}

/** `rows` cut to the table limit, with a caption row saying how many were left out and where they are. */
export function boundedRows(rows: Cell[][], lang: Lang, limit: number = PAPER_LIMITS.tableRows): Cell[][] {
  const kept = (rows.length <= limit ? rows : rows.slice(0, limit)).map((row) => (row.some(tooLong) ? row.map((cell) => boundedCell(cell, lang)) : row));
  if (rows.length <= limit) return kept.every((row, i) => row === rows[i]) ? rows : kept;
  const note: Cell = { text: fill(LARGE_STRINGS[lang].moreRows, { n: num(rows.length - limit, lang), total: num(rows.length, lang) }), color: COLORS.muted };
  return [...kept, [note]];
}

const cellText = (cell: Cell) => (typeof cell === 'string' ? cell : cell.text);
const tooLong = (cell: Cell) => cellText(cell).length > PAPER_LIMITS.cellChars;

/**
 * A cell past `PAPER_LIMITS.cellChars` (a hub such as a platform used by thousands of applications
 * lists them all) cut after the last whole name that fits, with a pointer to the full list.
 */
function boundedCell(cell: Cell, lang: Lang): Cell {
  if (!tooLong(cell)) return cell;
  const text = cellText(cell);
  const cut = text.lastIndexOf(', ', PAPER_LIMITS.cellChars);
  const shown = `${text.slice(0, cut > 0 ? cut : PAPER_LIMITS.cellChars)} ${LARGE_STRINGS[lang].moreInCell}`;
  return typeof cell === 'string' ? shown : { ...cell, text: shown };
}

/** One row per rule of the summarised check report. */
export interface RuleSummary {
  ruleId: string;
  severity: Severity;
  count: number;
  /** Distinct names of the elements (or relations) of the rule's findings, in finding order. */
  names: Set<string>;
}

/** Findings grouped per rule, most severe first, then most frequent. */
export function summariseFindings(problems: Problem[], nameOf: (p: Problem) => string[]): RuleSummary[] {
  const byRule = new Map<string, RuleSummary>();
  for (const p of problems) {
    let s = byRule.get(p.ruleId);
    if (!s) byRule.set(p.ruleId, (s = { ruleId: p.ruleId, severity: p.severity, count: 0, names: new Set() }));
    s.count++;
    for (const name of nameOf(p)) if (name.trim() !== '') s.names.add(name);
  }
  const order: Record<Severity, number> = { error: 0, warning: 1, advice: 2 };
  return [...byRule.values()].sort((a, b) => order[a.severity] - order[b.severity] || b.count - a.count || a.ruleId.localeCompare(b.ruleId));
}

/** The summarised Lampiran 1 table: severity, rule, count, first names. */
export function addFindingsSummary(
  w: PdfWriter,
  problems: Problem[],
  nameOf: (p: Problem) => string[],
  rules: Map<string, RuleInfo>,
  heads: { severity: string; rule: string; labels: Record<Severity, string>; colors: Record<Severity, Rgb> },
  lang: Lang,
): void {
  const t = LARGE_STRINGS[lang];
  w.callout(fill(t.findingsSummary, { total: num(problems.length, lang) }), 'info', SIZE.table);
  w.table(
    [
      { title: heads.severity, weight: 0.9 },
      { title: heads.rule, weight: 3 },
      { title: t.count, weight: 0.8, align: 'right' },
      { title: t.firstNames, weight: 3.6 },
    ],
    summariseFindings(problems, nameOf).map((s) => [
      { text: heads.labels[s.severity], bold: true, color: heads.colors[s.severity] },
      rules.get(s.ruleId)?.title[lang] ?? s.ruleId,
      num(s.count, lang),
      firstNames(first(s.names, PAPER_LIMITS.names), lang, s.names.size),
    ]),
    { size: SIZE.small },
  );
}

function first<T>(items: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const x of items) {
    if (out.length >= n) break;
    out.push(x);
  }
  return out;
}

/**
 * Ids of the elements a view's figure would draw: its nodes, plus — for the LMV that stands for the
 * whole service (`includeUnshown`) — the model's elements no view shows and no user hid, the rule
 * shared/layout/prepare.ts draws by.
 */
export function elementsDrawn(doc: LakarDocument, view: View, includeUnshown: boolean): string[] {
  const ids = Object.keys(view.nodes).filter((id) => doc.elements.has(id));
  if (!includeUnshown) return ids;
  const shown = new Set<string>();
  const hidden = new Set<string>();
  for (const v of Object.values(doc.views)) {
    for (const id in v.nodes) shown.add(id);
    for (const id of v.hidden ?? []) hidden.add(id);
  }
  for (const id of doc.elements.ids()) if (!shown.has(id) && !hidden.has(id)) ids.push(id);
  return ids;
}

/** Elements `ids` per band: count and first names, in the given order. */
export function viewBands(doc: LakarDocument, ids: string[]): { band: Band; count: number; names: string[] }[] {
  const per = new Map<Band, { count: number; names: string[] }>();
  for (const id of ids) {
    const e = doc.elements.get(id)!;
    const band = bandOf(e.kind);
    const entry = per.get(band) ?? { count: 0, names: [] };
    entry.count++;
    if (entry.names.length < PAPER_LIMITS.names) entry.names.push(e.name);
    per.set(band, entry);
  }
  return BANDS.filter((b) => per.has(b)).map((b) => ({ band: b, ...per.get(b)! }));
}

/** A view too large to draw, as a per-band summary on body pages (in place of its A3 diagram pages). */
export function addViewSummary(w: PdfWriter, doc: LakarDocument, view: View, ids: string[], lang: Lang, caption: string, headingTitle: string | undefined, headingIntro: string): void {
  const t = LARGE_STRINGS[lang];
  if (headingTitle) {
    w.heading(1, headingTitle);
    w.paragraph(headingIntro, { size: SIZE.small, style: 'italic', color: COLORS.muted, after: 2 });
  } else {
    w.addPage();
  }
  w.heading(3, caption, { numbered: false });
  const bands = viewBands(doc, ids);
  w.callout(fill(t.viewSummary, { view: view.name, n: num(bands.reduce((s, b) => s + b.count, 0), lang) }), 'info', SIZE.table);
  w.table(
    [
      { title: t.band, weight: 0.5, align: 'right' },
      { title: t.elements, weight: 2.2 },
      { title: t.count, weight: 0.8, align: 'right' },
      { title: t.firstNames, weight: 4.5 },
    ],
    bands.map((b) => [String(BANDS.indexOf(b.band) + 1), { text: label(lang, 'band', b.band), bold: true }, num(b.count, lang), firstNames(b.names, lang, b.count)]),
  );
}
