/**
 * The desktop edition's IPC handlers as plain Node functions (no Electron here: electron/main.ts
 * wires them to `ipcMain` through ipc-registration.ts and supplies native dialogs).
 *  - Projects are sessions by handle, each owned by the window that opened it. Every edit is
 *    journalled to the recovery folder; Save writes only the changed rows; Save As writes a complete
 *    copy before anything is replaced.
 *  - A new project is a draft journalled under its own id; its first Save asks for a path. Drafts
 *    left by a crash appear at the top of Open Recent (`ref` = `draft:<id>`) with their edits
 *    offered for recovery.
 *  - Calls that touch storage run one at a time (an edit never interleaves with a save); dialogs
 *    are shown outside that queue. Every failure is thrown as a UserError.
 *  - A project whose last save was interrupted, or that another SQLite tool changed, is not opened
 *    in place: the user is asked, and its last saved state is restored into a copy they name.
 *  - Temporary files left by interrupted writes are swept from the folders of recent projects and
 *    the user-data folder at start (and from a project's folder whenever it is opened or written).
 */
import crypto from 'node:crypto';
import path from 'node:path';
import type { Patch } from 'immer';
import type { FileKind, IpcCallContext, IpcHandlers, OpenedProject, RecentEntry, SaveResult } from '../../shared/ipc/contract';
import { toUserError, UserError } from '../../shared/ipc/errors';
import { ERROR_MESSAGES } from '../../shared/i18n/errors';
import { createEmptyDocument } from '../../shared/model';
import { listDraftJournals } from '../store/journal';
import { sweepTempFiles } from '../store/files';
import { LakarProject, newDraftProject, openDraftProject, openProject, saveAs, type StoreOptions } from '../store/project';
import { recoveredCopyName, recoverIntoCopy } from '../store/recover-copy';
import { StoreError } from '../store/errors';
import { recoveryCopyReason, type RecoveryCopyReason } from './recovery-copy-question';
import { peekProject, readPickedFile, readPickedFiles, suggestedFileName, writeExportedFile } from './handlers-files';
import { createReviewHandlers } from './handlers-review';
import { readRecent, removeRecent, touchRecent } from './recent';
import { createPortfolioHandlers } from './handlers-portfolio';
import { readSettings, writeSettings } from './settings';

/** What the Electron shell provides. */
export interface DesktopDeps {
  userDataDir: string; // settings.json, recent.json, recovery/ live here
  dialogs: {
    pickFile(kinds: FileKind[]): Promise<string | null>; // absolute path or null if cancelled
    pickFiles(kinds: FileKind[]): Promise<string[] | null>; // one or more absolute paths, or null if cancelled
    chooseSavePath(kind: FileKind, suggestedName: string): Promise<string | null>;
    /** Ask whether to restore `fileName`'s last saved state into a copy (true) or leave it (false). */
    askRecoverIntoCopy(reason: RecoveryCopyReason, fileName: string): Promise<boolean>;
    /** The native folder dialog (File › Open portfolio…); absolute path or null if cancelled. */
    pickFolder?(): Promise<string | null>;
  };
  now?: () => Date;
}

/** The IPC handlers plus what the shell calls on window and app lifecycle. */
export type DesktopHandlers = IpcHandlers & {
  /** A window went away: release its projects, keeping their journals so edits are offered again. */
  closeWindow(windowId: number): Promise<void>;
  /** The app is quitting: release every project, keeping journals of unsaved edits. */
  dispose(): Promise<void>;
  /** Handles and paths of open projects (for menus and diagnostics). */
  openProjects(): { handle: string; windowId: number; ref: string | null }[];
};

/** `ref` prefix of never-saved projects offered in the recent list after a crash. */
export const DRAFT_REF_PREFIX = 'draft:';

interface OpenEntry {
  project: LakarProject;
  windowId: number;
}

/** Build the desktop handlers over `deps`. */
export function createDesktopHandlers(deps: DesktopDeps): DesktopHandlers {
  const now = deps.now ?? (() => new Date());
  const store: StoreOptions = { recoveryDir: path.join(deps.userDataDir, 'recovery'), now };
  const open = new Map<string, OpenEntry>();
  // temporary files of writes a crash or kill interrupted since the last run
  const recentFolders = readRecent(deps.userDataDir).filter((r) => !r.ref.startsWith(DRAFT_REF_PREFIX) && path.isAbsolute(r.ref)).map((r) => path.dirname(r.ref));
  for (const dir of new Set([deps.userDataDir, ...recentFolders])) sweepTempFiles(dir);
  const portfolio = createPortfolioHandlers({ pickFolder: deps.dialogs.pickFolder });

  let queue: Promise<unknown> = Promise.resolve();
  /** Run `fn` after every earlier storage call, converting failures to UserErrors. */
  function serial<T>(fn: () => Promise<T> | T): Promise<T> {
    const run = queue.then(fn, fn).catch((e: unknown) => {
      throw toUserError(e);
    });
    queue = run.catch(() => undefined);
    return run;
  }

  /** The project behind `handle`; only the window that opened it may use it. */
  function entry(handle: string, ctx: IpcCallContext): OpenEntry {
    const e = open.get(handle);
    if (!e || e.windowId !== ctx.windowId) throw new UserError('error.projectNotOpen');
    return e;
  }

  function displayName(p: LakarProject): string {
    return p.path ? path.basename(p.path) : '';
  }

  function describe(handle: string, ctx: IpcCallContext): OpenedProject {
    const { project } = entry(handle, ctx);
    return { handle, ref: project.path, displayName: displayName(project), doc: project.session.doc, dirty: project.session.dirty, recovery: project.session.recovery };
  }

  function register(project: LakarProject, windowId: number): string {
    const handle = `p_${crypto.randomBytes(8).toString('hex')}`;
    open.set(handle, { project, windowId });
    return handle;
  }

  function samePath(a: string | null, b: string): boolean {
    return a !== null && path.resolve(a) === path.resolve(b);
  }

  /** The handle that has `file` open, if any. */
  function handleOf(file: string): string | undefined {
    for (const [handle, e] of open) if (samePath(e.project.path, file)) return handle;
    return undefined;
  }

  function remember(file: string): void {
    touchRecent(deps.userDataDir, { ref: file, displayName: path.basename(file), openedAt: now().toISOString() });
  }

  function saveResult(p: LakarProject, rowsWritten: number): SaveResult {
    return { ref: p.path!, displayName: displayName(p), rowsWritten, savedAt: p.adapter.lastSavedAt ?? now().toISOString() };
  }

  /** Refuse `file` when another window has it open; the same window's stale session is released. */
  function claim(file: string, ctx: IpcCallContext, except?: string): void {
    const other = handleOf(file);
    if (!other || other === except) return;
    const e = open.get(other)!;
    if (e.windowId !== ctx.windowId) throw new StoreError('alreadyOpen', { file: path.basename(file) });
    // the window reloaded and lost its handle: release the old session, keeping its journal
    e.project.close({ keepRecovery: true });
    open.delete(other);
  }

  async function openRef(ref: string, ctx: IpcCallContext): Promise<OpenedProject> {
    if (ref.startsWith(DRAFT_REF_PREFIX)) {
      const draftId = ref.slice(DRAFT_REF_PREFIX.length);
      for (const [h, e] of open) {
        if (e.project.draftId !== draftId) continue;
        if (e.windowId !== ctx.windowId) throw new StoreError('alreadyOpen', { file: '' });
        return describe(h, ctx);
      }
      return describe(register(openDraftProject(draftId, store), ctx.windowId), ctx);
    }
    const file = path.resolve(ref);
    claim(file, ctx);
    let project: LakarProject;
    try {
      project = await openProject(file, store);
    } catch (e) {
      // a project deleted or moved since: it leaves Open Recent instead of failing there every time
      if (e instanceof StoreError && e.code === 'notFound') removeRecent(deps.userDataDir, file);
      throw e;
    }
    const handle = register(project, ctx.windowId);
    remember(file);
    return describe(handle, ctx);
  }

  /** Restore `file`'s last saved state into `copy` and open the copy (the user answered the question). */
  async function openRecoveredCopy(file: string, copy: string, ctx: IpcCallContext): Promise<OpenedProject> {
    const target = path.resolve(copy);
    claim(target, ctx);
    const handle = register(await recoverIntoCopy(file, target, store), ctx.windowId);
    remember(target);
    return describe(handle, ctx);
  }

  async function saveTo(handle: string, target: string, ctx: IpcCallContext): Promise<SaveResult> {
    const e = entry(handle, ctx);
    const file = path.resolve(target);
    claim(file, ctx, handle);
    const { project, rowsWritten } = await saveAs(e.project, file, store);
    open.set(handle, { project, windowId: e.windowId });
    remember(file);
    return saveResult(project, rowsWritten);
  }

  function suggestion(handle: string, ctx: IpcCallContext): string {
    const { project } = entry(handle, ctx);
    return project.path ? path.basename(project.path) : suggestedFileName(project.session.doc.meta.title, 'lakar');
  }

  function draftsInRecent(): RecentEntry[] {
    const lang = readSettings(deps.userDataDir).language;
    const openDrafts = new Set([...open.values()].map((e) => e.project.draftId));
    return listDraftJournals(store.recoveryDir)
      .filter((d) => !openDrafts.has(d.draftId))
      .map((d) => ({ ref: `${DRAFT_REF_PREFIX}${d.draftId}`, displayName: ERROR_MESSAGES[lang]['draft.untitled'], openedAt: d.lastEditAt }));
  }

  async function release(filter: (e: OpenEntry) => boolean): Promise<void> {
    for (const [handle, e] of [...open]) {
      if (!filter(e)) continue;
      open.delete(handle);
      e.project.close({ keepRecovery: true });
    }
  }

  const review = createReviewHandlers({ dialogs: deps.dialogs, serial, isOpenProject: (file) => handleOf(file) !== undefined });

  return {
    'project:new': (_args, ctx) =>
      serial(() => {
        const project = newDraftProject(createEmptyDocument('', now().toISOString()), store);
        return describe(register(project, ctx.windowId), ctx);
      }),

    'project:open': async ({ ref }, ctx) => {
      const chosen = ref ?? (await deps.dialogs.pickFile(['lakar']));
      if (!chosen) return null;
      try {
        return await serial(() => openRef(chosen, ctx));
      } catch (e) {
        // an interrupted save or another tool's side files: the user decides, the original stays as it is
        const reason = recoveryCopyReason(e);
        if (!reason) throw e;
        if (!(await deps.dialogs.askRecoverIntoCopy(reason, path.basename(chosen)))) return null;
        const copy = await deps.dialogs.chooseSavePath('lakar', recoveredCopyName(chosen));
        if (!copy) return null;
        return serial(() => openRecoveredCopy(path.resolve(chosen), copy, ctx));
      }
    },

    'project:recent': () => serial(() => [...draftsInRecent(), ...readRecent(deps.userDataDir)]),

    'project:apply': ({ handle, patches, drawn }, ctx) =>
      serial(async () => {
        await entry(handle, ctx).project.session.apply(patches as Patch[], now().toISOString(), drawn);
        return { ok: true as const };
      }),

    'project:save': async ({ handle }, ctx) => {
      // one queued step, so a save lands exactly after the edits sent before it
      const saved = await serial(async () => {
        const e = entry(handle, ctx);
        if (e.project.path === null) return null;
        const rows = await e.project.session.save();
        remember(e.project.path);
        return saveResult(e.project, rows);
      });
      if (saved) return saved;
      const target = await deps.dialogs.chooseSavePath('lakar', await serial(() => suggestion(handle, ctx)));
      if (!target) throw new UserError('error.cancelled');
      return serial(() => saveTo(handle, target, ctx));
    },

    'project:saveAs': async ({ handle, ref }, ctx) => {
      // where a project is written is the user's choice in the native dialog, never the page's:
      // a path from the page could replace any file the user can write
      if (ref !== undefined) throw new UserError('error.badRequest', { channel: 'project:saveAs' });
      const target = await deps.dialogs.chooseSavePath('lakar', await serial(() => suggestion(handle, ctx)));
      if (!target) return null;
      return serial(() => saveTo(handle, target, ctx));
    },

    'project:resolveRecovery': ({ handle, accept }, ctx) =>
      serial(async () => {
        const { session } = entry(handle, ctx).project;
        if (!accept) {
          await session.discardRecovery();
          return describe(handle, ctx);
        }
        session.acceptRecovery();
        const { skippedOnRecovery: skipped, redrawnOnRecovery: redrawn } = session;
        return skipped + redrawn > 0 ? { ...describe(handle, ctx), restored: { skipped, redrawn } } : describe(handle, ctx);
      }),

    'project:close': ({ handle }, ctx) =>
      serial(() => {
        const e = open.get(handle);
        if (e && e.windowId === ctx.windowId) {
          open.delete(handle);
          // closing is the user's decision about unsaved edits: they are not offered again
          e.project.close({ keepRecovery: false });
        }
        return { ok: true as const };
      }),

    'project:replace': ({ handle, doc }, ctx) =>
      serial(async () => {
        await entry(handle, ctx).project.session.replace(doc, now().toISOString());
        return { ok: true as const };
      }),

    'file:pick': async ({ kinds, multiple }) => {
      if (multiple) {
        const files = await deps.dialogs.pickFiles(kinds);
        if (!files || files.length === 0) return null;
        return serial(() => readPickedFiles(files));
      }
      const file = await deps.dialogs.pickFile(kinds);
      if (!file) return null;
      return serial(() => readPickedFile(file));
    },

    'file:saveBytes': async ({ kind, suggestedName, data }) => {
      const file = await deps.dialogs.chooseSavePath(kind, suggestedName);
      if (!file) return null;
      return serial(async () => {
        // an export must never replace a project that is open for editing
        if (handleOf(file)) throw new StoreError('alreadyOpen', { file: path.basename(file) });
        await writeExportedFile(file, data);
        return { ref: file };
      });
    },

    'portfolio:open': portfolio['portfolio:open'],
    'portfolio:read': portfolio['portfolio:read'],
    'portfolio:changes': portfolio['portfolio:changes'],
    'portfolio:close': portfolio['portfolio:close'],
    'review:openProject': review['review:openProject'],
    'review:open': review['review:open'],
    'review:save': review['review:save'],

    'settings:get': () => serial(() => readSettings(deps.userDataDir)),

    'settings:set': (patch) => serial(() => writeSettings(deps.userDataDir, patch)),

    'project:peek': async () => {
      const file = await deps.dialogs.pickFile(['lakar', 'json']);
      if (!file) return null;
      return serial(() => peekProject(file));
    },

    closeWindow: (windowId) => {
      portfolio.closeWindow(windowId);
      review.forgetWindow(windowId);
      return serial(() => release((e) => e.windowId === windowId));
    },

    dispose: () => {
      portfolio.dispose();
      return serial(() => release(() => true));
    },

    openProjects: () => [...open].map(([handle, e]) => ({ handle, windowId: e.windowId, ref: e.project.path })),
  };
}
