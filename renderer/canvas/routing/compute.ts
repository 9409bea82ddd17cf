/** The work of the routing worker (also run inline where there are no workers, e.g. unit tests). */
import { buildDiagram } from '../../../shared/routing';
import type { RouteReply, RouteRequest, RoutedLineMessage } from './protocol';

/** Route every line of the request's view: the same diagram the exports draw. */
export function computeRoutes(req: RouteRequest): RouteReply {
  const started = performance.now();
  try {
    const d = buildDiagram(req.doc, req.view, req.lang);
    const labels = new Map<string, { x: number; y: number; text: string }>();
    for (const l of d.labels) if (l.relation) labels.set(l.relation, { x: l.x, y: l.y, text: l.text });
    const lines: RoutedLineMessage[] = d.routing.lines.map((l) => {
      const label = labels.get(l.relation.id);
      return { id: l.relation.id, legs: l.legs, ...(l.bundle ? { bundle: l.bundle } : {}), ...(label ? { label } : {}) };
    });
    return { id: req.id, lines, ms: performance.now() - started };
  } catch (e) {
    return { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
}
