/**
 * Errors as the user sees them: an i18n key plus parameters. The desktop preload rethrows
 * main-process failures with the key encoded in the message, the browser backend throws `UserError`,
 * commands throw `CommandError`, a session rejects invalid patches with `InvalidChangeError`; the
 * shared decoder turns all of them into a payload. Browser storage running out is recognised here.
 */
import type { UserErrorPayload } from '../../shared/ipc/contract';
import { toUserErrorPayload } from '../../shared/ipc/errors';

export { UserError } from '../../shared/ipc/errors';

function isQuotaError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const o = e as { name?: unknown; inner?: unknown };
  return o.name === 'QuotaExceededError' || isQuotaError(o.inner);
}

/** Turn anything thrown by a backend or command into a payload the shell can translate. */
export function describeError(e: unknown): UserErrorPayload {
  if (isQuotaError(e)) return { key: 'error.storageFull' };
  return toUserErrorPayload(e);
}
