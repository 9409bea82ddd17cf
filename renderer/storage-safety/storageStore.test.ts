import { beforeEach, describe, expect, it } from 'vitest';
import { startStorageSafety, useStorageSafety, type StorageManagerLike } from './storageStore';
import { memoryStore } from '../backend/browser/settings';

function manager(answer: boolean, persistedBefore = false): StorageManagerLike & { requests: number } {
  let persisted = persistedBefore;
  const m = {
    requests: 0,
    persist: async () => {
      m.requests += 1;
      persisted = answer;
      return answer;
    },
    persisted: async () => persisted,
    estimate: async () => ({ usage: 2_000_000, quota: 100_000_000 }),
  };
  return m;
}

beforeEach(() => useStorageSafety.setState({ state: null, usage: null, refusalNotice: false }));

describe('startStorageSafety', () => {
  it('asks once, shows a refusal once in the status bar, and never asks again on later starts', async () => {
    const store = memoryStore();
    const storage = manager(false);
    await startStorageSafety(storage, store);
    expect(storage.requests).toBe(1);
    expect(useStorageSafety.getState()).toMatchObject({ state: 'refused', refusalNotice: true, usage: { usedBytes: 2_000_000, fraction: 0.02 } });
    await startStorageSafety(storage, store);
    expect(storage.requests).toBe(1);
    expect(useStorageSafety.getState()).toMatchObject({ state: 'refused', refusalNotice: false });
  });

  it('shows persistent storage when the browser grants it, without a notice', async () => {
    const storage = manager(true);
    await startStorageSafety(storage, memoryStore());
    expect(useStorageSafety.getState()).toMatchObject({ state: 'persisted', refusalNotice: false });
  });

  it('does not ask when storage is already persistent', async () => {
    const storage = manager(true, true);
    await startStorageSafety(storage, memoryStore());
    expect(storage.requests).toBe(0);
    expect(useStorageSafety.getState().state).toBe('persisted');
  });

  it('says persistence is unavailable in a browser without the Storage API', async () => {
    await startStorageSafety(undefined, memoryStore());
    expect(useStorageSafety.getState()).toMatchObject({ state: 'unavailable', usage: null, refusalNotice: false });
  });
});
