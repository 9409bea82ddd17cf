/**
 * Export in the browser edition: File › Eksport Kertas Cadangan builds the proposal paper in the
 * export worker (progress shown, the UI stays responsive) and downloads it; a cancelled export
 * downloads nothing; View › Eksport paparan sebagai PDF downloads one A3 page; File › Eksport IDD MyGDX
 * downloads the Markdown IDD of one flow's supplier, then a zip with one PDF per supplying agency.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { pdfInfo, pdfText, squash } from '../fixtures/export/poppler';

async function menu(page: Page, top: string, item: string) {
  await page.getByRole('menuitem', { name: top }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

test.describe('export', () => {
  test('downloads the proposal paper and a view PDF; cancel downloads nothing', async ({ app }) => {
    await app.getByRole('button', { name: /Buka contoh Panduan WoG §3\.3\.4/ }).click();
    await expect(app.getByTestId('project-name')).toContainText('Pengambilan Pekerja');

    // Cancel: no download may follow.
    let downloads = 0;
    app.on('download', () => downloads++);
    await menu(app, 'Fail', 'Eksport Kertas Cadangan (PDF)…');
    let dialog = app.getByRole('dialog', { name: 'Eksport Kertas Cadangan (PDF)' });
    await dialog.getByRole('button', { name: 'Eksport' }).click();
    await dialog.getByRole('button', { name: 'Batalkan eksport' }).click();
    await expect(dialog.getByRole('button', { name: 'Eksport' })).toBeVisible();
    await app.waitForTimeout(1500);
    expect(downloads).toBe(0);

    // Export: the worker builds the PDF while the page keeps painting frames.
    const pdf = app.waitForEvent('download');
    const frames = app.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let n = 0;
          const start = performance.now();
          const tick = () => (performance.now() - start < 500 ? (n++, requestAnimationFrame(tick)) : resolve(n));
          requestAnimationFrame(tick);
        }),
    );
    await dialog.getByRole('button', { name: 'Eksport' }).click();
    const download = await pdf;
    expect(await frames).toBeGreaterThan(5);
    expect(download.suggestedFilename()).toBe('perkhidmatan-pengurusan-pengambilan-pekerja-kertas-cadangan.pdf');
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(20_000);
    // What the worker built is the whole paper: read it back as the JTISA secretariat's reader would.
    const info = pdfInfo(bytes);
    expect(info.fields.Title).toBe('KERTAS CADANGAN: Perkhidmatan Pengurusan Pengambilan Pekerja');
    const text = pdfText(bytes);
    for (let n = 1; n <= 7; n++) expect(text).toContain(`Label ${n}:`);
    for (const part of ['Senarai Semak WoG (Jadual 4-1, Proses A.1.a)', 'Registri dan Repositori Digunakan', 'Lampiran 1: Laporan Semakan WoG', 'Rujukan', `Halaman ${info.pages} daripada ${info.pages}`]) expect(text).toContain(part);
    const lmvPage = info.pageSizes.findIndex((p) => p.paper === 'A3' && p.landscape) + 1;
    expect(lmvPage).toBeGreaterThan(0);
    expect(squash(pdfText(bytes, 'raw', { first: lmvPage, last: lmvPage }))).toContain(squash('Sistem Pengambilan Pekerja'));
    await expect(dialog).toBeHidden();

    const view = app.waitForEvent('download');
    await menu(app, 'Paparan', 'Eksport paparan sebagai PDF…');
    dialog = app.getByRole('dialog', { name: 'Eksport paparan sebagai PDF' });
    await dialog.getByLabel('A3').check();
    await dialog.getByRole('button', { name: 'Eksport' }).click();
    const viewBytes = readFileSync(await (await view).path());
    // One A3 landscape page: MediaBox 1190.55 × 841.89 pt.
    const raw = viewBytes.toString('latin1');
    expect(raw.match(/\/Type \/Page\s/g)).toHaveLength(1);
    expect(raw).toMatch(/\/MediaBox \[0 0 1190\.5\d* 841\.8\d*\]/);
  });

  test('downloads the IDD of one flow’s supplier, then one PDF per supplying agency in a zip', async ({ app }) => {
    await app.getByRole('button', { name: /Buka contoh Panduan WoG §3\.3\.4/ }).click();
    await expect(app.getByTestId('project-name')).toContainText('Pengambilan Pekerja');

    const md = app.waitForEvent('download');
    await menu(app, 'Fail', 'Eksport IDD MyGDX…');
    let dialog = app.getByRole('dialog', { name: 'Eksport Interface Description Document (IDD) MyGDX' });
    await expect(dialog.getByText('2 aliran data MyGDX akan didokumenkan.')).toBeVisible();
    await dialog.getByLabel('Aliran data').selectOption('fl_b');
    await dialog.getByLabel('Markdown (.md)').check();
    await dialog.getByRole('button', { name: 'Eksport' }).click();
    const mdText = readFileSync(await (await md).path(), 'utf8');
    // JPN's own document: named and signed by the supplier, its SOAP service only
    expect(mdText).toContain('| NAMA AGENSI | Jabatan Pendaftaran Negara |');
    expect(mdText).toContain('## PENGESAHAN DOKUMEN OLEH JABATAN PENDAFTARAN NEGARA');
    expect(mdText).toContain('<iden:serviceCode>JPN-SYSB-R-MaklumatIdentiti</iden:serviceCode>');
    expect(mdText).not.toContain('PQRST-SPP-R-MaklumatCalon');
    expect(mdText).not.toContain('Standard Header Format untuk UXP REST-API');
    for (const heading of ['## 1.3 Organisasi Dokumen', '#### 2.1.5.1 Contoh Response Mesej (SOAP)', '## 3.1 LAMPIRAN 1: Error Handling', '### 3.1.4 Ralat Daripada Security Server Agensi Pembekal']) expect(mdText).toContain(heading);

    // every flow: one document per supplying agency, in a zip
    const zip = app.waitForEvent('download');
    await menu(app, 'Fail', 'Eksport IDD MyGDX…');
    dialog = app.getByRole('dialog', { name: 'Eksport Interface Description Document (IDD) MyGDX' });
    await expect(dialog.getByText(/^3 dokumen IDD, satu bagi setiap agensi pembekal: Agensi PQRST, Agensi A, Jabatan Pendaftaran Negara\./)).toBeVisible();
    await dialog.getByLabel('PDF', { exact: true }).check();
    await dialog.getByRole('button', { name: 'Eksport' }).click();
    const zipDownload = await zip;
    expect(zipDownload.suggestedFilename()).toBe('perkhidmatan-pengurusan-pengambilan-pekerja-idd-mygdx.zip');
    const files = unzipSync(new Uint8Array(readFileSync(await zipDownload.path())));
    expect(Object.keys(files)).toEqual(['idd-agensi-pqrst.pdf', 'idd-agensi-a.pdf', 'idd-jabatan-pendaftaran-negara.pdf']);
    expect(squash(pdfText(files['idd-agensi-a.pdf']))).toContain(squash('PENGESAHAN DOKUMEN OLEH AGENSI A'));
  });
});
