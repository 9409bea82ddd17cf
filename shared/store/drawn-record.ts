/**
 * The compact journal form of "view V stored as drawn" (issue 18: edits that cost what they change).
 * The first move, addition, removal or taller name in a view not stored as drawn (an imported or
 * generated view) stores the whole view as drawn first (shared/commands/drawn-ahead.ts): at the
 * 91,980-box view of the varied model, 46,709 box patches in one batch, a 4.6 MB journal entry. Those
 * patches are what the drawing makes of the document as it was before the batch: the journal keeps,
 * in their place, a run saying so (the view, where the patches stood in the batch, how many, and a
 * hash of them), and recovery draws the view again from the document it has rebuilt up to that entry.
 *
 * The drawing is pure shared code, but the Lakar that recovers may not be the one that journalled
 * (an update between a crash and the next open). The hash tells: when the drawing now gives other
 * patches, recovery stores the view as this Lakar draws it and applies the rest of the batch (the
 * command's own boxes, at the positions it gave them) and every later entry, rather than dropping
 * what the user did; `expandBatch` says so (`redrawn`). A run is only journalled for patches that are
 * the boxes as drawn made ahead (the editor names them by identity, ../commands/drawn-ahead.ts
 * `drawnRunsIn`), each a plain box the hash covers whole; anything else is journalled in full.
 *
 * The undo of that edit gives the boxes back as they were stored (as many patches again). When the
 * journal holds the note that stored them as drawn (the same generation: no save between), the undo's
 * run is a note too, `undoes` naming that entry: recovery takes the boxes as they were before that
 * entry, which it has at hand when it replays it. The session checks, when journalling, that the run
 * is those boxes (a hash of the boxes before the note, made when the note was journalled).
 */
import type { Patch } from 'immer';
import { drawnAheadSteps } from '../commands/drawn-ahead';
import { knownBoxesTable } from '../model/boxes-record';
import type { LakarDocument } from '../model/schema';
import { drain } from '../routing/scene';

/** Where a batch holds the patches storing view `viewId` as drawn: `count` patches from index `at`. */
export interface DrawnRunPlace {
  viewId: string;
  at: number;
  count: number;
  /** The run gives the view's boxes back as they were stored before they were stored as drawn (an undo). */
  back?: true;
}

/** A run as journalled: its place and the hash of its patches; a run back names the entry whose note it undoes. */
export interface DrawnRun {
  viewId: string;
  at: number;
  count: number;
  hash: string;
  undoes?: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/**
 * A 64-bit hash (two 32-bit lanes) of boxes: each one's op, id and x, y, w, h (their bits, or their
 * absence). Not a defence against a forged journal (whoever can write it can write patches); it
 * tells a drawing that changed. The lanes are module state: a hash is made in one go, never nested.
 */
let laneA = 0;
let laneB = 0;
let boxes = 0;

function mix(n: number): void {
  laneA = Math.imul(laneA ^ n, 0x01000193);
  const b = Math.imul(laneB ^ n, 0x5bd1e995);
  laneB = b ^ (b >>> 15);
}

function mixNumber(v: number | undefined): void {
  if (v === undefined) return mix(0x7fffffff);
  f64[0] = v;
  mix(u32[0]);
  mix(u32[1]);
}

const BoxHash = {
  start(): void {
    laneA = 0x811c9dc5;
    laneB = 0x9747b28c;
    boxes = 0;
  },
  /** One box: `layout` undefined for a remove. */
  add(op: 'add' | 'replace' | 'remove', id: string, layout: { x: number; y: number; w?: number; h?: number } | undefined): void {
    boxes++;
    mix(op === 'add' ? 1 : op === 'replace' ? 2 : 3);
    mix(id.length);
    for (let k = 0; k < id.length; k++) mix(id.charCodeAt(k));
    if (layout === undefined) {
      for (let k = 0; k < 4; k++) mix(0x7fffffff);
      return;
    }
    mixNumber(layout.x);
    mixNumber(layout.y);
    mixNumber(layout.w);
    mixNumber(layout.h);
  },
  value(): string {
    const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    return `${boxes}:${hex(laneA)}${hex(laneB)}`;
  },
};

/** A layout the hash covers whole: numbers x and y, w and h numbers or absent, nothing else. */
function plainLayout(value: unknown): value is { x: number; y: number; w?: number; h?: number } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.x !== 'number' || typeof v.y !== 'number') return false;
  let keys = 2;
  if (v.w !== undefined) {
    if (typeof v.w !== 'number') return false;
    keys++;
  }
  if (v.h !== undefined) {
    if (typeof v.h !== 'number') return false;
    keys++;
  }
  // no other field (the replay would not make it): a w or h held as undefined is a key too
  const n = Object.keys(v).length;
  return n === keys || (n <= 4 && n === 2 + Number(Object.hasOwn(v, 'w')) + Number(Object.hasOwn(v, 'h')));
}

/**
 * The hash of patches `from`…`from + count` of `patches` when each is a box of view `viewId` a run may
 * stand for (an add or replace of a plain layout; in a run back, a replace or a remove), else undefined.
 */
export function hashDrawnPatches(patches: readonly Patch[], from: number, count: number, viewId?: string, back = false): string | undefined {
  BoxHash.start();
  for (let i = from; i < from + count; i++) {
    const p = patches[i];
    const { op, path } = p;
    if (viewId !== undefined && (path.length !== 4 || path[0] !== 'views' || path[1] !== viewId || path[2] !== 'nodes' || (p as { insertBefore?: unknown }).insertBefore !== undefined)) return undefined;
    const id = path[3];
    if (typeof id !== 'string') return undefined;
    if (op === 'remove') {
      if (!back || p.value !== undefined) return undefined;
      BoxHash.add(op, id, undefined);
    } else {
      if ((back ? op !== 'replace' : op !== 'add' && op !== 'replace') || !plainLayout(p.value)) return undefined;
      BoxHash.add(op, id, p.value);
    }
  }
  return BoxHash.value();
}

/**
 * A note of the journal a run back may undo: its entry, the view's boxes before it (a record the
 * session never writes: a batch makes new versions of a view's boxes) and the ids it stored, in order.
 * The hash of those boxes as they were is made when an undo first asks (`undoesNote`), not when the
 * note is journalled: most first edits are never undone.
 */
export interface DrawnNote {
  seq: number;
  nodes: Readonly<Record<string, { x: number; y: number; w?: number; h?: number }>>;
  ids: readonly string[];
  backHash?: string;
}

/** The notes a run back may undo, by view: the latest note storing each as drawn since the journal was cleared. */
export type DrawnNotes = Map<string, DrawnNote>;

/**
 * True when patches `at`…`at + count` (a run back, hashed `hash`) give back the boxes `note` stored as
 * they were before it, as the command's inverse patches would (a box the view lacked is removed).
 */
function undoesNote(note: DrawnNote, patches: readonly Patch[], at: number, count: number, hash: string): boolean {
  const { ids, nodes } = note;
  if (count !== ids.length) return false;
  for (let i = 0; i < count; i++) if (patches[at + i].path[3] !== ids[i]) return false;
  if (note.backHash === undefined) {
    const table = knownBoxesTable(nodes);
    BoxHash.start();
    for (const id of ids) {
      // (no box id is a name of Object.prototype: shared/model/ids.ts)
      const old = table ? table.get(id) : nodes[id];
      BoxHash.add(old === undefined ? 'remove' : 'replace', id, old);
    }
    note.backHash = BoxHash.value();
  }
  return note.backHash === hash;
}

/** The note run `run` of `patches` makes once journalled as entry `seq`; `nodes`: its view's boxes before the batch. */
export function noteOf(nodes: DrawnNote['nodes'] | undefined, patches: readonly Patch[], run: DrawnRunPlace, seq: number): DrawnNote {
  const ids: string[] = [];
  for (let i = run.at; i < run.at + run.count; i++) ids.push(patches[i].path[3] as string);
  return { seq, nodes: nodes ?? {}, ids };
}

/**
 * The journal form of a batch: its patches without those of `runs` (sorted, apart, each a run of
 * drawn boxes of its view, or a run back undoing a note of `notes`), and the runs with their hashes.
 * A batch whose runs are not so is journalled whole (no runs).
 */
export function compactBatch(patches: readonly Patch[], runs: readonly DrawnRunPlace[] | undefined, notes: DrawnNotes = new Map()): { patches: Patch[]; drawn?: DrawnRun[] } {
  if (!runs || runs.length === 0) return { patches: patches as Patch[] };
  let end = 0;
  const drawn: DrawnRun[] = [];
  for (const r of runs) {
    if (!Number.isInteger(r.at) || !Number.isInteger(r.count) || r.count < 1 || r.at < end || r.at + r.count > patches.length) return { patches: patches as Patch[] };
    const hash = hashDrawnPatches(patches, r.at, r.count, r.viewId, r.back === true);
    if (hash === undefined) return { patches: patches as Patch[] };
    end = r.at + r.count;
    if (!r.back) {
      drawn.push({ viewId: r.viewId, at: r.at, count: r.count, hash });
      continue;
    }
    // a run back is a note only when it gives back the boxes before a note of this journal
    const note = notes.get(r.viewId);
    if (!note || !undoesNote(note, patches, r.at, r.count, hash)) return { patches: patches as Patch[] };
    drawn.push({ viewId: r.viewId, at: r.at, count: r.count, hash, undoes: note.seq });
  }
  const rest: Patch[] = [];
  let from = 0;
  for (const r of runs) {
    for (let i = from; i < r.at; i++) rest.push(patches[i]);
    from = r.at + r.count;
  }
  for (let i = from; i < patches.length; i++) rest.push(patches[i]);
  return { patches: rest, drawn };
}

/** What the notes replayed so far gave back, by entry and view: the patches that undo them (for the runs back). */
export type RecoveredBacks = Map<string, Patch[]>;

/**
 * The whole batch of a journalled entry `seq`: each run's patches drawn again from `doc` (the document
 * before the entry, as recovery has rebuilt it), or for a run back taken from `backs`, and put back
 * at their places among `rest`.
 * `redrawn` is true when a run's drawing now differs from the one journalled (another Lakar drew it):
 * the batch then stores the view as this one draws it. Throws on a malformed entry.
 */
export function expandBatch(
  doc: LakarDocument,
  rest: readonly Patch[],
  drawn: readonly DrawnRun[],
  backs: RecoveredBacks = new Map(),
  seq = 0,
): { patches: Patch[]; redrawn: boolean } {
  // a journal is read back, never trusted: a malformed note fails its entry (recovery keeps what applied before it)
  if (!Array.isArray(drawn) || !drawn.every(wellFormed)) throw new Error('journal: a malformed note');
  let redrawn = false;
  const made = drawn.map((r) => {
    if (r.undoes !== undefined) {
      // the boxes as they were before that note: what its replay gave back, whatever it drew
      const patches = backs.get(`${r.undoes}/${r.viewId}`);
      if (!patches) throw new Error(`journal: no note ${r.undoes} of ${r.viewId}`);
      return patches;
    }
    const view = doc.views[r.viewId];
    if (!view) throw new Error(`journal: no view ${r.viewId}`);
    const ahead = drain(drawnAheadSteps(doc, view, r.viewId));
    const patches = (ahead?.patches ?? []) as Patch[];
    if (patches.length !== r.count || hashDrawnPatches(patches, 0, patches.length) !== r.hash) redrawn = true;
    backs.set(`${seq}/${r.viewId}`, (ahead?.inversePatches ?? []) as Patch[]);
    return patches;
  });
  const out: Patch[] = [];
  let next = 0;
  drawn.forEach((r, k) => {
    // the rest's patches that stood before this run (its place counts the runs before it whole)
    const before = r.at - drawn.slice(0, k).reduce((n, q) => n + q.count, 0);
    if (before < next || before > rest.length) throw new Error('journal: a drawn run out of place');
    for (; next < before; next++) out.push(rest[next]);
    for (const p of made[k]) out.push(p);
  });
  for (; next < rest.length; next++) out.push(rest[next]);
  return { patches: out, redrawn };
}

/** A note as a journal read back should hold it. */
function wellFormed(r: unknown): r is DrawnRun {
  if (typeof r !== 'object' || r === null) return false;
  const { viewId, at, count, hash, undoes } = r as Record<string, unknown>;
  const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  return typeof viewId === 'string' && whole(at) && whole(count) && typeof hash === 'string' && (undoes === undefined || whole(undoes));
}
