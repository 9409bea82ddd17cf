/**
 * A window splitter between two workspace regions (WAI-ARIA "window splitter" pattern): drag it,
 * or focus it and use the arrow keys (Shift for bigger steps), Home/End for the smallest and
 * largest size, Enter or a double-click to collapse the region to its rail. Dragging well below the
 * smallest size collapses it too, as in most editors.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { COLLAPSE_SLACK, SIZE_LIMITS, usePanelSizes, type SizedRegion } from './panelSizes';

interface SplitterProps {
  region: SizedRegion;
  /** `x`: a vertical bar between columns; `y`: a horizontal bar between rows. */
  axis: 'x' | 'y';
  /** +1 when moving the bar right/down makes the region bigger (left column), -1 otherwise. */
  grows: 1 | -1;
  /** Accessible name, e.g. "Ubah saiz panel Inspektor". */
  label: string;
  /** Id of the region it sizes. */
  controls: string;
  /** Collapse the region (absent: the region cannot collapse). */
  onCollapse?: () => void;
  className?: string;
}

const STEP = 10;
const BIG_STEP = 50;

/** The splitter of `region`. */
export function Splitter({ region, axis, grows, label, controls, onCollapse, className }: SplitterProps) {
  const size = usePanelSizes((s) => s.sizes[region]);
  const setSize = usePanelSizes((s) => s.setSize);
  const drag = useRef<{ pointer: number; from: number; size: number } | null>(null);
  const { min, max } = SIZE_LIMITS[region];

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    drag.current = { pointer: e.pointerId, from: axis === 'x' ? e.clientX : e.clientY, size };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    const next = d.size + grows * ((axis === 'x' ? e.clientX : e.clientY) - d.from);
    if (onCollapse && next < min - COLLAPSE_SLACK) {
      drag.current = null;
      onCollapse();
      return;
    }
    setSize(region, next);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current?.pointer === e.pointerId) drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? BIG_STEP : STEP;
    const less = axis === 'x' ? (grows > 0 ? 'ArrowLeft' : 'ArrowRight') : grows > 0 ? 'ArrowUp' : 'ArrowDown';
    const more = axis === 'x' ? (grows > 0 ? 'ArrowRight' : 'ArrowLeft') : grows > 0 ? 'ArrowDown' : 'ArrowUp';
    let next: number | null = null;
    if (e.key === less) next = size - step;
    else if (e.key === more) next = size + step;
    else if (e.key === 'Home') next = min;
    else if (e.key === 'End') next = max;
    else if (e.key === 'Enter' && onCollapse) {
      e.preventDefault();
      onCollapse();
      return;
    }
    if (next === null) return;
    e.preventDefault();
    setSize(region, next);
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-orientation={axis === 'x' ? 'vertical' : 'horizontal'}
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={size}
      aria-valuemin={min}
      aria-valuemax={max}
      className={`splitter splitter-${axis}${className ? ` ${className}` : ''}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={onCollapse}
      onKeyDown={onKeyDown}
    />
  );
}
