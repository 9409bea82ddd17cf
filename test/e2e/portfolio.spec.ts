/**
 * Sector portfolio in the browser edition (issue 17): File › Buka portfolio… with three proposals
 * derived from the 001 §3.3.4 example (two agencies proposing the same recruitment system, in BM
 * and in EN; a third proposing something else), one application overlap shown with its reasons,
 * and a click that opens the project at that element.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { toLakarJson } from '../../shared/interchange/json';
import type { LakarDocument } from '../../shared/model/schema';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { expect, test } from './support/fixtures';

function variant(agency: string, code: string, title: string, appName: string, change: (doc: LakarDocument) => void = () => undefined): Buffer {
  const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  doc.meta = { ...doc.meta, title, pemilikProjek: agency, penerajuProjek: agency, pelaksanaProjek: agency, pelaksanaPerolehan: agency };
  const app = doc.elements.get('app_spp')!;
  if (app.kind === 'application') doc.elements = doc.elements.set(app.id, { ...app, name: appName, agency, agencyCode: code });
  change(doc);
  return Buffer.from(toLakarJson(doc));
}

async function menu(page: Page, top: string, item: string) {
  await page.getByRole('menuitem', { name: top }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

test.describe('sector portfolio', () => {
  test('opens three proposals, shows the duplicated application with its reasons, and opens it at the element', async ({ app }) => {
    // reading and checking runs in a worker that has to start first: generous on a loaded machine
    test.setTimeout(180_000);
    const files = [
      { name: 'pqrst.lakar.json', mimeType: 'application/json', buffer: variant('Agensi PQRST', 'PQRST', 'Pengambilan Pekerja PQRST', 'Sistem Pengambilan Pekerja') },
      { name: 'jtk.lakar.json', mimeType: 'application/json', buffer: variant('Jabatan Tenaga Kerja', 'JTK', 'Worker Recruitment (JTK)', 'Worker Recruitment System') },
      {
        name: 'aset.lakar.json',
        mimeType: 'application/json',
        buffer: variant('Jabatan Akauntan Negara Malaysia', 'ANM', 'Pengurusan Aset', 'Sistem Pengurusan Aset', (doc) => {
          for (const id of ['pr_1', 'pr_2', 'pr_3', 'pr_4']) {
            const p = doc.elements.get(id)!;
            if (p.kind === 'process') doc.elements = doc.elements.set(id, { ...p, genericProcess: ({ pr_1: 17, pr_2: 18, pr_3: 9, pr_4: 2 } as Record<string, number>)[id] });
          }
        }),
      },
      { name: 'rosak.lakar.json', mimeType: 'application/json', buffer: Buffer.from('{ bukan json') },
    ];
    const chooser = app.waitForEvent('filechooser');
    await menu(app, 'Fail', 'Buka portfolio…');
    const picker = await chooser;
    expect(picker.isMultiple()).toBe(true);
    await picker.setFiles(files);

    const view = app.getByRole('region', { name: 'Portfolio sektor' });
    await expect(view.getByRole('heading', { name: /^Portfolio Sektor: pqrst\.lakar\.json, jtk\.lakar\.json, aset\.lakar\.json, …$/ })).toBeVisible({ timeout: 30_000 });
    await expect(view).toContainText(/3 projek daripada 3 agensi · \d+ pasangan bertindih · 1 fail tidak dapat dibaca/, { timeout: 90_000 });

    await view.getByLabel('Jenis').selectOption({ label: 'Aplikasi (1)' });
    const overlaps = view.getByRole('listitem').filter({ has: app.getByText('Skor', { exact: false }) });
    await expect(overlaps).toHaveCount(1);
    const overlap = overlaps.first();
    await expect(overlap.getByRole('button', { name: 'Buka Sistem Pengambilan Pekerja dalam pqrst.lakar.json' })).toBeVisible();
    await expect(overlap.getByText(/^nama serupa selepas normalisasi \(100%\): (pengambilan, pekerjaan|pekerjaan, pengambilan)$/)).toBeVisible();
    await expect(overlap.getByText('proses generik sama (100%): Pendaftaran, Pengesahan Identiti, Kelulusan, Cetakan')).toBeVisible();
    // the asset system shares only "Sistem Pengurusan"-type words with the others: no overlap names it
    await expect(view.getByText('Sistem Pengurusan Aset')).toHaveCount(0);

    // the registry heat map: every project reads the Population registry through a flow
    await view.getByRole('tab', { name: 'Registri' }).click();
    await expect(view.getByRole('button', { name: 'jtk.lakar.json — Penduduk: Dibaca melalui aliran data' })).toBeVisible();
    await view.getByRole('tab', { name: /^Pertindihan/ }).click();
    await view.getByLabel('Jenis').selectOption({ label: 'Aplikasi (1)' });

    // the Laporan Portfolio Sektor comes as a PDF download, built in the worker
    const download = app.waitForEvent('download');
    await view.getByRole('button', { name: 'Eksport Laporan Portfolio Sektor (PDF)…' }).click();
    const pdf = await download;
    await expect(view.getByRole('button', { name: 'Eksport Laporan Portfolio Sektor (PDF)…' })).toBeEnabled({ timeout: 60_000 });
    expect(pdf.suggestedFilename()).toBe('laporan-portfolio-sektor.pdf');
    expect(readFileSync(await pdf.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await view.getByRole('button', { name: 'Buka Worker Recruitment System dalam jtk.lakar.json' }).click();
    await expect(view).toBeHidden();
    await expect(app.getByTestId('project-name')).toContainText('Worker Recruitment (JTK)');
    const inspector = app.getByRole('region', { name: 'Pemeriksa' });
    await expect(inspector.getByRole('heading', { level: 2 })).toHaveText('Worker Recruitment System');
  });
});
