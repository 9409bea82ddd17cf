/** Messages between the canvas and its auto-layout worker. */
import type { LayoutResult } from '../../../shared/layout';
import type { LakarDocument } from '../../../shared/model';

export interface LayoutRequest {
  doc: LakarDocument;
  viewId: string;
}

export type LayoutReply = { type: 'progress'; fraction: number } | { type: 'done'; result: LayoutResult } | { type: 'error'; message: string };
