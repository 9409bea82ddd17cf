/**
 * Documents across process boundaries (IPC between the main process and the window, messages to
 * workers). Those copy values by structured clone, which keeps no class: a table (./table.ts)
 * travels as its items, marked (`TableWire`), and becomes a table again on arrival.
 *
 * An array rather than the record a file holds: structured clone copies an object of 100,000 keys
 * (a dictionary to V8) slower than an array of the same items, and the record had to be built and
 * read back too. Measured (bench/scale.bench.ts) on a 100,000-element project sent to the window
 * when it opens: 1.1 s of CPU against 1.4 s as records on a quiet machine, 1.3 s against 2.5 s under load.
 *
 * The array goes as JSON text, which structured clone copies as one string. Why: an object structured
 * clone makes keeps only 4 of its members in the object itself (the rest one step away) and each of
 * its strings is a copy of its own, so the window's copy of a document checked ~20 % slower than the
 * document read from its file; JSON.parse makes the items as a file's are read, and the window
 * deserializes one string instead of 260,000 objects. On the 100,000-element varied model
 * (bench/checker.bench.ts, the window's copy; alternating child processes, load 5–8, CPU medians):
 * with the generator's short ids, sent, made a document and first checked in 3.3 s against 3.7 s
 * (6 pairs, faster in all); with ids as long as the app makes them, no clear difference on the whole
 * path (3.3 against 3.2 s, 5 pairs, faster in 3; serialized and deserialized in one step), while the
 * window's own part (deserialized, made a document, first check) took 2.6 against 3.0 s (3 pairs,
 * faster in 2) and the main process's 0.9 against 0.7 s.
 */
import { isBoxesRecord, plainBoxes } from './boxes-record';
import { withOwnWords } from './own-words';
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

/**
 * A table as it crosses a boundary: its items in order, and its keys when any differs from its
 * item's `id`. The items are JSON text (`json`, what a table is sent as) or an array (`items`: the
 * form of earlier versions, in journal entries a browser keeps, still read).
 */
export type TableWire<T = unknown> = { lakarTable: 1; keys?: string[] } & ({ json: string; items?: undefined } | { items: T[]; json?: undefined });

/** True for a table in its wire form. */
export function isTableWire(v: unknown): v is TableWire {
  if (typeof v !== 'object' || v === null || (v as TableWire).lakarTable !== 1) return false;
  const { json, items } = v as { json?: unknown; items?: unknown };
  return typeof json === 'string' || (json === undefined && Array.isArray(items));
}

/** `table` in its wire form: document tables are keyed by their items' ids, so most carry no keys. */
export function tableToWire<T>(table: Table<T>): TableWire<T> {
  const keys = table.ids();
  const items = table.values();
  let keyed = true;
  for (let i = 0; i < keys.length && keyed; i++) keyed = (items[i] as { id?: unknown } | null)?.id === keys[i];
  const json = JSON.stringify(items);
  return keyed ? { lakarTable: 1, json } : { lakarTable: 1, json, keys: keys.slice() };
}

/** Items read from the JSON text of each wire form, so that its keys, its record and its table read the text once. */
const parsedItems = new WeakMap<object, unknown[] | null>();

/** A wire form's items in order; null when its JSON text is not that of an array. */
export function itemsOfTableWire<T>(wire: TableWire<T>): T[] | null {
  if (wire.json === undefined) return wire.items;
  let items = parsedItems.get(wire);
  if (items === undefined) {
    try {
      const parsed: unknown = JSON.parse(wire.json);
      items = Array.isArray(parsed) ? parsed : null;
    } catch {
      items = null;
    }
    parsedItems.set(wire, items);
  }
  return items as T[] | null;
}

/** The keys of a wire form's items: its `keys`, or each item's own `id`; null when they are not unique texts, one per item. */
export function keysOfTableWire(wire: TableWire): string[] | null {
  const items = itemsOfTableWire(wire);
  const { keys } = wire;
  if (!items || (keys !== undefined && (!Array.isArray(keys) || keys.length !== items.length))) return null;
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
  const items = itemsOfTableWire(wire)!;
  return Table.fromEntries(keys.map((key, i) => [key, items[i]] as const));
}

/**
 * The record a wire form from outside stands for, for a schema to validate item by item; null when
 * it is damaged (as `tableFromWire` refuses) or has a `__proto__` key, which a record schema would
 * skip without a word: the schema then refuses the wire form as it is.
 */
export function recordOfTableWire(wire: TableWire): Record<string, unknown> | null {
  const keys = keysOfTableWire(wire);
  if (!keys || keys.includes('__proto__')) return null;
  const items = itemsOfTableWire(wire)!;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) out[keys[i]] = items[i];
  return out;
}

/** `value` with every Table in it (documents, or tables alone) replaced by its wire form. Values without tables are returned as they are. */
export function toWire<V>(value: V): V {
  // a view's boxes kept in a table (./boxes-record.ts) go as the plain record they read as: structured clone refuses a Proxy
  return rewrite(value, 0, (v) => (v instanceof Table ? tableToWire(v) : isBoxesRecord(v) ? plainBoxes(v as Record<string, unknown>) : undefined)) as V;
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
    if (depth < MAX_DEPTH && isDocumentData(v)) return { ...v, elements: withOwnWords(tableOfData(v.elements)), relations: withOwnWords(tableOfData(v.relations)) };
    return undefined;
  }) as V;
}

/**
 * A document's data with its tables, and its views' boxes kept in tables (./boxes-record.ts), as
 * plain records (for JSON, files and tests that edit with immer).
 */
export function toDocumentData<D extends { elements: Table<unknown>; relations: Table<unknown> }>(doc: D): Omit<D, 'elements' | 'relations'> & { elements: Record<string, TableItem<D['elements']>>; relations: Record<string, TableItem<D['relations']>> } {
  return { ...doc, ...plainViews(doc), elements: doc.elements.toRecord(), relations: doc.relations.toRecord() } as never;
}

/** `{ views }` with every view's boxes a plain record, or nothing when none is kept in a table. */
function plainViews(doc: object): { views?: Record<string, unknown> } {
  const views = (doc as { views?: Record<string, { nodes?: unknown }> }).views;
  if (!views || !Object.values(views).some((v) => isBoxesRecord(v?.nodes))) return {};
  const out: Record<string, unknown> = {};
  for (const [id, view] of Object.entries(views)) out[id] = isBoxesRecord(view?.nodes) ? { ...view, nodes: plainBoxes(view.nodes as Record<string, unknown>) } : view;
  return { views: out };
}

type TableItem<T> = T extends Table<infer I> ? I : never;

/** A document from data whose tables are plain records (not validated: parse with documentSchema where the data comes from outside). */
export function fromDocumentData<D extends { elements: Record<string, unknown>; relations: Record<string, unknown> }>(data: D): Omit<D, 'elements' | 'relations'> & { elements: Table<D['elements'][string]>; relations: Table<D['relations'][string]> } {
  return { ...data, elements: withOwnWords(Table.fromRecord(data.elements)), relations: withOwnWords(Table.fromRecord(data.relations)) } as never;
}
