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
import { TableIndex } from '../model/table-index';

/**
 * The `protects` relations by the element they protect, following the relation table's edits (an
 * index answers at the cost of the answer: a walk over every relation of a 100,000-element project
 * at each edit of its relations would cost what the edit should not).
 */
const protectsByTarget = new TableIndex<Relation>((r) => (r.kind === 'protects' ? [r.target] : []));

/** The same relations by the control protecting: the sites whose lists name a renamed or removed control. */
const protectsBySource = new TableIndex<Relation>((r) => (r.kind === 'protects' ? [r.source] : []));

/** Ids of the elements that `protects` relations of `relations` from any of `controls` name as protected (the sites listing them). */
export function protectedBy(relations: LakarDocument['relations'], controls: Iterable<string>): string[] {
  return protectsBySource.itemsNaming(relations, controls).map((id) => relations.get(id)!.target);
}

/** Whether `relation` is listed in a site's box rather than drawn as a line: a security control protecting a site. */
export function listedInSite(doc: Pick<LakarDocument, 'elements'>, relation: Relation): boolean {
  return relation.kind === 'protects' && doc.elements.get(relation.target)?.kind === 'site' && doc.elements.get(relation.source)?.kind === 'securityControl';
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Make the index of `protects` relations for `relations` a part at a time while `more()` says there
 * is time (the idle preparation after opening, shared/commands/prepare.ts); true once made. Made in one
 * piece at the first site measured, it was ~100 ms of CPU on a 160,000-relation project.
 */
export function prepareProtection(relations: LakarDocument['relations'], more: () => boolean): boolean {
  return (protectsByTarget.readyFor(relations) || protectsByTarget.prepare(relations, more)) && (protectsBySource.readyFor(relations) || protectsBySource.prepare(relations, more));
}

/**
 * The names of the controls protecting each site of `doc`, in the order of their relations in the table; none
 * when `doc` has no relations (a caller reading elements only).
 */
export function protectionOf(doc: Pick<LakarDocument, 'elements'> & Partial<Pick<LakarDocument, 'relations'>>): (site: Element) => readonly string[] {
  const relations = doc.relations;
  if (!relations) return () => NONE;
  return (site) => {
    if (site.kind !== 'site') return NONE;
    const ids = protectsByTarget.itemsNaming(relations, [site.id]);
    if (ids.length === 0) return NONE;
    const names: string[] = [];
    for (const id of ids) {
      const c = doc.elements.get(relations.get(id)!.source);
      if (c?.kind === 'securityControl' && !names.includes(c.name)) names.push(c.name);
    }
    return names;
  };
}
