import { describe, expect, it } from 'vitest';
import {
  EMPTY_PERSISTENCE_RECORD,
  parsePersistenceRecord,
  persistenceState,
  recordAnswer,
  shouldRequestPersistence,
  shouldShowRefusalNotice,
  storageUsage,
  type StorageProbe,
} from './state';

const chromium = (persisted: boolean | null): StorageProbe => ({ persistSupported: true, persisted, estimate: { usage: 1_000, quota: 10_000 } });
const noApi: StorageProbe = { persistSupported: false, persisted: null, estimate: null };

describe('persistence request', () => {
  it('is made once, on the first start, when the browser can grant it', () => {
    expect(shouldRequestPersistence(chromium(false), EMPTY_PERSISTENCE_RECORD)).toBe(true);
    const answered = recordAnswer(EMPTY_PERSISTENCE_RECORD, false, '2026-01-05T08:00:00.000Z');
    expect(shouldRequestPersistence(chromium(false), answered)).toBe(false);
  });

  it('is not made when storage is already persistent or the browser has no Storage API', () => {
    expect(shouldRequestPersistence(chromium(true), EMPTY_PERSISTENCE_RECORD)).toBe(false);
    expect(shouldRequestPersistence(noApi, EMPTY_PERSISTENCE_RECORD)).toBe(false);
  });
});

describe('persistenceState', () => {
  it('is persisted when the browser says so, whatever was answered before', () => {
    const refusedEarlier = recordAnswer(EMPTY_PERSISTENCE_RECORD, false, '2026-01-05T08:00:00.000Z');
    expect(persistenceState(chromium(true), refusedEarlier)).toBe('persisted');
  });

  it('is refused after a request the browser declined', () => {
    expect(persistenceState(chromium(false), recordAnswer(EMPTY_PERSISTENCE_RECORD, false, '2026-01-05T08:00:00.000Z'))).toBe('refused');
  });

  it('is unavailable without the Storage API, unknown before asking', () => {
    expect(persistenceState(noApi, EMPTY_PERSISTENCE_RECORD)).toBe('unavailable');
    expect(persistenceState(chromium(false), EMPTY_PERSISTENCE_RECORD)).toBe('unknown');
  });
});

describe('refusal notice in the status bar', () => {
  it('shows once for a refusal and never for other states', () => {
    const refused = recordAnswer(EMPTY_PERSISTENCE_RECORD, false, '2026-01-05T08:00:00.000Z');
    expect(shouldShowRefusalNotice('refused', refused)).toBe(true);
    expect(shouldShowRefusalNotice('refused', { ...refused, refusalNoticeShown: true })).toBe(false);
    expect(shouldShowRefusalNotice('persisted', refused)).toBe(false);
    expect(shouldShowRefusalNotice('unavailable', EMPTY_PERSISTENCE_RECORD)).toBe(false);
  });
});

describe('storageUsage', () => {
  it('gives used bytes and the share of the quota', () => {
    expect(storageUsage({ usage: 2_500, quota: 10_000 })).toEqual({ usedBytes: 2_500, quotaBytes: 10_000, fraction: 0.25 });
  });

  it('has no share without a quota and no figure without usage', () => {
    expect(storageUsage({ usage: 300 })).toEqual({ usedBytes: 300, quotaBytes: null, fraction: null });
    expect(storageUsage({ quota: 10 })).toBeNull();
    expect(storageUsage(null)).toBeNull();
  });
});

describe('parsePersistenceRecord', () => {
  it('reads back what was recorded and treats garbage as not asked', () => {
    const rec = { askedAt: '2026-01-05T08:00:00.000Z', granted: false, refusalNoticeShown: true };
    expect(parsePersistenceRecord(JSON.stringify(rec))).toEqual(rec);
    expect(parsePersistenceRecord('{not json')).toEqual(EMPTY_PERSISTENCE_RECORD);
    expect(parsePersistenceRecord(JSON.stringify({ askedAt: 5 }))).toEqual(EMPTY_PERSISTENCE_RECORD);
  });
});
