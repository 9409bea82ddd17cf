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
import { CLASSIFICATIONS } from '../model/vocabulary';

/**
 * Name → number (1 up, in the order of `names`; 0 for a name not among them, or not a string)
 * without a `Map`: the name's length and first two characters pick a place in a small table (a
 * perfect hash of the names, checked when made), and the one name placed there is compared with it.
 * Why: the graph's build asks for the kind of each of the 100,000 elements and 160,000 relations of
 * the varied model and the classification of each of its 51,000 flows; a kind of ten characters or
 * fewer is one string JSON.parse shares, found here by one comparison of pointers, and a longer one
 * ("application", a string of its own in each element) by comparing the characters just read, where
 * `Map.get` also searched its table. Those three lookups over the model measured 23.4 → 21.2 ms CPU,
 * with app-length ids 36.6 → 31.1 ms (medians of 40 alternating runs in one process, load ~5).
 */
export class KindCodes {
  /** By place (`placeOf`): the number of the name there; `CLASH` where two names share the place. */
  private readonly byPlace = new Uint8Array(1024);
  /** Every name's number, for the names at a place marked `CLASH`. */
  private readonly clashes = new Map<string, number>();

  constructor(private readonly names: readonly string[]) {
    names.forEach((name, i) => {
      const at = placeOf(name);
      if (this.byPlace[at] !== 0) this.byPlace[at] = CLASH;
      else this.byPlace[at] = i + 1;
      this.clashes.set(name, i + 1);
    });
  }

  codeOf(name: string): number {
    if (typeof name !== 'string') return 0;
    const code = this.byPlace[placeOf(name)];
    if (code === CLASH) return this.clashes.get(name) ?? 0;
    return code !== 0 && this.names[code - 1] === name ? code : 0;
  }
}

/** A place two names share (a kind added later may): the names there are found in a `Map`. */
const CLASH = 255;

/** `KindCodes`' place of `name` (NaN & 1023 is 0 for a name shorter than two characters). */
function placeOf(name: string): number {
  return (name.length * 97 + name.charCodeAt(0) * 7 + name.charCodeAt(1)) & 1023;
}

const ELEMENT_CODES = new KindCodes(ELEMENT_KINDS.map((k) => k.kind));
const RELATION_KINDS = Object.keys(RELATION_RULES) as RelationKind[];
const RELATION_CODES = new KindCodes(RELATION_KINDS);
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
export const MODULE = ELEMENT_CODES.codeOf('module');
export const APP_SERVICE = ELEMENT_CODES.codeOf('appService');
export const DATA_FLOW = RELATION_CODES.codeOf('dataFlow');

const CLASSIFICATION_CODES = new KindCodes(CLASSIFICATIONS);

/** A classification's rank + 1 (`CLASSIFICATIONS.indexOf(c) + 1`: 0 for none or one Lakar does not know), without searching the list. */
export function classificationRank(c: string | undefined): number {
  return CLASSIFICATION_CODES.codeOf(c!);
}

/** The number of an element kind (0 when unknown). */
export function elementKindCode(kind: string): number {
  return ELEMENT_CODES.codeOf(kind);
}

/** The number of a relation kind (0 when unknown). */
export function relationKindCode(kind: string): number {
  return RELATION_CODES.codeOf(kind);
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
