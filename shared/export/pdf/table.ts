/**
 * Data tables for the PdfWriter: wrapped cells, column widths that keep words whole where they can,
 * page breaks with the header row repeated, rows taller than a page split between pages, group
 * caption rows and an optional grid (signature tables).
 */
import { COLORS, FONT, MARGIN, SIZE } from './theme';
import { columnWidths } from './column-widths';
import { lineHeight, textWidth } from './text';
import { toWinAnsi } from './winansi';
import type { Cell, Column, PdfWriter } from './writer';

export interface TableOptions {
  /** Font size in points. */
  size?: number;
  /** Show the header row (default true). */
  header?: boolean;
  /** Tint the first column (key/value tables). */
  labelFill?: boolean;
  /** Text shown in one row when there are no rows. */
  empty?: string;
  /** Draw vertical lines between columns. */
  grid?: boolean;
  /**
   * Height in mm of what follows the table and must stay on the page of its last rows (a note under
   * it, "Tiada komen"): a short table goes over whole with it, a longer one its last two rows.
   */
  after?: number;
}

/** A table's columns, rows and options, as PdfWriter.table and titledTable take them. */
export interface TableSpec {
  columns: Column[];
  rows: Cell[][];
  options: TableOptions;
}

/**
 * A data table: wraps cell text, breaks across pages and repeats the header row on each page.
 * A row taller than a page is split between pages.
 */
export function drawTable(w: PdfWriter, columns: Column[], rows: Cell[][], options: TableOptions = {}): void {
  const { size, showHeader, pad, lh, widths, headerLines, headerHeight } = tableMetrics(w, columns, rows, options);
  const xs = widths.map((_, i) => w.left + widths.slice(0, i).reduce((sum, x) => sum + x, 0));

  const drawHeader = () => {
    if (!showHeader) return;
    w.pdf.setFillColor(...COLORS.tableHeader);
    w.pdf.rect(w.left, w.y, w.width, headerHeight, 'F');
    w.setFont(size, 'bold', COLORS.tableHeaderText);
    headerLines.forEach((lines, i) => lines.forEach((l, j) => cellText(w, l, xs[i], widths[i], pad, w.y + pad + j * lh, size, columns[i].align)));
    w.y += headerHeight;
  };

  if (rows.length === 0 && options.empty) {
    w.ensure(headerHeight + lh + 2 * pad);
    drawHeader();
    w.setFont(size, 'italic', COLORS.muted);
    w.textAt(toWinAnsi(options.empty), w.left + pad, w.y + pad, size);
    w.y += lh + 2 * pad;
    drawRule(w);
    w.y += 3;
    return;
  }

  // the header with a line of the first row; with two rows of a longer table, so the first is not
  // left alone at the page foot (when the two fit on a page at all); a short table (3 rows or fewer,
  // which cannot break 2 + 2) whole, when it fits on a page
  const rowHeight = (row: Cell[]) => rowHeightOf(w, columns, row, widths, size, pad);
  const after = options.after ?? 0;
  const kept = rows.length >= WIDOW_CONTROL_ROWS ? rowHeight(rows[0]) + rowHeight(rows[1]) : rows.reduce((h, row) => h + rowHeight(row), 0);
  // a short table with what follows it, when the two fit on a page; else the table as before
  const room = w.bottom - MARGIN.top - headerHeight;
  const start = rows.length < WIDOW_CONTROL_ROWS && kept + after <= room ? kept + after : kept;
  w.ensure(headerHeight + (start > 0 && start <= room ? start : lh + 2 * pad));
  drawHeader();
  const grid = (top: number, h: number, cells: number) => {
    if (!options.grid) return;
    w.pdf.setDrawColor(...COLORS.rule);
    w.pdf.setLineWidth(0.15);
    for (const x of [...xs.slice(0, cells), w.right]) w.pdf.line(x, top, x, top + h);
  };
  rows.forEach((row, r) => {
    const { span, merged, rowWidths, cells } = rowLayout(w, columns, row, widths, size, pad);
    const rowLines = Math.max(1, ...cells.map((c) => c.lines.length));
    // No last row alone under a repeated header: when this row fits but the last one would not fit
    // after it, both go over (two rows at least were drawn here, so none is left alone either); nor
    // what follows the table alone at the top of the next page
    if (r === rows.length - 2 && rows.length >= WIDOW_CONTROL_ROWS && w.y > MARGIN.top + headerHeight + 0.5) {
      const both = rowLines * lh + 2 * pad + rowHeight(rows[r + 1]) + after;
      if (w.y + rowLines * lh + 2 * pad <= w.bottom && w.y + both > w.bottom && both <= w.bottom - MARGIN.top - headerHeight) {
        w.addPage();
        drawHeader();
      }
    }
    let done = 0;
    while (done < rowLines) {
      if (w.y + lh + 2 * pad > w.bottom) {
        w.addPage();
        drawHeader();
      }
      const fit = Math.max(1, Math.floor((w.bottom - w.y - 2 * pad) / lh));
      // Prefer moving a whole row to the next page over splitting it, unless it cannot fit anywhere.
      const remaining = rowLines - done;
      if (done === 0 && remaining > fit && remaining * lh + 2 * pad <= w.bottom - MARGIN.top - headerHeight) {
        w.addPage();
        drawHeader();
        continue;
      }
      const take = Math.min(fit, remaining);
      const h = take * lh + 2 * pad;
      if (span) {
        w.pdf.setFillColor(...COLORS.accentLight);
        w.pdf.rect(w.left, w.y, w.width, h, 'F');
      } else if (options.labelFill) {
        w.pdf.setFillColor(...COLORS.accentLight);
        w.pdf.rect(xs[0], w.y, widths[0], h, 'F');
      } else if (r % 2 === 1 && !options.grid) {
        w.pdf.setFillColor(...COLORS.zebra);
        w.pdf.rect(w.left, w.y, w.width, h, 'F');
      }
      cells.forEach(({ c, lines }, i) => {
        w.setFont(size, c.bold ? 'bold' : 'normal', c.color ?? COLORS.ink, c.mono ? 'courier' : FONT);
        lines.slice(done, done + take).forEach((l, j) => cellText(w, l, xs[i], rowWidths[i], pad, w.y + pad + j * lh, size, span ? 'left' : columns[i].align));
      });
      if (!span) grid(w.y, h, merged ? row.length : columns.length);
      w.y += h;
      drawRule(w);
      done += take;
    }
  });
  w.y += 3.5;
}

/** A two-column table of labels (bold, tinted) and values (project information, an assessment), for PdfWriter.table or titledTable; `labelWeight` is the labels' share of the width. */
export function keyValueTable(rows: [string, Cell][], { labelWeight = 0.32 }: { labelWeight?: number } = {}): TableSpec {
  return {
    columns: [{ title: '', weight: labelWeight }, { title: '', weight: 1 - labelWeight }],
    rows: rows.map(([k, v]) => [{ text: k, bold: true }, v]),
    options: { header: false, labelFill: true },
  };
}

/** One row's cells wrapped to their columns (a caption row spans the table, a short row merges its last cell). */
function rowLayout(w: PdfWriter, columns: Column[], row: Cell[], widths: number[], size: number, pad: number) {
  // A row with a single cell is a group caption spanning the whole table; a row with fewer cells
  // than columns has its last cell spanning the columns left (a merged cell).
  const span = row.length === 1 && columns.length > 1;
  const merged = !span && row.length < columns.length;
  const rowWidths = span ? [w.width] : merged ? [...widths.slice(0, row.length - 1), widths.slice(row.length - 1).reduce((a, b) => a + b, 0)] : widths;
  const cells = row.map((cell, i) => {
    const c = typeof cell === 'string' ? { text: cell } : cell;
    w.setFont(size, c.bold ? 'bold' : 'normal', c.color ?? COLORS.ink, c.mono ? 'courier' : FONT);
    return { c, lines: withoutRunt(w, w.wrap(c.text, rowWidths[i] - 2 * pad), rowWidths[i] - 2 * pad) };
  });
  return { span, merged, rowWidths, cells };
}

/**
 * A cell's lines with no last line of one or two characters ("Sistem" over a lone "D)"): the word
 * before it goes down with it when the two fit on a line, so a name ending a cell is read whole.
 */
function withoutRunt(w: PdfWriter, lines: string[], width: number): string[] {
  const last = lines[lines.length - 1];
  if (lines.length < 2 || !last || last.includes(' ') || last.replace(/[^\p{L}\p{N}]/gu, '').length > 2) return lines;
  const before = lines[lines.length - 2];
  const at = before.lastIndexOf(' ');
  if (at <= 0 || textWidth(w.pdf, `${before.slice(at + 1)} ${last}`) > width * 0.985) return lines;
  return [...lines.slice(0, -2), before.slice(0, at), `${before.slice(at + 1)} ${last}`];
}

/**
 * Rows from which a table broken across pages keeps two on each side of the break (a shorter one
 * cannot: 2 + 1 or 1 + 2 either way).
 */
const WIDOW_CONTROL_ROWS = 4;

/** Height in mm of one row drawn whole. */
function rowHeightOf(w: PdfWriter, columns: Column[], row: Cell[], widths: number[], size: number, pad: number): number {
  return Math.max(1, ...rowLayout(w, columns, row, widths, size, pad).cells.map((c) => c.lines.length)) * lineHeight(size) + 2 * pad;
}

/**
 * Height in mm of a short table (3 rows or fewer) as drawTable keeps it whole, for the heading above
 * it to keep with it; undefined for a longer table (it breaks 2 + 2 at worst) or one taller than a page.
 */
export function shortTableHeight(w: PdfWriter, columns: Column[], rows: Cell[][], options: TableOptions = {}): number | undefined {
  if (rows.length === 0 || rows.length >= WIDOW_CONTROL_ROWS) return undefined;
  const h = tableHeight(w, columns, rows, options);
  return h <= w.bottom - MARGIN.top ? h : undefined;
}

/**
 * Height in mm of the table's header and its first `rows` rows as drawTable lays them out on one
 * page, so a heading can keep them on its page (a short table split over two pages leaves one row
 * alone under a repeated header).
 */
export function tableHeight(w: PdfWriter, columns: Column[], rows: Cell[][], options: TableOptions = {}): number {
  const { size, showHeader, pad, lh, widths, headerHeight } = tableMetrics(w, columns, rows, options);
  // a table without rows draws its "empty" line under the header
  if (rows.length === 0 && options.empty) return headerHeight + lh + 2 * pad;
  return rows.reduce((h, row) => h + rowHeightOf(w, columns, row, widths, size, pad), showHeader ? headerHeight : 0);
}

/** What drawTable lays a table out with (and tableHeight measures it by): type size, padding, column widths, the header's lines and height. */
function tableMetrics(w: PdfWriter, columns: Column[], rows: Cell[][], options: TableOptions) {
  const size = options.size ?? SIZE.table;
  const pad = 1.4;
  const lh = lineHeight(size);
  const widths = columnWidths(w, columns, rows, size, pad);
  w.setFont(size, 'bold');
  const headerLines = columns.map((c, i) => w.wrap(c.title, widths[i] - 2 * pad));
  const showHeader = options.header ?? true;
  // a table without a header row (key/value tables) keeps no room for one, or a page break made for
  // it leaves the title above such a table alone at the page foot
  const headerHeight = showHeader ? Math.max(...headerLines.map((l) => l.length)) * lh + 2 * pad : 0;
  return { size, showHeader, pad, lh, widths, headerLines, headerHeight };
}

function cellText(w: PdfWriter, line: string, x: number, width: number, pad: number, top: number, size: number, align: Column['align'] = 'left'): void {
  const ax = align === 'right' ? x + width - pad : align === 'center' ? x + width / 2 : x + pad;
  w.textAt(line, ax, top, size, align);
}

function drawRule(w: PdfWriter): void {
  w.pdf.setDrawColor(...COLORS.rule);
  w.pdf.setLineWidth(0.15);
  w.pdf.line(w.left, w.y, w.right, w.y);
}
