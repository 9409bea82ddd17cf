import { describe, expect, it } from 'vitest';
import { pengambilanPekerjaExample } from '../../../shared/samples/pengambilan-pekerja';
import { makeLargeDocument } from '../../../test/helpers/factories';
import { layoutView } from '../../../shared/layout';
import { Table, tableFromWire, type LakarDocument, type Relation, type View } from '../../../shared/model';
import { fromLayoutMessage, toLayoutMessage, type LayoutRequest } from './layoutProtocol';

/** Systems of the worked example that exchange no data through MyGDX on the view (fl_c, fl_d go by web service). */
const NOT_VIA_HUB = ['sys_c', 'sys_d', 'sys_xy'];

/**
 * The worked example (001 §3.3.4) inside a project of 5,000 more elements and 7,500 relations, with
 * relations from its view to elements off it: an ordinary one, and MyGDX data flows from three of its
 * systems that exchange nothing else through the hub. A second view shares part of the example's
 * elements with filler ones, its boxes piled on one spot as an import without a diagram leaves them.
 */
function exampleInLargeProject(): LakarDocument {
  const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  const filler = makeLargeDocument(5_000);
  const off = filler.elements.ids();
  const reaching: Relation[] = [
    { id: 'rel_off_view', kind: 'serves', source: 'app_spp', target: off[0] } as never,
    ...NOT_VIA_HUB.map((id, i) => ({ id: `fl_off_view_${i}`, kind: 'dataFlow', source: id, target: off[7 + 10 * i], method: 'myGdx', direction: 'supplies', category: 'berkala' }) as Relation),
  ];
  const second: View = {
    id: 'view_second',
    name: 'LMV kedua',
    order: 1,
    nodes: Object.fromEntries([...example.elements.ids().filter((_, i) => i % 2 === 0), ...off.slice(0, 60)].map((id) => [id, { x: 300, y: 0 }])),
  };
  return {
    ...example,
    elements: Table.fromEntries([...filler.elements.entries(), ...example.elements.entries()]),
    relations: Table.fromEntries([...filler.relations.entries(), ...example.relations.entries(), ...reaching.map((r) => [r.id, r] as const)]),
    views: { ...example.views, view_second: second },
  };
}

/** The request as the worker gets it: through the message and structured clone. */
const posted = (req: LayoutRequest) => fromLayoutMessage(structuredClone(toLayoutMessage(req)));

describe('auto-layout requests posted to the layout worker', () => {
  const doc = exampleInLargeProject();
  const view = doc.views.view_main;

  it('carry the view alone, its elements, and in document order the relations between them and the MyGDX flows leaving it', () => {
    const msg = structuredClone(toLayoutMessage({ doc, viewId: 'view_main' }));
    const onView = Object.keys(view.nodes);
    expect(Object.keys(msg.doc.views)).toEqual(['view_main']);
    expect(msg.doc.views.view_main).toEqual(view);
    expect([...tableFromWire(msg.doc.elements).ids()].sort()).toEqual([...onView].sort());
    const between = doc.relations.ids().filter((id) => {
      const r = doc.relations.get(id)!;
      return onView.includes(r.source) && onView.includes(r.target);
    });
    expect(between.length).toBeGreaterThan(10);
    expect(tableFromWire(msg.doc.relations).ids()).toEqual([...between, 'fl_off_view_0', 'fl_off_view_1', 'fl_off_view_2']);
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
    const between = req.doc.relations.entries().filter(([id]) => !id.startsWith('fl_off_view_'));
    const without = await layoutView({ ...req.doc, relations: Table.fromEntries(between) }, 'view_main');
    expect(without.nodes).not.toEqual(whole.nodes);
  });

  it('fail in the worker as on the whole project when the view is gone', async () => {
    await expect(layoutView(posted({ doc, viewId: 'view_gone' }).doc, 'view_gone')).rejects.toThrow('view view_gone not found');
  });
});
