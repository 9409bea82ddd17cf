/** Messages between the canvas and its routing worker. */
import type { Lang } from '../../../shared/i18n';
import { fromWire, Table, toWire, type Element, type LakarDocument, type NodeLayout, type Relation, type TableWire, type View } from '../../../shared/model';
import type { Point } from '../../../shared/routing';
import { routeScope, type RouteScope } from './routeScope';

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
export function toRouteMessage(req: RouteRequest, scope: RouteScope = routeScope(req.doc, req.view)): RouteRequestMessage {
  const { elements, relations } = scope;
  const { hidden: _hidden, ...view } = req.view;
  return toWire({ ...req, view, doc: { elements: Table.fromEntries(elements), relations: Table.fromEntries(relations) } }) as unknown as RouteRequestMessage;
}

export function fromRouteMessage(msg: RouteRequestMessage): RouteRequest {
  return fromWire(msg) as unknown as RouteRequest;
}

/**
 * A view without its boxes: what an edit message repeats of it (its name, band heights…). Neither
 * message carries the view's hidden elements: routing never reads them, and a view of a large
 * project may hide up to 200,000 ids, which every edit message would clone and the worker compare.
 */
export type ViewWithoutBoxes = Omit<View, 'nodes' | 'hidden'>;

/**
 * What changed in the routed part of the view since the request the worker routed last (`base`):
 * boxes placed, moved or taken off (null), and elements and relations that came into what routing
 * reads, changed, or left it (null). Boxes new to the view come last, in the view's order.
 */
export interface RouteEdit {
  view: ViewWithoutBoxes;
  boxes: [string, NodeLayout | null][];
  elements: [string, Element | null][];
  relations: [string, Relation | null][];
}

/**
 * Posted to the routing worker: the whole routed part of the view (a new worker, another view or
 * language, a large edit), or an edit of the one it routed last. Why: the whole view of 10,000
 * elements cost the main thread ~60 ms to gather and post after every edit (issue 18).
 */
export type RouteMessage = { kind: 'whole'; id: number; scene: RouteRequestMessage } | ({ kind: 'edit'; id: number; base: number } & RouteEdit);

export interface RoutedLineMessage {
  id: string;
  legs: Point[][];
  bundle?: string;
  label?: { x: number; y: number; text: string };
}

/** Routed lines: all of them (`whole`), or those drawn differently since the worker's last answer and those gone. */
export interface RouteChanges {
  whole: boolean;
  lines: RoutedLineMessage[];
  removed: string[];
}

/**
 * The worker's answer: the lines, an error (the worker then holds no view: the next request goes
 * whole), or `resend`: an edit came for a request the worker does not hold; send the view whole.
 */
export type RouteReply = ({ id: number; ms: number } & RouteChanges) | { id: number; error: string } | { id: number; resend: true };
