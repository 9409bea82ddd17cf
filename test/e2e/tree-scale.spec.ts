/**
 * The model tree of a large imported model (issue 18): File › Import JSON Lakar opens a 20,000-element
 * project; the tree draws only the rows in view, the keyboard walks it to the end (the focused row is
 * scrolled to), search finds the last element at once, and the inspector's element pickers list
 * only the elements matching what is typed (a list of the whole model made each click take seconds);
 * a flow's carried data lists what it carries, not a box per data entity of the model (~1,500 here).
 */
import type { Page } from '@playwright/test';
import { toLakarJson } from '../../shared/interchange/json';
import { createEmptyDocument, ELEMENT_KINDS, Table, type Element } from '../../shared/model';
import { makeElement, makeRelation } from '../helpers/factories';
import { expect, importLakarJson, pickElement, test } from './support/fixtures';

const SIZE = 20_000;
const tree = (page: Page) => page.getByRole('region', { name: 'Model' });
const rows = (page: Page) => tree(page).getByRole('treeitem');

/**
 * 20,000 elements over every kind, none on the view; the last one sorts last of its band. A flow from
 * el_8 (an external system) to el_4 (an application) carries el_9 and el_22 (data entities: every
 * 13th element from el_9 is one).
 */
function bigModel(): Buffer {
  const doc = createEmptyDocument('Model besar', '2026-01-01T00:00:00.000Z');
  const elements: Element[] = [];
  for (let i = 0; i < SIZE; i++) {
    const kind = ELEMENT_KINDS[i % ELEMENT_KINDS.length].kind;
    const name = i === SIZE - 1 ? 'Zamrud Terakhir' : `Elemen ${String(i).padStart(5, '0')}`;
    elements.push(makeElement(kind, { id: `el_${i}`, name } as Partial<Element>) as Element);
  }
  const flow = makeRelation('dataFlow', 'el_8', 'el_4', { id: 'rel_flow', method: 'api', direction: 'supplies', dataEntityIds: ['el_9', 'el_22'] } as never);
  return Buffer.from(toLakarJson({ ...doc, elements: Table.of(elements), relations: Table.of([flow]) }));
}

test('a 20,000-element model: the tree draws a window, scrolls with the keyboard, search finds the last element, and its inspector connects it by name', async ({ app }) => {
  test.setTimeout(180_000);
  await importLakarJson(app, { name: 'besar.lakar.json', buffer: bigModel() }, `${SIZE} elemen`, { timeout: 60_000 });

  await expect(tree(app).getByText(`${SIZE} elemen`, { exact: true })).toBeVisible({ timeout: 30_000 });
  const drawn = await rows(app).count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(100);
  // the scroll bar is that of the whole tree: every row's height is there
  const scroller = tree(app).locator('.tree-scroll');
  expect(await scroller.evaluate((el) => el.scrollHeight)).toBeGreaterThan(SIZE * 20);

  // keyboard: from the first band's heading to the very end, the focused row in view
  await rows(app).first().click();
  await app.keyboard.press('End');
  const last = app.locator('.tree-row:focus');
  await expect(last).toHaveAttribute('aria-level', '2');
  await expect(last).toBeInViewport();
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(SIZE * 20);
  expect(await rows(app).count()).toBeLessThan(100);
  await app.keyboard.press('Home');
  await expect(app.locator('.tree-row:focus')).toHaveAttribute('aria-posinset', '1');
  await expect(app.locator('.tree-row:focus')).toBeInViewport();

  // search: the last element, far below the window, found and selected
  await expect(tree(app).getByRole('treeitem', { name: /^Zamrud Terakhir/ })).toHaveCount(0);
  await tree(app).getByLabel('Cari elemen').fill('zamrud');
  await expect(tree(app).getByText(`1 daripada ${SIZE} elemen`)).toBeVisible();
  await tree(app).getByRole('treeitem', { name: /^Zamrud Terakhir/ }).click();
  const inspector = app.getByRole('region', { name: 'Pemeriksa' });
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText('Zamrud Terakhir');

  // its inspector lists no element of the model until asked: each element picker (a module's
  // "Sebahagian daripada", "Sambung ke") lists only what matches what the user types
  expect(await inspector.locator('option, [role=option]').count()).toBeLessThan(50);
  await inspector.getByRole('combobox', { name: 'Sambung ke' }).fill('elemen 1999');
  // Elemen 19990–19998: nine of the 20,000
  await expect(inspector.getByRole('listbox').getByRole('option')).toHaveCount(9);
  await pickElement(inspector, 'Sambung ke', 'Elemen 19998');
  await inspector.getByRole('button', { name: 'Sambung', exact: true }).click();
  // a module and an application may be related in more than one way: the dialog asks which, if so
  const dialog = app.getByRole('dialog', { name: 'Sambungkan elemen' });
  const relationTitle = inspector.getByRole('heading', { level: 2 });
  await expect(dialog.or(relationTitle.getByRole('button', { name: 'Elemen 19998' }))).toBeVisible();
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Sambung', exact: true }).click();
  // the new relation is selected: its two ends head the inspector
  await expect(relationTitle.getByRole('button', { name: 'Elemen 19998' })).toBeVisible();
  await expect(relationTitle.getByRole('button', { name: 'Zamrud Terakhir' })).toBeVisible();

  // a flow of that model: its carried data is what it carries, ticked, and a search adds more
  await tree(app).getByLabel('Cari elemen').fill('elemen 00008');
  await tree(app).getByRole('treeitem', { name: /^Elemen 00008/ }).click();
  await inspector.getByRole('button', { name: /→ Elemen 00004/ }).click();
  const carried = inspector.getByRole('group', { name: 'Data yang dibawa' });
  await expect(carried.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await expect(carried.getByRole('checkbox')).toHaveCount(2);
  await expect(carried.getByLabel('Elemen 00009')).toBeChecked();
  // only data entities are offered: of Elemen 19990–19999, 19990 is one
  await carried.getByRole('combobox', { name: 'Tambah Data/Maklumat' }).fill('elemen 1999');
  await expect(carried.getByRole('listbox').getByRole('option')).toHaveCount(1);
  await pickElement(carried, 'Tambah Data/Maklumat', 'Elemen 19990');
  await expect(carried.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await expect(carried.getByLabel('Elemen 19990')).toBeChecked();
});
