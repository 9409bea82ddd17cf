/**
 * A view with its boxes placed in rows, before any room is made for the lines: the first step of
 * auto-layout (shared/layout/run.ts), for tests of what the router plans and draws on it.
 */
import type { LakarDocument, View } from '../../shared/model';
import { arrangeMeaning, chooseRowLimit, initialRows, layoutGraph, orderByBarycenter, placeRows } from '../../shared/layout';

/** `doc`'s main view with its boxes placed in rows (auto-layout's first step). */
export function placedInRows(doc: LakarDocument): View {
  const view = doc.views.view_main;
  const graph = layoutGraph(doc, view);
  const rows = arrangeMeaning(graph, orderByBarycenter(graph, initialRows(graph)));
  const p = placeRows(graph, rows, chooseRowLimit(graph, rows));
  return { ...view, nodes: { ...view.nodes, ...p.nodes }, bandHeights: p.bandHeights };
}
