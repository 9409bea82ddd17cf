/**
 * State of the export dialog: which export is being set up, its options, and the running job's
 * progress. UI state only; the document is read from the editor store when the job starts.
 */
import { create } from 'zustand';
import type { ExportProgress, Orientation, PaperFormat } from '../../shared/export/pdf';
import type { Lang } from '../../shared/i18n';
import type { IddFormat } from './jobs';

export type ExportMode = 'proposal' | 'idd' | 'view' | 'print';

export interface ExportOptions {
  lang: Lang;
  viewId: string | null;
  paper: PaperFormat;
  orientation: Orientation;
  iddFormat: IddFormat;
  /** One MyGDX flow for the IDD, or null for every MyGDX flow. */
  iddFlowId: string | null;
}

export interface ExportState {
  mode: ExportMode | null;
  phase: 'options' | 'running' | 'error';
  options: ExportOptions;
  progress: ExportProgress | null;
  /** Message of the last failure, shown in the dialog. */
  error: string | null;
  /** Cancels the running job, if any. */
  cancelRunning: (() => void) | null;
}

export const INITIAL_OPTIONS: ExportOptions = { lang: 'ms', viewId: null, paper: 'a4', orientation: 'landscape', iddFormat: 'pdf', iddFlowId: null };

export const useExport = create<ExportState>(() => ({
  mode: null,
  phase: 'options',
  options: INITIAL_OPTIONS,
  progress: null,
  error: null,
  cancelRunning: null,
}));

/** Change some export options. */
export function setExportOptions(patch: Partial<ExportOptions>): void {
  useExport.setState((s) => ({ options: { ...s.options, ...patch } }));
}
