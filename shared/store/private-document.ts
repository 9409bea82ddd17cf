/**
 * The session's own copy of the document, changed in place by patches.
 *
 * immer's applyPatches copies every container on a patch's path, so one rename at 100,000 elements
 * copied (and froze) the whole `elements` record: ~140 ms per edit in the main process, growing with
 * the model. The session is the only holder of its copy, so it can write into containers it made
 * itself: the first patch through a container copies it once (copy-on-write, as immer would), later
 * patches write into that copy. An edit then costs what it changes.
 *
 * What is shared with others is never written: the loaded document (the browser edition hands the
 * same objects to its editor), values arriving in patches (cloned on the way in, as immer does), and
 * every document handed out by snapshot() (ownership is given up, so the next patch copies again).
 * A view's boxes are kept in a persistent table, as in the editor (`applyToBoxes`): its record is
 * never copied, and a box put back before another costs what it changes.
 */
import { boxesRecord, isBoxesRecord, plainBoxes } from '../model/boxes-record';
import type { Patch } from 'immer';
import { Table } from '../model/table';
import { fromWire } from '../model/wire';
import { insertBeforeOf, moveKeyBefore } from '../model/placed';
import { asTable, BoxWrites, isTableField, TableEdit, type TableField } from '../model/table-edit';

type Container = Record<string, unknown> | unknown[];

/** A patch whose path does not lead anywhere in the document (or reaches for the prototype), or whose op is not immer's. */
export class PatchPathError extends Error {
  constructor(readonly path: readonly (string | number)[]) {
    super(`patch does not apply: /${path.join('/')}`);
    this.name = 'PatchPathError';
  }
}

/** One write to undo: a key's earlier value (or its absence), or an array's earlier contents. */
type UndoStep =
  | { root: unknown }
  | { object: Record<string, unknown>; key: string; had: boolean; old: unknown }
  | { array: unknown[]; items: unknown[] };

/**
 * What one apply() call has to be able to undo. An array's contents are recorded once per call,
 * at its first write: per-write copies made N index patches into one long array cost N × its length.
 */
interface Batch {
  undo: UndoStep[];
  arraysRecorded: Set<unknown[]>;
  /** Box writes gathered per view (the session's own copy of it), made a new version of its boxes' table when flushed. */
  boxes: Map<string, PendingBoxes>;
}

/** One view's box writes not yet made part of its record, and the boxes they put back before another. */
interface PendingBoxes {
  view: Record<string, unknown>;
  writes: BoxWrites<unknown>;
  followers: Set<string>;
}

const OPS = new Set(['add', 'replace', 'remove']);

const isContainer = (v: unknown): v is Container =>
  typeof v === 'object' && v !== null && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null || isBoxesRecord(v));

/** A deep copy of plain data (objects, arrays); anything else is kept as it is, like immer's patch values. */
function clonePlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clonePlain);
  if (!isContainer(value)) return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) out[key] = clonePlain(record[key]);
  return out;
}

function shallowCopy(c: Container): Container {
  // a view's boxes kept in a table (../model/boxes-record.ts) written into deeper than one box (an older journal's
  // patch): they become the session's own plain record, written in place from then on
  return Array.isArray(c) ? c.slice() : isBoxesRecord(c) ? plainBoxes(c) : { ...c };
}

const isRecord = (v: unknown): v is Record<string, unknown> => isContainer(v) && !Array.isArray(v);

// immer refuses these as intermediate steps (prototype pollution); `__proto__` is refused anywhere
const FORBIDDEN_STEP = new Set(['__proto__', 'constructor', 'prototype']);

export class PrivateDocument<T extends object> {
  private owned = new WeakSet<object>();

  constructor(private root: T) {}

  /**
   * The document for reading inside the session, now. Not to be kept: a later apply may change it
   * in place. Use snapshot() for a document that stays as it is.
   */
  get current(): T {
    return this.root;
  }

  /** The document as it is now, handed out for keeping: nothing in it is written afterwards. */
  snapshot(): T {
    this.owned = new WeakSet();
    return this.root;
  }

  /**
   * Apply `patches` (immer's format, same result as immer's applyPatches) in place. Returns a
   * function that puts every value back as it was before this call. A patch that does not apply
   * throws PatchPathError after the earlier patches of the call have been undone.
   */
  apply(patches: readonly Patch[]): () => void {
    const batch: Batch = { undo: [], arraysRecorded: new Set(), boxes: new Map() };
    const { undo } = batch;
    const rollback = () => {
      for (let i = undo.length - 1; i >= 0; i--) this.restore(undo[i]);
    };
    try {
      for (const patch of patches) {
        if (this.applyToBoxes(patch, batch)) continue;
        this.flushBoxes(batch);
        this.applyOne(patch, batch);
      }
      this.flushBoxes(batch);
    } catch (e) {
      rollback();
      throw e;
    }
    return rollback;
  }

  private applyOne(patch: Patch, batch: Batch): void {
    const { path, op } = patch;
    if (!OPS.has(op)) throw new PatchPathError(path);
    if (path.length === 0) {
      if (op !== 'replace') throw new PatchPathError(path);
      // as immer: the new root is taken by reference, and not written (a document's tables made tables
      // again); one whose tables arrived damaged does not apply, as any patch that does not fit
      let root: T;
      try {
        root = fromWire(patch.value) as T;
      } catch {
        throw new PatchPathError(path);
      }
      batch.undo.push({ root: this.root });
      this.root = root;
      return;
    }
    if (!isContainer(this.root)) throw new PatchPathError(path);
    const field = path[0];
    const table = (this.root as Record<string, unknown>)[field as string];
    if (isTableField(field) && (table instanceof Table || path.length === 1)) {
      this.applyToTable(patch, batch, field, table);
      return;
    }
    let container = this.own(this.root, batch, null, '');
    for (let i = 0; i < path.length - 1; i++) {
      const step = String(path[i]);
      if (FORBIDDEN_STEP.has(step) || !Object.hasOwn(container, step)) throw new PatchPathError(path);
      const child = (container as Record<string, unknown>)[step];
      if (!isContainer(child)) throw new PatchPathError(path);
      container = this.own(child, batch, container, step);
    }
    const key = path[path.length - 1];
    if (String(key) === '__proto__') throw new PatchPathError(path);
    const value = clonePlain(patch.value);
    if (Array.isArray(container)) {
      // as immer: '-' (append) only for add; an index must be a whole number within the array
      const index = key === '-' && op === 'add' ? container.length : Number(key);
      const limit = op === 'add' ? container.length : container.length - 1;
      if (!Number.isInteger(index) || index < 0 || index > limit) throw new PatchPathError(path);
      this.recordArray(container, batch);
      if (op === 'replace') container[index] = value;
      else if (op === 'add') container.splice(index, 0, value);
      else container.splice(index, 1);
      return;
    }
    const k = String(key);
    const had = Object.hasOwn(container, k);
    batch.undo.push({ object: container, key: k, had, old: container[k] });
    if (op === 'remove') delete container[k];
    else container[k] = value;
    // a key put back by an undo goes where it stood (../model/placed.ts); undoing this deletes it, leaving the others in order
    const before = op === 'add' && !had ? insertBeforeOf(patch) : undefined;
    if (before !== undefined && Object.hasOwn(container, before)) moveKeyBefore(container, k, before);
  }

  /**
   * A patch writing one box of a view (`['views', id, 'nodes', box]`, what commands give: one per box
   * written), gathered with the batch's other box writes to the view and made a new version of the
   * view's boxes table when flushed (../model/boxes-record.ts), as the editor applies them
   * (applyDocumentPatches): the record stays a boxes record, never copied. As a plain record of the
   * session's own it was written in place, but a box put back before its follower (an undo) set
   * every key after it again, ~50 ms at 92,000 boxes, and the first write after each snapshot copied
   * the whole record. False for any other patch (and one that does not apply: the generic path says why).
   */
  private applyToBoxes(patch: Patch, batch: Batch): boolean {
    const { path, op } = patch;
    if (path.length !== 4 || path[0] !== 'views' || path[2] !== 'nodes' || !OPS.has(op)) return false;
    const viewId = String(path[1]);
    const key = String(path[3]);
    if (key === '__proto__' || FORBIDDEN_STEP.has(viewId) || !isRecord(this.root)) return false;
    const views = this.root.views;
    if (!isRecord(views) || !Object.hasOwn(views, viewId)) return false;
    const view = views[viewId];
    if (!isRecord(view) || !Object.hasOwn(view, 'nodes') || !isRecord(view.nodes)) return false;
    let pending = batch.boxes.get(viewId);
    const before = op === 'add' ? insertBeforeOf(patch) : undefined;
    // one patch at a time, as immer with places would: a box goes back before one these writes add only once that is
    // in the record, and a box removed after another was put back before it leaves that one where it was put
    if (pending && ((before !== undefined && pending.writes.adds(before)) || (op === 'remove' && pending.followers.has(key)))) {
      this.flushBoxes(batch);
      pending = undefined;
    }
    if (!pending) {
      const root = this.own(this.root as Container, batch, null, '') as Record<string, unknown>;
      const ownViews = this.own(root.views as Container, batch, root, 'views') as Record<string, unknown>;
      const ownView = this.own(ownViews[viewId] as Container, batch, ownViews, viewId) as Record<string, unknown>;
      pending = { view: ownView, writes: new BoxWrites(ownView.nodes as Record<string, unknown>), followers: new Set() };
      batch.boxes.set(viewId, pending);
    }
    if (before !== undefined && !pending.writes.has(key)) pending.followers.add(before);
    pending.writes.set(key, op === 'remove' ? undefined : clonePlain(patch.value), before);
    return true;
  }

  /** Make the gathered box writes part of their views' records: a new version of each view's boxes table. */
  private flushBoxes(batch: Batch): void {
    for (const { view, writes } of batch.boxes.values()) {
      batch.undo.push({ object: view, key: 'nodes', had: true, old: view.nodes });
      // a plain record (a view as loaded or added) becomes a table once (kept for a frozen one), then stays one
      view.nodes = boxesRecord(writes.appliedTable());
    }
    batch.boxes.clear();
  }

  /**
   * A patch into a table (or replacing one): tables are persistent, so the change makes a new table
   * version and undoing puts the earlier version back.
   */
  private applyToTable(patch: Patch, batch: Batch, field: TableField, table: unknown): void {
    let next: Table<unknown>;
    try {
      if (patch.path.length === 1) {
        if (patch.op === 'remove') throw new PatchPathError(patch.path);
        next = asTable(clonePlain(patch.value));
      } else {
        const edit = new TableEdit(table as Table<unknown>);
        edit.applyPatch(patch.op, patch.path.slice(1), clonePlain(patch.value), patch.path, insertBeforeOf(patch));
        next = edit.current();
      }
    } catch (e) {
      if (e instanceof PatchPathError) throw e;
      throw new PatchPathError(patch.path);
    }
    const root = this.own(this.root as Container, batch, null, '') as Record<string, unknown>;
    batch.undo.push({ object: root, key: field, had: Object.hasOwn(root, field), old: root[field] });
    root[field] = next;
  }

  /** `c` if the session made it, otherwise a copy of it put where `c` was (its parent, or the root). */
  private own(c: Container, batch: Batch, parent: Container | null, key: string): Container {
    if (this.owned.has(c)) return c;
    const copy = shallowCopy(c);
    this.owned.add(copy);
    // a copy made in this call needs no record of its own: undoing puts the original back in its place
    if (Array.isArray(copy)) batch.arraysRecorded.add(copy);
    if (parent === null) {
      batch.undo.push({ root: this.root });
      this.root = copy as T;
    } else if (Array.isArray(parent)) {
      this.recordArray(parent, batch);
      parent[Number(key)] = copy;
    } else {
      batch.undo.push({ object: parent, key, had: true, old: parent[key] });
      parent[key] = copy;
    }
    return copy;
  }

  private recordArray(array: unknown[], batch: Batch): void {
    if (batch.arraysRecorded.has(array)) return;
    batch.arraysRecorded.add(array);
    batch.undo.push({ array, items: array.slice() });
  }

  // a key removed and put back comes last in its record, as after undoing a deletion in the editor
  private restore(step: UndoStep): void {
    if ('root' in step) this.root = step.root as T;
    else if ('array' in step) restoreArray(step.array, step.items);
    else if (step.had) {
      step.object[step.key] = step.old;
      // a table put back continues from here: the version made from it is dropped
      if (step.old instanceof Table) step.old.reopen();
    }
    else delete step.object[step.key];
  }
}

// item by item: splice(0, n, ...items) passes every item as an argument and overflows the stack
// for arrays of ~100,000 (a view's hidden list, the unplaced concepts of a large import)
function restoreArray(array: unknown[], items: unknown[]): void {
  array.length = items.length;
  for (let i = 0; i < items.length; i++) array[i] = items[i];
}
