/**
 * The browser edition's storage-safety calls (renderer/storage-safety uses them): a `.lakar` copy of
 * the open project, the one-click backup of every project kept in browser storage, and what the
 * backup reminders need to know. Each copy made is recorded (backup-facts.ts), which is what stops
 * the reminders.
 */
import type { LakarDocument } from '../../../shared/model';
import type { LakarDb } from './db';
import { loadStoredProject } from './dexie-adapter';
import { fileCopyFacts, recordFileCopy, type FileCopyFacts } from './backup-facts';
import type { KeyValueStore } from './settings';

/** The browser API's calls for storage safety. */
export interface StorageExtras {
  /** A complete `.lakar` file of the open project (a download; it counts as its file copy). */
  lakarCopy(handle: string): Promise<{ name: string; data: Uint8Array }>;
  /** Every project kept in browser storage as a `.lakar` file (the one-click backup); each counts as copied. */
  backupStoredProjects(): Promise<{ name: string; data: Uint8Array }[]>;
  /** What the backup reminders know about the projects kept in browser storage. */
  storedProjectFacts(): Promise<FileCopyFacts[]>;
  /** Is the open project kept in browser storage with changes in no file (the reminder at close)? */
  needsCopyAtClose(handle: string): Promise<boolean>;
}

/** What the extras see of an open project. */
interface OpenProjectView {
  session: { doc: LakarDocument; dirty: boolean };
  projectId: string;
  displayName: string;
  saved: boolean;
  /** Set for a project kept in a real `.lakar` file (it needs no copy). */
  file?: unknown;
}

export interface StorageExtrasContext {
  db: LakarDb;
  settingsStore: KeyValueStore;
  /** Run after the calls already queued (an edit never interleaves with a copy). */
  serial<T>(fn: () => Promise<T>): Promise<T>;
  /** The open project of `handle`; throws when there is none. */
  entry(handle: string): OpenProjectView;
  find(handle: string): OpenProjectView | undefined;
  /** A complete `.lakar` file holding `doc`. */
  lakarBytes(doc: LakarDocument): Promise<Uint8Array>;
}

/** `name` without the characters file systems refuse, or `fallback` when nothing is left. */
export function safeFileBase(name: string | undefined, fallback: string): string {
  return (name ?? '').replace(/[\\/:*?"<>|]+/g, ' ').trim() || fallback;
}

export function createStorageExtras(ctx: StorageExtrasContext): StorageExtras {
  const { db, settingsStore, serial } = ctx;
  return {
    lakarCopy: (handle) =>
      serial(async () => {
        const e = ctx.entry(handle);
        const data = await ctx.lakarBytes(e.session.doc);
        // a copy of what is on screen: when that is the saved state, the project is backed up
        if (e.saved && !e.file && !e.session.dirty) recordFileCopy(settingsStore, e.projectId, new Date().toISOString());
        return { name: `${safeFileBase(e.displayName || e.session.doc.meta.title, 'projek')}.lakar`, data };
      }),

    backupStoredProjects: () =>
      serial(async () => {
        const out: { name: string; data: Uint8Array }[] = [];
        const used = new Set<string>();
        const at = new Date().toISOString();
        const heads = await db.projects.toArray();
        for (const head of heads) {
          const stored = await loadStoredProject(db, head.id);
          if (!stored) continue;
          const base = safeFileBase(head.name || stored.doc.meta.title, head.id);
          let name = `${base}.lakar`;
          for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base} (${i}).lakar`;
          used.add(name.toLowerCase());
          out.push({ name, data: await ctx.lakarBytes(stored.doc) });
        }
        for (const head of heads) recordFileCopy(settingsStore, head.id, at);
        return out;
      }),

    storedProjectFacts: async () => fileCopyFacts(settingsStore, await db.projects.toArray()),

    needsCopyAtClose: async (handle) => {
      const e = ctx.find(handle);
      if (!e || e.file || !e.saved) return false;
      const facts = fileCopyFacts(settingsStore, [{ id: e.projectId, name: e.displayName, savedAt: '' }])[0];
      return facts.browserOnlySince !== null && e.session.doc.elements.ids().length > 0;
    },
  };
}
