/**
 * The WoG checker in the browser edition: the Problems panel checks the worked example live,
 * selects the elements of a finding, records a switched-off rule in the project; the catalogue
 * browser finds registries. Screenshots go to test-results/checker-*.png for review.
 */
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test.describe('checker', () => {
  test('checks the example live and browses the catalogue', async ({ app }) => {
    await app.getByRole('button', { name: 'Buka contoh 001 §3.3.4' }).click();
    const panel = app.locator('.problems-panel');
    await expect(panel.getByText('0 ralat')).toBeVisible();
    await expect(panel.getByText('3 amaran')).toBeVisible();
    await expect(panel.getByText('Sumber: 001 §3.3.1, Rajah 3-1')).toBeVisible();
    await app.screenshot({ path: 'test-results/checker-problems.png' });

    await panel.getByText('Platform "MyGDX" tidak dihubungkan dengan mana-mana elemen lain.').click();
    await expect(app.getByRole('heading', { name: 'MyGDX' })).toBeVisible();

    await panel.getByRole('button', { name: 'Matikan peraturan element.unconnected bagi projek ini' }).click();
    await expect(panel.getByText('2 amaran')).toBeVisible();
    await expect(panel.getByText('Peraturan dimatikan bagi projek ini (1)')).toBeVisible();

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
