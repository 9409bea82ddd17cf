import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canValidate, CORPUS, validateOef } from '../test/fixtures/interchange/xmllint';
import { pengambilanPekerjaExample } from '../shared/samples/pengambilan-pekerja';
import { createProject, readProjectDocument } from '../electron/store/project';
import { renderPng } from './formats-interchange';
import { main } from './main';
import { viewToSvg } from '../shared/export/svg';

const BIN = path.join(import.meta.dirname, '..', 'bin', 'lakar.mjs');
let dir: string;

/** Run `lakar args…` as a separate process, exactly as a user would (slow: one Node start each). */
function spawnLakar(args: string[]) {
  const { LAKAR_LANG: _ignored, ...base } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: base, encoding: 'utf8', timeout: 90_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Run the CLI in this process over a captured io (same code path as bin/lakar.mjs after start-up). */
async function lakar(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (d: string | Uint8Array) => void (stdout += typeof d === 'string' ? d : '<bytes>'), stderr: (t: string) => void (stderr += t), env: {}, cwd: dir };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-interchange-'));
  await createProject(path.join(dir, 'contoh.lakar'), pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
  fs.cpSync(path.join(CORPUS, 'archi-csv'), path.join(dir, 'archi-csv'), { recursive: true });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('lakar import/export with interchange formats', () => {
  it('imports Archisurance OEF into a .lakar project and reports unplaced concepts', async () => {
    const r = spawnLakar(['import', path.join(CORPUS, 'archisurance.xml'), '-o', 'arch.lakar']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Diimport 95 elemen dan 150 hubungan daripada archisurance.xml (oef)');
    expect(r.stderr).toContain('konsep ArchiMate tanpa jenis LMV disimpan dalam senarai Belum Ditempatkan');
    const read = await readProjectDocument(path.join(dir, 'arch.lakar'));
    expect(Object.keys(read.doc.views)).toHaveLength(17);
    expect(read.doc.meta.unplaced?.length).toBe(48);
  });

  it('exports a project as OEF, then imports that back to the same elements and relations', async () => {
    expect((await lakar(['export', 'contoh.lakar', '--format', 'oef', '-o', 'contoh.xml'])).code).toBe(0);
    if (canValidate()) expect(validateOef(fs.readFileSync(path.join(dir, 'contoh.xml'), 'utf8')).ok).toBe(true);
    expect((await lakar(['import', 'contoh.xml', '-o', 'semula.lakar'])).code).toBe(0);
    const [a, b] = await Promise.all([readProjectDocument(path.join(dir, 'contoh.lakar')), readProjectDocument(path.join(dir, 'semula.lakar'))]);
    expect(b.doc.elements).toEqual(a.doc.elements);
    expect(b.doc.relations).toEqual(a.doc.relations);
    expect(b.doc.views).toEqual(a.doc.views);
  });

  it('imports Archi CSV from a folder, from one of its files, and round-trips its own CSV zip', async () => {
    const fromDir = await lakar(['import', 'archi-csv', '-o', 'dir.lakar', '--lang', 'en']);
    expect(fromDir.stdout).toContain('Imported 3 elements and 2 relations from archi-csv (csv)');
    expect((await lakar(['import', 'archi-csv/test1-relations.csv', '-o', 'file.lakar'])).code).toBe(0);
    expect((await readProjectDocument(path.join(dir, 'file.lakar'))).doc.elements).toEqual((await readProjectDocument(path.join(dir, 'dir.lakar'))).doc.elements);
    expect((await lakar(['export', 'contoh.lakar', '--format', 'csv', '-o', 'contoh.zip'])).code).toBe(0);
    expect((await lakar(['import', 'contoh.zip', '-o', 'zip.lakar'])).code).toBe(0);
    expect((await readProjectDocument(path.join(dir, 'zip.lakar'))).doc.views).toEqual((await readProjectDocument(path.join(dir, 'contoh.lakar'))).doc.views);
  });

  it('exports a view as SVG and as PNG at the asked scale', async () => {
    expect((await lakar(['export', 'contoh.lakar', '--format', 'svg', '-o', 'lmv.svg'])).code).toBe(0);
    const svg = fs.readFileSync(path.join(dir, 'lmv.svg'), 'utf8');
    expect(svg).toContain('Pengguna Perkhidmatan');
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
    expect((await lakar(['export', 'contoh.lakar', '--format', 'png', '--scale', '1', '-o', 'lmv.png'])).code).toBe(0);
    expect(pngSize(path.join(dir, 'lmv.png')).width).toBe(width);
  });

  it('fails with exit 2 and a message naming the problem, writing nothing', async () => {
    fs.writeFileSync(path.join(dir, 'lama.xml'), '<?xml version="1.0"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate/2.1/"><name>x</name></model>');
    const r = await lakar(['import', 'lama.xml', '-o', 'lama.lakar']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('format Exchange ArchiMate 2.x');
    expect(fs.existsSync(path.join(dir, 'lama.lakar'))).toBe(false);
    const v = await lakar(['export', 'contoh.lakar', '--format', 'svg', '--view', 'tiada', '-o', 'x.svg', '--lang', 'en']);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('View “tiada” is not in the project. Views: view_main (LMV)');
    expect(fs.existsSync(path.join(dir, 'x.svg'))).toBe(false);
  });
});

describe('interchange messages', () => {
  it('names broken XML and CSV quoting entirely in the user’s language, with the line', async () => {
    fs.writeFileSync(path.join(dir, 'rosak.xml'), '<?xml version="1.0"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/">\n  <name>x</nam>\n</model>');
    const ms = await lakar(['import', 'rosak.xml', '-o', 'rosak.lakar']);
    expect(ms.code).toBe(2);
    expect(ms.stderr).toContain('XML dalam “rosak.xml” rosak pada baris 3, lajur 10: dijangka </name> (dibuka pada baris 3) tetapi ditemui </nam>');
    const en = await lakar(['import', 'rosak.xml', '-o', 'rosak.lakar', '--lang', 'en']);
    expect(en.stderr).toContain('The XML in “rosak.xml” is broken at line 3, column 10: Expected </name> (opened at line 3) but found </nam>');
    fs.mkdirSync(path.join(dir, 'petik'));
    fs.writeFileSync(path.join(dir, 'petik', 'elements.csv'), '"ID","Type","Name","Documentation","Specialization"\r\n"a","BusinessActor","Kedai "Pak" Ali","",""\r\n');
    const csv = await lakar(['import', 'petik', '-o', 'petik.lakar']);
    expect(csv.stderr).toContain('Tanda petik dalam “elements.csv” pada baris 2 tidak kena tempat');
    expect(fs.existsSync(path.join(dir, 'rosak.lakar'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'petik.lakar'))).toBe(false);
  });

  it('has every XML problem text in Malay and English', async () => {
    const { interchangeMessages } = await import('./formats-interchange');
    const ms = interchangeMessages('ms');
    const en = interchangeMessages('en');
    const problems = ['ampersand', 'charRef', 'entity', 'cdataEndInText', 'textAfterRoot', 'textBeforeRoot', 'commentOpen', 'cdataOutside', 'cdataOpen', 'markup', 'piOpen', 'closeNoName', 'closeUnopened', 'mismatch', 'closeNotClosed', 'lessThan', 'secondRoot', 'attrRepeated', 'startTag', 'unclosed', 'noElement'];
    for (const p of problems) {
      expect(ms[`interchange:error.xml.${p}`]).toMatch(/^XML dalam “\{\{file\}\}” rosak pada baris \{\{line\}\}/);
      expect(en[`interchange:error.xml.${p}`]).toMatch(/^The XML in “\{\{file\}\}” is broken at line \{\{line\}\}/);
    }
  });
});

describe('renderPng', () => {
  it('renders the view SVG with its text (the PNG of a named view is not blank)', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const svg = viewToSvg(doc, 'view_main');
    const small = renderPng(svg, 0.5);
    const big = renderPng(svg, 1);
    expect(big.length).toBeGreaterThan(small.length);
    expect(Buffer.from(big.subarray(0, 4)).toString('latin1')).toBe('\x89PNG');
  });
});
