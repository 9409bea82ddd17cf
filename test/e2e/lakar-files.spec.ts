/**
 * Real `.lakar` files in Chromium (File System Access, pickers stubbed by a double writing into a
 * temporary folder, support/file-pickers.ts): create, save as .lakar, edit, save, reopen from the
 * remembered handle; the file passes `lakar info` and `lakar check`; a desktop-made .lakar opens; a
 * newer or damaged file is refused with the desktop's message and left byte-identical. And the
 * storage state in Settings and the one-click backup of projects kept in the browser.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatError } from '../../shared/i18n/errors';
import { SCHEMA_VERSION } from '../../shared/model';
import { expect, test } from './support/fixtures';
import { pickNext, stubFilePickers } from './support/file-pickers';

const LAKAR_BIN = join(import.meta.dirname, '..', '..', 'bin', 'lakar.mjs');

function cli(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [LAKAR_BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
}

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lakar-files-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function fileMenu(page: Page, item: string) {
  await page.getByRole('menuitem', { name: 'Fail' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Welcome › Buka projek…, then the dialog's "Buka fail .lakar…" with the picker answering `name`. */
async function openLakarFile(page: Page, name: string) {
  await pickNext(page, name);
  await page.getByRole('button', { name: 'Buka projek…' }).click();
  await page.getByRole('dialog', { name: 'Buka projek' }).getByRole('button', { name: 'Buka fail .lakar…' }).click();
}

const palette = (page: Page) => page.getByRole('region', { name: 'Palet' });
const inspector = (page: Page) => page.getByRole('region', { name: 'Pemeriksa' });

test.describe('real .lakar files in the browser', () => {
  // each CLI run starts Node; the first save also starts the .lakar worker and compiles SQLite
  test.describe.configure({ timeout: 300_000 });
  const SAVED = { timeout: 60_000 };
  test('creates, saves as .lakar, edits, saves, and reopens from the remembered file; the CLI reads every save', async ({ page, pageErrors }) => {
    await stubFilePickers(page, dir);
    await page.goto('./');
    await page.getByRole('button', { name: 'Projek baharu' }).click();
    await palette(page).getByRole('button', { name: 'Tambah G2C — Kerajaan kepada Rakyat', exact: true }).click();
    await inspector(page).getByLabel('Nama', { exact: true }).fill('Pencari Kerja');

    await pickNext(page, 'pengambilan.lakar');
    await page.keyboard.press('Control+s');
    await page.getByRole('dialog', { name: 'Simpan projek sebagai' }).getByRole('button', { name: 'Simpan ke fail .lakar…' }).click();
    await expect(page.getByTestId('save-state')).toHaveText('Semua perubahan disimpan', SAVED);
    await expect(page.getByTestId('project-name')).toHaveText('pengambilan.lakar');

    const file = join(dir, 'pengambilan.lakar');
    const first = JSON.parse(cli(dir, 'info', 'pengambilan.lakar', '--json').stdout);
    expect(first).toMatchObject({ format: 'lakar', generation: 1, totals: { elements: 1 } });
    const sizeAfterCreate = readFileSync(file).length;

    // an edit, then Save: only the changed rows and pages go into the same file
    await inspector(page).getByLabel('Nama', { exact: true }).fill('Pencari Kerja Muda');
    await expect(page.getByTestId('save-state')).toHaveText('Ada perubahan belum disimpan');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('save-state')).toHaveText('Semua perubahan disimpan', SAVED);
    const second = JSON.parse(cli(dir, 'info', 'pengambilan.lakar', '--json').stdout);
    expect(second).toMatchObject({ generation: 2, totals: { elements: 1 } });
    expect(readFileSync(file).length).toBe(sizeAfterCreate);
    const exported = cli(dir, 'export', 'pengambilan.lakar', '--format', 'json', '-o', 'semak.lakar.json');
    expect(exported.status).toBe(0);
    expect(readFileSync(join(dir, 'semak.lakar.json'), 'utf8')).toContain('Pencari Kerja Muda');
    const check = cli(dir, 'check', 'pengambilan.lakar');
    // 0: no problem, 1: problems found in the model; 2 would mean the file could not be read
    expect([0, 1]).toContain(check.status);

    // closed, then opened again from File › Open Recent: the handle kept in IndexedDB
    await fileMenu(page, 'Tutup Projek');
    await expect(page.getByRole('heading', { name: 'Selamat datang ke Lakar' })).toBeVisible();
    await page.reload();
    await page.getByRole('menuitem', { name: 'Fail' }).click();
    await page.getByRole('menuitem', { name: 'Buka Terkini' }).click();
    await page.getByRole('menuitem', { name: 'pengambilan.lakar' }).click();
    await expect(page.getByTestId('project-name')).toHaveText('pengambilan.lakar', SAVED);
    await expect(page.getByRole('region', { name: 'Model' }).getByRole('treeitem', { name: /^Pencari Kerja Muda/ })).toBeVisible();
    expect(pageErrors).toEqual([]);
  });

  test('opens a .lakar made by the desktop, and refuses newer or damaged ones with the desktop message, untouched', async ({ page }) => {
    await stubFilePickers(page, dir);
    execFileSync(process.execPath, [LAKAR_BIN, 'new', 'contoh.lakar', '--example'], { cwd: dir, timeout: 120_000 });
    const good = readFileSync(join(dir, 'contoh.lakar'));
    const newer = Buffer.from(good);
    newer.writeUInt32BE(99, 60); // PRAGMA user_version
    writeFileSync(join(dir, 'baharu.lakar'), newer);
    const damaged = Buffer.from(good);
    damaged.fill(0xa5, 4096 + 8, 4096 + 400);
    writeFileSync(join(dir, 'rosak.lakar'), damaged);

    await page.goto('./');
    await expect(page.getByText('Edisi pelayar: projek disimpan dalam fail .lakar yang anda pilih')).toBeVisible();
    await openLakarFile(page, 'contoh.lakar');
    await expect(page.getByTestId('project-name')).toHaveText('contoh.lakar', SAVED);
    await expect(page.getByRole('region', { name: 'Model' }).getByRole('treeitem', { name: /^Pencari Kerja/ }).first()).toBeVisible();
    expect(readFileSync(join(dir, 'contoh.lakar'))).toEqual(good);

    await fileMenu(page, 'Tutup Projek');
    await openLakarFile(page, 'baharu.lakar');
    await expect(page.getByRole('alert').filter({ hasText: 'baharu.lakar' })).toContainText(formatError('ms', 'store.tooNew', { file: 'baharu.lakar', version: 99, supported: SCHEMA_VERSION }));
    expect(readFileSync(join(dir, 'baharu.lakar'))).toEqual(newer);

    await openLakarFile(page, 'rosak.lakar');
    await expect(page.getByRole('alert').filter({ hasText: 'rosak.lakar' })).toContainText('Fail “rosak.lakar” rosak dan tidak dapat dibuka');
    expect(readFileSync(join(dir, 'rosak.lakar'))).toEqual(damaged);
    await expect(page.getByRole('heading', { name: 'Selamat datang ke Lakar' })).toBeVisible();
  });

  test('shows the storage state in Settings and downloads a backup of every project kept in the browser', async ({ app }) => {
    await app.getByRole('button', { name: 'Projek baharu' }).click();
    await palette(app).getByRole('button', { name: 'Tambah G2C — Kerajaan kepada Rakyat', exact: true }).click();
    await app.keyboard.press('Control+s');
    const dialog = app.getByRole('dialog', { name: 'Simpan projek sebagai' });
    await dialog.getByLabel('Nama projek').fill('Dalam Pelayar');
    await dialog.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(app.getByTestId('save-state')).toHaveText('Semua perubahan disimpan');

    await app.getByRole('menuitem', { name: 'Sunting' }).click();
    await app.getByRole('menuitem', { name: /^Tetapan/ }).click();
    const settings = app.getByTestId('storage-settings');
    await expect(settings.getByTestId('storage-state')).toHaveText(/Storan pelayar kekal|tidak memberikan storan kekal|tidak dapat menjanjikan/);
    await expect(settings.getByTestId('storage-usage')).toContainText('MB');
    const download = app.waitForEvent('download');
    await settings.getByRole('button', { name: 'Muat turun sandaran semua projek' }).click();
    const zipPath = join(dir, 'sandaran.zip');
    await (await download).saveAs(zipPath);
    execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); z.extractall(sys.argv[2])', zipPath, dir]);
    const info = JSON.parse(cli(dir, 'info', 'Dalam Pelayar.lakar', '--json').stdout);
    expect(info).toMatchObject({ format: 'lakar', totals: { elements: 1 } });
  });
});
