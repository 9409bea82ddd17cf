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
 */
import type { z } from 'zod';
import { documentSchema, elementSchema, idSchema, nodeLayoutSchema, projectMetaSchema, relationSchema, SCHEMA_VERSION, viewSchema, type LakarDocument, type View } from './schema';
import { Table } from './table';
import { ListingWalk } from './listing-walk';
import { freeze } from 'immer';

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
}

/**
 * A record's own keys and items, in the order zod's record sees them (a table as its record lists
 * them), or null when zod would see something else (symbol keys, a class instance).
 */
function itemsIn(value: unknown): Items | null {
  if (value instanceof Table) return { keys: value.ids(), get: (key) => value.get(key), items: value.values() };
  if (!isPlainRecord(value) || Object.getOwnPropertySymbols(value).length > 0) return null;
  return { keys: Object.keys(value), get: (key) => value[key] };
}

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
 * The items of `value` (a record or table) as documentSchema checks them, each item equal to
 * `valid`'s under its id taken from `valid`, the others through `check`; null when one needs the full parse.
 */
function itemsOf<T>(value: unknown, valid: (id: string) => T | undefined, check: Check<T>, validTable?: Table<T>, checked?: (id: string) => T | undefined, asChecked?: (item: unknown) => boolean): Map<string, T> | null {
  const given = itemsIn(value);
  if (!given) return null;
  const out = new Map<string, T>();
  // the valid document's items read in line with the given ones where both list them alike (./listing-walk.ts)
  const inValid = validTable && new ListingWalk(validTable.ids(), validTable.values(), valid);
  for (let i = 0; i < given.keys.length; i++) {
    const key = given.keys[i];
    if (key === '__proto__') continue; // zod's record leaves it out
    const item = given.items ? given.items[i] : given.get(key);
    const known = inValid ? inValid.itemOf(key) : valid(key);
    // a view checked before is valid under any id (a key the valid document has is one; another is checked)
    if (asChecked?.(item) && (known !== undefined || idSchema.safeParse(key).success)) {
      out.set(key, item as T);
      continue;
    }
    if (known !== undefined && sameData(item, known)) {
      out.set(key, known);
      continue;
    }
    // an item that differs from the valid one, the same as the one already checked: that one (one object for both)
    const met = checked?.(key);
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
  return out;
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

/**
 * The views of `value` as documentSchema checks them, beside `valid`'s. A view both sides moved
 * nodes on differs as a whole yet holds thousands of nodes equal to valid's: its nodes are taken
 * like items, one by one, and the rest of it goes through viewSchema.
 */
function viewsOf(value: unknown, valid: Readonly<Record<string, View>>, checked?: Readonly<Record<string, View>>): Map<string, View> | null {
  const validView = lookup(valid);
  const checkedView = checked && lookup(checked);
  return itemsOf(value, validView, (view, id) => {
    const known = validView(id);
    if (!known || !isPlainRecord(view) || !isPlainRecord(view.nodes)) return checkView(view, id);
    const rest = checkView({ ...view, nodes: {} }, id);
    const nodes = rest && itemsOf(view.nodes, lookup(known.nodes), checkNode);
    if (!rest || !nodes) return null;
    // viewSchema's output has its members in its own order: nodes stays where it stands
    rest.nodes = Object.fromEntries(nodes);
    return asGiven(freeze(rest, true), 'view');
  }, undefined, checkedView, (view) => wasGiven(view, 'view'));
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
  const doc = parsedBeside(value, valid, checked);
  return doc ? { success: true, data: doc } : documentSchema.safeParse(value);
}

function parsedBeside(value: unknown, valid: LakarDocument, checked?: LakarDocument): LakarDocument | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const given = value as Record<string, unknown>;
  if (given.schemaVersion !== SCHEMA_VERSION) return null;
  let meta = valid.meta;
  if (!sameData(given.meta, valid.meta)) {
    const parsed = projectMetaSchema.safeParse(given.meta);
    if (!parsed.success) return null;
    meta = parsed.data;
  }
  const elements = given.elements === valid.elements || wasGiven(given.elements, 'elements') ? (given.elements as LakarDocument['elements']) : itemsOf(given.elements, (id) => valid.elements.get(id), checkWith(elementSchema), valid.elements, checked && ((id) => checked.elements.get(id)));
  if (!elements) return null;
  const relations = given.relations === valid.relations || wasGiven(given.relations, 'relations') ? (given.relations as LakarDocument['relations']) : itemsOf(given.relations, (id) => valid.relations.get(id), checkWith(relationSchema), valid.relations, checked && ((id) => checked.relations.get(id)));
  if (!relations) return null;
  const views = viewsOf(given.views, valid.views, checked?.views);
  if (!views) return null;
  // the members in documentSchema's order, as its parse gives them
  return {
    schemaVersion: SCHEMA_VERSION,
    meta,
    elements: elements instanceof Table ? elements : asGiven(Table.fromMap(elements), 'elements'),
    relations: relations instanceof Table ? relations : asGiven(Table.fromMap(relations), 'relations'),
    views: Object.fromEntries(views),
  };
}
