/**
 * Documents across process boundaries (IPC between the main process and the window, messages to
 * workers). Those copy values by structured clone, which keeps no class: a document's tables
 * (./table.ts) travel as plain records and become tables again on arrival.
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

/** `value` with every Table in it (documents, or tables alone) replaced by its record. Values without tables are returned as they are. */
export function toWire<V>(value: V): V {
  return rewrite(value, 0, (v) => (v instanceof Table ? v.toRecord() : undefined)) as V;
}

/** True for an object shaped like a document whose tables are still records. */
function isDocumentData(v: object): v is { elements: Record<string, unknown>; relations: Record<string, unknown> } {
  const d = v as Record<string, unknown>;
  return isPlainObject(v) && 'schemaVersion' in d && 'meta' in d && isPlainObject(d.elements) && isPlainObject(d.relations);
}

/** `value` as it arrived from a boundary, with every document in it given its tables back. */
export function fromWire<V>(value: V): V {
  return rewrite(value, 0, (v, depth) => (depth < MAX_DEPTH && isDocumentData(v) ? fromDocumentData(v) : undefined)) as V;
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
