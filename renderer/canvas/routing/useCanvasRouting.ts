/**
 * Keeps the canvas's routes in step with the view: every change of the view, its elements or its
 * relations is sent to the routing worker (what changed, once it has the view); replies land in the route store. During a drag the
 * view itself does not change (the drag lives in the canvas), so nothing is routed until it ends.
 */
import { useEffect, useRef } from 'react';
import type { Lang } from '../../../shared/i18n';
import type { LakarDocument, View } from '../../../shared/model';
import { RoutingClient } from './routingClient';
import { useRoutes, type CanvasRoute } from './routeStore';

/** Route `view` of `doc` whenever it changes; `moving()` names the boxes being dragged right now. */
export function useCanvasRouting(elements: LakarDocument['elements'] | undefined, relations: LakarDocument['relations'] | undefined, view: View, lang: Lang, moving: () => ReadonlySet<string>): void {
  const client = useRef<RoutingClient | null>(null);
  const movingRef = useRef(moving);
  useEffect(() => {
    movingRef.current = moving;
  });
  useEffect(() => {
    const c = new RoutingClient((reply, req) => {
      if ('error' in reply) return;
      const routes = new Map<string, CanvasRoute | undefined>();
      for (const l of reply.lines) routes.set(l.id, { legs: l.legs, ...(l.label ? { label: l.label } : {}), ...(l.bundle ? { bundle: l.bundle } : {}) });
      for (const id of reply.removed) routes.set(id, undefined);
      useRoutes.getState().applyRoutes(req.view.id, routes, reply.whole, movingRef.current());
    });
    client.current = c;
    return () => {
      c.dispose();
      client.current = null;
      useRoutes.getState().clear();
    };
  }, []);
  useEffect(() => {
    if (!elements || !relations || !view.id) return;
    client.current?.request({ doc: { elements, relations }, view, lang });
  }, [elements, relations, view, lang]);
}
