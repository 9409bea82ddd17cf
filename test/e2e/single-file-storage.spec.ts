/**
 * The single-file edition keeps projects in real files and nothing but the open project's recovery
 * journal in origin storage (on file:// every local page shares it). Built here: with
 * scripts/build-single-file.ts when present (lakar.html, opened from file://), else the app built in
 * the single-file mode (`vite build --mode file`, which switches the same policy on) and served.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { pickNext, stubFilePickers } from './support/file-pickers';

const ROOT = join(import.meta.dirname, '..', '..');
const PORT = Number(process.env.LAKAR_E2E_PORT ?? 4173) + 1000;
let out: string;
let url: string;
let server: ChildProcess | null = null;

test.beforeAll(async () => {
  test.setTimeout(900_000);
  out = mkdtempSync(join(tmpdir(), 'lakar-single-'));
  if (existsSync(join(ROOT, 'scripts', 'build-single-file.ts'))) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-single-file.ts', '--out', out], { cwd: ROOT, stdio: 'inherit' });
    url = pathToFileURL(join(out, 'lakar.html')).href;
    return;
  }
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--mode', 'file', '--outDir', out, '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  server = spawn(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--outDir', out, '--port', String(PORT), '--strictPort'], { cwd: ROOT, stdio: 'ignore' });
  url = `http://127.0.0.1:${PORT}/`;
  for (let i = 0; i < 120; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('preview server did not start');
});

test.afterAll(() => {
  server?.kill();
  rmSync(out, { recursive: true, force: true });
});

/** Every IndexedDB database of the page's origin with the rows of each of its stores. */
function originDatabases(page: Page) {
  return page.evaluate(async () => {
    const out: Record<string, Record<string, number>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      out[info.name] = {};
      for (const store of Array.from(db.objectStoreNames)) {
        out[info.name][store] = await new Promise<number>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).count();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      }
      db.close();
    }
    return out;
  });
}

test('single-file edition: projects in files, only the journal in origin storage, cleared on save and close; a notice for Terhad data', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'lakar-single-files-'));
  try {
    await stubFilePickers(page, dir, { memory: true });
    await page.goto(url);
    await expect(page.getByText('Edisi satu fail: projek disimpan hanya dalam fail .lakar')).toBeVisible();
    await page.getByRole('button', { name: /^Buka contoh Panduan WoG §3\.3\.4/ }).click();
    // the example holds Maklumat Calon (Sulit, Terhad or higher): told once why real files are used
    const notice = page.getByRole('alertdialog', { name: /Terhad atau lebih tinggi/ });
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Faham' }).click();

    // unsaved: the journal of the open project is all that origin storage holds
    const editing = await originDatabases(page);
    expect(Object.keys(editing)).toEqual(['lakar']);
    expect(editing.lakar.journals).toBe(1);
    for (const table of ['projects', 'elements', 'relations', 'views', 'view_nodes']) expect(editing.lakar[table], table).toBe(0);

    await pickNext(page, 'pengambilan.lakar');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('save-state')).toHaveText('Semua perubahan disimpan');
    expect(readFileSync(join(dir, 'pengambilan.lakar')).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');

    await page.getByRole('menuitem', { name: 'Fail' }).click();
    await page.getByRole('menuitem', { name: 'Tutup Projek' }).click();
    await expect(page.getByRole('heading', { name: 'Selamat datang ke Lakar' })).toBeVisible();
    const after = await originDatabases(page);
    for (const [name, stores] of Object.entries(after)) for (const [store, rows] of Object.entries(stores)) expect(rows, `${name}.${store}`).toBe(0);
    const local = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(local).not.toContain('Maklumat Calon');
    expect(local).not.toContain('Pengambilan Pekerja');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
