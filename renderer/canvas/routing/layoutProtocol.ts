/** Messages between the canvas and its auto-layout worker. */
import { boxIds } from '../../../shared/model/boxes-record';
import type { LayoutResult } from '../../../shared/layout';
import { fromWire, Table, toWire, type Element, type LakarDocument, type Relation, type TableWire, type View } from '../../../shared/model';
import { hasOwn } from '../../../shared/model/ids';

export interface LayoutRequest {
  doc: Pick<LakarDocument, 'elements' | 'relations' | 'views'>;
  viewId: string;
}

/** A layout request as posted: structured clone keeps no Table, so the two tables go in their wire form (shared/model/wire.ts). */
export interface LayoutRequestMessage extends Omit<LayoutRequest, 'doc'> {
  doc: { elements: TableWire<Element>; relations: TableWire<Relation>; views: Record<string, View> };
}

/**
 * `req` as posted, with only what laying out the view reads (shared/layout layoutView): the view
 * itself (no other view), the elements on it (a module's application counts only when it is on the
 * view too), and in document order, which the ordering's ties follow, the relations the layout graph
 * and the routed lines take in. Those are the relations between two elements of the view, and, when
 * the view holds a MyGDX platform, the MyGDX data flows with one end on the view: layoutGraph pulls
 * each such end towards the hub (shared/layout/graph.ts) even when the other end is off the view, so
 * without them the order, and so every position, could differ. A view of 500 boxes in a 100,000-element
 * project then costs a clone of 500-odd elements, not of the whole model.
 */
export function toLayoutMessage(req: LayoutRequest): LayoutRequestMessage {
  const { elements, relations, views } = req.doc;
  const view = hasOwn(views, req.viewId) ? views[req.viewId] : undefined;
  const nodes = view?.nodes ?? {};
  const onView: [string, Element][] = [];
  let hasHub = false;
  for (const id of boxIds(nodes)) {
    const e = elements.get(id);
    if (!e) continue;
    onView.push([id, e]);
    if (e.kind === 'platform' && e.platformType === 'myGdx') hasHub = true;
  }
  const reaching: [string, Relation][] = [];
  const listed: [string, Element][] = [];
  const ids = relations.ids();
  const items = relations.values();
  for (let i = 0; i < ids.length; i++) {
    const r = items[i];
    // both ends on the view, or one end and through the hub; most relations of a big project miss
    // the view, and one look-up settles them
    const viaHub = hasHub && r.kind === 'dataFlow' && r.method === 'myGdx';
    const from = hasOwn(nodes, r.source);
    // a site's box lists the controls protecting it, on the view or not (shared/routing/protection.ts): laid out at the height drawn
    if (!from && r.kind === 'protects' && hasOwn(nodes, r.target)) {
      const control = elements.get(r.source);
      if (control) {
        reaching.push([ids[i], r]);
        listed.push([r.source, control]);
      }
      continue;
    }
    if (!from && !viaHub) continue;
    const to = hasOwn(nodes, r.target);
    if (from ? to || viaHub : to) reaching.push([ids[i], r]);
  }
  // a control is off the view (its source end is not a box): listed once however many sites it protects
  for (const [id, control] of new Map(listed)) onView.push([id, control]);
  // a view not found stays not found: the worker then fails as layoutView does on the whole document
  const doc = { elements: Table.fromEntries(onView), relations: Table.fromEntries(reaching), views: view ? { [req.viewId]: view } : {} };
  return toWire({ ...req, doc }) as unknown as LayoutRequestMessage;
}

export function fromLayoutMessage(msg: LayoutRequestMessage): LayoutRequest {
  return fromWire(msg) as unknown as LayoutRequest;
}

export type LayoutReply = { type: 'progress'; fraction: number } | { type: 'done'; result: LayoutResult } | { type: 'error'; message: string };
