/**
 * The LMV drawing (Rajah 1 of the Kertas Cadangan, View › Export SVG) read back as a reviewer of the
 * Sector Digital Team reads it beside Panduan WoG §3.3 (Rajah 3-1, Jadual 3-1): the bands carry the
 * guide's names, and every label, line and box says what it belongs to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/fixtures/interchange/xmllint';
import { pdfText } from '../../../test/fixtures/export/poppler';
import { makeDocument, makeElement } from '../../../test/helpers/factories';
import { readLmvSvg, type DrawnLine, type Pt } from '../../../test/helpers/lmv-geometry';
import { label } from '../../i18n';
import { fromOef, importFiles } from '../../interchange';
import { toLakarJson } from '../../interchange/json';
import { parseXml, type XmlElement } from '../../interchange/oef/xml';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { viewToSvg } from '../svg';
import { buildProposalPdf } from './proposal';
import { buildViewPdf } from './view-pdf';

const DATE = new Date('2026-03-15T08:00:00Z');
const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
/** Jadual 3-1, label 6, column Perkara (after its layer, "Data Architecture"). */
const JADUAL_3_1_LABEL_6 = 'Data/Maklumat dan Agensi Yang Membekalkan Data/Maklumat';

function all(el: XmlElement, pick: (e: XmlElement) => boolean, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (pick(c)) out.push(c);
    all(c, pick, out);
  }
  return out;
}
/** Texts under `el`, in document order, trimmed. */
const texts = (el: XmlElement): string[] => [el.text, ...el.children.flatMap(texts)].map((t) => t.trim()).filter(Boolean);

/** The LMV page of the paper as pdftotext reads it, lines joined by spaces. */
async function lmvPage(doc = example()): Promise<string> {
  const pages = pdfText(await buildProposalPdf(doc, { lang: 'ms', date: DATE }), 'raw').split('\f');
  return pages.find((p) => p.includes('Lakaran Landscape Map View (LMV) Cadangan') && !p.includes('Kandungan'))!.replace(/\s+/g, ' ');
}

describe('the band names of the LMV (Jadual 3-1, column Perkara)', () => {
  let page: string;
  beforeAll(async () => {
    page = await lmvPage();
  });

  it('names band 6 as Jadual 3-1 does, word for word, in the shared label the canvas shows too', () => {
    expect(label('ms', 'band', 'data')).toBe(JADUAL_3_1_LABEL_6);
  });

  it('prints band 6’s full name above its layer on the paper (§3.3.2, Jadual 3-1 label 6)', () => {
    expect(page).toContain(`${JADUAL_3_1_LABEL_6} Data Architecture`);
    expect(page).not.toContain('Agensi Pembekal');
  });

  it('writes band 6’s full name, uncut, in the exported SVG, with its layer under it even in the smallest band the layout makes (Jadual 3-1 label 6)', () => {
    // one data entity: band 6 as low as the layout makes a band
    const doc = makeDocument([makeElement('dataEntity', { id: 'd', name: 'Maklumat Calon' })], []);
    for (const svg of [viewToSvg(example(), 'view_main'), viewToSvg(doc, 'view_main')]) {
      const band = all(parseXml(svg), (g) => g.attrs['data-band'] === 'data' && !g.attrs['data-element'])[0];
      const words = texts(band);
      expect(words.slice(0, -1).join(' '), 'name lines').toBe(`6 ${JADUAL_3_1_LABEL_6}`);
      expect(words.at(-1)).toBe('Data Architecture');
      // every line of the name above the band's foot
      const rect = band.children.find((c) => c.name === 'rect')!;
      const foot = Number(rect.attrs.y) + Number(rect.attrs.height);
      for (const t of all(band, (e) => e.name === 'text')) expect(Number(t.attrs.y)).toBeLessThan(foot - 2);
    }
  });
});

/** A label drawn in an SVG: its box and the relation it names. */
interface DrawnLabel {
  relation: string;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

function drawnLabels(svg: string): DrawnLabel[] {
  return all(parseXml(svg), (g) => g.attrs.class === 'label' && g.attrs['data-relation'] !== undefined).map((g) => {
    const r = g.children.find((c) => c.name === 'rect')!.attrs;
    return { relation: g.attrs['data-relation'], text: texts(g).join(' '), x: Number(r.x), y: Number(r.y), w: Number(r.width), h: Number(r.height) };
  });
}

/** Shortest distance between segment a–b (horizontal or vertical) and the box `l` (0 when it runs through it). */
function gap(l: DrawnLabel, a: Pt, b: Pt): number {
  const dx = Math.max(0, l.x - Math.max(a.x, b.x), Math.min(a.x, b.x) - (l.x + l.w));
  const dy = Math.max(0, l.y - Math.max(a.y, b.y), Math.min(a.y, b.y) - (l.y + l.h));
  return Math.hypot(dx, dy);
}
const nearestGap = (l: DrawnLabel, line: DrawnLine) => Math.min(...line.paths.flatMap((p) => p.slice(1).map((q, i) => gap(l, p[i], q))));

describe('the labels on the LMV’s lines (Rajah 3-1; Jadual 3-1 label 6: the data and how it is integrated)', () => {
  it('puts each flow’s label on or right beside its own line, and never on or beside another line drawn in the same colour and dash', () => {
    const doc = example();
    const svg = viewToSvg(doc, 'view_main');
    const lines = readLmvSvg(svg).lines;
    const labels = drawnLabels(svg);
    expect(labels.length).toBeGreaterThanOrEqual(6);
    const styleOf = (id: string) => {
      const r = doc.relations.get(id)!;
      return r.kind === 'dataFlow' ? (r.method ?? 'other') : r.kind;
    };
    for (const l of labels) {
      const own = lines.filter((line) => line.relation === l.relation);
      expect(Math.min(...own.map((line) => nearestGap(l, line))), `“${l.text}” from its line`).toBeLessThanOrEqual(3);
      // two lines alike: the reader could not tell which one the label names (the label of Sistem B's
      // identity data through MyGDX used to lie over the MyGDX line of Sistem A, 001 §3.3.4 f)
      for (const other of lines.filter((line) => line.relation !== l.relation && styleOf(line.relation) === styleOf(l.relation)))
        expect(nearestGap(l, other), `“${l.text}” beside ${other.relation}`).toBeGreaterThan(3);
    }
  });

  it('covers no box with a label on any view of an imported model: a label on a short line between two boxes side by side moves off it rather than over their names', async () => {
    const { doc } = await fromOef(readFileSync(join(CORPUS, 'archisurance.xml')));
    for (const id of Object.keys(doc.views)) {
      const svg = viewToSvg(doc, id);
      const drawn = readLmvSvg(svg);
      const parents = new Set(drawn.boxes.map((b) => b.parent).filter(Boolean));
      for (const l of drawnLabels(svg))
        for (const b of drawn.boxes.filter((box) => !parents.has(box.id)))
          expect(l.x < b.x + b.w && b.x < l.x + l.w && l.y < b.y + b.h && b.y < l.y + l.h, `${doc.views[id].name}: “${l.text}” over ${doc.elements.get(b.id)!.name}`).toBe(false);
    }
  });

  it('keeps every label within the boxes’ width: one reaching into the band names’ column or past the last box widens the drawing, which then prints smaller (Rajah 3-1 read on one A3 page)', async () => {
    // a .lakar.json without positions, laid out on import: the layout that put a MyGDX label left of every box
    const source = JSON.parse(toLakarJson(example()));
    for (const id of Object.keys(source.views.view_main.nodes)) source.views.view_main.nodes[id] = {};
    delete source.views.view_main.bandHeights;
    const { doc } = await importFiles([{ name: 'model.lakar.json', data: new TextEncoder().encode(JSON.stringify(source)) }]);
    for (const svg of [viewToSvg(example(), 'view_main'), viewToSvg(doc, 'view_main')]) {
      const boxes = readLmvSvg(svg).boxes;
      const left = Math.min(...boxes.map((b) => b.x));
      const right = Math.max(...boxes.map((b) => b.x + b.w));
      for (const l of drawnLabels(svg)) {
        expect(l.x, `“${l.text}” left of the boxes`).toBeGreaterThanOrEqual(left - 12);
        expect(l.x + l.w, `“${l.text}” right of the boxes`).toBeLessThanOrEqual(right + 20);
      }
    }
  });
});

describe('the names in the heads of applications and modules (Jadual 3-1 label 5; 001 §3.3.4 d: “Modul Pengguna, Modul Permohonan dan Modul Laporan”)', () => {
  it('writes every parent box’s name whole on its one-line head, in the SVG and the PDF, on the worked example and every view of an imported model', async () => {
    const { doc: imported } = await fromOef(readFileSync(join(CORPUS, 'archisurance.xml')));
    for (const doc of [example(), imported]) {
      for (const id of Object.keys(doc.views)) {
        const root = parseXml(viewToSvg(doc, id));
        const boxes = all(root, (g) => g.name === 'g' && g.attrs['data-element'] !== undefined);
        const parents = new Set(boxes.map((g) => g.attrs['data-parent']).filter(Boolean));
        for (const g of boxes.filter((b) => parents.has(b.attrs['data-element']))) {
          const name = doc.elements.get(g.attrs['data-element'])!.name;
          // caption, then the name
          expect(texts(g)[1], `${doc.views[id].name}: ${name}`).toBe(name);
        }
      }
    }
    // Archisurance's Layered View: the module “Policy Data Management” holding “Claim InfoServ” was cut to “Policy Data Managem…”
    const layered = Object.values(imported.views).find((v) => v.name === 'Layered View')!;
    const page = pdfText(await buildViewPdf(imported, layered.id, { lang: 'ms', paper: 'a3', orientation: 'landscape', date: DATE }), 'raw');
    expect(page).toContain('Policy Data Management');
    expect(page).not.toMatch(/Managem…/);
  });
});

describe('the legend of the exported SVG (what each line and box of Rajah 3-1’s kind of drawing means)', () => {
  it('explains every symbol in full as the paper does, the bundle’s sentence and the dashed and platform boxes included, inside the drawing’s width', () => {
    const svg = viewToSvg(example(), 'view_main');
    const root = parseXml(svg);
    const legend = all(root, (g) => g.attrs.class === 'legend')[0];
    const words = texts(legend);
    expect(words).toContain('Berkas: setiap elemen di satu hujung berhubung dengan setiap elemen di hujung lain');
    // in the paper's words (Rajah 1's legend), the boxes drawn apart explained too
    for (const entry of ['Aliran MyGDX dilukis melalui platform MyGDX', 'Aliran data (kaedah integrasi): MyGDX', 'Sistem luaran agensi lain', 'Platform DPI / guna sama']) expect(words).toContain(entry);
    expect(words.filter((w) => w.includes('…'))).toEqual([]);
    const width = Number(root.attrs.width);
    const height = Number(root.attrs.height);
    for (const t of all(legend, (e) => e.name === 'text')) {
      // at most the measure wrapByChars uses for 10.5 units a character
      expect(Number(t.attrs.x) + t.text.length * 10.5 * 0.55, t.text).toBeLessThanOrEqual(width);
      expect(Number(t.attrs.y), t.text).toBeLessThanOrEqual(height);
    }
  });
});
