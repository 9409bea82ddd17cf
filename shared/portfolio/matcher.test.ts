/** The overlap matcher on hand-built proposals: true matches, look-alikes, blocking, incremental updates (001 §4.2.2 a). */
import { describe, expect, it } from 'vitest';
import { miniProject, type MiniProject } from '../../test/helpers/portfolio';
import { digestProject } from './digest';
import { OverlapMatcher } from './matcher';
import { MATCH_SETTINGS } from './data/settings';
import { overlapReasons } from './reasons';

const digest = (file: string, p: MiniProject) => digestProject(file, miniProject(p), { check: false });

function overlapsOf(...projects: [string, MiniProject][]) {
  const m = new OverlapMatcher();
  for (const [file, p] of projects) m.add(digest(file, p));
  return m.list();
}

const aduanBm: MiniProject = { agency: 'JKM', app: 'Sistem e-Aduan Awam', processes: [1, 13, 18], target: { lifecycle: 'G2C', group: 'Warganegara' } };
const aduanEn: MiniProject = { agency: 'KKM', app: 'Public Complaints Management System', processes: [1, 13, 18, 12], target: { lifecycle: 'G2C', group: 'Warganegara' } };

describe('OverlapMatcher', () => {
  it('pairs the same application proposed by two agencies in BM and EN, with the reasons in words', () => {
    const [o, ...rest] = overlapsOf(['a.lakar', aduanBm], ['b.lakar', aduanEn]);
    expect(rest).toEqual([]);
    expect(o).toMatchObject({ kind: 'application', a: { file: 'a.lakar', id: 'app', agency: 'JKM' }, b: { file: 'b.lakar', id: 'app', agency: 'KKM' } });
    expect(o.score).toBeGreaterThan(0.7);
    const reasons = overlapReasons(o, 'ms');
    expect(reasons[0]).toMatch(/^nama serupa selepas normalisasi \(100%\): (aduan, awam|awam, aduan)$/);
    expect(reasons.join(' | ')).toMatch(/proses generik sama \(75%\): Pendaftaran, Maklum Balas, Pemantauan/);
    expect(overlapReasons(o, 'en').join(' | ')).toMatch(/same target groups: G2C Warganegara/);
  });

  it('does not pair names that share only stop words ("Sistem Pengurusan Aset" / "… Aduan")', () => {
    expect(overlapsOf(['a', { agency: 'JKM', app: 'Sistem Pengurusan Aset', processes: [1, 17] }], ['b', { agency: 'KKM', app: 'Sistem Pengurusan Aduan', processes: [1, 17] }])).toEqual([]);
  });

  it('never decides on the name alone: the same name with other processes and target groups is no overlap', () => {
    const facility: MiniProject = { agency: 'DBKL', app: 'Sistem Tempahan', processes: [2, 10, 14], target: { lifecycle: 'G2C', group: 'Warganegara' } };
    const inspection: MiniProject = { agency: 'JPJ', app: 'Sistem Tempahan', processes: [6, 3, 15], target: { lifecycle: 'G2B', group: 'Syarikat' } };
    expect(overlapsOf(['a', facility], ['b', inspection])).toEqual([]);
    // …and without any context to compare, a name match is not reported either
    expect(overlapsOf(['a', { agency: 'DBKL', app: 'Sistem Tempahan', processes: [] }], ['b', { agency: 'JPJ', app: 'Sistem Tempahan', processes: [] }])).toEqual([]);
  });

  it('compares only elements of different projects', () => {
    const m = new OverlapMatcher();
    const doc = miniProject(aduanBm);
    doc.elements = doc.elements.set('app2', { id: 'app2', kind: 'application', name: 'Public Complaint System' });
    doc.relations = doc.relations.set('x', { id: 'x', kind: 'supports', source: 'app2', target: 'pr0' });
    m.add(digestProject('one', doc, { check: false }));
    expect(m.list()).toEqual([]);
  });

  it('re-matches only the changed project and forgets a removed one (incremental)', () => {
    const m = new OverlapMatcher();
    m.add(digest('a', aduanBm));
    m.add(digest('b', aduanEn));
    m.add(digest('c', { agency: 'JPJ', app: 'Sistem Lesen Memandu', processes: [6, 4] }));
    expect(m.list()).toHaveLength(1);
    const before = m.scored;
    // c now proposes a complaints system too
    m.add(digest('c', { ...aduanEn, agency: 'JPJ', app: 'Sistem Aduan Awam JPJ' }));
    expect(m.list().map((o) => [o.a.file, o.b.file])).toEqual(expect.arrayContaining([['a', 'b'], ['a', 'c'], ['b', 'c']]));
    expect(m.scored - before).toBe(2); // c against a and b only
    m.remove('a');
    expect(m.list().map((o) => [o.a.file, o.b.file])).toEqual([['b', 'c']]);
  });

  it('finds candidates by shared words, not by comparing every pair', () => {
    const m = new OverlapMatcher();
    for (let i = 0; i < 50; i++) m.add(digest(`p${i}`, { agency: `A${i}`, app: `Sistem Unik${i} Khas${i}`, processes: [1] }));
    m.add(digest('x', aduanBm));
    m.add(digest('y', aduanEn));
    expect(m.scored).toBe(1);
  });
});

describe('addAll', () => {
  it('finds the same overlaps whatever order the files come in, judging common words on the whole portfolio', () => {
    const settings = { ...MATCH_SETTINGS, maxBlock: 3 };
    // "aduan" is in five names: too common to block on with maxBlock 3; "awam" names only two
    const projects = [
      digest('a', aduanBm),
      digest('b', aduanEn),
      ...[1, 2, 3].map((i) => digest(`x${i}`, { agency: `X${i}`, app: `Sistem Aduan Khas${i}`, processes: [1, 13, 18] })),
    ];
    const keys = (m: OverlapMatcher) => m.list().map((o) => `${o.a.file}-${o.b.file}`).sort();
    const forward = new OverlapMatcher(settings);
    forward.addAll(projects);
    const backward = new OverlapMatcher(settings);
    backward.addAll([...projects].reverse());
    expect(keys(forward)).toEqual(['a-b']);
    expect(keys(backward)).toEqual(keys(forward));
  });
});

describe('matchAgainst', () => {
  it('matches a project being edited against the portfolio without adding it', () => {
    const m = new OverlapMatcher();
    m.add(digest('b.lakar', aduanEn));
    const found = m.matchAgainst(digest('open', aduanBm));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ a: { file: 'open' }, b: { file: 'b.lakar' } });
    expect(m.list()).toEqual([]);
  });
});
