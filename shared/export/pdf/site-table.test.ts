/**
 * The Kertas Cadangan's "Lokasi infrastruktur" table (label 7, §6.7 of the paper), read back from the
 * printed page (pdftotext word boxes): each site's placement matters in a column of their own beside
 * its software (001 §3.3.4 g: "setiap lokasi perlu menyenaraikan perkakasan serta bilangan, perisian
 * dan perkara yang berkaitan dengan penempatan infrastruktur di lokasi tersebut"), and a quantity
 * never printed apart from its item ("Pelayan aplikasi ×" over a lone "4").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfWords, type WordBox } from '../../../test/fixtures/export/poppler';
import { linesOf } from '../../../test/helpers/pdf-pages';
import type { Element } from '../../model/schema';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildProposalPdf } from './proposal';

type Site = Extract<Element, { kind: 'site' }>;
const DATE = new Date('2026-03-15T08:00:00Z');

/**
 * Words of the table titled `title`, from its title down to the title `next`, in reading order; a
 * table running over pages has its later pages' words below the earlier ones' (y + 10,000 a page).
 */
async function tableWords(doc: ReturnType<typeof pengambilanPekerjaExample>, lang: 'ms' | 'en', title: string, next: string): Promise<WordBox[]> {
  const pages = pdfWords(await buildProposalPdf(doc, { lang, check: false, date: DATE }));
  // the running header and footer (top and bottom 60 pt) are no part of a table that runs on to the next page
  const body = (page: (typeof pages)[number]) => page.words.filter((w) => w.yMin > 60 && w.yMax < page.height - 60);
  const all = pages.flatMap((page, p) => body(page).map((w) => ({ ...w, yMin: w.yMin + p * 10_000, yMax: w.yMax + p * 10_000 })));
  const at = (phrase: string, from: number) => all.findIndex((w, i) => i >= from && phrase.split(' ').every((part, k) => all[i + k]?.text === part));
  const start = at(title, 0);
  if (start < 0) throw new Error(`no table ${title}`);
  const end = at(next, start);
  return all.slice(start + title.split(' ').length, end < 0 ? undefined : end);
}

describe('the paper\'s "Lokasi infrastruktur" table (001 §3.3.4 g, Jadual 3-1 label 7)', () => {
  const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  let ms: WordBox[];
  beforeAll(async () => {
    ms = await tableWords(example(), 'ms', 'Lokasi infrastruktur', 'Rangkaian dan kelajuan');
  });

  it("prints each site's placement matters in the Penempatan column, on the site's row, beside its software", () => {
    const header = (text: string) => ms.find((w) => w.text === text)!;
    const [software, placement, hosts] = [header('Perisian'), header('Penempatan'), header('Menempatkan')];
    expect(placement, 'Penempatan column').toBeDefined();
    expect(placement.xMin).toBeGreaterThan(software.xMin);
    expect(hosts.xMin).toBeGreaterThan(placement.xMin);
    const sites = [...example().elements.values()].filter((e): e is Site => e.kind === 'site');
    // rows top to bottom: each from its name (bold, in the Nama column) to the next site's
    const tops = sites.map((s) => ms.find((w) => w.text === s.name.split(' ')[0] && w.xMax < software.xMin - 40)!.yMin);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    sites.forEach((site, i) => {
      const row = ms.filter((w) => w.yMin >= tops[i] - 0.5 && (i + 1 === sites.length || w.yMin < tops[i + 1] - 0.5));
      const inColumn = row.filter((w) => w.xMin >= placement.xMin - 0.5 && w.xMax <= hosts.xMin);
      expect(linesOf(inColumn).map((l) => l.map((w) => w.text).join(' ')).join(' '), site.name).toBe(site.placement!.join(' '));
    });
  });

  it("prints each hosting site's role in its type-and-place column (003 §3.2.8: which site is production, which the recovery centre)", () => {
    const header = ms.find((w) => w.text === 'Jenis,')!;
    const hardware = ms.find((w) => w.text === 'Perkakasan')!;
    expect(header, 'Jenis, Tempat dan Peranan column').toBeDefined();
    const sites = [...example().elements.values()].filter((e): e is Site => e.kind === 'site');
    const tops = sites.map((s) => ms.find((w) => w.text === s.name.split(' ')[0] && w.xMax < header.xMin)!.yMin);
    const roles: Record<string, string | undefined> = { site_pdsa: 'Produksi', site_cfa: 'Produksi', site_drc: undefined, site_onsite: 'Produksi', site_hq: undefined };
    sites.forEach((site, i) => {
      const row = ms.filter((w) => w.yMin >= tops[i] - 0.5 && (i + 1 === sites.length || w.yMin < tops[i + 1] - 0.5));
      const cell = linesOf(row.filter((w) => w.xMin >= header.xMin - 0.5 && w.xMax <= hardware.xMin)).map((l) => l.map((w) => w.text).join(' '));
      // the role the planner stated: the example's MyGovCloud@CFA runs the front end in production
      if (roles[site.id]) expect(cell[cell.length - 1], site.name).toBe(roles[site.id]);
      // none where nothing is hosted, and a DRC's type already says what it is for
      else expect(cell.join(' '), site.name).not.toMatch(/Produksi|Awan|\(DR\)/);
    });
  });

  it('prints no role a planner did not state: a MyGovCloud@CFA site is not "Awan" by its type (001 §2.6.5 c: where data is kept; 003 §3.2.8)', async () => {
    const doc = example();
    const cfa = doc.elements.get('site_cfa') as Site;
    doc.elements = doc.elements.set('site_cfa', { ...cfa, role: undefined });
    const words = await tableWords(doc, 'ms', 'Lokasi infrastruktur', 'Rangkaian dan kelajuan');
    const header = words.find((w) => w.text === 'Jenis,')!;
    const hardware = words.find((w) => w.text === 'Perkakasan')!;
    const top = words.find((w) => w.text === 'MyGovCloud@CFA' && w.xMax < header.xMin)!.yMin;
    const next = words.find((w) => w.text === 'On-site' && w.xMax < header.xMin)!.yMin;
    const cell = words.filter((w) => w.yMin >= top - 0.5 && w.yMin < next - 0.5 && w.xMin >= header.xMin - 0.5 && w.xMax <= hardware.xMin);
    expect(cell.map((w) => w.text).join(' ')).toContain('MyGovCloud@CFA');
    expect(cell.map((w) => w.text).join(' ')).not.toMatch(/Awan|Produksi/);
  });

  it('keeps every quantity on the line of its item, "× 4" never apart from the word before it', async () => {
    // items of many lengths, so that a line would end right at a "×" or its number somewhere
    const doc = example();
    const items = ['Pelayan aplikasi', 'Pelayan pangkalan data', 'Suis rangkaian teras', 'Pengimbang beban aplikasi', 'Komputer meja pegawai', 'Pencetak laser berwarna', 'Storan rangkaian NAS', 'Tembok api generasi baharu'];
    for (const id of ['site_pdsa', 'site_hq', 'site_onsite']) {
      const site = doc.elements.get(id) as Site;
      doc.elements = doc.elements.set(id, { ...site, hardware: items.map((item, i) => ({ item, quantity: 2 + i * 7 })) });
    }
    for (const lang of ['ms', 'en'] as const) {
      const words = await tableWords(doc, lang, lang === 'ms' ? 'Lokasi infrastruktur' : 'Infrastructure sites', lang === 'ms' ? 'Rangkaian dan kelajuan' : 'Networks and speeds');
      const lines = linesOf(words);
      const times = lines.flatMap((l) => l.map((w, i) => ({ line: l, i, w })).filter((x) => x.w.text === '×'));
      const hardware = [...doc.elements.values()].flatMap((e) => (e.kind === 'site' ? (e.hardware ?? []) : []));
      expect(times.length, lang).toBe(hardware.length);
      for (const { line, i } of times) {
        // a word before it and its number after it, close by on the same line
        expect(line[i - 1] && line[i].xMin - line[i - 1].xMax < 3, `${lang}: ${line.map((w) => w.text).join(' ')}`).toBe(true);
        expect(/^\d+$/.test(line[i + 1]?.text ?? '') && line[i + 1].xMin - line[i].xMax < 3, `${lang}: ${line.map((w) => w.text).join(' ')}`).toBe(true);
      }
    }
  });
});
