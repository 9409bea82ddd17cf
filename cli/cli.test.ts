import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLakarJson } from '../shared/interchange/json';
import { pengambilanPekerjaExample } from '../shared/samples/pengambilan-pekerja';
import { createProject, readProjectDocument } from '../electron/store/project';

/** Tests that start several `lakar` processes in a row: time for a loaded machine's start-ups (not a speed check). */
const SPAWNS_TIMEOUT = 180_000;
const BIN = path.join(import.meta.dirname, '..', 'bin', 'lakar.mjs');
let dir: string;

/** Run `lakar args…` in the temp folder as a user would. */
function lakar(args: string[], env: Record<string, string> = {}) {
  const { LAKAR_LANG: _ignored, ...base } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: { ...base, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex');
const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-cli-'));
  fs.writeFileSync(path.join(dir, 'contoh.lakar.json'), toLakarJson(example()));
  await createProject(path.join(dir, 'contoh.lakar'), example());
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('lakar new', { timeout: 180_000 }, () => {
  it('creates an empty titled project, adding the .lakar extension', async () => {
    const r = lakar(['new', 'baharu', '--title', 'Sistem Cuti']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(`Projek baharu dicipta: ${path.join(dir, 'baharu.lakar')}\n`);
    const read = await readProjectDocument(path.join(dir, 'baharu.lakar'));
    expect(read.doc.meta.title).toBe('Sistem Cuti');
    expect(read.doc.elements.ids()).toEqual([]);
  });

  it('creates the 001 §3.3.4 worked example with --example, ready to check and export', async () => {
    const r = lakar(['new', 'contoh-baharu', '--example']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const read = await readProjectDocument(path.join(dir, 'contoh-baharu.lakar'));
    expect(read.doc.meta.title).toBe('Perkhidmatan Pengurusan Pengambilan Pekerja');
    expect(read.doc.elements.values().map((e) => e.name)).toEqual(expect.arrayContaining(['Sistem Pengambilan Pekerja', 'MyDigital ID']));
  });

  it('refuses to replace an existing file without --force (exit 2, file kept)', () => {
    const before = sha('contoh.lakar');
    const r = lakar(['new', 'contoh.lakar']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Ralat: Fail “contoh.lakar” sudah wujud.\n');
    expect(sha('contoh.lakar')).toBe(before);
  });
});

describe('lakar info', { timeout: 180_000 }, () => {
  it('prints the title and counts per kind in Malay', () => {
    const r = lakar(['info', 'contoh.lakar']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tajuk: Perkhidmatan Pengurusan Pengambilan Pekerja\n');
    expect(r.stdout).toMatch(/Elemen: \d+\n/);
    expect(r.stdout).toMatch(/Kumpulan Sasar.*\(targetGroup\)\s+4\n/);
  });

  it('gives the same facts as JSON, for a .lakar file and its .lakar.json export alike', () => {
    const a = JSON.parse(lakar(['info', 'contoh.lakar', '--json']).stdout);
    const b = JSON.parse(lakar(['info', 'contoh.lakar.json', '--json']).stdout);
    const doc = example();
    expect(a).toMatchObject({ file: 'contoh.lakar', format: 'lakar', schemaVersion: 2, generation: 1, appVersion: '0.1.0' });
    expect(a.totals).toEqual({ elements: doc.elements.ids().length, relations: doc.relations.ids().length, views: Object.keys(doc.views).length });
    expect(b.format).toBe('json');
    expect(b.elements).toEqual(a.elements);
    expect(b.relations).toEqual(a.relations);
  });

  it('reports a file that is not a Lakar project with exit 2, in English on request', () => {
    fs.writeFileSync(path.join(dir, 'nota.lakar'), 'bukan projek');
    const before = sha('nota.lakar');
    expect(lakar(['info', 'nota.lakar'])).toMatchObject({ code: 2, stdout: '', stderr: 'Ralat: Fail “nota.lakar” bukan projek Lakar (.lakar). Fail itu tidak diubah.\n' });
    expect(lakar(['info', 'nota.lakar', '--lang', 'en']).stderr).toBe('Error: File “nota.lakar” is not a Lakar project (.lakar). The file was not changed.\n');
    expect(lakar(['info', 'nota.lakar'], { LAKAR_LANG: 'en' }).stderr).toMatch(/^Error: File “nota.lakar” is not a Lakar project/);
    expect(sha('nota.lakar')).toBe(before);
  });
});

describe('lakar with a damaged or newer project', { timeout: 180_000 }, () => {
  it('refuses a corrupt .lakar and one from a newer Lakar with exit 2 in every command, leaving them byte-identical', () => {
    fs.copyFileSync(path.join(dir, 'contoh.lakar'), path.join(dir, 'baru.lakar'));
    const db = new Database(path.join(dir, 'baru.lakar'));
    db.pragma('user_version = 99');
    db.close();
    const bytes = fs.readFileSync(path.join(dir, 'contoh.lakar'));
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, pageSize * 2, pageSize * 4); // scribble over two b-tree pages
    fs.writeFileSync(path.join(dir, 'rosak.lakar'), bytes);
    const before = { baru: sha('baru.lakar'), rosak: sha('rosak.lakar') };

    for (const args of [['info'], ['check'], ['export', '--format', 'json', '-o', 'keluar.json']]) {
      const newer = lakar([args[0], 'baru.lakar', ...args.slice(1)]);
      expect([args[0], newer.code, newer.stdout]).toEqual([args[0], 2, '']);
      expect(newer.stderr).toBe('Ralat: Fail “baru.lakar” disimpan oleh versi Lakar yang lebih baharu (skema 99; versi ini menyokong hingga 2). Kemas kini Lakar untuk membukanya. Fail itu tidak diubah.\n');
      const corrupt = lakar([args[0], 'rosak.lakar', ...args.slice(1), '--lang', 'en']);
      expect([args[0], corrupt.code]).toEqual([args[0], 2]);
      expect(corrupt.stderr).toMatch(/^Error: File “rosak.lakar” is damaged and cannot be opened \(.+\)\. The file was not changed; open a backup copy if you have one\.\n$/);
    }
    expect({ baru: sha('baru.lakar'), rosak: sha('rosak.lakar') }).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'keluar.json'))).toBe(false);
    expect(fs.readdirSync(dir).filter((n) => /-(journal|wal|shm)$/.test(n))).toEqual([]);
  });
});

describe('lakar export never destroys a project', { timeout: 180_000 }, () => {
  it('refuses to write over its own input or over another Lakar project (exit 2, both untouched)', () => {
    fs.copyFileSync(path.join(dir, 'contoh.lakar'), path.join(dir, 'lain.lakar'));
    const before = { contoh: sha('contoh.lakar'), lain: sha('lain.lakar') };
    const self = lakar(['export', 'contoh.lakar', '--format', 'json', '-o', 'contoh.lakar']);
    expect(self).toMatchObject({ code: 2, stdout: '' });
    expect(self.stderr).toBe('Ralat: fail output “contoh.lakar” ialah fail input; pilih nama lain untuk output\nGunakan --help untuk bantuan.\n');
    const other = lakar(['export', 'contoh.lakar', '--format', 'json', '-o', 'lain.lakar', '--lang', 'en']);
    expect(other).toMatchObject({ code: 2, stdout: '' });
    expect(other.stderr).toContain('output file “lain.lakar” is a Lakar project; an export never replaces a project');
    expect(lakar(['export', 'contoh.lakar.json', '-o', './contoh.lakar.json']).code).toBe(2);
    expect({ contoh: sha('contoh.lakar'), lain: sha('lain.lakar') }).toEqual(before);
  });

  it('names a missing output folder instead of failing with a system error', () => {
    const missing = path.join(dir, 'tiada', 'sub');
    const exported = lakar(['export', 'contoh.lakar', '--format', 'json', '-o', path.join(missing, 'x.json')]);
    expect(exported).toMatchObject({ code: 2, stderr: `Ralat: Folder “${missing}” tidak wujud, jadi “x.json” tidak ditulis. Tiada fail sedia ada yang diubah.\n` });
    const created = lakar(['new', path.join(missing, 'y.lakar'), '--lang', 'en']);
    expect(created).toMatchObject({ code: 2, stderr: `Error: Folder “${missing}” does not exist, so “y.lakar” was not written. No existing file was changed.\n` });
    expect(fs.existsSync(path.join(dir, 'tiada'))).toBe(false);
  });
});

describe('lakar import / export', { timeout: 180_000 }, () => {
  it('imports .lakar.json into a new project and exports it back unchanged', async () => {
    const imported = lakar(['import', 'contoh.lakar.json', '-o', 'dari-json.lakar']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Diimport \d+ elemen dan \d+ hubungan daripada contoh.lakar.json \(json\) ke /);
    expect((await readProjectDocument(path.join(dir, 'dari-json.lakar'))).doc).toEqual(example());

    const exported = lakar(['export', 'dari-json.lakar', '--format', 'json', '-o', 'semula.lakar.json']);
    expect(exported.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'semula.lakar.json'), 'utf8')).toBe(toLakarJson(example()));
    expect(fs.readdirSync(dir).filter((n) => n.includes('.lakar-tmp'))).toEqual([]);
  });

  it('writes the export to standard output with -o -, nothing else on stdout', () => {
    const r = lakar(['export', 'contoh.lakar', '--format', 'json', '-o', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(toLakarJson(example()));
  });

  it('picks the format from the output file name when --format is omitted', () => {
    expect(lakar(['export', 'contoh.lakar', '-o', 'nama.lakar.json']).code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'nama.lakar.json'))).toBe(true);
  });

  it('names the wrong field of a bad .lakar.json and creates nothing', () => {
    const o = JSON.parse(toLakarJson(example()));
    o.elements.tg_g2c.lifecycle = 'G2X';
    fs.writeFileSync(path.join(dir, 'salah.lakar.json'), JSON.stringify(o));
    const r = lakar(['import', 'salah.lakar.json', '-o', 'salah.lakar']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Ralat: Medan tidak sah di elements\.tg_g2c\.lifecycle: /);
    expect(fs.existsSync(path.join(dir, 'salah.lakar'))).toBe(false);
  });

  it('gives the line and column of a JSON syntax error', () => {
    fs.writeFileSync(path.join(dir, 'rosak.json'), '{\n  "format": "lakar",\n  "schemaVersion": 1,,\n}');
    expect(lakar(['import', 'rosak.json', '-o', 'rosak.lakar', '--lang', 'en']).stderr).toBe('Error: Invalid JSON at line 3, column 22 (near “,”).\n');
  });

  it('refuses an unknown export format and lists the known ones', () => {
    const r = lakar(['export', 'contoh.lakar', '--format', 'docx', '-o', 'x.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('format “docx” tidak dikenali; format yang ada: json');
  });
});

describe('lakar usage', { timeout: 180_000 }, () => {
  it('shows help for every command with exit 0', () => {
    for (const args of [['--help'], ['new', '--help'], ['info', '--help'], ['import', '--help'], ['export', '--help'], ['check', '--help'], ['rules', '--help'], ['help', 'export']]) {
      const r = lakar(args);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 0]);
      expect(r.stdout).toContain('Usage: lakar');
      expect(r.stdout).toContain('Kod keluar: 0 berjaya, 1 masalah ditemui, 2 input tidak sah.');
      // no English from the argument parser in the Malay help
      expect(r.stdout).not.toContain('(default:');
    }
  }, SPAWNS_TIMEOUT);

  it('treats unknown commands, options, missing arguments and languages as bad input (exit 2)', () => {
    expect(lakar(['frob'])).toMatchObject({ code: 2, stderr: "Ralat: arahan tidak dikenali 'frob'\nGunakan --help untuk bantuan.\n" });
    expect(lakar(['info', 'contoh.lakar', '--bogus', '--lang', 'en'])).toMatchObject({ code: 2, stderr: "Error: unknown option '--bogus'\nUse --help for usage.\n" });
    expect(lakar(['import', 'contoh.lakar.json']).stderr).toContain("pilihan wajib '-o, --output <file>' tidak diberi");
    expect(lakar(['info', 'x', '--lang', 'fr'])).toMatchObject({ code: 2 });
    expect(lakar([]).code).toBe(2);
  }, SPAWNS_TIMEOUT);

  it('prints its version', () => {
    expect(lakar(['--version'])).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });
});
