/** PDF exporters: the proposal paper (Kertas Cadangan) and the single-view LMV page. */
export { buildProposalPdf, type ProposalOptions } from './proposal';
export { buildViewPdf, ViewNotFoundError, type ViewPdfOptions } from './view-pdf';
export { ExportCancelledError, checkpoint, type CancelSignal, type ExportProgress, type ProgressOptions } from './progress';
export { draftState, addressee, paperViews, type DraftState } from './paper-facts';
export { designSections, type SectionSpec } from './sections';
export { toWinAnsi } from './winansi';
export type { PaperFormat, Orientation } from './writer';
