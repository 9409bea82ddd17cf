/**
 * The browser edition's storage safety at run time: asks the browser once for persistent storage,
 * keeps its answer, and holds what Settings and the status bar show. The decisions are the pure
 * rules of shared/storage-safety; this module only talks to `navigator.storage` and localStorage.
 */
import { create } from 'zustand';
import {
  parsePersistenceRecord,
  persistenceState,
  recordAnswer,
  shouldRequestPersistence,
  shouldShowRefusalNotice,
  storageUsage,
  type PersistenceRecord,
  type PersistenceState,
  type StorageProbe,
  type StorageUsage,
} from '../../shared/storage-safety/state';

const RECORD_KEY = 'lakar.storagePersistence';

/** The part of `navigator.storage` used here (injectable for tests). */
export interface StorageManagerLike {
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

/** Where the record is kept (localStorage in the app). */
export interface RecordStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

interface StorageSafetyState {
  state: PersistenceState | null;
  usage: StorageUsage | null;
  /** The one-time status-bar notice of a refusal is on screen. */
  refusalNotice: boolean;
}

export const useStorageSafety = create<StorageSafetyState>(() => ({ state: null, usage: null, refusalNotice: false }));

async function probe(storage: StorageManagerLike | undefined): Promise<StorageProbe> {
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  return { persistSupported: typeof storage?.persist === 'function', persisted, estimate };
}

function readRecord(store: RecordStore): PersistenceRecord {
  return parsePersistenceRecord(store.getItem(RECORD_KEY));
}

function writeRecord(store: RecordStore, record: PersistenceRecord): void {
  store.setItem(RECORD_KEY, JSON.stringify(record));
}

/**
 * At start: ask for persistence if it was never asked, then publish the state and usage, and raise
 * the refusal notice the first time a refusal is known.
 */
export async function startStorageSafety(storage: StorageManagerLike | undefined, store: RecordStore, now: () => Date = () => new Date()): Promise<void> {
  let record = readRecord(store);
  let found = await probe(storage);
  if (shouldRequestPersistence(found, record)) {
    const granted = await storage!.persist!().catch(() => false);
    record = recordAnswer(record, granted, now().toISOString());
    writeRecord(store, record);
    found = { ...found, persisted: granted || found.persisted };
  }
  const state = persistenceState(found, record);
  const notice = shouldShowRefusalNotice(state, record);
  if (notice) writeRecord(store, { ...record, refusalNoticeShown: true });
  useStorageSafety.setState({ state, usage: storageUsage(found.estimate), refusalNotice: notice });
}

/** Read the usage again (Settings opens after projects were saved). */
export async function refreshUsage(storage: StorageManagerLike | undefined): Promise<void> {
  const found = await probe(storage);
  useStorageSafety.setState({ usage: storageUsage(found.estimate) });
}

/** The user closed the status-bar notice. */
export function dismissRefusalNotice(): void {
  useStorageSafety.setState({ refusalNotice: false });
}
