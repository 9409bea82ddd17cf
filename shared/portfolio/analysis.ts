/**
 * A sector portfolio: many agencies' proposals read together. Keeps one digest per file and the
 * overlap index; a changed file is replaced alone (`upsert`) and `analysis()` assembles the views:
 * overlaps, the registry consumption matrix (projects × the 21 registries and 37 repositories,
 * 001 §2.6.4, Rajah 2-13), DPI adoption (§2.7.3), the agency flow graph with MyGDX share, and the
 * sector summary (sector, category §4.2.1, E2E category, estimated cost, check results).
 */
import { builtinCatalogueIndex } from '../catalogue/catalogue';
import type { Bilingual } from '../catalogue/schema';
import { DPI_PLATFORMS, type DpiPlatform, type DpiState, type ProjectDigest } from './digest';
import { OverlapMatcher, type Overlap } from './matcher';
import { MATCH_SETTINGS, type MatchSettings } from './data/settings';

/** Why a file could not be read: an i18n key (shared errors, or `interchange:`) with parameters; faces translate it. */
export interface UnreadableReason {
  key: string;
  params?: Record<string, string | number>;
}

/** A file that could not be read, with the reason. */
export interface UnreadableFile {
  file: string;
  reason: UnreadableReason;
}

/** One project's cell of the registry matrix, with the elements behind it. */
export interface RegistryCell {
  file: string;
  elementIds: string[];
}

export interface RegistryRow {
  id: string;
  kind: 'registry' | 'repository';
  name: Bilingual;
  sector?: string;
  readBy: RegistryCell[];
  recapturedBy: RegistryCell[];
  declaredBy: RegistryCell[];
}

export interface AgencyFlowEdge {
  from: string;
  to: string;
  method: string;
  count: number;
}

export interface SectorSummary {
  projects: number;
  bySector: Record<string, number>;
  byCategory: Record<string, number>;
  byE2e: Record<string, number>;
  totalCost: number;
  costedProjects: number;
  errors: number;
  warnings: number;
}

export interface PortfolioAnalysis {
  projects: ProjectDigest[];
  unreadable: UnreadableFile[];
  overlaps: Overlap[];
  registries: RegistryRow[];
  /** Files that name no registry or repository at all. */
  declaringNothing: string[];
  dpi: { file: string; states: Record<DpiPlatform, DpiState> }[];
  flows: AgencyFlowEdge[];
  /** Cross-agency flows through MyGDX, of all cross-agency flows. */
  myGdxShare: { myGdx: number; total: number };
  summary: SectorSummary;
}

const byFile = (a: { file: string }, b: { file: string }) => a.file.localeCompare(b.file);

/** A portfolio being read or watched; add, replace and remove files in any order. */
export class Portfolio {
  private readonly digests = new Map<string, ProjectDigest>();
  private readonly unreadable = new Map<string, UnreadableReason>();
  private readonly matcher: OverlapMatcher;

  constructor(settings: MatchSettings = MATCH_SETTINGS) {
    this.matcher = new OverlapMatcher(settings);
  }

  /** Add or replace the project read from `digest.file`. */
  upsert(digest: ProjectDigest): void {
    this.unreadable.delete(digest.file);
    this.digests.set(digest.file, digest);
    this.matcher.add(digest);
  }

  /** Add or replace many projects at once (opening a portfolio; see OverlapMatcher.addAll). */
  upsertAll(digests: readonly ProjectDigest[]): void {
    for (const d of digests) {
      this.unreadable.delete(d.file);
      this.digests.set(d.file, d);
    }
    this.matcher.addAll(digests);
  }

  /** Record that `file` could not be read (any earlier reading of it is dropped). */
  markUnreadable(file: string, reason: UnreadableReason): void {
    this.remove(file);
    this.unreadable.set(file, reason);
  }

  /** Forget `file` (deleted from the folder). */
  remove(file: string): void {
    this.digests.delete(file);
    this.unreadable.delete(file);
    this.matcher.remove(file);
  }

  /** Files currently read. */
  files(): string[] {
    return [...this.digests.keys()];
  }

  /** The digest of `file`, if read. */
  get(file: string): ProjectDigest | undefined {
    return this.digests.get(file);
  }

  /** Overlaps of a project not in the portfolio (or replacing its own file) with the portfolio's projects. */
  matchAgainst(digest: ProjectDigest): Overlap[] {
    return this.matcher.matchAgainst(digest);
  }

  /** Candidate pairs scored so far. */
  get pairsScored(): number {
    return this.matcher.scored;
  }

  /** Every view of the portfolio as it stands. */
  analysis(): PortfolioAnalysis {
    const projects = [...this.digests.values()].sort(byFile);
    return {
      projects,
      unreadable: [...this.unreadable].map(([file, reason]) => ({ file, reason })).sort(byFile),
      overlaps: this.matcher.list(),
      registries: registryMatrix(projects),
      declaringNothing: projects.filter((p) => p.registries.every((r) => r.inferred)).map((p) => p.file),
      dpi: projects.map((p) => ({ file: p.file, states: p.dpi })),
      flows: agencyFlows(projects),
      myGdxShare: {
        myGdx: projects.reduce((n, p) => n + p.flows.filter((f) => f.method === 'myGdx').length, 0),
        total: projects.reduce((n, p) => n + p.flows.length, 0),
      },
      summary: sectorSummary(projects),
    };
  }
}

/** Projects × every registry and repository of the catalogue (plus any other id projects name). */
export function registryMatrix(projects: readonly ProjectDigest[]): RegistryRow[] {
  const catalogue = builtinCatalogueIndex();
  const rows = new Map<string, RegistryRow>();
  for (const r of catalogue.catalogue.registries) rows.set(r.id, { id: r.id, kind: 'registry', name: r.name, sector: r.sector, readBy: [], recapturedBy: [], declaredBy: [] });
  for (const r of catalogue.catalogue.repositories) rows.set(r.id, { id: r.id, kind: 'repository', name: r.name, sector: r.sector, readBy: [], recapturedBy: [], declaredBy: [] });
  for (const p of projects) {
    for (const u of p.registries) {
      let row = rows.get(u.ref);
      if (!row) rows.set(u.ref, (row = { id: u.ref, kind: u.ref.startsWith('repo.') ? 'repository' : 'registry', name: { ms: u.ref, en: u.ref }, readBy: [], recapturedBy: [], declaredBy: [] }));
      if (u.read.length) row.readBy.push({ file: p.file, elementIds: u.read });
      if (u.recaptured.length) row.recapturedBy.push({ file: p.file, elementIds: u.recaptured });
      if (u.declared.length) row.declaredBy.push({ file: p.file, elementIds: u.declared });
    }
  }
  return [...rows.values()];
}

/** Cross-agency flows aggregated by supplier, consumer and method, most frequent first. */
export function agencyFlows(projects: readonly ProjectDigest[]): AgencyFlowEdge[] {
  const edges = new Map<string, AgencyFlowEdge>();
  for (const p of projects) {
    for (const f of p.flows) {
      const key = `${f.from}\u0000${f.to}\u0000${f.method}`;
      const e = edges.get(key);
      if (e) e.count++;
      else edges.set(key, { from: f.from, to: f.to, method: f.method, count: 1 });
    }
  }
  return [...edges.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.method.localeCompare(b.method));
}

const add = (m: Record<string, number>, k: string, n = 1) => (m[k] = (m[k] ?? 0) + n);

/** Counts by sector, category and E2E category, total estimated cost and check results. */
export function sectorSummary(projects: readonly ProjectDigest[]): SectorSummary {
  const s: SectorSummary = { projects: projects.length, bySector: {}, byCategory: {}, byE2e: {}, totalCost: 0, costedProjects: 0, errors: 0, warnings: 0 };
  for (const p of projects) {
    add(s.bySector, p.sector ?? 'unset');
    add(s.byCategory, p.category ?? 'unset');
    for (const [k, n] of Object.entries(p.e2e)) add(s.byE2e, k, n);
    if (p.estimatedCost !== undefined) {
      s.totalCost += p.estimatedCost;
      s.costedProjects++;
    }
    s.errors += p.check?.errors ?? 0;
    s.warnings += p.check?.warnings ?? 0;
  }
  return s;
}

export { DPI_PLATFORMS };
