/**
 * The browser edition's `LakarApi`: the same channels and semantics as the desktop main process, on
 * IndexedDB. Each open project is a `ProjectSession` over a `DexieAdapter`: edits are journalled as
 * they happen (a reload or crash offers them back), Save writes only the changed rows in one
 * transaction and bumps the generation, and the journal is then cleared.
 */
import type { Patch } from 'immer';
import type { z } from 'zod';
import { IPC_CHANNELS, MAX_PORTFOLIO_FILES, type IpcChannel, type OpenedProject, type RecentEntry, type SaveResult } from '../../../shared/ipc/contract';
import { createEmptyDocument, newId } from '../../../shared/model';
import { ProjectSession } from '../../../shared/store/session';
import { fullChanges, changeSize } from '../../../shared/store/changes';
import { StoreError } from '../../../shared/lakar-file/errors';
import { parseSqliteHeader } from '../../../shared/lakar-file/header';
import { UserError } from '../errors';
import { DexieAdapter, deleteJournal, deleteStoredProject, draftTitle, loadStoredProject } from './dexie-adapter';
import type { FileHandleLike } from './file-access';
import { readSettings, writeSettings } from './settings';
import { downloadBytes, peekDocument, pickFile, pickPortfolioFiles } from './files';
import { createFileProject, fileJournalKey, lakarFileBytes, openFileProject, type FileProjectAdapter, type FileProjectDeps } from './file-projects';
import { recordBrowserSave, recordFileCopy } from './backup-facts';
import { createStorageExtras, safeFileBase } from './storage-extras';
import { createBrowserReviewChannels, memoryReviewRows, ReviewDb } from './review-store';

/** Prefix of the refs of projects kept in real files (`file:<recent key>`). */
const FILE_REF = 'file:';

import { OPEN_FILE_CHOICE, SAVE_TO_FILE_CHOICE, type BrowserApi, type BrowserApiOptions, type StoredProjectSummary } from './browser-api-types';
export * from './browser-api-types';

interface OpenEntry {
  session: ProjectSession;
  /** Browser storage of a stored project or draft; a file project's is `file.adapter`. */
  adapter: DexieAdapter | null;
  projectId: string;
  displayName: string;
  /** False for a project that exists only as a draft (never saved). */
  saved: boolean;
  /** Set for a project kept in a real `.lakar` file. */
  file?: { key: string; adapter: FileProjectAdapter; mustSaveAs: boolean };
}

const RECENT_KEY = 'lakar.recent';
const OPEN_KEY = 'lakar.openProject';
const RECENT_LIMIT = 10;

/** Build the browser edition's API over `db`. */
export function createBrowserApi(options: BrowserApiOptions): BrowserApi {
  const { db, ui, settingsStore, tabStore } = options;
  const files = options.files;
  const realFiles = !!files?.supported && !!options.engine && !!options.fileHandles;
  const singleFile = options.singleFile ?? false;
  const fileDeps = (): FileProjectDeps => {
    if (!files || !options.engine) throw new UserError('lakarFile.engineFailed', { message: 'engine' });
    return { db, files, engine: options.engine, appVersion: options.appVersion ?? '0.0.0', now: options.now ?? (() => new Date()) };
  };
  const open = new Map<string, OpenEntry>();
  let handleSeq = 0;
  // one call at a time, as the main process does: an edit never interleaves with a save
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  }

  function parse<C extends IpcChannel>(channel: C, args: unknown): z.output<(typeof IPC_CHANNELS)[C]['args']> {
    const r = IPC_CHANNELS[channel].args.safeParse(args);
    if (!r.success) throw new UserError('error.badRequest', { channel });
    return r.data as z.output<(typeof IPC_CHANNELS)[C]['args']>;
  }

  function entry(handle: string): OpenEntry {
    const e = open.get(handle);
    if (!e) throw new UserError('error.projectNotOpen');
    return e;
  }

  function describe(handle: string): OpenedProject {
    const e = entry(handle);
    return {
      handle,
      // a file from an older Lakar has no ref: its first Save is a Save As, which leaves it as it was
      ref: e.file ? (e.file.mustSaveAs ? null : `${FILE_REF}${e.file.key}`) : e.saved ? e.projectId : null,
      displayName: e.displayName,
      doc: e.session.doc,
      dirty: e.session.dirty,
      recovery: e.session.recovery,
    };
  }

  // project id → release of its lock and how many handles of this tab use it
  const held = new Map<string, { release: () => void; count: number }>();

  /** Take the project's lock for one more handle of this tab; throws when another tab has it. */
  async function lock(projectId: string, name: string): Promise<void> {
    const mine = held.get(projectId);
    if (mine) {
      mine.count += 1;
      return;
    }
    const release = options.locks ? await options.locks.acquire(projectId) : () => undefined;
    if (!release) throw new UserError('browser.projectOpenElsewhere', { name });
    held.set(projectId, { release, count: 1 });
  }

  function unlock(projectId: string): void {
    const mine = held.get(projectId);
    if (!mine || --mine.count > 0) return;
    held.delete(projectId);
    mine.release();
  }

  function register(e: OpenEntry): string {
    const handle = `h${++handleSeq}`;
    open.set(handle, e);
    tabStore.setItem(OPEN_KEY, e.file ? `${FILE_REF}${e.file.key}` : e.projectId);
    return handle;
  }

  /** Open the `.lakar` file behind `fileHandle` (remembered under `key`) in this tab. */
  async function openFile(fileHandle: FileHandleLike, key: string): Promise<OpenedProject> {
    const opened = await openFileProject(fileDeps(), key, fileHandle);
    const projectId = fileJournalKey(opened.adapter.fileId);
    try {
      await lock(projectId, fileHandle.name);
    } catch (err) {
      await options.engine!().close({ id: key });
      throw err;
    }
    await options.fileHandles!.put({ key, name: fileHandle.name, handle: fileHandle, openedAt: new Date().toISOString() });
    const e: OpenEntry = { session: opened.session, adapter: null, projectId, displayName: fileHandle.name, saved: true, file: { key, adapter: opened.adapter, mustSaveAs: opened.mustSaveAs } };
    return describe(register(e));
  }

  /** Pick a `.lakar` file and open it (File System Access), or upload one into browser storage. */
  async function openPickedFile(): Promise<OpenedProject | null> {
    if (realFiles) {
      const picked = await files!.pickOpen();
      if (!picked) return null;
      // the same file opened again is the same recent entry
      for (const r of await options.fileHandles!.list()) if (await files!.isSame(r.handle, picked).catch(() => false)) return serial(() => openFile(picked, r.key));
      return serial(() => openFile(picked, newId('prj').slice(4)));
    }
    if (singleFile || !options.engine) throw new UserError('lakarFile.noFileAccess');
    const picked = await (options.pickFile ?? pickFile)(['lakar']);
    if (!picked) return null;
    return serial(async () => {
      const loaded = await options.engine!().open({ name: picked.name, bytes: picked.data });
      // no file access: the upload becomes a project kept in this browser, named after the file
      const projectId = newId('prj');
      const name = picked.name.replace(/\.lakar$/i, '');
      await new DexieAdapter(db, projectId, name).writeChanges(fullChanges(loaded.doc), 1);
      recordFileCopy(settingsStore, projectId, new Date().toISOString());
      return openStored(projectId);
    });
  }

  /** Save the project of `handle` as a new `.lakar` file the user picks; null when cancelled. */
  async function saveAsFile(handle: string): Promise<SaveResult | null> {
    const e = entry(handle);
    const suggested = `${safeFileBase((e.displayName || e.session.doc.meta.title).replace(/\.lakar$/i, ''), 'projek')}.lakar`;
    const target = await files!.pickSave(suggested);
    if (!target) return null;
    return serial(async () => {
      const current = entry(handle);
      // Save As onto the very file that is open is a plain Save
      if (current.file && !current.file.mustSaveAs && (await files!.isSame(current.file.adapter.handle, target).catch(() => false))) return saveFile(handle);
      const key = newId('prj').slice(4);
      const created = await createFileProject(fileDeps(), key, target, current.session.doc);
      const projectId = fileJournalKey(created.adapter.fileId);
      await lock(projectId, target.name);
      // the unsaved edits now live in the new file; the old home keeps its last saved state
      if (!othersOpen(current.projectId, handle)) await deleteJournal(db, current.projectId);
      if (current.file) await options.engine!().close({ id: current.file.key });
      else if (current.saved) recordFileCopy(settingsStore, current.projectId, created.savedAt ?? new Date().toISOString());
      unlock(current.projectId);
      await options.fileHandles!.put({ key, name: target.name, handle: target, openedAt: new Date().toISOString() });
      open.set(handle, { session: created.session, adapter: null, projectId, displayName: target.name, saved: true, file: { key, adapter: created.adapter, mustSaveAs: false } });
      tabStore.setItem(OPEN_KEY, `${FILE_REF}${key}`);
      return { ref: `${FILE_REF}${key}`, displayName: target.name, rowsWritten: created.rowsWritten, savedAt: created.savedAt ?? new Date().toISOString() };
    });
  }

  /** Save a project kept in a file: only the changed rows, only the changed pages. */
  async function saveFile(handle: string): Promise<SaveResult> {
    const e = entry(handle);
    const file = e.file!;
    const rowsWritten = await e.session.save();
    await options.fileHandles!.put({ key: file.key, name: file.adapter.name, handle: file.adapter.handle, openedAt: new Date().toISOString() });
    return { ref: `${FILE_REF}${file.key}`, displayName: e.displayName, rowsWritten, savedAt: file.adapter.lastSavedAt ?? new Date().toISOString() };
  }

  /** Open a remembered file; the browser may ask the user for permission again. */
  async function openRecentFile(key: string): Promise<OpenedProject> {
    const recent = await options.fileHandles?.get(key);
    if (!recent || !files) throw new StoreError('notFound', { file: key });
    const permission = await files.ensurePermission(recent.handle, true);
    if (permission !== 'granted') throw new UserError('lakarFile.permissionDenied', { file: recent.name });
    return serial(() => openFile(recent.handle, key));
  }

  function readRecent(): { ref: string; openedAt: string }[] {
    try {
      const v: unknown = JSON.parse(settingsStore.getItem(RECENT_KEY) ?? '[]');
      return Array.isArray(v) ? v.filter((x): x is { ref: string; openedAt: string } => typeof x?.ref === 'string' && typeof x?.openedAt === 'string') : [];
    } catch {
      return [];
    }
  }

  function touchRecent(ref: string) {
    const list = [{ ref, openedAt: new Date().toISOString() }, ...readRecent().filter((r) => r.ref !== ref)].slice(0, RECENT_LIMIT);
    settingsStore.setItem(RECENT_KEY, JSON.stringify(list));
  }

  function othersOpen(projectId: string, except: string): boolean {
    for (const [h, e] of open) if (h !== except && e.projectId === projectId) return true;
    return false;
  }

  async function listProjects(): Promise<StoredProjectSummary[]> {
    const [heads, journals] = await Promise.all([db.projects.toArray(), db.journals.toArray()]);
    const out: StoredProjectSummary[] = heads.map((h) => ({ ref: h.id, displayName: h.name, title: h.meta.title, savedAt: h.savedAt, draft: false }));
    const openHere = new Set([...open.values()].map((e) => e.projectId));
    for (const j of journals) {
      // a draft open in this tab is the current project, not something to open
      if (!j.draft || openHere.has(j.projectId) || heads.some((h) => h.id === j.projectId)) continue;
      const entries = await db.journal.where('projectId').equals(j.projectId).sortBy('seq');
      if (entries.length === 0) continue;
      out.push({ ref: j.projectId, displayName: j.draft.displayName, title: draftTitle(j.draft.doc, entries), savedAt: j.updatedAt, draft: true });
    }
    return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async function openStored(projectId: string): Promise<OpenedProject> {
    const stored = await loadStoredProject(db, projectId);
    if (!stored) throw new UserError('browser.projectNotFound');
    const displayName = stored.head?.name ?? stored.draft?.displayName ?? '';
    await lock(projectId, displayName || stored.doc.meta.title);
    const adapter = new DexieAdapter(db, projectId, displayName, stored.head ? null : stored.doc);
    const session = ProjectSession.open(stored, adapter, { neverSaved: !stored.head });
    const handle = register({ session, adapter, projectId, displayName, saved: !!stored.head });
    if (stored.head) touchRecent(projectId);
    return describe(handle);
  }

  async function saveAs(handle: string, name: string): Promise<SaveResult> {
    const e = entry(handle);
    let rowsWritten: number;
    if (!e.saved) {
      // a draft keeps its id: its first save writes every row under the chosen name
      e.adapter?.setDisplayName(name);
      rowsWritten = await e.session.save();
      Object.assign(e, { saved: true, displayName: name });
    } else {
      const projectId = newId('prj');
      await lock(projectId, name);
      const adapter = new DexieAdapter(db, projectId, name);
      const doc = e.session.doc;
      const changes = fullChanges(doc);
      try {
        await adapter.writeChanges(changes, 1);
      } catch (err) {
        unlock(projectId);
        throw err;
      }
      rowsWritten = changeSize(changes);
      // the unsaved edits now live in the copy; the original keeps its last saved state
      if (!othersOpen(e.projectId, handle)) await deleteJournal(db, e.projectId);
      const session = ProjectSession.open({ doc, generation: 1, journal: null }, adapter);
      open.set(handle, { session, adapter, projectId, displayName: name, saved: true });
      unlock(e.projectId);
      tabStore.setItem(OPEN_KEY, projectId);
    }
    const current = entry(handle);
    touchRecent(current.projectId);
    const head = await db.projects.get(current.projectId);
    recordBrowserSave(settingsStore, current.projectId, head?.savedAt ?? new Date().toISOString());
    return { ref: current.projectId, displayName: name, rowsWritten, savedAt: head?.savedAt ?? new Date().toISOString() };
  }

  const api: BrowserApi = {
    edition: 'browser',

    'project:new': (args) =>
      serial(async () => {
        parse('project:new', args);
        const doc = createEmptyDocument('');
        const projectId = newId('prj');
        await lock(projectId, '');
        const adapter = new DexieAdapter(db, projectId, '', doc);
        const session = ProjectSession.open({ doc, generation: 0, journal: null }, adapter, { neverSaved: true });
        return describe(register({ session, adapter, projectId, displayName: '', saved: false }));
      }),

    'project:open': async (args) => {
      const { ref } = parse('project:open', args);
      if (ref?.startsWith(FILE_REF)) return openRecentFile(ref.slice(FILE_REF.length));
      // the single-file edition keeps nothing in the browser: File › Open is the file picker itself;
      // elsewhere the dialog lists what the browser keeps (or says it keeps nothing) beside "Open a .lakar file…"
      const chosen = ref ?? (singleFile ? OPEN_FILE_CHOICE : await ui.chooseProject(await listProjects(), { files: true }));
      if (!chosen) return null;
      if (chosen === OPEN_FILE_CHOICE) return openPickedFile();
      return serial(() => openStored(chosen));
    },

    'project:recent': async (args) => {
      parse('project:recent', args);
      const heads = new Map((await db.projects.toArray()).map((h) => [h.id, h]));
      const stored = readRecent()
        .filter((r) => heads.has(r.ref))
        .map((r): RecentEntry => ({ ref: r.ref, displayName: heads.get(r.ref)!.name, openedAt: r.openedAt }));
      const inFiles = realFiles ? (await options.fileHandles!.list()).map((r): RecentEntry => ({ ref: `${FILE_REF}${r.key}`, displayName: r.name, openedAt: r.openedAt })) : [];
      return [...inFiles, ...stored].sort((a, b) => b.openedAt.localeCompare(a.openedAt)).slice(0, RECENT_LIMIT);
    },

    'project:apply': (args) =>
      serial(async () => {
        const { handle, patches, drawn } = parse('project:apply', args);
        await entry(handle).session.apply(patches as Patch[], undefined, drawn);
        return { ok: true as const };
      }),

    'project:save': (args) =>
      serial(async () => {
        const { handle } = parse('project:save', args);
        const e = entry(handle);
        if (e.file && !e.file.mustSaveAs) return saveFile(handle);
        if (!e.saved || e.file) throw new UserError('browser.needsName');
        const rowsWritten = await e.session.save();
        recordBrowserSave(settingsStore, e.projectId, new Date().toISOString());
        touchRecent(e.projectId);
        const head = await db.projects.get(e.projectId);
        return { ref: e.projectId, displayName: e.displayName, rowsWritten, savedAt: head?.savedAt ?? new Date().toISOString() };
      }),

    'project:saveAs': async (args) => {
      const { handle, ref } = parse('project:saveAs', args);
      const e = entry(handle);
      // the single-file edition keeps projects in files only: Save As is the file picker itself
      if (singleFile) {
        if (!realFiles) throw new UserError('lakarFile.noFileAccess');
        return saveAsFile(handle);
      }
      // in the browser edition `ref` names the copy; without it the user is asked
      const answer = ref ?? (await ui.askProjectName(e.displayName || e.session.doc.meta.title));
      if (realFiles && answer === SAVE_TO_FILE_CHOICE) return saveAsFile(handle);
      const name = answer?.trim();
      if (!name) return null;
      return serial(() => saveAs(handle, name));
    },

    'project:resolveRecovery': (args) =>
      serial(async () => {
        const { handle, accept } = parse('project:resolveRecovery', args);
        const e = entry(handle);
        if (!accept) {
          await e.session.discardRecovery();
          return describe(handle);
        }
        e.session.acceptRecovery();
        const { skippedOnRecovery: skipped, redrawnOnRecovery: redrawn } = e.session;
        return skipped + redrawn > 0 ? { ...describe(handle), restored: { skipped, redrawn } } : describe(handle);
      }),

    'project:close': (args) =>
      serial(async () => {
        const { handle } = parse('project:close', args);
        const e = open.get(handle);
        if (!e) return { ok: true as const };
        open.delete(handle);
        unlock(e.projectId);
        if (e.file && !othersOpen(e.projectId, handle)) await options.engine!().close({ id: e.file.key });
        // closing means the user saved or chose not to: unsaved edits are not offered again
        if (!othersOpen(e.projectId, handle)) await deleteJournal(db, e.projectId);
        if (tabStore.getItem(OPEN_KEY) === (e.file ? `${FILE_REF}${e.file.key}` : e.projectId)) tabStore.removeItem(OPEN_KEY);
        return { ok: true as const };
      }),

    'project:replace': (args) =>
      serial(async () => {
        const { handle, doc } = parse('project:replace', args);
        await entry(handle).session.replace(doc);
        return { ok: true as const };
      }),

    'file:pick': async (args) => {
      const { kinds, multiple } = parse('file:pick', args);
      return (options.pickFile ?? pickFile)(kinds, multiple);
    },

    'file:saveBytes': async (args) => {
      const { kind, suggestedName, data } = parse('file:saveBytes', args);
      return (options.download ?? downloadBytes)(kind, suggestedName, data);
    },

    // The browser cannot watch a folder: the picked files (or a zip of them) go to the page's worker as bytes.
    'portfolio:open': async (args) => {
      parse('portfolio:open', args);
      const files = await (options.pickPortfolioFiles ?? pickPortfolioFiles)(MAX_PORTFOLIO_FILES);
      if (!files) return null;
      const name = files.slice(0, 3).map((f) => f.name).join(', ') + (files.length > 3 ? ', …' : '');
      return { handle: `pf_${newId('prj').slice(4)}`, name, watched: false, files: files.map((f) => ({ file: f.name, data: f.data })) };
    },

    // every picked file came back with portfolio:open: nothing is left pending
    'portfolio:read': async (args) => {
      parse('portfolio:read', args);
      throw new UserError('error.badRequest', { channel: 'portfolio:read' });
    },

    'portfolio:changes': async (args) => {
      parse('portfolio:changes', args);
      return { changed: [], removed: [] };
    },

    'portfolio:close': async (args) => {
      parse('portfolio:close', args);
      return { ok: true as const };
    },

    'settings:get': async (args) => {
      parse('settings:get', args);
      return readSettings(settingsStore);
    },

    'settings:set': async (args) => writeSettings(settingsStore, parse('settings:set', args)),

    'project:peek': async (args) => {
      parse('project:peek', args);
      // picked first, while the click still counts as a user gesture
      const picked = await (options.pickFile ?? pickFile)(['json', 'lakar']);
      if (!picked) return null;
      // a .lakar (SQLite) is read by the .lakar engine, checked as the desktop checks it, never kept open
      if (options.engine && parseSqliteHeader(picked.data)) return { name: picked.name, doc: (await options.engine().open({ name: picked.name, bytes: picked.data })).doc };
      return peekDocument(picked);
    },
    ...createBrowserReviewChannels({
      db,
      // on file:// a review (which quotes the proposal) never goes into storage other local pages can read
      reviews: options.reviews ?? (singleFile ? memoryReviewRows() : new ReviewDb()),
      chooseProject: async () => ui.chooseProject((await listProjects()).filter((p) => !p.draft)),
      chooseReview: ui.chooseReview?.bind(ui),
      pickFile: options.pickFile ?? pickFile,
    }),

    onMenu: () => () => undefined,
    onCloseRequest: () => () => undefined,

    listProjects,

    deleteProject: (ref) =>
      serial(async () => {
        for (const e of open.values()) if (e.projectId === ref) throw new UserError('browser.projectIsOpen');
        await deleteStoredProject(db, ref);
      }),

    reopenAfterReload: async () => {
      const projectId = tabStore.getItem(OPEN_KEY);
      if (!projectId || open.size > 0) return null;
      try {
        if (projectId.startsWith(FILE_REF)) {
          // without a click the browser may not give the permission back: then Open Recent asks for it
          const recent = await options.fileHandles?.get(projectId.slice(FILE_REF.length));
          if (!recent || !files || (await files.ensurePermission(recent.handle, false)) !== 'granted') return null;
          return await serial(() => openFile(recent.handle, projectId.slice(FILE_REF.length)));
        }
        return await serial(() => openStored(projectId));
      } catch {
        tabStore.removeItem(OPEN_KEY);
        return null;
      }
    },

    storage: { realFiles, singleFile },

    ...createStorageExtras({
      db,
      settingsStore,
      serial,
      entry,
      find: (handle) => open.get(handle),
      lakarBytes: (doc) => lakarFileBytes(fileDeps(), doc),
    }),
  };
  return api;
}
