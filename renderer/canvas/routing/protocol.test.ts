import { describe, expect, it } from 'vitest';
import { pengambilanPekerjaExample } from '../../../shared/samples/pengambilan-pekerja';
import { makeLargeDocument } from '../../../test/helpers/factories';
import { Table, type LakarDocument } from '../../../shared/model';
import { computeRoutes } from './compute';
import { fromRouteMessage, toRouteMessage, type RouteRequest } from './protocol';

/** The worked example (001 §3.3.4) inside a large project: its LMV holds 43 of the project's elements. */
function exampleInLargeProject(): LakarDocument {
  const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  const filler = makeLargeDocument(5_000);
  return {
    ...example,
    elements: Table.fromEntries([...filler.elements.entries(), ...example.elements.entries()]),
    // filler relations first, and some that join the view to elements off it
    relations: Table.fromEntries([...filler.relations.entries(), ...example.relations.entries()]).set('rel_off_view', {
      id: 'rel_off_view',
      kind: 'serves',
      source: example.elements.ids()[0],
      target: filler.elements.ids()[0],
    } as never),
  };
}

describe('route requests posted to the routing worker', () => {
  const doc = exampleInLargeProject();
  const view = Object.values(doc.views)[0];
  const req: RouteRequest = { id: 7, doc, view, lang: 'ms' };

  it('carry only the elements on the view and the relations between two of them, in document order', () => {
    const msg = structuredClone(toRouteMessage(req));
    const onView = Object.keys(view.nodes);
    expect(Object.keys(msg.doc.elements).sort()).toEqual([...onView].sort());
    const between = doc.relations.ids().filter((id) => {
      const r = doc.relations.get(id)!;
      return onView.includes(r.source) && onView.includes(r.target);
    });
    expect(between.length).toBeGreaterThan(10);
    expect(Object.keys(msg.doc.relations)).toEqual(between);
    expect(msg.doc.relations.rel_off_view).toBeUndefined();
  });

  it('route the view exactly as the whole project does: same lines, legs and labels', () => {
    const whole = computeRoutes(req);
    const posted = computeRoutes(fromRouteMessage(structuredClone(toRouteMessage(req))));
    if ('error' in whole || 'error' in posted) throw new Error('routing failed');
    expect(whole.lines.length).toBeGreaterThan(10);
    expect(posted.lines).toEqual(whole.lines);
  });
});
