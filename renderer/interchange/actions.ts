/**
 * What the interchange menu items do.
 * - Import (OEF, Archi CSV zip, `.lakar.json`): pick a file, map it in the worker with progress and Cancel, then ask
 *   about unsaved changes and open the result as a new, unsaved project (project:new +
 *   project:replace). A failure or cancel shows why and leaves the open project untouched.
 * - Export (OEF, Archi CSV zip, `.lakar.json`, view as SVG/PNG): build in the worker and hand the bytes to
 *   `file:saveBytes`, which asks where to save and writes atomically.
 * The shell may replace how an import is opened or how leaving is confirmed (`configureInterchange`).
 */
import i18next from 'i18next';
import type { ExportFormat } from '../../shared/interchange';
import type { FileKind, OpenedProject } from '../../shared/ipc/contract';
import type { LakarDocument } from '../../shared/model/schema';
import { sortedViews } from '../../shared/model/document';
import { useEditor } from '../state/editor';
import { confirmLeave, showProject } from '../shell/actions';
import { isCancelled, type JobResult } from './jobs';
import { startJob, defaultWorkerFactory, type WorkerFactory } from './runner';
import type { InterchangeJob } from './jobs';
import { INITIAL, useInterchange, type InterchangeTask } from './interchangeStore';
import { ensureInterchangeHost } from './InterchangeHost';
import { svgToPng } from './png';

interface Hooks {
  /** Ask before the open project is replaced; true to go on. */
  confirmLeave(): Promise<boolean>;
  /** Show the imported document as the open project. */
  openImported(doc: LakarDocument): Promise<void>;
  /** Make the worker (null runs jobs inline, as unit tests do). */
  workerFactory: WorkerFactory | null;
  /** SVG → PNG (the canvas in a browser). */
  toPng(svg: string): Promise<Uint8Array>;
}

/** Default: open the import as a new unsaved project, closing the previous one (already confirmed). */
async function openAsNewProject(doc: LakarDocument): Promise<void> {
  const { api, project: previous } = useEditor.getState();
  if (!api) return;
  const opened: OpenedProject = await api['project:new']({});
  await api['project:replace']({ handle: opened.handle, doc });
  showProject({ ...opened, doc, displayName: doc.meta.title || opened.displayName, dirty: true });
  if (previous) await api['project:close']({ handle: previous.handle }).catch(() => undefined);
}

const hooks: Hooks = { confirmLeave, openImported: openAsNewProject, workerFactory: defaultWorkerFactory, toPng: (svg) => svgToPng(svg) };

/** Replace parts of how imports and exports run (the shell, or tests). */
export function configureInterchange(overrides: Partial<Hooks>): void {
  Object.assign(hooks, overrides);
}

function lang(): 'ms' | 'en' {
  return i18next.language === 'en' ? 'en' : 'ms';
}

/** A file name from a title: lower case, dashes, no odd characters. */
export function slug(text: string, fallback = 'lakar'): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return s || fallback;
}

async function run(task: InterchangeTask, job: InterchangeJob): Promise<JobResult | null> {
  ensureInterchangeHost();
  const running = startJob(job, (progress) => useInterchange.setState({ progress }), hooks.workerFactory);
  useInterchange.setState({ ...INITIAL, task, phase: 'running', progress: { phase: 'start', fraction: 0 }, cancelRunning: running.cancel });
  try {
    const result = await running.result;
    useInterchange.setState({ cancelRunning: null });
    return result;
  } catch (e) {
    const error = e as { key: string; params?: Record<string, string | number> };
    if (isCancelled(error)) useInterchange.setState({ ...INITIAL });
    else useInterchange.setState({ phase: 'error', error, cancelRunning: null });
    return null;
  }
}

type ImportSource = 'oef' | 'csv' | 'json';
const IMPORT_KINDS: Record<ImportSource, FileKind[]> = { oef: ['oef'], csv: ['zip', 'csv'], json: ['json'] };
const IMPORT_TASK: Record<ImportSource, InterchangeTask> = { oef: 'importOef', csv: 'importCsv', json: 'importJson' };

/** File › Import ArchiMate (OEF), Archi CSV (a zip, or elements.csv with relations.csv and properties.csv) or a `.lakar.json` document. */
export async function importModel(source: ImportSource): Promise<void> {
  const api = useEditor.getState().api;
  if (!api) return;
  // Pick first, while the menu click still counts as a user gesture (browsers require one to open a
  // file chooser); ask about unsaved changes only once the file has been read successfully.
  // Archi writes CSV as three files: they can be picked together, like a folder
  const picked = await api['file:pick']({ kinds: IMPORT_KINDS[source], multiple: source === 'csv' });
  if (!picked) return;
  const files = [{ name: picked.name, data: picked.data }, ...(picked.more ?? [])];
  const result = await run(IMPORT_TASK[source], { kind: 'import', files });
  if (!result || result.kind !== 'import') return;
  useInterchange.setState({ ...INITIAL });
  if (!(await hooks.confirmLeave())) return;
  useInterchange.setState({ ...INITIAL, task: IMPORT_TASK[source], phase: 'running', progress: { phase: 'open', fraction: 1 } });
  try {
    await hooks.openImported(result.doc);
  } catch (e) {
    useInterchange.setState({ phase: 'error', error: { key: 'interchange:error.unexpected', params: { message: e instanceof Error ? e.message : String(e) } } });
    return;
  }
  useInterchange.setState({
    phase: 'done',
    summary: {
      file: files.map((f) => f.name).join(', '),
      elements: result.doc.elements.ids().length,
      relations: result.doc.relations.ids().length,
      views: Object.keys(result.doc.views).length,
      unplaced: result.unplaced.length,
    },
    warnings: result.warnings,
  });
}

async function save(kind: FileKind, suggestedName: string, data: Uint8Array): Promise<void> {
  const api = useEditor.getState().api;
  if (!api) return;
  try {
    await api['file:saveBytes']({ kind, suggestedName, data: data as Uint8Array<ArrayBuffer> });
    useInterchange.setState({ ...INITIAL });
  } catch (e) {
    useInterchange.setState({ phase: 'error', error: { key: 'interchange:error.unexpected', params: { message: e instanceof Error ? e.message : String(e) } } });
  }
}

const EXPORT_AS: Record<ExportFormat, { task: InterchangeTask; kind: FileKind; suffix: string }> = {
  oef: { task: 'exportOef', kind: 'oef', suffix: '-archimate' },
  'archi-csv-zip': { task: 'exportCsv', kind: 'zip', suffix: '-archi-csv' },
  'lakar-json': { task: 'exportJson', kind: 'json', suffix: '' },
};

/** File › Export ArchiMate (OEF) / Archi CSV (zip) / `.lakar.json`. */
export async function exportModel(format: ExportFormat): Promise<void> {
  const doc = useEditor.getState().history?.doc;
  if (!doc) return;
  const as = EXPORT_AS[format];
  const result = await run(as.task, { kind: 'export', doc, format, lang: lang() });
  if (!result || result.kind !== 'bytes') return;
  await save(as.kind, `${slug(doc.meta.title)}${as.suffix}${result.extension}`, result.data);
}

/** View › Export as SVG / PNG, of the active view (or `viewId`). */
export async function exportViewImage(kind: 'svg' | 'png', viewId?: string): Promise<void> {
  const { history, activeViewId } = useEditor.getState();
  const doc = history?.doc;
  if (!doc) return;
  const view = doc.views[viewId ?? activeViewId ?? ''] ?? sortedViews(doc)[0];
  const result = await run(kind === 'svg' ? 'exportSvg' : 'exportPng', { kind: 'svg', doc, viewId: view.id, lang: lang() });
  if (!result || result.kind !== 'svg') return;
  const name = `${slug(doc.meta.title)}-${slug(view.name, 'lmv')}.${kind}`;
  if (kind === 'svg') return save('svg', name, new TextEncoder().encode(result.svg));
  let png: Uint8Array;
  try {
    png = await hooks.toPng(result.svg);
  } catch (e) {
    useInterchange.setState({ phase: 'error', error: { key: 'interchange:error.unexpected', params: { message: e instanceof Error ? e.message : String(e) } } });
    return;
  }
  await save('png', name, png);
}

/** Cancel whatever runs (the worker is terminated) and close the dialog. */
export function cancelInterchange(): void {
  useInterchange.getState().cancelRunning?.();
  useInterchange.setState({ ...INITIAL });
}

/** Close the dialog after an error or a finished import. */
export function closeInterchange(): void {
  useInterchange.setState({ ...INITIAL });
}
