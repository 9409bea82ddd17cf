/**
 * The minimap: the whole view in miniature, drawn once per model change as seven paths (one per
 * band colour), with the visible area as a frame moved directly in the DOM on every pan. Unlike a
 * minimap that re-renders on each viewport change, panning a 3,000-node view costs it nothing but
 * moving one rectangle. Click or drag in it to move the canvas there.
 */
import { memo, useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { useStoreApi, useReactFlow } from '@xyflow/react';
import { bandOf, BANDS, NODE_HEIGHT, NODE_WIDTH, type Band, type LakarDocument, type View } from '../../../shared/model';
import { contentBounds } from './BandLayer';

const WIDTH = 180;
const HEIGHT = 120;

interface Props {
  view: View;
  elements: LakarDocument['elements'];
  label: string;
}

function BandMiniMapView({ view, elements, label }: Props) {
  const store = useStoreApi();
  const rf = useReactFlow();
  const frame = useRef<HTMLDivElement>(null);
  const bounds = useMemo(() => contentBounds(view), [view]);
  const scale = Math.min(WIDTH / bounds.width, HEIGHT / bounds.height);
  // built again only when a node moved or a band gained or lost a node: a rename or a field edit
  // changes `elements` but no rectangle (formatting and joining 3,000 of them took 2-3 ms)
  const [last] = useState(() => ({ nodes: null as View['nodes'] | null, scale: 0, bands: [] as (Band | undefined)[], paths: [] as { band: Band; d: string }[] }));
  const paths = useMemo(() => {
    const bands: (Band | undefined)[] = [];
    for (const id in view.nodes) bands.push(elements[id] && bandOf(elements[id].kind));
    if (last.nodes === view.nodes && last.scale === scale && bands.length === last.bands.length && bands.every((b, i) => b === last.bands[i])) return last.paths;
    const d = new Map<Band, string[]>();
    let i = 0;
    for (const id in view.nodes) {
      const band = bands[i++];
      if (!band) continue;
      const n = view.nodes[id];
      if (!d.has(band)) d.set(band, []);
      d.get(band)!.push(`M${(n.x * scale).toFixed(1)} ${(n.y * scale).toFixed(1)}h${((n.w ?? NODE_WIDTH) * scale).toFixed(1)}v${((n.h ?? NODE_HEIGHT) * scale).toFixed(1)}h${(-(n.w ?? NODE_WIDTH) * scale).toFixed(1)}z`);
    }
    Object.assign(last, { nodes: view.nodes, scale, bands, paths: BANDS.filter((b) => d.has(b)).map((b) => ({ band: b, d: d.get(b)!.join('') })) });
    return last.paths;
  }, [view.nodes, elements, scale, last]);

  // the visible area follows the viewport without re-rendering this component
  useEffect(() => {
    const place = () => {
      const { transform, width, height } = store.getState();
      const [tx, ty, zoom] = transform;
      const el = frame.current;
      if (!el) return;
      el.style.transform = `translate(${(-tx / zoom) * scale}px, ${(-ty / zoom) * scale}px)`;
      el.style.width = `${(width / zoom) * scale}px`;
      el.style.height = `${(height / zoom) * scale}px`;
    };
    place();
    let last = store.getState().transform;
    return store.subscribe((s) => {
      if (s.transform !== last) {
        last = s.transform;
        place();
      }
    });
  }, [store, scale]);

  const moveTo = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - box.left) / scale;
    const y = (e.clientY - box.top) / scale;
    void rf.setCenter(x, y, { zoom: rf.getZoom() });
  };

  return (
    <div
      className="lmv-minimap"
      role="img"
      aria-label={label}
      style={{ width: WIDTH, height: HEIGHT }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => {
        if (e.buttons === 1) moveTo(e);
      }}
    >
      <svg width={WIDTH} height={HEIGHT} aria-hidden="true">
        {paths.map((p) => (
          <path key={p.band} d={p.d} fill={`var(--lmv-mini-${p.band})`} />
        ))}
      </svg>
      <div ref={frame} className="lmv-minimap-frame" />
    </div>
  );
}

/** Minimap of `view`. */
export const BandMiniMap = memo(BandMiniMapView);
