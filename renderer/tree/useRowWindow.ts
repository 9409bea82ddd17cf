/**
 * Windowing over fixed-height rows: which rows of a scrolled list are in (or near) view. Hand-made
 * rather than a library because the rows must be the direct children of the ARIA `tree` (libraries
 * put their own wrappers in between) and the focused row must stay rendered when it scrolls away
 * (so keyboard focus is never lost); with fixed heights the arithmetic is a few lines.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Height of one row in CSS pixels (tree.css sets the same). */
export const ROW_HEIGHT = 26;
/** Rows rendered above and below the visible ones, so a quick scroll shows no blank. */
const OVERSCAN = 12;
/** Up to this many rows every row is rendered (browser find and screen-reader browse see them all). */
export const RENDER_ALL_UP_TO = 400;
/** Height assumed before the list is laid out (and where layout is not measured, as in tests). */
const FALLBACK_HEIGHT = 600;

export interface RowWindow {
  /** Put on the scrolling element. */
  scroller: RefObject<HTMLDivElement | null>;
  /** First and one-past-last row index to render. */
  first: number;
  end: number;
  /** Rows that fit in the visible height (for Page Up/Down). */
  perPage: number;
  /** Scroll so row `index` is fully visible (no move when it already is). */
  reveal(index: number): void;
}

/** The rows to render of a `count`-row list scrolled by the element given the returned `scroller` ref. */
export function useRowWindow(count: number): RowWindow {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: FALLBACK_HEIGHT });

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const read = () => setView((v) => (v.top === el.scrollTop && v.height === (el.clientHeight || FALLBACK_HEIGHT) ? v : { top: el.scrollTop, height: el.clientHeight || FALLBACK_HEIGHT }));
    read();
    el.addEventListener('scroll', read, { passive: true });
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(read) : null;
    resize?.observe(el);
    return () => {
      el.removeEventListener('scroll', read);
      resize?.disconnect();
    };
  }, []);

  const reveal = (index: number) => {
    const el = scroller.current;
    if (!el) return;
    const height = el.clientHeight || FALLBACK_HEIGHT;
    const top = index * ROW_HEIGHT;
    let next = el.scrollTop;
    if (top < next) next = top;
    else if (top + ROW_HEIGHT > next + height) next = top + ROW_HEIGHT - height;
    if (next !== el.scrollTop) el.scrollTop = next;
    // set now as well: the scroll event comes later, and a test DOM may not send one
    setView((v) => (v.top === next && v.height === height ? v : { top: next, height }));
  };

  const perPage = Math.max(1, Math.floor(view.height / ROW_HEIGHT));
  if (count <= RENDER_ALL_UP_TO) return { scroller, first: 0, end: count, perPage, reveal };
  const first = Math.max(0, Math.min(count, Math.floor(view.top / ROW_HEIGHT)) - OVERSCAN);
  const end = Math.min(count, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  return { scroller, first, end, perPage, reveal };
}
