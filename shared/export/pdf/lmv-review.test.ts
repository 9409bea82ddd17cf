/**
 * The LMV drawing (Rajah 1 of the Kertas Cadangan, View › Export SVG) read back as a reviewer of the
 * Sector Digital Team reads it beside Panduan WoG §3.3 (Rajah 3-1, Jadual 3-1): the bands carry the
 * guide's names, and every label, line and box says what it belongs to.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/fixtures/export/poppler';
import { makeDocument, makeElement } from '../../../test/helpers/factories';
import { label } from '../../i18n';
import { parseXml, type XmlElement } from '../../interchange/oef/xml';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { viewToSvg } from '../svg';
import { buildProposalPdf } from './proposal';

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
