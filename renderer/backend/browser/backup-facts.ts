/**
 * Per project kept in browser storage, whether its saved state also exists in a file: since when it
 * has not (`browserOnlySince`, started by a save, cleared by a download or backup). Kept in the
 * browser's settings store beside the recent list, so the project tables need no new field. The
 * reminder rules themselves are shared/storage-safety/reminders.ts.
 */
import { afterBrowserSave, type BrowserProjectFacts } from '../../../shared/storage-safety/reminders';
import type { KeyValueStore } from './settings';

const KEY = 'lakar.fileCopies';

type Facts = Record<string, { browserOnlySince: string | null }>;

function read(store: KeyValueStore): Facts {
  try {
    const v: unknown = JSON.parse(store.getItem(KEY) ?? '{}');
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Facts) : {};
  } catch {
    return {};
  }
}

function write(store: KeyValueStore, facts: Facts): void {
  store.setItem(KEY, JSON.stringify(facts));
}

export type FileCopyFacts = BrowserProjectFacts;

/** A save into browser storage: the project now has a state that may be in no file. */
export function recordBrowserSave(store: KeyValueStore, projectId: string, savedAt: string): void {
  const facts = read(store);
  facts[projectId] = { browserOnlySince: afterBrowserSave({ browserOnlySince: facts[projectId]?.browserOnlySince ?? null }, savedAt) };
  write(store, facts);
}

/** A complete file copy of the saved state was made (download, backup, upload, Save As to a file). */
export function recordFileCopy(store: KeyValueStore, projectId: string, _at: string): void {
  const facts = read(store);
  facts[projectId] = { browserOnlySince: null };
  write(store, facts);
}

/**
 * The reminder facts of stored projects. A project saved before Lakar kept these facts counts as
 * kept only in the browser since its last save.
 */
export function fileCopyFacts(store: KeyValueStore, heads: readonly { id: string; name: string; savedAt: string }[]): FileCopyFacts[] {
  const facts = read(store);
  return heads.map((h) => ({
    ref: h.id,
    name: h.name,
    savedAt: h.savedAt,
    browserOnlySince: h.id in facts ? (facts[h.id]?.browserOnlySince ?? null) : h.savedAt || null,
  }));
}
