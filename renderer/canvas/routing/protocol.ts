/** Messages between the canvas and its routing worker. */
import type { Lang } from '../../../shared/i18n';
import { Table, toWire, type Element, type LakarDocument, type Relation, type View } from '../../../shared/model';
import type { Point } from '../../../shared/routing';

export interface RouteRequest {
  id: number;
  doc: Pick<LakarDocument, 'elements' | 'relations'>;
  view: View;
  lang: Lang;
}

/**
 * A route request as posted: structured clone keeps no Table, so the two tables go as records
 * (shared/model/wire.ts). They are not a whole document, which `fromWire` would recognise.
 */
export interface RouteRequestMessage extends Omit<RouteRequest, 'doc'> {
  doc: { elements: Record<string, Element>; relations: Record<string, Relation> };
}

export function toRouteMessage(req: RouteRequest): RouteRequestMessage {
  return toWire(req) as unknown as RouteRequestMessage;
}

export function fromRouteMessage(msg: RouteRequestMessage): RouteRequest {
  return { ...msg, doc: { elements: Table.fromRecord(msg.doc.elements), relations: Table.fromRecord(msg.doc.relations) } };
}

export interface RoutedLineMessage {
  id: string;
  legs: Point[][];
  bundle?: string;
  label?: { x: number; y: number; text: string };
}

export type RouteReply = { id: number; lines: RoutedLineMessage[]; ms: number } | { id: number; error: string };
