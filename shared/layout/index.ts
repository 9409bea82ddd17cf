/**
 * Auto-layout of an LMV view inside its bands. Pure (no DOM): the editor, the CLI, the importers and
 * the exporters all lay out with it. elkjs orders the boxes of ordinary views; very large views
 * (imported models) and the synchronous variant use a linear-time barycenter ordering instead.
 * Either way the geometry comes from shared/layout/place.ts: every box stays in its band, boxes
 * never overlap, long bands wrap into rows so the drawing has the page's shape, and the channels
 * between rows get room for every line the router puts there (reserve.ts).
 */
export { layoutGraph, CONTENT_LEFT, type LayoutGraph, type LayoutNode } from './graph';
export { arrangeMeaning, countCrossings, initialRows, orderByBarycenter, type BandRows } from './order';
export { placeRows, defaultRowLimit, chooseRowLimit, ROW_GAP, LAYOUT_MIN_BAND, PAGE_ASPECT } from './place';
export { clampNodeX, freeSlot } from './slots';
export { reserveChannels } from './reserve';
export { prepareView, needsLayout, layoutUnusableViews, compactBands, type PrepareOptions, type PreparedView } from './prepare';

export { layoutView, layoutViewSync, ELK_NODE_LIMIT, type LayoutOptions, type LayoutResult } from './run';
