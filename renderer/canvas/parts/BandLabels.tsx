/**
 * The numbered band labels (001 Rajah 3-1: the band's BM name and its BDAT layer, Jadual 3-1) as an
 * overlay above the canvas that pans and zooms with the plane vertically but stops at the left edge
 * of the canvas, so the user always sees which band a node is in, however far right they have
 * panned. In a band taller than the screen (a large view's application band) the label's content
 * stays at the screen's top or bottom edge while any of its band is in sight (stickyLabel.ts). The
 * overlay and the labels are moved directly in the DOM on each viewport change (transforms of
 * composited layers: no React render, no repaint per frame).
 */
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { BAND_HEADER_WIDTH, bandLayout, type View } from '../../../shared/model';
import { BAND_LAYER } from '../../../shared/model/vocabulary';
import { label, type Lang } from '../../../shared/i18n';
import { stickyLabelOffset, stickyLabelX } from './stickyLabel';

/** Screen px kept between a label held at the screen's edge and that edge. */
const EDGE_GAP = 8;
/** The band number's size (.lmv-band-no) and the most it is enlarged while the labels are stuck (canvas.css). */
const NUMBER_SIZE = 30;
const STUCK_NUMBER_SCALE = 1.6;

/**
 * The BDAT layer over each band's name. Jadual 3-1 prints them in English; the Malay interface says
 * them in Malay, as MyGovEA does (Seni Bina Perniagaan…), the English one as the guide does.
 */
const LAYER_TITLE: Record<Lang, Record<'business' | 'application' | 'data' | 'technology', string>> = {
  ms: { business: 'Seni Bina Perniagaan', application: 'Seni Bina Aplikasi', data: 'Seni Bina Data', technology: 'Seni Bina Teknologi' },
  en: { business: 'Business Architecture', application: 'Application Architecture', data: 'Data Architecture', technology: 'Technology Architecture' },
};

function BandLabelsView({ view, lang }: { view: Pick<View, 'bandHeights'>; lang: Lang }) {
  const store = useStoreApi();
  const box = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => bandLayout(view), [view]);

  // before the first paint: the labels' content is placed from the viewport (top: 0 until then)
  useLayoutEffect(() => {
    let last: [number, number, number] | null = null;
    let lastHeight = -1;
    let stuck: boolean | null = null;
    // each label's content height (model units), measured when it changes form, not on every frame
    let heights: number[] = [];
    const offsets: number[] = [];
    const contents = box.current?.querySelectorAll<HTMLElement>('.lmv-band-content') ?? [];
    const place = () => {
      const { transform, height } = store.getState();
      const el = box.current;
      if (!el || (transform === last && height === lastHeight)) return;
      last = transform;
      lastHeight = height;
      const [tx, ty, zoom] = transform;
      el.style.transform = `translate(${stickyLabelX(tx)}px, ${ty}px) scale(${zoom})`;
      // stuck over the nodes: a narrow opaque strip with only the band's number, so it hides as
      // little of the first column of nodes as it can (the full labels are back at the left edge)
      const nowStuck = tx < 0;
      el.style.setProperty('--lmv-label-inverse-zoom', String(1 / zoom));
      if (nowStuck !== stuck || heights.length !== contents.length) {
        stuck = nowStuck;
        el.classList.toggle('is-stuck', nowStuck);
        heights = Array.from(contents, (c) => c.offsetHeight);
      }
      // the number is enlarged about its centre while stuck: keep its enlarged edges off the screen's edge too
      const grown = stuck ? (NUMBER_SIZE * (Math.min(1 / zoom, STUCK_NUMBER_SCALE) - 1)) / 2 : 0;
      const margin = EDGE_GAP / zoom + Math.max(0, grown);
      const top = -ty / zoom;
      const bottom = (height - ty) / zoom;
      // each band's name stays on screen while any of its band is (stickyLabel.ts); only the labels
      // whose place changed are written (one composited layer each: no repaint)
      rows.forEach((r, i) => {
        const offset = Math.round(stickyLabelOffset(r, top, bottom, heights[i] ?? 0, margin) * 10) / 10;
        if (offsets[i] === offset || !contents[i]) return;
        offsets[i] = offset;
        contents[i].style.transform = `translateY(${offset}px)`;
      });
    };
    place();
    return store.subscribe(place);
  }, [store, rows, lang]);

  return (
    <div ref={box} className="lmv-band-labels" aria-hidden="true">
      {rows.map((r) => (
        <div key={r.band} className={`lmv-band-label band-${r.band}`} style={{ top: r.top, height: r.height, width: BAND_HEADER_WIDTH }}>
          <span className="lmv-band-content">
            <span className="lmv-band-no">{r.index + 1}</span>
            <span className="lmv-band-text">
              <span className="lmv-band-layer">{LAYER_TITLE[lang][BAND_LAYER[r.band]]}</span>
              <span className="lmv-band-name">{label(lang, 'band', r.band)}</span>
            </span>
          </span>
        </div>
      ))}
    </div>
  );
}

/** Band labels of `view`, kept in sight at the canvas's left edge and, in a tall band, at the screen's top or bottom edge. */
export const BandLabels = memo(BandLabelsView);
