import { describe, expect, it } from 'vitest';
import { pengambilanPekerjaExample } from '../../../shared/samples/pengambilan-pekerja';
import { makeLargeDocument } from '../../../test/helpers/factories';
import { layoutView } from '../../../shared/layout';
import { Table, tableFromWire, type LakarDocument, type Relation, type View } from '../../../shared/model';
import { fromLayoutMessage, toLayoutMessage, type LayoutRequest } from './layoutProtocol';

/**
 * The worked example (001 §3.3.4) inside a project of 5,000 more elements and 7,500 relations, with
 * relations between its view and elements off it: an ordinary one, and MyGDX data flows to or from
 * three of its systems that exchange nothing else through the hub; and a MyGDX flow elsewhere. A
 * second view, without a MyGDX platform, shares part of the example's elements with filler ones, its
 * boxes piled on one spot as an import without a diagram leaves them.
 */
function exampleInLargeProject(): LakarDocument {
  const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  const filler = makeLargeDocument(5_000);
  const off = filler.elements.ids();
  const myGdx = (id: string, source: string, target: string) => ({ id, kind: 'dataFlow', source, target, method: 'myGdx', direction: 'supplies', category: 'berkala' }) as Relation;
  const reaching: Relation[] = [
    { id: 'rel_off_view', kind: 'serves', source: 'app_spp', target: off[100] } as never,
    myGdx('fl_from_view', 'sys_c', off[107]),
    myGdx('fl_into_view', off[117], 'sys_d'),
    myGdx('fl_elsewhere', off[127], off[137]),
    // from Sistem YZ: with the sites' controls listed in their boxes (no pull between them), flows from
    // Sistem C, D and XY happened to leave the example's order as it was, which says nothing of the message
    myGdx('fl_from_view_2', 'sys_yz', off[147]),
  ];
  const second: View = {
    id: 'view_second',
    name: 'LMV kedua',
    order: 1,
    nodes: Object.fromEntries(
      [...example.elements.ids().filter((id, i) => i % 2 === 0 && id !== 'pf_mygdx'), ...off.slice(0, 60)].map((id) => [id, { x: 300, y: 0 }]),
    ),
  };
  return {
    ...example,
    elements: Table.fromEntries([...filler.elements.entries(), ...example.elements.entries()]),
    relations: Table.fromEntries([...filler.relations.entries(), ...example.relations.entries(), ...reaching.map((r) => [r.id, r] as const)]),
    views: { ...example.views, view_second: second },
  };
}

/** Ids of the relations of `doc` with both ends on `view`, in document order. */
function between(doc: LakarDocument, view: View): string[] {
  return doc.relations.ids().filter((id) => {
    const r = doc.relations.get(id)!;
    return Object.hasOwn(view.nodes, r.source) && Object.hasOwn(view.nodes, r.target);
  });
}

/** The request as the worker gets it: through the message and structured clone. */
const posted = (req: LayoutRequest) => fromLayoutMessage(structuredClone(toLayoutMessage(req)));

describe('auto-layout requests posted to the layout worker', () => {
  const doc = exampleInLargeProject();
  const view = doc.views.view_main;

  it('carry the view alone, its elements, and in document order the relations between them and the MyGDX flows to or from it', () => {
    const msg = structuredClone(toLayoutMessage({ doc, viewId: 'view_main' }));
    expect(Object.keys(msg.doc.views)).toEqual(['view_main']);
    expect(msg.doc.views.view_main).toEqual(view);
    expect([...tableFromWire(msg.doc.elements).ids()].sort()).toEqual(Object.keys(view.nodes).sort());
    expect(between(doc, view).length).toBeGreaterThan(10);
    expect(tableFromWire(msg.doc.relations).ids()).toEqual([...between(doc, view), 'fl_from_view', 'fl_into_view', 'fl_from_view_2']);
  });

  it('carry no MyGDX flow leaving a view without a MyGDX platform, and the controls its sites’ boxes list though they are off it (Jadual 3-1 label 7)', () => {
    const second = doc.views.view_second;
    const msg = structuredClone(toLayoutMessage({ doc, viewId: 'view_second' }));
    expect(Object.keys(msg.doc.views)).toEqual(['view_second']);
    expect(between(doc, second).length).toBeGreaterThan(10);
    const listed = doc.relations.ids().filter((id) => {
      const r = doc.relations.get(id)!;
      return r.kind === 'protects' && Object.hasOwn(second.nodes, r.target) && !Object.hasOwn(second.nodes, r.source);
    });
    expect(listed.length).toBeGreaterThan(0);
    expect([...tableFromWire(msg.doc.relations).ids()].sort()).toEqual([...between(doc, second), ...listed].sort());
    const controls = new Set(listed.map((id) => doc.relations.get(id)!.source));
    expect([...tableFromWire(msg.doc.elements).ids()].sort()).toEqual([...Object.keys(second.nodes), ...controls].sort());
  });

  it('lay out the worked example exactly as the whole project does: every position and band height', async () => {
    const whole = await layoutView(doc, 'view_main');
    const fromMessage = await layoutView(posted({ doc, viewId: 'view_main' }).doc, 'view_main');
    expect(Object.keys(whole.nodes).sort()).toEqual(Object.keys(view.nodes).sort());
    expect(fromMessage).toEqual(whole);
  });

  it('lay out a second view sharing elements with the first exactly as the whole project does', async () => {
    const whole = await layoutView(doc, 'view_second');
    const fromMessage = await layoutView(posted({ doc, viewId: 'view_second' }).doc, 'view_second');
    expect(Object.keys(whole.nodes)).toHaveLength(Object.keys(doc.views.view_second.nodes).length);
    expect(fromMessage).toEqual(whole);
  });

  it('need the MyGDX flows leaving the view: without them the boxes land elsewhere', async () => {
    const whole = await layoutView(doc, 'view_main');
    const req = posted({ doc, viewId: 'view_main' });
    const onlyBetween = req.doc.relations.entries().filter(([id]) => !['fl_from_view', 'fl_into_view', 'fl_from_view_2'].includes(id));
    const without = await layoutView({ ...req.doc, relations: Table.fromEntries(onlyBetween) }, 'view_main');
    expect(without.nodes).not.toEqual(whole.nodes);
  });

  it('fail in the worker as on the whole project when the view is gone', async () => {
    await expect(layoutView(posted({ doc, viewId: 'view_gone' }).doc, 'view_gone')).rejects.toThrow('view view_gone not found');
  });
});
