import { describe, expect, it, vi } from 'vitest';
import { pengambilanPekerjaExample } from '../../../shared/samples/pengambilan-pekerja';
import { dispatch, initialState } from '../../../shared/commands';
import { boxIds } from '../../../shared/model/boxes-record';
import { makeElement } from '../../../test/helpers/factories';
import { routeLines } from './compute';
import { RouteSession } from './routeSession';
import { SentScope } from './routeScope';
import { toRouteMessage, type RouteRequest } from './protocol';

// the real routing, counted
vi.mock('./compute', async (actual) => {
  const real = await actual<typeof import('./compute')>();
  return { ...real, routeLines: vi.fn(real.routeLines) };
});

describe('the routing worker’s session', () => {
  it('answers an edit of nothing the view routes without routing it again, and routes the next edit that matters', () => {
    const start = initialState(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
    const viewId = Object.keys(start.doc.views)[0];
    // an element on no view, renamed: nothing the LMV's lines read
    const withOffView = dispatch(start, 'element.add', { element: makeElement('dataEntity', { id: 'data_luar', name: 'Data luar' } as never) }).state;
    const renamed = dispatch(withOffView, 'element.update', { id: 'data_luar', patch: { name: 'Data luar paparan' } }).state;
    const first = boxIds(renamed.doc.views[viewId].nodes)[0];
    const node = renamed.doc.views[viewId].nodes[first];
    const moved = dispatch(renamed, 'element.move', { viewId, moves: [{ id: first, x: node.x + 300, y: node.y }] }).state;

    const session = new RouteSession();
    const request = (id: number, doc = withOffView.doc): RouteRequest => ({ id, doc, view: doc.views[viewId], lang: 'ms' });
    const sent = SentScope.of(request(1));
    const whole = session.answer(structuredClone({ kind: 'whole', id: 1, scene: toRouteMessage(request(1)) }));
    expect('lines' in whole && whole.lines.length > 10).toBe(true);
    const routed = vi.mocked(routeLines).mock.calls.length;

    const rename = sent.edit(request(2, renamed.doc))!;
    expect(session.answer(structuredClone({ kind: 'edit', id: 2, base: 1, ...rename }))).toMatchObject({ id: 2, whole: false, lines: [], removed: [] });
    expect(vi.mocked(routeLines).mock.calls.length).toBe(routed);

    // the session now holds request 2: a move built on it is routed and changes lines
    const move = sent.edit(request(3, moved.doc))!;
    const answer = session.answer(structuredClone({ kind: 'edit', id: 3, base: 2, ...move }));
    expect(vi.mocked(routeLines).mock.calls.length).toBe(routed + 1);
    expect('lines' in answer && answer.lines.length).toBeGreaterThan(0);
  });
});
