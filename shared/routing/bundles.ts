/**
 * Where a drawing means "all to all", one bus says it better than a fan of crossing lines: when every
 * element of one set has the same relation to every element of another (four target groups × three
 * channels in the worked example), when one element serves several (a network and the sites it
 * connects, Jadual 3-1 label 7), or several protect one (security controls and their site).
 */
import type { Relation, RelationKind } from '../model/schema';

export interface Bundle {
  /** Stable id (from the kind and the first relation), written as `data-bundle` in exports. */
  id: string;
  kind: RelationKind;
  sources: string[];
  targets: string[];
  /** Every relation drawn through the bus, sorted by id. */
  relations: string[];
}

/** Whether a group of `s` sources all related to the same `t` targets is drawn as a bus. */
function isBus(kind: RelationKind, s: number, t: number): boolean {
  if (s >= 2 && t >= 2) return true;
  // a network serving several sites is a bus even for two (its speed is written on it)
  if (kind === 'connects' && s === 1 && t >= 2) return true;
  return s * t >= 3;
}

/**
 * Bundles among `relations` (those drawn on one view, ends distinct). Data flows are never bundled:
 * each carries its own method and data and is read on its own.
 */
export function findBundles(relations: readonly Relation[]): Bundle[] {
  const byKind = new Map<RelationKind, Relation[]>();
  for (const r of relations) {
    if (r.kind === 'dataFlow') continue;
    const list = byKind.get(r.kind);
    if (list) list.push(r);
    else byKind.set(r.kind, [r]);
  }
  const bundles: Bundle[] = [];
  for (const [kind, rels] of [...byKind].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const targetsOf = new Map<string, Set<string>>();
    for (const r of rels) {
      const set = targetsOf.get(r.source);
      if (set) set.add(r.target);
      else targetsOf.set(r.source, new Set([r.target]));
    }
    // sources with exactly the same targets form one all-to-all group
    const groups = new Map<string, string[]>();
    for (const [source, targets] of targetsOf) {
      const key = [...targets].sort().join('\u0000');
      const list = groups.get(key);
      if (list) list.push(source);
      else groups.set(key, [source]);
    }
    for (const [key, sources] of groups) {
      const targets = key.split('\u0000');
      // an element on both sides would need a line along the bus to itself: draw those plainly
      if (!isBus(kind, sources.length, targets.length) || targets.some((t) => sources.includes(t))) continue;
      const src = new Set(sources);
      const tgt = new Set(targets);
      const members = rels.filter((r) => src.has(r.source) && tgt.has(r.target)).map((r) => r.id).sort();
      bundles.push({ id: `bundle-${kind}-${members[0]}`, kind, sources: [...sources].sort(), targets: [...targets].sort(), relations: members });
    }
  }
  return bundles.sort((a, b) => (a.id < b.id ? -1 : 1));
}
