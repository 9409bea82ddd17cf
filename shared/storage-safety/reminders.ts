/**
 * When to remind the user to keep a copy of a project in a file. A project kept only in the
 * browser's storage can be lost with it (eviction, a cleared profile, a reinstalled laptop), and it
 * cannot be attached to an e-mail or opened by the desktop app. Two moments call for a reminder:
 *  - a project has lived only in browser storage for more than a week (its saved state has had no
 *    file copy for that long), shown when the app starts, at most once a day;
 *  - a project is being closed with changes that are in browser storage but in no file.
 */
import type { Table } from '../model/table';

/** A week, in milliseconds: how long a project may live only in browser storage before a reminder. */
export const BROWSER_ONLY_LIMIT_MS = 7 * 24 * 60 * 60 * 1000;
/** The start-up reminder is repeated at most once a day. */
export const REMINDER_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** What the reminder rules know about one project kept in browser storage. */
export interface BrowserProjectFacts {
  ref: string;
  name: string;
  /** Last save into browser storage. */
  savedAt: string;
  /**
   * Since when the saved state has had no file copy: the first save after the last copy (or ever).
   * Null when the latest saved state is in a file.
   */
  browserOnlySince: string | null;
}

function ms(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/** Projects that have lived only in browser storage for more than a week, oldest first. */
export function projectsNeedingBackup(projects: readonly BrowserProjectFacts[], now: Date): BrowserProjectFacts[] {
  const limit = now.getTime() - BROWSER_ONLY_LIMIT_MS;
  return projects
    .filter((p) => {
      const since = ms(p.browserOnlySince);
      return since !== null && since < limit;
    })
    .sort((a, b) => (ms(a.browserOnlySince) ?? 0) - (ms(b.browserOnlySince) ?? 0));
}

/** Show the start-up reminder now? When some project needs a backup and none was shown today. */
export function shouldRemindAtStart(projects: readonly BrowserProjectFacts[], lastRemindedAt: string | null, now: Date): boolean {
  if (projectsNeedingBackup(projects, now).length === 0) return false;
  const last = ms(lastRemindedAt);
  return last === null || now.getTime() - last >= REMINDER_INTERVAL_MS || last > now.getTime();
}

/** What is known about the project being closed. */
export interface ClosingProjectFacts {
  /** The project's home is browser storage (a stored project or a never-saved draft), not a file. */
  keptInBrowser: boolean;
  /** Its content differs from its last file copy (or it has none) — saved or not. */
  changedSinceFileCopy: boolean;
  /** It holds anything at all (an empty new project is not worth a reminder). */
  hasContent: boolean;
}

/** Remind at close? Only for a project kept in the browser whose changes are in no file. */
export function shouldRemindAtClose(p: ClosingProjectFacts): boolean {
  return p.keptInBrowser && p.changedSinceFileCopy && p.hasContent;
}

/** The new `browserOnlySince` after a save into browser storage: unchanged if already set. */
export function afterBrowserSave(facts: Pick<BrowserProjectFacts, 'browserOnlySince'>, savedAt: string): string {
  return facts.browserOnlySince ?? savedAt;
}

/** Classifications at or above Terhad (the government security instructions' protected levels). */
const PROTECTED = new Set(['terhad', 'sulit', 'rahsia', 'rahsiaBesar']);

/** The project holds data classified Terhad or higher (a data entity or a data flow). */
export function holdsProtectedData(doc: { elements: Table<object>; relations: Table<object> }): boolean {
  const protectedItem = (o: object) => {
    const c = (o as { classification?: unknown }).classification;
    return typeof c === 'string' && PROTECTED.has(c);
  };
  return doc.elements.values().some(protectedItem) || doc.relations.values().some(protectedItem);
}
