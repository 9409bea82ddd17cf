/**
 * What a command sees of a document table: reads of the table as the command has changed it so
 * far, and writes of whole items. Items read here are frozen: replace an item, never mutate it.
 * At the end of the command, each item whose value changed gives one patch in immer's format
 * (`['elements', id]`), so history, journal and store rows see what they saw before tables.
 */
import { freeze, type Patch } from 'immer';
import { followersOf, type PlacedPatch } from '../model/placed';
import { sameData } from '../model/parse-reusing';
import type { Table } from '../model/table';
import { TableEdit, type TableField } from '../model/table-edit';

export class TableDraft<T> {
  readonly #edit: TableEdit<T>;
  /** Ids written, in the order first written (the order of the patches). */
  readonly #touched = new Set<string>();

  constructor(
    readonly field: TableField,
    base: Table<T>,
  ) {
    this.#edit = new TableEdit(base);
  }

  get(id: string): Readonly<T> | undefined {
    return this.#edit.get(id);
  }

  has(id: string): boolean {
    return this.#edit.has(id);
  }

  get size(): number {
    return this.current().size;
  }

  /** The items as the command has left them so far (shared: do not mutate). */
  values(): readonly Readonly<T>[] {
    return this.current().values();
  }

  ids(): readonly string[] {
    return this.current().ids();
  }

  entries(): [string, Readonly<T>][] {
    return this.current().entries();
  }

  /**
   * Write `item` under `id`. An item holding the same data as the one there is no change: commands
   * parse what they write (a new object each time), and a field set to the value it has (a name
   * typed with a trailing space the schema trims, a reference chosen again) made an undo step that
   * undid nothing and marked the file unsaved.
   */
  set(id: string, item: T): void {
    const now = this.#edit.get(id);
    if (now !== undefined && sameData(item, now)) return;
    this.#touched.add(id);
    this.#edit.set(id, freeze(item, true));
  }

  delete(id: string): void {
    if (!this.#edit.has(id)) return;
    this.#touched.add(id);
    this.#edit.delete(id);
  }

  /** The table with the command's changes so far. */
  current(): Table<T> {
    return this.#edit.current();
  }

  /** The table as it was before the command. */
  original(): Table<T> {
    return this.#edit.base;
  }

  /** The final table and the patches (forward, and inverse in undo order) that the command made. */
  finish(): { table: Table<T>; patches: Patch[]; inversePatches: Patch[] } {
    const table = this.current();
    const base = this.#edit.base;
    const patches: Patch[] = [];
    const inversePatches: Patch[] = [];
    const removed = new Set<string>();
    for (const id of this.#touched) if (!table.has(id) && base.has(id)) removed.add(id);
    // where each removed item goes back on undo: before the item that followed it and stayed (../model/placed.ts)
    const followers = removed.size > 0 ? (table.followersOfRemoved(base, removed) ?? followersOf(base.ids(), removed, (id) => table.has(id))) : new Map<string, string | undefined>();
    for (const id of this.#touched) {
      const before = base.get(id);
      const after = table.get(id);
      if (before === after) continue;
      const path = [this.field, id];
      if (after === undefined) {
        patches.push({ op: 'remove', path });
      } else if (before === undefined) {
        patches.push({ op: 'add', path, value: after });
        inversePatches.push({ op: 'remove', path });
      } else {
        patches.push({ op: 'replace', path, value: after });
        inversePatches.push({ op: 'replace', path, value: before });
      }
    }
    // the ids are distinct, so the undo patches need no particular order: the removed items are put
    // back last, in the order they stood, each before the item that followed it and stayed (removed
    // in another order, two put back before one follower came back in that order)
    for (const [id, follower] of followers) {
      const path = [this.field, id];
      const value = base.get(id);
      inversePatches.push(follower === undefined ? { op: 'add', path, value } : ({ op: 'add', path, value, insertBefore: follower } as PlacedPatch));
    }
    if (patches.length === 0) {
      this.abandon();
      return { table: base, patches, inversePatches };
    }
    return { table, patches, inversePatches };
  }

  /** The command failed or changed nothing: its table versions are dropped, the next edit continues from the original. */
  abandon(): void {
    this.#edit.discard();
  }
}
