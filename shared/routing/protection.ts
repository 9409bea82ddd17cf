/**
 * A site's protection as the LMV draws it: the security controls protecting a site (`protects` from a
 * control to a site) are listed in the site's box ("Dilindungi oleh: HSM, SIEM, DLP"), not drawn as
 * lines. Why: 001 Jadual 3-1 label 7 asks the infrastructure to state HSM, SIEM and DLP where
 * classified data is kept; drawn as lines, every control met every site it protects (the worked
 * example's three controls and four sites made twelve lines), and they filled the room under the
 * sites that the networks' lines and speeds need (§3.3.4 g). A list in the box reads as the fact it
 * is; a line under a box read as a false link.
 */
import type { Element, LakarDocument, Relation } from '../model/schema';

/** The protecting controls' ids by the site they protect, per relation table (tables are replaced, never changed, by an edit). */
const bySiteOf = new WeakMap<object, Map<string, string[]>>();

/** Whether `relation` is drawn as a line in the site's box rather than as a line: a control protecting a site. */
export function listedInSite(doc: Pick<LakarDocument, 'elements'>, relation: Relation): boolean {
  return relation.kind === 'protects' && doc.elements.get(relation.target)?.kind === 'site' && doc.elements.get(relation.source)?.kind === 'securityControl';
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * The names of the controls protecting each site of `doc`, in the order their relations come; none
 * when `doc` has no relations (a caller reading elements only).
 */
export function protectionOf(doc: Pick<LakarDocument, 'elements'> & Partial<Pick<LakarDocument, 'relations'>>): (site: Element) => readonly string[] {
  const relations = doc.relations;
  if (!relations) return () => NONE;
  let bySite = bySiteOf.get(relations);
  if (!bySite) {
    bySite = new Map();
    for (const r of relations.values()) {
      if (r.kind !== 'protects') continue;
      const list = bySite.get(r.target);
      if (list) list.push(r.source);
      else bySite.set(r.target, [r.source]);
    }
    bySiteOf.set(relations, bySite);
  }
  const found = bySite;
  return (site) => {
    if (site.kind !== 'site') return NONE;
    const ids = found.get(site.id);
    if (!ids) return NONE;
    const names: string[] = [];
    for (const id of ids) {
      const c = doc.elements.get(id);
      if (c?.kind === 'securityControl' && !names.includes(c.name)) names.push(c.name);
    }
    return names;
  };
}
