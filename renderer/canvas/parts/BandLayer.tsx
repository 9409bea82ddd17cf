/**
 * The seven LMV bands behind the nodes, in model coordinates (so they pan and zoom with the
 * nodes without re-rendering): a column on the left for the band labels, as in 001 Rajah 3-1, and a
 * tinted strip as wide as the content. The labels themselves are BandLabels, which keeps them in
 * sight at the canvas's left edge.
 */
import { boxIds } from '../../../shared/model/boxes-record';
import { memo, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from '@xyflow/react';
import { BAND_HEADER_WIDTH, bandLayout, NODE_WIDTH, totalBandHeight, type View } from '../../../shared/model';

/** Width the bands must cover: the label column plus the rightmost node, with room to grow. */
export function bandWidth(view: Pick<View, 'nodes'>): number {
  let right = 0;
  for (const id of boxIds(view.nodes)) {
    const n = view.nodes[id];
    right = Math.max(right, n.x + (n.w ?? NODE_WIDTH));
  }
  return Math.max(1600, right + 240);
}

/** The part of the model plane to show when fitting the view: all seven bands, labels included. */
export function contentBounds(view: View): { x: number; y: number; width: number; height: number } {
  let right = BAND_HEADER_WIDTH + 600;
  for (const id of boxIds(view.nodes)) {
    const n = view.nodes[id];
    right = Math.max(right, n.x + (n.w ?? NODE_WIDTH) + 40);
  }
  return { x: 0, y: 0, width: right, height: totalBandHeight(view) };
}

const domNodeOf = (s: { domNode: Element | null }) => s.domNode;

function BandLayerView({ view }: { view: View }) {
  const rows = useMemo(() => bandLayout(view), [view]);
  const width = useMemo(() => bandWidth(view), [view]);
  // like React Flow's ViewportPortal, but looks the portal up once instead of on every pan frame
  const domNode = useStore(domNodeOf);
  const portal = useMemo(() => domNode?.querySelector('.react-flow__viewport-portal') ?? null, [domNode]);
  if (!portal) return null;
  return createPortal(
    <div className="lmv-bands" aria-hidden="true">
      {rows.map((r) => (
        <div key={r.band} className={`lmv-band band-${r.band}`} style={{ top: r.top, height: r.height, width }}>
          <div className="lmv-band-head" style={{ width: BAND_HEADER_WIDTH }} />
        </div>
      ))}
    </div>,
    portal,
  );
}

/** Band backgrounds of `view`. */
export const BandLayer = memo(BandLayerView);
