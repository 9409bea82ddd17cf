/** The desktop's File › Open portfolio…: a folder read read-only and watched, owned by its window (issue 17). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toLakarJson } from '../../shared/interchange/json';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { createProject } from '../store/project';
import { createPortfolioHandlers, type PortfolioHandlers } from './handlers-portfolio';

let dir: string;
let handlers: PortfolioHandlers;
const win1 = { windowId: 1 };
const win2 = { windowId: 2 };
const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-pf-'));
  fs.writeFileSync(path.join(dir, 'a.lakar.json'), toLakarJson(example()));
  await createProject(path.join(dir, 'b.lakar'), example());
  fs.writeFileSync(path.join(dir, 'rosak.xml'), '<bukan');
  handlers = createPortfolioHandlers({ pickFolder: async () => dir });
});
afterEach(() => {
  handlers.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('portfolio:open', () => {
  it('reads every project file of the chosen folder, giving .lakar files their path and bad files their reason, without changing them', async () => {
    const before = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f)).toString('base64'));
    const opened = (await handlers['portfolio:open']({}, win1))!;
    // the folder's files are listed at once and read by the page a batch at a time, so it can show progress
    expect(opened).toMatchObject({ name: path.basename(dir), watched: true, files: [], pending: ['a.lakar.json', 'b.lakar', 'rosak.xml'] });
    const { files } = await handlers['portfolio:read']({ handle: opened.handle, files: opened.pending! }, win1);
    expect(files.map((f) => [f.file, !!f.doc, f.ref ?? null, f.error?.key ?? null])).toEqual([
      ['a.lakar.json', true, null, null],
      ['b.lakar', true, path.join(dir, 'b.lakar'), null],
      ['rosak.xml', false, null, expect.stringMatching(/^interchange:error\./)],
    ]);
    expect(fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f)).toString('base64'))).toEqual(before);
  });

  it('reads only files the folder listing named, for the window that opened it', async () => {
    const opened = (await handlers['portfolio:open']({}, win1))!;
    await expect(handlers['portfolio:read']({ handle: opened.handle, files: ['../rahsia.lakar'] }, win1)).rejects.toMatchObject({ key: 'error.badRequest' });
    await expect(handlers['portfolio:read']({ handle: opened.handle, files: ['a.lakar.json'] }, win2)).rejects.toMatchObject({ key: 'error.badRequest' });
  });

  it('answers null when the dialog is cancelled', async () => {
    expect(await createPortfolioHandlers({ pickFolder: async () => null })['portfolio:open']({}, win1)).toBeNull();
  });
});

describe('portfolio:changes', () => {
  it('reports a changed file read again and a deleted one, to the window that opened the folder only', async () => {
    const { handle } = (await handlers['portfolio:open']({}, win1))!;
    const doc = example();
    doc.meta.title = 'Diubah';
    fs.writeFileSync(path.join(dir, 'a.lakar.json'), toLakarJson(doc));
    const t = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dir, 'a.lakar.json'), t, t);
    fs.rmSync(path.join(dir, 'rosak.xml'));
    await expect(handlers['portfolio:changes']({ handle }, win2)).rejects.toMatchObject({ key: 'error.badRequest' });
    const changes = await handlers['portfolio:changes']({ handle }, win1);
    expect(changes.removed).toEqual(['rosak.xml']);
    expect(changes.changed.map((f) => [f.file, f.doc?.meta.title])).toEqual([['a.lakar.json', 'Diubah']]);
    expect(await handlers['portfolio:changes']({ handle }, win1)).toEqual({ changed: [], removed: [] });
    await handlers['portfolio:close']({ handle }, win1);
    await expect(handlers['portfolio:changes']({ handle }, win1)).rejects.toMatchObject({ key: 'error.badRequest' });
  });
});
