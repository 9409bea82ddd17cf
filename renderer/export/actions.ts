/**
 * What the export menu items do: open the dialog with sensible defaults, run the chosen export in
 * the worker with progress and cancel, then hand the bytes to `file:saveBytes` (which asks where to
 * save and writes atomically). A cancelled or failed export writes nothing.
 */
import i18next from 'i18next';
import { ExportCancelledError } from '../../shared/export/pdf';
import { useEditor } from '../state/editor';
import { outputOf, type ExportJob } from './jobs';
import { startExport, type WorkerFactory, defaultWorkerFactory } from './runner';
import { INITIAL_OPTIONS, useExport, type ExportMode } from './exportStore';
import { printView } from './print';
import { ensureExportHost } from './ExportHost';

let workerFactory: WorkerFactory | null = defaultWorkerFactory;

/** Replace how export workers are made (tests run jobs inline with `null`). */
export function setExportWorkerFactory(factory: WorkerFactory | null): void {
  workerFactory = factory;
}

/** How export workers are made now (other features' exports run in the same worker). */
export function exportWorkerFactory(): WorkerFactory | null {
  return workerFactory;
}

/** Open the export dialog for `mode`, defaulting to the UI language and the active view. */
export function openExportDialog(mode: ExportMode): void {
  const { history, activeViewId } = useEditor.getState();
  if (!history) return;
  ensureExportHost();
  const lang = i18next.language === 'en' ? 'en' : 'ms';
  const prev = useExport.getState().options;
  useExport.setState({
    mode,
    phase: 'options',
    progress: null,
    error: null,
    options: { ...INITIAL_OPTIONS, ...prev, lang, viewId: activeViewId ?? Object.keys(history.doc.views)[0] ?? null, iddFlowId: null },
  });
}

/** Close the dialog, cancelling any running export. */
export function closeExportDialog(): void {
  useExport.getState().cancelRunning?.();
  useExport.setState({ mode: null, phase: 'options', progress: null, error: null, cancelRunning: null });
}

/** Cancel the running export and go back to the options. */
export function cancelExport(): void {
  useExport.getState().cancelRunning?.();
  useExport.setState({ phase: 'options', progress: null, cancelRunning: null });
}

/** The job the dialog's current options describe, or null when they are incomplete. */
export function currentJob(): ExportJob | null {
  const { mode, options: o } = useExport.getState();
  const doc = useEditor.getState().history?.doc;
  if (!doc || !mode) return null;
  if (mode === 'proposal') return { kind: 'proposal', doc, lang: o.lang };
  if (mode === 'idd') return { kind: 'idd', doc, lang: o.lang, format: o.iddFormat, flowIds: o.iddFlowId && doc.relations.get(o.iddFlowId) ? [o.iddFlowId] : undefined };
  if (!o.viewId || !doc.views[o.viewId]) return null;
  return { kind: 'view', doc, lang: o.lang, viewId: o.viewId, paper: o.paper, orientation: o.orientation };
}

/** Run the dialog's export (or print) and save the result; resolves when the dialog may close. */
export async function runCurrentExport(): Promise<void> {
  const job = currentJob();
  if (!job) return;
  if (useExport.getState().mode === 'print' && job.kind === 'view') {
    printView(job.doc, job.viewId, job.paper, job.orientation, job.lang);
    closeExportDialog();
    return;
  }
  const running = startExport(job, (progress) => useExport.setState({ progress }), workerFactory);
  useExport.setState({ phase: 'running', progress: { fraction: 0, stage: 'start' }, error: null, cancelRunning: running.cancel });
  let bytes: Uint8Array;
  try {
    bytes = await running.result;
  } catch (e) {
    if (e instanceof ExportCancelledError) return;
    useExport.setState({ phase: 'error', error: String((e as Error)?.message ?? e), cancelRunning: null });
    return;
  }
  useExport.setState({ cancelRunning: null });
  const api = useEditor.getState().api;
  if (!api) return;
  const { kind, suggestedName } = outputOf(job);
  try {
    // jsPDF and TextEncoder output is backed by a plain ArrayBuffer (never shared memory).
    await api['file:saveBytes']({ kind, suggestedName, data: bytes as Uint8Array<ArrayBuffer> });
    closeExportDialog();
  } catch (e) {
    useExport.setState({ phase: 'error', error: String((e as Error)?.message ?? e) });
  }
}
