/**
 * Column widths of the paper's data tables (table.ts): shares by weight, widened so no column splits
 * its longest word, then widened again where a short cell ("Pelayan aplikasi × 4") would wrap while
 * other columns have room they do not use.
 */
import { COLORS, FONT } from './theme';
import { lineCount, longestWord, measureWords, textWidth, type MeasuredWords } from './text';
import { toWinAnsi } from './winansi';
import type { Cell, Column, PdfWriter } from './writer';

/**
 * Tables longer than this keep the widths of the longest-word pass: the paper's short tables (sites,
 * networks, approvals) are where a wrapped quantity or name is read, and the pass wraps every cell
 * of a column a few times per step.
 */
const MAX_ROWS_FOR_SHORT_CELLS = 40;
/** Most columns widened one after another for short cells. */
const MAX_STEPS = 12;
/** Widest a column grows for one short cell, as a share of the page's width. */
const MAX_SHORT_CELL_SHARE = 0.5;
/** Room (mm) the longest-word pass leaves beside a column's longest word; a column gives it up for another's short cell. */
const WORD_CUSHION = 0.5;

/** A cell as text and style (a string is plain text). */
function styled(cell: Cell): Exclude<Cell, string> {
  return typeof cell === 'string' ? { text: cell } : cell;
}

/** Whether row `row` is a caption row spanning the table or has cell `i` merged over the columns left: it does not size column `i`. */
function spans(columns: Column[], row: Cell[], i: number): boolean {
  return (row.length === 1 && columns.length > 1) || (row.length < columns.length && i === row.length - 1);
}

/**
 * Column widths in mm: shares by weight, then widened so no column splits its longest word
 * (header or cell) when the others can give up the room; very long tokens (ids, URLs) still break.
 * Then (roomForShortCells) a column whose short cell wraps is widened with room the others leave
 * unused.
 */
export function columnWidths(w: PdfWriter, columns: Column[], rows: Cell[][], size: number, pad: number): number[] {
  // a table is measured several times (its height, to keep its heading with it; then drawn): worked out once
  const key = JSON.stringify([size, pad, w.width, columns, rows]);
  let known = measured.get(w);
  if (!known) measured.set(w, (known = new Map()));
  const hit = known.get(key);
  if (hit) return [...hit];
  const widths = widthsOf(w, columns, rows, size, pad);
  if (known.size > 200) known.clear();
  known.set(key, widths);
  return [...widths];
}

/** Column widths already worked out per writer, by table (size, padding, page width, columns and cells). */
const measured = new WeakMap<PdfWriter, Map<string, number[]>>();

function widthsOf(w: PdfWriter, columns: Column[], rows: Cell[][], size: number, pad: number): number[] {
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * w.width);
  // Up to 30%: wide enough for a 28-character rule id or Servis ID in the small monospaced size.
  const cap = w.width * 0.3;
  const need = columns.map((c, i) => {
    w.setFont(size, 'bold');
    let max = longestWord(w.pdf, c.title);
    for (const row of rows.slice(0, 400)) {
      const cell = row[i];
      // caption rows and merged cells span several columns: they do not size one
      if (cell === undefined || spans(columns, row, i)) continue;
      const cc = styled(cell);
      w.setFont(size, cc.bold ? 'bold' : 'normal', COLORS.ink, cc.mono ? 'courier' : FONT);
      max = Math.max(max, longestWord(w.pdf, cc.text));
    }
    // Divided by the 1.5% slack PdfWriter.wrap keeps, so the longest word really fits.
    return Math.min(cap, max / 0.985 + 2 * pad + WORD_CUSHION);
  });
  for (let round = 0; round < 4; round++) {
    const short = widths.map((w, i) => Math.max(0, need[i] - w));
    const deficit = short.reduce((s, d) => s + d, 0);
    if (deficit < 0.01) break;
    const slack = widths.map((w, i) => Math.max(0, w - need[i]));
    const available = slack.reduce((s, d) => s + d, 0);
    if (available < 0.01) break;
    const take = Math.min(deficit, available);
    for (let i = 0; i < widths.length; i++) {
      if (short[i] > 0) widths[i] += (short[i] / deficit) * take;
      else widths[i] -= (slack[i] / available) * take;
    }
  }
  if (rows.length <= MAX_ROWS_FOR_SHORT_CELLS) roomForShortCells(w, columns, rows, widths, need, size, pad);
  return widths;
}

/**
 * Widens, step by step, the column whose wrapped short paragraph (a line of a cell: a hardware item
 * with its quantity, a name) needs the least room to print on one line, when the other columns can
 * give that room up without any of their cells (or their header) taking another line, a paragraph
 * they print on one line wrapping, or their longest word breaking: the table gets no taller and a
 * reader gets "Pelayan aplikasi × 4" on one line instead of "Pelayan / aplikasi × 4" (001 §3.3.4 g's
 * hardware and quantities, §6.7 of the paper). Only room no cell uses is given: a column giving up
 * width a wrapped cell of its own reads better with ("Mesin maya (8 vCPU, 32 GB) × 4" on three lines
 * instead of two) is no room. Each step puts one more paragraph on one line and wraps none, so the
 * steps end. `widths` is changed in place.
 */
function roomForShortCells(w: PdfWriter, columns: Column[], rows: Cell[][], widths: number[], need: number[], size: number, pad: number): void {
  // each column's paragraphs (a cell's lines as written: one hardware item, one name), the header's
  // title first: a column giving room must not wrap its title onto more lines either
  const byColumn: Paragraph[][] = columns.map((c, i) => {
    const cells = [{ text: c.title, bold: true }, ...rows.flatMap((row) => (row[i] === undefined || spans(columns, row, i) ? [] : [styled(row[i])]))];
    return cells.flatMap((cell) => {
      setFont(w, size, cell);
      return cell.text
        .split('\n')
        .map((p) => p.trim().replace(/ +/g, ' '))
        .filter(Boolean)
        .map((text): Paragraph => ({ text: toWinAnsi(text), cell, width: textWidth(w.pdf, toWinAnsi(text)), floors: new Map<number, number>() }));
    });
  });
  /** Whether a paragraph `width` mm wide is one line in a column `x` wide (PdfWriter.wrap keeps 1.5% slack; words and spaces add up, text.ts measures without kerning). */
  const oneLine = (width: number, x: number) => width <= (x - 2 * pad) * 0.985;
  // counted from the words' widths measured once (a paragraph is counted at ~10 widths); as PdfWriter.wrap
  // would wrap it, which a word wider than the line still does
  const linesAt = (p: Paragraph, x: number) => {
    setFont(w, size, p.cell);
    // measured when first counted: most paragraphs are one line and never are
    p.words ??= measureWords(w.pdf, p.text);
    return lineCount(p.words, (x - 2 * pad) * 0.985) ?? w.wrap(p.text, x - 2 * pad).length;
  };
  /** The narrowest column in which `p`, now in a column `x` wide, takes no more lines; remembered by line count, which a column giving room keeps. */
  const floorOf = (p: Paragraph, x: number) => {
    if (oneLine(p.width, x)) return p.width / 0.985 + 2 * pad;
    const k = linesAt(p, x);
    let floor = p.floors.get(k);
    if (floor === undefined) {
      // k lines hold at most k lines' worth of the paragraph
      let lo = Math.min(x, p.width / k / 0.985 + 2 * pad);
      let hi = x;
      for (let step = 0; step < 10 && hi - lo > 0.05; step++) {
        const mid = (lo + hi) / 2;
        if (linesAt(p, mid) <= k) hi = mid;
        else lo = mid;
      }
      floor = hi;
      p.floors.set(k, floor);
    }
    return floor;
  };
  /** The narrowest column `i` may become: its longest word whole, no paragraph on more lines, none it prints on one line wrapped. */
  const narrowest = (i: number) => {
    let floor = Math.min(need[i] - WORD_CUSHION, widths[i]);
    for (const p of byColumn[i]) floor = Math.max(floor, floorOf(p, widths[i]));
    return Math.min(floor, widths[i]);
  };
  for (let step = 0; step < MAX_STEPS; step++) {
    // the wrapped paragraphs that one line of at most MAX_SHORT_CELL_SHARE of the page holds, least growth first
    const wanted: { i: number; grow: number }[] = [];
    byColumn.forEach((paragraphs, i) => {
      for (const p of paragraphs) {
        const target = p.width / 0.985 + 2 * pad + 0.05;
        if (!oneLine(p.width, widths[i]) && target <= w.width * MAX_SHORT_CELL_SHARE) wanted.push({ i, grow: target - widths[i] });
      }
    });
    // most tables stop here: nothing short wraps (their long texts are what they are)
    if (!wanted.length) return;
    wanted.sort((a, b) => a.grow - b.grow);
    const room = widths.map((width, i) => width - narrowest(i));
    const roomTotal = room.reduce((a, b) => a + b, 0);
    const best = wanted.find((c) => c.grow <= roomTotal - room[c.i]);
    if (!best) return;
    const given = roomTotal - room[best.i];
    widths.forEach((_, j) => {
      widths[j] += j === best.i ? best.grow : -(room[j] / given) * best.grow;
    });
  }
}

/** A line of a cell as written, its width on one line, and the narrowest column keeping it to k lines (by k). */
interface Paragraph {
  text: string;
  cell: Exclude<Cell, string>;
  width: number;
  words?: MeasuredWords;
  floors: Map<number, number>;
}

function setFont(w: PdfWriter, size: number, cell: Exclude<Cell, string>): void {
  w.setFont(size, cell.bold ? 'bold' : 'normal', COLORS.ink, cell.mono ? 'courier' : FONT);
}
