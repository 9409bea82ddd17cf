/**
 * What a command sees of its views' boxes (`view.nodes`): a record it reads and writes as before,
 * kept out of immer (issue 18: an edit costs what it changes).
 *
 * immer copies a drafted record whole with a spread and then walks every key of the copy to freeze
 * it: one box moved in a 92,000-box view cost ~170 ms for the spread and ~70 ms for the walk. Here the
 * boxes a command writes are gathered beside the view's record, and the new record is a new version
 * of the boxes' persistent table (../model/boxes-record.ts) with those writes: made at the end, or
 * when the command first lists the keys. A plain copy of the record, once per edit, still cost
 * ~85 ms (~100× the move itself); a version costs what the command wrote. The view's record reads as
 * a plain record still, and files hold the same JSON; each written box gives one patch
 * `['views', id, 'nodes', boxId]`, as immer gave. Only the written boxes are frozen, one by one.
 *
 * A command replaces a box, never changes one in place (boxes it reads are frozen), and reads a
 * view whole with `currentView`, not immer's `current` (which does not see the boxes written here).
 * A view added, replaced or deleted by the command, or whose whole `nodes` it assigns, is left to
 * immer from then on.
 */
import { current, freeze, isDraft, type Patch } from 'immer';
import type { LakarDocument, NodeLayout, View } from '../model/schema';
import type { ViewDraft } from './registry';
import { boxesRecord, boxesTable, boxIds, knownBoxesTable, plainBoxes } from '../model/boxes-record';
import { followersOf, type PlacedPatch } from '../model/placed';
import type { Table } from '../model/table';
import { BoxWrites } from '../model/table-edit';
import { takeDrawnBoxes, type DrawnAhead } from './drawn-ahead';

type Nodes = Record<string, NodeLayout>;

/** One view's boxes as the command has changed them. */
class NodesOverlay {
  writes: BoxWrites<NodeLayout>;
  /**
   * The record the writes go to: the view's, or the boxes as drawn taken whole (`adopt`), with the
   * patches of taking them.
   */
  #from: Readonly<Nodes>;
  #adopted: Pick<DrawnAhead, 'patches' | 'inversePatches'> | null = null;
  /**
   * The boxes with the writes as a table version, made when first needed (the command lists the
   * keys, or it ends), and the writes since: each listing makes a version from the last.
   */
  #made: { table: Table<NodeLayout>; since: BoxWrites<NodeLayout> } | null = null;
  readonly proxy: Nodes;

  constructor(readonly base: Readonly<Nodes>) {
    this.#from = base;
    this.writes = new BoxWrites(base);
    this.proxy = new Proxy({} as Nodes, {
      get: (_t, key) => (typeof key === 'string' ? this.get(key) : Reflect.get(this.#from, key)),
      set: (_t, key, value) => {
        if (typeof key !== 'string') return false;
        this.write(key, value as NodeLayout);
        return true;
      },
      deleteProperty: (_t, key) => {
        if (typeof key === 'string' && this.writes.has(key)) this.write(key, undefined);
        return true;
      },
      has: (_t, key) => (typeof key === 'string' && this.writes.written(key) ? this.writes.has(key) : key in this.#from),
      ownKeys: () => Reflect.ownKeys(this.current()),
      getOwnPropertyDescriptor: (_t, key) => {
        const nodes = this.current();
        return Object.hasOwn(nodes, key) ? { value: nodes[key as string], writable: true, enumerable: true, configurable: true } : undefined;
      },
      defineProperty: () => false,
      getPrototypeOf: () => Object.getPrototypeOf(this.#from),
    });
  }

  /**
   * The box of `id`. One of the document given is frozen: a command replaces a box, never changes
   * it in place (that would change the document it was given); one the command wrote is its own.
   */
  get(id: string): NodeLayout | undefined {
    const w = this.writes.written(id);
    if (w) return w.value;
    const node = this.#from[id];
    return node && typeof node === 'object' && !Object.isFrozen(node) ? Object.freeze(node) : node;
  }

  write(id: string, value: NodeLayout | undefined): void {
    this.writes.set(id, value);
    this.#made?.since.set(id, value);
  }

  /** Whether the command changed the boxes: wrote some, or took the boxes as drawn. */
  get changed(): boolean {
    return this.writes.size > 0 || this.#adopted !== null;
  }

  /**
   * Take `record` (the boxes as drawn of ./drawn-ahead.ts, a table's record) as the boxes, with the
   * patches of storing them: before any write (false after one, and nothing is taken).
   */
  get canAdopt(): boolean {
    return this.writes.size === 0 && !this.#adopted;
  }

  adopt(record: Readonly<Nodes>, ahead: Pick<DrawnAhead, 'patches' | 'inversePatches'>): boolean {
    if (!this.canAdopt) return false;
    this.#from = record;
    this.writes = new BoxWrites(record);
    this.#adopted = ahead;
    return true;
  }

  /** The record as the command has left it so far: a record of its own, later writes make another. */
  current(): Readonly<Nodes> {
    if (this.writes.size === 0) return this.#from;
    if (!this.#made) {
      const table = this.writes.appliedTo(boxesTable(this.#from));
      this.#made = { table, since: new BoxWrites(boxesRecord(table)) };
    } else if (this.#made.since.size > 0) {
      const table = this.#made.since.appliedTo(this.#made.table);
      this.#made = { table, since: new BoxWrites(boxesRecord(table)) };
    }
    return boxesRecord(this.#made.table);
  }

  /** The command failed or changed no box: the versions made are dropped, and the boxes' table continues from the base. */
  abandon(): void {
    if (this.#made) boxesTable(this.#from).reopen();
  }

  /** The final record (a boxes record, ../model/boxes-record.ts) and its patches, or null when the command changed no box. */
  finish(path: (string | number)[]): { nodes: Nodes; patches: Patch[]; inversePatches: Patch[] } | null {
    const patches: Patch[] = [];
    const inversePatches: Patch[] = [];
    const removed = new Map<string, NodeLayout>();
    for (const [id, before, after] of this.writes.changes()) {
      if (before === after) continue;
      const at = [...path, id];
      if (after === undefined) {
        patches.push({ op: 'remove', path: at });
        removed.set(id, before!);
      } else {
        freeze(after, true);
        if (before === undefined) {
          patches.push({ op: 'add', path: at, value: after });
          inversePatches.push({ op: 'remove', path: at });
        } else {
          patches.push({ op: 'replace', path: at, value: after });
          inversePatches.push({ op: 'replace', path: at, value: before });
        }
      }
    }
    // the removed boxes go back on undo in the order they stood, each before the box that followed it and stayed (../model/placed.ts)
    if (removed.size > 0) {
      // found by order numbers in the boxes' table (O(log n) a box); listing the boxes to find them
      // cost ~7 ms a hide in a 92,000-box view. A plain record's (no table made yet) is listed
      const after = knownBoxesTable(this.current());
      const before = knownBoxesTable(this.#from);
      const followers =
        (after && before && after.followersOfRemoved(before, removed.keys())) ?? followersOf(boxIds(this.#from), new Set(removed.keys()), (id) => this.writes.has(id));
      for (const [id, follower] of followers) {
        const at = [...path, id];
        const value = removed.get(id);
        inversePatches.push(follower === undefined ? { op: 'add', path: at, value } : ({ op: 'add', path: at, value, insertBefore: follower } as PlacedPatch));
      }
    }
    const adopted = this.#adopted;
    if (patches.length === 0 && !adopted) {
      this.abandon();
      return null;
    }
    // the boxes as drawn were stored first, then the command's writes: undone in the other order
    if (!adopted) return { nodes: this.current() as Nodes, patches, inversePatches };
    return { nodes: this.current() as Nodes, patches: adopted.patches.concat(patches), inversePatches: inversePatches.concat(adopted.inversePatches) };
  }
}

/** The ViewNodesDraft of each view a command was handed (for `currentView`). */
const owners = new WeakMap<object, ViewNodesDraft>();

/**
 * A view of a command's draft as it is now, as a plain object with its boxes as written so far (a
 * copy of its own): what immer's `current` gives of a draft it made. A plain view is given back.
 */
export function currentView(view: View): View {
  const owner = owners.get(view);
  if (owner) return owner.currentView(view);
  return isDraft(view) ? (current(view) as View) : view;
}

/** The views of one command: a proxy of immer's draft of `views` that hands out each view's boxes as a NodesOverlay. */
export class ViewNodesDraft {
  readonly #overlays = new Map<string, NodesOverlay>();
  /** Every overlay handed out, also of views the command then left to immer (to abandon them all). */
  readonly #handedOut: NodesOverlay[] = [];
  /** Views the command added, replaced or deleted, or whose `nodes` it assigned: immer's alone. */
  readonly #left = new Set<string>();
  readonly #viewProxies = new Map<string, object>();
  /** View proxy → the immer draft it stands for, and its id. */
  readonly #proxied = new WeakMap<object, { draft: object; id: string }>();

  /** Each proxy `views` gave → the draft it stands for. */
  readonly #viewsProxies = new WeakMap<object, object>();
  /** The command assigned the whole `views`: every view is immer's from then on. */
  #allLeft = false;

  constructor(readonly original: LakarDocument['views']) {}

  /** What a proxy from `views` stands for. */
  stands(proxy: object): object | undefined {
    return this.#viewsProxies.get(proxy);
  }

  /** The command assigned the whole `views`: no view's boxes are written here any more (those written are in the views it assigned, if it read them). */
  leaveAll(): void {
    this.#allLeft = true;
    this.#overlays.clear();
    this.#viewProxies.clear();
  }

  /** A proxy of immer's draft of `views` (`draftViews`) for the command. */
  views(draftViews: Record<string, unknown>): Record<string, unknown> {
    const proxy = new Proxy(draftViews, {
      get: (target, key) => {
        const value = target[key as string];
        if (typeof key !== 'string' || value === undefined || !this.#mine(key)) return value;
        return this.#viewProxy(key, value as object);
      },
      set: (target, key, value) => {
        const plain = this.#plain(value);
        if (typeof key === 'string') this.#leave(key);
        target[key as string] = plain;
        return true;
      },
      deleteProperty: (target, key) => {
        if (typeof key === 'string') this.#leave(key);
        return delete target[key as string];
      },
    });
    this.#viewsProxies.set(proxy, draftViews);
    return proxy;
  }

  /** `view` (as the command sees it) as it is now, plain: immer's `current` with its boxes as written. */
  currentView(view: View): View {
    const proxied = this.#proxied.get(view);
    if (!proxied) return isDraft(view) ? current(view) : view;
    const overlay = this.#overlays.get(proxied.id);
    const base = current(proxied.draft) as View;
    return overlay && overlay.changed ? { ...base, nodes: overlay.current() } : base;
  }

  /** `views` (immer's `current`) with the boxes written so far, in records of their own. */
  withNodes(views: LakarDocument['views']): LakarDocument['views'] {
    let out: Record<string, View> | null = null;
    for (const [id, overlay] of this.#overlays) {
      const view = views[id];
      if (!overlay.changed || !view || view.nodes !== overlay.base) continue;
      out ??= { ...views };
      out[id] = { ...view, nodes: overlay.current() };
    }
    return out ?? views;
  }

  /**
   * The command failed: the boxes' tables continue from the views' records as they were, so the next
   * command's writes extend them rather than copy them (a version made for a listing left a table marked
   * extended, and the next move copied all of a 92,000-box view's boxes once).
   */
  abandon(): void {
    for (const overlay of this.#handedOut) overlay.abandon();
  }

  /** `doc` (immer's result) with the boxes the command wrote, and their patches. */
  finish(doc: LakarDocument): { doc: LakarDocument; patches: Patch[]; inversePatches: Patch[] } {
    const patches: Patch[] = [];
    const inversePatches: Patch[] = [];
    let views: Record<string, View> | null = null;
    for (const [id, overlay] of this.#overlays) {
      const view = doc.views[id];
      if (!view || view.nodes !== overlay.base) throw new Error(`view ${id}: its boxes were changed outside the command's draft`);
      const done = overlay.finish(['views', id, 'nodes']);
      if (!done) continue;
      // one by one: a view stored as drawn whole gives tens of thousands (too many arguments for a spread)
      for (const p of done.patches) patches.push(p);
      for (const p of done.inversePatches) inversePatches.push(p);
      views ??= { ...doc.views };
      views[id] = Object.freeze({ ...view, nodes: done.nodes });
    }
    if (!views) return { doc, patches, inversePatches };
    return { doc: Object.freeze({ ...doc, views: Object.freeze(views) }), patches, inversePatches };
  }

  /** The overlay of the view `proxy` stands for (a view of this command's), made if need be; undefined for a view left to immer. */
  overlayOf(proxy: object): NodesOverlay | undefined {
    const proxied = this.#proxied.get(proxy);
    if (!proxied || !this.#mine(proxied.id)) return undefined;
    void (proxy as { nodes: unknown }).nodes;
    return this.#overlays.get(proxied.id);
  }

  #mine(id: string): boolean {
    return !this.#allLeft && Object.hasOwn(this.original, id) && !this.#left.has(id);
  }

  #leave(id: string): void {
    this.#left.add(id);
    this.#overlays.delete(id);
    this.#viewProxies.delete(id);
  }

  #viewProxy(id: string, draft: object): object {
    const known = this.#viewProxies.get(id);
    if (known && this.#proxied.get(known)?.draft === draft) return known;
    const proxy = new Proxy(draft as Record<string, unknown>, {
      get: (target, key) => {
        if (key !== 'nodes' || !this.#mine(id)) return target[key as string];
        let overlay = this.#overlays.get(id);
        if (!overlay) {
          this.#overlays.set(id, (overlay = new NodesOverlay(this.original[id].nodes)));
          this.#handedOut.push(overlay);
        }
        return overlay.proxy;
      },
      set: (target, key, value) => {
        const plain = this.#plain(value);
        if (key === 'nodes') this.#leave(id);
        target[key as string] = plain;
        return true;
      },
      deleteProperty: (target, key) => {
        if (key === 'nodes') this.#leave(id);
        return delete target[key as string];
      },
    });
    this.#viewProxies.set(id, proxy);
    this.#proxied.set(proxy, { draft, id });
    owners.set(proxy, this);
    return proxy;
  }

  /** A value about to be stored in the draft, with any boxes proxy (or view proxy) in it made a plain record of its own. */
  #plain(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const proxied = this.#proxied.get(value);
    if (proxied) return { ...this.currentView(value as View) };
    const nodes = (value as { nodes?: unknown }).nodes;
    for (const overlay of this.#overlays.values()) {
      // a record immer drafts (the view is immer's from then on): a plain one
      if (value === overlay.proxy) return plainBoxes(overlay.current());
      if (nodes !== undefined && nodes === overlay.proxy) return { ...value, nodes: plainBoxes(overlay.current()) };
    }
    return value;
  }
}

/**
 * Store the boxes of `ahead` (view stored as drawn, ./drawn-ahead.ts) as the boxes of `view` (a view
 * of the running command's draft, none of whose boxes it wrote yet): taken whole with their patches,
 * in O(1), where the command's views are drafted here; else written box by box (the same patches).
 * Gives the boxes as drawn (a record to read), or undefined when the command wrote boxes of the view
 * already (nothing is stored).
 */
export function adoptBoxes(view: ViewDraft, ahead: DrawnAhead): Readonly<Nodes> | undefined {
  const overlay = owners.get(view)?.overlayOf(view);
  if (overlay && !overlay.canAdopt) return undefined;
  const record = boxesRecord(takeDrawnBoxes(ahead)) as Readonly<Nodes>;
  if (overlay) return overlay.adopt(record, ahead) ? record : undefined;
  for (const p of ahead.patches) {
    const id = String(p.path[3]);
    view.nodes[id] = p.value as NodeLayout;
  }
  return record;
}
