/**
 * A site box lists the security controls protecting it ("Dilindungi oleh: HSM", 001 Jadual 3-1 label
 * 7): a planner who connects a control to a site at the foot of the infrastructure band sees the box
 * grow by that line and the band grow under it, the box still whole inside its band; an undo gives the
 * box and the band back. (The relation commands did not draw the site's views again, and the canvas
 * drew its bands with the relations of an earlier render: the box ran past the band's foot.)
 */
import type { Locator, Page } from '@playwright/test';
import { expect, pickElement, test } from './support/fixtures';

const inspector = (page: Page) => page.getByRole('region', { name: 'Pemeriksa' });
const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.lmv-name', { hasText: new RegExp(`^${name}$`) }) });
const HQ = 'Ibu Pejabat Agensi PQRST';

/** The box's lines under its name, its height and how far (in the canvas's px) its bottom lies above the infrastructure band's. */
async function readSite(page: Page, box: Locator) {
  const band = await page.locator('.lmv-band.band-infrastructure').boundingBox();
  const r = await box.locator('.lmv-node').boundingBox();
  const lines = await box.locator('.lmv-fact-line').allTextContents();
  return { lines, h: r!.height, room: band!.y + band!.height - (r!.y + r!.height) };
}

test('a control connected to a site at the foot of its band is listed in the box, and the band grows to hold it (001 Jadual 3-1 label 7)', async ({ app: page }) => {
  await page.getByRole('button', { name: /Buka contoh Panduan WoG §3\.3\.4/ }).click();
  await expect(page.getByRole('application', { name: /^Kanvas LMV/ })).toBeVisible();
  const hq = node(page, HQ);
  await expect(hq).toBeVisible();
  // headquarters keeps no classified data: nothing listed yet; moved down as far as its band lets it
  await hq.click();
  let before = await readSite(page, hq);
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Control+Shift+ArrowDown');
    const now = await readSite(page, hq);
    if (Math.abs(now.room - before.room) < 0.5) break;
    before = now;
  }
  expect(before.lines.join(' ')).not.toContain('Dilindungi');
  expect(before.room).toBeGreaterThanOrEqual(0);

  // HSM protects headquarters, connected from the inspector (the only kind a control and a site allow)
  await node(page, 'HSM').click();
  await pickElement(inspector(page), 'Sambung ke', HQ);
  await inspector(page).getByRole('button', { name: 'Sambung', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Sambungkan elemen' })).toHaveCount(0);
  await expect.poll(async () => (await readSite(page, hq)).lines.at(-1)).toBe('Dilindungi oleh: HSM');
  const after = await readSite(page, hq);
  // (on screen at the canvas's zoom: the line is 13 of the box's 87 units)
  expect(after.h).toBeGreaterThan(before.h * 1.08);
  // the box taller by its line, its band as much lower: the same room under it
  expect(after.room).toBeGreaterThanOrEqual(0);
  expect(Math.abs(after.room - before.room)).toBeLessThan(1);

  // undone: the box and its band as they were
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await readSite(page, hq)).lines.join(' ')).not.toContain('Dilindungi');
  const undone = await readSite(page, hq);
  expect(Math.abs(undone.h - before.h)).toBeLessThan(1);
  expect(Math.abs(undone.room - before.room)).toBeLessThan(1);
});
