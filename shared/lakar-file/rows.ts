/**
 * Between documents and rows of a `.lakar` database: loading validates every row with the zod
 * schemas of shared/model (a bad row is reported with where it is, never silently dropped), and
 * writing applies `RowChanges` — only the rows a save touches — in one transaction.
 */
import type { z } from 'zod';
import {
  SCHEMA_VERSION,
  elementSchema,
  nodeLayoutSchema,
  projectMetaSchema,
  relationSchema,
  viewSchema,
  type Element,
  type LakarDocument,
  type NodeLayout,
  type Relation,
  type View,
} from '../model';
import { findProtoKey, hasOwn, isSafeId } from '../model/ids';
import { NODE_KEY_SEP, type RowChanges } from '../store/changes';
import { RowPlacer, type PlacedTable } from './row-places';
import type { SqlDatabase } from './driver';
import { StoreError } from './errors';
import { Table } from '../model/table';
import { ELEMENT_BY_KIND, parsedByKind, quickLayout, RELATION_BY_KIND, type KindSchema } from '../model/quick-document';

type Db = SqlDatabase;

/** Meta keys besides the project metadata. */
export const META_KEYS = { project: 'project', generation: 'generation', fileId: 'fileId', appVersion: 'appVersion', savedAt: 'savedAt' } as const;

/** A document read from a file, with the file's bookkeeping. */
export interface LoadedRows {
  doc: LakarDocument;
  generation: number;
  /** Random id given to the file when it was created; ties recovery journals to this very file. */
  fileId: string;
  appVersion: string | null;
  savedAt: string | null;
}

function firstIssue(error: z.ZodError): string {
  const i = error.issues[0];
  const at = i?.path.length ? `${i.path.map(String).join('.')}: ` : '';
  return `${at}${i?.message ?? 'invalid'}`;
}

function parseJson(text: unknown, file: string, where: string): unknown {
  if (typeof text !== 'string') throw new StoreError('invalidContent', { file, where, message: 'JSON' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new StoreError('invalidContent', { file, where, message: 'JSON' });
  }
  // zod would drop a `__proto__` key silently; only text holding the name (or an escape) can make one
  if (text.includes('__proto__') || text.includes('\\u')) {
    const at = findProtoKey(value);
    if (at) throw new StoreError('reservedId', { file, where: `${where}/${at.map(String).join('/')}`, id: '__proto__' });
  }
  return value;
}

/** A row's id as a usable key: text, and not a reserved name such as `__proto__` or `constructor`. */
function rowId(id: unknown, file: string, table: string): string {
  if (typeof id !== 'string') throw new StoreError('invalidContent', { file, where: table, message: `id ${typeof id}` });
  if (!isSafeId(id)) throw new StoreError('reservedId', { file, where: `${table}/${id}`, id });
  return id;
}

function checked<T>(schema: z.ZodType<T>, value: unknown, file: string, where: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new StoreError('invalidContent', { file, where, message: firstIssue(r.error) });
  return r.data;
}

/**
 * `value` validated by the schema of its `kind` (the same output as the union's: the union returns
 * its matching member's), falling back to the whole union, whose message is the one users get. The
 * quick parser answers first where it can: the same output, without zod's machinery (and without a
 * copy when the row's keys are already in the schema's order).
 */
function checkedByKind<T>(byKind: Map<unknown, KindSchema<T>>, union: z.ZodType<T>, value: unknown, file: string, where: string): T {
  return parsedByKind(byKind, value) ?? checked(union, value, file, where);
}

/**
 * A view row with its node rows (`nodes`, built by loadRows from the node rows, taken over). The node
 * keys are ids of loaded elements (checked row by row), so only the layouts are validated, one by one
 * instead of through the view's record of 100,000 keys (`layoutsParsed`: all of them were already, by the
 * quick parser); anything refused is parsed again whole for the usual message.
 */
function checkedView(body: unknown, nodes: Record<string, NodeLayout>, layoutsParsed: boolean, file: string, where: string): View {
  const whole = () => checked(viewSchema, { ...(body as object), nodes }, file, where);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return whole();
  const head = viewSchema.safeParse({ ...body, nodes: {} });
  if (!head.success) return whole();
  // replaced in place by their parsed copies: no second record of 100,000 keys
  if (!layoutsParsed) for (const elementId in nodes) {
    const r = nodeLayoutSchema.safeParse(nodes[elementId]);
    if (!r.success) return whole();
    nodes[elementId] = r.data;
  }
  head.data.nodes = nodes;
  return head.data;
}

/** Two rows with one key: the table's UNIQUE key index no longer guards it (a damaged file). */
function duplicateKey(file: string, where: string): StoreError {
  return new StoreError('corrupt', { file, detail: `${where}: duplicate key` });
}

/**
 * Read and validate the whole document of `db`; throws StoreError `invalidContent` naming the bad
 * row (`corrupt` for two rows with the same key).
 */
export function loadRows(db: Db, file: string): LoadedRows {
  const meta = new Map<string, unknown>();
  for (const row of db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]) {
    meta.set(row.key, parseJson(row.value, file, `meta/${row.key}`));
  }
  const projectMeta = checked(projectMetaSchema, meta.get(META_KEYS.project), file, 'meta/project');
  const generation = meta.get(META_KEYS.generation);
  if (typeof generation !== 'number' || !Number.isInteger(generation) || generation < 0) {
    throw new StoreError('invalidContent', { file, where: 'meta/generation', message: String(generation) });
  }
  const fileId = meta.get(META_KEYS.fileId);
  if (typeof fileId !== 'string' || fileId.length === 0) throw new StoreError('invalidContent', { file, where: 'meta/fileId', message: String(fileId) });

  const elements = new Map<string, Element>();
  const relations = new Map<string, Relation>();
  for (const row of db.prepare('SELECT id, data FROM elements ORDER BY rowid').iterate() as Iterable<{ id: string; data: string }>) {
    const where = `elements/${rowId(row.id, file, 'elements')}`;
    if (elements.has(row.id)) throw duplicateKey(file, where);
    const el = checkedByKind(ELEMENT_BY_KIND, elementSchema, parseJson(row.data, file, where), file, where);
    if (el.id !== row.id) throw new StoreError('invalidContent', { file, where, message: `id ${el.id}` });
    // keyed by the element's own id string, which relation ends are made to share below: lookups by
    // an element's id then compare pointers, not characters
    elements.set(el.id, el);
  }
  for (const row of db.prepare('SELECT id, data FROM relations ORDER BY rowid').iterate() as Iterable<{ id: string; data: string }>) {
    const where = `relations/${rowId(row.id, file, 'relations')}`;
    if (relations.has(row.id)) throw duplicateKey(file, where);
    const rel = checkedByKind(RELATION_BY_KIND, relationSchema, parseJson(row.data, file, where), file, where);
    if (rel.id !== row.id) throw new StoreError('invalidContent', { file, where, message: `id ${rel.id}` });
    const source = elements.get(rel.source);
    const target = elements.get(rel.target);
    if (!source || !target) throw new StoreError('invalidContent', { file, where, message: `element ${source ? rel.target : rel.source} missing` });
    rel.source = source.id;
    rel.target = target.id;
    relations.set(rel.id, rel); // its own id string, as elements are: the row's copy of it is left to the collector
  }
  const doc: LakarDocument = { schemaVersion: SCHEMA_VERSION, meta: projectMeta, elements: Table.fromMap(elements), relations: Table.fromMap(relations), views: {} };
  const nodesOf = new Map<string, Record<string, NodeLayout>>();
  const nodeRows = db.prepare('SELECT view_id, element_id, x, y, w, h FROM view_nodes ORDER BY rowid').iterate() as Iterable<{
    view_id: string;
    element_id: string;
    x: number;
    y: number;
    w: number | null;
    h: number | null;
  }>;
  // views with a layout the quick parser left to zod: checkedView parses all of theirs
  const layoutsInDoubt = new Set<string>();
  const nodeWhere = (n: { view_id: string; element_id: string }) => `view_nodes/${n.view_id}/${n.element_id}`;
  for (const n of nodeRows) {
    if (typeof n.element_id !== 'string' || !doc.elements.has(n.element_id)) throw new StoreError('invalidContent', { file, where: nodeWhere(n), message: `element ${n.element_id} missing` });
    const layout: NodeLayout = { x: n.x, y: n.y };
    if (n.w !== null) layout.w = n.w;
    if (n.h !== null) layout.h = n.h;
    let nodes = nodesOf.get(n.view_id);
    if (!nodes) nodesOf.set(n.view_id, (nodes = {}));
    else if (hasOwn(nodes, n.element_id)) throw duplicateKey(file, nodeWhere(n));
    const parsed = quickLayout(layout);
    if (parsed === undefined) layoutsInDoubt.add(n.view_id);
    nodes[n.element_id] = parsed ?? layout; // else validated with its view below
  }
  for (const row of db.prepare('SELECT id, data FROM views ORDER BY rowid').all() as { id: string; data: string }[]) {
    const where = `views/${rowId(row.id, file, 'views')}`;
    if (hasOwn(doc.views, row.id)) throw duplicateKey(file, where);
    const view = checkedView(parseJson(row.data, file, where), nodesOf.get(row.id) ?? {}, !layoutsInDoubt.has(row.id), file, where);
    if (view.id !== row.id) throw new StoreError('invalidContent', { file, where, message: `id ${view.id}` });
    doc.views[row.id] = view;
    nodesOf.delete(row.id);
  }
  for (const viewId of nodesOf.keys()) throw new StoreError('invalidContent', { file, where: `view_nodes/${viewId}`, message: `view ${viewId} missing` });
  if (Object.keys(doc.views).length === 0) throw new StoreError('invalidContent', { file, where: 'views', message: 'no view' });

  const appVersion = meta.get(META_KEYS.appVersion);
  const savedAt = meta.get(META_KEYS.savedAt);
  return {
    doc,
    generation,
    fileId,
    appVersion: typeof appVersion === 'string' ? appVersion : null,
    savedAt: typeof savedAt === 'string' ? savedAt : null,
  };
}

/** Bookkeeping written with every save. */
export interface SaveStamp {
  generation: number;
  appVersion: string;
  savedAt: string;
  /** Only when creating a file. */
  fileId?: string;
}

/** The columns `insertAt` writes after the rowid, as the upserts write them. */
const COLUMNS: Record<PlacedTable, string> = { elements: 'id, kind, name, data', relations: 'id, kind, source, target, data', views: 'id, name, ord, data', view_nodes: 'view_id, element_id, x, y, w, h' };

/** Prepared statements of one connection, made once and reused by every save. */
class Statements {
  readonly putMeta;
  readonly putElement;
  readonly delElement;
  readonly putRelation;
  readonly delRelation;
  readonly putView;
  readonly delView;
  readonly delNodesOfView;
  readonly putNode;
  readonly delNode;
  readonly totalChanges;
  constructor(private readonly db: Db) {
    this.totalChanges = db.prepare('SELECT total_changes()').pluck();
    this.putMeta = db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    this.putElement = db.prepare(
      'INSERT INTO elements(id, kind, name, data) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name, data = excluded.data',
    );
    this.delElement = db.prepare('DELETE FROM elements WHERE id = ?');
    this.putRelation = db.prepare(
      'INSERT INTO relations(id, kind, source, target, data) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, source = excluded.source, target = excluded.target, data = excluded.data',
    );
    this.delRelation = db.prepare('DELETE FROM relations WHERE id = ?');
    this.putView = db.prepare('INSERT INTO views(id, name, ord, data) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, ord = excluded.ord, data = excluded.data');
    this.delView = db.prepare('DELETE FROM views WHERE id = ?');
    this.delNodesOfView = db.prepare('DELETE FROM view_nodes WHERE view_id = ?');
    this.putNode = db.prepare(
      'INSERT INTO view_nodes(view_id, element_id, x, y, w, h) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(view_id, element_id) DO UPDATE SET x = excluded.x, y = excluded.y, w = excluded.w, h = excluded.h',
    );
    this.delNode = db.prepare('DELETE FROM view_nodes WHERE view_id = ? AND element_id = ?');
  }

  readonly #insertsAt = new Map<string, ReturnType<Db['prepare']>>();

  /** An INSERT of a row of `table` at a given rowid (the first parameter), the others as `values` lists them: for a row put back in its place. */
  insertAt(table: PlacedTable, values: string): ReturnType<Db['prepare']> {
    let statement = this.#insertsAt.get(table);
    if (!statement) this.#insertsAt.set(table, (statement = this.db.prepare(`INSERT INTO ${table}(rowid, ${COLUMNS[table]}) VALUES (?, ${values})`)));
    return statement;
  }
}

/**
 * Write `rows` with `put` (rowid null: an upsert as usual, a new row going after every row), in
 * their order. Those `readded` names (rows added again last: RowChanges.readded) are deleted first,
 * so they too go after every row. Those `places` names (rows put back in a place, in reverse
 * document order: RowChanges.places) are written last, wherever their row was: deleted, then
 * inserted at a rowid just before their follower's (./row-places.ts) or after every row. So the
 * file lists them all where the document does.
 */
function writePlaced<T>(
  db: Db,
  table: PlacedTable,
  rows: readonly T[],
  keyOf: (row: T) => string,
  order: { places?: ReadonlyMap<string, string | null>; readded?: ReadonlySet<string> },
  put: (row: T, rowid: number | null) => unknown,
): void {
  const { places, readded } = order;
  if (!places?.size && !readded?.size) {
    for (const row of rows) put(row, null);
    return;
  }
  const placer = placerOf(db, table);
  const key = (k: string) => k.split(NODE_KEY_SEP);
  const placed = new Map<string, T>();
  for (const row of rows) {
    const k = keyOf(row);
    if (places?.has(k)) {
      placed.set(k, row);
      continue;
    }
    if (readded?.has(k)) placer.remove(key(k));
    put(row, null);
  }
  if (!places) return;
  for (const [k, follower] of places) {
    const row = placed.get(k);
    if (row === undefined) continue;
    placer.remove(key(k));
    put(row, follower === null ? null : placer.rowidBefore(key(follower)));
  }
}

const statementCache = new WeakMap<Db, Statements>();
const placerCache = new WeakMap<Db, Map<PlacedTable, RowPlacer>>();

/** The RowPlacer of `table` in `db`, its statements prepared once per connection as the others are. */
function placerOf(db: Db, table: PlacedTable): RowPlacer {
  let placers = placerCache.get(db);
  if (!placers) placerCache.set(db, (placers = new Map()));
  let placer = placers.get(table);
  if (!placer) placers.set(table, (placer = new RowPlacer(db, table)));
  return placer;
}

function statements(db: Db): Statements {
  let s = statementCache.get(db);
  if (!s) statementCache.set(db, (s = new Statements(db)));
  return s;
}

function viewBody(v: Omit<View, 'nodes'>): string {
  return JSON.stringify(v);
}

/**
 * Apply `changes` and the save stamp to `db` in one transaction. A full change set first empties
 * the project tables. `verify` runs first inside the transaction (its read lock keeps the schema
 * from changing until the commit); it throws to refuse the save. Returns the number of rows SQLite changed.
 */
export function writeRowChanges(db: Db, changes: RowChanges, stamp: SaveStamp, verify?: () => void): number {
  const s = statements(db);
  const run = db.transaction(() => {
    verify?.();
    const start = s.totalChanges.get() as number;
    if (changes.full) db.exec('DELETE FROM view_nodes; DELETE FROM views; DELETE FROM relations; DELETE FROM elements;');
    if (changes.meta) s.putMeta.run(META_KEYS.project, JSON.stringify(changes.meta));
    const places = changes.full ? undefined : changes.places;
    const readded = changes.full ? undefined : changes.readded;
    for (const id of changes.deleteElements) s.delElement.run(id);
    writePlaced(db, 'elements', changes.upsertElements, (e) => e.id, { places: places?.elements, readded: readded?.elements }, (e, rowid) =>
      rowid === null ? s.putElement.run(e.id, e.kind, e.name, JSON.stringify(e)) : s.insertAt('elements', '?, ?, ?, ?').run(rowid, e.id, e.kind, e.name, JSON.stringify(e)),
    );
    for (const id of changes.deleteRelations) s.delRelation.run(id);
    writePlaced(db, 'relations', changes.upsertRelations, (r) => r.id, { places: places?.relations, readded: readded?.relations }, (r, rowid) =>
      rowid === null
        ? s.putRelation.run(r.id, r.kind, r.source, r.target, JSON.stringify(r))
        : s.insertAt('relations', '?, ?, ?, ?, ?').run(rowid, r.id, r.kind, r.source, r.target, JSON.stringify(r)),
    );
    for (const id of changes.deleteViews) {
      s.delView.run(id);
      s.delNodesOfView.run(id);
    }
    writePlaced(db, 'views', changes.upsertViews, (v) => v.id, { places: places?.views, readded: readded?.views }, (v, rowid) =>
      rowid === null ? s.putView.run(v.id, v.name, v.order, viewBody(v)) : s.insertAt('views', '?, ?, ?, ?').run(rowid, v.id, v.name, v.order, viewBody(v)),
    );
    if (!changes.full) for (const id of changes.replaceNodesOfViews) s.delNodesOfView.run(id);
    for (const n of changes.deleteNodes) s.delNode.run(n.viewId, n.elementId);
    const nodePlaces = places?.viewNodes.size
      ? new Map([...places.viewNodes].map(([key, follower]) => [key, follower === null ? null : `${key.split(NODE_KEY_SEP)[0]}${NODE_KEY_SEP}${follower}`]))
      : undefined;
    writePlaced(db, 'view_nodes', changes.upsertNodes, (n) => `${n.viewId}${NODE_KEY_SEP}${n.elementId}`, { places: nodePlaces, readded: readded?.viewNodes }, (n, rowid) => {
      const { x, y, w, h } = n.layout;
      return rowid === null ? s.putNode.run(n.viewId, n.elementId, x, y, w ?? null, h ?? null) : s.insertAt('view_nodes', '?, ?, ?, ?, ?, ?').run(rowid, n.viewId, n.elementId, x, y, w ?? null, h ?? null);
    });
    s.putMeta.run(META_KEYS.generation, JSON.stringify(stamp.generation));
    s.putMeta.run(META_KEYS.appVersion, JSON.stringify(stamp.appVersion));
    s.putMeta.run(META_KEYS.savedAt, JSON.stringify(stamp.savedAt));
    if (stamp.fileId) s.putMeta.run(META_KEYS.fileId, JSON.stringify(stamp.fileId));
    return (s.totalChanges.get() as number) - start;
  });
  return run();
}
