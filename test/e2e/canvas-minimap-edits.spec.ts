/**
 * The minimap after an edit (issue 18): it draws again only the part of the map around a moved box
 * and nothing for a rename (parts/BandMiniMap.tsx drawMap), and must still show exactly what a
 * minimap opened afresh shows.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const inspector = (page: Page) => page.getByRole('region', { name: 'Pemeriksa' });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const node = (page: Page, name: string): Locator => page.locator('.react-flow__node').filter({ has: page.locator('.lmv-name', { hasText: new RegExp(`^${escape(name)}$`) }) });
const minimap = (page: Page) => page.getByRole('img', { name: 'Peta kecil kanvas' });

/** The minimap's picture as an image (its pixels); '' while nothing is drawn on it (a canvas just made or sized). */
const picture = (page: Page) =>
  minimap(page)
    .locator('canvas')
    .evaluate((c: HTMLCanvasElement) => {
      const blank = document.createElement('canvas');
      blank.width = c.width;
      blank.height = c.height;
      const url = c.toDataURL();
      return url === blank.toDataURL() ? '' : url;
    });

/** The minimap's picture once it no longer changes (it is drawn when the browser is idle). */
async function settled(page: Page): Promise<string> {
  let last = '';
  await expect
    .poll(async () => {
      const now = await picture(page);
      // a map not drawn yet stays blank over two looks too (it is drawn when the browser is idle)
      const same = now === last && now !== '';
      last = now;
      return same;
    })
    .toBe(true);
  return last;
}

/** The picture of a minimap closed and opened again, i.e. drawn whole from the view as it is. */
async function drawnAfresh(page: Page): Promise<string> {
  const toggle = page.getByRole('button', { name: 'Peta kecil', exact: true });
  await toggle.click();
  await expect(minimap(page)).toHaveCount(0);
  await toggle.click();
  await expect(minimap(page)).toBeVisible();
  return settled(page);
}

test('the minimap follows a moved box and a rename, showing what a minimap drawn afresh shows', async ({ app }) => {
  await app.getByRole('button', { name: /Buka contoh Panduan WoG §3\.3\.4/ }).click();
  await expect(node(app, 'Sistem B')).toBeVisible();
  await expect(minimap(app)).toBeVisible();
  const start = await settled(app);

  // a box moved along its row: the map shows it where it went
  await node(app, 'Sistem B').click();
  for (let i = 0; i < 6; i++) await app.keyboard.press('Control+Shift+ArrowRight');
  await expect.poll(() => picture(app)).not.toBe(start);
  const moved = await settled(app);
  expect(await drawnAfresh(app)).toBe(moved);

  // a rename: the box shows its new name, and the map is what a fresh one draws
  await inspector(app).getByLabel('Nama', { exact: true }).fill('Sistem B Baharu');
  await expect(node(app, 'Sistem B Baharu')).toBeVisible();
  const renamed = await settled(app);
  expect(await drawnAfresh(app)).toBe(renamed);

  // undone: the box is back where it was, on the map too
  await app.getByRole('application', { name: /^Kanvas LMV/ }).focus();
  for (let i = 0; i < 20; i++) await app.keyboard.press('Control+Z');
  await expect(node(app, 'Sistem B')).toBeVisible();
  // (undone many steps at once, its old and new places far apart: both parts of the map drawn again)
  await expect.poll(() => picture(app)).toBe(start);
  expect(await drawnAfresh(app)).toBe(start);
});
