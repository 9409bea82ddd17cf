/**
 * The seven LMV bands behind the nodes, in model coordinates (so they pan and zoom with the
 * nodes without re-rendering): a numbered label column on the left, as in 001 Rajah 3-1, with the
 * band's BM name and its BDAT layer (Jadual 3-1), and a tinted strip as wide as the content.
 */
import { memo, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from '@xyflow/react';
import { BAND_HEADER_WIDTH, bandLayout, NODE_WIDTH, totalBandHeight, type View } from '../../../shared/model';
import { BAND_LAYER } from '../../../shared/model/vocabulary';
import { label, type Lang } from '../../../shared/i18n';

/** Jadual 3-1 names the BDAT layers in English in both languages. */
const LAYER_TITLE = { business: 'Business Architecture', application: 'Application Architecture', data: 'Data Architecture', technology: 'Technology Architecture' } as const;

/** Width the bands must cover: the label column plus the rightmost node, with room to grow. */
export function bandWidth(view: Pick<View, 'nodes'>): number {
  let right = 0;
  for (const id in view.nodes) {
    const n = view.nodes[id];
    right = Math.max(right, n.x + (n.w ?? NODE_WIDTH));
  }
  return Math.max(1600, right + 240);
}

/** The part of the model plane to show when fitting the view: all seven bands, labels included. */
export function contentBounds(view: View): { x: number; y: number; width: number; height: number } {
  let right = BAND_HEADER_WIDTH + 600;
  for (const id in view.nodes) {
    const n = view.nodes[id];
    right = Math.max(right, n.x + (n.w ?? NODE_WIDTH) + 40);
  }
  return { x: 0, y: 0, width: right, height: totalBandHeight(view) };
}

const domNodeOf = (s: { domNode: Element | null }) => s.domNode;

function BandLayerView({ view, lang }: { view: View; lang: Lang }) {
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
          <div className="lmv-band-label" style={{ width: BAND_HEADER_WIDTH }}>
            <span className="lmv-band-no">{r.index + 1}</span>
            <span className="lmv-band-text">
              <span className="lmv-band-layer">{LAYER_TITLE[BAND_LAYER[r.band]]}</span>
              <span className="lmv-band-name">{label(lang, 'band', r.band)}</span>
            </span>
          </div>
        </div>
      ))}
    </div>,
    portal,
  );
}

/** Band backgrounds and labels of `view`. */
export const BandLayer = memo(BandLayerView);
