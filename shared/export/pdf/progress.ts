/**
 * Progress and cancellation shared by every long export (proposal paper, view PDF, IDD). Exports
 * are async only so they can yield between parts: a worker can then post progress and receive a
 * cancel, and the CLI can stop on Ctrl+C.
 */

/** Something with an `aborted` flag, e.g. an AbortSignal. */
export interface CancelSignal {
  readonly aborted: boolean;
}

/** Progress of a long export: a fraction 0–1 and the stage being built. */
export interface ExportProgress {
  fraction: number;
  stage: string;
}

export interface ProgressOptions {
  onProgress?: (progress: ExportProgress) => void;
  signal?: CancelSignal;
}

/** Thrown when an export is cancelled through its signal; callers write nothing. */
export class ExportCancelledError extends Error {
  constructor() {
    super('export.cancelled');
    this.name = 'ExportCancelledError';
  }
}

/** Report progress, stop if cancelled, and let the event loop run (worker messages, UI). */
export async function checkpoint(options: ProgressOptions, fraction: number, stage: string): Promise<void> {
  if (options.signal?.aborted) throw new ExportCancelledError();
  options.onProgress?.({ fraction, stage });
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (options.signal?.aborted) throw new ExportCancelledError();
}
