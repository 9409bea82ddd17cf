import { describe, expect, it, vi } from 'vitest';
import { pengambilanPekerjaExample } from '../../../shared/samples/pengambilan-pekerja';
import { dispatch, initialState, redo, undo, type EditorState } from '../../../shared/commands';
import { boxIds } from '../../../shared/model/boxes-record';
import { makeElement } from '../../../test/helpers/factories';
import { routeScope, SentScope } from './routeScope';
import { RouteSession } from './routeSession';
import { toRouteMessage, type RouteMessage, type RouteRequest, type RoutedLineMessage } from './protocol';

/** A seeded random source (the same script on every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const pick = <T>(items: readonly T[], rand: () => number): T => items[Math.floor(rand() * items.length)];

/** One random edit of the worked example's LMV: what a user does on the canvas and in the inspector. */
function randomEdit(state: EditorState, viewId: string, rand: () => number, step: number): EditorState {
  const doc = state.doc;
  const view = doc.views[viewId];
  const onView = boxIds(view.nodes).filter((id) => doc.elements.has(id));
  const hidden = (view.hidden ?? []).filter((id) => doc.elements.has(id));
  const relations = doc.relations.ids();
  const roll = rand();
  const run = (id: string, args: unknown) => {
    try {
      return dispatch(state, id, args).state;
    } catch {
      return state; // an edit the model refuses (a relation its ends do not allow): the user sees an error, nothing changes
    }
  };
  if (roll < 0.1 && state.past.length) return undo(state).state;
  if (roll < 0.15 && state.future.length) return redo(state).state;
  if (roll < 0.3) {
    const id = pick(onView, rand);
    const node = view.nodes[id];
    return run('element.move', { viewId, moves: [{ id, x: node.x + Math.round((rand() - 0.5) * 300), y: node.y + Math.round((rand() - 0.5) * 40) }] });
  }
  // renames: a longer name may wrap to another line and make its box taller
  if (roll < 0.42) return run('element.update', { id: pick(onView, rand), patch: { name: rand() < 0.5 ? `Nama ${step}` : `Nama yang jauh lebih panjang untuk langkah ${step} dan seterusnya` } });
  if (roll < 0.5) return run('view.hideElements', { viewId, ids: [pick(onView, rand)] });
  if (roll < 0.58 && hidden.length) return run('view.placeElements', { viewId, ids: [pick(hidden, rand)] });
  if (roll < 0.64) return run('relation.remove', { ids: [pick(relations, rand)] });
  if (roll < 0.74) {
    const flows = relations.filter((id) => doc.relations.get(id)!.kind === 'dataFlow');
    const data = doc.elements.values().filter((e) => e.kind === 'dataEntity').map((e) => e.id);
    const id = pick(flows, rand);
    return run('relation.update', { id, patch: rand() < 0.5 ? { dataEntityIds: [pick(data, rand)] } : { method: pick(['api', 'fileTransfer', 'myGdx'], rand) } });
  }
  if (roll < 0.84) {
    // another relation like one drawn (protects too: the site's box lists the control), to another box of the same kind
    const like = doc.relations.get(pick(relations, rand))!;
    const kindOf = doc.elements.get(like.target)?.kind;
    const target = pick(onView.filter((id) => doc.elements.get(id)!.kind === kindOf).concat(like.target), rand);
    const { id: _id, ...rest } = like;
    return run('relation.add', { relation: { ...rest, id: `rel_edit_${step}`, target } });
  }
  if (roll < 0.92) {
    const kind = pick(['application', 'externalSystem', 'securityControl', 'dataEntity', 'site'] as const, rand);
    return run('element.add', { element: makeElement(kind, { id: `el_edit_${step}`, name: `Baharu ${step}` } as never), viewId });
  }
  return run('element.remove', { ids: [pick(onView, rand)] });
}

/** Lines as a map by id, for comparing answers in any order. */
const byId = (lines: readonly RoutedLineMessage[]) => new Map(lines.map((l) => [l.id, l]));

/**
 * The worker holds what a whole request would carry: the same boxes in the view's order, the same
 * elements and relations, and the protecting controls' relations in document order (a site's box
 * lists them in that order).
 */
function expectHeldAsSent(session: RouteSession, req: RouteRequest, where: string) {
  const held = session.holding()!;
  const scope = routeScope(req.doc, req.view);
  expect(boxIds(held.view.nodes), where).toEqual(boxIds(req.view.nodes));
  for (const id of boxIds(req.view.nodes)) expect(held.view.nodes[id], where).toEqual(req.view.nodes[id]);
  expect(new Map(held.doc.elements.entries()), where).toEqual(new Map(scope.elements));
  expect(new Map(held.doc.relations.entries()), where).toEqual(new Map(scope.relations));
  const protects = (ids: readonly string[], get: (id: string) => { kind: string } | undefined) => ids.filter((id) => get(id)?.kind === 'protects');
  expect(protects(held.doc.relations.ids(), (id) => held.doc.relations.get(id)), where).toEqual(protects(scope.relations.map((r) => r[0]), (id) => req.doc.relations.get(id)));
}

describe('the routing worker sent edits of a view', () => {
  it('routes every line as a whole request does, after random scripts of edits, undos and redos', () => {
    let whole = 0;
    let edits = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const rand = random(seed);
      const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
      const viewId = Object.keys(example.views)[0];
      // odd seeds draw the view without its data entities: the flows' labels still name the data they carry
      if (seed % 2) {
        const view = example.views[viewId];
        const nodes = Object.fromEntries(Object.entries(view.nodes).filter(([id]) => example.elements.get(id)?.kind !== 'dataEntity'));
        example.views = { ...example.views, [viewId]: { ...view, nodes } };
      }
      let state = initialState(example);
      const session = new RouteSession();
      let sent: SentScope | null = null;
      const drawn = new Map<string, RoutedLineMessage>();
      for (let step = 1; step <= 40; step++) {
        if (step > 1) state = randomEdit(state, viewId, rand, step);
        const req: RouteRequest = { id: step, doc: state.doc, view: state.doc.views[viewId], lang: 'ms' };
        const base = sent?.id;
        const edit = sent?.edit(req);
        let message: RouteMessage;
        if (edit && base !== undefined) {
          message = { kind: 'edit', id: step, base, ...edit };
          edits++;
        } else {
          sent = SentScope.of(req);
          message = { kind: 'whole', id: step, scene: toRouteMessage(req) };
          whole++;
        }
        // as posted: a structured clone
        const reply = session.answer(structuredClone(message));
        if (!('lines' in reply)) throw new Error(`step ${step}: ${JSON.stringify(reply)}`);
        if (reply.whole) drawn.clear();
        // an edit's answer holds only lines drawn differently
        for (const line of reply.lines) {
          if (!reply.whole) expect(line, `step ${step}`).not.toEqual(drawn.get(line.id));
          drawn.set(line.id, line);
        }
        for (const id of reply.removed) drawn.delete(id);
        expectHeldAsSent(session, req, `seed ${seed}, step ${step}`);
        const fresh = new RouteSession().answer(structuredClone({ kind: 'whole', id: step, scene: toRouteMessage(req) }));
        if (!('lines' in fresh)) throw new Error('routing failed');
        expect(drawn, `seed ${seed}, step ${step}`).toEqual(byId(fresh.lines));
      }
    }
    // most steps went as edits (the others: the first request, the last box taken off before a placement, new protecting controls)
    expect(edits).toBeGreaterThan(whole * 3);
  });

  it('holds the boxes in the view\'s order when an earlier version of the view comes back (a box back in its old place)', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const viewId = Object.keys(doc.views)[0];
    const start = initialState(doc);
    const hidden = dispatch(start, 'view.hideElements', { viewId, ids: [boxIds(doc.views[viewId].nodes)[3]] }).state;
    const session = new RouteSession();
    let sent: SentScope | null = null;
    [start.doc, hidden.doc, start.doc].forEach((d, i) => {
      const req: RouteRequest = { id: i + 1, doc: d, view: d.views[viewId], lang: 'ms' };
      const base = sent?.id;
      const edit = sent?.edit(req);
      if (!edit) sent = SentScope.of(req);
      session.answer(structuredClone(edit && base !== undefined ? { kind: 'edit', id: i + 1, base, ...edit } : { kind: 'whole', id: i + 1, scene: toRouteMessage(req) }));
      expectHeldAsSent(session, req, `request ${i + 1}`);
    });
  });

  it("keeps a site's controls in the document's order when a relation on the view is made 'protects' (its box lists them, and a long name wraps)", () => {
    const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const viewId = Object.keys(example.views)[0];
    let state: EditorState = initialState(example);
    const session = new RouteSession();
    let sent: SentScope | null = null;
    let drawn = new Map<string, RoutedLineMessage>();
    const send = (id: number) => {
      const req: RouteRequest = { id, doc: state.doc, view: state.doc.views[viewId], lang: 'ms' };
      const base = sent?.id;
      const edit = sent?.edit(req);
      if (!edit) sent = SentScope.of(req);
      const reply = session.answer(structuredClone(edit && base !== undefined ? { kind: 'edit', id, base, ...edit } : { kind: 'whole', id, scene: toRouteMessage(req) }));
      if (!('lines' in reply)) throw new Error('routing failed');
      if (reply.whole) drawn = new Map();
      for (const line of reply.lines) drawn.set(line.id, line);
      for (const gone of reply.removed) drawn.delete(gone);
      expectHeldAsSent(session, req, `request ${id}`);
      const fresh = new RouteSession().answer(structuredClone({ kind: 'whole', id, scene: toRouteMessage(req) }));
      if (!('lines' in fresh)) throw new Error('routing failed');
      expect(drawn, `request ${id}`).toEqual(byId(fresh.lines));
    };
    const steps: [string, unknown][] = [
      ['element.add', { element: makeElement('securityControl', { id: 'sec_long', name: 'Kawalan keselamatan rangkaian yang sangat panjang' } as never), viewId }],
      ['view.hideElements', { viewId, ids: ['sec_long'] }],
      // an association older than the next protecting control: it stands before it in the document
      ['relation.add', { relation: { id: 'rel_assoc', kind: 'association', source: 'sec_long', target: 'site_hq' } }],
      ['relation.add', { relation: { id: 'rel_hsm_hq', kind: 'protects', source: 'sec_hsm', target: 'site_hq' } }],
      // back on the view, the association comes into the worker's table after the protecting control
      ['view.placeElements', { viewId, ids: ['sec_long'] }],
      ['relation.update', { id: 'rel_assoc', patch: { kind: 'protects' } }],
    ];
    send(1);
    steps.forEach(([command, args], i) => {
      state = dispatch(state, command, args).state;
      send(i + 2);
    });
  });

  it('asks for the whole view when an edit is for a request it does not hold', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const view = Object.values(doc.views)[0];
    const session = new RouteSession();
    const req: RouteRequest = { id: 1, doc, view, lang: 'ms' };
    const sent = SentScope.of(req);
    const first = session.answer({ kind: 'whole', id: 1, scene: toRouteMessage(req) });
    expect('lines' in first && first.whole && first.lines.length > 10).toBe(true);
    const next = dispatch(initialState(doc), 'element.update', { id: boxIds(view.nodes)[0], patch: { name: 'Lain' } }).state.doc;
    const edit = sent.edit({ id: 2, doc: next, view: next.views[view.id], lang: 'ms' })!;
    expect(session.answer({ kind: 'edit', id: 2, base: 7, ...edit })).toEqual({ id: 2, resend: true });
    // a new worker holds nothing
    expect(new RouteSession().answer({ kind: 'edit', id: 2, base: 1, ...edit })).toEqual({ id: 2, resend: true });
  });
});

describe('two routing workers in one process', () => {
  it('each routes its view as a worker that never routed anything else, their whole requests and edits interleaved', async () => {
    // the router keeps buffers between routings (shared/routing/plan.ts): two canvases' edits in turn must not mix
    const rand = random(30);
    const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const viewId = Object.keys(example.views)[0];
    const view = example.views[viewId];
    const without = { ...example, views: { ...example.views, [viewId]: { ...view, nodes: Object.fromEntries(Object.entries(view.nodes).filter(([id]) => example.elements.get(id)?.kind !== 'dataEntity')) } } };
    const canvases = [example, without].map((doc) => ({ state: initialState(doc), session: new RouteSession(), sent: null as SentScope | null, drawn: new Map<string, RoutedLineMessage>() }));
    for (let step = 1; step <= 30; step++) {
      const c = canvases[Math.floor(rand() * 2)];
      if (c.sent) c.state = randomEdit(c.state, viewId, rand, step);
      const req: RouteRequest = { id: step, doc: c.state.doc, view: c.state.doc.views[viewId], lang: 'ms' };
      const base = c.sent?.id;
      const edit = c.sent?.edit(req);
      if (!edit) c.sent = SentScope.of(req);
      const message: RouteMessage = edit && base !== undefined ? { kind: 'edit', id: step, base, ...edit } : { kind: 'whole', id: step, scene: toRouteMessage(req) };
      const reply = c.session.answer(structuredClone(message));
      if (!('lines' in reply)) throw new Error(`step ${step}: ${JSON.stringify(reply)}`);
      if (reply.whole) c.drawn.clear();
      for (const line of reply.lines) c.drawn.set(line.id, line);
      for (const id of reply.removed) c.drawn.delete(id);
      vi.resetModules();
      const fresh: typeof import('./compute') = await import('./compute');
      expect(c.drawn, `step ${step}`).toEqual(byId(fresh.routeLines(req)));
    }
  });
});
