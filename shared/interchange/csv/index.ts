/**
 * Archi CSV (elements.csv, relations.csv, properties.csv): read from loose files or a zip, write as
 * three texts or a zip. Same mapping and same property-based round trip as OEF, plus the views in a
 * `lakar:views` model property, so lakar → CSV → lakar loses nothing.
 */
import { unzipSync, zipSync, strToU8 } from 'fflate';
import type { LakarDocument } from '../../model/schema';
import { checkCancelled, InterchangeError, type ProgressOptions } from '../oef/errors';
import { lakarToArchimate, type FromLakarOptions } from '../oef/from-lakar';
import { archimateToLakar, type ImportResult, type ToLakarOptions } from '../oef/to-lakar';
import { readArchiCsv, type CsvFile } from './read';
import { MAX_INPUT_BYTES } from '../oef/text';
import { writeArchiCsv, type CsvTriple } from './write';

export type { CsvFile } from './read';
export type { CsvTriple } from './write';

type Role = 'elements' | 'relations' | 'properties';

/** `x/prefix-elements.csv` → { prefix: 'x/prefix-', role: 'elements' }. */
function roleOf(name: string): { prefix: string; role: Role } | undefined {
  const m = /^(.*?)(elements|relations|properties)\.csv$/i.exec(name);
  return m ? { prefix: m[1], role: m[2].toLowerCase() as Role } : undefined;
}

/** Pick the triple out of a set of files (the elements file decides the prefix, as in Archi). */
export function findTriple(files: readonly CsvFile[]): { elements: CsvFile; relations?: CsvFile; properties?: CsvFile } {
  const named = files.map((f) => ({ f, r: roleOf(f.name) })).filter((x) => x.r);
  const elements = named.find((x) => x.r!.role === 'elements');
  if (!elements) throw new InterchangeError('error.csvMissing', { file: files.map((f) => f.name).join(', ').slice(0, 200) || '—' });
  const sibling = (role: Role) => named.find((x) => x.r!.role === role && x.r!.prefix === elements.r!.prefix)?.f;
  return { elements: elements.f, relations: sibling('relations'), properties: sibling('properties') };
}

/** Read Archi CSV files (any of them may be passed; the elements file is required). */
export async function fromArchiCsv(files: readonly CsvFile[], options: ToLakarOptions = {}): Promise<ImportResult> {
  options.onProgress?.({ phase: 'parse', fraction: 0 });
  const triple = findTriple(files);
  const { model, warnings } = readArchiCsv(triple);
  // Archi always writes the three files: one left out (a single file picked) loses its content, so say so.
  const missing = [triple.relations ? '' : 'relations.csv', triple.properties ? '' : 'properties.csv'].filter(Boolean);
  if (missing.length > 0) warnings.unshift({ key: 'warning.csvPartial', params: { given: triple.elements.name, missing: missing.join(', ') } });
  checkCancelled(options.signal);
  const result = await archimateToLakar(model, { source: { name: triple.elements.name.replace(/elements\.csv$/i, '').replace(/[-_ ]$/, '') || triple.elements.name, format: 'archi-csv' }, ...options, fileName: triple.elements.name, onProgress: (p) => options.onProgress?.({ phase: p.phase, fraction: 0.3 + 0.7 * p.fraction }) });
  return { ...result, warnings: [...warnings, ...result.warnings] };
}

/** Read Archi CSV files packed in a zip. */
export async function fromArchiCsvZip(zip: Uint8Array, options: ToLakarOptions & { fileName?: string } = {}): Promise<ImportResult> {
  let entries: Record<string, Uint8Array>;
  let tooBig: { name: string; size: number } | undefined;
  try {
    entries = unzipSync(zip, {
      filter: (f) => {
        if (!/\.csv$/i.test(f.name) || f.name.startsWith('__MACOSX/')) return false;
        // A zip bomb is refused before it is inflated.
        if (f.originalSize > MAX_INPUT_BYTES) tooBig = { name: f.name, size: f.originalSize };
        return !tooBig;
      },
    });
  } catch (e) {
    throw new InterchangeError('error.zip', { file: options.fileName ?? '', message: e instanceof Error ? e.message : String(e) });
  }
  if (tooBig) throw new InterchangeError('error.tooLarge', { file: tooBig.name, sizeMb: Math.ceil(tooBig.size / 1048576), limitMb: MAX_INPUT_BYTES / 1048576 });
  return fromArchiCsv(
    Object.entries(entries).map(([name, data]) => ({ name, data })),
    options,
  );
}

/** Write a document as Archi CSV texts. */
export function toArchiCsv(doc: LakarDocument, options: FromLakarOptions & ProgressOptions = {}): CsvTriple {
  return writeArchiCsv(lakarToArchimate(doc, options).model);
}

/** Write a document as a zip holding `<prefix>elements.csv`, `relations.csv` and `properties.csv`. */
export function toArchiCsvZip(doc: LakarDocument, options: FromLakarOptions & { prefix?: string } = {}): Uint8Array {
  const triple = toArchiCsv(doc, options);
  const prefix = options.prefix ?? '';
  return zipSync(
    {
      [`${prefix}elements.csv`]: strToU8(triple.elements),
      [`${prefix}relations.csv`]: strToU8(triple.relations),
      [`${prefix}properties.csv`]: strToU8(triple.properties),
    },
    { level: 6 },
  );
}
