/**
 * Changing document tables (./table.ts) by patches, and the documents that hold them.
 *
 * Patches keep immer's format and paths (`['elements', id]`, `['relations', id, 'name']`), so the
 * journal, the store's rows and files written before tables existed read the same. A patch into a
 * table changes one item; every other patch goes to immer, which passes tables through untouched
 * (they are not plain objects, so immer neither drafts nor freezes them).
 */
import { applyPatches, freeze, type Patch } from 'immer';
import { Table } from './table';
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

  constructor(readonly base: Table<T>) {
    this.#table = base;
  }

  get(id: string): T | undefined {
    return this.#pending.has(id) ? this.#pending.get(id) : this.#table.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  set(id: string, item: T): void {
    this.#pending.set(id, item);
  }

  delete(id: string): void {
    this.#pending.set(id, undefined);
  }

  /** The table with every change so far. */
  current(): Table<T> {
    if (this.#pending.size > 0) {
      this.#table = this.#table.withChanges(this.#pending);
      this.#pending.clear();
    }
    return this.#table;
  }

  /** Drop every change: the table versions made for them are forgotten, so the base continues as if none had been. */
  discard(): void {
    this.#pending.clear();
    if (this.#table !== this.base) this.base.reopen();
    this.#table = this.base;
  }

  /** Apply one patch whose path starts after the table's name: `[id]` or `[id, ...inside the item]`. */
  applyPatch(op: Patch['op'], path: readonly (string | number)[], value: unknown, fullPath: readonly (string | number)[]): void {
    const id = path[0];
    if (id === undefined) throw new TablePatchError(fullPath);
    const key = String(id);
    if (path.length === 1) {
      if (op === 'remove') this.delete(key);
      else if (op === 'add' || op === 'replace') this.set(key, freeze(value as T, true));
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

/**
 * `doc` with `patches` applied, as immer's applyPatches would, with table patches applied to new
 * table versions. `doc` is left as it is.
 */
export function applyDocumentPatches<D extends object>(doc: D, patches: readonly Patch[]): D {
  let out = doc;
  let edits: Partial<Record<TableField, TableEdit<unknown>>> = {};
  let rest: Patch[] = [];
  const flushTables = () => {
    const fields = Object.keys(edits) as TableField[];
    if (fields.length === 0) return;
    const next: Record<string, unknown> = { ...(out as Record<string, unknown>) };
    for (const f of fields) next[f] = edits[f]!.current();
    out = Object.freeze(next) as D;
    edits = {};
  };
  const flushRest = () => {
    if (rest.length === 0) return;
    out = applyPatches(out, rest);
    rest = [];
  };
  for (const patch of patches) {
    const [field] = patch.path;
    if (patch.path.length >= 2 && isTableField(field)) {
      flushRest();
      const edit = (edits[field] ??= new TableEdit(asTable((out as Record<string, unknown>)[field])));
      edit.applyPatch(patch.op, patch.path.slice(1), patch.value, patch.path);
    } else if (patch.path.length === 1 && isTableField(field)) {
      // a whole table replaced (an older journal): taken as a table
      flushRest();
      flushTables();
      if (patch.op === 'remove') throw new TablePatchError(patch.path);
      out = Object.freeze({ ...out, [field]: asTable(patch.value) }) as D;
    } else {
      flushTables();
      rest.push(patch);
    }
  }
  flushRest();
  flushTables();
  return out;
}
