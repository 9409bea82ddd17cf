import { describe, expect, it } from 'vitest';
import { Table } from '../model/table';
import { afterBrowserSave, holdsProtectedData, projectsNeedingBackup, shouldRemindAtClose, shouldRemindAtStart, type BrowserProjectFacts } from './reminders';

const now = new Date('2026-03-20T09:00:00.000Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
const project = (ref: string, browserOnlySince: string | null): BrowserProjectFacts => ({ ref, name: ref, savedAt: daysAgo(0), browserOnlySince });

describe('projectsNeedingBackup', () => {
  it('lists projects kept only in browser storage for more than a week, oldest first', () => {
    const list = [project('fresh', daysAgo(6.9)), project('old', daysAgo(30)), project('eightDays', daysAgo(8)), project('copied', null)];
    expect(projectsNeedingBackup(list, now).map((p) => p.ref)).toEqual(['old', 'eightDays']);
  });

  it('ignores a project whose latest state has a file copy, however old the project', () => {
    expect(projectsNeedingBackup([project('copied', null)], now)).toEqual([]);
  });
});

describe('shouldRemindAtStart', () => {
  const stale = [project('old', daysAgo(10))];

  it('reminds when a project has lived a week only in the browser and no reminder was shown', () => {
    expect(shouldRemindAtStart(stale, null, now)).toBe(true);
  });

  it('reminds at most once a day', () => {
    expect(shouldRemindAtStart(stale, daysAgo(0.5), now)).toBe(false);
    expect(shouldRemindAtStart(stale, daysAgo(1), now)).toBe(true);
  });

  it('does not remind when every project is backed up or young', () => {
    expect(shouldRemindAtStart([project('young', daysAgo(2)), project('copied', null)], null, now)).toBe(false);
  });
});

describe('shouldRemindAtClose', () => {
  it('reminds for a browser-kept project closed with changes in no file', () => {
    expect(shouldRemindAtClose({ keptInBrowser: true, changedSinceFileCopy: true, hasContent: true })).toBe(true);
  });

  it('stays quiet for a project in a real file, one unchanged since its copy, or an empty one', () => {
    expect(shouldRemindAtClose({ keptInBrowser: false, changedSinceFileCopy: true, hasContent: true })).toBe(false);
    expect(shouldRemindAtClose({ keptInBrowser: true, changedSinceFileCopy: false, hasContent: true })).toBe(false);
    expect(shouldRemindAtClose({ keptInBrowser: true, changedSinceFileCopy: true, hasContent: false })).toBe(false);
  });
});

describe('afterBrowserSave', () => {
  it('starts the clock at the first save without a file copy and keeps it on later saves', () => {
    const first = afterBrowserSave({ browserOnlySince: null }, daysAgo(3));
    expect(first).toBe(daysAgo(3));
    expect(afterBrowserSave({ browserOnlySince: first }, daysAgo(0))).toBe(daysAgo(3));
  });
});

describe('holdsProtectedData', () => {
  const doc = (elements: Record<string, { classification?: string }>, relations: Record<string, { classification?: string }> = {}) => ({ elements: Table.fromRecord(elements), relations: Table.fromRecord(relations) });

  it('finds Terhad, Sulit, Rahsia and Rahsia Besar on data entities and flows', () => {
    expect(holdsProtectedData(doc({ a: { classification: 'terhad' } }))).toBe(true);
    expect(holdsProtectedData(doc({ a: {} }, { f: { classification: 'rahsiaBesar' } }))).toBe(true);
  });

  it('is false for open or unclassified data', () => {
    expect(holdsProtectedData(doc({ a: { classification: 'terbuka' }, b: {} }, { f: {} }))).toBe(false);
  });
});
