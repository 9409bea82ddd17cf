/**
 * documentSchema's parse, made quicker for a whole document built in memory (an import's result: a
 * 100,000-element OEF model). documentSchema takes each table as a record: it turns the Table into
 * a record, copies it item by item through zod's machinery, then builds a Table again. Here each
 * item goes straight from the table to its kind's own schema, tried first with ./quick-parse.ts (the
 * item itself or its copy in the schema's key order, where zod's output is certain), and the new
 * table is made from those items in the table's own order.
 *
 * The result is exactly documentSchema's (the same data, keys in the same order, tables listing the
 * same ids in the same order), though where zod would give a copy equal to what it was given (an
 * item, a layout, a view's record of layouts) it may be that very object, as ./quick-parse.ts gives. Anything not shown valid this way (an id the rules of ./ids.ts might
 * refuse, an item its kind's schema refuses, a value of an unexpected shape) is left to
 * documentSchema over the whole document, so a refused document is refused with its own issues.
 */
import { z } from 'zod';
import { isSafeId } from './ids';
import { quickParser } from './quick-parse';
import {
  dataFlowSchema,
  documentSchema,
  elementSchema,
  nodeLayoutSchema,
  projectMetaSchema,
  SCHEMA_VERSION,
  SIMPLE_RELATION_KINDS,
  simpleRelationSchema,
  viewSchema,
  type Element,
  type LakarDocument,
  type NodeLayout,
  type Relation,
  type View,
} from './schema';
import { Table } from './table';
import { isTableWire, itemsOfTableWire, keysOfTableWire } from './wire';

/** A kind's own schema, and its quicker first try (./quick-parse.ts: zod's output, or undefined to ask zod). */
export interface KindSchema<T> {
  schema: z.ZodType<T>;
  quick: (value: unknown) => T | undefined;
  /** The schema's members in its order. */
  keys: readonly string[];
}
const kindSchema = <T>(schema: z.ZodObject): KindSchema<T> => ({ schema: schema as unknown as z.ZodType<T>, quick: quickParser(schema) as (value: unknown) => T | undefined, keys: Object.keys(schema.shape) });

/** Each kind's own element schema: the discriminated union's choice, made without the union. */
export const ELEMENT_BY_KIND = new Map<unknown, KindSchema<Element>>(elementSchema.options.map((o) => [o.shape.kind.value, kindSchema<Element>(o)]));
/** Each kind's own relation schema (relationSchema is a plain union: it tries the data flow first, and a simple kind never passes it). */
const simpleRelation = kindSchema<Relation>(simpleRelationSchema);
export const RELATION_BY_KIND = new Map<unknown, KindSchema<Relation>>([['dataFlow', kindSchema<Relation>(dataFlowSchema)], ...SIMPLE_RELATION_KINDS.map((k) => [k, simpleRelation] as const)]);
/** A node layout's quicker first try. */
export const quickLayout = quickParser(nodeLayoutSchema);

/**
 * `value` as the union of `byKind` parses it (the union gives its matching member's output), or
 * undefined when its kind is unknown or its kind's schema refuses it (the union then says why).
 */
export function parsedByKind<T>(byKind: Map<unknown, KindSchema<T>>, value: unknown): T | undefined {
  const own = typeof value === 'object' && value !== null ? byKind.get((value as { kind?: unknown }).kind) : undefined;
  if (!own) return undefined;
  const quick = own.quick(value);
  if (quick !== undefined) return quick;
  const parsed = own.schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * `item` with its members in the order of its kind's schema (the order documentSchema's parse gives
 * them), for items built in another order: the check then gives them back as they are. An item of
 * no known kind is given back as it is (the check refuses it).
 */
export function inSchemaOrder<T extends { kind: string }>(byKind: Map<unknown, KindSchema<T>>, item: T): T {
  const own = byKind.get(item.kind);
  if (!own) return item;
  const ordered: Record<string, unknown> = {};
  for (const key of own.keys) if (key in item) ordered[key] = (item as Record<string, unknown>)[key];
  for (const key in item) if (!(key in ordered)) ordered[key] = (item as Record<string, unknown>)[key];
  return ordered as T;
}

/** A key the id schema surely takes (not empty, not reserved, at most 200 code points); a longer one in UTF-16 units is left to zod. */
export function surelyId(key: string): boolean {
  return key.length <= 200 && isSafeId(key);
}

/** A plain object as zod's record takes it without a doubt: no prototype but Object's, no symbol keys. */
function plainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.getPrototypeOf(value) === Object.prototype && Object.getOwnPropertySymbols(value).length === 0;
}

/**
 * The keys and items of a table, of its wire form (a message from the window, ./wire.ts) or of a
 * plain record, in the order documentSchema's record sees them (a table as its record lists them);
 * `at(i)` is the item of `keys[i]`. Null for anything else, and for a wire form whose keys are not
 * unique texts, one per item (documentSchema then refuses it).
 */
function listed(value: unknown): { keys: readonly string[]; at: (i: number) => unknown } | null {
  if (value instanceof Table) {
    const items = value.values();
    return { keys: value.ids(), at: (i) => items[i] };
  }
  if (isTableWire(value)) {
    const keys = keysOfTableWire(value);
    const items = itemsOfTableWire(value);
    return keys && items && { keys, at: (i) => items[i] };
  }
  if (!plainRecord(value)) return null;
  const keys = Object.keys(value);
  return { keys, at: (i) => value[keys[i]] };
}

/**
 * The items of a table (or wire form, or record) as documentSchema's table gives them; null when one
 * needs documentSchema. A table whose every item is given back as it is (built in the schema's key
 * order) is itself the result: no second map of 100,000 entries.
 */
function tableOf<T>(value: unknown, byKind: Map<unknown, KindSchema<T>>): Table<T> | null {
  const given = listed(value);
  if (!given) return null;
  const keys = given.keys;
  let out: Map<string, T> | undefined = value instanceof Table ? undefined : new Map();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!surelyId(key)) return null;
    const original = given.at(i);
    const item = parsedByKind(byKind, original);
    if (item === undefined) return null;
    if (item !== original && !out) {
      // the first item zod's copy differs from: from here on, a new table
      out = new Map();
      for (let k = 0; k < i; k++) out.set(keys[k], given.at(k) as T);
    }
    out?.set(key, item);
  }
  return out ? Table.fromMap(out) : (value as Table<T>);
}

/**
 * One view as viewSchema gives it, its nodes checked one by one rather than through zod's record;
 * null when it needs documentSchema. When every layout is given back as it is, so is the record of
 * them (a view of 100,000 nodes: no second record of 100,000 keys).
 */
function viewOf(value: unknown): View | null {
  if (!plainRecord(value) || !plainRecord(value.nodes)) return null;
  const head = viewSchema.safeParse({ ...value, nodes: {} });
  if (!head.success) return null;
  const given = value.nodes;
  const keys = Object.keys(given);
  let nodes: Record<string, NodeLayout> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!surelyId(key)) return null;
    let layout = quickLayout(given[key]);
    if (layout === undefined) {
      const parsed = nodeLayoutSchema.safeParse(given[key]);
      if (!parsed.success) return null;
      layout = parsed.data;
    }
    if (layout !== given[key] && !nodes) {
      // the first layout zod's copy differs from: from here on, a new record
      nodes = {};
      for (let k = 0; k < i; k++) nodes[keys[k]] = given[keys[k]] as NodeLayout;
    }
    if (nodes) nodes[key] = layout;
  }
  // viewSchema's output has its members in its own order: nodes stays where it stands
  head.data.nodes = nodes ?? (given as Record<string, NodeLayout>);
  return head.data;
}

function quickDocument(value: unknown): LakarDocument | null {
  if (!plainRecord(value) || value.schemaVersion !== SCHEMA_VERSION) return null;
  const meta = projectMetaSchema.safeParse(value.meta);
  if (!meta.success) return null;
  const elements = tableOf(value.elements, ELEMENT_BY_KIND);
  if (!elements) return null;
  const relations = tableOf(value.relations, RELATION_BY_KIND);
  if (!relations) return null;
  if (!plainRecord(value.views)) return null;
  const views: Record<string, View> = {};
  for (const key of Object.keys(value.views)) {
    const view = surelyId(key) ? viewOf(value.views[key]) : null;
    if (!view) return null;
    views[key] = view;
  }
  // the members in documentSchema's order, as its parse gives them
  return { schemaVersion: SCHEMA_VERSION, meta: meta.data, elements, relations, views };
}

/** `documentSchema.safeParse(value)`, quicker for a valid document of many items (see the top). */
export function parseDocumentQuickly(value: unknown): z.ZodSafeParseResult<LakarDocument> {
  const doc = quickDocument(value);
  return doc ? { success: true, data: doc } : documentSchema.safeParse(value);
}

/**
 * documentSchema for a document that arrives as a message (IPC, the browser edition's API): the same
 * output and refusals, through parseDocumentQuickly. A 100,000-element import handed to the main
 * process was checked by documentSchema's record copies in ~3 s, blocking every other call meanwhile.
 */
export const messageDocumentSchema = z.unknown().transform((value, ctx): LakarDocument => {
  const parsed = parseDocumentQuickly(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: value } as (typeof ctx.issues)[number]);
  return z.NEVER;
  // callers are held to sending a document; what arrives is checked whatever it is
}) as unknown as z.ZodType<LakarDocument, LakarDocument>;
