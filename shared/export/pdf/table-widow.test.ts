/**
 * A data table broken across pages keeps two rows at least on the page after the break: one row alone
 * under a repeated header reads as a separate table (the worked example's "Kelulusan perkongsian
 * data", Panduan WoG Jadual 4-1 A.1.a vi, had its fourth approval alone at the top of a page).
 */
import { describe, expect, it } from 'vitest';
import { pdfText, pdfTexts } from '../../../test/fixtures/export/poppler';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildProposalPdf } from './proposal';
import { designSections } from './sections';
import { testWriter as writer } from '../../../test/helpers/pdf-pages';

// Hundreds of layouts each: under a loaded CI machine (2 cores shared) they take minutes, not the default 30 s.
const SLOW = { timeout: 240_000 };
const COLUMNS = [{ title: 'Bil.', weight: 1 }, { title: 'Perkara', weight: 4 }];
/** `n` numbered rows, each two lines tall in the narrow column. */
const tallRows = (n: number) => Array.from({ length: n }, (_, i) => [String(i + 1), `Baris ${i + 1} dengan teks yang cukup panjang untuk dua baris dalam lajur yang sempit ini, supaya setiap baris tinggi`]);
/** Start heights in mm, `from` to `to` by `step`: the table laid out from each, so every page break falls somewhere in it. */
const starts = (from: number, to: number, step: number) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
/** Each case's PDF read back by pdftotext (one process for all of them), as its pages. */
const readBack = <C extends { pdf: Uint8Array }>(cases: C[]) => pdfTexts(cases.map((c) => c.pdf)).map((text, i) => ({ ...cases[i], pages: text.split('\f') }));

describe('rows of a table broken across pages (Jadual 4-1 A.1.a vi: the data-sharing approvals)', () => {
  it('never leaves the last row of a table of four rows or more alone on the page after a break, wherever on the page the table starts', SLOW, () => {
    const cases = [4, 5, 7].flatMap((n) =>
      starts(150, 265, 5).map((start) => {
        const w = writer();
        w.y = start;
        w.table(COLUMNS, tallRows(n));
        return { label: `${n} rows from ${start} mm`, pdf: w.finish() };
      }),
    );
    for (const { label, pages: all } of readBack(cases)) {
      const pages = all.filter((p) => p.includes('Baris'));
      for (const p of pages) expect((p.match(/Baris \d/g) ?? []).length, `${label}: ${pages.map((q) => (q.match(/Baris \d/g) ?? []).length).join(' + ')}`).not.toBe(1);
    }
  });

  it('keeps the worked example’s third and fourth approvals together on one page', async () => {
    const pages = pdfText(await buildProposalPdf(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), { lang: 'ms', date: new Date('2026-03-15T08:00:00Z') }), 'raw').split('\f');
    // the row's flow, its data and its instrument, in drawing order
    const row = (name: string) => pages.findIndex((p) => new RegExp(`${name} – Sistem Pengambilan Pekerja .{0,60}Surat kelulusan`).test(p.replace(/\s+/g, ' ')));
    expect(row('Sistem C')).toBeGreaterThan(0);
    expect(row('Sistem D')).toBe(row('Sistem C'));
  });
});

describe('short tables kept whole with their title (Jadual 4-1 A.1.a: a reviewer reads each table of Jadual 3-1 as one)', () => {
  it('never splits a table of three rows or fewer (2 + 1) nor leaves its title alone at a page foot, wherever on the page it starts', SLOW, () => {
    const cases = [1, 2, 3].flatMap((n) =>
      starts(150, 265, 5).flatMap((start) =>
        [true, false].map((titled) => {
          const w = writer();
          w.y = start;
          if (titled) w.titledTable('Jadual pendek', COLUMNS, tallRows(n));
          else w.table(COLUMNS, tallRows(n));
          return { label: `${n} rows from ${start} mm${titled ? ' under a title' : ''}`, n, pdf: w.finish() };
        }),
      ),
    );
    for (const { label, n, pages: all } of readBack(cases)) {
      const pages = all.filter((p) => p.includes('Baris') || p.includes('Jadual pendek'));
      expect(pages, label).toHaveLength(1);
      expect((pages[0].match(/Baris \d/g) ?? []).length, label).toBe(n);
    }
  });

  it('keeps every short table of the worked example’s Jadual 3-1 labels on its title’s page', async () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const pages = pdfText(await buildProposalPdf(doc, { lang: 'ms', date: new Date('2026-03-15T08:00:00Z') }), 'raw').split('\f');
    const flat = (text: string) => text.replace(/\s+/g, '');
    const tables = designSections(doc, 'ms').flatMap((s) => s.tables);
    expect(tables.filter((t) => t.rows.length > 0 && t.rows.length <= 3).length).toBeGreaterThan(3);
    // the tables in the order drawn, from label 1's heading (a title such as "Perkhidmatan" is also a word of the LMV and of cells)
    let page = pages.findIndex((p, i) => i > 3 && p.includes('Label 1:'));
    for (const t of tables) {
      // the title line, then the header row's first title
      page = pages.findIndex((p, i) => i >= page && p.split('\n').some((l, j, ls) => l.trim() === t.title && ls[j + 1]?.startsWith(t.columns[0].title)));
      expect(page, t.title).toBeGreaterThan(0);
      if (t.rows.length > 3) continue;
      for (const row of t.rows) expect(flat(pages[page]), `${t.title}: row ${JSON.stringify(row)}`).toContain(flat(row.map((c) => (typeof c === 'string' ? c : c.text)).join('')));
    }
  });
});

describe('a heading with a note over a table of any length (the IDD’s §2.1.2–2.1.5, the paper’s milestones and dependencies)', () => {
  it('never stays alone at a page foot: the heading, its note and the table’s start share a page, wherever the heading falls', SLOW, () => {
    const cases = [0, 1, 3, 6].flatMap((n) =>
      starts(150, 270, 4).flatMap((start) =>
        ([2, 3, 4] as const).map((level) => {
          const w = writer();
          w.y = start;
          w.titledTable('Jadual bertajuk', COLUMNS, tallRows(n), { empty: 'Tiada rekod' }, { level, intro: { text: 'Nota ringkas di bawah tajuk, sebelum jadual.' } });
          return { label: `${n} rows from ${start} mm, level ${level}`, n, pdf: w.finish() };
        }),
      ),
    );
    for (const { label, n, pages } of readBack(cases)) {
      const title = pages.findIndex((p) => p.includes('Jadual bertajuk'));
      const first = pages.findIndex((p) => p.includes(n ? 'Baris 1' : 'Tiada rekod'));
      expect(first, label).toBe(title);
      expect(pages[title], label).toContain('Nota ringkas');
      if (n >= 2) expect(pages[title], label).toContain('Baris 2');
    }
  });
});

describe('a note under a table (the Kertas Ulasan\'s "Tiada komen" under a criterion\'s assessment, 001 §4.3 langkah 8)', () => {
  it('stays on the page of the table\'s last rows, never alone at the top of the next, wherever the table starts', SLOW, () => {
    const cases = [2, 5].flatMap((n) =>
      starts(150, 270, 6).map((start) => {
        const w = writer();
        w.y = start;
        w.titledTable('Jadual bertajuk', COLUMNS, tallRows(n), {}, { level: 2, outro: { text: 'Nota penutup di bawah jadual.', style: 'italic' } });
        return { label: `${n} rows from ${start} mm`, n, pdf: w.finish() };
      }),
    );
    for (const { label, n, pages } of readBack(cases)) {
      const note = pages.findIndex((p) => p.includes('Nota penutup'));
      expect(pages[note], label).toContain(`Baris ${n}`);
      // a longer table still breaks two and two at worst, a short one not at all
      if (n < 4) expect(pages[note], label).toContain('Jadual bertajuk');
    }
  });
});

describe('a short table closing a part, with a page break after it (Jadual 3-1 label 7: the paper\'s §6.7 read as one)', () => {
  it('never goes over alone: the short table before it keeps it company on its page, wherever the two start', SLOW, () => {
    const cases = [1, 3].flatMap((n) =>
      starts(150, 270, 5).map((start) => {
        const w = writer();
        w.y = start;
        const closing = w.titledTableHeight('Jadual penutup', COLUMNS, tallRows(n).map(([i, t]) => [i, `Akhir ${t}`]));
        w.titledTable('Jadual sebelum', COLUMNS, tallRows(3), {}, { keepNext: closing });
        w.titledTable('Jadual penutup', COLUMNS, tallRows(n).map(([i, t]) => [i, `Akhir ${t}`]));
        w.heading(1, 'Bahagian seterusnya');
        return { label: `closing table of ${n} rows, from ${start} mm`, pdf: w.finish() };
      }),
    );
    for (const { label, pages } of readBack(cases)) {
      const closing = pages.find((p) => p.includes('Jadual penutup'))!;
      // the table before it (its last row at least) is on the closing table's page
      expect(closing, label).toContain('Baris 3');
      expect(closing, label).not.toContain('Bahagian seterusnya');
    }
  });

  it('keeps the worked example\'s "Kawalan keselamatan" with "Rangkaian dan kelajuan" (§6.7), not alone on a page', async () => {
    const pages = pdfText(await buildProposalPdf(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), { lang: 'ms', date: new Date('2026-03-15T08:00:00Z') }), 'raw').split('\f');
    const page = pages.find((p) => p.includes('Kawalan keselamatan\nBil.'))!;
    expect(page).toContain('Rangkaian dan kelajuan');
    expect(page).toContain('MyGov*Net.PDSA');
  });
});
