/**
 * A module stored far from its application (an imported or generated view) is drawn inside it: the
 * arrow keys reach it there, and the canvas brings into sight the box where it is drawn, not the
 * empty spot where it is stored; F2's rename field opens over it there. So do a pick in the model
 * tree and "zoom to the selection".
 */
import type { Locator, Page } from '@playwright/test';
import { toLakarJson } from '../../shared/interchange/json';
import { bandLayout } from '../../shared/model/bands';
import { BANDS } from '../../shared/model/vocabulary';
import { makeDocument, makeElement } from '../helpers/factories';
import { expect, importLakarJson, test } from './support/fixtures';

const LEFT = 'Sistem Kiri';
const RIGHT = 'Sistem Kanan';
const MODULE = 'Modul Jauh';

/** Two applications side by side and a module of the first stored 60,000 px to the right of both. */
function landscape(): Buffer {
  const left = makeElement('application', { id: 'app_left', name: LEFT });
  const right = makeElement('application', { id: 'app_right', name: RIGHT });
  const module = makeElement('module', { id: 'mod_far', name: MODULE, parentId: left.id });
  const doc = makeDocument([left, right, module]);
  const view = doc.views.view_main;
  const band = bandLayout(view)[BANDS.indexOf('applications')];
  view.nodes.app_left = { x: 200, y: band.top + 40 };
  view.nodes.app_right = { x: 1200, y: band.top + 40 };
  view.nodes.mod_far = { x: 60000, y: band.top + 40 };
  return Buffer.from(toLakarJson(doc));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const node = (page: Page, name: string): Locator => page.locator('.react-flow__node').filter({ has: page.locator('.lmv-name', { hasText: new RegExp(`^${escape(name)}$`) }) });

/** Open the landscape and zoom in to the left application (the stored spot of the module is then far out of sight). */
async function openZoomedIn(page: Page) {
  await importLakarJson(page, { name: 'jauh.lakar.json', buffer: landscape() }, /elemen/);
  await pickInTree(page, LEFT);
  await page.getByRole('button', { name: 'Zum pilihan' }).click();
  await expect(node(page, LEFT)).toBeInViewport();
  await node(page, LEFT).click({ position: { x: 20, y: 10 } });
}

async function pickInTree(page: Page, name: string) {
  const tree = page.getByRole('region', { name: 'Model' });
  await tree.getByLabel('Cari elemen').fill(name);
  await tree.getByRole('treeitem', { name: new RegExp(`^${name}`) }).click();
}

test('the arrow keys go down into a module drawn inside its application, and the canvas stays on it', async ({ app }) => {
  await openZoomedIn(app);
  const before = await app.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  await app.keyboard.press('ArrowDown');
  await expect(node(app, MODULE)).toBeFocused();
  // the module is drawn on screen already: nothing pans, least of all to where it is only stored
  await expect(node(app, MODULE)).toBeInViewport();
  expect(await app.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform)).toBe(before);
  // F2 opens the rename field over it there
  await app.keyboard.press('F2');
  const field = app.locator('input.rename-in-place');
  await expect(field).toBeInViewport();
  const box = (await node(app, MODULE).boundingBox())!;
  const at = (await field.boundingBox())!;
  expect(Math.abs(at.y + at.height / 2 - (box.y + box.height / 2))).toBeLessThan(box.height);
  await app.keyboard.press('Escape');
  await expect(node(app, MODULE)).toBeFocused();
  await app.keyboard.press('ArrowUp');
  await expect(node(app, LEFT)).toBeFocused();
  await expect(node(app, LEFT)).toBeInViewport();
});

test('a pick of the module in the model tree, and zoom to the selection, show it where it is drawn', async ({ app }) => {
  await openZoomedIn(app);
  // pan away to the right application first
  await pickInTree(app, RIGHT);
  await app.getByRole('button', { name: 'Zum pilihan' }).click();
  await expect(node(app, RIGHT)).toBeInViewport();
  await expect(node(app, LEFT)).not.toBeInViewport();
  await pickInTree(app, MODULE);
  await expect(node(app, MODULE)).toBeInViewport();
  await app.getByRole('button', { name: 'Zum pilihan' }).click();
  await expect(node(app, MODULE)).toBeInViewport();
});
