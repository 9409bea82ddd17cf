/**
 * Persistence of one browser-edition project through Dexie, for `ProjectSession`: the journal
 * (recovery copy) is appended per edit, and a save applies only the changed rows in a single
 * IndexedDB transaction together with the new generation.
 */
import type { Patch } from 'immer';
import type { JournalEntry, LoadedProject, StorageAdapter } from '../../../shared/store/session';
import { NODE_KEY_SEP, type RowChanges } from '../../../shared/store/changes';
import { documentSchema, fromDocumentData, toDocumentData, toWire, type LakarDocument, type LakarDocumentData, type ProjectMeta, type View } from '../../../shared/model';
import { SCHEMA_VERSION, upgradeDocument, upgradeMeta } from '../../../shared/model';
import { applyDocumentPatches } from '../../../shared/model/table-edit';
import { UserError } from '../errors';
import { PROJECT_TABLES, type JournalRow, type LakarDb, type ProjectRow } from './db';
import { putInOrder, rowsInOrder } from './row-order';

/** A `StorageAdapter` writing one project's rows and journal to IndexedDB. */
export class DexieAdapter implements StorageAdapter {
  constructor(
    private readonly db: LakarDb,
    readonly projectId: string,
    /** Name used when the first save creates the project row; for drafts also kept with the journal. */
    private displayName: string,
    /** The starting document of a never-saved project, kept with its journal so a reload can recover it. */
    draftDoc: LakarDocument | null = null,
  ) {
    // IndexedDB clones what it stores: the document goes as data (its tables as records), made once
    // here rather than at every journalled edit, since the starting document never changes
    this.draftData = draftDoc && (toDocumentData(draftDoc) as LakarDocumentData);
  }

  private draftData: LakarDocumentData | null;

  /** Name given to the project row on its next save. */
  setDisplayName(name: string): void {
    this.displayName = name;
  }

  async appendJournal(baseGeneration: number, entry: JournalEntry): Promise<void> {
    const { db, projectId } = this;
    await db.transaction('rw', db.journals, db.journal, async () => {
      const head = await db.journals.get(projectId);
      if (!head || head.baseGeneration !== baseGeneration) {
        // a journal left from an older generation is stale: start afresh
        await db.journal.where('projectId').equals(projectId).delete();
      }
      await db.journals.put({
        projectId,
        baseGeneration,
        draft: this.draftData ? { doc: this.draftData, displayName: this.displayName } : undefined,
        updatedAt: entry.at,
      });
      // a patch that replaces a whole table holds a Table, which IndexedDB cannot clone: as a record it applies the same
      await db.journal.put(
        entry.drawn ? { projectId, seq: entry.seq, at: entry.at, patches: toWire(entry.patches), drawn: entry.drawn } : { projectId, seq: entry.seq, at: entry.at, patches: toWire(entry.patches) },
      );
    });
  }

  async clearJournal(baseGeneration: number): Promise<void> {
    const { db, projectId } = this;
    await db.transaction('rw', db.journals, db.journal, async () => {
      await db.journal.where('projectId').equals(projectId).delete();
      if (this.draftData) await db.journals.delete(projectId);
      else await db.journals.put({ projectId, baseGeneration, updatedAt: new Date().toISOString() });
    });
  }

  async dropJournalAfter(baseGeneration: number, seq: number): Promise<void> {
    const { db, projectId } = this;
    await db.transaction('rw', db.journals, db.journal, async () => {
      const head = await db.journals.get(projectId);
      if (!head || head.baseGeneration !== baseGeneration) return;
      await db.journal.where('[projectId+seq]').between([projectId, seq + 1], [projectId, Infinity]).delete();
    });
  }

  async writeChanges(changes: RowChanges, generation: number): Promise<void> {
    const { db, projectId: pid } = this;
    const now = new Date().toISOString();
    await db.transaction('rw', PROJECT_TABLES.map((t) => db.table(t)), async () => {
      const existing = await db.projects.get(pid);
      if (!existing && !changes.full) throw new UserError('browser.projectMissing', { name: this.displayName });
      if (changes.full) {
        await Promise.all([
          db.elements.where('projectId').equals(pid).delete(),
          db.relations.where('projectId').equals(pid).delete(),
          db.views.where('projectId').equals(pid).delete(),
          db.view_nodes.where('projectId').equals(pid).delete(),
        ]);
      }
      // a project stored by an older Lakar gets its meta row at the current version with this save
      const meta = changes.meta ?? (existing ? (upgradeMeta(existing.meta, existing.schemaVersion) as ProjectMeta) : undefined);
      if (!meta) throw new UserError('browser.projectMissing', { name: this.displayName });
      const head: ProjectRow = {
        id: pid,
        name: existing?.name ?? this.displayName,
        schemaVersion: SCHEMA_VERSION,
        meta,
        generation,
        savedAt: now,
        openedAt: existing?.openedAt ?? now,
      };
      await db.projects.put(head);
      // deletes first: the rows written are numbered against the rows that stay (row-order.ts)
      if (changes.deleteElements.length) await db.elements.bulkDelete(changes.deleteElements.map((id): [string, string] => [pid, id]));
      if (changes.deleteRelations.length) await db.relations.bulkDelete(changes.deleteRelations.map((id): [string, string] => [pid, id]));
      for (const viewId of changes.deleteViews) {
        await db.views.delete([pid, viewId]);
        await db.view_nodes.where('[projectId+viewId]').equals([pid, viewId]).delete();
      }
      if (!changes.full) {
        for (const viewId of changes.replaceNodesOfViews) await db.view_nodes.where('[projectId+viewId]').equals([pid, viewId]).delete();
      }
      if (changes.deleteNodes.length) await db.view_nodes.bulkDelete(changes.deleteNodes.map((n): [string, string, string] => [pid, n.viewId, n.elementId]));
      const fresh = changes.full;
      const places = fresh ? undefined : changes.places;
      const readded = fresh ? undefined : changes.readded;
      const byId = <R extends { id: string }>(of: ReadonlyMap<string, string | null> | undefined, again: ReadonlySet<string> | undefined) =>
        of?.size || again?.size ? { places: of, readded: again, placeKey: (r: R) => r.id, followerKey: (_: R, follower: string): [string, string] => [pid, follower] } : undefined;
      const rowKey = (r: { id: string }): [string, string] => [pid, r.id];
      await putInOrder(db.elements, pid, changes.upsertElements.map((row) => ({ projectId: pid, id: row.id, row })), rowKey, fresh, byId(places?.elements, readded?.elements));
      await putInOrder(db.relations, pid, changes.upsertRelations.map((row) => ({ projectId: pid, id: row.id, row })), rowKey, fresh, byId(places?.relations, readded?.relations));
      await putInOrder(db.views, pid, changes.upsertViews.map((row) => ({ projectId: pid, id: row.id, row })), rowKey, fresh, byId(places?.views, readded?.views));
      await putInOrder(
        db.view_nodes,
        pid,
        changes.upsertNodes.map((n) => ({ projectId: pid, ...n })),
        (n): [string, string, string] => [pid, n.viewId, n.elementId],
        fresh,
        places?.viewNodes.size || readded?.viewNodes.size
          ? {
              places: places?.viewNodes,
              readded: readded?.viewNodes,
              placeKey: (n) => `${n.viewId}${NODE_KEY_SEP}${n.elementId}`,
              followerKey: (n, follower): [string, string, string] => [pid, n.viewId, follower],
            }
          : undefined,
      );
    });
    this.draftData = null;
  }
}

/**
 * The starting document of a never-saved project as stored (data, tables as records), at the current
 * version when an older Lakar journalled it.
 */
function upgradeDraft(data: LakarDocumentData): LakarDocument {
  const upgraded = upgradeDocument(data as unknown as Record<string, unknown>);
  if (upgraded.ok && upgraded.from !== SCHEMA_VERSION) {
    const parsed = documentSchema.safeParse(upgraded.doc);
    if (parsed.success) return parsed.data;
  }
  return fromDocumentData(data) as LakarDocument;
}

/** A stored project as read back: the validated document, its head row and any journal. */
export interface StoredProject extends LoadedProject {
  head: ProjectRow | null;
  /** Starting document and name of a never-saved project recovered from its journal. */
  draft: { doc: LakarDocument; displayName: string } | null;
}

/** Read project `id` (saved rows and journal); null when neither exists. Throws on corrupt rows. */
export async function loadStoredProject(db: LakarDb, id: string): Promise<StoredProject | null> {
  return db.transaction('r', [...PROJECT_TABLES.map((t) => db.table(t)), db.journals, db.journal], async () => {
    const [head, jHead, entries] = await Promise.all([
      db.projects.get(id),
      db.journals.get(id),
      db.journal.where('projectId').equals(id).sortBy('seq'),
    ]);
    const journal = jHead ? { baseGeneration: jHead.baseGeneration, entries: entries.map(journalEntryOf) } : null;
    const draft = jHead?.draft ? { ...jHead.draft, doc: upgradeDraft(jHead.draft.doc) } : undefined;
    if (!head) {
      if (!draft) return null;
      return { doc: draft.doc, generation: jHead!.baseGeneration, journal, head: null, draft };
    }
    if (head.schemaVersion > SCHEMA_VERSION) throw new UserError('browser.projectTooNew', { name: head.name });
    const [elements, relations, views, nodes] = await Promise.all([
      rowsInOrder(db.elements, id),
      rowsInOrder(db.relations, id),
      rowsInOrder(db.views, id),
      rowsInOrder(db.view_nodes, id),
    ]);
    const viewMap: Record<string, View> = {};
    for (const v of views) viewMap[v.id] = { ...v.row, nodes: {} };
    for (const n of nodes) if (viewMap[n.viewId]) viewMap[n.viewId].nodes[n.elementId] = n.layout;
    // a project saved by an older Lakar is brought up to date in memory; the next save writes it at the current version
    const parsed = documentSchema.safeParse({
      schemaVersion: SCHEMA_VERSION,
      meta: upgradeMeta(head.meta, head.schemaVersion),
      elements: Object.fromEntries(elements.map((e) => [e.id, e.row])),
      relations: Object.fromEntries(relations.map((r) => [r.id, r.row])),
      views: viewMap,
    });
    if (!parsed.success) throw new UserError('browser.projectCorrupt', { name: head.name });
    return { doc: parsed.data, generation: head.generation, journal, head, draft: null };
  });
}

/** Delete a project's journal (and a draft's provisional head). */
export async function deleteJournal(db: LakarDb, id: string): Promise<void> {
  await db.transaction('rw', db.journals, db.journal, async () => {
    await db.journal.where('projectId').equals(id).delete();
    await db.journals.delete(id);
  });
}

/** Delete a saved project with all its rows and its journal. */
export async function deleteStoredProject(db: LakarDb, id: string): Promise<void> {
  await db.transaction('rw', [...PROJECT_TABLES.map((t) => db.table(t)), db.journals, db.journal], async () => {
    await Promise.all([
      db.projects.delete(id),
      db.elements.where('projectId').equals(id).delete(),
      db.relations.where('projectId').equals(id).delete(),
      db.views.where('projectId').equals(id).delete(),
      db.view_nodes.where('projectId').equals(id).delete(),
      db.journal.where('projectId').equals(id).delete(),
      db.journals.delete(id),
    ]);
  });
}

/**
 * Title of a draft after its journalled edits (drafts are small; a bad entry ends the replay). The
 * draft is stored as data (tables as records) and its journal holds tables as wire forms where an
 * edit replaced a whole document; applyDocumentPatches takes both as tables.
 */
export function draftTitle(doc: LakarDocumentData, entries: { patches: Patch[] }[]): string {
  let current = doc;
  for (const e of entries) {
    try {
      current = applyDocumentPatches(current, e.patches);
    } catch {
      break;
    }
  }
  return current.meta?.title ?? '';
}

/** A journal row as the session's entry (its runs drawn again on recovery, when it has them). */
export function journalEntryOf({ seq, at, patches, drawn }: JournalRow): JournalEntry {
  return drawn ? { seq, at, patches, drawn } : { seq, at, patches };
}
