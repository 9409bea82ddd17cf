/**
 * A project open for editing, independent of where it is stored. The same session runs in the
 * Electron main process (SQLite adapter) and in the browser edition (Dexie adapter):
 *  - every applied change is validated, then journalled to the recovery copy before it counts;
 *  - Save writes only the rows changed since the last save, in one transaction, and bumps the
 *    file's generation; the journal is then cleared. A crash between the two leaves a journal whose
 *    base generation no longer matches the file, which is recognised as stale and ignored.
 */
import type { Patch } from 'immer';
import { ELEMENT_BY_KIND, parsedByKind, quickLayout, RELATION_BY_KIND, surelyId, type KindSchema } from '../model/quick-document';
import { elementSchema, idSchema, nodeLayoutSchema, projectMetaSchema, relationSchema, viewSchema, type LakarDocument } from '../model/schema';
import { PatchPathError, PrivateDocument } from './private-document';
import { changeSize, collectChanges, emptyDirty, fullChanges, isClean, markDirty, type DirtySet, type RowChanges } from './changes';
import { compactBatch, expandBatch, noteOf, type DrawnNotes, type DrawnRun, type DrawnRunPlace, type RecoveredBacks } from './drawn-record';

/** One journalled batch of patches (one command, undo or redo). */
export interface JournalEntry {
  seq: number;
  at: string;
  patches: Patch[];
  /**
   * Runs of the batch that stored a view as drawn, kept as a note (./drawn-record.ts): `patches`
   * then holds the rest, and recovery draws those runs again.
   */
  drawn?: DrawnRun[];
}

/** What a store must provide so a session can journal and save. */
export interface StorageAdapter {
  /** Append one entry to the recovery journal durably. */
  appendJournal(baseGeneration: number, entry: JournalEntry): Promise<void>;
  /** Remove all journal entries and record `baseGeneration` as the journal's new base. */
  clearJournal(baseGeneration: number): Promise<void>;
  /**
   * Remove the entries after `seq` in one durable step (a recovery that stopped at an entry that no
   * longer applies: the next edits take their numbers, and the next recovery must not meet them).
   */
  dropJournalAfter?(baseGeneration: number, seq: number): Promise<void>;
  /**
   * Apply row changes to the saved project in one transaction and set its generation. The rows are
   * the session's own objects, changed in place by later edits: write them out, never keep them.
   */
  writeChanges(changes: RowChanges, generation: number): Promise<void>;
}

/** The saved state of a project as loaded by a store, plus any recovery journal found. */
export interface LoadedProject {
  doc: LakarDocument;
  generation: number;
  journal: { baseGeneration: number; entries: JournalEntry[] } | null;
}

/** A save refused because recovered edits wait for the user's answer (saving would silently drop them). */
export class RecoveryPendingError extends Error {
  readonly key = 'recovery.pending';
  constructor() {
    super('recovery.pending');
    this.name = 'RecoveryPendingError';
  }
}

/** A change rejected because it would make the document invalid. */
export class InvalidChangeError extends Error {
  constructor(
    readonly key: string,
    readonly where: string,
  ) {
    super(`${key}: ${where}`);
    this.name = 'InvalidChangeError';
  }
}

/** Validate every entity that `patches` touched in `doc`; throws InvalidChangeError on the first bad one. */
export function validateTouched(doc: LakarDocument, patches: readonly Patch[]): void {
  // the patches into one box are walked below, without making a key of each (46,709 at the first
  // move in a view not stored as drawn); the others name the rows to check
  const touched = markDirty(emptyDirty(), patches.filter((p) => !isBoxPath(p.path)));
  if (touched.all) {
    // a whole document (an import, "new from example"): each item tried by its kind's quick parser
    // first (model/quick-document.ts), zod's machinery only where it cannot tell; at 100,000
    // elements that is ~0.2 s instead of ~0.7 s before the import shows
    for (const e of doc.elements.values()) checkItem(ELEMENT_BY_KIND, elementSchema, e, `elements/${e?.id}`);
    for (const r of doc.relations.values()) checkItem(RELATION_BY_KIND, relationSchema, r, `relations/${r?.id}`);
    for (const v of Object.values(doc.views)) check(viewSchema, v, `views/${v?.id}`);
    check(projectMetaSchema, doc.meta, 'meta');
    return;
  }
  if (touched.meta) check(projectMetaSchema, doc.meta, 'meta');
  for (const id of touched.elements) if (doc.elements.get(id)) check(elementSchema, doc.elements.get(id), `elements/${id}`);
  for (const id of touched.relations) {
    const r = doc.relations.get(id);
    if (!r) continue;
    check(relationSchema, r, `relations/${id}`);
    if (!doc.elements.get(r.source) || !doc.elements.get(r.target)) throw new InvalidChangeError('relation.danglingEnd', `relations/${id}`);
  }
  // a view made or its nodes replaced whole: every node checked
  const whole = touched.viewNodesAll;
  for (const id of whole) if (doc.views[id]) check(viewSchema, doc.views[id], `views/${id}`);
  // a view whose fields changed (View › Hide, a rename, band heights) keeps its nodes, which were
  // valid: its fields are checked with no node, its touched nodes below. Hiding a box in a 92,000-box
  // view parsed every box before (~200 ms of the main process per hide)
  for (const id of touched.views) {
    const view = doc.views[id];
    if (view && !whole.has(id)) check(viewSchema, { ...view, nodes: {} }, `views/${id}`);
  }
  // a view whose other fields and nodes stayed as they were, valid, is valid when its touched nodes
  // are: checking them alone keeps moving a box in a 90,000-box view from parsing all of them
  for (const { path } of patches) {
    if (!isBoxPath(path)) continue;
    const viewId = String(path[1]);
    const nodeId = String(path[3]);
    const node = whole.has(viewId) ? undefined : doc.views[viewId]?.nodes[nodeId];
    if (node === undefined) continue;
    // the quick checks first, zod where they cannot tell: the first move in a view not stored as
    // drawn writes 46,709 boxes, ~240 ms of zod's machinery at 92,000 boxes, a few ms this way
    if (!surelyId(nodeId) && !idSchema.safeParse(nodeId).success) throw new InvalidChangeError('change.invalid', `views/${viewId}`);
    if (quickLayout(node) === undefined) check(nodeLayoutSchema, node, `views/${viewId}`);
  }
}

/** A path into one box of a view, or deeper (`['views', id, 'nodes', box, …]`): what markDirty keeps as a box row. */
const isBoxPath = (path: Patch['path']) => path.length >= 4 && path[0] === 'views' && path[2] === 'nodes';

function check(schema: { safeParse(v: unknown): { success: boolean } }, value: unknown, where: string) {
  if (!schema.safeParse(value).success) throw new InvalidChangeError('change.invalid', where);
}

/** `check` for an element or relation: its kind's quick parser, then its kind's schema, decide (the union's verdict, sooner). */
function checkItem<T>(byKind: Map<unknown, KindSchema<T>>, union: { safeParse(v: unknown): { success: boolean } }, value: unknown, where: string) {
  if (parsedByKind(byKind, value) === undefined) check(union, value, where);
}

export class ProjectSession {
  private dirtySet: DirtySet = emptyDirty();
  private seq = 0;
  /** The notes of views stored as drawn in the journal since its last clear (./drawn-record.ts), for an undo's note. */
  private readonly drawnNotes: DrawnNotes = new Map();
  private pendingRecovery: JournalEntry[] | null;
  /** Tail of the operation queue: apply/save/discard run one at a time, in call order. */
  private tail: Promise<unknown> = Promise.resolve();
  /** The document, changed in place by each applied batch (it costs what it changes, not the model's size). */
  private readonly document: PrivateDocument<LakarDocument>;

  private constructor(
    loaded: LakarDocument,
    private generation: number,
    private readonly adapter: StorageAdapter,
    recovery: JournalEntry[] | null,
    /** True for a project that has never been saved: its first save writes every row. */
    private neverSaved: boolean,
  ) {
    this.pendingRecovery = recovery;
    this.document = new PrivateDocument(loaded);
  }

  /** Start a session on a loaded project; a journal for the current generation becomes pending recovery. */
  static open(loaded: LoadedProject, adapter: StorageAdapter, options: { neverSaved?: boolean } = {}): ProjectSession {
    const j = loaded.journal;
    const recovery = j && j.baseGeneration === loaded.generation && j.entries.length > 0 ? j.entries : null;
    return new ProjectSession(loaded.doc, loaded.generation, adapter, recovery, options.neverSaved ?? false);
  }

  /** The document as it is now; it stays so (later edits are applied to copies of what they touch). */
  get doc(): LakarDocument {
    return this.document.snapshot();
  }

  /** Unsaved changes exist. */
  get dirty(): boolean {
    return this.neverSaved || !isClean(this.dirtySet);
  }

  get savedGeneration(): number {
    return this.generation;
  }

  /** Unsaved edits found in the journal at open, waiting for the user's decision. */
  get recovery(): { edits: number; lastEditAt: string } | undefined {
    const r = this.pendingRecovery;
    return r && r.length > 0 ? { edits: r.length, lastEditAt: r[r.length - 1].at } : undefined;
  }

  /**
   * Entries of the recovery accepted last whose view stored as drawn this Lakar draws other than the
   * one that journalled them (./drawn-record.ts): stored as drawn now, the rest of each applied.
   */
  redrawnOnRecovery = 0;
  /** Journalled edits the recovery accepted last could not apply (it stops at the first). */
  skippedOnRecovery = 0;

  /** Apply the recovered journal (user accepted). Entries that no longer apply are skipped. */
  acceptRecovery(): number {
    const entries = this.pendingRecovery ?? [];
    this.pendingRecovery = null;
    let applied = 0;
    this.redrawnOnRecovery = 0;
    const backs: RecoveredBacks = new Map();
    for (const entry of entries) {
      try {
        let patches = entry.patches;
        if (entry.drawn !== undefined) {
          const whole = expandBatch(this.document.current, entry.patches, entry.drawn, backs, entry.seq);
          patches = whole.patches;
          if (whole.redrawn) this.redrawnOnRecovery++;
        }
        this.applyValidated(patches);
        markDirty(this.dirtySet, patches);
        applied++;
      } catch {
        break; // a corrupt tail: keep what applied cleanly up to here
      }
      this.seq = entry.seq;
    }
    this.skippedOnRecovery = entries.length - applied;
    if (applied < entries.length && this.adapter.dropJournalAfter) {
      // the entries from the one that failed on are not in the document: out of the journal before the next edit
      const seq = this.seq;
      void this.serial(() => this.adapter.dropJournalAfter!(this.generation, seq)).catch(() => undefined);
    }
    return applied;
  }

  /**
   * Run `op` after every earlier operation has finished. Without this, an edit arriving while a save
   * awaits its write would be marked dirty and journalled, then lost when the save resets the dirty
   * set and clears the journal.
   */
  private serial<T>(op: () => Promise<T>): Promise<T> {
    const run = this.tail.then(op, op);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Drop the recovered journal (user declined). */
  discardRecovery(): Promise<void> {
    return this.serial(() => this.dropRecovery());
  }

  private async dropRecovery(): Promise<void> {
    this.pendingRecovery = null;
    this.seq = 0;
    this.drawnNotes.clear();
    await this.adapter.clearJournal(this.generation);
  }

  /**
   * Validate and apply patches, then journal them; the saved project is not touched. `drawn` names
   * runs of `patches` that store a view as drawn (../commands/drawn-ahead.ts `drawnRunsIn`): the
   * journal keeps each as a note, not its patches (./drawn-record.ts).
   */
  apply(patches: Patch[], at = new Date().toISOString(), drawn?: readonly DrawnRunPlace[]): Promise<void> {
    return this.serial(() => this.applyNow(patches, at, drawn));
  }

  private async applyNow(patches: Patch[], at: string, drawn?: readonly DrawnRunPlace[]): Promise<void> {
    if (patches.length === 0) return;
    if (this.pendingRecovery) {
      // editing without answering the recovery prompt means the old edits are discarded
      await this.dropRecovery();
    }
    // the boxes of each view a run stores as drawn, as they are before it (the batch makes new versions,
    // these stay as they are): an undo giving them back is a note too
    const views = this.document.current.views;
    const before = drawn?.map((r) => views[r.viewId]?.nodes);
    this.applyValidated(patches);
    markDirty(this.dirtySet, patches);
    this.seq += 1;
    const journalled = compactBatch(patches, drawn, this.drawnNotes);
    if (journalled.drawn) drawn!.forEach((r, i) => !r.back && this.drawnNotes.set(r.viewId, noteOf(before![i], patches, r, this.seq)));
    await this.adapter.appendJournal(this.generation, journalled.drawn ? { seq: this.seq, at, patches: journalled.patches, drawn: journalled.drawn } : { seq: this.seq, at, patches });
  }

  /** Apply `patches` to the document, or leave it as it was if they fail or make it invalid. */
  private applyValidated(patches: readonly Patch[]): void {
    let undo: () => void;
    try {
      undo = this.document.apply(patches);
    } catch (e) {
      if (e instanceof PatchPathError) throw new InvalidChangeError('change.invalid', e.path.join('/'));
      throw e;
    }
    try {
      validateTouched(this.document.current, patches);
    } catch (e) {
      undo();
      throw e;
    }
  }

  /** Replace the whole document (import, new from example): saved as a full rewrite. */
  async replace(doc: LakarDocument, at = new Date().toISOString()): Promise<void> {
    await this.apply([{ op: 'replace', path: [], value: doc }], at);
  }

  /** The row changes the next save would write (read before the next edit changes the document). */
  private pendingChanges(): RowChanges {
    const doc = this.document.current;
    return this.neverSaved ? fullChanges(doc) : collectChanges(doc, this.dirtySet);
  }

  /**
   * Save changed rows in one transaction, then clear the journal. Returns rows written. Refused
   * (RecoveryPendingError) while recovered edits wait for acceptRecovery/discardRecovery.
   */
  save(): Promise<number> {
    return this.serial(() => this.saveNow());
  }

  private async saveNow(): Promise<number> {
    // the save would clear the journal that holds the recovered edits: the user answers first
    if (this.pendingRecovery) throw new RecoveryPendingError();
    const changes = this.pendingChanges();
    const rows = changeSize(changes);
    const nextGeneration = this.generation + 1;
    await this.adapter.writeChanges(changes, nextGeneration);
    this.generation = nextGeneration;
    this.dirtySet = emptyDirty();
    this.neverSaved = false;
    this.seq = 0;
    this.drawnNotes.clear();
    await this.adapter.clearJournal(this.generation);
    return rows;
  }
}
