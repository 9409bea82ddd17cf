/**
 * Errors of the interchange readers. Each carries an i18n key (texts in
 * renderer/i18n/locales/{ms,en}/interchange.json, also read by the CLI) and parameters naming the
 * file, line or element, so the user learns what is wrong and where. Readers throw only this type:
 * any other exception escaping an import is a bug (the fuzz tests hold us to that).
 */

export type ErrorParams = Record<string, string | number>;

/** i18next namespace of the interchange messages (renderer/i18n/locales/<lang>/interchange.json). */
export const I18N_NAMESPACE = 'interchange';

/**
 * A problem with the input the user gave us; nothing has been imported when it is thrown.
 * `key` carries its namespace (`interchange:error.xmlSyntax`), so generic error displays that
 * translate `{ key, params }` find the text without knowing where the error came from.
 */
export class InterchangeError extends Error {
  readonly key: string;

  /** `foreignKey`: `key` belongs to the shared `errors` namespace (e.g. `.lakar.json` messages) and is kept as is. */
  constructor(
    key: string,
    readonly params: ErrorParams = {},
    foreignKey = false,
  ) {
    const full = foreignKey || key.includes(':') ? key : `${I18N_NAMESPACE}:${key}`;
    super(`${full} ${JSON.stringify(params)}`);
    this.key = full;
    this.name = 'InterchangeError';
  }

  /** The `{ key, params }` payload the UI and CLI translate. */
  toPayload(): { key: string; params: ErrorParams } {
    return { key: this.key, params: this.params };
  }
}

/** A non-fatal note about an import (a default that was assumed, a part that was skipped). */
export interface ImportWarning {
  key: string;
  params?: ErrorParams;
}

/** True for errors produced by the interchange readers. */
export function isInterchangeError(e: unknown): e is InterchangeError {
  return e instanceof InterchangeError;
}

/** Options shared by the long-running readers and writers. */
export interface ProgressOptions {
  /** Called with a phase key and a fraction 0..1 of the whole job. */
  onProgress?: (progress: { phase: string; fraction: number }) => void;
  /** Aborting stops the job with an `error.cancelled` InterchangeError. */
  signal?: { readonly aborted: boolean };
}

/** Throw `error.cancelled` when the caller aborted. */
export function checkCancelled(signal: ProgressOptions['signal']): void {
  if (signal?.aborted) throw new InterchangeError('error.cancelled');
}

/** Let the event loop run (so a worker can receive "cancel") and then check the signal. */
export async function yieldAndCheck(signal: ProgressOptions['signal']): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  checkCancelled(signal);
}

/** 1-based line number of character offset `index` in `text`. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
