/**
 * The checker graph's questions about the relations at one element (`hasOutgoing`, `targets`, …),
 * asked of a span of the incident index (incident.ts).
 *
 * Over the document the graph indexed at first, each position of the incident table also has a
 * mark (the relation's kind number and which way it goes from the slot listing it) and the slot
 * of its other end (`IncidentEnds`, filled while the table is built). A question then reads two
 * small arrays and only the relations and elements it returns. Why: asked by reading each relation
 * (its kind, its source or target id compared with the element's) and looking the other end up in
 * the element table, these took ~7 % of a full check of the varied 100,000-element model (profiled
 * without inlining), mostly fetching from memory relations that were then passed over, and ids.
 * With the marks that check took ~10–19 % less CPU (alternating pairs against the graph without them).
 * After an edit (or for a list an edit changed) they read the relations themselves, as before.
 * Every question loops by index over the span: a for-of makes an iterator result per step until the
 * code is optimised, and a full check of a large model asks ~10⁵ of them, mostly cold.
 */
import type { Element, LakarDocument, Relation, RelationKind } from '../model/schema';
import { relationKindCode } from './end-kinds';
import type { Span } from './incident';

/** The relation leaves the element whose list holds this position. */
export const OUT = 1;
/** The relation arrives at the element whose list holds this position (both for a relation from an element to itself). */
export const IN = 2;
/** Either way. */
const ANY = OUT | IN;

/** Marks and other ends beside the incident table (see the module comment). */
export interface IncidentEnds {
  /** At each position: the relation kind's number (end-kinds.ts) times 4, plus `OUT` and/or `IN`. */
  readonly marks: Uint16Array;
  /** At each position: the slot of the relation's other end (its own for a relation from an element to itself). */
  readonly others: Int32Array;
  /** The element in each slot below `elements.length` (slots past it name no element). */
  readonly elements: readonly Element[];
}

/**
 * What the questions read: the span of the element asked about, the element's id, and the marks
 * of the table when the span is a run of it over the document indexed at first (else null).
 */
export interface SpanAt {
  span: Span;
  id: string;
  ends: IncidentEnds | null;
}

/** The relation at position `i` of `span`. */
export function relationAt(span: Span, i: number): Relation {
  return span.at === null ? span.list[i] : span.list[span.at[i]];
}

/** The mark a relation of `kind` going `way` would have, or -1 when its kind has no number (read the relations). */
function markOf(kind: RelationKind): number {
  const code = relationKindCode(kind);
  return code === 0 ? -1 : code << 2;
}

/** Whether position mark `m` is of the relation kind marked `mark` and goes `way`. */
function marked(m: number, mark: number, way: number): boolean {
  return (m & ~ANY) === mark && (m & way) !== 0;
}

/** Whether relation `r` at a span of `id` goes `way` (`OUT`: leaves `id`, `IN`: arrives, `ANY`). */
function goes(r: Relation, id: string, way: number): boolean {
  return way === ANY || (way === OUT ? r.source === id : r.target === id);
}

/** True when a relation of `kind` touches the element `way`. */
export function hasAt({ span, id, ends }: SpanAt, kind: RelationKind, way: number): boolean {
  const { from, to } = span;
  const mark = ends ? markOf(kind) : -1;
  if (mark >= 0) {
    const marks = ends!.marks;
    for (let i = from; i < to; i++) if (marked(marks[i], mark, way)) return true;
    return false;
  }
  for (let i = from; i < to; i++) {
    const r = relationAt(span, i);
    if (r.kind === kind && goes(r, id, way)) return true;
  }
  return false;
}

/** The relations of `kind` touching the element `way`, in its list's order. */
export function relationsAt({ span, id, ends }: SpanAt, kind: RelationKind, way: number): Relation[] {
  const { from, to } = span;
  const mark = ends ? markOf(kind) : -1;
  if (mark >= 0) {
    // marks are kept for the incident table only: its positions hold relations' numbers (`at`)
    const marks = ends!.marks;
    const { list, at } = span;
    let n = 0;
    for (let i = from; i < to; i++) if (marked(marks[i], mark, way)) n++;
    const found = listOf<Relation>(n);
    for (let i = from, j = 0; j < n; i++) if (marked(marks[i], mark, way)) found[j++] = list[at![i]];
    return found;
  }
  const out: Relation[] = [];
  for (let i = from; i < to; i++) {
    const r = relationAt(span, i);
    if (r.kind === kind && goes(r, id, way)) out.push(r);
  }
  return out;
}

/**
 * A list for `n` items, made at that size. Why: the first push onto an empty list makes room for
 * 17, and most answers are one or two relations; counted first (the marks are two bytes a position,
 * read again from the cache), `incoming` and `sources` allocated ~3 MB less per full check of the
 * varied 100,000-element model.
 */
function listOf<T>(n: number): T[] {
  return n === 0 ? [] : new Array<T>(n);
}

/**
 * The elements at the other end of the relations of `kind` touching the element `way` (`OUT`: their
 * targets, `IN`: their sources), in its list's order, leaving out ends naming no element of `doc`.
 */
export function otherEndsAt({ span, id, ends }: SpanAt, kind: RelationKind, way: typeof OUT | typeof IN, doc: LakarDocument): Element[] {
  const { from, to } = span;
  const mark = ends ? markOf(kind) : -1;
  if (mark >= 0) {
    const { marks, others, elements } = ends!;
    let n = 0;
    for (let i = from; i < to; i++) if (marked(marks[i], mark, way) && others[i] < elements.length) n++;
    const found = listOf<Element>(n);
    for (let i = from, j = 0; j < n; i++) if (marked(marks[i], mark, way) && others[i] < elements.length) found[j++] = elements[others[i]];
    return found;
  }
  const out: Element[] = [];
  for (let i = from; i < to; i++) {
    const r = relationAt(span, i);
    if (r.kind !== kind || !goes(r, id, way)) continue;
    const e = doc.elements.get(way === OUT ? r.target : r.source);
    if (e) out.push(e);
  }
  return out;
}

/**
 * Call `fn(slot)` with the slot of the other end of each relation of `kind` touching the element
 * `way`, in its list's order, and return true; return false without calling it when the span has no
 * marks (read the relations then). A pass marking elements by slot needs no element, nor its id.
 */
export function forEachOtherSlotAt({ span, ends }: SpanAt, kind: RelationKind, way: number, fn: (slot: number) => void): boolean {
  const mark = ends ? markOf(kind) : -1;
  if (mark < 0) return false;
  // read before calling back: `fn` may ask the graph about another element, which reuses the span
  const { from, to } = span;
  const { marks, others } = ends!;
  for (let i = from; i < to; i++) if (marked(marks[i], mark, way)) fn(others[i]);
  return true;
}
