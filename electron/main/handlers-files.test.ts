import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileKind } from '../../shared/ipc/contract';
import { formatError } from '../../shared/i18n/errors';
import { makeDocument } from '../../test/helpers/factories';
import { createProject } from '../store/project';
import { createDesktopHandlers } from './handlers';
import { suggestedFileName } from './handlers-files';
import { toLakarJson } from '../../shared/interchange/json';

let userDataDir: string;
let work: string;
const ctx = { windowId: 1 };

function app() {
  const picks: (string | null)[] = [];
  const saves: (string | null)[] = [];
  const asked: { kind: FileKind; suggestedName: string }[] = [];
  const api = createDesktopHandlers({
    userDataDir,
    dialogs: {
      pickFile: async () => picks.shift() ?? null,
      // several paths are scripted as one pick, separated by newlines
      pickFiles: async () => picks.shift()?.split('\n') ?? null,
      chooseSavePath: async (kind, suggestedName) => {
        asked.push({ kind, suggestedName });
        return saves.shift() ?? null;
      },
      askRecoverIntoCopy: async () => false,
    },
  });
  return { api, picks, saves, asked };
}

beforeEach(() => {
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-ud-'));
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-files-'));
});
afterEach(() => {
  fs.rmSync(userDataDir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
});

describe('file:pick', () => {
  it('returns the picked file’s name and bytes', async () => {
    const { api, picks } = app();
    const file = path.join(work, 'model.xml');
    fs.writeFileSync(file, '<model/>');
    picks.push(file);
    const r = await api['file:pick']({ kinds: ['oef'] }, ctx);
    expect(r?.name).toBe('model.xml');
    expect(Buffer.from(r!.data).toString()).toBe('<model/>');
    expect(r!.data).toBeInstanceOf(Uint8Array);
  });

  it('returns null when the dialog is cancelled', async () => {
    expect(await app().api['file:pick']({ kinds: ['json'] }, ctx)).toBeNull();
  });

  it('refuses a file over 200 MB with a clear message', async () => {
    const { api, picks } = app();
    const file = path.join(work, 'besar.zip');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 201 * 1024 * 1024); // sparse: no disk space used
    picks.push(file);
    const err = await api['file:pick']({ kinds: ['zip'] }, ctx).catch((e: unknown) => e);
    expect(err).toMatchObject({ key: 'file.tooLarge', params: { name: 'besar.zip', sizeMb: 201, maxMb: 200 } });
    const { key, params } = err as { key: string; params: Record<string, string | number> };
    expect(formatError('ms', key, params)).toBe('Fail “besar.zip” terlalu besar (201 MB). Saiz maksimum ialah 200 MB.');
  });

  it('reports a file that vanished before it was read', async () => {
    const { api, picks } = app();
    picks.push(path.join(work, 'hilang.csv'));
    await expect(api['file:pick']({ kinds: ['csv'] }, ctx)).rejects.toMatchObject({ key: 'file.notFound', params: { file: 'hilang.csv' } });
  });
});

describe('file:pick with multiple', () => {
  it('returns every picked file: the first, and the others in `more`', async () => {
    const { api, picks } = app();
    const names = ['elements.csv', 'relations.csv', 'properties.csv'];
    for (const n of names) fs.writeFileSync(path.join(work, n), `"ID"\n"${n}"`);
    picks.push(names.map((n) => path.join(work, n)).join('\n'));
    const r = await api['file:pick']({ kinds: ['csv'], multiple: true }, ctx);
    expect([r!.name, ...r!.more!.map((f) => f.name)]).toEqual(names);
    expect(Buffer.from(r!.more![1].data).toString()).toBe('"ID"\n"properties.csv"');
  });

  it('refuses more files than an import can take, naming the limit', async () => {
    const { api, picks } = app();
    picks.push(Array.from({ length: 17 }, (_, i) => path.join(work, `f${i}.csv`)).join('\n'));
    const err = await api['file:pick']({ kinds: ['csv'], multiple: true }, ctx).catch((e: unknown) => e);
    expect(err).toMatchObject({ key: 'file.tooMany', params: { count: 17, max: 16 } });
    const { key, params } = err as { key: string; params: Record<string, string | number> };
    expect(formatError('ms', key, params)).toBe('Terlalu banyak fail dipilih (17). Pilih paling banyak 16 fail.');
  });
});

describe('file:saveBytes', () => {
  it('writes the bytes where the user chose, replacing an older export whole', async () => {
    const { api, saves, asked } = app();
    const file = path.join(work, 'lmv.svg');
    fs.writeFileSync(file, 'lama');
    saves.push(file);
    expect(await api['file:saveBytes']({ kind: 'svg', suggestedName: 'lmv.svg', data: new TextEncoder().encode('<svg/>') }, ctx)).toEqual({ ref: file });
    expect(asked).toEqual([{ kind: 'svg', suggestedName: 'lmv.svg' }]);
    expect(fs.readFileSync(file, 'utf8')).toBe('<svg/>');
    expect(fs.readdirSync(work)).toEqual(['lmv.svg']);
  });

  it('returns null when the dialog is cancelled', async () => {
    expect(await app().api['file:saveBytes']({ kind: 'pdf', suggestedName: 'a.pdf', data: new Uint8Array([1]) }, ctx)).toBeNull();
  });

  it('fails clearly and leaves nothing behind when the folder is missing', async () => {
    const { api, saves } = app();
    saves.push(path.join(work, 'tiada', 'x.pdf'));
    await expect(api['file:saveBytes']({ kind: 'pdf', suggestedName: 'x.pdf', data: new Uint8Array([1]) }, ctx)).rejects.toMatchObject({ key: 'file.writeFailed', params: { file: 'x.pdf' } });
    expect(fs.readdirSync(work)).toEqual([]);
  });

  it('never overwrites a project that is open for editing', async () => {
    const file = path.join(work, 'buka.lakar');
    await createProject(file, makeDocument());
    const before = fs.readFileSync(file);
    const { api, saves } = app();
    await api['project:open']({ ref: file }, ctx);
    saves.push(file);
    await expect(api['file:saveBytes']({ kind: 'json', suggestedName: 'buka.lakar', data: new Uint8Array([1]) }, ctx)).rejects.toMatchObject({ key: 'store.alreadyOpen' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    await api.dispose();
  });
});

describe('settings', () => {
  it('starts with the defaults and keeps changes across restarts', async () => {
    expect(await app().api['settings:get']({}, ctx)).toEqual({ language: 'ms', autosave: false, autosaveIntervalSec: 60 });
    expect(await app().api['settings:set']({ language: 'en', autosave: true }, ctx)).toEqual({ language: 'en', autosave: true, autosaveIntervalSec: 60 });
    expect(await app().api['settings:get']({}, ctx)).toEqual({ language: 'en', autosave: true, autosaveIntervalSec: 60 });
  });

  it('rejects an out-of-range value and keeps the saved settings', async () => {
    const { api } = app();
    await api['settings:set']({ autosaveIntervalSec: 30 }, ctx);
    await expect(api['settings:set']({ autosaveIntervalSec: 1 }, ctx)).rejects.toMatchObject({ key: 'settings.invalid' });
    expect((await api['settings:get']({}, ctx)).autosaveIntervalSec).toBe(30);
  });

  it('falls back to defaults for a damaged file, keeping the fields that are still valid', async () => {
    fs.writeFileSync(path.join(userDataDir, 'settings.json'), '{"language":"en","autosaveIntervalSec":"sixty"}');
    expect(await app().api['settings:get']({}, ctx)).toEqual({ language: 'en', autosave: false, autosaveIntervalSec: 60 });
    fs.writeFileSync(path.join(userDataDir, 'settings.json'), '{{{');
    expect((await app().api['settings:get']({}, ctx)).language).toBe('ms');
  });
});

describe('project:recent', () => {
  it('keeps the 10 most recently opened projects, newest first, each once', async () => {
    const { api } = app();
    const files: string[] = [];
    for (let i = 0; i < 12; i++) {
      const f = path.join(work, `p${i}.lakar`);
      await createProject(f, makeDocument());
      files.push(f);
      const o = await api['project:open']({ ref: f }, ctx);
      await api['project:close']({ handle: o!.handle }, ctx);
    }
    const again = await api['project:open']({ ref: files[5] }, ctx);
    await api['project:close']({ handle: again!.handle }, ctx);
    const recent = await app().api['project:recent']({}, ctx);
    expect(recent.map((r) => r.displayName)).toEqual(['p5.lakar', 'p11.lakar', 'p10.lakar', 'p9.lakar', 'p8.lakar', 'p7.lakar', 'p6.lakar', 'p4.lakar', 'p3.lakar', 'p2.lakar']);
    expect(fs.readdirSync(userDataDir).filter((n) => n.includes('.lakar-tmp'))).toEqual([]);
  });

  it('treats a damaged list as empty and drops invalid entries', async () => {
    fs.writeFileSync(path.join(userDataDir, 'recent.json'), '[{"ref":"/a.lakar","displayName":"a.lakar","openedAt":"2026-01-01"},{"ref":5}]');
    expect((await app().api['project:recent']({}, ctx)).map((r) => r.ref)).toEqual(['/a.lakar']);
    fs.writeFileSync(path.join(userDataDir, 'recent.json'), 'not json');
    expect(await app().api['project:recent']({}, ctx)).toEqual([]);
  });
});

describe('suggestedFileName', () => {
  it('replaces characters file systems refuse and falls back when the title is empty', () => {
    expect(suggestedFileName('Sistem: A/B?', 'lakar')).toBe('Sistem- A-B-.lakar');
    expect(suggestedFileName('  ', 'lakar')).toBe('projek.lakar');
    expect(suggestedFileName('...rahsia', 'pdf')).toBe('rahsia.pdf');
  });
});

describe('project:peek (File › Compare with…, Merge from…)', () => {
  it('reads another .lakar project or .lakar.json read-only, leaving the file byte-identical', async () => {
    const { api, picks } = app();
    const doc = makeDocument([], [], 'Salinan Rakan');
    const lakar = path.join(work, 'rakan.lakar');
    await createProject(lakar, doc);
    const before = fs.readFileSync(lakar);
    picks.push(lakar);
    const r = await api['project:peek']({}, ctx);
    expect(r?.name).toBe('rakan.lakar');
    expect(r?.doc.meta.title).toBe('Salinan Rakan');
    expect(fs.readFileSync(lakar).equals(before)).toBe(true);

    const json = path.join(work, 'rakan.lakar.json');
    fs.writeFileSync(json, toLakarJson(doc));
    picks.push(json);
    expect((await api['project:peek']({}, ctx))?.doc.meta.title).toBe('Salinan Rakan');
  });

  it('returns null when cancelled and refuses a file that is not a project with its reason', async () => {
    const { api, picks } = app();
    expect(await api['project:peek']({}, ctx)).toBeNull();
    const bad = path.join(work, 'nota.json');
    fs.writeFileSync(bad, '{"format": "bukan"}');
    picks.push(bad);
    await expect(api['project:peek']({}, ctx)).rejects.toMatchObject({ key: 'json.notLakar' });
  });
});
