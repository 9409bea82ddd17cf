/**
 * The shapes of the browser edition's backend (renderer/backend/browser/browser-api.ts): what File ›
 * Open lists, the dialogs it needs from the UI, the calls only this edition has, and its options.
 */
import type { LakarApi, OpenedProject } from '../../../shared/ipc/contract';
import type { LakarDb } from './db';
import type { KeyValueStore } from './settings';
import type { downloadBytes, pickFile, pickPortfolioFiles } from './files';
import type { ProjectLocks } from './locks';
import type { FileAccess } from './file-access';
import type { FileHandleStore } from './file-handles';
import type { LakarFileEngine } from '../../lakar-file/engine';
import type { StorageExtras } from './storage-extras';
import type { ReviewChoice, ReviewRows, StoredReviewSummary } from './review-store';

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
  /** Let the user pick a stored project to open; null when cancelled, OPEN_FILE_CHOICE to pick a `.lakar` file. */
  chooseProject(projects: StoredProjectSummary[], options?: { files?: boolean }): Promise<string | null>;
  /** Ask for the name to save under; null when cancelled. */
  askProjectName(suggested: string): Promise<string | null>;
  /** Pick a review stored in this browser, or ask to import a `.ulasan` file (absent: import). */
  chooseReview?(reviews: StoredReviewSummary[]): Promise<ReviewChoice>;
}

/** Extra calls only the browser edition has (its "files" live inside the browser). */
export interface BrowserExtras extends StorageExtras {
  listProjects(): Promise<StoredProjectSummary[]>;
  deleteProject(ref: string): Promise<void>;
  /** Reopen the project this tab had open before a reload (with its recovery offer), if any. */
  reopenAfterReload(): Promise<OpenedProject | null>;
  /** Where projects live here: real `.lakar` files (File System Access), or browser storage with uploads and downloads. */
  readonly storage: { realFiles: boolean; singleFile: boolean };
}

/** What the Open dialog answers when the user chooses to open a `.lakar` file instead of a stored project. */
export const OPEN_FILE_CHOICE = '#lakar-file';
/** What the Save As dialog answers when the user chooses a `.lakar` file instead of a name in the browser. */
export const SAVE_TO_FILE_CHOICE = '#lakar-file';

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
  /** Real `.lakar` files (File System Access); where `supported` is false, uploads and downloads. */
  files?: FileAccess;
  /** Recent files as handles (IndexedDB; the page's memory in the single-file edition). */
  fileHandles?: FileHandleStore;
  /** The `.lakar` engine (SQLite in a worker), started on first use. */
  engine?: () => LakarFileEngine;
  /**
   * The single-file edition (lakar.html from file://, where every local page shares the origin's
   * storage): projects live only in files; origin storage holds only the open project's journal.
   */
  singleFile?: boolean;
  appVersion?: string;
  now?: () => Date;
  /** Where review files are kept (default: the `lakar-reviews` database). */
  reviews?: ReviewRows;
}

/** True when `api` is the browser edition with its extra calls. */
export function isBrowserApi(api: LakarApi): api is BrowserApi {
  return api.edition === 'browser' && typeof (api as Partial<BrowserExtras>).reopenAfterReload === 'function';
}
