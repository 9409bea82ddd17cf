/** Helpers for tests of the paper's pages: a bare writer to draw on, and printed words read back as lines. */
import type { WordBox } from '../fixtures/export/poppler';
import { PdfWriter } from '../../shared/export/pdf/writer';

/** A writer on one A4 portrait body page, with a running header and footer as the papers have. */
export function testWriter(): PdfWriter {
  return new PdfWriter({
    runningHeader: 'Ujian',
    footerLeft: 'Ujian',
    pageLabel: 'Halaman {x} daripada {y}',
    tocTitle: 'Kandungan',
    properties: { title: 'Ujian', subject: '', author: '', keywords: '', creator: '' },
    creationDate: new Date('2026-03-15T08:00:00Z'),
    language: 'ms',
    firstPage: { format: 'a4', orientation: 'portrait', kind: 'body' },
  });
}

/** Lines of words (same baseline), each sorted left to right. */
export function linesOf(words: WordBox[]): WordBox[][] {
  const lines: WordBox[][] = [];
  for (const w of [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const line = lines.find((l) => Math.abs(l[0].yMin - w.yMin) < 0.5);
    if (line) line.push(w);
    else lines.push([w]);
  }
  return lines.map((l) => l.sort((a, b) => a.xMin - b.xMin));
}
