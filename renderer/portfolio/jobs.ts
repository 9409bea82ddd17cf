/**
 * What the portfolio worker does, as plain functions over shared/ (the worker and the inline
 * fallback of unit tests run the same code): read the files the backend handed over (documents from
 * the desktop's main process, or bytes and zips picked in the browser), digest them with the WoG
 * check, match them (opening: all at once; a changed file: alone), and check an open proposal
 * against the portfolio. The session keeps the portfolio between messages, so one changed file is
 * re-analysed alone.
 */
import { unzipSync } from 'fflate';
import { importFiles, isInterchangeError } from '../../shared/interchange';
import type { PortfolioFile } from '../../shared/ipc/contract';
import type { LakarDocument } from '../../shared/model/schema';
import { checkAgainstPortfolio, digestProject, Portfolio, type PortfolioAnalysis, type UnreadableReason } from '../../shared/portfolio';
import type { Problem } from '../../shared/rules';

/** Progress of a long step: files done of all. */
export interface PortfolioProgress {
  stage: 'read' | 'analyse' | 'check' | 'report';
  done: number;
  total: number;
}

export interface JobOptions {
  signal: { readonly aborted: boolean };
  onProgress(progress: PortfolioProgress): void;
}

/** Thrown (as a value) when a job was cancelled. */
export const CANCELLED = { key: 'portfolio:error.cancelled' } as const;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PORTFOLIO_NAME = /\.(lakar\.json|json|xml|lakar)$/i;

/** The files inside zips, each named `<zip>/<entry>`; other files as they are. */
export function expandZips(files: readonly PortfolioFile[]): PortfolioFile[] {
  const out: PortfolioFile[] = [];
  for (const f of files) {
    const d = f.data;
    if (!d || d.length < 4 || !ZIP_MAGIC.every((b, i) => d[i] === b)) {
      out.push(f);
      continue;
    }
    try {
      const entries = unzipSync(d, { filter: (e) => PORTFOLIO_NAME.test(e.name) && !e.name.split('/').some((p) => p.startsWith('.') || p === '__MACOSX') });
      for (const [name, data] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) out.push({ file: `${f.file}/${name}`, data });
    } catch (e) {
      out.push({ file: f.file, error: { key: 'portfolio:error.badZip', params: { file: f.file, message: e instanceof Error ? e.message : String(e) } } });
    }
  }
  return out;
}

const isSqlite = (d: Uint8Array) => d.length >= 16 && new TextDecoder('latin1').decode(d.subarray(0, 15)) === 'SQLite format 3';

/** The document of one file, or why it cannot be read. */
export async function readFile(f: PortfolioFile): Promise<{ doc: LakarDocument } | { reason: UnreadableReason }> {
  if (f.error) return { reason: f.error };
  if (f.doc) return { doc: f.doc };
  if (!f.data) return { reason: { key: 'portfolio:error.empty', params: { file: f.file } } };
  // A .lakar file is an SQLite database, read by the desktop's main process only.
  if (isSqlite(f.data) || /\.lakar$/i.test(f.file)) return { reason: { key: 'portfolio:error.lakarInBrowser', params: { file: f.file } } };
  try {
    const r = await importFiles([{ name: f.file.split('/').pop() ?? f.file, data: f.data }]);
    return { doc: r.doc };
  } catch (e) {
    if (isInterchangeError(e)) return { reason: e.toPayload() };
    const keyed = e as { key?: unknown; params?: unknown };
    if (typeof keyed?.key === 'string') return { reason: { key: keyed.key, params: (keyed.params as UnreadableReason['params']) ?? {} } };
    return { reason: { key: 'error.unexpected', params: { message: e instanceof Error ? e.message : String(e) } } };
  }
}

/** One key per distinct reason, so the UI can send the reasons' texts to the worker. */
export function reasonKey(r: UnreadableReason): string {
  return `${r.key}|${JSON.stringify(r.params ?? {})}`;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A portfolio held by the worker between messages. */
export class PortfolioSession {
  private portfolio = new Portfolio();
  private readonly docs = new Map<string, LakarDocument>();

  /** Read and analyse every file (replacing what was held). */
  async open(files: readonly PortfolioFile[], o: JobOptions): Promise<PortfolioAnalysis> {
    this.portfolio = new Portfolio();
    this.docs.clear();
    const all = expandZips(files);
    const digests = [];
    for (const [i, f] of all.entries()) {
      if (o.signal.aborted) throw CANCELLED;
      const read = await readFile(f);
      if ('reason' in read) this.portfolio.markUnreadable(f.file, read.reason);
      else {
        this.docs.set(f.file, read.doc);
        digests.push(digestProject(f.file, read.doc));
      }
      o.onProgress({ stage: 'read', done: i + 1, total: all.length });
      if (i % 10 === 9) await tick();
    }
    if (o.signal.aborted) throw CANCELLED;
    o.onProgress({ stage: 'analyse', done: 0, total: 1 });
    await tick();
    this.portfolio.upsertAll(digests);
    return this.portfolio.analysis();
  }

  /** Re-analyse only changed and removed files (a watched folder changed). */
  async update(changed: readonly PortfolioFile[], removed: readonly string[], o: JobOptions): Promise<PortfolioAnalysis> {
    for (const file of removed) {
      this.portfolio.remove(file);
      this.docs.delete(file);
    }
    for (const [i, f] of expandZips(changed).entries()) {
      if (o.signal.aborted) throw CANCELLED;
      const read = await readFile(f);
      if ('reason' in read) {
        this.portfolio.markUnreadable(f.file, read.reason);
        this.docs.delete(f.file);
      } else {
        this.docs.set(f.file, read.doc);
        this.portfolio.upsert(digestProject(f.file, read.doc));
      }
      o.onProgress({ stage: 'read', done: i + 1, total: changed.length });
    }
    return this.portfolio.analysis();
  }

  /** The overlap check of an open proposal against the portfolio, as advice (001 §4.2.2 a). */
  check(doc: LakarDocument, file: string | undefined): Problem[] {
    return checkAgainstPortfolio(doc, this.portfolio, file);
  }

  /** The Laporan Portfolio Sektor of the portfolio as it stands (`reasons`: unreadable files' reasons, translated by the UI). */
  async report(lang: 'ms' | 'en', reasons: Record<string, string>, o: JobOptions): Promise<Uint8Array> {
    const { buildPortfolioReportPdf } = await import('../../shared/portfolio/report-pdf');
    return buildPortfolioReportPdf(this.portfolio.analysis(), {
      lang,
      reasonText: (r) => reasons[reasonKey(r)] ?? r.key,
      signal: o.signal,
      onProgress: (p) => o.onProgress({ stage: 'report', done: Math.round(p.fraction * 100), total: 100 }),
    });
  }

  /** The document read from `file`, for click-through. */
  doc(file: string): LakarDocument | undefined {
    return this.docs.get(file);
  }
}
