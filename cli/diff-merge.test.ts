import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCommand, runCommand } from '../shared/commands';
import { toLakarJson } from '../shared/interchange/json';
import { pengambilanPekerjaExample } from '../shared/samples/pengambilan-pekerja';
import type { LakarDocument } from '../shared/model';
import { createProject, readProjectDocument } from '../electron/store/project';
import { main } from './main';

let dir: string;
const NOW = '2026-01-01T00:00:00.000Z';
const run = (doc: LakarDocument, id: string, args: unknown) => runCommand(getCommand(id), doc, args);

/** `lakar args…` in process, in the temp folder. */
async function lakar(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => void (stdout += String(s)), stderr: (s) => void (stderr += s), env: {}, cwd: dir });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-diffmerge-'));
  const base = pengambilanPekerjaExample(NOW);
  const mine = run(run(base, 'flow.setMethod', { id: 'fl_b', method: 'api' }), 'element.update', { id: 'app_spp', patch: { systemCode: 'SPP2' } });
  const theirs = run(run(base, 'flow.setMethod', { id: 'fl_b', method: 'sftp' }), 'element.update', { id: 'sys_d', patch: { name: 'Sistem D (JPN)' } });
  await createProject(path.join(dir, 'base.lakar'), base);
  fs.writeFileSync(path.join(dir, 'base.lakar.json'), toLakarJson(base));
  await createProject(path.join(dir, 'mine.lakar'), mine);
  fs.writeFileSync(path.join(dir, 'theirs.lakar.json'), toLakarJson(theirs));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('lakar diff', () => {
  it('lists the changes between a .lakar and a .lakar.json in Malay, exit 1 when different', async () => {
    const r = await lakar('diff', 'base.lakar', 'mine.lakar');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      '~ Aplikasi "Sistem Pengambilan Pekerja": Kod sistem SPP → SPP2\n' +
        '~ Aliran data Sistem B – Sistem Pengambilan Pekerja: Kaedah integrasi MyGDX → API\n' +
        '2 perubahan: 0 ditambah, 0 dipadam, 2 diubah.\n',
    );
  });

  it('says there is no difference with exit 0 across formats, and gives JSON in English', async () => {
    expect(await lakar('diff', 'base.lakar', 'base.lakar.json')).toMatchObject({ code: 0, stdout: 'Tiada perbezaan.\n' });
    const r = await lakar('diff', 'base.lakar.json', 'theirs.lakar.json', '--json', '--lang', 'en');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.same).toBe(false);
    expect(json.changes.map((c: { text: string }) => c.text)).toEqual(['External system "Sistem D (JPN)": Name Sistem D → Sistem D (JPN)', 'Data flow Sistem B – Sistem Pengambilan Pekerja: Integration method MyGDX → SFTP']);
  });

  it('refuses a missing or foreign file with exit 2 and a message', async () => {
    fs.writeFileSync(path.join(dir, 'nota.txt'), 'bukan projek');
    const r = await lakar('diff', 'base.lakar', 'tiada.lakar');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tiada.lakar');
    expect((await lakar('diff', 'base.lakar', 'nota.txt')).code).toBe(2);
    expect((await lakar('diff', 'base.lakar')).code).toBe(2);
  });

  it('prints one project as a stable listing with --textconv', async () => {
    const a = await lakar('diff', '--textconv', 'base.lakar');
    const b = await lakar('diff', '--textconv', 'base.lakar.json');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('Aliran data Sistem B – Sistem Pengambilan Pekerja [fl_b]\n  Kaedah integrasi: MyGDX\n');
  });
});

describe('lakar merge', () => {
  it('merges, lists the one conflict on stderr and exits 1 without --prefer; the output holds both sides’ other changes', async () => {
    const r = await lakar('merge', 'base.lakar', 'mine.lakar', 'theirs.lakar.json', '-o', 'hasil.lakar');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('KONFLIK: Aliran data Sistem B – Sistem Pengambilan Pekerja: Kaedah integrasi — saya: API; mereka: SFTP (asal: MyGDX)');
    const out = (await readProjectDocument(path.join(dir, 'hasil.lakar'))).doc;
    expect(out.elements.get('app_spp')).toMatchObject({ systemCode: 'SPP2' });
    expect(out.elements.get('sys_d')!.name).toBe('Sistem D (JPN)');
    expect(out.relations.get('fl_b')).toMatchObject({ method: 'api' });
  });

  it('resolves with --prefer theirs (exit 0) and writes canonical .lakar.json; --json lists the conflict', async () => {
    const r = await lakar('merge', 'base.lakar', 'mine.lakar', 'theirs.lakar.json', '-o', 'hasil.lakar.json', '--prefer', 'theirs', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.conflicts).toHaveLength(1);
    expect(json.conflicts[0]).toMatchObject({ kind: 'field', entityId: 'fl_b', path: ['method'], mine: 'api', theirs: 'sftp' });
    const text = fs.readFileSync(path.join(dir, 'hasil.lakar.json'), 'utf8');
    expect(JSON.parse(text).relations.fl_b.method).toBe('sftp');
    expect(text.indexOf('"app_spp"')).toBeLessThan(text.indexOf('"ch_app"')); // ids sorted
  });

  it('never writes over an input or an existing project, and refuses a bad --prefer', async () => {
    const before = fs.readFileSync(path.join(dir, 'mine.lakar'));
    expect((await lakar('merge', 'base.lakar', 'mine.lakar', 'theirs.lakar.json', '-o', 'mine.lakar')).code).toBe(2);
    expect((await lakar('merge', 'base.lakar', 'mine.lakar', 'theirs.lakar.json', '-o', 'theirs.lakar.json')).code).toBe(2);
    expect((await lakar('merge', 'base.lakar', 'mine.lakar', 'theirs.lakar.json', '-o', 'x.lakar', '--prefer', 'kedua')).code).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'mine.lakar')).equals(before)).toBe(true);
  });
});
