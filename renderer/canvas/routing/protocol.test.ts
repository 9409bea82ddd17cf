import { describe, expect, it } from 'vitest';
import { pengambilanPekerjaExample } from '../../../shared/samples/pengambilan-pekerja';
import { makeLargeDocument } from '../../../test/helpers/factories';
import { Table, tableFromWire, type LakarDocument } from '../../../shared/model';
import { routeLines } from './compute';
import { fromRouteMessage, toRouteMessage, type RouteRequest } from './protocol';
import { SentScope } from './routeScope';

/**
 * The worked example (001 §3.3.4) inside a large project, its LMV without the data entities the
 * flows carry (the labels still name them), plus a relation from the view to an element off it.
 */
function exampleInLargeProject(): LakarDocument {
  const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  const filler = makeLargeDocument(5_000);
  const [viewId, view] = Object.entries(example.views)[0];
  const nodes = Object.fromEntries(Object.entries(view.nodes).filter(([id]) => example.elements.get(id)?.kind !== 'dataEntity'));
  return {
    ...example,
    elements: Table.fromEntries([...filler.elements.entries(), ...example.elements.entries()]),
    relations: Table.fromEntries([...filler.relations.entries(), ...example.relations.entries()]).set('rel_off_view', {
      id: 'rel_off_view',
      kind: 'serves',
      source: example.elements.ids()[0],
      target: filler.elements.ids()[0],
    } as never),
    views: { ...example.views, [viewId]: { ...view, nodes } },
  };
}

describe('route requests posted to the routing worker', () => {
  const doc = exampleInLargeProject();
  const view = Object.values(doc.views)[0];
  const req: RouteRequest = { id: 7, doc, view, lang: 'ms' };

  it('carry only the elements on the view, the relations between two of them in document order, and the data their flows carry', () => {
    const msg = structuredClone(toRouteMessage(req));
    const onView = Object.keys(view.nodes);
    const between = doc.relations.ids().filter((id) => {
      const r = doc.relations.get(id)!;
      return onView.includes(r.source) && onView.includes(r.target);
    });
    const carried = new Set(between.flatMap((id) => {
      const r = doc.relations.get(id)!;
      return r.kind === 'dataFlow' ? (r.dataEntityIds ?? []) : [];
    }));
    expect(carried.size).toBeGreaterThan(0);
    expect([...carried].some((id) => onView.includes(id))).toBe(false);
    expect([...tableFromWire(msg.doc.elements).ids()].sort()).toEqual([...onView, ...carried].sort());
    expect(between.length).toBeGreaterThan(10);
    expect(tableFromWire(msg.doc.relations).ids()).toEqual(between);
    expect(tableFromWire(msg.doc.relations).has('rel_off_view')).toBe(false);
  });

  it('route the view exactly as the whole project does: same lines, legs and labels', () => {
    const whole = routeLines(req);
    const posted = routeLines(fromRouteMessage(structuredClone(toRouteMessage(req))));
    expect(whole.length).toBeGreaterThan(10);
    expect(posted).toEqual(whole);
    // the flows' labels name the data they carry, which is not on this view (Jadual 3-1 label 6)
    expect(whole.some((l) => l.label?.text.includes('Maklumat Calon'))).toBe(true);
  });

  it('route a view without the security controls as the whole project does: each site is as tall as the controls its box lists (Jadual 3-1 label 7)', () => {
    const controls = doc.elements.values().filter((e) => e.kind === 'securityControl').map((e) => e.id);
    expect(controls.length).toBeGreaterThan(0);
    const nodes = Object.fromEntries(Object.entries(view.nodes).filter(([id]) => !controls.includes(id)));
    const bare: RouteRequest = { ...req, view: { ...view, nodes } };
    const whole = routeLines(bare);
    const posted = routeLines(fromRouteMessage(structuredClone(toRouteMessage(bare))));
    // the networks meet the sites at their foot: drawn at the listed height, or the lines stop short of the boxes
    expect(whole.some((l) => doc.relations.get(l.id)?.kind === 'connects')).toBe(true);
    expect(posted).toEqual(whole);
  });

  it("leave out the view's hidden elements, which routing never reads: a large project's view may hide thousands, and every edit would send them again", () => {
    const hiding: RouteRequest = { ...req, view: { ...view, hidden: doc.elements.ids().filter((id) => !(id in view.nodes)) } };
    expect(hiding.view.hidden!.length).toBeGreaterThan(5_000);
    const whole = structuredClone(toRouteMessage(hiding));
    expect('hidden' in whole.view).toBe(false);
    expect(routeLines(fromRouteMessage(whole))).toEqual(routeLines(hiding));
    // an edit message repeats the view without its boxes, and without what it hides
    const renamed = doc.elements.ids().find((id) => id in view.nodes)!;
    const edited = { ...doc, elements: doc.elements.set(renamed, { ...doc.elements.get(renamed)!, name: 'Nama lain' }) };
    const edit = SentScope.of(hiding).edit({ ...hiding, id: 8, doc: edited });
    expect(edit?.elements.map(([id]) => id)).toEqual([renamed]);
    expect('hidden' in edit!.view).toBe(false);
  });
});
