/**
 * How diff and merge see a document, generically: a set of **collections** of entities keyed by id
 * (elements, relations, views, and any other top-level record whose values carry their own `id`),
 * plus one **project** entity holding everything else (meta, schemaVersion, any new top-level field).
 * An entity is compared **field by field**: a field is the path to a leaf, where plain objects are
 * descended (so `properties.owner` and `meta.expectedOutcomes.pengoptimumanKos` are fields of their
 * own) and arrays, primitives and empty objects are leaves. A view's node (`nodes.<elementId>`) is
 * one leaf, so a moved node is one change. Because nothing here names a field, fields added to the
 * schema later (by a migration or a new feature) are compared and merged without code changes.
 */
import { Table } from '../model/table';

/** A field's place inside its entity: object keys from the entity's root (arrays are leaves). */
export type FieldPath = readonly string[];

/** Collections every document has, in the order changes are listed. */
export const KNOWN_COLLECTIONS = ['elements', 'relations', 'views'] as const;

/** Id of the single entity holding everything outside the collections. */
export const PROJECT_ENTITY = 'project';

/** Plain (JSON) object, not an array or null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON values (object key order ignored; undefined members equal absent ones). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // tables keep their items in private fields: compare them as the records they stand for
  if (a instanceof Table || b instanceof Table) {
    if (!(a instanceof Table && b instanceof Table) || a.size !== b.size) return false;
    for (const [id, item] of a.entries()) if (!deepEqual(item, b.get(id))) return false;
    return true;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let na = 0;
  for (const k in ra) {
    if (ra[k] === undefined) continue;
    na++;
    if (!deepEqual(ra[k], rb[k])) return false;
  }
  let nb = 0;
  for (const k in rb) if (rb[k] !== undefined) nb++;
  return na === nb;
}

/** True when `value` is a record whose every value is an object carrying its own key as `id`. */
function isIdRecord(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([k, v]) => isPlainObject(v) && v.id === k);
}

/**
 * The collections of `docs` (a key is a collection when it is a known one, or an id-keyed record in
 * any of them), known ones first, then the others by name, so every caller lists them the same way.
 */
export function collectionsOf(...docs: readonly object[]): string[] {
  const extra = new Set<string>();
  for (const doc of docs) {
    for (const [key, value] of Object.entries(doc)) {
      if (!(KNOWN_COLLECTIONS as readonly string[]).includes(key) && isIdRecord(value)) extra.add(key);
    }
  }
  return [...KNOWN_COLLECTIONS, ...[...extra].sort()];
}

/** The project entity of `doc`: every top-level member that is not one of `collections`. */
export function projectEntity(doc: object, collections: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!collections.includes(key) && value !== undefined) out[key] = value;
  return out;
}

/**
 * A table as the record diff and merge read, made once per table version: a merge looks entities up
 * in the same three documents many times (an element's kind, references), and a table never changes.
 * Read-only: the record is shared.
 */
const records = new WeakMap<Table<unknown>, Record<string, unknown>>();
function recordOf(table: Table<unknown>): Record<string, unknown> {
  let record = records.get(table);
  if (!record) records.set(table, (record = table.toRecord()));
  return record;
}

/** Entities of collection `name` in `doc` (an empty record when it has none). */
export function entitiesOf(doc: object, name: string): Record<string, unknown> {
  const value = (doc as Record<string, unknown>)[name];
  if (value instanceof Table) return recordOf(value);
  return isPlainObject(value) ? value : {};
}

/** A collection's entities as the merge reads them: by id, and their ids in the order of the record they stand for. */
export interface Entities<T = Record<string, unknown>> {
  get(id: string): T | undefined;
  keys(): Iterable<string>;
}

/**
 * Entities of collection `name` in `doc` (none when it has none), read where they are: a table is not
 * turned into a record (a merge of a 10,000-element model read its three documents' tables as records
 * in ~40 ms, a third of the merge).
 */
export function entityLookup(doc: object, name: string): Entities {
  const value = (doc as Record<string, unknown>)[name];
  if (value instanceof Table) {
    const table = value as Table<Record<string, unknown>>;
    return { get: (id) => table.get(id), keys: () => table.ids() };
  }
  const record = (isPlainObject(value) ? value : {}) as Record<string, Record<string, unknown> | undefined>;
  return { get: (id) => record[id], keys: () => Object.keys(record) };
}

/** Leaves that are compared whole although they are objects: a view's node position is one change. */
function isAtomicPath(collection: string, path: readonly string[]): boolean {
  return collection === 'views' && path.length === 2 && path[0] === 'nodes';
}

/** A path as a map key (paths hold arbitrary strings, so the key is their JSON). */
export function pathKey(path: FieldPath): string {
  return JSON.stringify(path);
}

/** The path of a key made by pathKey. */
export function keyPath(key: string): string[] {
  return JSON.parse(key) as string[];
}

/**
 * Call `visit` with every leaf of `entity` and its path. Plain objects are descended; arrays,
 * primitives and empty objects are leaves (an emptied `properties: {}` stays distinguishable from
 * no properties). The path array is reused between calls: copy it to keep it.
 */
export function forEachLeaf(collection: string, entity: unknown, visit: (path: readonly string[], value: unknown) => void): void {
  const path: string[] = [];
  const walk = (value: unknown) => {
    if (isPlainObject(value) && !isAtomicPath(collection, path)) {
      let any = false;
      for (const k in value) {
        if (value[k] === undefined) continue;
        any = true;
        path.push(k);
        walk(value[k]);
        path.pop();
      }
      if (any || path.length === 0) return;
    }
    if (value !== undefined) visit(path, value);
  };
  walk(entity);
}

/** Every leaf of `entity` as path key (pathKey) → value. */
export function flattenEntity(collection: string, entity: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  forEachLeaf(collection, entity, (path, value) => out.set(pathKey(path), value));
  return out;
}

/** The leaves of `entity` whose values differ from `base`'s, as [path, before, after]. */
export function changedLeaves(collection: string, before: unknown, after: unknown): { path: string[]; before: unknown; after: unknown }[] {
  const a = flattenEntity(collection, before);
  const b = flattenEntity(collection, after);
  const out: { path: string[]; before: unknown; after: unknown }[] = [];
  for (const [key, value] of a) {
    const other = b.get(key);
    if (!deepEqual(value, other)) out.push({ path: keyPath(key), before: value, after: other });
  }
  for (const [key, value] of b) if (!a.has(key)) out.push({ path: keyPath(key), before: undefined, after: value });
  return out;
}

/**
 * Build an entity back from leaves given as path → value (the inverse of flattenEntity), with the
 * top-level members in the order of `order` (the entity the result is closest to) where it has
 * them. A leaf may hold a whole sub-object. Returns null when two leaves cannot both hold (one a
 * prefix of another with a non-object value).
 */
export function buildFromPaths(entries: Iterable<readonly [readonly string[], unknown]>, order?: unknown): Record<string, unknown> | null {
  const root: Record<string, unknown> = {};
  // shorter paths first, so `properties: {}` is set before `properties.a` adds into it
  const sorted = [...entries].sort((x, y) => x[0].length - y[0].length);
  const made = new Set<object>([root]); // objects built here may be added into; values from the sides may not
  for (const [path, value] of sorted) {
    if (value === undefined) continue;
    if (path.length === 0) {
      if (!isPlainObject(value) || Object.keys(value).length > 0) return null;
      continue;
    }
    let node = root;
    for (let i = 0; i < path.length - 1; i++) {
      const next = node[path[i]];
      if (next === undefined) {
        const fresh = {};
        made.add(fresh);
        node = node[path[i]] = fresh;
      } else if (isPlainObject(next) && made.has(next)) node = next;
      else return null;
    }
    const last = path[path.length - 1];
    const existing = node[last];
    if (existing !== undefined) {
      // an empty-object leaf under a path that already has members is just the container
      if (isPlainObject(existing) && isPlainObject(value) && Object.keys(value).length === 0) continue;
      return null;
    }
    if (isPlainObject(value) && Object.keys(value).length === 0) {
      const fresh = {};
      made.add(fresh);
      node[last] = fresh;
    } else node[last] = value;
  }
  if (!isPlainObject(order)) return root;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(order)) if (k in root) out[k] = root[k];
  for (const k of Object.keys(root)) if (!(k in out)) out[k] = root[k];
  return out;
}

/** buildFromPaths for leaves keyed by pathKey (as flattenEntity gives them). */
export function unflattenEntity(leaves: Map<string, unknown>, order?: unknown): Record<string, unknown> | null {
  return buildFromPaths([...leaves].map(([k, v]) => [keyPath(k), v] as const), order);
}

/** Whether the value at `path` of an entity in `collection` is a container (descended) rather than a leaf. */
export function isContainer(collection: string, path: readonly string[], value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value) || isAtomicPath(collection, path)) return false;
  for (const k in value) if (value[k] !== undefined) return true;
  return path.length === 0;
}
