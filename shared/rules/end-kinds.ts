/**
 * Which relations join two existing elements of kinds their relation kind allows (Jadual 3-1, as
 * `relationAllowed` says), worked out while the model is indexed from the slots the incident index
 * gives each end and a kind number per element, so no element or kind string is fetched again.
 *
 * Why: `relation.invalid` looked up both ends of every relation and compared their kinds as
 * strings. Kind names longer than ten characters ("application", "externalSystem"…) are not shared
 * strings in a document read from JSON, so every comparison read a string of its own from memory;
 * on a 100,000-element model that was about a tenth of a full check. The rule now only looks at the
 * few relations listed here (and at what data flows carry), with its own code, so its findings stay
 * exactly what they were.
 */
import { ELEMENT_KINDS, RELATION_RULES, relationAllowed } from '../model/kinds';
import type { ElementKind, Relation, RelationKind } from '../model/schema';

const ELEMENT_CODES = new Map<string, number>(ELEMENT_KINDS.map((k, i) => [k.kind, i + 1]));
const RELATION_KINDS = Object.keys(RELATION_RULES) as RelationKind[];
const RELATION_CODES = new Map<string, number>(RELATION_KINDS.map((k, i) => [k, i + 1]));
/** Kind numbers run from 1; 0 stands for a kind Lakar does not know. */
const NK = ELEMENT_KINDS.length + 1;

/** `ALLOWED[(relation * NK + source) * NK + target]` is 1 when the relation kind may join those element kinds. */
const ALLOWED = new Uint8Array((RELATION_KINDS.length + 1) * NK * NK);
RELATION_KINDS.forEach((kind, r) => {
  ELEMENT_KINDS.forEach((s, si) => {
    ELEMENT_KINDS.forEach((t, ti) => {
      if (relationAllowed(kind, s.kind as ElementKind, t.kind as ElementKind)) ALLOWED[((r + 1) * NK + si + 1) * NK + ti + 1] = 1;
    });
  });
});

/** Numbers of the kinds the graph's build treats apart (`build-indexes.ts`). */
export const MODULE = ELEMENT_CODES.get('module')!;
export const APP_SERVICE = ELEMENT_CODES.get('appService')!;
export const DATA_FLOW = RELATION_CODES.get('dataFlow')!;

/** The number of an element kind (0 when unknown). */
export function elementKindCode(kind: string): number {
  return ELEMENT_CODES.get(kind) ?? 0;
}

/** The number of a relation kind (0 when unknown). */
export function relationKindCode(kind: string): number {
  return RELATION_CODES.get(kind) ?? 0;
}

/**
 * The relations among `relations` (document order) that do not join two elements of allowed kinds:
 * an end is not an element (`endSlots[2k]`, `endSlots[2k + 1]` at or past `elementCodes.length`),
 * or a kind is unknown, or the relation kind does not allow the pair; and those `suspect` marks 1 on
 * entry (a flow carrying what is not data). Each is also marked 1 in `suspect` (one byte per
 * relation), for the places of suspects in each kind (`suspectPlaces`, document-places.ts).
 */
export function relationsWithSuspectEnds(relations: readonly Relation[], relationCodes: Uint8Array, elementCodes: Uint8Array, endSlots: Int32Array, suspect: Uint8Array): Set<Relation> {
  const suspects = new Set<Relation>();
  const elements = elementCodes.length;
  for (let k = 0; k < relations.length; k++) {
    const s = endSlots[2 * k];
    const t = endSlots[2 * k + 1];
    if (suspect[k] || s >= elements || t >= elements || !ALLOWED[(relationCodes[k] * NK + elementCodes[s]) * NK + elementCodes[t]]) {
      suspects.add(relations[k]);
      suspect[k] = 1;
    }
  }
  return suspects;
}
