/**
 * Changing document tables (./table.ts) by patches, and the documents that hold them.
 *
 * Patches keep immer's format and paths (`['elements', id]`, `['relations', id, 'name']`), so the
 * journal, the store's rows and files written before tables existed read the same. A patch into a
 * table changes one item; every other patch goes to immer, which passes tables through untouched
 * (they are not plain objects, so immer neither drafts nor freezes them).
 */
import { applyPatches, freeze, type Patch } from 'immer';
import { boxesRecord, boxesTable, hasBox, knownBoxesTable } from './boxes-record';
import { insertBeforeOf, moveKeyBefore } from './placed';
import { Table } from './table';
import { isArrayIndex } from './table-places';
import { isTableWire, tableFromWire, type TableWire } from './wire';

/** The document fields held as tables. */
export const TABLE_FIELDS = ['elements', 'relations'] as const;
export type TableField = (typeof TABLE_FIELDS)[number];

export function isTableField(key: unknown): key is TableField {
  return key === 'elements' || key === 'relations';
}

/** A patch that cannot be applied to a table (no such item, or not immer's op). */
export class TablePatchError extends Error {
  constructor(readonly path: readonly (string | number)[]) {
    super(`patch does not apply: /${path.join('/')}`);
    this.name = 'TablePatchError';
  }
}

/** A table given as a Table, or as the plain record a file or an older journal holds. */
export function asTable<T>(value: unknown): Table<T> {
  if (value instanceof Table) return value as Table<T>;
  if (isTableWire(value)) return tableFromWire(value as TableWire<T>);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return Table.fromRecord(value as Record<string, T>);
  throw new TypeError('not a table');
}

/**
 * Changes gathered against a table, applied as one new version when asked (so a command that adds
 * 100,000 items makes one version, not 100,000). Reads see the changes made so far.
 */
export class TableEdit<T> {
  #table: Table<T>;
  readonly #pending = new Map<string, T | undefined>();
  /** For ids added back by the pending changes, the id each goes before (./placed.ts). */
  readonly #places = new Map<string, string>();

  constructor(readonly base: Table<T>) {
    this.#table = base;
  }

  get(id: string): T | undefined {
    return this.#pending.has(id) ? this.#pending.get(id) : this.#table.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /**
   * Set `id` to `item`; an id not in the table goes before `before` when that is there, else last.
   * (Joined patches put an item back, then replace it: an undo of several edits at once.)
   */
  set(id: string, item: T, before?: string): void {
    if (before !== undefined && !this.has(id)) {
      // the table places only before ids it has: one added by these same changes is made part of it first
      if (this.#pending.has(before)) this.current();
      this.#places.set(id, before);
    } else if (!this.has(id)) this.#places.delete(id); // added anew: last (a replacement keeps the place its addition had)
    this.#pending.set(id, item);
  }

  delete(id: string): void {
    this.#places.delete(id);
    this.#pending.set(id, undefined);
  }

  /** The table with every change so far. */
  current(): Table<T> {
    if (this.#pending.size > 0) {
      this.#table = this.#table.withChanges(this.#pending, this.#places.size > 0 ? this.#places : undefined);
      this.#pending.clear();
      this.#places.clear();
    }
    return this.#table;
  }

  /** Drop every change: the table versions made for them are forgotten, so the base continues as if none had been. */
  discard(): void {
    this.#pending.clear();
    this.#places.clear();
    if (this.#table !== this.base) this.base.reopen();
    this.#table = this.base;
  }

  /**
   * Apply one patch whose path starts after the table's name: `[id]` or `[id, ...inside the item]`;
   * an id added back goes before `before` (the patch's `insertBefore`, ./placed.ts) when that is there.
   */
  applyPatch(op: Patch['op'], path: readonly (string | number)[], value: unknown, fullPath: readonly (string | number)[], before?: string): void {
    const id = path[0];
    if (id === undefined) throw new TablePatchError(fullPath);
    const key = String(id);
    if (path.length === 1) {
      if (op === 'remove') this.delete(key);
      else if (op === 'add' || op === 'replace') this.set(key, freeze(value as T, true), op === 'add' ? before : undefined);
      else throw new TablePatchError(fullPath);
      return;
    }
    const item = this.get(key);
    if (item === undefined) throw new TablePatchError(fullPath);
    try {
      this.set(key, applyPatches(item as object, [{ op, path: path.slice(1) as (string | number)[], value }]) as T);
    } catch {
      throw new TablePatchError(fullPath);
    }
  }
}

/** A plain copy of a view's record of boxes, in the same key order: a loop over its keys, ~2× faster than a spread at 90,000 keys. */
export function copyNodes<T>(nodes: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  const keys = Object.keys(nodes);
  for (let i = 0; i < keys.length; i++) out[keys[i]] = nodes[keys[i]];
  return out;
}

/**
 * Writes into one view's record of boxes gathered against it, then applied to a copy so that the
 * copy has the same keys in the same order as the same writes on the record itself would give: a
 * box added where there was none goes last (as a key added to an object does), a box replaced keeps
 * its place.
 */
export class BoxWrites<T> {
  /**
   * Each written id's last value (undefined: removed), and whether it was added where none was (it
   * then goes last, or before the box `before` names when that is there: ./placed.ts).
   */
  readonly #writes = new Map<string, { value: T | undefined; last: boolean; before?: string }>();

  constructor(readonly base: Readonly<Record<string, T>>) {}

  get size(): number {
    return this.#writes.size;
  }

  /** Whether `id` was written, and its value then (undefined: removed). */
  written(id: string): { value: T | undefined } | undefined {
    return this.#writes.get(id);
  }

  /** Whether `id` was added by the writes where the record had none. */
  adds(id: string): boolean {
    const w = this.#writes.get(id);
    return !!w && w.last && w.value !== undefined;
  }

  /** Whether `id` has a box after the writes. */
  has(id: string): boolean {
    const w = this.#writes.get(id);
    return w ? w.value !== undefined : hasBox(this.base, id);
  }

  /**
   * Write `value` as the box of `id` (undefined removes it); a box added where none was goes before
   * `before` when that is there now. A follower not there now goes nowhere: the box goes last, as
   * the write applied alone would put it, even if a later write of the batch adds that follower.
   */
  set(id: string, value: T | undefined, before?: string): void {
    const w = this.#writes.get(id);
    if (value !== undefined && !this.has(id)) {
      this.#writes.delete(id); // in the order of the last additions
      this.#writes.set(id, { value, last: true, before: before !== undefined && this.has(before) ? before : undefined });
    } else this.#writes.set(id, { value, last: w?.last ?? false, before: w?.before });
  }

  /** Ids written, each with its value before (in `base`) and after the writes. */
  *changes(): Generator<[id: string, before: T | undefined, after: T | undefined]> {
    for (const [id, w] of this.#writes) yield [id, hasBox(this.base, id) ? this.base[id] : undefined, w.value];
  }

  /** A copy of `base` with the writes. */
  applied(): Record<string, T> {
    const out = copyNodes(this.base);
    const placed: [string, string][] = [];
    for (const [id, w] of this.#writes) {
      if (w.value === undefined || w.last) delete out[id];
      if (w.value !== undefined) out[id] = w.value;
      if (w.value !== undefined && w.last && w.before !== undefined) placed.push([id, w.before]);
    }
    // in the order added, as the table puts them (`appliedTo`): each before a box that was there
    for (const [id, before] of placed) if (!placed.some(([other]) => other === before)) moveKeyBefore(out, id, before);
    return out;
  }

  /**
   * `table` (the table of `base`, ./boxes-record.ts) with the writes, as a new version: what `applied`
   * gives, in time proportional to the writes. A box added where the record had one (removed, then
   * added again) is taken out first, so that it goes last as on the record.
   */
  appliedTo(table: Table<T>): Table<T> {
    const readded = new Map<string, undefined>();
    for (const [id, w] of this.#writes) if (w.last && w.value !== undefined && table.has(id)) readded.set(id, undefined);
    const changes = new Map<string, T | undefined>();
    let places: Map<string, string> | undefined;
    for (const [id, w] of this.#writes) {
      changes.set(id, w.value);
      if (w.value !== undefined && w.last && w.before !== undefined) (places ??= new Map()).set(id, w.before);
    }
    return table.withChanges(readded).withChanges(changes, places);
  }

  /**
   * The record the writes were gathered against with them, as a table: what `appliedTo(boxesTable(base))`
   * gives. Where that would first make a table of a plain record (a view as loaded, in the main
   * process) or the writes touch a quarter of the boxes or more (the first move in a view not stored
   * as drawn writes 46,709 of 91,980), the boxes are put into a new map once and the writes applied
   * to it as to the record: a table made whole costs less than one made and then written box by box
   * (~140 ms less at 46,709 writes). Not for a box put before another (an undo) or an id that is an
   * array index (a record lists those first): the table knows their places.
   */
  appliedTable(): Table<T> {
    const known = knownBoxesTable(this.base);
    if ((known && this.#writes.size * 4 < known.size) || !this.inMapOrder()) return this.appliedTo(known ?? boxesTable(this.base));
    const items = new Map<string, T>();
    if (known) for (const [id, item] of known.entries()) items.set(id, item);
    else {
      const keys = Object.keys(this.base);
      for (let i = 0; i < keys.length; i++) items.set(keys[i], this.base[keys[i]]);
    }
    // as `appliedTo`: a box added where the record had one (removed, then added again) goes last
    for (const [id, w] of this.#writes) if (w.last && w.value !== undefined) items.delete(id);
    for (const [id, w] of this.#writes) {
      if (w.value === undefined) items.delete(id);
      else items.set(id, w.value);
    }
    return Table.fromMap(items);
  }

  /** Whether a map in the record's order, written in the writes' order, lists the boxes as the record would (no places, no array index ids). */
  private inMapOrder(): boolean {
    for (const [id, w] of this.#writes) if (isArrayIndex(id) || (w.last && w.value !== undefined && w.before !== undefined)) return false;
    return true;
  }
}

type ViewsOf = Record<string, { nodes: Record<string, unknown> } | undefined>;

/** The id of the view whose record of boxes `patch` writes one box of (`['views', id, 'nodes', box]`), when that view is in `doc`. */
function boxPatchView(doc: object, patch: Patch): string | undefined {
  const { path, op } = patch;
  if (path.length !== 4 || path[0] !== 'views' || path[2] !== 'nodes' || !(op === 'add' || op === 'replace' || op === 'remove')) return undefined;
  const views = (doc as { views?: ViewsOf }).views;
  const viewId = String(path[1]);
  const nodes = views && Object.hasOwn(views, viewId) ? views[viewId]?.nodes : undefined;
  return typeof nodes === 'object' && nodes !== null && !Array.isArray(nodes) && String(path[3]) !== '__proto__' ? viewId : undefined;
}

/** Whether the record at `path` but its last step has the last step as its own key (false when there is no such record). */
function hasKeyAt(doc: object, path: readonly (string | number)[]): boolean {
  const record = recordAt(doc, path.slice(0, -1));
  return !!record && Object.hasOwn(record, String(path[path.length - 1]));
}

function recordAt(doc: object, path: readonly (string | number)[]): Record<string, unknown> | undefined {
  let at: unknown = doc;
  for (const step of path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at) || !Object.hasOwn(at, String(step))) return undefined;
    at = (at as Record<string, unknown>)[String(step)];
  }
  return typeof at === 'object' && at !== null && !Array.isArray(at) ? (at as Record<string, unknown>) : undefined;
}

/** `doc` with the key at `path` moved before `before` in its record (both its own keys, in a plain record), copying and freezing the records on the way. */
function withKeyBefore<D extends object>(doc: D, path: readonly (string | number)[], before: string): D {
  const key = String(path[path.length - 1]);
  const record = recordAt(doc, path.slice(0, -1));
  if (!record || !Object.hasOwn(record, before) || !Object.hasOwn(record, key) || Object.getPrototypeOf(record) !== Object.prototype) return doc;
  const copy = { ...record };
  moveKeyBefore(copy, key, before);
  let value: unknown = Object.freeze(copy);
  for (let i = path.length - 2; i >= 0; i--) {
    const parent = recordAt(doc, path.slice(0, i))!;
    value = Object.freeze({ ...parent, [String(path[i])]: value });
  }
  return value as D;
}

/**
 * `doc` with `patches` applied, as immer's applyPatches would, with table patches applied to new
 * table versions and the patches of one box each (`['views', id, 'nodes', box]`) applied to one new
 * record of boxes per view, a new version of its table (./boxes-record.ts): immer copied the view's
 * whole record per patch with a spread, then walked it to freeze it (~240 ms to undo one move in a
 * 92,000-box view); here it costs what the patches change.
 * `doc` is left as it is.
 */
export function applyDocumentPatches<D extends object>(doc: D, patches: readonly Patch[]): D {
  let out = doc;
  let edits: Partial<Record<TableField, TableEdit<unknown>>> = {};
  let boxes = new Map<string, BoxWrites<unknown>>();
  let rest: Patch[] = [];
  const flushTables = () => {
    const fields = Object.keys(edits) as TableField[];
    if (fields.length === 0) return;
    const next: Record<string, unknown> = { ...(out as Record<string, unknown>) };
    for (const f of fields) next[f] = edits[f]!.current();
    out = Object.freeze(next) as D;
    edits = {};
  };
  const flushBoxes = () => {
    if (boxes.size === 0) return;
    const views: ViewsOf = { ...(out as { views: ViewsOf }).views };
    for (const [viewId, writes] of boxes) views[viewId] = Object.freeze({ ...views[viewId]!, nodes: boxesRecord(writes.appliedTable()) });
    out = Object.freeze({ ...out, views: Object.freeze(views) }) as D;
    boxes = new Map();
  };
  const flushRest = () => {
    if (rest.length === 0) return;
    out = applyPatches(out, rest);
    rest = [];
  };
  const applyRest = () => (flushRest(), out);
  for (const patch of patches) {
    const [field] = patch.path;
    if (patch.path.length >= 2 && isTableField(field)) {
      flushRest();
      const edit = (edits[field] ??= new TableEdit(asTable((out as Record<string, unknown>)[field])));
      edit.applyPatch(patch.op, patch.path.slice(1), patch.value, patch.path, insertBeforeOf(patch));
    } else if (patch.path.length === 1 && isTableField(field)) {
      // a whole table replaced (an older journal): taken as a table
      flushRest();
      flushTables();
      if (patch.op === 'remove') throw new TablePatchError(patch.path);
      out = Object.freeze({ ...out, [field]: asTable(patch.value) }) as D;
    } else if (boxPatchView(rest.length > 0 ? applyRest() : out, patch) !== undefined) {
      // tables and views are apart: only the other patches need applying in order with these, and
      // before them (one may replace the view: its boxes are then the ones to write to)
      const viewId = boxPatchView(out, patch)!;
      const before = patch.op === 'add' ? insertBeforeOf(patch) : undefined;
      // a box goes back before one that is there: one these same patches add is made part of the record first
      if (before !== undefined && boxes.get(viewId)?.adds(before)) flushBoxes();
      let writes = boxes.get(viewId);
      if (!writes) boxes.set(viewId, (writes = new BoxWrites((out as unknown as { views: ViewsOf }).views[viewId]!.nodes)));
      writes.set(String(patch.path[3]), patch.op === 'remove' ? undefined : freeze(patch.value, true), before);
    } else {
      flushTables();
      flushBoxes();
      const before = patch.op === 'add' ? insertBeforeOf(patch) : undefined;
      if (before === undefined) rest.push(patch);
      else {
        // immer appends the key: it is then moved before its follower, in new copies of the records on its path
        const had = hasKeyAt(applyRest(), patch.path);
        rest.push(patch);
        flushRest();
        if (!had) out = withKeyBefore(out, patch.path, before);
      }
    }
  }
  flushRest();
  flushTables();
  flushBoxes();
  return out;
}
