/** State of the sector portfolio: the open portfolio, its analysis, the view, and advice for the open project. */
import { create } from 'zustand';
import type { PortfolioAnalysis } from '../../shared/portfolio';
import type { PortfolioProgress } from './jobs';

export type PortfolioTab = 'overlaps' | 'registries' | 'dpi' | 'flows' | 'summary';

export interface PortfolioSource {
  handle: string;
  name: string;
  watched: boolean;
  /** `.lakar` files the desktop can open as projects, by portfolio file name. */
  refs: Record<string, string>;
}

export interface PortfolioState {
  phase: 'idle' | 'running' | 'ready' | 'error';
  progress: PortfolioProgress | null;
  error: { key: string; params?: Record<string, string | number> } | null;
  source: PortfolioSource | null;
  analysis: PortfolioAnalysis | null;
  /** The view is shown (a portfolio stays loaded while the user edits a project it opened). */
  visible: boolean;
  tab: PortfolioTab;
  /** The last "Semak terhadap portfolio…": which project and how many matches (the findings go to the Problems panel). */
  checked: { handle: string; count: number } | null;
  /** Which portfolio file a project was opened from (click-through), so it is not compared with itself. */
  openedFrom: Record<string, string>;
}

export const INITIAL_PORTFOLIO: PortfolioState = { phase: 'idle', progress: null, error: null, source: null, analysis: null, visible: false, tab: 'overlaps', checked: null, openedFrom: {} };

export const usePortfolio = create<PortfolioState>(() => ({ ...INITIAL_PORTFOLIO }));
