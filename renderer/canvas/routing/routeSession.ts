/**
 * The routing worker's side of a canvas: it holds the routed part of the view it was last sent and
 * the lines it answered, takes edits of that view, and answers with the lines drawn differently
 * since. Why: posting the whole view and taking in every line of it after each edit cost the main
 * thread ~60 ms and more at 10,000 elements (issue 18); the routing itself is still done whole, so
 * the lines are always those a whole request gives.
 */
import { boxesRecord, boxesTable } from '../../../shared/model/boxes-record';
import { Table, type Element, type NodeLayout, type Relation } from '../../../shared/model';
import { sameData } from '../../../shared/model/parse-reusing';
import { routeLines } from './compute';
import { fromRouteMessage, type RouteMessage, type RouteReply, type RouteRequest, type RouteRequestMessage, type RoutedLineMessage } from './protocol';

/** Changes to a table from an edit message's pairs (null: taken out). */
function changesOf<T>(pairs: [string, T | null][]): Map<string, T | undefined> {
  const out = new Map<string, T | undefined>();
  for (const [id, item] of pairs) out.set(id, item ?? undefined);
  return out;
}

export class RouteSession {
  /** The request routed last (its tables follow the edits: indexes over them too) and each of its lines as text. */
  private held: { req: RouteRequest; lines: Map<string, string> } | null = null;

  /** The request the session holds now (tests compare it with the request it stands for). */
  holding(): RouteRequest | null {
    return this.held?.req ?? null;
  }

  answer(msg: RouteMessage): RouteReply {
    const started = performance.now();
    if (msg.kind === 'edit' && this.held?.req.id !== msg.base) return { id: msg.id, resend: true };
    // an edit of nothing routing reads (an element off the view renamed, a relation added between two elements off it):
    // the lines are those of the request held; routing a view of 10,000 elements again took 20–80 s
    if (msg.kind === 'edit' && changesNothing(this.held!.req, msg)) {
      this.held = { req: { ...this.held!.req, id: msg.id }, lines: this.held!.lines };
      return { id: msg.id, whole: false, lines: [], removed: [], ms: performance.now() - started };
    }
    try {
      const req = msg.kind === 'whole' ? wholeRequest(msg.scene) : editedRequest(this.held!.req, msg);
      const lines = routeLines(req);
      const was = msg.kind === 'edit' ? this.held!.lines : null;
      const texts = new Map<string, string>();
      const changed: RoutedLineMessage[] = [];
      for (const line of lines) {
        const text = JSON.stringify(line);
        texts.set(line.id, text);
        if (was?.get(line.id) !== text) changed.push(line);
      }
      const removed: string[] = [];
      if (was) for (const id of was.keys()) if (!texts.has(id)) removed.push(id);
      this.held = { req, lines: texts };
      return { id: msg.id, whole: was === null, lines: changed, removed, ms: performance.now() - started };
    } catch (e) {
      // the view may be half edited: the next request must come whole
      this.held = null;
      return { id: msg.id, error: e instanceof Error ? e.message : String(e) };
    }
  }
}

/** Whether `msg` changes nothing of `held`: no box, element or relation, and the view's other members as they were. */
function changesNothing(held: RouteRequest, msg: RouteMessage & { kind: 'edit' }): boolean {
  if (msg.boxes.length || msg.elements.length || msg.relations.length) return false;
  const { nodes: _boxes, ...view } = held.view;
  return sameData(msg.view, view);
}

/** A whole request, its boxes in a table so that later edits make the next record from it. */
function wholeRequest(scene: RouteRequestMessage): RouteRequest {
  const req = fromRouteMessage(scene);
  return { ...req, view: { ...req.view, nodes: boxesRecord(Table.fromRecord(req.view.nodes)) } };
}

/** `held` with an edit message applied. */
function editedRequest(held: RouteRequest, msg: RouteMessage & { kind: 'edit' }): RouteRequest {
  const elements: Table<Element> = held.doc.elements.withChanges(changesOf(msg.elements));
  const relations: Table<Relation> = held.doc.relations.withChanges(changesOf(msg.relations));
  const nodes = msg.boxes.length ? boxesRecord(boxesTable<NodeLayout>(held.view.nodes).withChanges(changesOf(msg.boxes))) : held.view.nodes;
  return { id: msg.id, lang: held.lang, doc: { elements, relations }, view: { ...msg.view, nodes } };
}
