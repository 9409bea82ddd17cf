// @vitest-environment happy-dom
/**
 * The portfolio actions over a scripted backend, the worker inline (issue 17): opening reads and
 * analyses; a watched folder's changes are re-analysed; Semak terhadap portfolio… puts the matches
 * of the open project in the Problems panel's findings; closing stops watching.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LakarApi, PortfolioChanges, PortfolioOpened } from '../../shared/ipc/contract';
import { miniProject } from '../../test/helpers/portfolio';
import { useEditor } from '../state/editor';
import { useExtraFindings } from '../problems/extraFindings';
import { cancelPortfolio, checkAgainstPortfolio, closePortfolio, configurePortfolio, openPortfolio } from './actions';
import { usePortfolio } from './portfolioStore';

const aduanBm = miniProject({ agency: 'JKM', app: 'Sistem e-Aduan Awam', processes: [1, 13, 18] });
const aduanEn = miniProject({ agency: 'KKM', app: 'Public Complaints Management System', processes: [1, 13, 18] });
const other = miniProject({ agency: 'JPJ', app: 'Sistem Lesen Memandu', processes: [6, 4] });

function fakeApi(opened: PortfolioOpened | null, changes: PortfolioChanges[] = []) {
  const calls: string[] = [];
  const api = {
    edition: 'desktop',
    'portfolio:open': vi.fn(async () => (calls.push('open'), opened)),
    'portfolio:changes': vi.fn(async () => (calls.push('changes'), changes.shift() ?? { changed: [], removed: [] })),
    'portfolio:close': vi.fn(async () => (calls.push('close'), { ok: true as const })),
  } as unknown as LakarApi;
  useEditor.getState().setApi(api);
  return { api, calls };
}

beforeEach(() => configurePortfolio({ workerFactory: null, pollMs: 0 }));
afterEach(async () => {
  await closePortfolio();
  useExtraFindings.setState({ bySource: {} });
});

describe('portfolio actions', () => {
  it('opens, analyses and shows a portfolio, and stops watching it on close', async () => {
    const { calls } = fakeApi({ handle: 'f1', name: 'Kitaran 2026', watched: true, files: [{ file: 'a.lakar', doc: aduanBm, ref: '/p/a.lakar' }, { file: 'b.lakar.json', doc: aduanEn }] });
    expect(await openPortfolio()).toBe(true);
    const s = usePortfolio.getState();
    expect(s).toMatchObject({ phase: 'ready', visible: true, source: { handle: 'f1', name: 'Kitaran 2026', watched: true, refs: { 'a.lakar': '/p/a.lakar' } } });
    expect(s.analysis?.overlaps).toHaveLength(1);
    await closePortfolio();
    expect(calls).toEqual(['open', 'close']);
    expect(usePortfolio.getState().source).toBeNull();
  });

  it('asks a watched folder for changes and re-analyses only the changed and removed files', async () => {
    configurePortfolio({ workerFactory: null, pollMs: 10 });
    const changed = miniProject({ agency: 'JPJ', app: 'Sistem Aduan Awam JPJ', processes: [1, 13, 18] });
    fakeApi({ handle: 'f1', name: 'Kitaran 2026', watched: true, files: [{ file: 'a.lakar.json', doc: aduanBm }, { file: 'b.lakar.json', doc: aduanEn }, { file: 'c.lakar.json', doc: other }] }, [
      { changed: [{ file: 'c.lakar.json', doc: changed }], removed: ['a.lakar.json'] },
    ]);
    await openPortfolio();
    expect(usePortfolio.getState().analysis?.overlaps.map((o) => [o.a.file, o.b.file])).toEqual([['a.lakar.json', 'b.lakar.json']]);
    await vi.waitFor(() => expect(usePortfolio.getState().analysis?.overlaps.map((o) => [o.a.file, o.b.file])).toEqual([['b.lakar.json', 'c.lakar.json']]));
    expect(usePortfolio.getState().analysis?.projects.map((p) => p.file)).toEqual(['b.lakar.json', 'c.lakar.json']);
  });

  it('counts a folder’s files as they are read, from the first batch on, then analyses them all', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `p${String(i).padStart(2, '0')}.lakar.json`);
    const docs = [aduanBm, aduanEn, ...Array.from({ length: 38 }, () => other)];
    const { api } = fakeApi({ handle: 'f1', name: 'Kitaran 2026', watched: true, files: [], pending: names });
    const seen: string[] = [];
    const unsubscribe = usePortfolio.subscribe((st) => {
      const p = st.progress;
      if (p?.stage === 'read') seen.push(`${p.done}/${p.total}`);
    });
    (api as unknown as Record<string, unknown>)['portfolio:read'] = vi.fn(async ({ files }: { files: string[] }) => {
      // the view already shows the reading before this batch comes back
      expect(usePortfolio.getState()).toMatchObject({ phase: 'running', visible: true, progress: { stage: 'read', total: 40 } });
      return { files: files.map((file) => ({ file, doc: docs[names.indexOf(file)], ref: `/p/${file}` })) };
    });
    expect(await openPortfolio()).toBe(true);
    unsubscribe();
    // the folder read (then the worker counts the documents it analyses)
    expect([...new Set(seen)].slice(0, 4)).toEqual(['0/40', '16/40', '32/40', '40/40']);
    expect(usePortfolio.getState().analysis?.projects).toHaveLength(40);
    expect(usePortfolio.getState().source?.refs['p00.lakar.json']).toBe('/p/p00.lakar.json');
  });

  it('Cancel while a folder is being read closes it and reads no further', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `p${i}.lakar.json`);
    const { api, calls } = fakeApi({ handle: 'f1', name: 'Kitaran 2026', watched: true, files: [], pending: names });
    const read = vi.fn(async ({ files }: { files: string[] }) => {
      cancelPortfolio();
      return { files: files.map((file) => ({ file, doc: other })) };
    });
    (api as unknown as Record<string, unknown>)['portfolio:read'] = read;
    expect(await openPortfolio()).toBe(false);
    expect(read).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(calls).toContain('close'));
    expect(usePortfolio.getState()).toMatchObject({ source: null, analysis: null });
  });

  it('leaves everything as it was when the picker is cancelled', async () => {
    fakeApi(null);
    expect(await openPortfolio()).toBe(false);
    expect(usePortfolio.getState()).toMatchObject({ phase: 'idle', visible: false, source: null });
  });

  it('puts the open project’s matches in the Problems panel findings, opening a portfolio first when none is loaded', async () => {
    fakeApi({ handle: 'f1', name: 'Kitaran 2026', watched: false, files: [{ file: 'b.lakar.json', doc: aduanEn }, { file: 'c.lakar.json', doc: other }] });
    useEditor.getState().loadProject({ handle: 'h1', ref: '/kerja/aduan.lakar', displayName: 'aduan.lakar', doc: aduanBm, dirty: false });
    await checkAgainstPortfolio();
    const findings = useExtraFindings.getState().bySource.portfolio;
    expect(findings.handle).toBe('h1');
    expect(findings.rules.map((r) => [r.id, r.source])).toEqual([['portfolio.overlap', '001 §4.2.2 a']]);
    expect(findings.problems.map((p) => p.params?.file)).toEqual(['b.lakar.json']);
    expect(usePortfolio.getState().visible).toBe(false);
  });
});
