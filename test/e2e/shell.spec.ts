/**
 * The browser edition's shell: projects survive reloads (saved, or as recoverable unsaved edits),
 * the metadata form validates and undoes per typing burst, the language switches, and the frame
 * passes axe.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SCHEMA_VERSION } from '../../shared/model/schema';
import { axeViolations } from './support/axe';
import { expect, journalEntries, reloadAcceptingLeave, test } from './support/fixtures';

const LAKAR_BIN = join(import.meta.dirname, '..', '..', 'bin', 'lakar.mjs');

/** Run the `lakar` CLI (the desktop edition's store) in `cwd`; returns its standard output. */
function lakarCli(cwd: string, ...args: string[]): string {
  return execFileSync(process.execPath, [LAKAR_BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
}

/** Add an invalid view row (empty name, negative order) to the first stored project, as a damaged store would. */
function corruptFirstProject(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('lakar');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['projects', 'views'], 'readwrite');
      const first = tx.objectStore('projects').openCursor();
      first.onsuccess = () => {
        const projectId = (first.result?.value as { id: string }).id;
        tx.objectStore('views').put({ projectId, id: 'view_bad', row: { id: 'view_bad', name: '', order: -1 } });
      };
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

async function newProjectWithMetaTab(page: Page) {
  await page.getByRole('button', { name: 'Projek baharu' }).click();
  await page.getByRole('tab', { name: 'Maklumat Projek' }).click();
  await expect(page.getByRole('heading', { name: 'Maklumat Projek' })).toBeVisible();
}

async function saveAsInBrowser(page: Page, name: string) {
  await page.keyboard.press('Control+s');
  const dialog = page.getByRole('dialog', { name: 'Simpan projek sebagai' });
  await dialog.getByLabel('Nama projek').fill(name);
  await dialog.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Semua perubahan disimpan');
}

test.describe('shell', () => {
  test('keeps a saved project and its Maklumat Projek after a reload', async ({ app }) => {
    // the form has one tab per part of the Kertas Cadangan (issue 11): fill one field on several
    const part = (name: string) => app.getByRole('tab', { name, exact: true }).click();
    const costTotal = app.getByLabel('Jumlah anggaran kos').locator('dd[data-total]');
    await newProjectWithMetaTab(app);
    await app.getByLabel('Tajuk projek').fill('Sistem Pengurusan Cuti');
    await part('Agensi dan Pengesahan');
    await app.getByLabel('Pemilik Projek').fill('Jabatan Perkhidmatan Awam');
    await app.getByLabel('Peneraju Projek').fill('JDN');
    await part('Sektor dan Kategori');
    await app.getByLabel('Sektor', { exact: true }).selectOption({ label: 'Pentadbiran Awam' });
    await app.getByRole('radio', { name: 'Projek Digital Agensi Spesifik' }).check();
    await part('Anggaran Kos');
    await app.getByRole('button', { name: 'Tambah komponen kos' }).click();
    await app.getByLabel('Jumlah (RM) 1', { exact: true }).fill('1,250,000.50');
    await expect(costTotal).toHaveText('RM1,250,000.50');
    await part('Kumpulan Sasar');
    await app.getByLabel('Pengoptimuman kos').fill('Satu sistem cuti bagi semua jabatan.');
    await expect(app.getByTestId('project-name')).toContainText('Sistem Pengurusan Cuti');
    await expect(app).toHaveTitle('● Sistem Pengurusan Cuti — Lakar');

    await saveAsInBrowser(app, 'Cuti 2026');
    await expect(app).toHaveTitle('Cuti 2026 — Lakar');

    await app.reload();
    // the tab reopens the project it had open, with nothing to recover
    await expect(app.getByTestId('project-name')).toHaveText('Cuti 2026');
    await expect(app.getByRole('alertdialog')).toHaveCount(0);
    await app.getByRole('tab', { name: 'Maklumat Projek' }).click();
    await expect(app.getByLabel('Tajuk projek')).toHaveValue('Sistem Pengurusan Cuti');
    await part('Agensi dan Pengesahan');
    await expect(app.getByLabel('Pemilik Projek')).toHaveValue('Jabatan Perkhidmatan Awam');
    await part('Sektor dan Kategori');
    await expect(app.getByLabel('Sektor', { exact: true })).toHaveValue('pentadbiranAwam');
    await expect(app.getByRole('radio', { name: 'Projek Digital Agensi Spesifik' })).toBeChecked();
    await part('Anggaran Kos');
    await expect(app.getByLabel('Jumlah (RM) 1', { exact: true })).toHaveValue('1,250,000.50');
    await expect(costTotal).toHaveText('RM1,250,000.50');
    await part('Kumpulan Sasar');
    await expect(app.getByLabel('Pengoptimuman kos')).toHaveValue('Satu sistem cuti bagi semua jabatan.');

    // and File › Open lists it in a new session of the browser too
    await app.getByRole('menuitem', { name: 'Fail' }).click();
    await app.getByRole('menuitem', { name: 'Tutup Projek' }).click();
    await expect(app.getByRole('heading', { name: 'Selamat datang ke Lakar' })).toBeVisible();
    await app.getByRole('button', { name: 'Buka projek…' }).click();
    await app.getByRole('dialog', { name: 'Buka projek' }).getByRole('button', { name: /^Cuti 2026/ }).click();
    await expect(app.getByTestId('project-name')).toHaveText('Cuti 2026');
  });

  test('offers the unsaved edits back after a reload and restores them', async ({ app }) => {
    await newProjectWithMetaTab(app);
    await app.getByLabel('Tajuk projek').fill('Sistem Permit');
    await saveAsInBrowser(app, 'Permit');
    await app.getByLabel('Objektif projek').fill('Permohonan permit dalam talian sepenuhnya.');
    await expect(app.getByTestId('save-state')).toHaveText('Ada perubahan belum disimpan');
    await expect.poll(() => journalEntries(app)).toBe(1);

    const { askedToLeave } = await reloadAcceptingLeave(app);
    expect(askedToLeave).toBe(true);
    const prompt = app.getByRole('alertdialog', { name: 'Pulihkan 1 suntingan yang belum disimpan?' });
    await expect(prompt.getByRole('button', { name: 'Pulihkan suntingan' })).toBeFocused();
    await app.keyboard.press('Enter');
    await expect(prompt).toHaveCount(0);
    await app.getByRole('tab', { name: 'Maklumat Projek' }).click();
    await expect(app.getByLabel('Objektif projek')).toHaveValue('Permohonan permit dalam talian sepenuhnya.');
    await expect(app.getByTestId('save-state')).toHaveText('Ada perubahan belum disimpan');
  });

  test('asks before closing a project with unsaved changes', async ({ app }) => {
    await newProjectWithMetaTab(app);
    await app.getByLabel('Tajuk projek').fill('Draf Lesen');
    await app.getByRole('menuitem', { name: 'Fail' }).click();
    await app.getByRole('menuitem', { name: 'Tutup Projek' }).click();
    const ask = app.getByRole('alertdialog', { name: 'Simpan perubahan pada “Draf Lesen”?' });
    await expect(ask.getByRole('button', { name: 'Simpan', exact: true })).toBeFocused();
    await app.keyboard.press('Escape'); // Escape is Cancel
    await expect(ask).toHaveCount(0);
    await expect(app.getByLabel('Tajuk projek')).toHaveValue('Draf Lesen');

    await app.keyboard.press('Control+o');
    await app.getByRole('alertdialog').getByRole('button', { name: 'Jangan simpan' }).click();
    await expect(app.getByRole('dialog', { name: 'Buka projek' })).toContainText('Belum ada projek disimpan dalam pelayar ini.');
  });

  test('rejects an invalid cost inline and undoes one typing burst at a time', async ({ app }) => {
    await newProjectWithMetaTab(app);
    // a cost line of the cost table (issue 11): its amount is checked as it is typed
    await app.getByRole('tab', { name: 'Anggaran Kos', exact: true }).click();
    await app.getByRole('button', { name: 'Tambah komponen kos' }).click();
    const amount = app.getByLabel('Jumlah (RM) 1', { exact: true });
    const total = app.getByLabel('Jumlah anggaran kos').locator('dd[data-total]');
    await amount.fill('2000');
    await expect(total).toHaveText('RM2,000.00');
    await amount.fill('dua juta');
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await expect(app.getByText('Masukkan jumlah dalam ringgit')).toBeVisible();
    // refused inline: the model keeps its last valid amount
    await expect(total).toHaveText('RM2,000.00');
    await amount.fill('-10');
    await expect(app.getByText('Anggaran kos tidak boleh negatif.')).toBeVisible();
    await expect(total).toHaveText('RM2,000.00');
    await amount.fill('3000');
    await expect(amount).not.toHaveAttribute('aria-invalid');
    await expect(total).toHaveText('RM3,000.00');

    await app.getByRole('tab', { name: 'Umum', exact: true }).click();
    const title = app.getByLabel('Tajuk projek');
    await title.pressSequentially('Sistem A');
    await title.blur();
    await title.pressSequentially(' Baharu');
    await app.keyboard.press('Control+z');
    await expect(title).toHaveValue('Sistem A');
    await app.keyboard.press('Control+z');
    await expect(title).toHaveValue('');
    await app.keyboard.press('Control+Shift+z');
    await expect(title).toHaveValue('Sistem A');

    // the amount typed in one burst (the refused values never reached the model) is one undo step
    await app.keyboard.press('Control+z');
    await expect(title).toHaveValue('');
    await app.getByRole('tab', { name: 'Anggaran Kos', exact: true }).click();
    await expect(amount).toHaveValue('3000');
    await app.keyboard.press('Control+z');
    await expect(amount).toHaveValue('0.00');
    await expect(total).toHaveText('RM0.00');
  });

  test('switches the interface from Bahasa Melayu to English and back, and remembers it', async ({ app }) => {
    await expect(app.getByRole('menuitem', { name: 'Fail' })).toBeVisible();
    await app.getByRole('button', { name: 'Tukar bahasa antara muka kepada English' }).click();
    await expect(app.getByRole('heading', { name: 'Welcome to Lakar' })).toBeVisible();
    await expect(app.getByRole('menuitem', { name: 'File' })).toBeVisible();
    await expect(app.locator('html')).toHaveAttribute('lang', 'en');

    await app.reload();
    await expect(app.getByRole('heading', { name: 'Welcome to Lakar' })).toBeVisible();
    await app.getByRole('button', { name: 'New project' }).click();
    await app.getByRole('tab', { name: 'Project Information' }).click();
    // the owner is on the form's agencies part (issue 11 split the form)
    await app.getByRole('tab', { name: 'Agencies and Endorsement', exact: true }).click();
    await expect(app.getByLabel('Project owner (Pemilik Projek)')).toBeVisible();

    await app.getByRole('button', { name: 'Switch the interface language to Bahasa Melayu' }).click();
    await expect(app.getByRole('menuitem', { name: 'Fail' })).toBeVisible();
    await expect(app.getByLabel('Pemilik Projek')).toBeVisible();
    await expect(app.locator('html')).toHaveAttribute('lang', 'ms');
  });

  test('reports a damaged stored project in Malay and leaves the welcome screen usable', async ({ app }) => {
    await newProjectWithMetaTab(app);
    await app.getByLabel('Tajuk projek').fill('Akan Rosak');
    await saveAsInBrowser(app, 'Rosak');
    await app.getByRole('menuitem', { name: 'Fail' }).click();
    await app.getByRole('menuitem', { name: 'Tutup Projek' }).click();
    await app.evaluate(corruptFirstProject);
    await app.getByRole('button', { name: /^Rosak/ }).click();
    await expect(app.getByRole('alert').filter({ hasText: 'rosak dan tidak dapat dibuka' })).toContainText('“Rosak”');
    await expect(app.getByRole('heading', { name: 'Selamat datang ke Lakar' })).toBeVisible();
  });

  test('keeps a project to one tab: a second tab is told it is open elsewhere', async ({ app, context }) => {
    await newProjectWithMetaTab(app);
    await app.getByLabel('Tajuk projek').fill('Satu Tab');
    await saveAsInBrowser(app, 'Satu Tab');

    const second = await context.newPage();
    await second.goto('./');
    await second.getByRole('button', { name: /^Satu Tab/ }).click();
    await expect(second.getByRole('alert').filter({ hasText: 'sedang dibuka dalam tab atau tetingkap lain' })).toContainText('“Satu Tab”');
    await expect(second.getByRole('heading', { name: 'Selamat datang ke Lakar' })).toBeVisible();

    await app.getByRole('menuitem', { name: 'Fail' }).click();
    await app.getByRole('menuitem', { name: 'Tutup Projek' }).click();
    await second.getByRole('button', { name: /^Satu Tab/ }).click();
    await expect(second.getByTestId('project-name')).toHaveText('Satu Tab');
    await second.close();
  });

  test('opens the 001 §3.3.4 example as a new unsaved project', async ({ app }) => {
    await app.getByRole('button', { name: /Buka contoh Panduan WoG §3\.3\.4/ }).click();
    await expect(app.getByTestId('project-name')).toContainText('Perkhidmatan Pengurusan Pengambilan Pekerja');
    await app.getByRole('tab', { name: 'Maklumat Projek' }).click();
    await expect(app.getByLabel('Pemilik Projek')).toHaveValue('Agensi PQRST');
    // the category has its own part of the form (issue 11)
    await app.getByRole('tab', { name: 'Sektor dan Kategori' }).click();
    await expect(app.getByRole('radio', { name: /Keseluruhan Kerajaan \(WoG\)/ })).toBeChecked();
  });

  test('moves a project between the desktop store and the browser edition as .lakar.json, both ways', async ({ app }) => {
    const work = mkdtempSync(join(tmpdir(), 'lakar-e2e-json-'));
    try {
      // written by the desktop edition's store (.lakar, SQLite), exported by the CLI
      lakarCli(work, 'new', 'contoh.lakar', '--example');
      lakarCli(work, 'export', 'contoh.lakar', '--format', 'json', '-o', 'contoh.lakar.json');
      const desktop = JSON.parse(lakarCli(work, 'info', 'contoh.lakar', '--json')) as { totals: Record<string, number>; elements: Record<string, number> };

      const chooser = app.waitForEvent('filechooser');
      await app.getByRole('menuitem', { name: 'Fail' }).click();
      await app.getByRole('menuitem', { name: 'Import JSON Lakar (.lakar.json)…' }).click();
      await (await chooser).setFiles(join(work, 'contoh.lakar.json'));
      const done = app.getByRole('dialog', { name: 'Import JSON Lakar' });
      await expect(done.getByRole('status')).toContainText(
        `Dibaca daripada contoh.lakar.json: ${desktop.totals.elements} elemen, ${desktop.totals.relations} hubungan, ${desktop.totals.views} paparan.`,
      );
      await done.getByRole('button', { name: 'Tutup' }).click();
      await app.getByRole('tab', { name: 'Maklumat Projek' }).click();
      await expect(app.getByLabel('Pemilik Projek')).toHaveValue('Agensi PQRST');
      await app.getByLabel('Tajuk projek').fill('Pengambilan Pekerja (pelayar)');

      const download = app.waitForEvent('download');
      await app.getByRole('menuitem', { name: 'Fail' }).click();
      await app.getByRole('menuitem', { name: 'Eksport JSON Lakar (.lakar.json)…' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.lakar\.json$/);
      await file.saveAs(join(work, 'dari-pelayar.lakar.json'));

      // and the desktop store reads what the browser wrote
      lakarCli(work, 'import', 'dari-pelayar.lakar.json', '-o', 'dari-pelayar.lakar');
      const back = JSON.parse(lakarCli(work, 'info', 'dari-pelayar.lakar', '--json')) as typeof desktop & { title: string };
      expect(back.title).toBe('Pengambilan Pekerja (pelayar)');
      expect(back.totals).toEqual(desktop.totals);
      expect(back.elements).toEqual(desktop.elements);
      expect(JSON.parse(readFileSync(join(work, 'dari-pelayar.lakar.json'), 'utf8'))).toMatchObject({ format: 'lakar', schemaVersion: SCHEMA_VERSION });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test('autosaves a named project when autosave is turned on in Settings', async ({ app }) => {
    await app.clock.install();
    await newProjectWithMetaTab(app);
    await app.getByLabel('Tajuk projek').fill('Autosimpan');
    await saveAsInBrowser(app, 'Autosimpan');
    await app.getByRole('menuitem', { name: 'Sunting' }).click();
    await app.getByRole('menuitem', { name: 'Tetapan…' }).click();
    const settings = app.getByRole('dialog', { name: 'Tetapan' });
    await settings.getByRole('checkbox').check();
    await settings.getByRole('button', { name: 'Tutup' }).click();

    await app.getByLabel('Objektif projek').fill('Disimpan tanpa Ctrl+S.');
    await expect(app.getByTestId('save-state')).toHaveText('Ada perubahan belum disimpan');
    await app.getByLabel('Objektif projek').blur();
    await app.clock.runFor(61_000);
    await expect(app.getByTestId('save-state')).toHaveText('Semua perubahan disimpan');
    await expect.poll(() => journalEntries(app)).toBe(0);

    await app.reload();
    await expect(app.getByTestId('project-name')).toHaveText('Autosimpan');
    await expect(app.getByRole('alertdialog')).toHaveCount(0);
    await app.getByRole('tab', { name: 'Maklumat Projek' }).click();
    await expect(app.getByLabel('Objektif projek')).toHaveValue('Disimpan tanpa Ctrl+S.');
  });

  test('runs under the strict CSP: inline scripts are refused', async ({ app, pageErrors }) => {
    // scripts from the app's own origin only; 'wasm-unsafe-eval' lets SQLite's WebAssembly compile (issue 19), never eval or inline code
    await expect(app.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self' 'wasm-unsafe-eval';/);
    const ran = await app.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    });
    expect(ran).toBe(false);
    await expect.poll(() => pageErrors.filter((e) => e.includes('Content Security Policy')).length).toBe(1);
    pageErrors.length = 0; // the refusal above is the expected error
  });

  test('has no axe violations on the welcome screen, the workspace, an open menu and a dialog', async ({ app }) => {
    expect(await axeViolations(app)).toEqual([]);
    await newProjectWithMetaTab(app);
    expect(await axeViolations(app)).toEqual([]);
    await app.getByRole('menuitem', { name: 'Fail' }).click();
    await app.getByRole('menuitem', { name: 'Buka Terkini' }).press('ArrowRight');
    await expect(app.getByRole('menuitem', { name: 'Tiada projek terkini' })).toBeFocused();
    expect(await axeViolations(app)).toEqual([]);
    await app.keyboard.press('Escape');
    await app.keyboard.press('Escape');
    await app.getByRole('menuitem', { name: 'Sunting' }).click();
    await app.getByRole('menuitem', { name: 'Tetapan…' }).click();
    await expect(app.getByRole('dialog', { name: 'Tetapan' })).toBeVisible();
    expect(await axeViolations(app)).toEqual([]);
  });
});
