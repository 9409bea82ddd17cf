/**
 * documentSchema's parse of a document that arrives beside one already known to be valid: the three
 * documents of a merge are the open project and two other versions of it, alike but for a few
 * items. Checking every item of both others with zod cost more than the merge itself (a 10,000-
 * element model: ~100 ms of the schema per document); an item equal to the valid document's item
 * under the same id is valid already, so only the items that differ are checked.
 *
 * The result is the one documentSchema gives, up to what no reader of a document sees: an item equal
 * to the valid document's is that item (the same values; its members possibly in another order).
 * Anything not shown valid this way (an item its schema refuses, a key that is not an id, a value of
 * an unexpected shape) is left to documentSchema, so a refused document is refused with its issues.
 *
 * The parse is a generator of steps (`parseDocumentReusingSteps`), each ~1,000 items compared, so
 * that File › Merge from… checks a picked copy in slices between which the window draws, shows its
 * progress and can be cancelled (renderer/compare/picking.ts); `parseDocumentReusing` takes all the
 * steps at once (the merge command). One code for both, so both give the same document.
 */
import type { z } from 'zod';
import { documentSchema, elementSchema, idSchema, nodeLayoutSchema, projectMetaSchema, relationSchema, SCHEMA_VERSION, viewSchema, type LakarDocument, type View } from './schema';
import { Table } from './table';
import { ListingWalk } from './listing-walk';
import { freeze } from 'immer';
import { boxesRecord, knownBoxesTable } from './boxes-record';
import { isTableWire, itemsOfTableWire } from './wire';

/** A plain object as JSON and structured clone make them (zod accepts a few more; those take the full parse). */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Whether `value` holds the same data as `valid` (a value of a valid document), so that the schema
 * accepts it as it accepted `valid`: the same primitives, arrays of the same length, plain objects
 * with the same members (undefined members count as absent, as zod's optional fields read them).
 */
export function sameData(value: unknown, valid: unknown): boolean {
  if (value === valid) return true;
  if (typeof value !== 'object' || typeof valid !== 'object' || value === null || valid === null) return false;
  if (Array.isArray(valid)) {
    if (!Array.isArray(value) || value.length !== valid.length) return false;
    for (let i = 0; i < valid.length; i++) if (!sameData(value[i], valid[i])) return false;
    return true;
  }
  if (Array.isArray(value) || !isPlainRecord(value)) return false;
  const known = valid as Record<string, unknown>;
  let members = 0;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined) continue;
    members++;
    if (!Object.hasOwn(known, key) || !sameData(v, known[key])) return false;
  }
  for (const key in known) if (known[key] !== undefined) members--;
  return members === 0;
}

/** A record's or table's keys and items, without pairing them up (a merge reads 50,000 of them). */
interface Items {
  keys: readonly string[];
  get(key: string): unknown;
  /** The items in the order of `keys`, where they are listed so (a table). */
  items?: readonly unknown[];
  /** Keys not known to be unique texts (a wire form's): checked one by one. */
  unchecked?: boolean;
}

/**
 * A record's own keys and items, in the order zod's record sees them (a table as its record lists
 * them), or null when zod would see something else (symbol keys, a class instance).
 */
function itemsIn(value: unknown): Items | null {
  if (value instanceof Table) return { keys: value.ids(), get: (key) => value.get(key), items: value.values() };
  if (isTableWire(value)) {
    // a table as it crossed from the main process (File › Merge from…'s copy, ../ipc/page-api.ts): read
    // from its text, never made a table (~0.5 s CPU for a 100,000-element copy's two)
    const items = itemsOfTableWire(value);
    if (!items || (value.keys !== undefined && (!Array.isArray(value.keys) || value.keys.length !== items.length))) return null;
    const keys = value.keys ?? items.map((item) => (item as { id?: unknown } | null)?.id);
    return { keys: keys as string[], get: () => undefined, items, unchecked: true };
  }
  if (!isPlainRecord(value) || Object.getOwnPropertySymbols(value).length > 0) return null;
  return { keys: Object.keys(value), get: (key) => value[key] };
}

/** Items compared between two steps (~1 ms of work: a 100,000-element pick was 1–2 s in one piece). */
export const STEP_ITEMS = 1_000;

/** How far a stepped parse has got: items compared, of about `total` (elements, relations, boxes). */
export interface ParseCount {
  done: number;
  total: number;
  /** Items per step (STEP_ITEMS unless given: tests take a step per item to stop everywhere). */
  every?: number;
}

/** A stepped walk: yields between steps, returns its result. */
type Steps<R> = Generator<void, R, unknown>;

/** One more item compared; true when a step is over. */
const counted = (count: ParseCount): boolean => ++count.done % (count.every ?? STEP_ITEMS) === 0;

/** An item's check: its parsed value, or null when its schema refuses it. */
type Check<T> = (item: unknown, id: string) => T | null;

/** A schema's check (safeParse, the data or null). */
const checkWith =
  <T>(schema: z.ZodType<T>): Check<T> =>
  (item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? parsed.data : null;
  };

/**
 * The items of `value` (a table or record of elements or relations) as documentSchema checks them,
 * each item equal to `validTable`'s under its id taken from it, the others through `check`; null when
 * one needs the full parse. Given in `validTable`'s order with all its items (a copy that changed
 * nothing in it), the result is `validTable` itself: no table of 100,000 items is built again.
 */
function* tableItemsOf<T>(value: unknown, validTable: Table<T>, check: Check<T>, count: ParseCount, checked?: Table<T>): Steps<Map<string, T> | Table<T> | null> {
  const given = itemsIn(value);
  if (!given) return null;
  const out = new Map<string, T>();
  const validIds = validTable.ids();
  const validItems = validTable.values();
  // the valid document's items read in line with the given ones where both list them alike (./listing-walk.ts)
  const inValid = new ListingWalk(validIds, validItems, (id) => validTable.get(id));
  let same = given.keys.length === validIds.length;
  for (let i = 0; i < given.keys.length; i++) {
    if (counted(count)) yield;
    const key = given.keys[i];
    // a damaged wire form, or one holding `__proto__`: documentSchema refuses it (./wire.ts recordOfTableWire)
    if (given.unchecked && (typeof key !== 'string' || key === '__proto__' || out.has(key))) return null;
    if (key === '__proto__') {
      same = false; // zod's record leaves it out
      continue;
    }
    const item = given.items ? given.items[i] : given.get(key);
    const known = inValid.itemOf(key);
    if (known !== undefined && sameData(item, known)) {
      out.set(key, known);
      same &&= validIds[i] === key && validItems[i] === known;
      continue;
    }
    same = false;
    // an item that differs from the valid one, the same as the one already checked: that one (one object for both)
    const met = checked?.get(key);
    if (met !== undefined && sameData(item, met)) {
      out.set(key, freeze(met, true));
      continue;
    }
    if (!idSchema.safeParse(key).success) return null;
    const parsed = check(item, key);
    if (parsed === null) return null;
    // frozen: a table or view of it is taken as it is when given again (madeHere)
    out.set(key, freeze(parsed, true));
  }
  return same ? validTable : out;
}

/**
 * Tables and views this parse gave (documentSchema's result, frozen where it made new objects): given
 * again (File › Merge from… checks each copy when it is picked, then the merge command checks it again),
 * they are taken as they are, without a walk of their items.
 */
/** What a remembered part was checked as: given again, it is taken only as that (a table of relations is no table of elements). */
type Part = 'elements' | 'relations' | 'view';
const madeHere = new WeakMap<object, Part>();
const asGiven = <T extends object>(part: T, as: Part): T => (madeHere.set(part, as), part);
const wasGiven = (part: unknown, as: Part): boolean => typeof part === 'object' && part !== null && madeHere.get(part) === as;

/** A record's item under `id`, never one of Object.prototype. */
const lookup =
  <T>(record: Readonly<Record<string, T>>) =>
  (id: string): T | undefined =>
    Object.hasOwn(record, id) ? record[id] : undefined;

const checkView = checkWith(viewSchema);
const checkNode = checkWith(nodeLayoutSchema);

/** `view` without its boxes (the rest of it is compared whole: a few members). */
const withoutBoxes = (view: Record<string, unknown>): Record<string, unknown> => ({ ...view, nodes: undefined });

/** A view's boxes beside the valid view's (`known`) and the checked one's (`met`): each box equal to one of theirs is theirs. */
interface Boxes {
  boxes: Map<string, unknown>;
  /** Every box is `known`'s, and all of `known`'s are there. */
  allKnown: boolean;
  /** Every box is `met`'s, and all of `met`'s are there. */
  allMet: boolean;
}

/** How to read a record of boxes by id and how many it holds (its table's, where it has one: no walk through a proxy). */
function boxReader(nodes: Readonly<Record<string, unknown>> | undefined): { get(id: string): unknown; size: number } | null {
  if (!nodes) return null;
  const table = knownBoxesTable(nodes);
  if (table) return { get: (id) => table.get(id), size: table.size };
  return { get: lookup(nodes), size: Object.keys(nodes).length };
}

/**
 * `nodes` checked box by box, a step at a time: a view of 92,000 boxes compared in one piece held the
 * window ~0.1–0.3 s. Boxes taken from the open project are frozen as they are met (the view made of
 * them is frozen; freezing 92,000 boxes at its end was one piece of ~170 ms when the idle preparation
 * had not yet frozen them).
 */
function* boxesOf(nodes: Record<string, unknown>, known: Readonly<Record<string, unknown>> | undefined, met: Readonly<Record<string, unknown>> | undefined, count: ParseCount): Steps<Boxes | null> {
  const ids = Object.keys(nodes);
  const inKnown = boxReader(known);
  const inMet = boxReader(met);
  const out = new Map<string, unknown>();
  let allKnown = inKnown !== null && inKnown.size === ids.length;
  let allMet = inMet !== null && inMet.size === ids.length;
  for (const id of ids) {
    if (counted(count)) yield;
    if (id === '__proto__') {
      allKnown = allMet = false; // zod's record leaves it out
      continue;
    }
    const box = nodes[id];
    const k = inKnown?.get(id);
    if (k !== undefined && sameData(box, k)) {
      out.set(id, freeze(k, true));
      allMet &&= inMet!.get(id) === k;
      continue;
    }
    allKnown = false;
    const m = inMet?.get(id);
    if (m !== undefined && sameData(box, m)) {
      out.set(id, freeze(m, true));
      continue;
    }
    allMet = false;
    if (!idSchema.safeParse(id).success) return null;
    const parsed = checkNode(box, id);
    if (parsed === null) return null;
    out.set(id, freeze(parsed, true));
  }
  return { boxes: out, allKnown, allMet };
}

/**
 * One view of `value` as documentSchema checks it, beside the valid document's view under its id
 * (`known`) and the checked document's (`met`): that view when equal to it, else a view made of the
 * given one (viewSchema for all but its boxes, which are taken like items, one by one: a view both
 * sides moved boxes on differs as a whole yet holds thousands of boxes equal to the valid view's).
 */
function* viewOf(view: unknown, id: string, known: View | undefined, met: View | undefined, count: ParseCount): Steps<View | null> {
  if (!isPlainRecord(view) || !isPlainRecord(view.nodes)) {
    if (known !== undefined && sameData(view, known)) return known;
    if (met !== undefined && sameData(view, met)) return freeze(met, true);
    if (!idSchema.safeParse(id).success) return null;
    const parsed = checkView(view, id);
    return parsed && freeze(parsed, true);
  }
  const boxes = yield* boxesOf(view.nodes, known?.nodes, met?.nodes, count);
  if (!boxes) return null;
  const rest = withoutBoxes(view);
  if (known !== undefined && boxes.allKnown && sameData(rest, withoutBoxes(known as never))) return known;
  if (met !== undefined && boxes.allMet && sameData(rest, withoutBoxes(met as never))) return freeze(met, true);
  if (!idSchema.safeParse(id).success) return null;
  const made = checkView({ ...view, nodes: {} }, id);
  if (!made) return null;
  // viewSchema's output has its members in its own order: nodes stays where it stands, the boxes kept
  // in a table read as a record (./boxes-record.ts), as a command leaves a view: a plain record of
  // 92,000 boxes made of them was one piece of ~130–300 ms
  made.nodes = boxesRecord(Table.fromMap(boxes.boxes as Map<string, View['nodes'][string]>));
  // the boxes are frozen already; their record refuses writes by itself (and cannot be frozen)
  for (const [member, part] of Object.entries(made)) if (member !== 'nodes') freeze(part, true);
  return asGiven(Object.freeze(made), 'view');
}

/** The views of `value` as documentSchema checks them, beside `valid`'s (and `checked`'s); null when one needs the full parse. */
function* viewsOf(value: unknown, valid: Readonly<Record<string, View>>, count: ParseCount, checked?: Readonly<Record<string, View>>): Steps<Map<string, View> | null> {
  // a plain record only: documentSchema reads a table, or a table's wire form, given as the views as a
  // record of its own members (and refuses it), never as the items it holds
  if (value instanceof Table || isTableWire(value)) return null;
  const given = itemsIn(value);
  if (!given) return null;
  const validView = lookup(valid);
  const checkedView = checked && lookup(checked);
  const out = new Map<string, View>();
  for (const id of given.keys) {
    if (id === '__proto__') continue; // zod's record leaves it out
    const view = given.get(id);
    const known = validView(id);
    // a view checked before is valid under any id (a key the valid document has is one; another is checked)
    if (wasGiven(view, 'view') && (known !== undefined || idSchema.safeParse(id).success)) {
      out.set(id, view as View);
      continue;
    }
    const made = yield* viewOf(view, id, known, checkedView?.(id), count);
    if (!made) return null;
    out.set(id, made);
  }
  return out;
}

/**
 * `documentSchema.safeParse(value)`, checking only the elements, relations, views and project fields
 * that differ from `valid`'s (a document that passed documentSchema or was made by commands).
 * `checked` is another document already checked so (a merge's common ancestor, checked before their
 * copy): an item that differs from `valid`'s but equals `checked`'s is taken from `checked`, so the
 * two share it and a merge sees at once that their side left it as it was (a view of 90,000 boxes
 * mine moved a box on: three walks of its boxes in the merge, one here).
 */
export function parseDocumentReusing(value: unknown, valid: LakarDocument, checked?: LakarDocument): z.ZodSafeParseResult<LakarDocument> {
  const steps = parseDocumentReusingSteps(value, valid, checked);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * parseDocumentReusing a step at a time (see the module comment): `count` says how far it has got.
 * The documents must not change between steps (documents never do: an edit makes a new one).
 */
export function* parseDocumentReusingSteps(value: unknown, valid: LakarDocument, checked?: LakarDocument, count: ParseCount = { done: 0, total: 0 }): Steps<z.ZodSafeParseResult<LakarDocument>> {
  count.total = valid.elements.size + valid.relations.size;
  for (const view of Object.values(valid.views)) count.total += boxReader(view.nodes)!.size;
  const doc = yield* parsedBeside(value, valid, count, checked);
  return doc ? { success: true, data: doc } : documentSchema.safeParse(value);
}

function* parsedBeside(value: unknown, valid: LakarDocument, count: ParseCount, checked?: LakarDocument): Steps<LakarDocument | null> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const given = value as Record<string, unknown>;
  if (given.schemaVersion !== SCHEMA_VERSION) return null;
  let meta = valid.meta;
  if (!sameData(given.meta, valid.meta)) {
    const parsed = projectMetaSchema.safeParse(given.meta);
    if (!parsed.success) return null;
    meta = parsed.data;
  }
  const elements = given.elements === valid.elements || wasGiven(given.elements, 'elements') ? (given.elements as LakarDocument['elements']) : yield* tableItemsOf(given.elements, valid.elements, checkWith(elementSchema), count, checked?.elements);
  if (!elements) return null;
  const relations = given.relations === valid.relations || wasGiven(given.relations, 'relations') ? (given.relations as LakarDocument['relations']) : yield* tableItemsOf(given.relations, valid.relations, checkWith(relationSchema), count, checked?.relations);
  if (!relations) return null;
  const views = yield* viewsOf(given.views, valid.views, count, checked?.views);
  if (!views) return null;
  // the members in documentSchema's order, as its parse gives them
  return {
    schemaVersion: SCHEMA_VERSION,
    meta,
    elements: asGiven(elements instanceof Table ? elements : Table.fromMap(elements), 'elements'),
    relations: asGiven(relations instanceof Table ? relations : Table.fromMap(relations), 'relations'),
    views: Object.fromEntries(views),
  };
}
