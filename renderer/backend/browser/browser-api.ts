/**
 * The browser edition's `LakarApi`: the same channels and semantics as the desktop main process, on
 * IndexedDB. Each open project is a `ProjectSession` over a `DexieAdapter`: edits are journalled as
 * they happen (a reload or crash offers them back), Save writes only the changed rows in one
 * transaction and bumps the generation, and the journal is then cleared.
 */
import { applyPatches, type Patch } from 'immer';
import type { z } from 'zod';
import { IPC_CHANNELS, MAX_PORTFOLIO_FILES, type IpcChannel, type LakarApi, type OpenedProject, type RecentEntry, type SaveResult } from '../../../shared/ipc/contract';
import { createEmptyDocument, newId, type LakarDocument } from '../../../shared/model';
import { ProjectSession } from '../../../shared/store/session';
import { fullChanges, changeSize } from '../../../shared/store/changes';
import { UserError } from '../errors';
import type { LakarDb } from './db';
import { DexieAdapter, deleteJournal, deleteStoredProject, loadStoredProject } from './dexie-adapter';
import { readSettings, writeSettings, type KeyValueStore } from './settings';
import { downloadBytes, peekDocument, pickFile, pickPortfolioFiles } from './files';
import type { ProjectLocks } from './locks';
import { createBrowserReviewChannels, ReviewDb, type ReviewChoice, type StoredReviewSummary } from './review-store';

/** A project kept in this browser, as listed by File › Open. */
export interface StoredProjectSummary {
  ref: string;
  displayName: string;
  title: string;
  /** Last save; for an unsaved draft, its last journalled edit. */
  savedAt: string;
  /** A never-saved project whose edits survive only in the recovery journal. */
  draft: boolean;
}

/** Dialogs the browser backend needs from the UI (the desktop uses native dialogs instead). */
export interface BrowserUi {
  /** Let the user pick a stored project to open; null when cancelled. */
  chooseProject(projects: StoredProjectSummary[]): Promise<string | null>;
  /** Ask for the name to save under; null when cancelled. */
  askProjectName(suggested: string): Promise<string | null>;
  /** Pick a review stored in this browser, or ask to import a `.ulasan` file (absent: import). */
  chooseReview?(reviews: StoredReviewSummary[]): Promise<ReviewChoice>;
}

/** Extra calls only the browser edition has (its "files" live inside the browser). */
export interface BrowserExtras {
  listProjects(): Promise<StoredProjectSummary[]>;
  deleteProject(ref: string): Promise<void>;
  /** Reopen the project this tab had open before a reload (with its recovery offer), if any. */
  reopenAfterReload(): Promise<OpenedProject | null>;
}

export type BrowserApi = LakarApi & BrowserExtras;

export interface BrowserApiOptions {
  db: LakarDb;
  ui: BrowserUi;
  /** Settings and the recent list (localStorage in the app). */
  settingsStore: KeyValueStore;
  /** Which project this tab has open, to reopen it after a reload (sessionStorage in the app). */
  tabStore: KeyValueStore;
  /** Keeps a project open in one tab at a time (Web Locks in the app); none means no check. */
  locks?: ProjectLocks;
  pickFile?: typeof pickFile;
  pickPortfolioFiles?: typeof pickPortfolioFiles;
  download?: typeof downloadBytes;
  /** Where review files are kept (default: the `lakar-reviews` database). */
  reviews?: ReviewDb;
}

interface OpenEntry {
  session: ProjectSession;
  adapter: DexieAdapter;
  projectId: string;
  displayName: string;
  /** False for a project that exists only as a draft (never saved). */
  saved: boolean;
}

const RECENT_KEY = 'lakar.recent';
const OPEN_KEY = 'lakar.openProject';
const RECENT_LIMIT = 10;

/** Title of a draft after its journalled edits (drafts are small; a bad entry ends the replay). */
function draftTitle(doc: LakarDocument, entries: { patches: Patch[] }[]): string {
  let current = doc;
  for (const e of entries) {
    try {
      current = applyPatches(current, e.patches);
    } catch {
      break;
    }
  }
  return current.meta?.title ?? '';
}

/** True when `api` is the browser edition with its extra calls. */
export function isBrowserApi(api: LakarApi): api is BrowserApi {
  return api.edition === 'browser' && typeof (api as Partial<BrowserExtras>).reopenAfterReload === 'function';
}

/** Build the browser edition's API over `db`. */
export function createBrowserApi(options: BrowserApiOptions): BrowserApi {
  const { db, ui, settingsStore, tabStore } = options;
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
      ref: e.saved ? e.projectId : null,
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
    tabStore.setItem(OPEN_KEY, e.projectId);
    return handle;
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
      e.adapter.setDisplayName(name);
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
      const chosen = ref ?? (await ui.chooseProject(await listProjects()));
      if (!chosen) return null;
      return serial(() => openStored(chosen));
    },

    'project:recent': async (args) => {
      parse('project:recent', args);
      const heads = new Map((await db.projects.toArray()).map((h) => [h.id, h]));
      return readRecent()
        .filter((r) => heads.has(r.ref))
        .map((r): RecentEntry => ({ ref: r.ref, displayName: heads.get(r.ref)!.name, openedAt: r.openedAt }));
    },

    'project:apply': (args) =>
      serial(async () => {
        const { handle, patches } = parse('project:apply', args);
        await entry(handle).session.apply(patches as Patch[]);
        return { ok: true as const };
      }),

    'project:save': (args) =>
      serial(async () => {
        const { handle } = parse('project:save', args);
        const e = entry(handle);
        if (!e.saved) throw new UserError('browser.needsName');
        const rowsWritten = await e.session.save();
        touchRecent(e.projectId);
        const head = await db.projects.get(e.projectId);
        return { ref: e.projectId, displayName: e.displayName, rowsWritten, savedAt: head?.savedAt ?? new Date().toISOString() };
      }),

    'project:saveAs': async (args) => {
      const { handle, ref } = parse('project:saveAs', args);
      const e = entry(handle);
      // in the browser edition `ref` names the copy; without it the user is asked
      const name = (ref ?? (await ui.askProjectName(e.displayName || e.session.doc.meta.title)))?.trim();
      if (!name) return null;
      return serial(() => saveAs(handle, name));
    },

    'project:resolveRecovery': (args) =>
      serial(async () => {
        const { handle, accept } = parse('project:resolveRecovery', args);
        const e = entry(handle);
        if (accept) e.session.acceptRecovery();
        else await e.session.discardRecovery();
        return describe(handle);
      }),

    'project:close': (args) =>
      serial(async () => {
        const { handle } = parse('project:close', args);
        const e = open.get(handle);
        if (!e) return { ok: true as const };
        open.delete(handle);
        unlock(e.projectId);
        // closing means the user saved or chose not to: unsaved edits are not offered again
        if (!othersOpen(e.projectId, handle)) await deleteJournal(db, e.projectId);
        if (tabStore.getItem(OPEN_KEY) === e.projectId) tabStore.removeItem(OPEN_KEY);
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
      return picked ? peekDocument(picked) : null;
    },
    ...createBrowserReviewChannels({
      db,
      reviews: options.reviews ?? new ReviewDb(),
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
        return await serial(() => openStored(projectId));
      } catch {
        tabStore.removeItem(OPEN_KEY);
        return null;
      }
    },
  };
  return api;
}
