/** Settings of the browser edition, kept in localStorage (read synchronously at startup). */
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/ipc/contract';

const KEY = 'lakar.settings';

/** The part of the Web Storage API the settings need (injectable for tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A Map-backed store for environments without localStorage. */
export function memoryStore(): KeyValueStore {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
}

/** Stored settings, or the defaults when none are stored or they do not parse. */
export function readSettings(store: KeyValueStore): Settings {
  try {
    const raw = store.getItem(KEY);
    if (!raw) return { ...DEFAULT_SETTINGS };
    const parsed = settingsSchema.partial().safeParse(JSON.parse(raw));
    return parsed.success ? { ...DEFAULT_SETTINGS, ...parsed.data } : { ...DEFAULT_SETTINGS };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Merge `patch` into the stored settings and return the result. */
export function writeSettings(store: KeyValueStore, patch: Partial<Settings>): Settings {
  const next = settingsSchema.parse({ ...readSettings(store), ...patch });
  store.setItem(KEY, JSON.stringify(next));
  return next;
}
