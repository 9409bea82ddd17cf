/** Messages between the UI and the portfolio worker; `id` pairs a reply with its request. */
import type { PortfolioFile } from '../../shared/ipc/contract';
import type { LakarDocument } from '../../shared/model/schema';
import type { PortfolioAnalysis } from '../../shared/portfolio';
import type { Problem } from '../../shared/rules';
import type { PortfolioProgress } from './jobs';

export type PortfolioRequest =
  | { type: 'open'; files: PortfolioFile[] }
  | { type: 'update'; changed: PortfolioFile[]; removed: string[] }
  | { type: 'check'; doc: LakarDocument; file?: string }
  | { type: 'doc'; file: string }
  | { type: 'report'; lang: 'ms' | 'en'; reasons: Record<string, string> };

export type PortfolioReply = { analysis: PortfolioAnalysis } | { problems: Problem[] } | { doc: LakarDocument | null } | { pdf: Uint8Array };

export type ToPortfolioWorker = { id: number; request: PortfolioRequest };

export type FromPortfolioWorker =
  | { id: number; type: 'progress'; progress: PortfolioProgress }
  | { id: number; type: 'done'; reply: PortfolioReply }
  | { id: number; type: 'error'; error: { key: string; params?: Record<string, string | number> } };
