/**
 * Documents across process boundaries (IPC between the main process and the window, messages to
 * workers). Those copy values by structured clone, which keeps no class: a table (./table.ts)
 * travels as the array of its items, marked (`TableWire`), and becomes a table again on arrival.
 *
 * An array rather than the record a file holds: structured clone copies an object of 100,000 keys
 * (a dictionary to V8) slower than an array of the same items, and the record had to be built and
 * read back too. Measured (bench/scale.bench.ts) on a 100,000-element project sent to the window
 * when it opens: 1.1 s of CPU against 1.4 s as records on a quiet machine, 1.3 s against 2.5 s under load.
 */
import { Table } from './table';

/** Walk depth: a document sits at most a few levels inside a message (`{ reply: { doc } }`). */
const MAX_DEPTH = 6;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/**
 * `value` with `replace` applied to it and to the plain objects and arrays inside it, down to
 * MAX_DEPTH levels: where `replace` gives a value, that value stands and is not descended into.
 * Copies only the containers on the way to a replaced value; anything else is returned as it is.
 */
function rewrite(value: unknown, depth: number, replace: (v: object, depth: number) => unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const replaced = replace(value, depth);
  if (replaced !== undefined) return replaced;
  if (depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = value[i] as unknown;
      // arrays of numbers or strings (bytes, ids) hold no table
      if (typeof item !== 'object' || item === null) continue;
      const next = rewrite(item, depth + 1, replace);
      if (next !== item) (out ??= value.slice())[i] = next;
    }
    return out ?? value;
  }
  if (!isPlainObject(value)) return value;
  let out: Record<string, unknown> | null = null;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (typeof item !== 'object' || item === null) continue;
    const next = rewrite(item, depth + 1, replace);
    if (next !== item) (out ??= { ...value })[key] = next;
  }
  return out ?? value;
}

/** A table as it crosses a boundary: its items in order, and its keys when any differs from its item's `id`. */
export interface TableWire<T = unknown> {
  lakarTable: 1;
  items: T[];
  keys?: string[];
}

/** True for a table in its wire form. */
export function isTableWire(v: unknown): v is TableWire {
  return typeof v === 'object' && v !== null && (v as TableWire).lakarTable === 1 && Array.isArray((v as TableWire).items);
}

/** `table` in its wire form: document tables are keyed by their items' ids, so most carry no keys. */
export function tableToWire<T>(table: Table<T>): TableWire<T> {
  const keys = table.ids();
  const items = table.values();
  let keyed = true;
  for (let i = 0; i < keys.length && keyed; i++) keyed = (items[i] as { id?: unknown } | null)?.id === keys[i];
  return keyed ? { lakarTable: 1, items: items.slice() } : { lakarTable: 1, items: items.slice(), keys: keys.slice() };
}

/** The keys of a wire form's items: its `keys`, or each item's own `id`; null when they are not unique texts, one per item. */
export function keysOfTableWire(wire: TableWire): string[] | null {
  const { items, keys } = wire;
  if (keys !== undefined && (!Array.isArray(keys) || keys.length !== items.length)) return null;
  const out: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const key = keys ? keys[i] : (items[i] as { id?: unknown } | null)?.id;
    if (typeof key !== 'string' || seen.has(key)) return null;
    seen.add(key);
    out.push(key);
  }
  return out;
}

/**
 * The table a wire form stands for. A damaged one (keys that are not unique texts, one per item)
 * throws a TypeError: what comes from the window is then refused, never taken in part.
 */
export function tableFromWire<T>(wire: TableWire<T>): Table<T> {
  const keys = keysOfTableWire(wire);
  if (!keys) throw new TypeError('a table arrived damaged: its keys are not unique texts, one per item');
  return Table.fromEntries(keys.map((key, i) => [key, wire.items[i]] as const));
}

/**
 * The record a wire form from outside stands for, for a schema to validate item by item; null when
 * it is damaged (as `tableFromWire` refuses) or has a `__proto__` key, which a record schema would
 * skip without a word: the schema then refuses the wire form as it is.
 */
export function recordOfTableWire(wire: TableWire): Record<string, unknown> | null {
  const keys = keysOfTableWire(wire);
  if (!keys || keys.includes('__proto__')) return null;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) out[keys[i]] = wire.items[i];
  return out;
}

/** `value` with every Table in it (documents, or tables alone) replaced by its wire form. Values without tables are returned as they are. */
export function toWire<V>(value: V): V {
  return rewrite(value, 0, (v) => (v instanceof Table ? tableToWire(v) : undefined)) as V;
}

/** True for an object shaped like a document whose tables are data (records, or wire forms). */
function isDocumentData(v: object): v is { elements: Record<string, unknown>; relations: Record<string, unknown> } {
  const d = v as Record<string, unknown>;
  return isPlainObject(v) && 'schemaVersion' in d && 'meta' in d && isPlainObject(d.elements) && isPlainObject(d.relations);
}

/** A table from data: its wire form, or a record (stored by an earlier version). */
const tableOfData = (data: Record<string, unknown>): Table<unknown> => (isTableWire(data) ? tableFromWire(data) : Table.fromRecord(data));

/**
 * `value` as it arrived from a boundary, with every table in it made a table again, and documents
 * whose tables are records (data stored by an earlier version) given tables too.
 */
export function fromWire<V>(value: V): V {
  return rewrite(value, 0, (v, depth) => {
    if (isTableWire(v)) return tableFromWire(v);
    if (depth < MAX_DEPTH && isDocumentData(v)) return { ...v, elements: tableOfData(v.elements), relations: tableOfData(v.relations) };
    return undefined;
  }) as V;
}

/** A document's data with its tables as plain records (for JSON, files and tests that edit with immer). */
export function toDocumentData<D extends { elements: Table<unknown>; relations: Table<unknown> }>(doc: D): Omit<D, 'elements' | 'relations'> & { elements: Record<string, TableItem<D['elements']>>; relations: Record<string, TableItem<D['relations']>> } {
  return { ...doc, elements: doc.elements.toRecord(), relations: doc.relations.toRecord() } as never;
}

type TableItem<T> = T extends Table<infer I> ? I : never;

/** A document from data whose tables are plain records (not validated: parse with documentSchema where the data comes from outside). */
export function fromDocumentData<D extends { elements: Record<string, unknown>; relations: Record<string, unknown> }>(data: D): Omit<D, 'elements' | 'relations'> & { elements: Table<D['elements'][string]>; relations: Table<D['relations'][string]> } {
  return { ...data, elements: Table.fromRecord(data.elements), relations: Table.fromRecord(data.relations) } as never;
}
