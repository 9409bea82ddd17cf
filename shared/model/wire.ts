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

/** `value` with every Table in it (documents, or tables alone) replaced by its record. Values without tables are returned as they are. */
export function toWire<V>(value: V): V {
  return encode(value, 0) as V;
}

function encode(value: unknown, depth: number): unknown {
  if (value instanceof Table) return value.toRecord();
  if (depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = value[i] as unknown;
      // arrays of numbers or strings (bytes, ids) hold no table
      if (typeof item !== 'object' || item === null) continue;
      const enc = encode(item, depth + 1);
      if (enc !== item) (out ??= value.slice())[i] = enc;
    }
    return out ?? value;
  }
  if (!isPlainObject(value)) return value;
  let out: Record<string, unknown> | null = null;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (typeof item !== 'object' || item === null) continue;
    const enc = encode(item, depth + 1);
    if (enc !== item) (out ??= { ...value })[key] = enc;
  }
  return out ?? value;
}

/** True for an object shaped like a document whose tables are still records. */
function isDocumentData(v: Record<string, unknown>): boolean {
  return 'schemaVersion' in v && 'meta' in v && isPlainObject(v.elements) && isPlainObject(v.relations);
}

/** `value` as it arrived from a boundary, with every document in it given its tables back. */
export function fromWire<V>(value: V): V {
  return decode(value, 0) as V;
}

function decode(value: unknown, depth: number): unknown {
  if (depth >= MAX_DEPTH || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = value[i] as unknown;
      if (typeof item !== 'object' || item === null) continue;
      const dec = decode(item, depth + 1);
      if (dec !== item) (out ??= value.slice())[i] = dec;
    }
    return out ?? value;
  }
  if (!isPlainObject(value)) return value;
  if (isDocumentData(value)) {
    return { ...value, elements: Table.fromRecord(value.elements as Record<string, unknown>), relations: Table.fromRecord(value.relations as Record<string, unknown>) };
  }
  let out: Record<string, unknown> | null = null;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (typeof item !== 'object' || item === null) continue;
    const dec = decode(item, depth + 1);
    if (dec !== item) (out ??= { ...value })[key] = dec;
  }
  return out ?? value;
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
