/**
 * The WoG checker in the browser edition: the Problems panel checks the worked example live,
 * selects the elements of a finding, records a switched-off rule in the project; the catalogue
 * browser finds registries. Screenshots go to test-results/checker-*.png for review.
 */
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test.describe('checker', () => {
  test('checks the example live and browses the catalogue', async ({ app }) => {
    await app.getByRole('button', { name: 'Buka contoh Panduan WoG §3.3.4' }).click();
    const panel = app.locator('.problems-panel');
    // the worked example is a correct model: no finding, its three MyGDX services' IDD fields
    // (003 Lampiran A §2.1.1–2.1.5) filled in as their suppliers state them
    await expect(panel.getByText('0 ralat')).toBeVisible();
    await expect(panel.getByText('0 amaran')).toBeVisible();
    await expect(panel.getByText('0 nasihat')).toBeVisible();
    await expect(panel.getByText('Sumber: Polisi Data Raya TVET Lampiran A §2.1.1–2.1.5', { exact: true })).toHaveCount(0);

    // deleting MyDigital ID from the model makes the application an error, live, and the identity
    // verification it supported (process 2, Rajah 3-2 #20: 001 §1.4.4)
    await app.getByRole('region', { name: 'Model' }).getByRole('treeitem', { name: /^MyDigital ID( tiada pada paparan)?$/ }).click();
    const inspector = app.getByRole('region', { name: 'Pemeriksa' });
    await expect(inspector.getByRole('heading', { level: 2 })).toHaveText('MyDigital ID');
    await inspector.getByRole('button', { name: 'Padam elemen daripada model' }).click();
    await expect(panel.getByText('2 ralat')).toBeVisible();
    await app.screenshot({ path: 'test-results/checker-problems.png' });

    await panel.getByText('Aplikasi "Sistem Pengambilan Pekerja" tidak menggunakan platform MyDigital ID sebagai log masuk tunggal.').click();
    await expect(inspector.getByRole('heading', { level: 2 })).toHaveText('Sistem Pengambilan Pekerja');

    // switched off: named after the rule (never its internal id), listed behind a toggle at the top
    await panel.getByRole('button', { name: 'Matikan peraturan: Aplikasi diintegrasikan dengan MyDigital ID (SSO)' }).click();
    await expect(panel.getByText('1 ralat')).toBeVisible();
    await expect(panel.getByRole('button', { name: '1 peraturan dimatikan' })).toBeVisible();

    await app.getByRole('tab', { name: 'Katalog Ekosistem' }).click();
    const catalogue = app.getByRole('region', { name: 'Katalog Ekosistem Sektor' });
    await catalogue.getByLabel(/Cari dalam katalog/).fill('penduduk');
    await expect(catalogue.getByText('Registri Penduduk')).toBeVisible();
    await app.screenshot({ path: 'test-results/checker-catalogue.png' });
    // the panels this feature owns; other panels have their own specs
    expect(await axeViolations(app, { include: '.catalogue-browser' })).toEqual([]);
    expect(await axeViolations(app, { include: '.problems-panel' })).toEqual([]);
  });
});
