import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../electron/store/project';
import { pengambilanPekerjaExample } from '../shared/samples/pengambilan-pekerja';
import { pdfInfo, pdfText, squash } from '../test/fixtures/export/poppler';
import { iddForm } from './formats-pdf';
import { clearInterrupt, raiseInterrupt } from './interrupt';
import { main } from './main';
import { observeTempFiles, tempFileWriter } from '../electron/store/files';

const BIN = path.join(import.meta.dirname, '..', 'bin', 'lakar.mjs');
let dir: string;

/** Run `lakar args…` as a separate process, exactly as a user would (slow: one Node start). */
function spawnLakar(args: string[]) {
  const { LAKAR_LANG: _ignored, ...env } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
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

const read = (f: string) => new Uint8Array(fs.readFileSync(path.join(dir, f)));
const exists = (f: string) => fs.existsSync(path.join(dir, f));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-cli-pdf-'));
  await createProject(path.join(dir, 'contoh.lakar'), pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
  const noMygdx = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  for (const r of noMygdx.relations.values()) if (r.kind === 'dataFlow') r.method = 'api';
  await createProject(path.join(dir, 'tanpa-mygdx.lakar'), noMygdx);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('lakar export --format pdf', () => {
  it('writes the proposal paper with the check report appendix, in Malay by default (real process)', () => {
    const r = spawnLakar(['export', 'contoh.lakar', '--format', 'pdf', '-o', 'kertas.pdf']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const bytes = read('kertas.pdf');
    const info = pdfInfo(bytes);
    expect(info.fields.Title).toBe('KERTAS CADANGAN: Perkhidmatan Pengurusan Pengambilan Pekerja');
    const text = pdfText(bytes);
    expect(text).toContain(`Halaman 1 daripada ${info.pages}`);
    expect(text).toContain('Lampiran 1: Laporan Semakan WoG');
    expect(text).not.toContain('Semakan WoG tidak dijalankan');
    expect(text).toMatch(/Ralat: \d+ · Amaran: \d+ · Nasihat: \d+/);
    expect(text).toContain('Peraturan yang disemak');
  });

  it('stops on Ctrl+C with a clear message and leaves the file already at the destination untouched', async () => {
    fs.writeFileSync(path.join(dir, 'lama.pdf'), 'versi lama');
    const running = lakar(['export', 'contoh.lakar', '--format', 'pdf', '-o', 'lama.pdf']);
    // what the working process's SIGINT handler does (cli/interrupt.ts), here without a real signal
    raiseInterrupt();
    try {
      const r = await running;
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Eksport dibatalkan; tiada fail ditulis.');
    } finally {
      clearInterrupt();
    }
    expect(fs.readFileSync(path.join(dir, 'lama.pdf'), 'utf8')).toBe('versi lama');
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.lama.pdf') || (f.startsWith('lama.pdf') && f !== 'lama.pdf'))).toEqual([]);
  });

  it('picks the proposal paper from a .pdf output name and writes English with --lang en', async () => {
    const r = await lakar(['export', 'contoh.lakar', '-o', 'paper.pdf', '--lang', 'en']);
    expect(r.code).toBe(0);
    const bytes = read('paper.pdf');
    expect(pdfText(bytes)).toContain(`Page 1 of ${pdfInfo(bytes).pages}`);
  });

  it('exports one view, named by id or name, on the chosen paper with --view', async () => {
    const r = await lakar(['export', 'contoh.lakar', '--format', 'pdf', '--view', 'LMV', '--paper', 'a3', '--orientation', 'landscape', '-o', 'paparan.pdf']);
    expect(r.code).toBe(0);
    const info = pdfInfo(read('paparan.pdf'));
    expect(info.pages).toBe(1);
    expect(info.pageSizes[0]).toEqual({ paper: 'A3', landscape: true });
  });

  it('refuses an unknown view with a clear message and writes nothing', async () => {
    const r = await lakar(['export', 'contoh.lakar', '--format', 'pdf', '--view', 'tiada', '-o', 'tiada.pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Paparan "tiada" tiada dalam projek. Paparan yang ada: view_main (LMV).');
    expect(exists('tiada.pdf')).toBe(false);
  });

  it('refuses a paper size it does not know', async () => {
    const r = await lakar(['export', 'contoh.lakar', '--format', 'pdf', '--view', 'view_main', '--paper', 'a5', '-o', 'a5.pdf', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Paper size "a5" is not valid; use a4, a3.');
    expect(exists('a5.pdf')).toBe(false);
  });
});

describe('lakar export --format idd', () => {
  it('writes a folder with one PDF per supplying agency, each naming and signed by it', async () => {
    const r = await lakar(['export', 'contoh.lakar', '--format', 'idd', '-o', 'idd/']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('idd-agensi-pqrst.pdf, idd-agensi-a.pdf, idd-jabatan-pendaftaran-negara.pdf');
    expect(fs.readdirSync(path.join(dir, 'idd')).sort()).toEqual(['idd-agensi-a.pdf', 'idd-agensi-pqrst.pdf', 'idd-jabatan-pendaftaran-negara.pdf']);
    const jpn = pdfText(read('idd/idd-jabatan-pendaftaran-negara.pdf'));
    expect(squash(jpn)).toContain(squash('NAMA AGENSI : Jabatan Pendaftaran Negara'));
    expect(jpn).toContain('PENGESAHAN DOKUMEN OLEH JABATAN PENDAFTARAN NEGARA');
    expect(squash(jpn)).toContain('<iden:serviceCode>JPN-SYSB-R-MaklumatIdentiti</iden:serviceCode>');
    // exporting again replaces the previous export's files, all at once
    const again = await lakar(['export', 'contoh.lakar', '--format', 'idd', '--idd-form', 'md', '-o', 'idd']);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'idd')).sort()).toEqual(['idd-agensi-a.md', 'idd-agensi-pqrst.md', 'idd-jabatan-pendaftaran-negara.md']);
  });

  it('assembles the folder under recognisable temporary names it announces to the supervisor, and leaves none (issue 13)', async () => {
    const announced: string[] = [];
    observeTempFiles((t) => announced.push(t));
    try {
      expect((await lakar(['export', 'contoh.lakar', '--format', 'idd', '--idd-form', 'md', '-o', 'idd-sementara/'])).code).toBe(0);
      expect((await lakar(['export', 'contoh.lakar', '--format', 'idd', '--idd-form', 'md', '-o', 'idd-sementara/'])).code).toBe(0);
    } finally {
      observeTempFiles(null);
    }
    // the new folder and the replaced one of the second run are among them, each with the writer's id
    const beside = announced.filter((t) => path.dirname(t) === dir);
    expect(beside.length).toBeGreaterThanOrEqual(3);
    for (const t of beside) expect(tempFileWriter(path.basename(t))).toBe(process.pid);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses a folder holding other files, and a single PDF when several agencies supply, writing nothing', async () => {
    fs.mkdirSync(path.join(dir, 'lain'));
    fs.writeFileSync(path.join(dir, 'lain', 'nota.txt'), 'jangan padam');
    const r = await lakar(['export', 'contoh.lakar', '--format', 'idd', '-o', 'lain/', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('output folder “lain” holds other files (nota.txt)');
    expect(fs.readdirSync(path.join(dir, 'lain'))).toEqual(['nota.txt']);
    const one = await lakar(['export', 'contoh.lakar', '--format', 'idd', '-o', 'satu.pdf']);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('IDD ini terdiri daripada 3 dokumen, satu bagi setiap agensi pembekal (Agensi PQRST, Agensi A, Jabatan Pendaftaran Negara)');
    expect(exists('satu.pdf')).toBe(false);
  });

  it('writes a zip of Markdown documents, or one JSON file with every document', async () => {
    expect((await lakar(['export', 'contoh.lakar', '--format', 'idd', '--idd-form', 'md', '-o', 'idd.zip'])).code).toBe(0);
    const { unzipSync } = await import('fflate');
    const files = unzipSync(read('idd.zip'));
    expect(Object.keys(files)).toEqual(['idd-agensi-pqrst.md', 'idd-agensi-a.md', 'idd-jabatan-pendaftaran-negara.md']);
    expect(new TextDecoder().decode(files['idd-agensi-a.md'])).toContain('`MYGDX/GOV/AGA/SYSA/AGA-SYSA-R-KeputusanTapisan/v1`');
    expect((await lakar(['export', 'contoh.lakar', '--format', 'idd', '-o', 'idd.json'])).code).toBe(0);
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'idd.json'), 'utf8'));
    expect(json.documents).toHaveLength(3);
  });

  it('writes one flow only with --flow, and names the MyGDX flows when the id is wrong', async () => {
    expect((await lakar(['export', 'contoh.lakar', '--format', 'idd', '--flow', 'fl_b', '-o', 'fl_b.md'])).code).toBe(0);
    const md = fs.readFileSync(path.join(dir, 'fl_b.md'), 'utf8');
    expect(md).toContain('JPN-SYSB-R-MaklumatIdentiti');
    expect(md).not.toContain('PQRST-SPP-R-MaklumatCalon');
    const r = await lakar(['export', 'contoh.lakar', '--format', 'idd', '--flow', 'fl_xy', '-o', 'salah.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Aliran "fl_xy" bukan aliran data MyGDX dalam projek ini. Aliran MyGDX: fl_a (PQRST-SPP-R-MaklumatCalon), fl_b (JPN-SYSB-R-MaklumatIdentiti).');
    expect(exists('salah.md')).toBe(false);
  });

  it('explains that there is nothing to document when no flow uses MyGDX, and writes nothing', async () => {
    const r = await lakar(['export', 'tanpa-mygdx.lakar', '--format', 'idd', '-o', 'kosong.pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tiada aliran data yang menggunakan kaedah MyGDX');
    expect(exists('kosong.pdf')).toBe(false);
  });
});

describe('iddForm', () => {
  it('chooses the IDD form from the output file extension', () => {
    expect(iddForm('a/b/IDD.MD')).toBe('md');
    expect(iddForm('x.json')).toBe('json');
    expect(iddForm('x.pdf')).toBe('pdf');
    expect(iddForm('x.ZIP')).toBe('zip');
    expect(iddForm('keluaran/')).toBe('folder');
    expect(iddForm('-')).toBe('pdf');
  });
});
