/**
 * A site's software and its placement matters on the LMV (Jadual 3-1 label 7; 001 §3.3.4 g:
 * "setiap lokasi perlu menyenaraikan perkakasan serta bilangan, perisian dan perkara yang berkaitan
 * dengan penempatan infrastruktur di lokasi tersebut"): read back from the exported SVG (box
 * geometry) and from the paper's LMV page (pdftotext word boxes), each site's lists inside its own
 * box, software before placement, and the worked example's LMV still on one A3 page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfWords, type WordBox } from '../../test/fixtures/export/poppler';
import { makeDocument, makeElement } from '../../test/helpers/factories';
import { all, readLmvSvg } from '../../test/helpers/lmv-geometry';
import { parseXml } from '../interchange/oef/xml';
import { buildProposalPdf } from '../export/pdf/proposal';
import { viewToSvg } from '../export/svg';
import type { Element, LakarDocument } from '../model/schema';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { oneLineWidth, TEXT, TEXT_PAD } from './text';

type Site = Extract<Element, { kind: 'site' }>;
const NOW = '2026-01-01T00:00:00.000Z';
const example = () => pengambilanPekerjaExample(NOW);
/** The lists a site box prints after its hardware, in order, with their words in either language. */
const LISTS = [
  { field: 'software', ms: 'Perisian', en: 'Software' },
  { field: 'placement', ms: 'Penempatan', en: 'Placement' },
] as const;
type List = (typeof LISTS)[number];
const sitesOf = (doc: LakarDocument, list: List) => [...doc.elements.values()].filter((e): e is Site => e.kind === 'site' && (e[list.field]?.length ?? 0) > 0);

/** Fact lines (small upright type; the caption is italic) drawn in the group of `id`, with where they stand. */
function factTexts(svg: string, id: string): { x: number; y: number; text: string }[] {
  const group = all(parseXml(svg), (e) => e.name === 'g' && e.attrs['data-element'] === id)[0];
  return group.children.filter((c) => c.name === 'text' && c.attrs['font-size'] === String(TEXT.fact) && c.attrs['font-style'] !== 'italic').map((t) => ({ x: Number(t.attrs.x), y: Number(t.attrs.y), text: t.text.trim() }));
}

describe.each(LISTS)("a site's $ms on the LMV (001 §3.3.4 g, Jadual 3-1 label 7)", (list) => {
  it("lists it inside each site's box on the exported SVG, under its hardware and any list before it, in either language", () => {
    const doc = example();
    // all five sites list their software and their placement matters (Ibu Pejabat Agensi PQRST and On-site their desktops' and counters')
    expect(sitesOf(doc, list).length).toBe(5);
    for (const lang of ['ms', 'en'] as const) {
      const word = list[lang];
      const svg = viewToSvg(doc, 'view_main', { lang });
      const boxes = readLmvSvg(svg).boxes;
      for (const site of sitesOf(doc, list)) {
        const box = boxes.find((b) => b.id === site.id)!;
        const lines = factTexts(svg, site.id);
        const read = lines.map((l) => l.text).join(' ');
        expect(read, site.name).toContain(`${word}: ${site[list.field]!.join(', ')}`);
        // under the hardware and the lists before it, and inside the box: left, right (by the width wrapping counts on) and bottom
        expect(read.indexOf(`${word}:`), site.name).toBeGreaterThan(read.indexOf(`${site.hardware![0].item} × ${site.hardware![0].quantity}`));
        for (const before of LISTS.slice(0, LISTS.indexOf(list))) if (site[before.field]?.length) expect(read.indexOf(`${word}:`), site.name).toBeGreaterThan(read.indexOf(`${before[lang]}:`));
        // the box grew for them: the first fact line starts under the name's last line, not over it
        const name = all(parseXml(svg), (e) => e.name === 'g' && e.attrs['data-element'] === site.id)[0].children.find((c) => c.name === 'text' && c.attrs['font-weight'] === 'bold')!;
        const nameBaseline = Number(name.attrs.y) + (name.children.filter((c) => c.name === 'tspan').length - 1) * TEXT.nameLine;
        expect(lines[0].y - TEXT.fact, site.name).toBeGreaterThanOrEqual(nameBaseline);
        for (const l of lines) {
          expect(l.x, `${site.name}: ${l.text}`).toBeGreaterThanOrEqual(box.x);
          expect(l.x + oneLineWidth(l.text, TEXT.fact), `${site.name}: ${l.text}`).toBeLessThanOrEqual(box.x + box.w - TEXT_PAD + 0.5);
          expect(l.y, `${site.name}: ${l.text}`).toBeLessThanOrEqual(box.y + box.h);
          expect(l.y - TEXT.fact, `${site.name}: ${l.text}`).toBeGreaterThan(box.y);
        }
      }
    }
  });

  it('sums up items that do not fit in two lines as "+n lagi", never cutting the count', () => {
    const read = (items: string[]) => {
      const site: Site = makeElement('site', { id: 'site_sw', name: 'PDSA JDN', hardware: [{ item: 'Pelayan aplikasi', quantity: 4 }], [list.field]: items });
      const lines = factTexts(viewToSvg(makeDocument([site]), 'view_main'), 'site_sw').map((l) => l.text);
      const from = lines.findIndex((l) => l.startsWith(`${list.ms}:`));
      expect(from).toBeGreaterThan(0);
      expect(lines.length - from).toBeLessThanOrEqual(2);
      return lines.slice(from).join(' ');
    };
    // whole items as long as they fit, then the count of the others
    if (list.field === 'software') expect(read(['Linux', 'Apache', 'PostgreSQL', 'ClamAV', 'Bacula', 'Nginx', 'Redis'])).toBe('Perisian: Linux, Apache, PostgreSQL, +4 lagi');
    else expect(read(['Rak 10U', 'UPS berganda', 'Dua talian 10 Gbps', 'Bilik server aras 3', 'Kunci biometrik'])).toBe('Penempatan: Rak 10U, UPS berganda, +3 lagi');
    // a first item too long for two lines loses its end, not the count
    expect(read(['Sistem pengoperasian Linux Enterprise Server edisi pusat data', 'Apache'])).toMatch(new RegExp(`^${list.ms}: Sistem .*…, \\+1 lagi$`));
  });
});

describe("the worked example's paper: software and placement matters on the LMV page (001 §3.3.4 g)", () => {
  let bytes: Uint8Array;
  let words: WordBox[];
  beforeAll(async () => {
    bytes = await buildProposalPdf(example(), { lang: 'ms', check: false, date: new Date('2026-03-15T08:00:00Z') });
    const page = pdfInfo(bytes).pageSizes.findIndex((p) => p.paper === 'A3');
    words = pdfWords(bytes)[page].words;
  });

  it('keeps the LMV on one A3 page, also drawn from the model by the auto-layout (a view that lists no boxes, a note above it)', async () => {
    expect(pdfInfo(bytes).pageSizes.filter((p) => p.paper === 'A3')).toHaveLength(1);
    const doc = example();
    doc.views.view_main.nodes = {};
    const fromModel = await buildProposalPdf(doc, { lang: 'ms', check: false, date: new Date('2026-03-15T08:00:00Z') });
    expect(pdfInfo(fromModel).pageSizes.filter((p) => p.paper === 'A3')).toHaveLength(1);
  });

  it.each(LISTS)("prints each site's $ms inside its box: between the box's left text edge and its right, under its name, above the row below", (list) => {
    /** Index of the first word of `text` (words in a row, in order). */
    const find = (text: string) => words.findIndex((_, i) => text.split(' ').every((p, k) => words[i + k]?.text === p));
    const networksTop = Math.min(...words.filter((w) => w.text === 'Rangkaian').map((w) => w.yMin));
    for (const site of sitesOf(example(), list)) {
      const name = find(site.name);
      expect(name, site.name).toBeGreaterThanOrEqual(0);
      const parts = site.name.split(' ');
      const nameBox = { xMin: words[name].xMin, xMax: words[name + parts.length - 1].xMax, yMax: words[name].yMax };
      // the box's caption ("Lokasi …") starts at its left text edge; its name is centred in it
      const caption = words.filter((w) => w.text === 'Lokasi' && w.yMax < nameBox.yMax && nameBox.yMax - w.yMax < 20).sort((a, b) => Math.abs(a.xMin - nameBox.xMin) - Math.abs(b.xMin - nameBox.xMin))[0];
      const left = caption.xMin;
      const right = nameBox.xMin + nameBox.xMax - left;
      // the list's line: starts at the box's left text edge under its name, words on one baseline
      const first = words.find((w) => w.text === `${list.ms}:` && Math.abs(w.xMin - left) < 1 && w.yMin > nameBox.yMax && w.yMin < networksTop);
      expect(first, site.name).toBeDefined();
      const line = words.filter((w) => Math.abs(w.yMin - first!.yMin) < 0.5 && w.xMin >= first!.xMin && w.xMin < right).sort((a, b) => a.xMin - b.xMin);
      expect(line.map((w) => w.text).join(' '), site.name).toBe(`${list.ms}: ${site[list.field]!.join(', ')}`);
      for (const w of line) {
        expect(w.xMin, `${site.name}: ${w.text}`).toBeGreaterThanOrEqual(left - 0.5);
        expect(w.xMax, `${site.name}: ${w.text}`).toBeLessThanOrEqual(right + 0.5);
        expect(w.yMin, `${site.name}: ${w.text}`).toBeGreaterThan(nameBox.yMax);
        expect(w.yMax, `${site.name}: ${w.text}`).toBeLessThan(networksTop);
      }
    }
  });
});
