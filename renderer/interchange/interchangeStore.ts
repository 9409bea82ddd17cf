/** State of the interchange dialog: what runs, its progress, and how it ended. */
import { create } from 'zustand';
import type { ImportWarning } from '../../shared/interchange/oef/errors';
import type { JobError } from './jobs';

/** What the dialog is doing; the title follows it. */
export type InterchangeTask = 'importOef' | 'importCsv' | 'importJson' | 'exportOef' | 'exportCsv' | 'exportJson' | 'exportSvg' | 'exportPng';

export interface ImportSummary {
  file: string;
  elements: number;
  relations: number;
  views: number;
  unplaced: number;
}

export interface InterchangeState {
  task: InterchangeTask | null;
  phase: 'running' | 'error' | 'done';
  progress: { phase: string; fraction: number } | null;
  error: JobError | null;
  summary: ImportSummary | null;
  warnings: ImportWarning[];
  cancelRunning: (() => void) | null;
}

export const INITIAL: InterchangeState = { task: null, phase: 'running', progress: null, error: null, summary: null, warnings: [], cancelRunning: null };

export const useInterchange = create<InterchangeState>(() => ({ ...INITIAL }));
