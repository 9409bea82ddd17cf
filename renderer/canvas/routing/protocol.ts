/** Messages between the canvas and its routing worker. */
import { boxIds } from '../../../shared/model/boxes-record';
import type { Lang } from '../../../shared/i18n';
import { fromWire, Table, toWire, type Element, type LakarDocument, type Relation, type TableWire, type View } from '../../../shared/model';
import type { Point } from '../../../shared/routing';
import { hasOwn } from '../../../shared/model/ids';

export interface RouteRequest {
  id: number;
  doc: Pick<LakarDocument, 'elements' | 'relations'>;
  view: View;
  lang: Lang;
}

/** A route request as posted: structured clone keeps no Table, so the two tables go in their wire form (shared/model/wire.ts). */
export interface RouteRequestMessage extends Omit<RouteRequest, 'doc'> {
  doc: { elements: TableWire<Element>; relations: TableWire<Relation> };
}

/**
 * `req` as posted, with only what routing the view reads: the elements on the view, the relations
 * between two of them (in document order), the data those flows carry, whose names their labels
 * show (shared/routing/text.ts) whether or not the data is on the view, and the controls protecting
 * a site on the view, which its box lists. A view of 50 boxes in a
 * 100,000-element project then costs a clone of 50-odd elements, not of the whole model, per request.
 */
export function toRouteMessage(req: RouteRequest): RouteRequestMessage {
  const { elements, relations } = req.doc;
  const nodes = req.view.nodes;
  const onView: [string, Element][] = [];
  for (const id of boxIds(nodes)) {
    const e = elements.get(id);
    if (e) onView.push([id, e]);
  }
  const between: [string, Relation][] = [];
  const carried = new Set<string>();
  const ids = relations.ids();
  const items = relations.values();
  for (let i = 0; i < ids.length; i++) {
    const r = items[i];
    if (!hasOwn(nodes, r.target)) continue;
    if (!hasOwn(nodes, r.source)) {
      // a site's box lists the controls protecting it, on the view or not (shared/routing/protection.ts): routed around at the height drawn
      if (r.kind === 'protects') {
        between.push([ids[i], r]);
        carried.add(r.source);
      }
      continue;
    }
    between.push([ids[i], r]);
    if (r.kind === 'dataFlow') for (const d of r.dataEntityIds ?? []) if (!hasOwn(nodes, d)) carried.add(d);
  }
  for (const id of carried) {
    const e = elements.get(id);
    if (e) onView.push([id, e]);
  }
  return toWire({ ...req, doc: { elements: Table.fromEntries(onView), relations: Table.fromEntries(between) } }) as unknown as RouteRequestMessage;
}

export function fromRouteMessage(msg: RouteRequestMessage): RouteRequest {
  return fromWire(msg) as unknown as RouteRequest;
}

export interface RoutedLineMessage {
  id: string;
  legs: Point[][];
  bundle?: string;
  label?: { x: number; y: number; text: string };
}

export type RouteReply = { id: number; lines: RoutedLineMessage[]; ms: number } | { id: number; error: string };
