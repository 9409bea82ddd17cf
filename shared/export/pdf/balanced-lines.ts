/**
 * A title wrapped into lines of even length. Wrapping fills each line as far as it goes, so a
 * cover title one word too long for a line leaves that word alone below it ("Perkhidmatan
 * Pengurusan Pengambilan / Pekerja"), which reads as a slip. The title keeps the number of lines
 * it needs, each as short as that number allows: "Perkhidmatan Pengurusan / Pengambilan Pekerja".
 */
import type { PdfWriter } from './writer';

/** `text` wrapped in `w`'s current font into as few lines as `width` mm allows, the longest line as short as it can be. */
export function balancedLines(w: PdfWriter, text: string, width: number): string[] {
  const greedy = w.wrap(text, width);
  if (greedy.length < 2) return greedy;
  // the narrowest width still giving as many lines: fewer lines never come from a narrower width
  let lo = width / greedy.length / 2;
  let hi = width;
  for (let i = 0; i < 16 && hi - lo > 0.5; i++) {
    const mid = (lo + hi) / 2;
    if (w.wrap(text, mid).length <= greedy.length) hi = mid;
    else lo = mid;
  }
  return w.wrap(text, hi);
}
