/**
 * Recognising a `.lakar` file from its first 100 bytes, before any SQLite code reads it: the SQLite
 * magic string, `PRAGMA application_id` (ours is "LKAR") and `PRAGMA user_version` (the schema
 * version). Foreign, too-new and half-written files are refused from these bytes alone, so nothing
 * ever touches them.
 */
import { StoreError } from './errors';

/** `PRAGMA application_id` of every `.lakar` file: the ASCII bytes "LKAR". */
export const LAKAR_APPLICATION_ID = 0x4c4b4152;
/** Bytes of the SQLite header. */
export const SQLITE_HEADER_SIZE = 100;

const MAGIC = 'SQLite format 3\0';

/** What the header says. */
export interface SqliteHeader {
  applicationId: number;
  /** `PRAGMA user_version`: the Lakar schema version of the file. */
  userVersion: number;
  /** The file is in WAL mode (never the case for files Lakar writes). */
  wal: boolean;
  /** Page size in bytes. */
  pageSize: number;
}

/** The header of `bytes` (the file's start), or null when they are not an SQLite database. */
export function parseSqliteHeader(bytes: Uint8Array): SqliteHeader | null {
  if (bytes.length < SQLITE_HEADER_SIZE) return null;
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, SQLITE_HEADER_SIZE);
  const rawPageSize = view.getUint16(16);
  return {
    applicationId: view.getUint32(68),
    userVersion: view.getUint32(60),
    wal: bytes[18] === 2 || bytes[19] === 2,
    pageSize: rawPageSize === 1 ? 65536 : rawPageSize,
  };
}

/**
 * Check that `bytes` start a Lakar project this version can open; returns its schema version.
 * Throws StoreError `notSqlite`, `notLakar`, `tooNew` or `corrupt` (the desktop's messages).
 */
export function checkProjectHeader(bytes: Uint8Array, supportedVersion: number, file: string): number {
  const header = parseSqliteHeader(bytes);
  if (!header) throw new StoreError('notSqlite', { file });
  if (header.applicationId !== LAKAR_APPLICATION_ID) throw new StoreError('notLakar', { file });
  if (header.userVersion > supportedVersion) throw new StoreError('tooNew', { file, version: header.userVersion, supported: supportedVersion });
  // Lakar writes new files completely before giving them their name, so version 0 means damage
  if (header.userVersion === 0) throw new StoreError('corrupt', { file, detail: 'user_version 0' });
  return header.userVersion;
}
