/** The work of the routing worker (also run inline where there are no workers, e.g. unit tests). */
import { buildDiagram } from '../../../shared/routing';
import type { RouteRequest, RoutedLineMessage } from './protocol';

/** Route every line of the request's view: the same diagram the exports draw. */
export function routeLines(req: RouteRequest): RoutedLineMessage[] {
  const d = buildDiagram(req.doc, req.view, req.lang);
  const labels = new Map<string, { x: number; y: number; text: string }>();
  for (const l of d.labels) if (l.relation) labels.set(l.relation, { x: l.x, y: l.y, text: l.text });
  return d.routing.lines.map((l) => {
    const label = labels.get(l.relation.id);
    return { id: l.relation.id, legs: l.legs, ...(l.bundle ? { bundle: l.bundle } : {}), ...(label ? { label } : {}) };
  });
}
