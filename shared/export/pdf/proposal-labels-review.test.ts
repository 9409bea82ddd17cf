/**
 * The "Elemen Reka Bentuk Perkhidmatan (Jadual 3-1)" part of the Kertas Cadangan read back with
 * pdftotext, as a reviewer of the Sector Digital Team reads it beside Panduan WoG §3.3 (Jadual 3-1,
 * §3.3.4): each label's heading stays with what it introduces, and the part says what the model holds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/fixtures/export/poppler';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildProposalPdf } from './proposal';
import { designSections } from './sections';

const DATE = new Date('2026-03-15T08:00:00Z');
const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

describe('the Jadual 3-1 part of the worked example’s Kertas Cadangan', () => {
  let pages: string[];
  beforeAll(async () => {
    const bytes = await buildProposalPdf(example(), { lang: 'ms', date: DATE });
    pages = pdfText(bytes, 'layout').split('\f');
  });

  it('never leaves a label’s heading and description at the foot of a page with its first table on the next', () => {
    for (const section of designSections(example(), 'ms')) {
      const heading = `6.${section.label} Label ${section.label}:`;
      // the page of the heading itself, not the table of contents
      const at = pages.findIndex((p) => p.includes(heading) && !p.includes('Kandungan'));
      expect(at, heading).toBeGreaterThan(0);
      const after = pages[at].slice(pages[at].indexOf(heading)).split('\n').map((l) => l.trim());
      expect(after, `${heading} is followed on its page by its table “${section.tables[0].title}”`).toContain(section.tables[0].title);
    }
  });
});
