/**
 * Errors the user sees, as an i18n key plus parameters, and their transport across Electron IPC.
 * `ipcRenderer.invoke` rejects with a new Error that keeps only the original `message` (prefixed by
 * Electron with "Error invoking remote method …"), so the key and parameters travel encoded inside
 * the message and are decoded on the renderer side.
 * Kept free of the command and store modules (errors are recognised by shape) so the preload bundle
 * can import it without pulling them in.
 */
// Only the type: the CLI loads this module at start, and the contract pulls in zod and every schema.
import type { UserErrorPayload } from './contract';

export type UserErrorParams = Record<string, string | number>;

/** An error meant for the user: `key` names a message in shared/i18n/errors.ts, `params` fill it in. */
export class UserError extends Error {
  constructor(
    readonly key: string,
    readonly params: UserErrorParams = {},
  ) {
    super(encodeUserError({ key, params }));
    this.name = 'UserError';
  }

  /** The `{ key, params }` payload the UI translates. */
  toPayload(): UserErrorPayload {
    return { key: this.key, params: this.params };
  }
}

/** Marker that finds the payload inside whatever Electron wraps around the message. */
const MARKER = 'LAKAR_USER_ERROR:';

function isParams(v: unknown): v is UserErrorParams {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string' || typeof x === 'number');
}

/**
 * The user-facing payload of anything thrown: UserError and other keyed errors keep their key;
 * CommandError passes its first detail's params (plus the field path); anything else becomes
 * `error.unexpected` with the original message.
 */
export function toUserErrorPayload(e: unknown): UserErrorPayload {
  if (e instanceof UserError) return { key: e.key, params: e.params };
  if (e instanceof Error) {
    const keyed = e as Error & { key?: unknown; params?: unknown; details?: unknown; where?: unknown };
    if (typeof keyed.key === 'string' && keyed.key.length > 0) {
      if (isParams(keyed.params)) return { key: keyed.key, params: keyed.params };
      if (Array.isArray(keyed.details)) {
        // CommandError: the first detail names the field and carries the message parameters
        const first = keyed.details[0] as { path?: unknown; params?: unknown } | undefined;
        const params: UserErrorParams = isParams(first?.params) ? { ...first.params } : {};
        if (Array.isArray(first?.path) && first.path.length > 0) params.field = first.path.join('.');
        return { key: keyed.key, params };
      }
      // InvalidChangeError names the rejected record
      if (typeof keyed.where === 'string') return { key: keyed.key, params: { where: keyed.where } };
      return { key: keyed.key, params: {} };
    }
    const decoded = decodeUserError(e.message);
    if (decoded) return decoded;
    return { key: 'error.unexpected', params: { message: e.message } };
  }
  return { key: 'error.unexpected', params: { message: String(e) } };
}

/** `e` as a UserError (unchanged when it already is one). */
export function toUserError(e: unknown): UserError {
  if (e instanceof UserError) return e;
  const p = toUserErrorPayload(e);
  return new UserError(p.key, p.params ?? {});
}

/** Encode an error (a UserError, a `{ key, params }` payload or anything thrown) into a message string. */
export function encodeUserError(e: unknown): string {
  const payload = isPayload(e) ? { key: e.key, params: e.params ?? {} } : toUserErrorPayload(e);
  return `${MARKER}${JSON.stringify(payload)}`;
}

/** True when `v` has the shape of `userErrorSchema` (contract.ts): a string key and optional string/number params. */
function isPayloadShape(v: unknown): v is UserErrorPayload {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const { key, params } = v as { key?: unknown; params?: unknown };
  return typeof key === 'string' && (params === undefined || isParams(params));
}

function isPayload(v: unknown): v is UserErrorPayload {
  return !(v instanceof Error) && isPayloadShape(v);
}

/** The `{ key, params }` encoded in `message` (also inside Electron's wrapper text), or null. */
export function decodeUserError(message: string): { key: string; params: UserErrorParams } | null {
  const at = message.indexOf(MARKER);
  if (at < 0) return null;
  try {
    const json = message.slice(at + MARKER.length, message.lastIndexOf('}') + 1);
    const parsed: unknown = JSON.parse(json);
    return isPayloadShape(parsed) ? { key: parsed.key, params: parsed.params ?? {} } : null;
  } catch {
    return null;
  }
}
