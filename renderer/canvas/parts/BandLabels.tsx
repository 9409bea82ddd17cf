/**
 * The numbered band labels (001 Rajah 3-1: the band's BM name and its BDAT layer, Jadual 3-1) as an
 * overlay above the canvas that pans and zooms with the plane vertically but stops at the left edge
 * of the canvas, so the user always sees which band a node is in, however far right they have
 * panned. The overlay is moved directly in the DOM on each viewport change (one transform of one
 * composited layer: no React render per frame).
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { BAND_HEADER_WIDTH, bandLayout, type View } from '../../../shared/model';
import { BAND_LAYER } from '../../../shared/model/vocabulary';
import { label, type Lang } from '../../../shared/i18n';

/**
 * The BDAT layer over each band's name. Jadual 3-1 prints them in English; the Malay interface says
 * them in Malay, as MyGovEA does (Seni Bina Perniagaan…), the English one as the guide does.
 */
const LAYER_TITLE: Record<Lang, Record<'business' | 'application' | 'data' | 'technology', string>> = {
  ms: { business: 'Seni Bina Perniagaan', application: 'Seni Bina Aplikasi', data: 'Seni Bina Data', technology: 'Seni Bina Teknologi' },
  en: { business: 'Business Architecture', application: 'Application Architecture', data: 'Data Architecture', technology: 'Technology Architecture' },
};

/** Screen x of the label column: where the plane puts it, but never left of the canvas's edge. */
export function stickyLabelX(translateX: number): number {
  return Math.max(translateX, 0);
}

function BandLabelsView({ view, lang }: { view: Pick<View, 'bandHeights'>; lang: Lang }) {
  const store = useStoreApi();
  const box = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => bandLayout(view), [view]);

  useEffect(() => {
    let last: [number, number, number] | null = null;
    const place = () => {
      const { transform } = store.getState();
      const el = box.current;
      if (!el || transform === last) return;
      last = transform;
      const [tx, ty, zoom] = transform;
      el.style.transform = `translate(${stickyLabelX(tx)}px, ${ty}px) scale(${zoom})`;
      // stuck over the nodes: a narrow opaque strip with only the band's number, so it hides as
      // little of the first column of nodes as it can (the full labels are back at the left edge)
      el.classList.toggle('is-stuck', tx < 0);
      el.style.setProperty('--lmv-label-inverse-zoom', String(1 / zoom));
    };
    place();
    return store.subscribe(place);
  }, [store]);

  return (
    <div ref={box} className="lmv-band-labels" aria-hidden="true">
      {rows.map((r) => (
        <div key={r.band} className={`lmv-band-label band-${r.band}`} style={{ top: r.top, height: r.height, width: BAND_HEADER_WIDTH }}>
          <span className="lmv-band-no">{r.index + 1}</span>
          <span className="lmv-band-text">
            <span className="lmv-band-layer">{LAYER_TITLE[lang][BAND_LAYER[r.band]]}</span>
            <span className="lmv-band-name">{label(lang, 'band', r.band)}</span>
          </span>
        </div>
      ))}
    </div>
  );
}

/** Band labels of `view`, kept in sight at the canvas's left edge. */
export const BandLabels = memo(BandLabelsView);
