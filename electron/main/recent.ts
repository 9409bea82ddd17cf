/**
 * The Open Recent list: at most 10 projects, most recently opened first, one JSON file in the
 * user-data folder written atomically. A damaged file is treated as an empty list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { recentEntrySchema, type RecentEntry } from '../../shared/ipc/contract';
import { writeFileAtomicSync } from '../store/files';

/** Entries kept in the list. */
export const RECENT_LIMIT = 10;

/** Path of the recent list in `userDataDir`. */
export function recentFile(userDataDir: string): string {
  return path.join(userDataDir, 'recent.json');
}

/** The saved list, most recent first (invalid entries are dropped). */
export function readRecent(userDataDir: string): RecentEntry[] {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(recentFile(userDataDir), 'utf8'));
    const list = z.array(z.unknown()).safeParse(raw);
    if (!list.success) return [];
    return list.data.flatMap((e) => {
      const r = recentEntrySchema.safeParse(e);
      return r.success ? [r.data] : [];
    });
  } catch {
    return [];
  }
}

function write(userDataDir: string, list: RecentEntry[]): RecentEntry[] {
  fs.mkdirSync(userDataDir, { recursive: true });
  writeFileAtomicSync(recentFile(userDataDir), `${JSON.stringify(list, null, 2)}\n`);
  return list;
}

/** Put `entry` at the top (replacing an older entry of the same file) and keep the newest 10. */
export function touchRecent(userDataDir: string, entry: RecentEntry): RecentEntry[] {
  const same = (ref: string) => path.resolve(ref) === path.resolve(entry.ref);
  return write(userDataDir, [entry, ...readRecent(userDataDir).filter((e) => !same(e.ref))].slice(0, RECENT_LIMIT));
}

/** Remove `ref` from the list. */
export function removeRecent(userDataDir: string, ref: string): RecentEntry[] {
  return write(
    userDataDir,
    readRecent(userDataDir).filter((e) => path.resolve(e.ref) !== path.resolve(ref)),
  );
}
