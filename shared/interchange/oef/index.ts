/**
 * ArchiMate Model Exchange File Format (OEF 3.1): `toOef(doc)` writes a document as OEF XML valid
 * against The Open Group's XSDs; `fromOef(xml)` reads OEF from Lakar, Archi, Sparx EA, Visual
 * Paradigm… into a complete LMV document (or throws an InterchangeError, leaving nothing half-done).
 */
import type { LakarDocument } from '../../model/schema';
import { checkCancelled, type ProgressOptions } from './errors';
import { lakarToArchimate, type FromLakarOptions } from './from-lakar';
import { readOef } from './read';
import { decodeBytes } from './text';
import { archimateToLakar, type ImportResult, type ToLakarOptions } from './to-lakar';
import { writeOef } from './write';

export { InterchangeError, isInterchangeError, type ImportWarning, type ProgressOptions } from './errors';
export type { ImportResult } from './to-lakar';
export { requiredDefaults } from './to-lakar';
export { ELEMENT_MAPPING, RELATION_MAPPING, typeFitsKind } from './mapping';

export interface FromOefOptions extends ToLakarOptions {
  /** Shown in error messages. */
  fileName?: string;
  /** Refuse larger inputs (default MAX_INPUT_BYTES). */
  maxBytes?: number;
}

/**
 * Read OEF XML (text, or bytes in any encoding a tool may have used) into an LMV document.
 * `onProgress` hears the phases in order (read, parse, map, layout when a view is arranged, check),
 * with a fraction of the whole import that never goes back and ends at 1.
 */
export async function fromOef(input: string | Uint8Array, options: FromOefOptions = {}): Promise<ImportResult> {
  const fileName = options.fileName ?? '';
  const progress = (phase: string, fraction: number) => options.onProgress?.({ phase, fraction });
  progress('read', 0);
  const decoded = typeof input === 'string' ? { text: input, warnings: [] } : decodeBytes(input, 'xml', fileName, options.maxBytes);
  checkCancelled(options.signal);
  progress('parse', 0.05);
  const { model, warnings } = readOef(decoded.text, fileName, (f) => progress('parse', 0.05 + 0.35 * f));
  checkCancelled(options.signal);
  const result = await archimateToLakar(model, {
    source: { name: fileName, format: 'oef' },
    ...options,
    onProgress: (p) => progress(p.phase, 0.4 + 0.6 * p.fraction),
  });
  return { ...result, warnings: [...decoded.warnings, ...warnings, ...result.warnings] };
}

/** Write an LMV document as OEF XML. */
export function toOef(doc: LakarDocument, options: FromLakarOptions & ProgressOptions = {}): string {
  const { model } = lakarToArchimate(doc, options);
  return writeOef(model);
}
