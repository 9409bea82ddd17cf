/** Arrowhead markers shared by every edge of the canvas, one per stroke colour. */
import { FLOW_STROKES, relationStroke } from '../flowStyle';

/** Colour of a selected edge. */
export const SELECTED_COLOR = '#0a58a8';

const FLOW_COLORS = [...new Set([...Object.values(FLOW_STROKES).map((s) => s.color), SELECTED_COLOR])];
const RELATION_COLORS = [...new Set([relationStroke('uses').color, relationStroke('usesPlatform').color, relationStroke('association').color, SELECTED_COLOR])];

const idOf = (color: string, flow: boolean) => `lk-arrow-${flow ? 'f' : 'r'}-${color.slice(1)}`;

/** `url(#…)` of the arrowhead for `color`; flows get a larger head than simple relations. */
export function markerUrl(color: string, flow: boolean): string {
  return `url(#${idOf(color, flow)})`;
}

/** The marker definitions; render once inside the canvas. */
export function EdgeMarkers() {
  return (
    <svg className="lmv-markers" aria-hidden="true" focusable="false">
      <defs>
        {FLOW_COLORS.map((c) => (
          <marker key={`f${c}`} id={idOf(c, true)} viewBox="0 0 12 12" refX="10" refY="6" markerWidth="5" markerHeight="5" orient="auto-start-reverse" markerUnits="strokeWidth">
            <path d="M0,0 L12,6 L0,12 z" fill={c} />
          </marker>
        ))}
        {RELATION_COLORS.map((c) => (
          <marker key={`r${c}`} id={idOf(c, false)} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse" markerUnits="strokeWidth">
            <path d="M0,1 L9,5 L0,9" fill="none" stroke={c} strokeWidth="1.5" />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
