/**
 * What every CLI command shares: the language, output streams, messages, exit codes, and reading
 * and writing files. Inputs are never modified; outputs are written atomically (temp file + rename),
 * so an interrupted command never leaves a half-written file under the user's name.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { ERROR_MESSAGES } from '../shared/i18n/errors';
import type { Lang } from '../shared/i18n';
import { UserError } from '../shared/ipc/errors';
import { LIMITS, type LakarDocument } from '../shared/model';
import { StoreError } from '../electron/store/errors';
import { tempPathBeside, writeFileAtomic } from '../electron/store/files';
import { LAKAR_APPLICATION_ID, readSqliteHeader } from '../electron/store/format';
import type { ReadDocument } from '../electron/store/project';
import { findImporter, formatMessages, importers, type FormatWarning } from './formats';
import { CLI_MESSAGES } from './i18n';

/** Exit codes of every command. */
export const EXIT = { ok: 0, problems: 1, badInput: 2 } as const;

/** Where the CLI reads its environment and writes its output (the process, or a test double). */
export interface CliIo {
  stdout(data: string | Uint8Array): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** A failure to report with a message and exit code (2 = bad input unless said otherwise). */
export class CliError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    readonly exitCode: number = EXIT.badInput,
  ) {
    super(key);
    this.name = 'CliError';
  }
}

export interface CliContext {
  lang: Lang;
  io: CliIo;
  /** Set by commands that found problems (exit code 1) without failing. */
  exitCode: number;
  /** The message of `key` (CLI texts, then format texts, then shared error texts). */
  t(key: string, params?: Record<string, string | number>): string;
  /** `file` resolved against the working directory. */
  resolve(file: string): string;
}

function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A context for `lang` over `io`. */
export function createContext(lang: Lang, io: CliIo): CliContext {
  const tables = [CLI_MESSAGES[lang], formatMessages(lang), ERROR_MESSAGES[lang], CLI_MESSAGES.ms, ERROR_MESSAGES.ms];
  return {
    lang,
    io,
    exitCode: EXIT.ok,
    t(key, params = {}) {
      for (const table of tables) if (key in table) return interpolate(table[key], params);
      const extra = Object.entries(params).map(([k, v]) => `${k}=${v}`).join(', ');
      return extra ? `${key} (${extra})` : key;
    },
    resolve: (file) => path.resolve(io.cwd, file),
  };
}

function readFailure(e: unknown, file: string): UserError {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return new UserError('file.notFound', { file: path.basename(file) });
  return new UserError('file.readFailed', { file: path.basename(file), message: e instanceof Error ? e.message : String(e) });
}

/**
 * Read an input file; a missing or unreadable file is bad input with a clear message, and one larger
 * than the documented limit (shared/model/limits.ts) is refused before it is read.
 */
export async function readInput(ctx: CliContext, file: string): Promise<Uint8Array> {
  const abs = ctx.resolve(file);
  try {
    const { size } = await fsp.stat(abs);
    if (size > LIMITS.inputBytes) throw new UserError('limit.inputBytes', { file: path.basename(file), sizeMb: Math.ceil(size / MB), maxMb: LIMITS.inputBytes / MB });
    return await fsp.readFile(abs);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw readFailure(e, file);
  }
}

/** The first `length` bytes of `file` (to recognise its format without reading it all). */
async function readHead(ctx: CliContext, file: string, length = 4096): Promise<Uint8Array> {
  try {
    const fh = await fsp.open(ctx.resolve(file), 'r');
    try {
      const buf = new Uint8Array(length);
      const { bytesRead } = await fh.read(buf, 0, length, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw readFailure(e, file);
  }
}

const MB = 1024 * 1024;

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** A document loaded from any input the CLI understands: a `.lakar` file or a registered import format. */
export interface LoadedInput {
  doc: LakarDocument;
  /** `lakar` or the importer's name. */
  format: string;
  warnings: FormatWarning[];
  /** Set for `.lakar` files. */
  project?: ReadDocument;
}

/** Load `file` (never modifying it); `formatName` forces an import format. */
export async function loadInput(ctx: CliContext, file: string, formatName?: string): Promise<LoadedInput> {
  const abs = ctx.resolve(file);
  if ((await fsp.stat(abs).catch(() => null))?.isDirectory()) {
    const reader = importers().find((i) => i.readDirectory && (!formatName || i.name === formatName));
    if (!reader?.readDirectory) throw new CliError('cli.cannotDetect', { file: path.basename(abs), known: importers().map((i) => i.name).join(', ') });
    const { doc, warnings } = await reader.readDirectory(abs, { fileName: path.basename(abs), lang: ctx.lang });
    return { doc, format: reader.name, warnings: warnings ?? [] };
  }
  // a .lakar file is read by the store (row by row, within its own limits), never whole into memory
  const head = await readHead(ctx, file);
  const isSqlite = new TextDecoder('latin1').decode(head.subarray(0, 16)) === SQLITE_MAGIC;
  if (!formatName && (isSqlite || /\.lakar$/i.test(abs))) {
    // the store (better-sqlite3, migrations, zod) is loaded only by commands that read a project
    const { readProjectDocument } = await import('../electron/store/project');
    const project = await readProjectDocument(abs);
    const warnings = project.notes.map((note) => ({ key: `note.${note}`, params: { file: path.basename(abs) } }));
    return { doc: project.doc, format: 'lakar', warnings, project };
  }
  const importer = findImporter(path.basename(abs), head, formatName);
  const known = importers()
    .map((i) => i.name)
    .join(', ');
  if (!importer) {
    if (formatName) throw new CliError('cli.unknownFormat', { format: formatName, known });
    throw new CliError('cli.cannotDetect', { file: path.basename(abs), known });
  }
  const data = await readInput(ctx, file);
  const { doc, warnings } = await importer.read(data, { fileName: path.basename(abs), lang: ctx.lang, path: abs });
  return { doc, format: importer.name, warnings: warnings ?? [] };
}

/** Print import warnings to stderr (`onlyNotes`: only what was found beside a `.lakar` file, for commands that stay quiet about import details). */
export function printWarnings(ctx: CliContext, warnings: FormatWarning[], onlyNotes = false): void {
  for (const w of warnings) if (!onlyNotes || w.key.startsWith('note.')) ctx.io.stderr(`${ctx.t('out.warning', { message: ctx.t(w.key, w.params) })}\n`);
}

function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return fs.realpathSync.native(a) === fs.realpathSync.native(b);
  } catch {
    return false;
  }
}

/**
 * Refuse an output that would destroy something before any work is done: the input file itself, an
 * existing Lakar project (an export never replaces a project), or a file in a folder that does not
 * exist. `-` (standard output) is always fine.
 */
export function checkOutputTarget(ctx: CliContext, input: string, target: string): void {
  if (target === '-') return;
  const abs = ctx.resolve(target);
  const name = path.basename(abs);
  if (sameFile(ctx.resolve(input), abs)) throw new CliError('cli.outputIsInput', { file: name });
  let header: ReturnType<typeof readSqliteHeader> = null;
  try {
    header = fs.statSync(abs).isFile() ? readSqliteHeader(abs) : null;
  } catch {
    // missing or unreadable: nothing to protect here; the write reports its own problem
  }
  if (header?.applicationId === LAKAR_APPLICATION_ID) throw new CliError('cli.outputIsProject', { file: name });
  if (!fs.existsSync(path.dirname(abs))) throw new StoreError('folderMissing', { file: name, folder: path.dirname(abs) });
}

/**
 * Write `files` as the folder `target`, all or nothing: they are written into a new folder beside
 * it, which then takes the target's place. An existing target must be empty or hold only files a
 * previous export of the same kind wrote (`replaces`); anything else is refused before writing.
 */
export async function writeOutputFolder(ctx: CliContext, target: string, files: { name: string; data: Uint8Array | string }[], replaces: RegExp): Promise<void> {
  const abs = ctx.resolve(target);
  const name = path.basename(abs);
  const existing = await fsp.readdir(abs).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    if (e.code === 'ENOTDIR') throw new CliError('cli.outputNotFolder', { file: name });
    throw new UserError('file.writeFailed', { file: name, message: e.message });
  });
  const foreign = (existing ?? []).filter((f) => !replaces.test(f));
  if (foreign.length) throw new CliError('cli.outputFolderNotEmpty', { file: name, files: foreign.slice(0, 5).join(', ') });
  // recognisable temporary names (.<name>.<pid>-<hex>.lakar-tmp), announced to the CLI's supervisor:
  // a kill half-way leaves nothing the supervisor or the next Lakar in this folder does not remove
  const temp = tempPathBeside(abs);
  const old = tempPathBeside(abs);
  try {
    await fsp.mkdir(temp);
    for (const f of files) await writeFileAtomic(path.join(temp, f.name), f.data);
    if (existing) await fsp.rename(abs, old);
    await fsp.rename(temp, abs);
    if (existing) await fsp.rm(old, { recursive: true, force: true });
  } catch (e) {
    await fsp.rm(temp, { recursive: true, force: true });
    if (existing && !fs.existsSync(abs) && fs.existsSync(old)) await fsp.rename(old, abs);
    throw new UserError('file.writeFailed', { file: name, message: e instanceof Error ? e.message : String(e) });
  }
}

/** Write `data` to `target` atomically, or to standard output when `target` is `-`. */
export async function writeOutput(ctx: CliContext, target: string, data: Uint8Array | string): Promise<void> {
  if (target === '-') {
    ctx.io.stdout(data);
    return;
  }
  const abs = ctx.resolve(target);
  try {
    await writeFileAtomic(abs, data);
  } catch (e) {
    throw new UserError('file.writeFailed', { file: path.basename(abs), message: e instanceof Error ? e.message : String(e) });
  }
}
