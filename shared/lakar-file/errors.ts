/**
 * Typed errors of the `.lakar` format, the same in every edition. Each has a `code` for programs
 * and an i18n key (`store.<code>`, texts in shared/i18n/errors.ts) for people; being a UserError, it
 * crosses IPC and worker messages with its key and parameters intact, so the browser refuses a file
 * with the desktop's very words.
 */
import { UserError, type UserErrorParams } from '../ipc/errors';

export const STORE_ERROR_CODES = [
  'notFound',
  'notSqlite',
  'notLakar',
  'tooNew',
  'corrupt',
  'invalidContent',
  'busy',
  'readFailed',
  'saveFailed',
  'migrationFailed',
  'backupFailed',
  'alreadyOpen',
  'exists',
  'fileGone',
  'folderMissing',
  'reservedId',
  'foreignObjects',
  'interruptedSave',
  'sideFiles',
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

/** A problem with a project file; the file named in `params.file` has not been modified. */
export class StoreError extends UserError {
  constructor(
    readonly code: StoreErrorCode,
    params: UserErrorParams,
  ) {
    super(`store.${code}`, params);
    this.name = 'StoreError';
  }
}

/** SQLite's error code of `e` as text (`SQLITE_CORRUPT`…; drivers set `code`), or ''. */
export function sqliteErrorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** An error met while reading the database of `file` as a message for the user (typed errors pass through). */
export function databaseReadError(e: unknown, file: string): UserError {
  if (e instanceof UserError) return e;
  const code = sqliteErrorCode(e);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new StoreError('corrupt', { file, detail: messageOf(e) });
  if (code === 'SQLITE_ERROR') return new StoreError('invalidContent', { file, where: 'schema', message: messageOf(e) });
  return new StoreError('readFailed', { file, message: messageOf(e) });
}

/** An error met while writing the database of `file` as a message for the user. */
export function databaseSaveError(e: unknown, file: string): UserError {
  if (e instanceof UserError) return e;
  return new StoreError('saveFailed', { file, message: messageOf(e) });
}
