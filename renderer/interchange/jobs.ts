/**
 * The work the interchange UI hands to its worker: import picked files, export the document, draw a
 * view as SVG. Pure functions over shared/, so the worker and the inline fallback run the same code.
 */
import { viewToSvg } from '../../shared/export/svg';
import type { Lang } from '../../shared/i18n';
import { exportDocument, importFiles, isInterchangeError, type ExportFormat, type InputFile } from '../../shared/interchange';
import type { ImportWarning } from '../../shared/interchange/oef/errors';
import type { LakarDocument, UnplacedConcept } from '../../shared/model/schema';

export type InterchangeJob =
  | { kind: 'import'; files: InputFile[] }
  | { kind: 'export'; doc: LakarDocument; format: ExportFormat; lang: Lang }
  | { kind: 'svg'; doc: LakarDocument; viewId: string; lang: Lang };

export type JobResult =
  | { kind: 'import'; doc: LakarDocument; unplaced: UnplacedConcept[]; warnings: ImportWarning[]; format: string }
  | { kind: 'bytes'; data: Uint8Array; extension: string }
  | { kind: 'svg'; svg: string };

/** An error as the UI shows it: an i18n key (with namespace) and parameters. */
export interface JobError {
  key: string;
  params?: Record<string, string | number>;
}

export interface JobOptions {
  signal: { readonly aborted: boolean };
  onProgress(progress: { phase: string; fraction: number }): void;
}

/** Run `job`; rejects with a JobError (bad input, cancel, or anything unexpected). */
export async function runJob(job: InterchangeJob, { signal, onProgress }: JobOptions): Promise<JobResult> {
  try {
    switch (job.kind) {
      case 'import': {
        const r = await importFiles(job.files, { signal, onProgress });
        return { kind: 'import', doc: r.doc, unplaced: r.unplaced, warnings: r.warnings, format: r.format };
      }
      case 'export': {
        onProgress({ phase: 'write', fraction: 0 });
        const { data, extension } = exportDocument(job.doc, job.format, { lang: job.lang });
        return { kind: 'bytes', data, extension };
      }
      case 'svg':
        return { kind: 'svg', svg: viewToSvg(job.doc, job.viewId, { lang: job.lang }) };
    }
  } catch (e) {
    throw toJobError(e);
  }
}

/** Any failure as a JobError. */
export function toJobError(e: unknown): JobError {
  if (isInterchangeError(e)) return e.toPayload();
  if (e && typeof e === 'object' && 'key' in e && typeof (e as JobError).key === 'string') return e as JobError;
  return { key: 'interchange:error.unexpected', params: { message: e instanceof Error ? e.message : String(e) } };
}

/** True for the error a cancel produces. */
export function isCancelled(e: JobError): boolean {
  return e.key === 'interchange:error.cancelled';
}
