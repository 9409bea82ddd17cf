/**
 * The proposal fields in the browser edition: the Senarai Semak (Panduan WoG Jadual 4-1 A.1.a) tab
 * shows the worked example's nine items answered, follows the agency's answer live, and points to
 * the RASA import; Maklumat Projek edits the cost table in its own tab with undo, and the exported
 * Kertas Cadangan prints the new line. Screenshots go to test-results/proposal-*.png for review.
 */
import { readFileSync } from 'node:fs';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { pdfText, squash } from '../fixtures/export/poppler';

test.describe('proposal', () => {
  test('answers the A.1.a checklist and edits the cost table, and the paper prints both', async ({ app }) => {
    // the export worker's first start is slow on shared build machines
    test.setTimeout(180_000);
    await app.getByRole('button', { name: 'Buka contoh Panduan WoG §3.3.4' }).click();

    await app.getByRole('tab', { name: 'Senarai Semak (A.1.a)' }).click();
    const checklist = app.getByRole('region', { name: 'Senarai Semak WoG (Jadual 4-1, Proses A.1.a)' });
    await expect(checklist.getByText('9 dijawab · 0 perlu jawapan agensi · 0 belum disemak · 0 tidak berkaitan')).toBeVisible();
    const item = (no: string) => checklist.getByRole('listitem').filter({ has: app.getByRole('heading', { name: new RegExp(`^${no}\\. `) }) });
    const answer = checklist.getByLabel('Jawapan agensi bagi perkara vi', { exact: true });
    await answer.fill('');
    await expect(item('vi').getByText('Perlu jawapan agensi', { exact: true })).toBeVisible();
    await expect(item('vi').getByText('Jawapan agensi belum diberi.')).toBeVisible();
    await answer.fill('Data Sulit dilindungi HSM, SIEM dan DLP di PDSA JDN.');
    await expect(item('vi').getByText('Dijawab', { exact: true })).toBeVisible();
    await app.screenshot({ path: 'test-results/proposal-checklist.png' });
    expect(await axeViolations(app, { include: '.checklist-panel' })).toEqual([]);

    await app.getByRole('tab', { name: 'Maklumat Projek' }).click();
    const form = app.getByRole('region', { name: 'Maklumat Projek' });
    await form.getByRole('tab', { name: 'Anggaran Kos' }).click();
    await expect(form.locator('[data-total]')).toHaveText('RM5,000,000.00');
    await form.getByRole('button', { name: 'Tambah komponen kos' }).click();
    await form.getByLabel('Komponen 6').fill('Latihan pengguna');
    await form.getByLabel('Jumlah (RM) 6').fill('120,000');
    await form.getByLabel('Jenis kos (CAPEX/OPEX) 6').selectOption({ label: 'OPEX' });
    await expect(form.locator('[data-total]')).toHaveText('RM5,120,000.00');
    await form.getByLabel('Jumlah (RM) 6').fill('120.000,00');
    await expect(form.getByLabel('Jumlah (RM) 6')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.locator('[data-total]')).toHaveText('RM5,120,000.00');
    await form.getByLabel('Jumlah (RM) 6').fill('150000');
    await expect(form.locator('[data-total]')).toHaveText('RM5,150,000.00');
    await app.screenshot({ path: 'test-results/proposal-cost.png' });
    expect(await axeViolations(app, { include: '.meta-form' })).toEqual([]);

    await app.getByRole('menuitem', { name: 'Fail' }).click();
    await app.getByRole('menuitem', { name: 'Eksport Kertas Cadangan (PDF)…' }).click();
    const download = app.waitForEvent('download');
    await app.getByRole('dialog', { name: 'Eksport Kertas Cadangan (PDF)' }).getByRole('button', { name: 'Eksport' }).click();
    const text = squash(pdfText(readFileSync(await (await download).path())));
    expect(text).toContain(squash('Latihan pengguna OPEX'));
    expect(text).toContain(squash('Jumlah keseluruhan RM5,150,000.00'));
    expect(text).toContain(squash('Data Sulit dilindungi HSM, SIEM dan DLP di PDSA JDN.'));
    expect(text).not.toContain('DRAF');
  });
});
