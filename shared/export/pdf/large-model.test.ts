import { beforeAll, describe, expect, it } from 'vitest';
import { makeLargeDocument } from '../../../test/helpers/factories';
import { pdfInfo, pdfText } from '../../../test/fixtures/export/poppler';
import { label } from '../../i18n';
import { listRules, checkDocument } from '../../rules';
import type { Problem } from '../../rules/types';
import { BANDS } from '../../model/vocabulary';
import { boundedRows, firstNames, PAPER_LIMITS, summariseFindings } from './large-model';
import { buildProposalPdf } from './proposal';

const DATE = new Date('2026-03-15T08:00:00Z');
const problem = (ruleId: string, severity: Problem['severity'], elementIds: string[]): Problem => ({ ruleId, severity, elementIds, relationIds: [], message: { ms: ruleId, en: ruleId } }) as Problem;

describe('summaries of a large model', () => {
  it('names the first few and counts the rest', () => {
    const names = Array.from({ length: 20 }, (_, i) => `Aplikasi ${i}`);
    expect(firstNames(names, 'ms')).toBe(`${names.slice(0, PAPER_LIMITS.names).join(', ')} dan ${20 - PAPER_LIMITS.names} lagi`);
    expect(firstNames(names.slice(0, 3), 'en', 1200)).toBe('Aplikasi 0, Aplikasi 1, Aplikasi 2 and 1,197 more');
    expect(firstNames(names.slice(0, 3), 'en')).toBe('Aplikasi 0, Aplikasi 1, Aplikasi 2');
  });

  it('leaves a table within the limit as it is and cuts a longer one with a note of what is left out', () => {
    const short = Array.from({ length: PAPER_LIMITS.tableRows }, (_, i) => [String(i)]);
    expect(boundedRows(short, 'ms')).toBe(short);
    const long = Array.from({ length: PAPER_LIMITS.tableRows + 40 }, (_, i) => [String(i), `x${i}`]);
    const cut = boundedRows(long, 'en');
    expect(cut).toHaveLength(PAPER_LIMITS.tableRows + 1);
    expect(cut[PAPER_LIMITS.tableRows - 1]).toEqual(long[PAPER_LIMITS.tableRows - 1]);
    const note = cut[PAPER_LIMITS.tableRows];
    expect(note).toHaveLength(1);
    expect(typeof note[0] === 'string' ? note[0] : note[0].text).toContain(`40 more rows not listed here (${PAPER_LIMITS.tableRows + 40} in all)`);
  });

  it('groups findings per rule, errors first, then the most frequent, with distinct names', () => {
    const problems = [problem('a', 'warning', ['x']), problem('b', 'error', ['y']), problem('a', 'warning', ['x']), problem('c', 'warning', ['z']), problem('a', 'warning', ['w'])];
    const summary = summariseFindings(problems, (p) => p.elementIds);
    expect(summary.map((s) => [s.ruleId, s.count, [...s.names]])).toEqual([
      ['b', 1, ['y']],
      ['a', 3, ['x', 'w']],
      ['c', 1, ['z']],
    ]);
  });
});

// A generated 3,000-element model: a view beyond the drawing limit, more findings than are listed,
// Jadual 3-1 tables longer than the table limit (300 target groups, ~560 flows).
describe('Kertas Cadangan of a large model (Panduan WoG §4.2–4.3; Jadual 3-1; Lampiran 1)', () => {
  const doc = makeLargeDocument(3000);
  let bytes: Uint8Array;
  let text: string;

  beforeAll(async () => {
    bytes = await buildProposalPdf(doc, { lang: 'ms', date: DATE });
    text = pdfText(bytes, 'raw').replace(/\s+/g, ' ');
  }, 120_000);

  it('summarises the view per Jadual 3-1 label instead of drawing it on A3 tiles', () => {
    const info = pdfInfo(bytes);
    expect(info.pageSizes.filter((p) => p.paper === 'A3')).toEqual([]);
    expect(text).toContain('Paparan “LMV” mengandungi 3,000 elemen, terlalu banyak untuk dilukis dengan jelas di atas kertas.');
    expect(text).toContain('lakar export --format svg --view “LMV”');
    // every band of the generated model, with its element count (300 target groups, 300 channels, …)
    for (const band of ['users', 'channels', 'services'] as const) expect(text).toContain(`${BANDS.indexOf(band) + 1} ${label('ms', 'band', band)} 300`);
    expect(text).toMatch(/targetGroup 0, targetGroup 10, .* dan 292 lagi/);
  });

  it('lists the first rows of a long Jadual 3-1 table and says how many more there are and where they are', () => {
    expect(text).toContain(`… dan ${300 - PAPER_LIMITS.tableRows} baris lagi tidak disenaraikan di sini (jumlah 300). Senarai penuh: eksport CSV model (lakar export --format csv).`);
    expect(text).toContain(`${PAPER_LIMITS.tableRows} targetGroup ${(PAPER_LIMITS.tableRows - 1) * 10}`);
  });

  it('summarises Lampiran 1 per rule with each rule’s count, pointing to the check export for the full list', () => {
    const report = checkDocument(doc);
    expect(report.problems.length).toBeGreaterThan(PAPER_LIMITS.findingsListed);
    expect(text).toContain(`Model ini mempunyai ${report.problems.length.toLocaleString('en-US')} penemuan`);
    expect(text).toContain('lakar check --json');
    const titles = new Map(listRules().map((r) => [r.id, r.title.ms]));
    const appendix = text.slice(text.lastIndexOf('Lampiran 1: Laporan Semakan WoG'));
    for (const s of summariseFindings(report.problems, () => [])) {
      expect(appendix, s.ruleId).toContain(`${titles.get(s.ruleId)} ${s.count.toLocaleString('en-US')}`);
    }
  });
});

describe('a hub in a large model', () => {
  it('cuts a cell listing thousands of names after the last whole name that fits, pointing to the CSV export', () => {
    const users = Array.from({ length: 3000 }, (_, i) => `Aplikasi ${i}`).join(', ');
    const [row] = boundedRows([['1', { text: 'MyDigital ID', bold: true }, users]], 'ms');
    const cell = row[2] as string;
    expect(cell.length).toBeLessThan(PAPER_LIMITS.cellChars + 60);
    expect(cell).toMatch(/^Aplikasi 0, Aplikasi 1, .*, Aplikasi \d+ … dan lagi \(senarai penuh: eksport CSV\)$/);
    expect(row[1]).toEqual({ text: 'MyDigital ID', bold: true });
    const short = [['1', 'Aplikasi 0, Aplikasi 1']];
    expect(boundedRows(short, 'ms')).toBe(short);
  });
});

describe('a large model that no view shows (Panduan WoG §3.3: the LMV is of the whole service)', () => {
  it('summarises the model’s unshown elements per band instead of drawing them all on the LMV', async () => {
    const doc = makeLargeDocument(3000);
    doc.views.view_main.nodes = {};
    const bytes = await buildProposalPdf(doc, { lang: 'en', date: DATE });
    const text = pdfText(bytes, 'raw').replace(/\s+/g, ' ');
    expect(pdfInfo(bytes).pageSizes.filter((p) => p.paper === 'A3')).toEqual([]);
    expect(text).toContain('holds 3,000 elements, too many to draw legibly on paper.');
    expect(text).toContain(`1 ${label('en', 'band', 'users')} 300`);
  }, 120_000);
});
