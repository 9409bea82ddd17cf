/**
 * Level of detail of large views: below `FAR_ZOOM` a view of more than `LARGE_VIEW` nodes is shown
 * as an overview, without the text on lines, the small print of nodes and dashed line styles (too
 * small to read there, and costly to draw by the thousand). A class on the canvas, set here
 * without re-rendering any node, switches them off. Small views always show everything.
 */
import { useEffect, type RefObject } from 'react';
import { useStore } from '@xyflow/react';

/** Zoom under which a large view shows the overview. */
export const FAR_ZOOM = 0.75;
/** Views with more nodes than this get the overview when zoomed out. */
export const LARGE_VIEW = 400;

const isFar = (s: { transform: [number, number, number] }) => s.transform[2] < FAR_ZOOM;

/** Toggles `is-far` on `target` as the zoom crosses FAR_ZOOM in a large view. */
export function DetailLevel({ target, nodeCount }: { target: RefObject<HTMLElement | null>; nodeCount: number }) {
  const far = useStore(isFar) && nodeCount > LARGE_VIEW;
  useEffect(() => {
    target.current?.classList.toggle('is-far', far);
  }, [far, target]);
  return null;
}
