/**
 * How a data flow is drawn, per integration method (001 §3.3.4 f): colour, width and dash pattern,
 * so a reader tells MyGDX from SFTP or a manual hand-over at a glance — in the SVG/PNG export, and
 * available to any other drawing of the LMV.
 */
import type { FlowMethod } from '../../model/vocabulary';

export interface LineStyle {
  /** CSS colour. */
  color: string;
  width: number;
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash?: string;
}

/** Line style of a flow by its method; flows without a method use `other`. */
export const FLOW_STYLES: Record<FlowMethod, LineStyle> = {
  myGdx: { color: '#c95400', width: 2.4 },
  api: { color: '#1f6fb2', width: 1.8 },
  webService: { color: '#1f6fb2', width: 1.8, dash: '9 4' },
  webMapService: { color: '#2f8a4a', width: 1.8, dash: '9 4' },
  sftp: { color: '#7a3fa0', width: 1.8, dash: '12 4 2 4' },
  emailFile: { color: '#8a6d1f', width: 1.6, dash: '5 4' },
  manual: { color: '#6c757d', width: 1.6, dash: '2 4' },
  other: { color: '#495057', width: 1.4, dash: '7 3 2 3' },
};

/** Style of the non-flow relations (uses, delivers, supports…). */
export const RELATION_STYLE: LineStyle = { color: '#8c96a3', width: 1 };

/** The style of a flow with `method` (or of a flow without one). */
export function flowStyle(method: FlowMethod | undefined): LineStyle {
  return FLOW_STYLES[method ?? 'other'];
}
