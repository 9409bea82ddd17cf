/**
 * Measuring and wrapping text for jsPDF's standard fonts: widths as viewers draw them (no kerning,
 * jsPDF writes none), greedy word wrap, and breaking of over-long tokens after a separator.
 */
import type { jsPDF } from 'jspdf';
import { PRINTED_DATE } from '../../i18n/format';
import { PT } from './theme';
import { toWinAnsi } from './winansi';

const LINE = 1.28;

/** Height in mm of one line of text at `size` points. */
export function lineHeight(size: number): number {
  return size * PT * LINE;
}

/**
 * Width in mm of `text` in the current font, as viewers draw it. jsPDF's getTextWidth subtracts
 * kerning, but jsPDF writes text without kerning adjustments, so lines measured that way come out
 * wider than measured and poke past the margin.
 */
export function textWidth(pdf: jsPDF, text: string): number {
  return (pdf.getStringUnitWidth(text, { doKerning: false }) * pdf.getFontSize()) / pdf.internal.scaleFactor;
}

/** Sign between a hardware item and its quantity ("Pelayan aplikasi × 4"), as the LMV writes it. */
const TIMES = '×';

/**
 * Words as a line is filled with them: a quantity "× 4" is one word with the word before
 * it ("aplikasi × 4"), so an item is never read as "Pelayan aplikasi ×" over a lone "4" (001 §3.3.4 g:
 * "perkakasan serta bilangan").
 */
function glueQuantities(given: readonly string[]): string[] {
  const words = given.filter(Boolean);
  const units: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === TIMES && units.length > 0 && i + 1 < words.length) units[units.length - 1] += ` ${TIMES} ${words[++i]}`;
    else units.push(words[i]);
  }
  return units;
}

/**
 * Greedy word wrap in the current font. Our own rather than jsPDF's splitTextToSize so that words
 * longer than a line (service ids, UXP headers, URLs) break after a separator, not mid-name.
 */
export function wrapWords(pdf: jsPDF, para: string, width: number): string[] {
  const lines: string[] = [];
  const space = textWidth(pdf, ' ');
  let cur = '';
  let curW = 0;
  for (const word of para.includes(TIMES) ? glueQuantities(para.split(/ +/)) : para.split(/ +/)) {
    if (word === '') continue;
    const w = textWidth(pdf, word);
    if (cur !== '' && curW + space + w <= width) {
      cur += ' ' + word;
      curW += space + w;
      continue;
    }
    if (cur !== '') lines.push(cur);
    if (w <= width) {
      cur = word;
      curW = w;
    } else {
      const parts = breakLongWord(pdf, word, width);
      lines.push(...parts.slice(0, -1));
      cur = parts[parts.length - 1];
      curW = textWidth(pdf, cur);
    }
  }
  if (cur !== '' || lines.length === 0) lines.push(cur);
  return lines;
}

/** The words wrapWords fills lines with in the current font, each with its width, and a space's: measured once to count lines at many widths (lineCount). */
export interface MeasuredWords {
  widths: number[];
  space: number;
}

/** `para`'s words as wrapWords takes them (a quantity glued to the word before it), measured in the current font. */
export function measureWords(pdf: jsPDF, para: string): MeasuredWords {
  const words = para.includes(TIMES) ? glueQuantities(para.split(/ +/)) : para.split(/ +/).filter(Boolean);
  return { widths: words.map((word) => textWidth(pdf, word)), space: textWidth(pdf, ' ') };
}

/** The number of lines wrapWords makes of words so measured at `width` mm; undefined when a word is wider than a line (wrapWords breaks it, by its characters). */
export function lineCount(words: MeasuredWords, width: number): number | undefined {
  let lines = 0;
  let cur = -1;
  for (const w of words.widths) {
    if (w > width) return undefined;
    if (cur >= 0 && cur + words.space + w <= width) cur += words.space + w;
    else {
      lines++;
      cur = w;
    }
  }
  return Math.max(1, lines);
}

/**
 * Width in mm of the widest whitespace-separated word of `text` in the current font, a hyphenated
 * word (but a file reference number) counted as the wider of its two halves at its best hyphen: a Servis ID
 * (PQRST-SPP-R-MaklumatCalon) reads well on two lines broken after a hyphen, and sizing a column to
 * the whole id starved its neighbours to one word a line (breakLongWord breaks it there).
 */
export function longestWord(pdf: jsPDF, text: string): number {
  let max = 0;
  const plain = toWinAnsi(text);
  for (const word of glueQuantities(plain.split(/\s+/))) max = Math.max(max, wordInTwo(pdf, word));
  // a date is read as one ("20 Februari 2026"): a column of dates is sized to hold them whole,
  // or giving a reference number its width left "2026" alone under "20 Februari" (approvals, §6.6)
  for (const date of plain.matchAll(PRINTED_DATE)) max = Math.max(max, textWidth(pdf, date[0]));
  return max;
}

/**
 * A file reference number ("JPN.PP.600-1/4/2", "AGA.700-2/1/4"): one number read whole, its hyphen
 * part of it. Halved at the hyphen it printed as "JPN.PP.600-1/4/" over "2 (15)" in the approvals
 * table (Jadual 4-1 A.1.a vi), which reads as two references.
 */
const REFERENCE_NUMBER = /^[A-Z][A-Za-z]*(?:\.[A-Za-z]+)*\.\d+-\d+(?:\/\d+)+(?:\(\d+\))?$/;

function wordInTwo(pdf: jsPDF, word: string): number {
  let best = textWidth(pdf, word);
  if (REFERENCE_NUMBER.test(word)) return best;
  for (let at = word.indexOf('-'); at > 0 && at < word.length - 1; at = word.indexOf('-', at + 1)) {
    best = Math.min(best, Math.max(textWidth(pdf, word.slice(0, at + 1)), textWidth(pdf, word.slice(at + 1))));
  }
  return best;
}

/** Split a word longer than the line (URLs, service ids) at character boundaries. */
export function breakLongWord(pdf: jsPDF, line: string, width: number): string[] {
  if (textWidth(pdf, line) <= width) return [line];
  const out: string[] = [];
  let cur = '';
  for (const ch of line) {
    if (cur !== '' && textWidth(pdf, cur + ch) > width) {
      // Prefer to break just after a separator (JPN-SYSB-R-…, reg.sektor.nama, URLs).
      const at = Math.max(cur.lastIndexOf('-'), cur.lastIndexOf('.'), cur.lastIndexOf('/'), cur.lastIndexOf('_'));
      if (at > cur.length / 3) {
        out.push(cur.slice(0, at + 1));
        cur = cur.slice(at + 1);
      } else {
        out.push(cur);
        cur = '';
      }
    }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}
