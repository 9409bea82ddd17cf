/**
 * A site's hardware on the LMV (Jadual 3-1 label 7; 001 §3.3.4 g: "setiap lokasi perlu
 * menyenaraikan perkakasan serta bilangan, perisian …"): each item with its quantity is read in
 * full, wrapped onto more lines in a taller box rather than cut with "…".
 */
import { describe, expect, it } from 'vitest';
import { makeDocument, makeElement } from '../../test/helpers/factories';
import { pdfText } from '../../test/fixtures/export/poppler';
import { buildProposalPdf } from '../export/pdf/proposal';
import { viewToSvg } from '../export/svg';
import type { Element, LakarDocument } from '../model/schema';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { TEXT, TEXT_PAD } from './text';

type Site = Extract<Element, { kind: 'site' }>;

/** The box of `id` in an SVG LMV: its height and the lines of small text under its name (y, text). */
function siteBox(svg: string, id: string): { y: number; h: number; facts: { y: number; text: string }[] } {
  const group = new RegExp(`<g data-element="${id}"[^>]*>([\\s\\S]*?)</g>`).exec(svg)![1];
  const rect = /<rect x="[^"]+" y="([^"]+)" width="[^"]+" height="([^"]+)"/.exec(group)!;
  const facts = [...group.matchAll(/<text x="[^"]+" y="([^"]+)" font-size="11" fill="[^"]+">([^<]*)<\/text>/g)].map((m) => ({ y: Number(m[1]), text: m[2].replace(/&amp;/g, '&') }));
  return { y: Number(rect[1]), h: Number(rect[2]), facts };
}

describe("a site's hardware on the LMV (001 §3.3.4 g, Jadual 3-1 label 7)", () => {
  it('reads every site of the worked example in full, the specification and the quantity, without "…"', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const svg = viewToSvg(doc, 'view_main');
    const sites = [...doc.elements.values()].filter((e): e is Site => e.kind === 'site' && doc.views.view_main.nodes[e.id] !== undefined);
    expect(sites.length).toBeGreaterThan(0);
    for (const site of sites) {
      const box = siteBox(svg, site.id);
      const read = box.facts.map((f) => f.text).join(' ');
      for (const h of site.hardware ?? []) expect(read, site.name).toContain(`${h.item} × ${h.quantity}`);
      expect(read, site.name).not.toContain('…');
    }
    // the line cut before this change: MyGovCloud@CFA's virtual machines and their memory
    expect(siteBox(svg, 'site_cfa').facts.map((f) => f.text).join(' ')).toContain('Mesin maya (8 vCPU, 32 GB) × 4');
  });

  it('grows the box for wrapped lines, keeps a quantity with its item, and sums up items past four', () => {
    const long = 'Pelayan pangkalan data berkluster (64 vCPU, 512 GB RAM, storan NVMe 20 TB, dua bekalan kuasa) tambahan';
    const many: Site = makeElement('site', {
      id: 'site_many',
      name: 'PDSA JDN',
      hardware: [{ item: long, quantity: 7 }, { item: 'Mesin maya (8 vCPU, 32 GB RAM)', quantity: 4 }, { item: 'Suis teras', quantity: 2 }, { item: 'Pencetak', quantity: 1 }, { item: 'Tembok api', quantity: 2 }],
    });
    const doc: LakarDocument = makeDocument([many]);
    const box = siteBox(viewToSvg(doc, 'view_main'), 'site_many');
    const read = box.facts.map((f) => f.text);
    // three items, then the other two in one line
    expect(read.at(-1)).toBe('+2 lagi');
    expect(read.join(' ')).toContain('Mesin maya (8 vCPU, 32 GB RAM) × 4');
    expect(read.join(' ')).toContain('Suis teras × 2');
    // an item too long for three lines loses the end of its name, never its quantity
    expect(read.join(' ')).toMatch(/… × 7/);
    expect(read.filter((t) => t.includes('…'))).toHaveLength(1);
    // the box is tall enough: every line inside it and under the caption and the name, not over them
    expect(box.facts.length).toBeGreaterThan(5);
    const nameBottom = box.y + TEXT_PAD + TEXT.caption + 4 + TEXT.nameLine;
    expect(box.facts[0].y - TEXT.fact).toBeGreaterThanOrEqual(nameBottom);
    for (const f of box.facts) expect(f.y).toBeLessThanOrEqual(box.y + box.h);
  });

  it('puts short items on one line, in order, and an item that wraps on lines of its own: a site listing hardware, software and placement matters is no taller than its neighbours', () => {
    const site = (hardware: { item: string; quantity: number }[]): Site => makeElement('site', { id: 'site_x', name: 'On-site', hardware, software: ['Pelayar web'], placement: ['Kaunter pejabat negeri'] });
    const factsOf = (s: Site, w: number) => {
      const doc = makeDocument([s]);
      doc.views.view_main.nodes[s.id] = { ...doc.views.view_main.nodes[s.id], w };
      return siteBox(viewToSvg(doc, 'view_main'), s.id);
    };
    const counters = site([{ item: 'Komputer kaunter', quantity: 10 }, { item: 'Pencetak', quantity: 5 }, { item: 'Pengimbas', quantity: 2 }]);
    // 230 wide: the first two share a line, the third does not fit beside them
    expect(factsOf(counters, 230).facts.map((f) => f.text)).toEqual(['Komputer kaunter × 10, Pencetak × 5', 'Pengimbas × 2', 'Perisian: Pelayar web', 'Penempatan: Kaunter pejabat negeri']);
    // too narrow for two: one a line, the box taller by a line
    expect(factsOf(counters, 170).facts.map((f) => f.text).slice(0, 3)).toEqual(['Komputer kaunter × 10', 'Pencetak × 5', 'Pengimbas × 2']);
    // an item wrapped onto two lines keeps them to itself: the next item starts a line
    const wrapped = factsOf(site([{ item: 'Mesin maya (8 vCPU, 32 GB)', quantity: 4 }, { item: 'Suis', quantity: 2 }]), 170).facts.map((f) => f.text);
    expect(wrapped.slice(0, 3)).toEqual(['Mesin maya (8 vCPU,', '32 GB) × 4', 'Suis × 2']);
    // the worked example's On-site (001 §3.3.4 g): as tall as PDSA JDN, which lists one item
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const svg = viewToSvg(doc, 'view_main');
    expect(siteBox(svg, 'site_onsite').facts.map((f) => f.text)[0]).toBe('Komputer kaunter × 10, Pencetak × 5');
    expect(siteBox(svg, 'site_onsite').h).toBe(siteBox(svg, 'site_pdsa').h);
  });

  it('never parts a number from its unit, nor a quantity from its "×", on the SVG and on the paper', async () => {
    // a number at a line's end and its unit at the next line's start reads as two facts: "32" and "GB) × 4"
    const parted = (lines: string[]) => lines.flatMap((l, i) => (/(^|\s)\(?\d[\d.,]*$/.test(l) && /^[A-Za-z]/.test(lines[i + 1] ?? '') ? [`${l} / ${lines[i + 1]}`] : []));
    const items = ['Mesin maya (8 vCPU, 32 GB)', 'Pelayan storan 2 TB (RAID 6, 12 cakera 4 TB)', 'Suis rangkaian 48 port 10 Gbps', 'Komputer riba 16 GB RAM 512 GB SSD'];
    for (const width of [150, 170, 190, 230]) {
      const sites: Site[] = items.map((item, i) => makeElement('site', { id: `site_${i}`, name: `Lokasi ${i}`, hardware: [{ item, quantity: 12 }] }));
      const doc: LakarDocument = makeDocument(sites);
      for (const s of sites) doc.views.view_main.nodes[s.id] = { ...doc.views.view_main.nodes[s.id], w: width };
      const svg = viewToSvg(doc, 'view_main');
      for (const s of sites) {
        const lines = siteBox(svg, s.id).facts.map((f) => f.text);
        expect(parted(lines), `${s.hardware![0].item} at ${width}`).toEqual([]);
        expect(lines.filter((l) => /^×|×$/.test(l.trim())), `${s.hardware![0].item} at ${width}`).toEqual([]);
        expect(lines.join(' ')).toContain(`${s.hardware![0].item} × 12`);
      }
    }
    // the worked example's paper, MyGovCloud@CFA narrowed to the default width (the layout widens it,
    // scene.ts layoutWidth): its item wraps, the memory and quantity on one printed line
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    doc.views.view_main.nodes.site_cfa = { ...doc.views.view_main.nodes.site_cfa, w: 170 };
    const paper = pdfText(await buildProposalPdf(doc, { lang: 'ms', date: new Date('2026-03-15T08:00:00Z') }), 'raw').split('\f');
    const lmv = paper.find((p) => p.includes('Lakaran Landscape Map View (LMV) Cadangan') && !p.includes('Kandungan'))!;
    const printed = lmv.split('\n').map((l) => l.trim());
    expect(printed).toContain('Mesin maya (8 vCPU,');
    expect(printed).toContain('32 GB) × 4');
  });
});
