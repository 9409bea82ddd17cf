/**
 * The single-file edition (`npm run web:file`): one lakar.html opened from a file:// URL, as a
 * planner would double-click it from a USB stick with nothing installed. It creates a project,
 * saves it to a .lakar file (every file:// page shares one origin, so this edition keeps no project
 * in browser storage: issue 19, checked in single-file-storage.spec.ts), opens it again from that
 * file after a reload, exports it as Lakar JSON and builds the Kertas Cadangan PDF in its (inlined)
 * export worker.
 *
 * The file is built here (into a temporary folder) unless LAKAR_E2E_FILE names one already built.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { pickNext, stubFilePickers } from './support/file-pickers';

const ROOT = join(import.meta.dirname, '..', '..');
let built: string | null = null;
let file = process.env.LAKAR_E2E_FILE ?? '';

test.describe('single-file edition (lakar.html from file://)', () => {
  test.beforeAll(() => {
    if (file && existsSync(file)) return;
    built = mkdtempSync(join(tmpdir(), 'lakar-file-'));
    execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/build-single-file.ts'), '--out', built], { cwd: ROOT, stdio: 'pipe', timeout: 600_000 });
    file = join(built, 'lakar.html');
  });
  test.afterAll(() => {
    if (built) rmSync(built, { recursive: true, force: true });
  });

  test('is one file that creates a project, saves it to a .lakar file, reopens it after a reload and exports it offline', async ({ page }) => {
    test.setTimeout(240_000);
    expect(statSync(file).size).toBeGreaterThan(1_000_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // nothing but the file itself (and what it makes in memory) is ever requested
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const folder = mkdtempSync(join(tmpdir(), 'lakar-file-projects-'));
    // file:// has no origin-private file system: the picker double hands in-memory handles
    await stubFilePickers(page, folder, { memory: true });

    await page.goto(pathToFileURL(file).href);
    await expect(page.getByRole('heading', { level: 1, name: 'Selamat datang ke Lakar' })).toBeVisible({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Projek baharu' }).click();
    await page.getByRole('region', { name: 'Palet' }).getByRole('button', { name: 'Tambah Aplikasi Utama Kerajaan', exact: true }).click();
    // the new element's name field has focus: type the name straight away
    await expect(page.getByRole('region', { name: 'Pemeriksa' }).getByLabel('Nama', { exact: true })).toBeFocused();
    await page.keyboard.type('Sistem Bantuan Kebajikan');
    await expect(page.locator('.react-flow__node .lmv-name', { hasText: 'Sistem Bantuan Kebajikan' })).toBeVisible();

    // save: the file picker (a test double writing into a temporary folder) names a .lakar file
    await pickNext(page, 'bantuan-kebajikan.lakar');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('save-state')).toHaveText('Semua perubahan disimpan', { timeout: 60_000 });
    await expect(page.getByTestId('project-name')).toHaveText('bantuan-kebajikan.lakar');
    expect(readFileSync(join(folder, 'bantuan-kebajikan.lakar')).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');

    // reload the file: nothing reopens from browser storage; the project comes back from its file
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Selamat datang ke Lakar' })).toBeVisible({ timeout: 60_000 });
    await pickNext(page, 'bantuan-kebajikan.lakar');
    await page.getByRole('button', { name: 'Buka projek…' }).click();
    await expect(page.getByTestId('project-name')).toHaveText('bantuan-kebajikan.lakar', { timeout: 60_000 });
    await expect(page.locator('.react-flow__node .lmv-name', { hasText: 'Sistem Bantuan Kebajikan' })).toBeVisible();

    // export as Lakar JSON: the same file the other editions import
    const json = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Fail' }).click();
    await page.getByRole('menuitem', { name: 'Eksport JSON Lakar (.lakar.json)…' }).click();
    const exported = JSON.parse(readFileSync(await (await json).path(), 'utf8')) as { elements: Record<string, { name: string; kind: string }> };
    expect(Object.values(exported.elements).map((e) => [e.kind, e.name])).toEqual([['application', 'Sistem Bantuan Kebajikan']]);

    // the Kertas Cadangan is built in the export worker, started from the page itself
    const pdf = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Fail' }).click();
    await page.getByRole('menuitem', { name: 'Eksport Kertas Cadangan (PDF)…' }).click();
    await page.getByRole('dialog', { name: 'Eksport Kertas Cadangan (PDF)' }).getByRole('button', { name: 'Eksport' }).click();
    const bytes = readFileSync(await (await pdf).path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    expect(new Set(requests.filter((u) => u.startsWith('file:')))).toEqual(new Set([pathToFileURL(file).href]));
    expect(errors).toEqual([]);
    rmSync(folder, { recursive: true, force: true });
  });
});
