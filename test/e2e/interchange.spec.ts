/**
 * Interchange in the browser edition: File › Import ArchiMate (OEF) reads Archisurance in the worker
 * and opens it as a new project; a broken file is refused with its line, leaving the open project as
 * it was; View › Export as PNG draws the view through a canvas; File › Export ArchiMate (OEF) downloads
 * the model; File › Export/Import CSV Archi round-trips it through a zip.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'interchange', 'corpus');

async function menu(page: Page, top: string, item: string) {
  await page.getByRole('menuitem', { name: top }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function importFile(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await menu(page, 'Fail', 'Import ArchiMate (OEF)…');
  await (await chooser).setFiles({ name, mimeType: 'application/xml', buffer });
}

test.describe('interchange', () => {
  test('imports Archisurance as a new project, refuses a broken file, exports PNG and OEF', async ({ app }) => {
    await app.getByRole('button', { name: 'Projek baharu' }).click();
    // an untouched new project has nothing to lose; one element makes it worth asking about
    await app.getByRole('region', { name: 'Palet' }).getByRole('button', { name: 'Tambah Perkhidmatan', exact: true }).click();

    await importFile(app, 'archisurance.xml', readFileSync(join(CORPUS, 'archisurance.xml')));
    // the project has unsaved changes: asked only after the file was read
    await app.getByRole('alertdialog').getByRole('button', { name: 'Jangan simpan' }).click({ timeout: 30_000 });
    const done = app.getByRole('dialog', { name: 'Import ArchiMate Open Exchange' });
    await expect(done.getByRole('status')).toHaveText(/Dibaca daripada archisurance\.xml: 95 elemen, 150 hubungan, 17 paparan\./, { timeout: 30_000 });
    await done.getByRole('button', { name: 'Tutup' }).click();
    await expect(app.getByTestId('project-name')).toContainText('Archisurance');

    await importFile(app, 'rosak.xml', Buffer.from('<?xml version="1.0"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/">\n<elements>\n</model>'));
    const failed = app.getByRole('dialog', { name: 'Import ArchiMate Open Exchange' });
    await expect(failed.getByRole('alert')).toContainText('rosak pada baris 4, lajur 1: dijangka </elements> (dibuka pada baris 3) tetapi ditemui </model>');
    await expect(failed.getByText('Projek yang dibuka tidak diubah.')).toBeVisible();
    await failed.getByRole('button', { name: 'Tutup' }).click();
    await expect(app.getByTestId('project-name')).toContainText('Archisurance');

    const png = app.waitForEvent('download');
    await menu(app, 'Paparan', 'Eksport paparan sebagai PNG…');
    const pngFile = await (await png).path();
    const bytes = readFileSync(pngFile);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('\x89PNG');
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000);

    const oef = app.waitForEvent('download');
    await menu(app, 'Fail', 'Eksport ArchiMate (OEF)…');
    const download = await oef;
    expect(download.suggestedFilename()).toBe('archisurance-archimate.xml');
    expect(readFileSync(await download.path(), 'utf8')).toContain('<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/"');

    // Archi CSV: export the zip, then import it back as a new project with the same counts
    const csv = app.waitForEvent('download');
    await menu(app, 'Fail', 'Eksport CSV Archi (zip)…');
    const zip = await csv;
    expect(zip.suggestedFilename()).toBe('archisurance-archi-csv.zip');
    const chooser = app.waitForEvent('filechooser');
    await menu(app, 'Fail', 'Import CSV Archi…');
    await (await chooser).setFiles({ name: 'archisurance-archi-csv.zip', mimeType: 'application/zip', buffer: readFileSync(await zip.path()) });
    await app.getByRole('alertdialog').getByRole('button', { name: 'Jangan simpan' }).click({ timeout: 30_000 });
    const back = app.getByRole('dialog', { name: 'Import CSV Archi' });
    await expect(back.getByRole('status')).toHaveText(/Dibaca daripada archisurance-archi-csv\.zip: 95 elemen, 150 hubungan, 17 paparan\./, { timeout: 30_000 });
  });

  test('imports Archi CSV picked as its three files at once, with no missing-file warning', async ({ app }) => {
    await app.getByRole('button', { name: 'Projek baharu' }).click();
    const dir = join(CORPUS, 'archi-csv');
    const chooser = app.waitForEvent('filechooser');
    await menu(app, 'Fail', 'Import CSV Archi…');
    const picker = await chooser;
    expect(picker.isMultiple()).toBe(true);
    await picker.setFiles(['test1-elements.csv', 'test1-relations.csv', 'test1-properties.csv'].map((name) => ({ name, mimeType: 'text/csv', buffer: readFileSync(join(dir, name)) })));
    // an untouched new project is replaced without a question
    const done = app.getByRole('dialog', { name: 'Import CSV Archi' });
    await expect(done.getByRole('status')).toHaveText(/Dibaca daripada test1-elements\.csv, test1-relations\.csv, test1-properties\.csv: 3 elemen, 2 hubungan, 1 paparan\./, { timeout: 30_000 });
    // the duplicate property is reported; nothing says a file is missing
    await expect(done).toContainText('Property 3');
    await expect(done).not.toContainText('tidak diberi');
    await done.getByRole('button', { name: 'Tutup' }).click();
    await expect(app.getByRole('alertdialog')).toHaveCount(0);
    await expect(app.getByTestId('project-name')).toContainText('Test Model');
  });
});
