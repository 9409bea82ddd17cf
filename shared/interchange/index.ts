/**
 * The format-detecting entry of interchange: give it the files the user picked (one OEF XML, Archi CSV
 * files, a zip of them) and get a complete LMV document back, or give it a document and a format and
 * get the bytes to save. `.lakar.json` is recognised here and read/written by ./json.ts.
 */
import { strToU8 } from 'fflate';
import type { LakarDocument } from '../model/schema';
import { fromArchiCsv, fromArchiCsvZip, toArchiCsvZip } from './csv';
import { InterchangeError, type ImportResult, type ProgressOptions } from './oef';
import { fromOef, toOef } from './oef';
import type { Lang } from '../i18n';
import { LAKAR_JSON_EXTENSION, parseLakarJson, toLakarJson } from './json';
import { decodeBytes } from './oef/text';
import { layoutUnusableViews } from '../layout/prepare';

export { InterchangeError, isInterchangeError, type ImportResult, type ImportWarning, type ProgressOptions } from './oef';
export { fromOef, toOef } from './oef';
export { fromArchiCsv, fromArchiCsvZip, toArchiCsv, toArchiCsvZip } from './csv';

/** Formats Lakar reads and writes besides its own `.lakar` file. */
export type ImportFormat = 'oef' | 'archi-csv' | 'archi-csv-zip' | 'lakar-json';
export type ExportFormat = 'oef' | 'archi-csv-zip' | 'lakar-json';

export interface InputFile {
  name: string;
  data: Uint8Array;
}

function startsWithZipMagic(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

/** First non-blank character of a text file (after any BOM), or '' when there is none in the head. */
function firstChar(b: Uint8Array): string {
  let i = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return b[0] === 0xff ? String.fromCharCode(b[2]) : String.fromCharCode(b[3]);
  for (; i < Math.min(b.length, 4096); i++) if (![0x20, 0x09, 0x0a, 0x0d].includes(b[i])) return String.fromCharCode(b[i]);
  return '';
}

/** What the user picked, judged by content first and file name second. */
export function detectFormat(files: readonly InputFile[]): ImportFormat {
  if (files.length === 0) throw new InterchangeError('error.unknownFormat', { file: '—' });
  if (files.length > 1 || /\.csv$/i.test(files[0].name)) return 'archi-csv';
  const [f] = files;
  if (startsWithZipMagic(f.data)) return 'archi-csv-zip';
  const c = firstChar(f.data);
  if (c === '<') return 'oef';
  if (c === '{' || /\.json$/i.test(f.name)) return 'lakar-json';
  if (/\.xml$/i.test(f.name)) return 'oef';
  throw new InterchangeError('error.unknownFormat', { file: f.name });
}

/** Import OEF, Archi CSV files, a zip of them, or `.lakar.json`. */
export async function importFiles(files: readonly InputFile[], options: ProgressOptions & { now?: string } = {}): Promise<ImportResult & { format: ImportFormat }> {
  const format = detectFormat(files);
  switch (format) {
    case 'oef':
      return { format, ...(await fromOef(files[0].data, { ...options, fileName: files[0].name })) };
    case 'archi-csv':
      return { format, ...(await fromArchiCsv(files, options)) };
    case 'archi-csv-zip':
      return { format, ...(await fromArchiCsvZip(files[0].data, { ...options, fileName: files[0].name })) };
    case 'lakar-json': {
      const { text, warnings } = decodeBytes(files[0].data, 'csv', files[0].name);
      const parsed = parseLakarJson(text, { fileName: files[0].name });
      if (!parsed.ok) throw new InterchangeError(parsed.error.key, parsed.error.params, true);
      // a view without usable positions (none given, all piled on one spot) is laid out into its bands
      for (const view of await layoutUnusableViews(parsed.doc)) warnings.push({ key: 'warning.viewLaidOut', params: { view } });
      return { format, doc: parsed.doc, unplaced: parsed.doc.meta.unplaced ?? [], warnings };
    }
  }
}

/** The bytes and a file name suffix for exporting `doc` as `format`. */
export function exportDocument(doc: LakarDocument, format: ExportFormat, options: { lang?: Lang } = {}): { data: Uint8Array; extension: string } {
  if (format === 'oef') return { data: strToU8(toOef(doc, options)), extension: '.xml' };
  if (format === 'lakar-json') return { data: strToU8(toLakarJson(doc)), extension: LAKAR_JSON_EXTENSION };
  return { data: toArchiCsvZip(doc, options), extension: '.zip' };
}
