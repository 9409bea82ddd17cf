/**
 * `lakar review comment|assess|analyse|decide|syor|summary`: the reviewer writes the Kertas Ulasan
 * JDN from the CLI (001 §4.3 Jadual 4-1 langkah 4a, 7, 8 a–g, 9), driven through the real binary and
 * read back from the review file and the exported PDF (pdftotext).
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText, squash } from '../../test/fixtures/export/poppler';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { parseReviewFile } from '../../shared/review';
import { createProject } from '../../electron/store/project';

const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'lakar.mjs');
let dir: string;

function lakar(...args: string[]) {
  const { LAKAR_LANG: _ignored, ...env } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex');
function review(file: string) {
  const read = parseReviewFile(fs.readFileSync(path.join(dir, file), 'utf8'));
  if (!read.ok) throw new Error(read.error.key);
  return read.review;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-review-write-'));
  await createProject(path.join(dir, 'c.lakar'), pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
  expect(lakar('review', 'init', 'c.lakar', '--reviewer', 'Pegawai JDN', '--body', 'bppd').code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

describe('lakar review: writing the Kertas Ulasan JDN', { timeout: 600_000 }, () => {
  it('has Malay help for each writing command', () => {
    const all = lakar('review', '--help');
    for (const cmd of ['comment', 'assess', 'analyse', 'decide', 'syor', 'summary']) {
      expect(all.stdout).toMatch(new RegExp(`\\n  ${cmd} \\[options\\] <review>`));
      const r = lakar('review', cmd, '--help');
      expect([cmd, r.code]).toEqual([cmd, 0]);
      expect(r.stdout).toContain('Kod keluar: 0 berjaya, 1 masalah ditemui, 2 input tidak sah.');
    }
    expect(lakar('review', 'assess', '--help').stdout).toContain('rekod penilaian sesuatu kriteria langkah 8 (a–g)');
  });

  it('records comments, the seven step-8 verdicts, the 4a analysis, the step-7 decision, the Syor and the summary; the exported paper prints them and is no longer a draft', () => {
    const project = sha('c.lakar');
    const steps: string[][] = [
      ['comment', 'c.ulasan', '--on', 'site_pdsa', '--heading', 'e', '--text', 'Nyatakan kapasiti pelayan di PDSA JDN.'],
      ['comment', 'c.ulasan', '--on', 'senarai:viii', '--heading', 'analisis', '--severity', 'cadangan', '--text', 'MyDigital ID digunakan untuk SSO.'],
      ['comment', 'c.ulasan', '--on', 'fl_b', '--heading', 'pengurusanPangkalanData', '--text', 'Aliran JPN perlu melalui MyGDX.'],
      ...LETTERS.map((l) => ['assess', 'c.ulasan', '--criterion', l, '--verdict', l === 'f' ? 'perluPenambahbaikan' : 'memuaskan', '--justification', `Justifikasi kriteria ${l}.`]),
      ['analyse', 'c.ulasan', '--item', 'i', '--verdict', 'tidakMemuaskan', '--justification', 'Rujukan EA menunjuk sektor lain.'],
      ['decide', 'c.ulasan', '--status', 'bersetuju', '--date', '3 Disember 2026', '--reference', 'PDS-BAKAT/2026/07'],
      ['syor', 'c.ulasan', '--value', 'bersetujuDenganPindaan', '--amendments', 'Aliran JPN melalui MyGDX.'],
      ['summary', 'c.ulasan', '--text', 'Cadangan wajar diteruskan dengan pindaan.'],
    ];
    for (const args of steps) {
      const r = lakar('review', ...args);
      expect([args.join(' '), r.code, r.stderr]).toEqual([args.join(' '), 0, '']);
    }
    expect(sha('c.lakar')).toBe(project);

    const r = review('c.ulasan');
    expect(r.comments.map((c) => [c.id, c.anchor.kind, c.heading, c.severity, c.author.name])).toEqual([
      ['k1', 'element', 'pengurusanPusatData', 'perluTindakan', 'Pegawai JDN'],
      ['k2', 'checklist', 'analisis', 'cadangan', 'Pegawai JDN'],
      ['k3', 'relation', 'pengurusanPangkalanData', 'perluTindakan', 'Pegawai JDN'],
    ]);
    expect(Object.values(r.evaluations).map((e) => e?.verdict)).toHaveLength(7);
    expect(r.evaluations.pengurusanRangkaian).toEqual({ verdict: 'perluPenambahbaikan', justification: 'Justifikasi kriteria f.' });
    expect(r.analysis.sektor).toEqual({ verdict: 'tidakMemuaskan', justification: 'Rujukan EA menunjuk sektor lain.' });
    expect(r.decision).toEqual({ status: 'bersetuju', date: '3 Disember 2026', reference: 'PDS-BAKAT/2026/07' });
    expect(r.syor).toEqual({ value: 'bersetujuDenganPindaan', amendments: 'Aliran JPN melalui MyGDX.' });

    expect(lakar('review', 'export', 'c.ulasan', '--format', 'pdf', '-o', 'u.pdf').code).toBe(0);
    const text = pdfText(fs.readFileSync(path.join(dir, 'u.pdf')), 'raw');
    const flat = squash(text);
    // the comment under criterion e, with the element it is on
    const e = flat.slice(flat.indexOf(squash('e. Pengurusan Pusat Data\nPenilaian')), flat.indexOf(squash('f. Pengurusan Rangkaian\nPenilaian')));
    expect(e).toContain(squash('Lokasi: PDSA JDN'));
    expect(e).toContain(squash('Perlu tindakan — Nyatakan kapasiti pelayan di PDSA JDN.'));
    expect(e).toContain(squash('Penilaian Memuaskan Justifikasi Justifikasi kriteria e.'));
    expect(flat).toContain(squash('Penilaian Perlu penambahbaikan Justifikasi Justifikasi kriteria f.'));
    expect(flat).toContain(squash('Tidak memuaskan Rujukan EA menunjuk sektor lain.'));
    expect(flat).toContain(squash('Status permohonan Bersetuju Tarikh mesyuarat 3 Disember 2026 Rujukan Kertas Keputusan PDS-BAKAT/2026/07'));
    expect(flat).toContain(squash('Pindaan yang perlu dibuat Aliran JPN melalui MyGDX.'));
    expect(flat).toContain(squash('Cadangan wajar diteruskan dengan pindaan.'));
    expect(text).not.toContain('DRAF');
  });

  it('refuses bad input with a clear message (exit 2) and leaves the review file as it was', () => {
    const before = sha('c.ulasan');
    const cases: [string[], string][] = [
      [['comment', 'c.ulasan', '--on', 'tiada_elemen', '--heading', 'a', '--text', 'x'], '--on “tiada_elemen” tiada dalam versi yang disemak'],
      [['comment', 'c.ulasan', '--on', 'senarai:x', '--heading', 'a', '--text', 'x'], '--on senarai tidak dikenali “x”; pilih i, ii, iii'],
      [['comment', 'c.ulasan', '--on', 'site_pdsa', '--heading', 'h', '--text', 'x'], '--heading tidak dikenali “h”; pilih a (pengurusanProjek)'],
      [['comment', 'c.ulasan', '--on', 'site_pdsa', '--heading', 'a', '--text', '  '], '--text kosong: tulis teks komen'],
      [['assess', 'c.ulasan', '--criterion', 'h', '--verdict', 'memuaskan'], '--criterion tidak dikenali “h”'],
      [['assess', 'c.ulasan', '--criterion', 'a', '--verdict', 'bagus'], '--verdict tidak dikenali “bagus”; pilih memuaskan, perluPenambahbaikan, tidakMemuaskan, tidakBerkaitan'],
      [['assess', 'c.ulasan', '--criterion', 'a'], 'tiada apa untuk direkod: beri sekurang-kurangnya satu daripada --verdict, --justification, --evidence'],
      [['decide', 'c.ulasan', '--status', 'lulus'], '--status tidak dikenali “lulus”; pilih bersetuju, tidakBersetuju, kajiSemula'],
      [['syor', 'c.ulasan', '--value', 'lulus'], '--value tidak dikenali “lulus”'],
      [['syor', 'c.ulasan', '--value', 'tidakDiteruskan', '--reason', 'lain'], '--reason tidak dikenali “lain”; pilih digabungkan, kebergantungan'],
      [['comment', 'tiada.ulasan', '--on', 'site_pdsa', '--heading', 'a', '--text', 'x'], 'tiada.ulasan'],
    ];
    for (const [args, message] of cases) {
      const r = lakar('review', ...args);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
      expect(r.stderr, args.join(' ')).toContain(message);
      expect(r.stdout, args.join(' ')).toBe('');
    }
    expect(sha('c.ulasan')).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.ulasan')).sort()).toEqual(['c.ulasan']);
  });

  it('answers in English with --lang en, and an empty value clears a field', () => {
    const bad = lakar('review', 'assess', 'c.ulasan', '--criterion', 'a', '--verdict', 'good', '--lang', 'en');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown --verdict “good”; choose memuaskan, perluPenambahbaikan, tidakMemuaskan, tidakBerkaitan');
    const ok = lakar('review', 'assess', 'c.ulasan', '--criterion', 'g', '--verdict', '', '--lang', 'en');
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toContain('g. Pengurusan Keselamatan Siber (cyber security management) recorded in');
    expect(review('c.ulasan').evaluations.pengurusanKeselamatanSiber).toEqual({ justification: 'Justifikasi kriteria g.' });
  });
});
