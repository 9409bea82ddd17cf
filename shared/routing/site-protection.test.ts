/**
 * A site's protection and networks on the LMV (001 Jadual 3-1 label 7: infrastructure "termasuk
 * penggunaan HSM … SIEM … DLP"; §3.3.4 g: networks "untuk menghubungkan infrastruktur dengan
 * perkhidmatan bersepadu"). The security controls protecting a site are listed in the site's box
 * ("Dilindungi oleh: HSM, SIEM, DLP"), not drawn as lines: a reviewer read the lines from three
 * controls to four sites under the site boxes as links, and they took the room the networks' lines
 * and speeds need. Read back from the exported SVG and from the paper.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument, makeElement, makeRelation } from '../../test/helpers/factories';
import { pdfInfo, pdfText } from '../../test/fixtures/export/poppler';
import { buildProposalPdf } from '../export/pdf/proposal';
import { viewToSvg } from '../export/svg';
import type { LakarDocument } from '../model/schema';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';

/** The box of `id` in an SVG LMV: its height and its lines of small text under the name. */
function siteBox(svg: string, id: string): { h: number; facts: string[] } {
  const group = new RegExp(`<g data-element="${id}"[^>]*>([\\s\\S]*?)</g>`).exec(svg)![1];
  const h = Number(/<rect x="[^"]+" y="[^"]+" width="[^"]+" height="([^"]+)"/.exec(group)![1]);
  return { h, facts: [...group.matchAll(/<text x="[^"]+" y="[^"]+" font-size="11" fill="[^"]+">([^<]*)<\/text>/g)].map((m) => m[1]) };
}

/** The relations an SVG LMV draws as lines, by id. */
const drawnLines = (svg: string) => new Set([...svg.matchAll(/<path [^>]*data-relation="([^"]+)"/g)].map((m) => m[1]));

describe('a site’s protection and networks on the LMV (001 Jadual 3-1 label 7, §3.3.4 g)', () => {
  const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  const svg = viewToSvg(doc, 'view_main');

  it('lists the controls protecting each site of the worked example in its box, and draws no line for them', () => {
    // every site where the system or the agency's own systems keep Sulit data (On-site: Sistem XY, YZ)
    for (const id of ['site_pdsa', 'site_cfa', 'site_drc', 'site_onsite']) expect(siteBox(svg, id).facts.at(-1), id).toBe('Dilindungi oleh: HSM, SIEM, DLP');
    // headquarters keeps no classified data: nothing listed
    expect(siteBox(svg, 'site_hq').facts.join(' ')).not.toContain('Dilindungi');
    const lines = drawnLines(svg);
    const protects = doc.relations.values().filter((r) => r.kind === 'protects');
    expect(protects.length).toBe(12);
    for (const r of protects) expect(lines.has(r.id), `${r.source} → ${r.target}`).toBe(false);
    // the controls themselves are still drawn in the band (label 7 names them)
    for (const id of ['sec_hsm', 'sec_siem', 'sec_dlp']) expect(svg).toContain(`<g data-element="${id}"`);
  });

  it('joins the users’ sites to the site where the system runs: MyGov*Net.PCN to PDSA JDN, with its speed', () => {
    const pcn = doc.relations.values().filter((r) => r.kind === 'connects' && r.source === 'net_pcn').map((r) => r.target);
    expect(pcn.sort()).toEqual(['site_hq', 'site_pdsa']);
    const toPdsa = doc.relations.values().find((r) => r.kind === 'connects' && r.source === 'net_pcn' && r.target === 'site_pdsa')!;
    expect(drawnLines(svg).has(toPdsa.id)).toBe(true);
    expect(svg).toContain('>1 Gbps<');
  });

  it('lists a control in the language of the drawing, and grows the box by its line', () => {
    const site = makeElement('site', { id: 'site_x', name: 'PDSA JDN', hardware: [{ item: 'Pelayan', quantity: 2 }] });
    const hsm = makeElement('securityControl', { id: 'sec_x', name: 'HSM', controlType: 'hsm' });
    const bare: LakarDocument = makeDocument([site, hsm]);
    const guarded: LakarDocument = makeDocument([site, hsm], [makeRelation('protects', hsm.id, site.id)]);
    const before = siteBox(viewToSvg(bare, 'view_main'), site.id);
    const after = siteBox(viewToSvg(guarded, 'view_main'), site.id);
    expect(after.facts).toEqual([...before.facts, 'Dilindungi oleh: HSM']);
    expect(after.h).toBeGreaterThan(before.h);
    expect(siteBox(viewToSvg(guarded, 'view_main', { lang: 'en' }), site.id).facts.at(-1)).toBe('Protected by: HSM');
  });

  it('prints the list in the site boxes of the paper’s LMV, still on one A3 page', async () => {
    const bytes = await buildProposalPdf(doc, { lang: 'ms', date: new Date('2026-03-15T08:00:00Z') });
    const a3 = pdfInfo(bytes).pageSizes.flatMap((p, i) => (p.paper === 'A3' ? [i + 1] : []));
    expect(a3).toHaveLength(1);
    const page = pdfText(bytes, 'raw', { first: a3[0], last: a3[0] });
    expect(page.match(/Dilindungi oleh: HSM, SIEM, DLP/g)).toHaveLength(4);
  });
});
