/**
 * The one contract between the UI and whatever keeps projects: the Electron main process
 * (SQLite `.lakar` files, through `window.lakar`) or the browser edition (IndexedDB via Dexie).
 * Every channel has a zod schema for its arguments and result; the main process parses every
 * payload with them and the preload builds `window.lakar` from this table, so the two cannot drift.
 */
import { z } from 'zod';
import { messageDocumentSchema } from '../model/quick-document';
import { documentSchema } from '../model/schema';

/** An immer patch as sent over IPC; the values are validated after application by the session. */
export const patchSchema = z.object({
  op: z.enum(['replace', 'add', 'remove']),
  path: z.array(z.union([z.string().max(300), z.number().int().min(0)])).max(8),
  value: z.unknown().optional(),
  /** For an `add` of a key not there, the key it goes before (an undo putting back what was removed: model/placed.ts). */
  insertBefore: z.string().max(300).optional(),
});
export type WirePatch = z.infer<typeof patchSchema>;

const handle = z.string().min(1).max(100);

export const recoveryInfoSchema = z.object({
  /** Number of journalled edits not in the saved file. */
  edits: z.number().int().min(1),
  /** ISO time of the last journalled edit. */
  lastEditAt: z.string(),
});

export const openedProjectSchema = z.object({
  handle,
  /** File path (desktop) or project id (browser); null for a never-saved project. */
  ref: z.string().nullable(),
  displayName: z.string(),
  doc: documentSchema,
  /** Unsaved edits exist (e.g. restored from recovery). */
  dirty: z.boolean(),
  /** Present when a recovery journal with unsaved edits was found; resolve with `resolveRecovery`. */
  recovery: recoveryInfoSchema.optional(),
  /**
   * In the answer to `resolveRecovery` (accepted) when not every edit came back as journalled: edits
   * that no longer applied (the rest from the first of them on), and views stored as drawn that this
   * Lakar draws other than the one that journalled them (shared/store/drawn-record.ts). The user is told.
   */
  restored: z.object({ skipped: z.number().int().min(0), redrawn: z.number().int().min(0) }).optional(),
});
export type OpenedProject = z.infer<typeof openedProjectSchema>;

export const recentEntrySchema = z.object({ ref: z.string(), displayName: z.string(), openedAt: z.string() });
export type RecentEntry = z.infer<typeof recentEntrySchema>;

export const saveResultSchema = z.object({
  ref: z.string(),
  displayName: z.string(),
  /** Rows written by this save. */
  rowsWritten: z.number().int().min(0),
  savedAt: z.string(),
});
export type SaveResult = z.infer<typeof saveResultSchema>;

export const settingsSchema = z.object({
  language: z.enum(['ms', 'en']),
  autosave: z.boolean(),
  /** Seconds between autosaves when autosave is on. */
  autosaveIntervalSec: z.number().int().min(5).max(3600),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = { language: 'ms', autosave: false, autosaveIntervalSec: 60 };

/** Most files one `file:pick` with `multiple` returns (Archi CSV is three). */
export const MAX_PICKED_FILES = 16;

/** Kinds of files the user picks in Open/Save dialogs; each maps to extensions in the main process. */
export const FILE_KINDS = ['lakar', 'json', 'pdf', 'oef', 'csv', 'zip', 'svg', 'png', 'md', 'catalogue', 'applist', 'ulasan'] as const;
export const fileKindSchema = z.enum(FILE_KINDS);
export type FileKind = z.infer<typeof fileKindSchema>;

/** An error the UI shows to the user: an i18n key plus parameters. */
export const userErrorSchema = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
export type UserErrorPayload = z.infer<typeof userErrorSchema>;

/** Most files a portfolio is read from (a sector cycle has dozens of proposals; 2,000 leaves room). */
export const MAX_PORTFOLIO_FILES = 2000;

/**
 * One file of a portfolio: its document (desktop, read in the main process), its bytes (browser, read
 * in the worker) or why it could not be read. `ref` opens a `.lakar` file as a project (click-through).
 */
export const portfolioFileSchema = z.object({
  file: z.string().max(1000),
  ref: z.string().max(4096).optional(),
  doc: documentSchema.optional(),
  data: z.instanceof(Uint8Array).optional(),
  error: z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }).optional(),
});
export type PortfolioFile = z.infer<typeof portfolioFileSchema>;

export const portfolioOpenedSchema = z.object({
  handle,
  /** Folder name (desktop) or the picked file/zip names (browser), for the view's title. */
  name: z.string(),
  /** True when the folder is watched and `portfolio:changes` reports edits. */
  watched: z.boolean(),
  files: z.array(portfolioFileSchema).max(MAX_PORTFOLIO_FILES),
  /**
   * Desktop: names of the folder's files still to read, fetched a few at a time with
   * `portfolio:read` so the page shows progress from the first file (absent: `files` is complete).
   */
  pending: z.array(z.string().max(1000)).max(MAX_PORTFOLIO_FILES).optional(),
});
/** Most files one `portfolio:read` call reads (the page shows progress between calls). */
export const PORTFOLIO_READ_BATCH = 16;
export type PortfolioOpened = z.infer<typeof portfolioOpenedSchema>;

export const portfolioChangesSchema = z.object({ changed: z.array(portfolioFileSchema).max(MAX_PORTFOLIO_FILES), removed: z.array(z.string()).max(MAX_PORTFOLIO_FILES) });
export type PortfolioChanges = z.infer<typeof portfolioChangesSchema>;

/** A project opened for review: read only, never journalled or written (shared/review). */
export const reviewedProjectSchema = z.object({
  /** File path (desktop) or stored project id (browser). */
  ref: z.string(),
  displayName: z.string(),
  doc: documentSchema,
  /** The project's save generation (bumped by every save). */
  generation: z.number().int().min(0),
  /** Identity of the stored project (the `.lakar` file's id, or the browser's project id). */
  fileId: z.string().optional(),
});
export type ReviewedProject = z.infer<typeof reviewedProjectSchema>;

/** Largest review file text sent over IPC (a 3,000-element snapshot with thousands of comments is a few MB). */
export const MAX_REVIEW_TEXT = 100 * 1024 * 1024;
const reviewFileRef = z.object({ ref: z.string(), name: z.string() });

/** Request/response channels: name → argument and result schemas. */
export const IPC_CHANNELS = {
  'project:new': { args: z.object({}), result: openedProjectSchema },
  /** Open a project; without `ref` the desktop shows a file dialog. Null when the user cancels. */
  'project:open': { args: z.object({ ref: z.string().max(4096).optional() }), result: openedProjectSchema.nullable() },
  'project:recent': { args: z.object({}), result: z.array(recentEntrySchema) },
  /** Journal patches of one or more commands (the recovery copy); never touches the saved file. */
  /**
   * `drawn`: runs of `patches` that store a view as drawn (shared/commands/drawn-ahead.ts `drawnRunsIn`),
   * journalled as a note that recovery draws again (shared/store/drawn-record.ts).
   */
  'project:apply': {
    args: z.object({
      handle,
      patches: z.array(patchSchema).max(1_000_000),
      drawn: z
        .array(z.object({ viewId: z.string().max(300), at: z.number().int().min(0), count: z.number().int().min(1), back: z.literal(true).optional() }))
        .max(10_000)
        .optional(),
    }),
    result: z.object({ ok: z.literal(true) }),
  },
  'project:save': { args: z.object({ handle }), result: saveResultSchema },
  /**
   * Save under a new name: the browser edition takes the name as `ref`; the desktop always asks in
   * its native dialog and refuses a `ref` (a path from the page could replace any file). Null when cancelled.
   */
  'project:saveAs': { args: z.object({ handle, ref: z.string().max(4096).optional() }), result: saveResultSchema.nullable() },
  /** Accept (apply) or discard the recovered edits reported at open. */
  'project:resolveRecovery': { args: z.object({ handle, accept: z.boolean() }), result: openedProjectSchema },
  'project:close': { args: z.object({ handle }), result: z.object({ ok: z.literal(true) }) },
  /** Replace the whole document (import of a foreign file into the open project, "new from example"). */
  // the document comes from the page: checked as documentSchema does, item by item (quick-document.ts)
  'project:replace': { args: z.object({ handle, doc: messageDocumentSchema }), result: z.object({ ok: z.literal(true) }) },
  /**
   * Let the user pick a file and return its bytes (imports). With `multiple`, several files may be
   * picked at once (Archi's elements.csv, relations.csv and properties.csv): the first is returned as
   * usual and the others in `more`. Null when cancelled.
   */
  'file:pick': {
    args: z.object({ kinds: z.array(fileKindSchema).min(1), multiple: z.boolean().optional() }),
    result: z
      .object({
        name: z.string(),
        data: z.instanceof(Uint8Array),
        more: z.array(z.object({ name: z.string(), data: z.instanceof(Uint8Array) })).max(MAX_PICKED_FILES - 1).optional(),
      })
      .nullable(),
  },
  /** Let the user choose a destination and write `data` there atomically (exports). Null when cancelled. */
  'file:saveBytes': {
    args: z.object({ kind: fileKindSchema, suggestedName: z.string().max(255), data: z.instanceof(Uint8Array) }),
    result: z.object({ ref: z.string() }).nullable(),
  },
  /**
   * Sector portfolio (issue 17). Desktop: the user picks a folder in the native dialog; every
   * `.lakar`, `.lakar.json` and OEF file in it is read (read-only) and the folder is watched.
   * Browser: the user picks many files or a zip; their bytes come back for the worker to read.
   * Null when cancelled.
   */
  'portfolio:open': { args: z.object({}), result: portfolioOpenedSchema.nullable() },
  /** Files of the watched folder that changed or went away since the last call (desktop; the browser has none). */
  'portfolio:changes': { args: z.object({ handle }), result: portfolioChangesSchema },
  /** Read `files` (names `portfolio:open` listed as pending) of the opened folder (desktop). */
  'portfolio:read': { args: z.object({ handle, files: z.array(z.string().max(1000)).max(PORTFOLIO_READ_BATCH) }), result: z.object({ files: z.array(portfolioFileSchema).max(PORTFOLIO_READ_BATCH) }) },
  /** Stop watching the folder. */
  'portfolio:close': { args: z.object({ handle }), result: z.object({ ok: z.literal(true) }) },
  /** Open a project for review without opening it for editing; without `ref` the user picks it. Null when cancelled. */
  'review:openProject': { args: z.object({ ref: z.string().max(4096).optional() }), result: reviewedProjectSchema.nullable() },
  /**
   * The text of a review file (.ulasan): the one at `ref` when this window opened or saved it before,
   * else one the user picks. The page parses it (shared/review). Null when cancelled.
   */
  'review:open': { args: z.object({ ref: z.string().max(4096).optional() }), result: reviewFileRef.extend({ text: z.string() }).nullable() },
  /**
   * Write a review file whole (never a partial write): over `ref` when this window opened or saved it
   * before, else where the user chooses. Refused unless `text` is a valid review file. Null when cancelled.
   */
  'review:save': { args: z.object({ ref: z.string().max(4096).optional(), suggestedName: z.string().max(255), text: z.string().max(MAX_REVIEW_TEXT) }), result: reviewFileRef.nullable() },
  'settings:get': { args: z.object({}), result: settingsSchema },
  'settings:set': { args: settingsSchema.partial(), result: settingsSchema },
  /**
   * Let the user pick another copy of a project (desktop: a `.lakar` or `.lakar.json` file; browser:
   * a `.lakar.json` file) and return its document read-only, without opening it: File › Compare
   * with…, Merge from…. Null when cancelled.
   */
  'project:peek': { args: z.object({}), result: z.object({ name: z.string(), doc: documentSchema }).nullable() },
} as const;

export type IpcChannel = keyof typeof IPC_CHANNELS;
export type IpcArgs<C extends IpcChannel> = z.input<(typeof IPC_CHANNELS)[C]['args']>;
export type IpcResult<C extends IpcChannel> = z.output<(typeof IPC_CHANNELS)[C]['result']>;

/** Menu actions the main process sends to the UI (native menu → same commands as the in-app menu). */
export const MENU_ACTIONS = [
  'file.new',
  'file.newFromExample',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.close',
  'file.importJson',
  'file.importOef',
  'file.importCsv',
  'file.exportJson',
  'file.exportOef',
  'file.exportCsv',
  'file.exportPdf',
  'file.exportIdd',
  'file.openPortfolio',
  'view.exportSvg',
  'view.exportPng',
  'view.exportPdf',
  'view.print',
  'edit.undo',
  'edit.redo',
  'view.zoomToFit',
  'view.autoLayout',
  'settings.toggleLanguage',
  'file.compare',
  'file.merge',
  'file.review',
] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];
export const menuEventSchema = z.object({ action: z.enum(MENU_ACTIONS), ref: z.string().optional() });
export type MenuEvent = z.infer<typeof menuEventSchema>;

/** Channel used for main → renderer menu events. */
export const MENU_EVENT_CHANNEL = 'menu:action';
/** Channel on which the main process asks the renderer whether it may close (unsaved changes). */
export const CLOSE_REQUEST_CHANNEL = 'app:closeRequest';
export const CLOSE_REPLY_CHANNEL = 'app:closeReply';

/** The API the UI uses, identical in both editions: one async function per channel plus menu events. */
export type LakarApi = {
  [C in IpcChannel]: (args: IpcArgs<C>) => Promise<IpcResult<C>>;
} & {
  readonly edition: 'desktop' | 'browser';
  /** Subscribe to native-menu actions; returns an unsubscribe function. */
  onMenu(listener: (event: MenuEvent) => void): () => void;
  /** Subscribe to close requests; the listener answers true to allow closing. */
  onCloseRequest(listener: () => Promise<boolean>): () => void;
};

/** Context of an IPC call, filled in by the main process after it has verified the sender. */
export interface IpcCallContext {
  /** Id of the window that sent the request. */
  windowId: number;
}

/** The main-process implementation of every channel; arguments arrive already parsed by the schemas. */
export type IpcHandlers = {
  [C in IpcChannel]: (args: z.output<(typeof IPC_CHANNELS)[C]['args']>, ctx: IpcCallContext) => Promise<IpcResult<C>>;
};
