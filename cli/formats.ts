/**
 * The CLI's registry of file formats. A format is one module in cli/formats/ exporting
 * `format: FormatModule` (importers, exporters, and their message texts); adding a format means
 * adding that file and one entry to FORMAT_MODULES below. `lakar import`, `info` and `export` read
 * any registered importer's files; `lakar export --format <name>` uses the exporter of that name.
 */
import type { Lang } from '../shared/i18n';
import type { LakarDocument } from '../shared/model';
import { format as lakarJson } from './formats/json';
import { format as interchange } from './formats-interchange';
import { format as proposalAndIdd } from './formats-pdf';

/** Bilingual text: Malay first. */
export type Text = Record<Lang, string>;

/** A problem to report without failing the import (e.g. a default that was assumed). */
export interface FormatWarning {
  key: string;
  params?: Record<string, string | number>;
}

/** Reads one kind of file into a document. */
export interface Importer {
  /** Name for `--format`, e.g. `json`, `oef`. */
  name: string;
  description: Text;
  /** File name endings with the dot, longest first, e.g. ['.lakar.json', '.json']. */
  extensions: string[];
  /** True when the first bytes of a file are certainly this format (checked before extensions). */
  detect?(head: Uint8Array, fileName: string): boolean;
  /** Parse the whole file; throw an error with `key`/`params` (UserError, InterchangeError) for bad input. */
  read(data: Uint8Array, context: { fileName: string; lang: Lang; path?: string }): Promise<{ doc: LakarDocument; warnings?: FormatWarning[] }>;
  /** Read a folder given as input (e.g. Archi CSV files); only importers that can, define it. */
  readDirectory?(dir: string, context: { fileName: string; lang: Lang }): Promise<{ doc: LakarDocument; warnings?: FormatWarning[] }>;
}

/** Writes a document in one format. */
export interface Exporter {
  /** Name for `--format`, e.g. `json`, `svg`. */
  name: string;
  description: Text;
  /** Extension of output files with the dot; also picks this exporter when `--format` is omitted. */
  extension: string;
  /** Extra command-line options of this format, added to `lakar export` (e.g. `--view <id>`). */
  options?: { flags: string; description: Text }[];
  /**
   * The file contents, or several files for a folder (`files`, e.g. one IDD per supplying agency);
   * `options` holds the parsed command-line options of `lakar export`.
   */
  write(doc: LakarDocument, context: { lang: Lang; options: Record<string, unknown> }): Promise<Uint8Array | string | FolderOutput>;
}

/** Several files an exporter writes into the output folder. */
export interface FolderOutput {
  files: { name: string; data: Uint8Array | string }[];
  /** File names (globs on `*`) a previous export of this kind leaves, which this one may replace. */
  replaces: RegExp;
}

/** One format module. */
export interface FormatModule {
  importers?: Importer[];
  exporters?: Exporter[];
  /** Message texts of the keys this format's readers and writers throw. */
  messages?: Record<Lang, Record<string, string>>;
}

/** Every registered format, in detection order. */
export const FORMAT_MODULES: FormatModule[] = [lakarJson, interchange, proposalAndIdd];

/** All importers. */
export function importers(): Importer[] {
  return FORMAT_MODULES.flatMap((m) => m.importers ?? []);
}

/** All exporters. */
export function exporters(): Exporter[] {
  return FORMAT_MODULES.flatMap((m) => m.exporters ?? []);
}

/** Message texts contributed by formats, in `lang`. */
export function formatMessages(lang: Lang): Record<string, string> {
  return Object.assign({}, ...FORMAT_MODULES.map((m) => m.messages?.[lang] ?? {}));
}

/** The importer for `fileName`: by `--format` name, else by content, else by extension; null if none. */
export function findImporter(fileName: string, head: Uint8Array, formatName?: string): Importer | null {
  const all = importers();
  if (formatName) return all.find((i) => i.name === formatName) ?? null;
  const byContent = all.find((i) => i.detect?.(head, fileName));
  if (byContent) return byContent;
  const lower = fileName.toLowerCase();
  let best: { importer: Importer; length: number } | null = null;
  for (const importer of all) {
    for (const ext of importer.extensions) {
      if (lower.endsWith(ext.toLowerCase()) && ext.length > (best?.length ?? 0)) best = { importer, length: ext.length };
    }
  }
  return best?.importer ?? null;
}

/** The exporter named `name`, or the one whose extension `outputName` ends with; null if none. */
export function findExporter(name: string | undefined, outputName?: string): Exporter | null {
  const all = exporters();
  if (name) return all.find((e) => e.name === name) ?? null;
  if (!outputName) return null;
  const lower = outputName.toLowerCase();
  return all.filter((e) => lower.endsWith(e.extension.toLowerCase())).sort((a, b) => b.extension.length - a.extension.length)[0] ?? null;
}
