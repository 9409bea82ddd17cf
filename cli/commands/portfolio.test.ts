/**
 * `lakar portfolio` as a user runs it on a folder of proposals (issue 17): text, --json in the
 * issue's shape, the Laporan Portfolio Sektor PDF read back with pdftotext, unreadable files listed
 * with their reason, inputs never modified.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLakarJson } from '../../shared/interchange/json';
import { toOef } from '../../shared/interchange/oef';
import { createProject } from '../../electron/store/project';
import { generatePortfolio } from '../../test/helpers/portfolio-generator';

const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'lakar.mjs');
let dir: string;

function lakar(args: string[]) {
  const { LAKAR_LANG: _ignored, ...env } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^\[native\].*\n/m, '') };
}

const digestOf = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, 'folder', f))).digest('hex');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-portfolio-'));
  const folder = path.join(dir, 'folder');
  fs.mkdirSync(folder);
  // the first two themes (complaints, business licences): three agencies each
  const { projects } = generatePortfolio();
  projects.slice(0, 6).forEach((p, i) => {
    if (i === 0) return void fs.writeFileSync(path.join(folder, p.file.replace('.lakar.json', '.xml')), toOef(p.doc));
    fs.writeFileSync(path.join(folder, p.file), toLakarJson(p.doc));
  });
  await createProject(path.join(folder, '07-lain.lakar'), projects[30].doc);
  fs.writeFileSync(path.join(folder, 'rosak.lakar.json'), '{ bukan json');
  fs.writeFileSync(path.join(folder, 'nota.txt'), 'not a project');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('lakar portfolio', { timeout: 180_000 }, () => {
  it('reads every .lakar, .lakar.json and OEF file of a folder, lists the unreadable one with its reason, and reports overlaps with reasons', () => {
    const before = fs.readdirSync(path.join(dir, 'folder')).map(digestOf);
    const r = lakar(['portfolio', 'folder']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Amaran: rosak\.lakar\.json tidak dapat dibaca: JSON tidak sah/m);
    expect(r.stdout).toMatch(/^Portfolio sektor: 7 projek daripada 6 agensi \(1 fail tidak dapat dibaca\)/);
    expect(r.stdout).toMatch(/\[application\] [\d.]+ {2}"Sistem Aduan Awam" \(JKM, 01-aduan-1\.xml\) {2}↔ {2}"Public Complaints Management System" \(KKM, 02-aduan-2\.lakar\.json\)/);
    expect(r.stdout).toContain('- proses generik sama');
    expect(r.stdout).not.toContain('nota.txt');
    expect(fs.readdirSync(path.join(dir, 'folder')).map(digestOf)).toEqual(before);
  });

  it('prints the --json document in the issue’s shape, in English with --lang en', () => {
    const r = lakar(['portfolio', 'folder', '--json', '--lang', 'en']);
    const json = JSON.parse(r.stdout) as { projects: unknown[]; overlaps: { kind: string; a: { file: string }; b: { file: string }; reasons: string[] }[]; registries: { id: string; readBy: string[]; recapturedBy: string[] }[]; flows: unknown[] };
    expect(Object.keys(json)).toEqual(['projects', 'overlaps', 'registries', 'flows']);
    expect(json.projects).toHaveLength(7);
    const apps = json.overlaps.filter((o) => o.kind === 'application');
    expect(apps.map((o) => [o.a.file, o.b.file])).toEqual(expect.arrayContaining([['01-aduan-1.xml', '02-aduan-2.lakar.json'], ['04-lesenNiaga-1.lakar.json', '05-lesenNiaga-2.lakar.json']]));
    expect(apps[0].reasons[0]).toMatch(/^similar names after normalisation/);
    const companies = json.registries.find((x) => x.id === 'reg.ekonomi.syarikatKoperasi')!;
    expect(companies.recapturedBy.length + companies.readBy.length).toBeGreaterThan(0);
  });

  it('writes the Laporan Portfolio Sektor PDF with numbered pages, refusing to write over an input', () => {
    const r = lakar(['portfolio', 'folder', '--format', 'pdf', '-o', 'laporan.pdf']);
    expect(r.stdout).toMatch(/^Laporan ditulis: .*laporan\.pdf$/m);
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'laporan.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('LAPORAN PORTFOLIO SEKTOR');
    expect(text).toMatch(/Pertindihan Merentas Projek/);
    expect(text).toMatch(/Matriks Penggunaan Registri dan Repositori/);
    expect(text).toMatch(/Fail Tidak Dapat Dibaca[\s\S]*rosak\.lakar\.json/);
    const pages = Number(/Halaman 1 daripada (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain(`Halaman ${pages} daripada ${pages}`);

    const refused = lakar(['portfolio', 'folder/02-aduan-2.lakar.json', 'folder/03-aduan-3.lakar.json', '-o', 'folder/02-aduan-2.lakar.json']);
    expect(refused.code).toBe(2);
  });

  it('says so when a folder holds no project file (exit 2)', () => {
    fs.mkdirSync(path.join(dir, 'empty'), { recursive: true });
    const r = lakar(['portfolio', 'empty']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Tiada fail \.lakar, \.lakar\.json atau \.xml ditemui/);
  });
});
