import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText, squash } from '../../test/fixtures/export/poppler';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { executeCommand } from '../../shared/commands';
import { elementAnchor, executeReviewCommand, parseReviewFile, relationAnchor, serializeReview } from '../../shared/review';
import { createProject } from '../../electron/store/project';
import { Table } from '../../shared/model/table';

const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'lakar.mjs');
let dir: string;

function lakar(args: string[]) {
  const { LAKAR_LANG: _ignored, ...env } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex');
const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
const reviewer = { role: 'reviewer' as const, name: 'Puan Aminah', at: '2026-02-01T00:00:00.000Z' };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-review-'));
  await createProject(path.join(dir, 'contoh.lakar'), example());
  // the agency's revision: the flow from JPN now goes by API, and Sistem D is gone
  let revised = executeCommand(example(), 'relation.update', { id: 'fl_b', patch: { method: 'api' } }).doc;
  revised = executeCommand(revised, 'element.remove', { ids: ['sys_d'] }).doc;
  await createProject(path.join(dir, 'semakan.lakar'), revised);
  await createProject(path.join(dir, 'lain.lakar'), { ...example(), elements: Table.fromRecord({}), relations: Table.fromRecord({}), views: { v: { id: 'v', name: 'LMV', order: 0, nodes: {} } }, meta: { title: 'Projek Lain' } });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Add comments to the review file written by `init`, as the app would. */
function comment(file: string) {
  const read = parseReviewFile(fs.readFileSync(path.join(dir, file), 'utf8'));
  if (!read.ok) throw new Error(read.error.key);
  const doc = read.review.proposal.snapshot;
  let r = read.review;
  r = executeReviewCommand(r, 'review.comment.add', { id: 'k1', anchor: relationAnchor(doc, doc.relations.get('fl_b')!), heading: 'pengurusanPangkalanData', severity: 'perluTindakan', text: 'Aliran JPN mesti melalui MyGDX.' }, reviewer).review;
  r = executeReviewCommand(r, 'review.comment.add', { id: 'k2', anchor: elementAnchor(doc.elements.get('sys_d')!), heading: 'pembangunanSistem', severity: 'cadangan', text: 'Perlukah Sistem D?' }, reviewer).review;
  r = executeReviewCommand(r, 'review.syor.set', { value: 'bersetujuDenganPindaan', amendments: 'Guna MyGDX.' }, reviewer).review;
  fs.writeFileSync(path.join(dir, file), serializeReview(r));
}

describe('lakar review', { timeout: 120_000 }, () => {
  it('has help for the command and each subcommand, in Malay', () => {
    for (const args of [['review', '--help'], ['review', 'export', '--help'], ['review', 'recommend', '--help']]) {
      const r = lakar(args);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 0]);
      expect(r.stdout).toContain('Kod keluar: 0 berjaya, 1 masalah ditemui, 2 input tidak sah.');
    }
  });

  it('init writes a review file beside the project and never touches the project', () => {
    const before = sha('contoh.lakar');
    const r = lakar(['review', 'init', 'contoh.lakar', '--reviewer', 'Puan Aminah', '--body', 'bppd']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain(`Fail ulasan dicipta: ${path.join(dir, 'contoh.ulasan')}`);
    expect(sha('contoh.lakar')).toBe(before);
    const read = parseReviewFile(fs.readFileSync(path.join(dir, 'contoh.ulasan'), 'utf8'));
    expect(read.ok && read.review.proposal).toMatchObject({ projectName: 'contoh.lakar', reviewed: { generation: 1 } });
    expect(lakar(['review', 'init', 'contoh.lakar', '--reviewer', 'X', '--body', 'bppd']).code).toBe(2);
  });

  it('init refuses an unknown reviewing body', () => {
    const r = lakar(['review', 'init', 'contoh.lakar', '--reviewer', 'X', '--body', 'jpn', '-o', 'x.ulasan', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown reviewing body “jpn”; choose bppd, perundingJdn, sekretariatPds');
  });

  it('show --json lists the comments and verdicts read against the revised project', () => {
    comment('contoh.ulasan');
    const r = lakar(['review', 'show', 'contoh.ulasan', '--project', 'semakan.lakar', '--json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout);
    expect(out.modelChanged).toBe(true);
    expect(out.syor).toMatchObject({ value: 'bersetujuDenganPindaan', valueLabel: 'Bersetuju Dengan Pindaan', amendments: 'Guna MyGDX.' });
    expect(out.evaluations.map((e: { letter: string; label: string }) => `${e.letter}. ${e.label}`)).toEqual([
      'a. Pengurusan Projek',
      'b. Perancangan Strategik ICT',
      'c. Pembangunan Sistem',
      'd. Pengurusan Pangkalan Data',
      'e. Pengurusan Pusat Data',
      'f. Pengurusan Rangkaian',
      'g. Pengurusan Keselamatan Siber',
    ]);
    expect(out.comments.map((c: { id: string; anchor: { name: string; orphaned: boolean } }) => [c.id, c.anchor.name, c.anchor.orphaned])).toEqual([
      ['k2', 'Sistem D', true],
      ['k1', 'Aliran data: Sistem B – Sistem Pengambilan Pekerja (API)', false],
    ]);
  });

  it('recommend records the Pelaksana Projek JDN recommends in the review file, shown by show and printed by export (Jadual 4-1 langkah 8)', () => {
    fs.copyFileSync(path.join(dir, 'contoh.ulasan'), path.join(dir, 'syor.ulasan'));
    const project = sha('contoh.lakar');
    const r = lakar(['review', 'recommend', 'syor.ulasan', '--implementer', 'Agensi PQRST', '--justification', 'Pasukan pembangunan sistem sendiri.']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Pelaksana Projek disyorkan direkodkan dalam');
    expect(sha('contoh.lakar')).toBe(project);
    const read = parseReviewFile(fs.readFileSync(path.join(dir, 'syor.ulasan'), 'utf8'));
    expect(read.ok && read.review.implementer).toEqual({ agency: 'Agensi PQRST', justification: 'Pasukan pembangunan sistem sendiri.' });
    // the rest of the review is untouched: its comments and Syor
    expect(read.ok && read.review.comments.map((c) => c.id)).toEqual(['k1', 'k2']);
    const shown = lakar(['review', 'show', 'syor.ulasan']);
    expect(shown.stdout).toContain('Pelaksana Projek disyorkan (langkah 8): Agensi PQRST — Pasukan pembangunan sistem sendiri. [cadangan agensi: Jabatan Digital Negara]');
    expect(JSON.parse(lakar(['review', 'show', 'syor.ulasan', '--json']).stdout).implementer).toEqual({ agency: 'Agensi PQRST', justification: 'Pasukan pembangunan sistem sendiri.', proposedByAgency: 'Jabatan Digital Negara' });
    expect(lakar(['review', 'export', 'syor.ulasan', '--format', 'pdf', '-o', 'syor.pdf']).code).toBe(0);
    expect(squash(pdfText(fs.readFileSync(path.join(dir, 'syor.pdf')), 'raw'))).toContain(squash('Pelaksana Projek yang disyorkan JDN Agensi PQRST'));
  });

  it('export --format pdf writes the Kertas Ulasan JDN with every comment and the Syor', () => {
    const r = lakar(['review', 'export', 'contoh.ulasan', '--format', 'pdf', '-o', 'ulasan.pdf', '--project', 'semakan.lakar']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const text = squash(pdfText(fs.readFileSync(path.join(dir, 'ulasan.pdf')), 'raw'));
    expect(text).toContain(squash('KERTAS ULASAN JDN'));
    expect(text).toContain(squash('Aliran data: Sistem B – Sistem Pengambilan Pekerja (API)'));
    expect(text).toContain(squash('Sistem Luaran: Sistem D (telah dipadam daripada model)'));
    expect(text).toContain(squash('Bersetuju Dengan Pindaan'));
  });

  it('refuses a review file edited outside Lakar (exit 2, message), changing nothing', () => {
    fs.writeFileSync(path.join(dir, 'ubah.ulasan'), fs.readFileSync(path.join(dir, 'contoh.ulasan'), 'utf8').replace('"bersetujuDenganPindaan"', '"bersetujuTanpaPindaan"'));
    const before = sha('semakan.lakar');
    const r = lakar(['review', 'show', 'ubah.ulasan', '--project', 'semakan.lakar']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('telah diubah di luar Lakar');
    expect(r.stdout).toBe('');
    expect(sha('semakan.lakar')).toBe(before);
  });

  it('refuses a review of another project and a file that is not a review', () => {
    const other = lakar(['review', 'export', 'contoh.ulasan', '--format', 'pdf', '-o', 'x.pdf', '--project', 'lain.lakar', '--lang', 'en']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('reviews “Perkhidmatan Pengurusan Pengambilan Pekerja”, not the open project (“Projek Lain”)');
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
    const foreign = lakar(['review', 'show', 'contoh.lakar']);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('bukan fail ulasan Lakar');
  });
});
