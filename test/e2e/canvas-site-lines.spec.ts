/**
 * A site box on the canvas shows what the paper's LMV shows (001 §3.3.4 g: "setiap lokasi perlu
 * menyenaraikan perkakasan serta bilangan, perisian dan perkara yang berkaitan dengan penempatan
 * infrastruktur di lokasi tersebut"): its hardware with quantities, "Perisian: …" and
 * "Penempatan: …", each line whole and inside the box; placement matters typed in the inspector
 * appear on the box.
 */
import type { Locator, Page } from '@playwright/test';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import type { Element } from '../../shared/model';
import { expect, test } from './support/fixtures';

type Site = Extract<Element, { kind: 'site' }>;
const inspector = (page: Page) => page.getByRole('region', { name: 'Pemeriksa' });
const siteNode = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.lmv-node.k-site .lmv-name', { hasText: new RegExp(`^${name}$`) }) });

/** The box's lines under its name, and how far (in the box's own px) its lines run past its text area's right and bottom edges. */
async function readBox(node: Locator) {
  return node.evaluate((el) => {
    const inner = el.querySelector('.lmv-node') as HTMLElement;
    const r = inner.getBoundingClientRect();
    const scale = r.width / inner.offsetWidth;
    const cs = getComputedStyle(inner);
    // the box's text area: inside its border and padding (text in the padding touches the edge)
    const right = r.right - (parseFloat(cs.borderRightWidth) + parseFloat(cs.paddingRight)) * scale;
    const bottom = r.bottom - (parseFloat(cs.borderBottomWidth) + parseFloat(cs.paddingBottom)) * scale;
    const lines = [...el.querySelectorAll('.lmv-fact-line')] as HTMLElement[];
    return {
      lines: lines.map((l) => l.textContent ?? ''),
      // a line wider than its room would be cut with "…": its text is not all shown
      cut: lines.filter((l) => l.scrollWidth > l.clientWidth).map((l) => l.textContent),
      pastRight: Math.max(0, ...lines.map((l) => (l.getBoundingClientRect().left + l.scrollWidth * scale - right) / scale)),
      pastBottom: Math.max(0, ...[...el.querySelectorAll('.lmv-facts')].map((l) => (l.getBoundingClientRect().bottom - bottom) / scale)),
    };
  });
}

test("a site box lists its hardware, software and placement matters whole and inside the box, and shows placement typed in the inspector (001 §3.3.4 g)", async ({ app: page }) => {
  await page.getByRole('button', { name: /Buka contoh Panduan WoG §3\.3\.4/ }).click();
  await expect(page.getByRole('application', { name: /^Kanvas LMV/ })).toBeVisible();
  const sites = [...pengambilanPekerjaExample('2026-01-01T00:00:00.000Z').elements.values()].filter((e): e is Site => e.kind === 'site');
  expect(sites).toHaveLength(5);
  for (const site of sites) {
    const node = siteNode(page, site.name);
    await expect(node).toBeVisible();
    const box = await readBox(node);
    const read = box.lines.join(' ');
    for (const h of site.hardware ?? []) expect(read, site.name).toContain(`${h.item} × ${h.quantity}`);
    if (site.software?.length) expect(read, site.name).toContain(`Perisian: ${site.software.join(', ')}`);
    expect(read, site.name).toContain(`Penempatan: ${site.placement!.join(', ')}`);
    expect(box.cut, site.name).toEqual([]);
    expect(box.pastRight, site.name).toBeLessThanOrEqual(0.5);
    expect(box.pastBottom, site.name).toBeLessThanOrEqual(0.5);
  }

  // a planner adds a placement matter to the agency's headquarters: the box lists it after the others
  await siteNode(page, 'Ibu Pejabat Agensi PQRST').click();
  const field = inspector(page).getByLabel('Penempatan infrastruktur (satu setiap baris)');
  await expect(field).toHaveValue('Bahagian Sumber Manusia');
  await field.fill('Bahagian Sumber Manusia\nBilik server aras 3');
  await field.blur();
  const hq = siteNode(page, 'Ibu Pejabat Agensi PQRST');
  await expect.poll(async () => (await readBox(hq)).lines.join(' ')).toContain('Penempatan: Bahagian Sumber Manusia, Bilik server aras 3');
  const after = await readBox(hq);
  expect(after.cut).toEqual([]);
  expect(after.pastBottom).toBeLessThanOrEqual(0.5);
});
