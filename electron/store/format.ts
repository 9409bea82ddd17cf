/**
 * How a `.lakar` file is recognised without opening it as a database: the 100-byte SQLite header
 * carries the magic string, `PRAGMA application_id` (ours is "LKAR") and `PRAGMA user_version`
 * (the schema version). Reading these raw bytes lets us refuse foreign or too-new files while
 * guaranteeing we never touch them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { StoreError, readError } from './errors';

/** `PRAGMA application_id` of every `.lakar` file: the ASCII bytes "LKAR". */
export const LAKAR_APPLICATION_ID = 0x4c4b4152;
/** `PRAGMA application_id` of recovery journals: "LKRJ". */
export const JOURNAL_APPLICATION_ID = 0x4c4b524a;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;

export interface FileHeader {
  applicationId: number;
  /** `PRAGMA user_version`: the Lakar schema version of the file. */
  userVersion: number;
  /** True when the file is in WAL mode (never the case for files Lakar writes). */
  wal: boolean;
}

/** The SQLite header of `file`, or null when it is not an SQLite database. Throws when unreadable. */
export function readSqliteHeader(file: string): FileHeader | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    throw readError(e, displayName(file));
  }
  try {
    const buf = Buffer.alloc(HEADER_SIZE);
    const n = fs.readSync(fd, buf, 0, HEADER_SIZE, 0);
    if (n < HEADER_SIZE || !buf.subarray(0, 16).equals(SQLITE_MAGIC)) return null;
    return { applicationId: buf.readUInt32BE(68), userVersion: buf.readUInt32BE(60), wal: buf[18] === 2 || buf[19] === 2 };
  } catch (e) {
    throw readError(e, displayName(file));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Check that `file` is a Lakar project this version can open; returns its schema version.
 * Throws StoreError `notFound`, `notSqlite`, `notLakar`, `tooNew` or `corrupt` otherwise.
 */
export function inspectProjectFile(file: string, supportedVersion: number): number {
  return inspectProject(file, supportedVersion).version;
}

/** As `inspectProjectFile`, also telling whether the header says WAL mode (another tool changed the file). */
export function inspectProject(file: string, supportedVersion: number): { version: number; wal: boolean } {
  const name = displayName(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    throw readError(e, name);
  }
  if (!stat.isFile()) throw new StoreError('notSqlite', { file: name });
  const header = readSqliteHeader(file);
  if (!header) throw new StoreError('notSqlite', { file: name });
  if (header.applicationId !== LAKAR_APPLICATION_ID) throw new StoreError('notLakar', { file: name });
  if (header.userVersion > supportedVersion) throw new StoreError('tooNew', { file: name, version: header.userVersion, supported: supportedVersion });
  // Lakar writes new files completely before giving them their name, so version 0 means damage
  if (header.userVersion === 0) throw new StoreError('corrupt', { file: name, detail: 'user_version 0' });
  return { version: header.userVersion, wal: header.wal };
}

/** The file name users see in messages. */
export function displayName(file: string): string {
  return path.basename(file);
}
