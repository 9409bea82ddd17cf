import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pengambilanPekerjaExample } from '../../../shared/samples/pengambilan-pekerja';
import { dispatch, initialState, type EditorState } from '../../../shared/commands';
import { boxIds } from '../../../shared/model/boxes-record';
import { RoutingClient } from './routingClient';
import { RouteSession } from './routeSession';
import { toRouteMessage, type RouteChanges, type RouteMessage, type RoutedLineMessage } from './protocol';

/** A routing worker that answers when the test says so, with the real worker's session. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  readonly posted: RouteMessage[] = [];
  private session = new RouteSession();
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(msg: RouteMessage) {
    this.posted.push(structuredClone(msg));
  }
  /** Answer the message in flight (the client posts one at a time). */
  answer() {
    this.onmessage!({ data: structuredClone(this.session.answer(this.posted[this.posted.length - 1])) });
  }
  /** The worker's session starts anew (it holds no view: an edit is answered 'resend'). */
  forget() {
    this.session = new RouteSession();
  }
  /** Answer the message in flight with an error, as the worker does when routing throws. */
  fail() {
    this.onmessage!({ data: { id: this.posted[this.posted.length - 1].id, error: 'routing failed' } });
  }
  terminate() {}
}

const lang = 'ms' as const;

/**
 * A routing client over the worked example's LMV, with what it drew (each answer taken in as the
 * canvas's route store does), every answer it gave, a request of the view as it is now, a box moved,
 * and the lines a whole request routes for the view as it is now.
 */
function clientOnExample() {
  const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  const viewId = Object.keys(example.views)[0];
  let state: EditorState = initialState(example);
  const drawn = new Map<string, RoutedLineMessage>();
  const answers: (RouteChanges | { error: string })[] = [];
  const client = new RoutingClient((reply) => {
    answers.push(reply);
    if ('error' in reply) return;
    if (reply.whole) drawn.clear();
    for (const l of reply.lines) drawn.set(l.id, l);
    for (const id of reply.removed) drawn.delete(id);
  });
  return {
    client,
    drawn,
    answers,
    doc: () => state.doc,
    ask: () => client.request({ doc: state.doc, view: state.doc.views[viewId], lang }),
    move: (k: number, dx: number) => {
      const id = boxIds(state.doc.views[viewId].nodes)[k];
      const node = state.doc.views[viewId].nodes[id];
      state = dispatch(state, 'element.move', { viewId, moves: [{ id, x: node.x + dx, y: node.y }] }).state;
    },
    routedWhole: () => {
      const reply = new RouteSession().answer({ kind: 'whole', id: 0, scene: structuredClone(toRouteMessage({ id: 0, doc: state.doc, view: state.doc.views[viewId], lang })) });
      return 'lines' in reply ? new Map(reply.lines.map((l) => [l.id, l])) : null;
    },
  };
}

describe('the canvas routing client', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('sends the view whole once, then edits; an answer overtaken by a newer edit is drawn with the next; a crashed worker is replaced and sent the view whole', () => {
    const { client, drawn, answers, ask, move, routedWhole } = clientOnExample();

    ask();
    vi.advanceTimersByTime(60);
    const worker = FakeWorker.made[0];
    worker.answer();
    expect(drawn).toEqual(routedWhole());

    move(5, 400);
    ask();
    vi.advanceTimersByTime(60);
    // a second edit while the worker routes the first: the first's answer is not drawn
    move(9, -300);
    ask();
    vi.advanceTimersByTime(60);
    worker.answer();
    expect(answers).toHaveLength(1);
    worker.answer();
    expect(answers).toHaveLength(2);
    expect(worker.posted.map((m) => m.kind)).toEqual(['whole', 'edit', 'edit']);
    expect(drawn).toEqual(routedWhole());

    move(2, 200);
    ask();
    vi.advanceTimersByTime(60);
    worker.onerror!();
    expect(answers[2]).toEqual({ error: 'routing worker failed' });
    move(3, 120);
    ask();
    vi.advanceTimersByTime(60);
    const second = FakeWorker.made[1];
    expect(second.posted.map((m) => m.kind)).toEqual(['whole']);
    second.answer();
    expect(drawn).toEqual(routedWhole());
    client.dispose();
  });

  it('sends the view whole after a resend or an error answer, and goes on routing after a request it could not make into a message', () => {
    const { client, drawn, answers, doc, ask: request, move, routedWhole } = clientOnExample();
    const errors = () => answers.flatMap((a) => ('error' in a ? [a.error] : []));
    const ask = () => {
      request();
      vi.advanceTimersByTime(60);
    };

    ask();
    const worker = FakeWorker.made[0];
    worker.answer();
    // the worker no longer holds the view: it answers the edit 'resend', and the client sends it whole unasked
    worker.forget();
    move(4, 250);
    ask();
    worker.answer();
    expect(worker.posted.map((m) => m.kind)).toEqual(['whole', 'edit', 'whole']);
    worker.answer();
    expect(drawn).toEqual(routedWhole());

    // an error answer: shown, and the next request goes whole
    move(6, -180);
    ask();
    worker.fail();
    expect(errors()).toEqual(['routing failed']);
    move(7, 90);
    ask();
    expect(worker.posted.map((m) => m.kind).slice(-2)).toEqual(['edit', 'whole']);
    worker.answer();
    expect(drawn).toEqual(routedWhole());

    // a request that cannot be made into a message is answered with an error; the client is not left busy
    client.request({ doc: doc(), view: undefined as never, lang });
    vi.advanceTimersByTime(60);
    expect(errors()).toHaveLength(2);
    move(8, 140);
    ask();
    expect(worker.posted.map((m) => m.kind).slice(-1)).toEqual(['whole']);
    worker.answer();
    expect(drawn).toEqual(routedWhole());
    client.dispose();
  });
});
