import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/fixtures/interchange/xmllint';
import { makeLargeDocument } from '../../../test/helpers/factories';
import { fromOef, toOef } from './index';

type Progress = { phase: string; fraction: number };

/** Import `input`, recording every progress report. */
async function importWithProgress(input: string | Uint8Array): Promise<Progress[]> {
  const seen: Progress[] = [];
  await fromOef(input, { onProgress: (p) => seen.push(p) });
  return seen;
}

/** The phases in the order they were first reported. */
const phaseOrder = (seen: Progress[]) => seen.map((p) => p.phase).filter((p, i, all) => all.indexOf(p) === i);

describe('OEF import progress (the bar and phase the import dialog shows, issue 18)', () => {
  it('reports read, parse, map and check in order, never goes back, and ends at 100 % only when the model is ready', async () => {
    const xml = toOef(makeLargeDocument(3000));
    const seen = await importWithProgress(new TextEncoder().encode(xml));
    expect(phaseOrder(seen)).toEqual(['read', 'parse', 'map', 'check']);
    // a phase, once left, does not come back (the label would flicker)
    const runs = seen.map((p) => p.phase).filter((p, i, all) => i === 0 || all[i - 1] !== p);
    expect(runs).toEqual(['read', 'parse', 'map', 'check']);
    for (let i = 1; i < seen.length; i++) expect(seen[i].fraction).toBeGreaterThanOrEqual(seen[i - 1].fraction);
    expect(seen.every((p) => p.fraction >= 0 && p.fraction <= 1)).toBe(true);
    expect(seen[seen.length - 1]).toEqual({ phase: 'check', fraction: 1 });
    expect(seen.filter((p) => p.fraction === 1)).toHaveLength(1);
  });

  it('moves while a large file is parsed and mapped, not only between phases', async () => {
    const seen = await importWithProgress(toOef(makeLargeDocument(3000)));
    expect(seen.filter((p) => p.phase === 'parse').length).toBeGreaterThan(10);
    expect(seen.filter((p) => p.phase === 'map').length).toBeGreaterThan(2);
  });

  it('reports the layout of a foreign view between mapping and the check', async () => {
    // Archisurance (Archi's sample) carries no Lakar geometry: its views are arranged on import
    const seen = await importWithProgress(new Uint8Array(readFileSync(join(CORPUS, 'archisurance.xml'))));
    expect(phaseOrder(seen)).toEqual(['read', 'parse', 'map', 'layout', 'check']);
    for (let i = 1; i < seen.length; i++) expect(seen[i].fraction).toBeGreaterThanOrEqual(seen[i - 1].fraction);
    expect(seen[seen.length - 1]).toEqual({ phase: 'check', fraction: 1 });
  });
});
