/**
 * Shared Playwright fixtures. Every test gets a new browser context, hence its own empty IndexedDB,
 * localStorage and sessionStorage; `app` opens Lakar on the welcome screen and fails the test if the
 * page logged an error (a CSP violation, an uncaught exception) while it ran.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export interface Fixtures {
  /** Lakar loaded on its welcome screen, in Bahasa Melayu. */
  app: Page;
  /** Errors the page logged so far. */
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
  },
  app: async ({ page, pageErrors }, use) => {
    // a reload with unsaved changes asks "leave the page?"; tests that reload accept it explicitly
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Selamat datang ke Lakar' })).toBeVisible();
    await use(page);
    expect(pageErrors, 'errors logged by the page').toEqual([]);
  },
});

export { expect };

/** Number of journalled (unsaved, recoverable) edits stored in this browser. */
export async function journalEntries(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('lakar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('journal')) {
            db.close();
            return resolve(0);
          }
          const req = db.transaction('journal').objectStore('journal').count();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Reload, accepting the browser's "leave page with unsaved changes?" question if it comes. */
export async function reloadAcceptingLeave(page: Page): Promise<{ askedToLeave: boolean }> {
  let askedToLeave = false;
  const onDialog = (d: import('@playwright/test').Dialog) => {
    if (d.type() === 'beforeunload') askedToLeave = true;
    void d.accept();
  };
  page.on('dialog', onDialog);
  await page.reload();
  page.off('dialog', onDialog);
  return { askedToLeave };
}

/**
 * Import a `.lakar.json` as a user does (Fail › Import JSON Lakar), wait for the report's status to
 * read `status`, and close the report.
 */
export async function importLakarJson(page: Page, file: { name: string; buffer: Buffer }, status: string | RegExp, options: { timeout?: number } = {}): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Fail' }).click();
  await page.getByRole('menuitem', { name: 'Import JSON Lakar (.lakar.json)…' }).click();
  await (await chooser).setFiles({ ...file, mimeType: 'application/json' });
  const done = page.getByRole('dialog', { name: 'Import JSON Lakar' });
  await expect(done.getByRole('status')).toContainText(status, options);
  await done.getByRole('button', { name: 'Tutup' }).click();
}

/**
 * Choose element `name` in an inspector element picker (e.g. "Sambung ke") as a user does: type the
 * name, then click it in the list of matches.
 */
export async function pickElement(scope: Locator, label: string, name: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).fill(name);
  await scope.getByRole('listbox').getByRole('option', { name, exact: true }).click();
}
