/**
 * The numbered band labels (001 Rajah 3-1: the band's BM name and its BDAT layer, Jadual 3-1) as an
 * overlay above the canvas that pans and zooms with the plane vertically but stops at the left edge
 * of the canvas, so the user always sees which band a node is in, however far right they have
 * panned. The labels themselves keep one screen size at every zoom (issue 18: on a zoomed-out
 * 10,000-element view they shrank to specks): each one is scaled back by the inverse of the zoom and
 * placed from the viewport in screen pixels, in the visible part of its band (stickyLabel.ts), pushed
 * apart where zoomed-out bands are thinner than their labels. The overlay and the labels are moved
 * directly in the DOM on each viewport change (transforms of composited layers: no React render, no
 * repaint per frame).
 */
import { memo, useLayoutEffect, useMemo, useRef, type CSSProperties } from 'react';
import { useStoreApi } from '@xyflow/react';
import { BAND_HEADER_WIDTH, bandLayout, type View } from '../../../shared/model';
import { BAND_LAYER } from '../../../shared/model/vocabulary';
import { label, type Lang } from '../../../shared/i18n';
import { FAR_ZOOM } from './DetailLevel';
import { bandLabelForm, chipOverhang, CHIP_MAX_WIDTH, stackBandLabels, stickyLabelX, type BandLabelForm } from './stickyLabel';

/** Screen px kept between a label held at the screen's edge and that edge. */
const EDGE_GAP = 8;
/** Screen px kept between two labels pushed apart (bands thinner than their labels). */
const LABEL_GAP = 4;

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
    let lastZoom = -1;
    let stuck: boolean | null = null;
    let form: BandLabelForm | null = null;
    // each label's content height (screen px), measured when it changes form, not on every frame
    let heights: number[] = [];
    const placed: string[] = [];
    const contents = box.current?.querySelectorAll<HTMLElement>('.lmv-band-content') ?? [];
    const place = () => {
      const { transform, height } = store.getState();
      const el = box.current;
      if (!el || (transform === last && height === lastHeight)) return;
      last = transform;
      lastHeight = height;
      const [tx, ty, zoom] = transform;
      const nowForm = bandLabelForm(tx, zoom, FAR_ZOOM);
      // chips end at the column's right edge, left of the boxes, where the canvas has room (stickyLabel.ts)
      const overhang = nowForm === 'chip' ? chipOverhang(zoom, BAND_HEADER_WIDTH) : 0;
      el.style.transform = `translate(${stickyLabelX(tx - overhang)}px, ${ty}px) scale(${zoom})`;
      // the strips' width (canvas.css) is in screen px: restyled when the zoom changes, not on a pan
      if (zoom !== lastZoom) {
        lastZoom = zoom;
        el.style.setProperty('--lmv-label-inverse-zoom', String(1 / zoom));
      }
      // stuck over the nodes: each band gets an opaque strip at the canvas's edge (the full labels
      // are back in their column at the left edge)
      const nowStuck = tx < 0;
      if (nowStuck !== stuck || nowForm !== form || heights.length !== contents.length) {
        stuck = nowStuck;
        form = nowForm;
        el.classList.toggle('is-stuck', nowStuck);
        el.classList.toggle('is-number', nowForm === 'number');
        el.classList.toggle('is-chip', nowForm === 'chip');
        heights = Array.from(contents, (c) => c.offsetHeight);
      }
      // in screen px: the bands as drawn, and the screen top of each label (stickyLabel.ts)
      const tops = stackBandLabels(
        rows.map((r) => ({ top: ty + r.top * zoom, height: r.height * zoom })),
        heights,
        height,
        EDGE_GAP,
        LABEL_GAP,
      );
      // each label is scaled back to screen size and put at its top (whole px: crisp text), in its
      // band's model units; only the labels whose place changed are written (one composited layer
      // each: no repaint)
      rows.forEach((r, i) => {
        const offset = (Math.round(tops[i]) - ty) / zoom - r.top;
        const value = `translate(0, ${offset}px) scale(${1 / zoom})`;
        if (placed[i] === value || !contents[i]) return;
        placed[i] = value;
        contents[i].style.transform = value;
      });
    };
    place();
    return store.subscribe(place);
  }, [store, rows, lang]);

  return (
    <div ref={box} className="lmv-band-labels" aria-hidden="true" style={{ '--lmv-chip-max-width': `${CHIP_MAX_WIDTH}px` } as CSSProperties}>
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

/**
 * Screen px the band labels cover at the left edge of the canvas `flow` (React Flow's container)
 * while they are held there, measured (a chip is as wide as its band's name): how far in from the
 * edge a node must be to be seen whole. 0 while they sit in their column, which moves with the plane,
 * left of every box. Only the labels in sight count.
 */
export function bandLabelsRoom(flow: Element | null | undefined): number {
  const labels = flow?.querySelector('.lmv-band-labels');
  if (!flow || !labels) return 0;
  const pane = flow.getBoundingClientRect();
  if (labels.getBoundingClientRect().left - pane.left > 0.5) return 0;
  let right = 0;
  for (const el of labels.querySelectorAll('.lmv-band-content, .lmv-band-labels.is-stuck .lmv-band-label')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.bottom > pane.top && r.top < pane.bottom) right = Math.max(right, r.right - pane.left);
  }
  return right;
}

/** Band labels of `view`, at one screen size, kept in sight at the canvas's left edge and, in a tall band, at the screen's top or bottom edge. */
export const BandLabels = memo(BandLabelsView);
