/**
 * The workspace as a window, not a page, reachable from the keyboard: panels resize and collapse to
 * a rail, the layout never scrolls as a page, F6 cycles the parts, a new element's name takes focus,
 * skip links and F10/Alt reach the canvas and the menu bar, and axe finds no violation in Bahasa
 * Melayu or in English on any screen or dialog.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expect, reloadAcceptingLeave, test } from './support/fixtures';

const palette = (page: Page) => page.getByRole('region', { name: 'Palet' });
const inspector = (page: Page) => page.getByRole('region', { name: 'Pemeriksa' });

async function openExample(page: Page) {
  await page.getByRole('button', { name: /Buka contoh Panduan WoG §3\.3\.4/ }).click();
  await expect(page.getByRole('application', { name: /^Kanvas LMV/ })).toBeVisible();
}

const width = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!.width;
const pageScrolls = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight || document.scrollingElement!.scrollTop > 0);

test.describe('workspace and keyboard', () => {
  test('panels resize and collapse to a rail at the edge; the layout never scrolls as a page', async ({ app }) => {
    await openExample(app);
    expect(await pageScrolls(app)).toBe(false);
    const canvas0 = await width(app, '.lmv-flow');

    // the inspector's splitter: the keyboard makes it narrower, the canvas wider
    const right = app.getByRole('separator', { name: 'Ubah saiz Pemeriksa' });
    const inspector0 = await width(app, '#region-right');
    await right.focus();
    for (let i = 0; i < 4; i++) await app.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => width(app, '#region-right')).toBeLessThan(inspector0 - 60);
    // the splitter says the size it gives (the region is that plus the splitter itself)
    await expect(right).toHaveAttribute('aria-valuenow', String(Math.round(await width(app, '#region-right .region-body'))));
    expect(await width(app, '.lmv-flow')).toBeGreaterThan(canvas0 + 60);

    // the Problems panel's splitter, dragged with the mouse, then dragged to the edge: a rail is left
    const bottom = app.getByRole('separator', { name: 'Ubah saiz Masalah' });
    const b = (await bottom.boundingBox())!;
    const problems0 = (await app.locator('#region-bottom').boundingBox())!.height;
    await app.mouse.move(b.x + b.width / 2, b.y + 2);
    await app.mouse.down();
    await app.mouse.move(b.x + b.width / 2, b.y + 62, { steps: 5 });
    await app.mouse.up();
    await expect.poll(async () => (await app.locator('#region-bottom').boundingBox())!.height).toBeLessThan(problems0 - 40);
    await bottom.focus();
    await app.keyboard.press('Enter');
    const rail = app.getByRole('button', { name: 'Masalah', exact: true });
    await expect(rail).toHaveAttribute('aria-expanded', 'false');
    await expect(app.locator('#region-bottom .region-body')).toHaveCount(0);
    await rail.click();
    await expect(app.getByRole('region', { name: 'Masalah' })).toBeVisible();

    // the left column collapses too, and the sizes outlive a reload (a preference of this computer)
    await app.getByRole('separator', { name: 'Ubah saiz Palet dan pokok model' }).dblclick();
    await expect(app.getByRole('button', { name: 'Palet dan pokok model', exact: true })).toBeVisible();
    await app.getByRole('button', { name: 'Palet dan pokok model', exact: true }).click();
    const inspectorNow = Math.round(await width(app, '#region-right'));
    await reloadAcceptingLeave(app);
    // the unsaved example comes back as recovered edits
    await app.getByRole('alertdialog').getByRole('button', { name: 'Pulihkan suntingan' }).click();
    await expect(app.getByRole('application', { name: /^Kanvas LMV/ })).toBeVisible();
    expect(Math.round(await width(app, '#region-right'))).toBe(inspectorNow);

    // typing in the model tree's search keeps the tree's room
    const tree = app.getByRole('region', { name: 'Model' });
    const treeHeight = (await app.locator('#panel-tree').boundingBox())!.height;
    await tree.getByLabel('Cari elemen').fill('sistem');
    await expect(tree.getByRole('treeitem', { name: /^Sistem/ }).first()).toBeVisible();
    expect((await app.locator('#panel-tree').boundingBox())!.height).toBeGreaterThan(treeHeight - 2);
    expect(await pageScrolls(app)).toBe(false);
  });

  test('F6 cycles the parts, a new element’s name takes focus, skip links and F10/Alt reach the canvas and the menu bar', async ({ app }) => {
    await app.getByRole('button', { name: 'Projek baharu' }).click();
    await expect(app.getByTestId('save-state')).toHaveText('Semua perubahan disimpan');
    // adding from the palette puts focus on the new element's name, its text selected: type the name
    await palette(app).getByRole('button', { name: 'Tambah G2C — Kerajaan kepada Rakyat', exact: true }).press('Enter');
    const name = inspector(app).getByLabel('Nama', { exact: true });
    await expect(name).toBeFocused();
    await app.keyboard.type('Penerima Bantuan');
    await expect(app.locator('.react-flow__node .lmv-name', { hasText: 'Penerima Bantuan' })).toBeVisible();

    // F6 / Shift+F6: inspector → Problems → menu bar → palette → model tree → canvas → inspector
    await app.keyboard.press('F6');
    await expect(app.locator('#region-bottom')).toBeFocused();
    await app.keyboard.press('F6');
    await expect(app.getByRole('menuitem', { name: 'Fail' })).toBeFocused();
    await app.keyboard.press('F6');
    await expect(app.locator('#panel-palette')).toBeFocused();
    await app.keyboard.press('F6');
    await expect(app.locator('#panel-tree')).toBeFocused();
    await app.keyboard.press('F6');
    await expect(app.locator('#lmv-canvas')).toBeFocused();
    // on the canvas the arrow keys go to a node
    await app.keyboard.press('ArrowRight');
    await expect(app.locator('.react-flow__node').first()).toBeFocused();
    await app.keyboard.press('Shift+F6');
    await expect(app.locator('#panel-tree')).toBeFocused();

    // F10 and Alt alone: to the menu bar and back
    await app.keyboard.press('F10');
    await expect(app.getByRole('menuitem', { name: 'Fail' })).toBeFocused();
    await app.keyboard.press('F10');
    await expect(app.locator('#panel-tree')).toBeFocused();
    await app.keyboard.press('Alt');
    await expect(app.getByRole('menuitem', { name: 'Fail' })).toBeFocused();
    await app.keyboard.press('ArrowDown');
    await expect(app.getByRole('menu')).toBeVisible();
    await app.keyboard.press('Escape');

    // skip links are the first stops of Tab, before the menu bar
    await expect(app.getByRole('menuitem', { name: 'Fail' })).toBeFocused();
    for (let i = 0; i < 3; i++) await app.keyboard.press('Shift+Tab');
    const skip = app.getByRole('link', { name: 'Langkau ke kanvas' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await app.keyboard.press('Enter');
    await expect(app.locator('#lmv-canvas')).toBeFocused();

    // the browser edition shows keys that a browser lets through for New and Close
    await app.getByRole('menuitem', { name: 'Fail' }).click();
    await expect(app.getByRole('menuitem', { name: /Projek Baharu/ })).toContainText('Alt+Shift+N');
    await app.keyboard.press('Escape');
  });

  for (const lang of ['ms', 'en'] as const) test(`has no axe violations on any screen or dialog (${lang === 'ms' ? 'Bahasa Melayu' : 'English'})`, async ({ app }) => {
    test.setTimeout(240_000);
    const check = async (what: string, include?: string) => expect(await axeViolations(app, include ? { include } : {}), what).toEqual([]);
    const menu = async (top: string, item: string) => {
      await app.locator(`#menu-${top}`).click();
      await app.locator(`#mi-${item}`).click();
    };
    const dialog = app.locator('dialog[open]');
    const closeDialog = async () => {
      await app.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    };

    if (lang === 'en') {
      await app.getByRole('button', { name: 'English' }).click();
      await expect(app.locator('html')).toHaveAttribute('lang', 'en');
    }
    await check(`${lang} welcome`);
    await app.locator('.welcome .btn-large').nth(1).click();
    await expect(app.locator('#lmv-canvas')).toBeVisible();
    await app.locator('.react-flow__node[data-id="sys_b"]').click();
    await check(`${lang} workspace, element selected`);
    await app.locator('.react-flow__node[data-id="sys_b"]').click({ button: 'right' });
    await check(`${lang} context menu`, '.context-menu');
    await app.keyboard.press('Escape');
    await app.locator('#tab-meta').click();
    await check(`${lang} project information`);
    await app.locator('#tab-catalogue').click();
    await check(`${lang} catalogue`);
    await app.locator('[id="tab-proposal.checklist"]').click();
    await check(`${lang} Senarai Semak`);
    await app.locator('#tab-review').click();
    await check(`${lang} Ulasan JDN`);
    await app.locator('#tab-canvas').click();

    for (const [top, item] of [
      ['edit', 'edit_settings'],
      ['help', 'help_shortcuts'],
      ['help', 'help_about'],
      ['file', 'export_proposal'],
      ['file', 'export_idd'],
      ['view', 'export_viewPdf'],
      ['view', 'export_print'],
      ['file', 'file_saveAs'],
    ] as const) {
      await menu(top, item);
      await expect(dialog).toBeVisible();
      await check(`${lang} dialog ${item}`, 'dialog[open]');
      await closeDialog();
    }
    // the connect dialog
    await app.locator('.react-flow__node[data-id="sys_c"]').click();
    // (the other end chosen in the inspector's element picker, checked with its list of matches open)
    await app.locator('#region-right #insp-connect').fill('Sistem D');
    await check(`${lang} element picker open`, '#region-right');
    await app.locator('#region-right [role=option]', { hasText: 'Sistem D' }).click();
    await app.locator('#region-right .connect-row button').click();
    await expect(dialog).toBeVisible();
    await check(`${lang} connect dialog`, 'dialog[open]');
    await closeDialog();
    // deleting from the model an element another view shows asks first
    await app.locator('.view-tabs > .btn').first().click();
    await app.locator('#region-right .missing-row', { hasText: 'Sistem D' }).getByRole('button').click();
    await app.locator('.view-tab').first().click();
    await app.locator('.react-flow__node[data-id="sys_d"]').click({ button: 'right' });
    await app.locator('#mi-ctx_delete').click();
    await expect(app.getByRole('alertdialog')).toBeVisible();
    await check(`${lang} delete-from-model question`, 'dialog[open]');
    await closeDialog();
    // leaving unsaved changes asks; Open lists the projects of this browser
    await menu('file', 'file_open');
    await expect(app.getByRole('alertdialog')).toBeVisible();
    await check(`${lang} unsaved-changes question`, 'dialog[open]');
    await app.getByRole('alertdialog').locator('button').nth(1).click(); // don't save
    await expect(dialog).toBeVisible();
    await check(`${lang} open dialog`, 'dialog[open]');
    await closeDialog();
    await menu('file', 'file_close');
    const leave = app.getByRole('alertdialog');
    if (await leave.isVisible()) await leave.locator('button').nth(1).click();
    await expect(app.locator('.welcome')).toBeVisible();
  });
});
