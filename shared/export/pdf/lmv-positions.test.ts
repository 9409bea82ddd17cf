/**
 * The Kertas Cadangan's LMV page of files whose positions cannot be drawn as they are: a .lakar.json
 * written by a script (no positions, or every node at (0,0)), or a view that lists no nodes. Read
 * back from the PDF's text positions: every element's name lies in the band of its kind (001 §3.3,
 * Jadual 3-1), and nothing is missing.
 */
import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfWords, type WordBox } from '../../../test/fixtures/export/poppler';
import { importFiles } from '../../interchange';
import { toLakarJson } from '../../interchange/json';
import { bandOf } from '../../model/kinds';
import type { LakarDocument } from '../../model/schema';
import { BANDS } from '../../model/vocabulary';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildProposalPdf } from './proposal';

const NOW = '2026-01-01T00:00:00.000Z';

/** The LMV page's words (the first A3 page). */
async function lmvPage(doc: LakarDocument): Promise<WordBox[]> {
  const bytes = await buildProposalPdf(doc, { lang: 'ms', check: false, date: new Date(NOW) });
  const page = pdfInfo(bytes).pageSizes.findIndex((p) => p.paper === 'A3');
  return pdfWords(bytes)[page].words;
}

/**
 * y of `name` where it is drawn as a box's name: of the places its words stand one after another, the
 * one in the largest type (names are set larger than line labels, which may quote a data entity).
 */
function nameAt(words: WordBox[], name: string): number | undefined {
  return nameBox(words, name)?.yMin;
}

function nameBox(words: WordBox[], name: string): WordBox | undefined {
  const parts = name.split(/\s+/);
  let best: WordBox | undefined;
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (!parts.every((p, k) => words[i + k].text === p)) continue;
    const w = words[i];
    if (!best || w.yMax - w.yMin > best.yMax - best.yMin + 0.3) best = w;
  }
  return best;
}

/** Vertical extent of each band on the page, from the band numbers in the label column. */
function bandRanges(words: WordBox[]): [number, number][] {
  const left = Math.min(...words.filter((w) => w.text === '1').map((w) => w.xMin)) + 20;
  const tops = BANDS.map((_, i) => words.find((w) => w.text === String(i + 1) && w.xMin < left)!.yMin);
  return tops.map((top, i) => [top - 4, i + 1 < tops.length ? tops[i + 1] - 4 : Infinity]);
}

function expectEveryElementInItsBand(doc: LakarDocument, all: WordBox[]): void {
  const bands = bandRanges(all);
  // the drawing only: under the top of band 1 (the running header names the service too)
  const words = all.filter((w) => w.yMin >= bands[0][0]);
  for (const el of doc.elements.values()) {
    if (el.kind === 'module' || el.kind === 'appService') continue; // drawn inside their application, checked with it
    const y = nameAt(words, el.name);
    expect(y, `${el.name} is drawn`).toBeDefined();
    const [top, bottom] = bands[BANDS.indexOf(bandOf(el.kind))];
    expect(y! >= top && y! < bottom, `${el.name} (${el.kind}) in its band: ${y} not in ${top}–${bottom}`).toBe(true);
  }
  // and not piled up: no two names start at the same spot
  const spots = doc.elements.values().map((el) => nameBox(words, el.name)!).map((w) => `${Math.round(w.xMin / 4)},${Math.round(w.yMin / 4)}`);
  expect(new Set(spots).size).toBe(spots.length);
}

async function importJson(json: string): Promise<{ doc: LakarDocument; warnings: { key: string }[] }> {
  const { doc, warnings } = await importFiles([{ name: 'model.lakar.json', data: new TextEncoder().encode(json) }]);
  return { doc, warnings };
}

describe('the Kertas Cadangan LMV of a view without usable positions', () => {
  it('lays out a .lakar.json whose nodes have no positions, every element in its band', async () => {
    const source = JSON.parse(toLakarJson(pengambilanPekerjaExample(NOW)));
    for (const id of Object.keys(source.views.view_main.nodes)) source.views.view_main.nodes[id] = {};
    delete source.views.view_main.bandHeights;
    const { doc, warnings } = await importJson(JSON.stringify(source));
    expect(warnings.map((w) => w.key)).toContain('warning.viewLaidOut');
    expectEveryElementInItsBand(doc, await lmvPage(doc));
  });

  it('lays out a .lakar.json whose nodes are all at (0,0), every element in its band', async () => {
    const source = JSON.parse(toLakarJson(pengambilanPekerjaExample(NOW)));
    for (const id of Object.keys(source.views.view_main.nodes)) source.views.view_main.nodes[id] = { x: 0, y: 0 };
    delete source.views.view_main.bandHeights;
    const { doc } = await importJson(JSON.stringify(source));
    expectEveryElementInItsBand(doc, await lmvPage(doc));
  });

  it('still lays out (0,0) positions when the document reaches the export without an import', async () => {
    const doc = pengambilanPekerjaExample(NOW);
    for (const id of Object.keys(doc.views.view_main.nodes)) doc.views.view_main.nodes[id] = { x: 0, y: 0 };
    delete doc.views.view_main.bandHeights;
    expectEveryElementInItsBand(doc, await lmvPage(doc));
  });

  it('draws the whole model when the view lists no nodes, and says why', async () => {
    const doc = pengambilanPekerjaExample(NOW);
    doc.views.view_main.nodes = {};
    const words = await lmvPage(doc);
    expectEveryElementInItsBand(doc, words);
    expect(words.map((w) => w.text).join(' ')).toContain(`${doc.elements.ids().length} elemen model yang tiada dalam mana-mana paparan`);
  });

  it('draws the whole model when it has no view at all (a model written by a script)', async () => {
    const doc = pengambilanPekerjaExample(NOW);
    doc.views = {};
    const words = await lmvPage(doc);
    expectEveryElementInItsBand(doc, words);
    expect(words.map((w) => w.text).join(' ')).toContain(`${doc.elements.ids().length} elemen model yang tiada dalam mana-mana paparan`);
  });

  it('prints the As-Is view under its own title and still draws the proposal from the model', async () => {
    const doc = pengambilanPekerjaExample(NOW);
    const asIs = ['tg_g2c', 'ch_counter', 'sys_a'];
    doc.views.view_asis = { id: 'view_asis', name: 'Semasa', order: 1, state: 'asIs', nodes: Object.fromEntries(asIs.map((id) => [id, doc.views.view_main.nodes[id]])) };
    doc.views.view_main.nodes = {};
    const bytes = await buildProposalPdf(doc, { lang: 'ms', check: false, date: new Date(NOW) });
    const a3 = pdfInfo(bytes).pageSizes.flatMap((p, i) => (p.paper === 'A3' ? [i] : []));
    expect(a3).toHaveLength(2);
    const proposed = pdfWords(bytes)[a3[1]].words;
    expect(proposed.map((w) => w.text).join(' ')).toContain('Lakaran Landscape Map View (LMV) Cadangan');
    // the As-Is view's three elements are shown there; the proposal draws the other forty
    const others = doc.elements.ids().length - asIs.length;
    expect(proposed.map((w) => w.text).join(' ')).toContain(`${others} elemen model yang tiada dalam mana-mana paparan`);
    expect(nameAt(proposed, 'Pengesahan')).toBeDefined();
  });

  it('counts the elements a user hid from every view instead of drawing them', async () => {
    const doc = pengambilanPekerjaExample(NOW);
    for (const id of ['sec_hsm', 'sec_siem']) delete doc.views.view_main.nodes[id];
    doc.views.view_main.hidden = ['sec_hsm', 'sec_siem'];
    const words = await lmvPage(doc);
    expect(nameAt(words, 'SIEM')).toBeUndefined();
    expect(words.map((w) => w.text).join(' ')).toContain('2 elemen model disembunyikan');
  });
});

describe('the Kertas Cadangan LMV page of the worked example, as a reviewer reads it', () => {
  it('fits on one A3 page, bands using the width, no text smaller than 6 pt', async () => {
    const doc = pengambilanPekerjaExample(NOW);
    const bytes = await buildProposalPdf(doc, { lang: 'ms', check: false, date: new Date(NOW) });
    const sizes = pdfInfo(bytes).pageSizes;
    const index = sizes.findIndex((p) => p.paper === 'A3');
    // one A3 page: the next page is not another part of the same figure
    expect(pdfWords(bytes)[index + 1]?.words.map((w) => w.text).join(' ') ?? '').not.toContain('bahagian 2');
    const page = pdfWords(bytes)[index];
    // a word's box is as tall as its type: the running header is set in 7.5 pt
    const header = page.words.find((w) => w.text === 'KERTAS')!;
    const perPoint = (header.yMax - header.yMin) / 7.5;
    const smallest = Math.min(...page.words.map((w) => w.yMax - w.yMin));
    expect(smallest / perPoint).toBeGreaterThanOrEqual(5.95);
    // every band's boxes spread over most of the drawing's width (the guide's Rajah 3-1 reads across)
    const bands = bandRanges(page.words);
    const right = Math.max(...page.words.map((w) => w.xMax));
    const first = page.words.filter((w) => w.yMin > bands[0][0] && w.yMin < bands[0][1] && w.xMin > 100);
    expect(Math.max(...first.map((w) => w.xMax)) - Math.min(...first.map((w) => w.xMin))).toBeGreaterThan((right - 100) * 0.6);
  });
});
