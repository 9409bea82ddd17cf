import { describe, expect, it } from 'vitest';
import { makeLargeDocument } from '../test/helpers/factories';
import { fromOef, toOef } from '../shared/interchange/oef';
import { interchangeMessages } from './formats-interchange';
import { phaseTexts, terminalProgress } from './progress';

/** Carriage return and "erase line": how the progress line is rewritten in place. */
const CLEAR_LINE = '\r\x1b[2K';

/** A stderr stand-in that keeps what was written. */
const terminal = (isTTY: boolean) => {
  const writes: string[] = [];
  return { isTTY, writes, write: (t: string) => writes.push(t) };
};

describe('import progress on the terminal (lakar import of a large model)', () => {
  it('shows each phase in the user language on one rewritten stderr line, up to 100 %, then clears it', async () => {
    const err = terminal(true);
    const progress = terminalProgress(phaseTexts(interchangeMessages('ms')), err);
    await fromOef(toOef(makeLargeDocument(2500)), { onProgress: progress.onProgress });
    progress.done();
    const lines = err.writes.map((w) => w.replace(CLEAR_LINE, ''));
    const phases = lines.filter(Boolean).map((l) => l.replace(/ \d+ %$/, '')).filter((p, i, all) => all.indexOf(p) === i);
    expect(phases).toEqual(['Membaca fail…', 'Menghurai…', 'Memetakan ke LMV…', 'Menyemak model yang diimport…']);
    expect(lines.at(-2)).toBe('Menyemak model yang diimport… 100 %');
    // the last write clears the line, so the command's own messages start on a clean line
    expect(err.writes.at(-1)).toBe(CLEAR_LINE);
    // an unchanged line is not rewritten
    expect(new Set(lines.slice(0, -1)).size).toBe(lines.length - 1);
  });

  it('writes nothing when stderr is a pipe or a file', async () => {
    const err = terminal(false);
    const progress = terminalProgress(phaseTexts(interchangeMessages('en')), err);
    await fromOef(toOef(makeLargeDocument(300)), { onProgress: progress.onProgress });
    progress.done();
    expect(err.writes).toEqual([]);
  });
});
