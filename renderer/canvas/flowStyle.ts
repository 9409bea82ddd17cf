/**
 * How relations are drawn: each data-flow method has its own colour and dash pattern (so a printout
 * in grey still tells SFTP from API), the direction decides the arrowheads, simple relations are
 * thin grey lines.
 */
import type { FlowDirection, FlowMethod, RelationKind } from '../../shared/model';

export interface StrokeStyle {
  color: string;
  dash?: string;
  width: number;
}

/** Stroke of a data flow by method; `undefined` = method not yet chosen. */
export const FLOW_STROKES: Record<FlowMethod | 'unset', StrokeStyle> = {
  myGdx: { color: '#c25400', width: 3 },
  sftp: { color: '#6a3d9a', dash: '9 5', width: 2.2 },
  api: { color: '#0a58a8', width: 2.2 },
  webService: { color: '#00796b', dash: '12 4 3 4', width: 2.2 },
  webMapService: { color: '#2e7d32', dash: '3 4', width: 2.4 },
  emailFile: { color: '#8d6e00', dash: '14 6', width: 2 },
  manual: { color: '#5d6b7a', dash: '2 6', width: 2.4 },
  other: { color: '#455a64', dash: '6 3', width: 1.8 },
  unset: { color: '#b3261e', dash: '4 4', width: 1.6 },
};

/** Arrowheads of a flow: the arrow points where the data goes. */
export function flowMarkers(direction: FlowDirection | undefined): { start: boolean; end: boolean } {
  if (direction === 'receives') return { start: true, end: false };
  if (direction === 'both') return { start: true, end: true };
  if (direction === 'supplies') return { start: false, end: true };
  return { start: false, end: false };
}

/**
 * The arrowheads of a relation, as the canvas draws them in nodes and in outline: a flow's by its
 * direction (filled heads), an association none (it has no direction), any other relation one at
 * its target (an open head).
 */
export function relationArrows(rel: { kind: RelationKind; direction?: FlowDirection }): { start: boolean; end: boolean; filled: boolean } {
  if (rel.kind === 'dataFlow') return { ...flowMarkers(rel.direction), filled: true };
  return { start: false, end: rel.kind !== 'association', filled: false };
}

/** Stroke of a non-flow relation. */
export function relationStroke(kind: RelationKind): StrokeStyle {
  if (kind === 'association') return { color: '#8a96a6', dash: '3 3', width: 1.2 };
  if (kind === 'usesPlatform') return { color: '#c27a3a', width: 1.4 };
  return { color: '#8a96a6', width: 1.2 };
}

/** Direction glyph used next to a flow's method label. */
export const DIRECTION_GLYPH: Record<FlowDirection, string> = { supplies: '→', receives: '←', both: '⇄' };
