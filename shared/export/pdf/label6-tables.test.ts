/**
 * The Kertas Cadangan's label 6 tables (Panduan WoG 001 §3.3.4, Jadual 3-1 label 6: data and the
 * agencies supplying it, integration methods) read back column by column from pdftotext -layout, as
 * a JDN reviewer reads them: the data names of each flow on one or two lines (not one word a line
 * beside a Servis ID column as wide as its longest id), every Servis ID whole when its lines are
 * joined and from a line of its own, and every data row naming a system that uses it, through a data flow too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/fixtures/export/poppler';
import type { DataFlow, LakarDocument } from '../../model/schema';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildProposalPdf } from './proposal';

const DATE = new Date('2026-03-15T08:00:00Z');

/**
 * The rows of the table whose header line matches `header`, each as its lines' text from the column
 * whose title is `from` up to the one titled `to` (or the line's end).
 */
function column(layout: string, header: RegExp, from: string, to?: string): string[][] {
  const page = layout.split('\f').find((p) => p.split('\n').some((l) => header.test(l)));
  expect(page, String(header)).toBeDefined();
  const lines = page!.split('\n');
  const h = lines.findIndex((l) => header.test(l));
  // a column's text starts a little left of its title in the layout (a cell is padded, titles are bold)
  const start = lines[h].indexOf(from) - 2;
  const end = to ? lines[h].indexOf(to) - 2 : undefined;
  const rows: string[][] = [];
  for (const line of lines.slice(h + 1)) {
    if (/^\S/.test(line)) break; // the next table's title
    if (/^\s+\d+\s/.test(line)) rows.push([]);
    const cell = line.slice(start, end).trim();
    if (rows.length && cell) rows[rows.length - 1].push(cell);
  }
  return rows;
}

/** Lines of `cell` that `name` spans: the fewest consecutive lines whose joined text holds it. */
function linesSpanned(cell: string[], name: string): number {
  for (let n = 1; n <= cell.length; n++) for (let i = 0; i + n <= cell.length; i++) if (cell.slice(i, i + n).join(' ').includes(name)) return n;
  return Infinity;
}

describe('Kertas Cadangan label 6 tables read back (001 §3.3.4, Jadual 3-1 label 6)', () => {
  let doc: LakarDocument;
  let layout: string;
  let flows: DataFlow[];
  beforeAll(async () => {
    doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    layout = pdfText(await buildProposalPdf(doc, { lang: 'ms', date: DATE }), 'layout');
    flows = doc.relations.values().filter((r): r is DataFlow => r.kind === 'dataFlow');
  });
  const name = (id: string) => doc.elements.get(id)!.name;

  it('"Aliran data dan kaedah integrasi": each flow’s data names on one or two lines, each Servis ID whole when its lines are joined', () => {
    const header = /Bil\.\s+Sumber\s+Sasaran.*Servis ID\s+Data/;
    const data = column(layout, header, 'Data');
    const ids = column(layout, header, 'Servis ID', 'Data');
    expect(data).toHaveLength(flows.length);
    flows.forEach((f, i) => {
      for (const id of f.dataEntityIds ?? []) expect(linesSpanned(data[i], name(id)), `flow ${i + 1}: “${name(id)}” in ${JSON.stringify(data[i])}`).toBeLessThanOrEqual(2);
      const serviceIds = [f.serviceId, f.reverse?.serviceId].filter((x): x is string => !!x);
      // each id from a line of its own (a reviewer read two ids run on with a slash, each broken at its
      // hyphens, as one), broken only after a hyphen, never inside a name
      const lines = [...ids[i]];
      for (const id of serviceIds) {
        let joined = '';
        while (lines.length && joined.length < id.length) {
          if (joined) expect(joined, `flow ${i + 1}: ${JSON.stringify(ids[i])}`).toMatch(/-$/);
          joined += lines.shift();
        }
        expect(joined, `flow ${i + 1}: ${JSON.stringify(ids[i])}`).toBe(id);
      }
      expect(lines, `flow ${i + 1}`).toEqual([]);
    });
    // the worked example has service ids to break: the test reads a real case
    expect(flows.filter((f) => f.serviceId).length).toBeGreaterThanOrEqual(2);
  });

  it('"Data/Maklumat": every data row names a system in "Diakses oleh", data reached only by a flow its receiving system and supplier', () => {
    const accessedBy = column(layout, /Bil\.\s+Nama\s+Klasifikasi.*Diakses oleh/, 'Diakses oleh').map((cell) => cell.join(' '));
    const data = doc.elements.values().filter((e) => e.kind === 'dataEntity');
    const systems = doc.elements.values().filter((e) => e.kind === 'application' || e.kind === 'externalSystem' || e.kind === 'module').map((e) => e.name);
    expect(accessedBy).toHaveLength(data.length);
    accessedBy.forEach((cell, i) => expect(systems.some((s) => cell.includes(s)), `${data[i].name}: “${cell}”`).toBe(true));
    const spatial = accessedBy[data.findIndex((e) => e.name === 'Data Spatial Lokasi')];
    expect(spatial).toContain('Sistem Pengambilan Pekerja (melalui Web Map Service daripada Sistem D)');
    // a system already listed by its own access is not named again for a flow bringing it the data
    const tapisan = accessedBy[data.findIndex((e) => e.name === 'Keputusan Tapisan Calon')];
    expect(tapisan.split('Sistem Pengambilan Pekerja').length - 1).toBe(1);
  });
});

describe('the English paper’s "Data/Information" table read back (001 §3.3.4, Jadual 3-1 label 6)', () => {
  it('reads each data name on one or two lines, and ends no cell with a lone one- or two-letter word (“Sistem” over “D)”)', async () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const layout = pdfText(await buildProposalPdf(doc, { lang: 'en', date: DATE }), 'layout');
    const header = /No\.\s+Name\s+Classification.*Accessed by/;
    const names = column(layout, header, 'Name', 'Classification');
    const data = doc.elements.values().filter((e) => e.kind === 'dataEntity');
    expect(names).toHaveLength(data.length);
    // "Maklumat Kelayakan Akademik" took three lines beside the English column titles
    data.forEach((e, i) => expect(linesSpanned(names[i], e.name), `${e.name} in ${JSON.stringify(names[i])}`).toBeLessThanOrEqual(2));
    for (const [i, cell] of column(layout, header, 'Accessed by').entries()) {
      expect(cell.length > 1 && cell[cell.length - 1].replace(/[^\p{L}\p{N}]/gu, '').length <= 2, `${data[i].name}: ${JSON.stringify(cell)}`).toBe(false);
    }
  });
});
