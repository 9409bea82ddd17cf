/**
 * The portfolio worker's jobs run inline (issue 17): files picked in the browser (bytes, zips, a
 * .lakar the browser cannot read), progress and cancel, a changed file re-analysed alone, and the
 * check of an open proposal giving advice with its rule and source (001 §4.2.2 a).
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toLakarJson } from '../../shared/interchange/json';
import type { LakarDocument } from '../../shared/model/schema';
import { miniProject } from '../../test/helpers/portfolio';
import { execFileSync } from 'node:child_process';
import { CANCELLED, expandZips, PortfolioSession, reasonKey } from './jobs';

const json = (doc: LakarDocument) => strToU8(toLakarJson(doc));
const aduanBm = miniProject({ agency: 'JKM', app: 'Sistem e-Aduan Awam', processes: [1, 13, 18], title: 'Aduan JKM' });
const aduanEn = miniProject({ agency: 'KKM', app: 'Public Complaints Management System', processes: [1, 13, 18], title: 'Complaints KKM' });
const lesen = miniProject({ agency: 'JPJ', app: 'Sistem Lesen Memandu', processes: [6, 4], title: 'Lesen JPJ' });
const quiet = { signal: { aborted: false }, onProgress: () => undefined };

describe('expandZips', () => {
  it('reads the project files inside a zip, named after it, and leaves other entries out', () => {
    const zip = zipSync({ 'a.lakar.json': json(aduanBm), 'sub/b.xml': strToU8('<x/>'), 'nota.txt': strToU8('x'), '__MACOSX/a.lakar.json': strToU8('x') });
    expect(expandZips([{ file: 'portfolio.zip', data: zip }]).map((f) => f.file)).toEqual(['portfolio.zip/a.lakar.json', 'portfolio.zip/sub/b.xml']);
  });

  it('gives a damaged zip its reason instead of failing the others', () => {
    const bad = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const [f] = expandZips([{ file: 'rosak.zip', data: bad }]);
    expect(f.error?.key).toBe('portfolio:error.badZip');
  });
});

describe('PortfolioSession', () => {
  it('reads bytes and documents, lists unreadable files with their reason, and reports progress', async () => {
    const s = new PortfolioSession();
    const progress: string[] = [];
    const sqlite = new Uint8Array(32);
    sqlite.set(strToU8('SQLite format 3\u0000'));
    const a = await s.open(
      [
        { file: 'a.lakar.json', data: json(aduanBm) },
        { file: 'b.lakar.json', doc: aduanEn },
        { file: 'c.lakar', data: sqlite },
        { file: 'd.lakar.json', data: strToU8('{ rosak') },
      ],
      { signal: { aborted: false }, onProgress: (p) => progress.push(`${p.stage} ${p.done}/${p.total}`) },
    );
    expect(a.projects.map((p) => p.file)).toEqual(['a.lakar.json', 'b.lakar.json']);
    expect(a.unreadable.map((u) => [u.file, u.reason.key])).toEqual([
      ['c.lakar', 'portfolio:error.lakarInBrowser'],
      ['d.lakar.json', expect.stringMatching(/json/i)],
    ]);
    expect(a.overlaps.map((o) => [o.kind, o.a.file, o.b.file])).toEqual([['application', 'a.lakar.json', 'b.lakar.json']]);
    expect(progress).toEqual(['read 1/4', 'read 2/4', 'read 3/4', 'read 4/4', 'analyse 0/1']);
    expect(s.doc('a.lakar.json')?.meta.title).toBe('Aduan JKM');
  });

  it('stops when cancelled', async () => {
    await expect(new PortfolioSession().open([{ file: 'a.lakar.json', doc: aduanBm }], { signal: { aborted: true }, onProgress: () => undefined })).rejects.toBe(CANCELLED);
  });

  it('re-analyses only a changed file and forgets a removed one', async () => {
    const s = new PortfolioSession();
    await s.open([{ file: 'a', doc: aduanBm }, { file: 'b', doc: aduanEn }, { file: 'c', doc: lesen }], quiet);
    const c2 = miniProject({ agency: 'JPJ', app: 'Sistem Aduan Awam JPJ', processes: [1, 13, 18] });
    const after = await s.update([{ file: 'c', doc: c2 }], ['a'], quiet);
    expect(after.projects.map((p) => p.file)).toEqual(['b', 'c']);
    expect(after.overlaps.map((o) => [o.a.file, o.b.file])).toEqual([['b', 'c']]);
  });

  it('checks an open proposal against the portfolio as advice with rule id and source, never against its own file', async () => {
    const s = new PortfolioSession();
    await s.open([{ file: 'a', doc: aduanBm }, { file: 'b', doc: aduanEn }], quiet);
    const open = miniProject({ agency: 'JPJ', app: 'Sistem Aduan Awam', processes: [1, 13, 18] });
    const problems = s.check(open, undefined);
    expect(problems.map((p) => [p.ruleId, p.severity, p.elementIds])).toEqual([
      ['portfolio.overlap', 'advice', ['app']],
      ['portfolio.overlap', 'advice', ['app']],
    ]);
    expect(problems[0].message.ms).toMatch(/^Aplikasi "Sistem Aduan Awam" mungkin bertindih dengan ".*" \((JKM|KKM), (a|b)\), skor [\d.]+: nama serupa/);
    expect(s.check(aduanBm, 'a').map((p) => p.params?.file)).toEqual(['b']);
  });

  it('builds the Laporan Portfolio Sektor with the unreadable files’ reasons in the UI’s words (read back with pdftotext)', async () => {
    const s = new PortfolioSession();
    const a = await s.open([{ file: 'a.lakar.json', doc: aduanBm }, { file: 'b.lakar.json', doc: aduanEn }, { file: 'rosak.lakar.json', data: strToU8('{') }], quiet);
    const reasons = Object.fromEntries(a.unreadable.map((u) => [reasonKey(u.reason), 'JSON tidak sah (ujian)']));
    const pdf = await s.report('ms', reasons, quiet);
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });
    expect(text).toContain('LAPORAN PORTFOLIO SEKTOR');
    expect(text).toContain('Sistem e-Aduan Awam');
    expect(text).toMatch(/rosak\.lakar\.json\s+JSON tidak sah \(ujian\)/);
    expect(text).toMatch(/Halaman 1 daripada \d+/);
  });
});
