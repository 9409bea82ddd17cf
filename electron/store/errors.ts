/**
 * Typed errors of the `.lakar` store. Each has a `code` for programs and an i18n key
 * (`store.<code>`, texts in shared/i18n/errors.ts) for people; being a UserError, it crosses IPC
 * with its key and parameters intact.
 */
import { UserError } from '../../shared/ipc/errors';
import { StoreError } from '../../shared/lakar-file/errors';

// the codes and the error class are the `.lakar` format's, shared with the browser editions
export { STORE_ERROR_CODES, StoreError } from '../../shared/lakar-file/errors';
export type { StoreErrorCode } from '../../shared/lakar-file/errors';

/** SQLite's error code of `e` (better-sqlite3 sets `code` to e.g. `SQLITE_CORRUPT`), or ''. */
export function sqliteCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Map an error met while reading `file` to a StoreError (errors that already carry a message key pass through). */
export function readError(e: unknown, file: string): UserError {
  if (e instanceof UserError) return e;
  const code = sqliteCode(e);
  if (code === 'ENOENT') return new StoreError('notFound', { file });
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new StoreError('corrupt', { file, detail: messageOf(e) });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new StoreError('busy', { file });
  return new StoreError('readFailed', { file, message: messageOf(e) });
}

/** Map an error met while saving to `file` to a StoreError (errors that already carry a message key pass through). */
export function saveError(e: unknown, file: string): UserError {
  if (e instanceof UserError) return e;
  const code = sqliteCode(e);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new StoreError('busy', { file });
  return new StoreError('saveFailed', { file, message: messageOf(e) });
}
