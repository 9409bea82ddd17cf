/**
 * Reviewer mode round trip (001 §4.3 Jadual 4-1, issue 16), in the browser edition as the two sides
 * would use it: JDN's reviewer opens the agency's proposal read-only, comments on a data flow and a
 * site, fills two step-8 criteria, chooses "Bersetuju Dengan Pindaan" and exports the Kertas Ulasan
 * JDN; the review file travels to the agency, which sees the comments on its canvas, replies, marks
 * one answered and revises the flow; the review file travels back and the reviewer sees the reply and
 * what changed since the version reviewed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { pdfText, squash } from '../fixtures/export/poppler';
import { axeViolations } from './support/axe';

const inspector = (page: Page) => page.getByRole('region', { name: 'Pemeriksa' });
const tree = (page: Page) => page.getByRole('region', { name: 'Model' });
const comments = (page: Page) => page.locator('.review-comments');

async function menu(page: Page, top: string, item: string) {
  await page.getByRole('menuitem', { name: top }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

async function selectInTree(page: Page, name: string) {
  await tree(page).getByRole('treeitem', { name: new RegExp(`^${name}$`) }).click();
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText(name);
}

/** Select the data flow from Sistem B (JPN) to the system, through Sistem B's relations in the inspector. */
async function selectFlowFromJpn(page: Page, method: string) {
  await selectInTree(page, 'Sistem B');
  await inspector(page).getByRole('button', { name: `aliran data → Sistem Pengambilan Pekerja (${method})` }).click();
  await expect(inspector(page).getByLabel('Kaedah integrasi')).toBeVisible();
}

/** Closing a project with elements kept only in browser storage offers a .lakar copy first (issue 19): declined, it closes. */
async function declineLakarCopy(page: Page) {
  await page.getByRole('alertdialog', { name: /hanya ada dalam pelayar ini/ }).getByRole('button', { name: 'Tutup tanpa salinan' }).click();
  await expect(page.getByRole('heading', { name: 'Selamat datang ke Lakar' })).toBeVisible();
}

test.describe('reviewer mode', () => {
  test('reviewer → agency → reviewer: comments anchored to the model travel with the review file', async ({ app }, info) => {
    test.setTimeout(180_000);
    // The agency's proposal, saved in this browser.
    await app.getByRole('button', { name: /Buka contoh Panduan WoG §3\.3\.4/ }).click();
    await menu(app, 'Fail', 'Simpan Sebagai…');
    await app.getByLabel('Nama projek').fill('Projek Agensi');
    await app.getByRole('dialog', { name: 'Simpan projek sebagai' }).getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(app.getByTestId('save-state')).toHaveText('Semua perubahan disimpan');
    await menu(app, 'Fail', 'Tutup Projek');
    await declineLakarCopy(app);

    // --- JDN's reviewer opens it read-only and starts a review.
    await menu(app, 'Fail', 'Semak Kertas Cadangan (Ulasan)…');
    await app.getByRole('dialog', { name: 'Buka projek' }).getByRole('button', { name: /^Projek Agensi / }).click();
    await app.getByRole('button', { name: 'Mula ulasan baharu' }).click();
    await app.getByLabel('Nama penyemak').fill('Puan Aminah');
    await app.getByLabel('Jawatan').fill('Ketua Penolong Pengarah');
    await app.getByRole('button', { name: 'Mula ulasan' }).click();
    await expect(comments(app).getByText('Mod penyemak — model baca sahaja')).toBeVisible();

    // the model cannot be changed: the palette offers nothing to add, the inspector shows the values
    // with its fields and buttons disabled, and its links to related elements still select them
    const palette = app.getByRole('region', { name: 'Palet' });
    await expect(palette).toContainText('Model dibuka untuk ulasan: elemen tidak boleh ditambah');
    await expect(palette.getByRole('button')).toHaveCount(0);
    await selectInTree(app, 'PDSA JDN');
    await expect(inspector(app)).toContainText('Hanya baca: model agensi tidak boleh diubah');
    await expect(inspector(app).getByLabel('Nama', { exact: true })).toHaveValue('PDSA JDN');
    await expect(inspector(app).getByLabel('Nama', { exact: true })).toBeDisabled();
    await expect(inspector(app).getByRole('button', { name: 'Padam elemen daripada model' })).toBeDisabled();
    await expect(inspector(app).getByRole('button', { name: 'Sambung' })).toBeDisabled();
    await expect(inspector(app).getByRole('button', { name: 'Sembunyikan daripada paparan ini' })).toBeDisabled();
    await selectFlowFromJpn(app, 'MyGDX');
    await expect(inspector(app).getByLabel('Kaedah integrasi')).toBeDisabled();
    await expect(inspector(app).getByRole('button', { name: 'Sistem B', exact: true })).toBeEnabled();
    await app.getByRole('tab', { name: 'Maklumat Projek' }).click();
    await expect(app.getByLabel('Tajuk projek')).toBeDisabled();
    await app.getByRole('tab', { name: 'Lakaran LMV' }).click();
    await expect(tree(app).getByRole('treeitem', { name: /^PDSA JDN$/ })).toBeVisible();

    // comment on the site, then on the flow from JPN
    await selectInTree(app, 'PDSA JDN');
    await comments(app).getByRole('button', { name: 'Komen pada pilihan' }).click();
    await comments(app).getByLabel('Komen', { exact: true }).fill('Nyatakan kapasiti pelayan di PDSA JDN.');
    await comments(app).getByRole('button', { name: 'Tambah komen' }).click();
    // the reviewer rewords the comment after adding it
    const siteComment = comments(app).getByTestId('review-comment').filter({ hasText: 'PDSA JDN' });
    await siteComment.getByRole('button', { name: 'Ubah komen' }).click();
    const editForm = siteComment.getByRole('form', { name: 'Ubah komen' });
    await expect(editForm.getByLabel('Komen', { exact: true })).toHaveValue('Nyatakan kapasiti pelayan di PDSA JDN.');
    await editForm.getByLabel('Komen', { exact: true }).fill('Nyatakan kapasiti pelayan dan storan di PDSA JDN.');
    await editForm.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect(siteComment.getByRole('form')).toHaveCount(0);
    await expect(siteComment).toContainText('Nyatakan kapasiti pelayan dan storan di PDSA JDN.');
    await expect(siteComment).toContainText('diubah');
    await selectFlowFromJpn(app, 'MyGDX');
    await comments(app).getByRole('button', { name: 'Komen pada pilihan' }).click();
    await comments(app).getByLabel('Komen', { exact: true }).fill('Sahkan Servis ID JPN untuk aliran ini.');
    await comments(app).getByRole('button', { name: 'Tambah komen' }).click();
    await expect(comments(app).getByTestId('review-comment')).toHaveCount(2);
    await expect(app.getByTestId('review-pin')).toHaveCount(2);

    // two step-8 criteria and the Syor
    await app.getByRole('tab', { name: 'Ulasan JDN' }).click();
    const network = app.locator('[data-assessment="pengurusanRangkaian"]');
    await network.getByLabel('Penilaian').selectOption({ label: 'Memuaskan' });
    await network.getByLabel('Justifikasi').fill('MyGov*Net.PDSA 10 Gbps mencukupi.');
    const dc = app.locator('[data-assessment="pengurusanPusatData"]');
    await dc.getByLabel('Penilaian').selectOption({ label: 'Perlu penambahbaikan' });
    await dc.getByLabel('Justifikasi').fill('Pelan DRC belum diperincikan.');
    await dc.getByRole('button', { name: 'Guna bukti ini' }).click();
    // step 8 "termasuk pengesyoran Pelaksana Projek", beside the agency's own proposal
    await expect(app.getByText('Cadangan agensi: Jabatan Digital Negara')).toBeVisible();
    await app.getByLabel('Pelaksana Projek yang disyorkan').fill('Jabatan Digital Negara');
    await app.getByLabel('Justifikasi pengesyoran').fill('Sistem dihoskan di PDSA JDN.');
    await app.getByRole('radio', { name: /Bersetuju Dengan Pindaan/ }).check();
    await app.getByLabel('Pindaan yang perlu dibuat oleh agensi').fill('Aliran data JPN melalui MyGDX dengan Servis ID berdaftar.');
    expect(await axeViolations(app, { include: '.review-panel, .review-comments' })).toEqual([]);

    // Undo acts on the review in reviewer mode
    await menu(app, 'Sunting', 'Buat Asal Ubah Syor SLU');
    await expect(app.getByLabel('Pindaan yang perlu dibuat oleh agensi')).toHaveValue('');
    await menu(app, 'Sunting', 'Buat Semula Ubah Syor SLU');
    await expect(app.getByLabel('Pindaan yang perlu dibuat oleh agensi')).toHaveValue('Aliran data JPN melalui MyGDX dengan Servis ID berdaftar.');

    // the Kertas Ulasan JDN, read back as its reader would
    const pdf = app.waitForEvent('download');
    await menu(app, 'Fail', 'Eksport Kertas Ulasan JDN (PDF)…');
    const text = pdfText(readFileSync(await (await pdf).path()));
    for (const h of ['a. Pengurusan Projek', 'b. Perancangan Strategik ICT', 'c. Pembangunan Sistem', 'd. Pengurusan Pangkalan Data', 'e. Pengurusan Pusat Data', 'f. Pengurusan Rangkaian', 'g. Pengurusan Keselamatan Siber']) expect(text).toContain(h);
    expect(squash(text)).toContain(squash('Lokasi: PDSA JDN'));
    expect(squash(text)).toContain(squash('Nyatakan kapasiti pelayan dan storan di PDSA JDN.'));
    expect(squash(text)).toContain(squash('Aliran data: Sistem B – Sistem Pengambilan Pekerja (MyGDX)'));
    expect(squash(text)).toContain(squash('Bersetuju Dengan Pindaan'));
    expect(squash(text)).toContain(squash('Pelaksana Projek yang disyorkan JDN Jabatan Digital Negara Justifikasi Sistem dihoskan di PDSA JDN.'));

    // save the review, and a copy of the file to send to the agency
    await menu(app, 'Fail', 'Simpan Ulasan');
    await expect(app.getByTestId('save-state')).toHaveText('Semua perubahan disimpan');
    const copy = app.waitForEvent('download');
    await menu(app, 'Fail', 'Simpan Salinan Fail Ulasan…');
    const toAgency = info.outputPath('projek-agensi.ulasan');
    writeFileSync(toAgency, readFileSync(await (await copy).path()));
    await menu(app, 'Fail', 'Tutup Ulasan');
    await expect(app.getByRole('heading', { level: 1, name: 'Selamat datang ke Lakar' })).toBeVisible();

    // --- The agency opens its project with the review file it received.
    await menu(app, 'Fail', 'Buka…');
    await app.getByRole('dialog', { name: 'Buka projek' }).getByRole('button', { name: /^Projek Agensi / }).click();
    const chooser = app.waitForEvent('filechooser');
    await menu(app, 'Fail', 'Buka Fail Ulasan…');
    await app.getByRole('button', { name: 'Import fail .ulasan…' }).click();
    await (await chooser).setFiles(toAgency);
    await expect(comments(app).getByText('Maklum balas agensi')).toBeVisible();
    await expect(app.getByTestId('review-pin')).toHaveCount(2);
    await comments(app).getByLabel('Nama anda (pegawai agensi)').fill('Encik Rahman');
    const flowComment = comments(app).getByTestId('review-comment').filter({ hasText: 'Sahkan Servis ID JPN' });
    await flowComment.getByLabel(/Balasan kepada komen/).fill('Aliran kini melalui API dengan Servis ID berdaftar.');
    await flowComment.getByRole('button', { name: 'Balas' }).click();
    await expect(flowComment.getByText('Dijawab', { exact: true })).toBeVisible();
    // the reviewer's verdicts are read-only for the agency
    await app.getByRole('tab', { name: 'Ulasan JDN' }).click();
    await expect(app.locator('[data-assessment="pengurusanRangkaian"]').getByLabel('Penilaian')).toBeDisabled();
    // the agency revises the flow and saves its project and the replies
    await app.getByRole('tab', { name: 'Lakaran LMV' }).click();
    await selectFlowFromJpn(app, 'MyGDX');
    await inspector(app).getByLabel('Kaedah integrasi').selectOption({ label: 'API' });
    await menu(app, 'Fail', 'Simpan');
    await expect(app.getByTestId('save-state')).toHaveText('Semua perubahan disimpan');
    await menu(app, 'Fail', 'Simpan Ulasan');
    const back = app.waitForEvent('download');
    await menu(app, 'Fail', 'Simpan Salinan Fail Ulasan…');
    const toReviewer = info.outputPath('projek-agensi-balasan.ulasan');
    writeFileSync(toReviewer, readFileSync(await (await back).path()));
    await menu(app, 'Fail', 'Tutup Projek');
    await declineLakarCopy(app);

    // --- The reviewer opens the revised proposal with the answered review.
    await menu(app, 'Fail', 'Semak Kertas Cadangan (Ulasan)…');
    await app.getByRole('dialog', { name: 'Buka projek' }).getByRole('button', { name: /^Projek Agensi / }).click();
    await app.getByRole('button', { name: 'Buka fail ulasan…' }).click();
    const chooser2 = app.waitForEvent('filechooser');
    await app.getByRole('button', { name: 'Import fail .ulasan…' }).click();
    await (await chooser2).setFiles(toReviewer);
    const changes = app.getByTestId('review-changes');
    await expect(changes).toBeVisible();
    await expect(changes).toContainText('MyGDX → API');
    const answered = comments(app).getByTestId('review-comment').filter({ hasText: 'Sahkan Servis ID JPN' });
    await expect(answered).toContainText('Aliran kini melalui API dengan Servis ID berdaftar.');
    await expect(answered).toContainText('Encik Rahman (Agensi');
    await expect(answered.getByText('Diubah sejak disemak')).toBeVisible();
    await expect(answered).toContainText('Aliran data: Sistem B – Sistem Pengambilan Pekerja (API)');
  });
});
