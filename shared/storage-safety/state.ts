/**
 * Whether the browser keeps Lakar's storage, decided from what the Storage API reports. Browsers
 * treat a site's IndexedDB as "best-effort" unless it is granted persistence: under disk pressure,
 * or after some weeks without a visit in some browsers, it may be deleted without a word. So the
 * browser edition asks for persistence once, shows the answer in Settings, says it once in the
 * status bar when refused, and reminds the user to keep copies in files (reminders.ts).
 */

/** What `navigator.storage` reported (null where a call is missing or failed). */
export interface StorageProbe {
  /** `navigator.storage.persist` exists (Chromium, Firefox, Safari ≥ 15.2). */
  persistSupported: boolean;
  /** `navigator.storage.persisted()`; null when it could not be asked. */
  persisted: boolean | null;
  /** `navigator.storage.estimate()`; null when unavailable. */
  estimate: { usage?: number; quota?: number } | null;
}

/** What Lakar remembers about its request (kept in the browser's settings). */
export interface PersistenceRecord {
  /** When persistence was requested; null before the first request. */
  askedAt: string | null;
  /** The browser's answer to that request. */
  granted: boolean | null;
  /** The status bar has told the user about a refusal (it does so once). */
  refusalNoticeShown: boolean;
}

export const EMPTY_PERSISTENCE_RECORD: PersistenceRecord = Object.freeze({ askedAt: null, granted: null, refusalNoticeShown: false });

/**
 * - `persisted`: the browser will not evict Lakar's storage without the user's say.
 * - `refused`: Lakar asked and the browser said no (storage is best-effort: it may be evicted).
 * - `unavailable`: this browser cannot grant persistence (no Storage API), so storage is best-effort.
 * - `unknown`: not asked yet.
 */
export type PersistenceState = 'persisted' | 'refused' | 'unavailable' | 'unknown';

/** Ask the browser for persistence now? Once only, and never when it is granted or impossible. */
export function shouldRequestPersistence(probe: StorageProbe, record: PersistenceRecord): boolean {
  return probe.persistSupported && probe.persisted !== true && record.askedAt === null;
}

/** The state shown to the user. A later grant (the user bookmarked or installed the app) counts. */
export function persistenceState(probe: StorageProbe, record: PersistenceRecord): PersistenceState {
  if (probe.persisted === true) return 'persisted';
  if (!probe.persistSupported) return 'unavailable';
  if (record.askedAt === null) return 'unknown';
  return 'refused';
}

/** Record the browser's answer to the one request. */
export function recordAnswer(record: PersistenceRecord, granted: boolean, at: string): PersistenceRecord {
  return { ...record, askedAt: at, granted };
}

/** Show the one-time status-bar notice now? Only for a refusal, and only once. */
export function shouldShowRefusalNotice(state: PersistenceState, record: PersistenceRecord): boolean {
  return state === 'refused' && !record.refusalNoticeShown;
}

/** Storage used and available, as the browser estimates it; null when it gives no figure. */
export interface StorageUsage {
  usedBytes: number;
  quotaBytes: number | null;
  /** used ÷ quota, 0…1; null without a quota. */
  fraction: number | null;
}

/** The usage line of Settings from an estimate. */
export function storageUsage(estimate: StorageProbe['estimate']): StorageUsage | null {
  if (!estimate || typeof estimate.usage !== 'number' || !Number.isFinite(estimate.usage) || estimate.usage < 0) return null;
  const quota = typeof estimate.quota === 'number' && Number.isFinite(estimate.quota) && estimate.quota > 0 ? estimate.quota : null;
  return { usedBytes: estimate.usage, quotaBytes: quota, fraction: quota ? Math.min(1, estimate.usage / quota) : null };
}

/** Parse a stored record; anything unreadable is the empty record (the request is then made again). */
export function parsePersistenceRecord(text: string | null): PersistenceRecord {
  if (!text) return { ...EMPTY_PERSISTENCE_RECORD };
  try {
    const v = JSON.parse(text) as Partial<PersistenceRecord> | null;
    return {
      askedAt: typeof v?.askedAt === 'string' ? v.askedAt : null,
      granted: typeof v?.granted === 'boolean' ? v.granted : null,
      refusalNoticeShown: v?.refusalNoticeShown === true,
    };
  } catch {
    return { ...EMPTY_PERSISTENCE_RECORD };
  }
}
