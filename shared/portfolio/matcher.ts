/**
 * Overlaps across projects: elements of different projects that are likely the same thing, each
 * pair with a score and its evidence. Candidates come from blocking on normalised name tokens (an
 * inverted index per kind), never from comparing all pairs: a pair is scored only when its names
 * share enough weighted words, which the index counts while collecting candidates. Projects are
 * added and removed one at a time, so a changed file re-matches only its own elements.
 */
import { MATCH_SETTINGS, OVERLAP_KINDS, type MatchSettings, type OverlapKind, type Signal } from './data/settings';
import type { ItemContext, OverlapItem, ProjectDigest } from './digest';
import { isWeakWord } from './normalise';

/** One piece of evidence: a signal, its similarity 0–1 and what both sides share. */
export interface Evidence {
  signal: 'name' | Signal;
  similarity: number;
  shared: string[];
}

/** One side of an overlap. */
export interface OverlapSide {
  file: string;
  id: string;
  name: string;
  agency: string;
}

export interface Overlap {
  kind: OverlapKind;
  a: OverlapSide;
  b: OverlapSide;
  score: number;
  evidence: Evidence[];
}

interface Entry {
  file: string;
  item: OverlapItem;
  weight: number;
  /** Scratch of matchOne: the run that last collected this entry as a candidate. */
  stamp: number;
  /** Order of indexing. */
  seq: number;
}

function tokenWeight(token: string, settings: MatchSettings): number {
  return isWeakWord(token) ? settings.weakWordWeight : 1;
}

const setCache = new WeakMap<readonly unknown[], Set<unknown>>();

/** Items of `a` also in `b` (lists hold no duplicates). Small lists are scanned; larger ones looked up in a cached set. */
function sharedOf<T>(a: readonly T[], b: readonly T[]): T[] {
  if (a.length > b.length) [a, b] = [b, a];
  const out: T[] = [];
  if (b.length <= 12) {
    for (const x of a) if (b.includes(x)) out.push(x);
    return out;
  }
  let set = setCache.get(b) as Set<T> | undefined;
  if (!set) setCache.set(b, (set = new Set(b)));
  for (const x of a) if (set.has(x)) out.push(x);
  return out;
}

/** Jaccard similarity of two duplicate-free lists with what they share; undefined when either is empty. */
function jaccard<T>(a: readonly T[], b: readonly T[]): { similarity: number; shared: T[] } | undefined {
  if (!a.length || !b.length) return undefined;
  const shared = sharedOf(a, b);
  return { similarity: shared.length / (a.length + b.length - shared.length), shared };
}

function domainSimilarity(a: ItemContext, b: ItemContext): Evidence | undefined {
  if (!a.domain || !b.domain) return undefined;
  if (a.domain === b.domain) return { signal: 'domain', similarity: 1, shared: [a.domain] };
  // Same sector, different service domains: half a match.
  const sector = (d: string) => (d.startsWith('sector:') ? d.slice(7) : d.split('.')[0]);
  return sector(a.domain) === sector(b.domain) ? { signal: 'domain', similarity: 0.5, shared: [`sector:${sector(a.domain)}`] } : { signal: 'domain', similarity: 0, shared: [] };
}

function signalEvidence(signal: Signal, a: ItemContext, b: ItemContext): Evidence | undefined {
  if (signal === 'domain') return domainSimilarity(a, b);
  const j = jaccard<string | number>(a[signal], b[signal]);
  if (!j) return undefined;
  let shared = j.shared.map(String);
  // people read target groups as written and registries before words
  if (signal === 'targets') shared = shared.map((k) => a.targetLabels?.[k] ?? k);
  if (signal === 'data') shared = [...shared.filter((k) => k.startsWith('ref:')), ...shared.filter((k) => !k.startsWith('ref:'))];
  return { signal, similarity: j.similarity, shared };
}

/**
 * Score a candidate pair whose name similarity is known: the weighted mean of the name and every
 * signal both sides have; null unless the kind's threshold, minimum name similarity and one
 * corroborating signal are all met.
 */
export function scorePair(kind: OverlapKind, a: OverlapItem, b: OverlapItem, name: Evidence, settings: MatchSettings = MATCH_SETTINGS): { score: number; evidence: Evidence[] } | null {
  const k = settings.kinds[kind];
  if (name.similarity < k.minName) return null;
  let total = k.name * name.similarity;
  let weights = k.name;
  const evidence: Evidence[] = [name];
  let corroborated = false;
  for (const [signal, weight] of Object.entries(k.signals) as [Signal, number][]) {
    const ev = signalEvidence(signal, a.context, b.context);
    if (!ev) continue;
    total += weight * ev.similarity;
    weights += weight;
    if (ev.similarity > 0) evidence.push(ev);
    if (k.corroborating.includes(signal) && ev.similarity >= k.corroboration) corroborated = true;
  }
  const score = total / weights;
  if (!corroborated || score < k.threshold) return null;
  return { score: Math.round(score * 1000) / 1000, evidence };
}

/** Weighted Jaccard similarity of two token lists (weak words count less). */
export function nameSimilarity(a: readonly string[], b: readonly string[], settings: MatchSettings = MATCH_SETTINGS): Evidence {
  const shared = sharedOf(a, b);
  const w = (ts: readonly string[]) => ts.reduce((s, t) => s + tokenWeight(t, settings), 0);
  const inter = w(shared);
  const union = w(a) + w(b) - inter;
  return { signal: 'name', similarity: union > 0 ? inter / union : 0, shared };
}

const pairKey = (x: Entry, y: Entry) => (x.file < y.file || (x.file === y.file && x.item.id < y.item.id) ? `${x.file}\u0000${x.item.id}\u0000${y.file}\u0000${y.item.id}` : `${y.file}\u0000${y.item.id}\u0000${x.file}\u0000${x.item.id}`);

/** The overlap index of a portfolio; add and remove projects one at a time. */
export class OverlapMatcher {
  private readonly postings = new Map<OverlapKind, Map<string, Entry[]>>();
  private readonly entriesOf = new Map<string, Entry[]>();
  private readonly overlaps = new Map<string, Overlap>();
  private readonly pairsOf = new Map<string, Set<string>>();
  /** Candidate pairs scored so far (for the benchmark: shows matching is not all-pairs). */
  scored = 0;
  private run = 0;
  private seq = 0;

  constructor(private readonly settings: MatchSettings = MATCH_SETTINGS) {}

  /** Match `project`'s elements against every other project, then index them. Replaces a project of the same file. */
  add(project: ProjectDigest): void {
    this.remove(project.file);
    const entries = project.items.map((item) => this.entry(project.file, item));
    for (const e of entries) for (const [key, o] of this.matchOne(e, false)) this.store(key, o);
    this.index(project.file, entries);
  }

  /**
   * Add many projects at once (opening a portfolio): every element is indexed first and then matched
   * against those indexed before it, so which words are too common to block on is judged on the
   * whole portfolio, not on the order files were read in.
   */
  addAll(projects: readonly ProjectDigest[]): void {
    const batches = projects.map((p) => {
      this.remove(p.file);
      const entries = p.items.map((item) => this.entry(p.file, item));
      this.index(p.file, entries);
      return entries;
    });
    for (const entries of batches) for (const e of entries) for (const [key, o] of this.matchOne(e, true)) this.store(key, o);
  }

  private index(file: string, entries: Entry[]): void {
    for (const e of entries) {
      let byToken = this.postings.get(e.item.kind);
      if (!byToken) this.postings.set(e.item.kind, (byToken = new Map()));
      for (const t of e.item.tokens) {
        const list = byToken.get(t);
        if (list) list.push(e);
        else byToken.set(t, [e]);
      }
    }
    this.entriesOf.set(file, entries);
  }

  /** Forget `file`'s elements and every overlap involving them. */
  remove(file: string): void {
    const entries = this.entriesOf.get(file);
    if (!entries) return;
    for (const e of entries) {
      const byToken = this.postings.get(e.item.kind);
      for (const t of e.item.tokens) {
        const list = byToken?.get(t);
        if (!list) continue;
        const next = list.filter((x) => x.file !== file);
        if (next.length) byToken!.set(t, next);
        else byToken!.delete(t);
      }
    }
    this.entriesOf.delete(file);
    for (const key of this.pairsOf.get(file) ?? []) {
      const o = this.overlaps.get(key);
      this.overlaps.delete(key);
      if (o) this.pairsOf.get(o.a.file === file ? o.b.file : o.a.file)?.delete(key);
    }
    this.pairsOf.delete(file);
  }

  /** Every overlap: applications first, then services, data and flows (001 §4.2.2 a is about duplicated applications), best first. */
  list(): Overlap[] {
    const order = (k: OverlapKind) => OVERLAP_KINDS.indexOf(k);
    return [...this.overlaps.values()].sort((x, y) => order(x.kind) - order(y.kind) || y.score - x.score || x.a.file.localeCompare(y.a.file) || x.a.id.localeCompare(y.a.id));
  }

  /**
   * Overlaps of `project`'s elements with the indexed projects, without adding it (a proposal being
   * edited, checked against a portfolio folder). Its own file, if indexed, is left out.
   */
  matchAgainst(project: ProjectDigest): Overlap[] {
    const out: Overlap[] = [];
    for (const item of project.items) {
      const e = this.entry(project.file, item);
      for (const [, o] of this.matchOne(e, false)) out.push(o.a.file === project.file ? o : { ...o, a: o.b, b: o.a });
    }
    return out.sort((x, y) => y.score - x.score);
  }

  private entry(file: string, item: OverlapItem): Entry {
    return { file, item, weight: item.tokens.reduce((s, t) => s + tokenWeight(t, this.settings), 0), stamp: 0, seq: ++this.seq };
  }

  private store(key: string, o: Overlap): void {
    this.overlaps.set(key, o);
    for (const f of [o.a.file, o.b.file]) {
      let set = this.pairsOf.get(f);
      if (!set) this.pairsOf.set(f, (set = new Set()));
      set.add(key);
    }
  }

  /** Overlaps of `x` with indexed entries of other projects (`earlierOnly`: only entries indexed before x, so a batch finds each pair once). */
  private matchOne(x: Entry, earlierOnly: boolean): [string, Overlap][] {
    const found: [string, Overlap][] = [];
    const byToken = this.postings.get(x.item.kind);
    if (!byToken) return found;
    // Candidates: entries sharing a word with x, collected by walking the postings of x's words
    // (a stamp per run marks those already collected: no set allocated per element).
    const stamp = ++this.run;
    const candidates: Entry[] = [];
    for (const t of x.item.tokens) {
      const list = byToken.get(t);
      if (!list || list.length > this.settings.maxBlock) continue;
      for (const y of list) {
        if (y.file === x.file || (earlierOnly && y.seq >= x.seq)) continue;
        if (y.stamp !== stamp) {
          y.stamp = stamp;
          candidates.push(y);
        }
      }
    }
    const minName = this.settings.kinds[x.item.kind].minName;
    for (const y of candidates) {
      // The weight counted while blocking leaves out words too common to block on, so the exact
      // similarity decides once a pair is a candidate.
      const name = nameSimilarity(x.item.tokens, y.item.tokens, this.settings);
      if (name.similarity < minName) continue;
      this.scored++;
      const result = scorePair(x.item.kind, x.item, y.item, name, this.settings);
      if (!result) continue;
      const key = pairKey(x, y);
      const [a, b] = key.startsWith(`${x.file}\u0000${x.item.id}\u0000`) ? [x, y] : [y, x];
      found.push([key, { kind: x.item.kind, a: side(a), b: side(b), score: result.score, evidence: result.evidence }]);
    }
    return found;
  }
}

function side(e: Entry): OverlapSide {
  return { file: e.file, id: e.item.id, name: e.item.name, agency: e.item.agency };
}
