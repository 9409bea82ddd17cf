import { describe, expect, it } from 'vitest';
import { BAND_HEADER_WIDTH, bandLayout, NODE_HEIGHT } from '../model';
import { makeDocument, makeElement, makeRelation } from '../../test/helpers/factories';
import { CommandError, dispatch, executeCommand, initialState, undo } from './index';

const app = makeElement('application', { id: 'el_app', name: 'Sistem Pengambilan Pekerja' });
const sys = makeElement('externalSystem', { id: 'el_sys', name: 'Sistem A', agency: 'Agensi A' });
const data = makeElement('dataEntity', { id: 'el_data', name: 'Maklumat Calon' });
const flow = makeRelation('dataFlow', 'el_sys', 'el_app', { id: 'rel_flow', method: 'sftp', direction: 'supplies' } as never);
const doc0 = () => makeDocument([app, sys, data], [flow]);

/** The CommandError `run` throws (fails the test when it throws nothing). */
function rejection(run: () => unknown): CommandError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(CommandError);
    return e as CommandError;
  }
  return expect.unreachable('the command was accepted');
}

describe('element.update', () => {
  it('changes a field, and clears one patched with undefined', () => {
    const { doc } = executeCommand(doc0(), 'element.update', { id: 'el_sys', patch: { name: 'Sistem A baharu', agency: undefined } });
    expect(doc.elements.get('el_sys')).toMatchObject({ name: 'Sistem A baharu', kind: 'externalSystem' });
    expect(doc.elements.get('el_sys')).not.toHaveProperty('agency');
  });

  it('refuses a bad value with the path of the field and leaves the document as it was', () => {
    const doc = makeDocument([makeElement('network', { id: 'el_net', name: 'IPVPN' })]);
    const error = rejection(() => executeCommand(doc, 'element.update', { id: 'el_net', patch: { speedMbps: -5 } }));
    expect(error.key).toBe('element.invalid');
    expect(error.details[0].path).toEqual(['speedMbps']);
    expect(doc.elements.get('el_net')).not.toHaveProperty('speedMbps');
  });

  it('refuses a channel URL that is not a web address, yet lets other edits through on an old bad URL', () => {
    const portal = makeElement('channel', { id: 'el_portal', name: 'Portal', channelType: 'agencyPortal' } as never);
    const doc = makeDocument([portal]);
    const error = rejection(() => executeCommand(doc, 'element.update', { id: 'el_portal', patch: { url: 'laman utama agensi' } }));
    expect(error.details).toEqual([{ path: ['url'], params: { message: 'url.invalid' } }]);
    const fine = executeCommand(doc, 'element.update', { id: 'el_portal', patch: { url: 'https://portal.agensi.gov.my' } }).doc;
    expect(fine.elements.get('el_portal')).toMatchObject({ url: 'https://portal.agensi.gov.my' });
    // a file written before the check holds such a value: renaming must still work
    const legacy = makeDocument([{ ...portal, url: 'laman utama' } as never]);
    expect(executeCommand(legacy, 'element.update', { id: 'el_portal', patch: { name: 'Portal Agensi' } }).doc.elements.get('el_portal')!.name).toBe('Portal Agensi');
  });

  it('refuses a data flow API URL that is not a web address', () => {
    const error = rejection(() => executeCommand(doc0(), 'relation.update', { id: 'rel_flow', patch: { apiUrl: 'belum ada' } }));
    expect(error.key).toBe('relation.invalid');
    expect(error.details[0].path).toEqual(['apiUrl']);
  });

  it('refuses to change the kind of an element', () => {
    expect(rejection(() => executeCommand(doc0(), 'element.update', { id: 'el_sys', patch: { kind: 'application' } })).key).toBe('element.kindImmutable');
  });
});

describe('an update that changes nothing', () => {
  it('makes no patch, so no undo step and no unsaved mark: the same name (as trimmed), parent, hardware, or data carried', () => {
    const module = makeElement('module', { id: 'el_mod', name: 'Modul Tapisan', parentId: 'el_app' } as never);
    const site = makeElement('site', { id: 'el_site', name: 'Pusat Data', hardware: [{ item: 'Pelayan', quantity: 2 }] } as never);
    const carrying = { ...flow, dataEntityIds: ['el_data'] } as typeof flow;
    const state = initialState(makeDocument([app, sys, data, module, site], [carrying]));
    const sameValues: [string, { id: string; patch: Record<string, unknown> }][] = [
      ['element.update', { id: 'el_sys', patch: { name: 'Sistem A ' } }],
      ['element.update', { id: 'el_sys', patch: { agency: 'Agensi A', name: 'Sistem A' } }],
      ['element.update', { id: 'el_mod', patch: { parentId: 'el_app' } }],
      ['element.update', { id: 'el_site', patch: { hardware: [{ item: 'Pelayan', quantity: 2 }] } }],
      ['relation.update', { id: 'rel_flow', patch: { dataEntityIds: ['el_data'], method: 'sftp' } }],
    ];
    for (const [id, args] of sameValues) {
      const { state: after, patches } = dispatch(state, id, args, { mergeKey: 'typing' });
      expect(patches, `${id} ${JSON.stringify(args.patch)}`).toEqual([]);
      expect(after).toBe(state);
    }
    // a real change still is one
    expect(dispatch(state, 'element.update', { id: 'el_sys', patch: { name: 'Sistem B' } }).state.past).toHaveLength(1);
  });
});

describe('element.move', () => {
  it('keeps a node inside the band of its kind and right of the band labels', () => {
    const { doc } = executeCommand(doc0(), 'element.move', { viewId: 'view_main', moves: [{ id: 'el_app', x: -400, y: 0 }] });
    const node = doc.views.view_main.nodes.el_app;
    const band = bandLayout(doc.views.view_main).find((b) => b.band === 'applications')!;
    expect(node.x).toBeGreaterThan(BAND_HEADER_WIDTH);
    expect(node.y).toBeGreaterThanOrEqual(band.top);
    expect(node.y + NODE_HEIGHT).toBeLessThanOrEqual(band.top + band.height);
  });

  it('refuses to move an element that does not exist', () => {
    expect(rejection(() => executeCommand(doc0(), 'element.move', { viewId: 'view_main', moves: [{ id: 'nope', x: 300, y: 300 }] })).key).toBe('element.notFound');
  });
});

describe('element.addMany', () => {
  it('adds pasted elements with their relations and positions as one undo step', () => {
    const copy = { ...sys, id: 'el_sys2' };
    const rel = { ...flow, id: 'rel_copy', source: 'el_sys2' };
    let s = initialState(doc0());
    s = dispatch(s, 'element.addMany', { elements: [copy], relations: [rel], viewId: 'view_main', nodes: { el_sys2: { x: 900, y: 900 } } }).state;
    expect(s.doc.elements.get('el_sys2')!.name).toBe('Sistem A');
    expect(s.doc.relations.get('rel_copy')).toMatchObject({ source: 'el_sys2', target: 'el_app', method: 'sftp' });
    expect(s.doc.views.view_main.nodes.el_sys2.x).toBe(900);
    expect(s.past).toHaveLength(1);
    expect(undo(s).state.doc).toEqual(doc0());
  });

  it('refuses a relation to an element that is in neither the paste nor the model', () => {
    const rel = { ...flow, id: 'rel_copy', source: 'el_gone' };
    expect(rejection(() => executeCommand(doc0(), 'element.addMany', { elements: [], relations: [rel] })).key).toBe('relation.danglingEnd');
  });
});

describe('relation.update and flow.setMethod', () => {
  it('changes the method and direction of a data flow', () => {
    let { doc } = executeCommand(doc0(), 'flow.setMethod', { id: 'rel_flow', method: 'myGdx' });
    ({ doc } = executeCommand(doc, 'relation.update', { id: 'rel_flow', patch: { direction: 'both', dataEntityIds: ['el_data'] } }));
    expect(doc.relations.get('rel_flow')).toMatchObject({ kind: 'dataFlow', method: 'myGdx', direction: 'both', dataEntityIds: ['el_data'] });
  });

  it('refuses a method that is not an integration method', () => {
    expect(rejection(() => executeCommand(doc0(), 'flow.setMethod', { id: 'rel_flow', method: 'fax' })).key).toBe('command.invalidArgs');
  });

  it('refuses a flow that carries something other than a data entity', () => {
    expect(rejection(() => executeCommand(doc0(), 'relation.update', { id: 'rel_flow', patch: { dataEntityIds: ['el_app'] } })).key).toBe('flow.dataEntityMissing');
  });

  it('keeps the reverse service of a two-way flow to data the flow carries, and drops it with the data', () => {
    const data2 = makeElement('dataEntity', { id: 'el_data2', name: 'Keputusan Tapisan' });
    let doc = makeDocument([app, sys, data, data2], [flow]);
    ({ doc } = executeCommand(doc, 'relation.update', { id: 'rel_flow', patch: { direction: 'both', dataEntityIds: ['el_data', 'el_data2'], reverse: { serviceId: 'PQRST-SPP-R-MaklumatCalon', dataEntityIds: ['el_data2'] } } }));
    expect(doc.relations.get('rel_flow')).toMatchObject({ reverse: { serviceId: 'PQRST-SPP-R-MaklumatCalon', dataEntityIds: ['el_data2'] } });
    // taking the data off the flow takes it off the reverse service too
    ({ doc } = executeCommand(doc, 'relation.update', { id: 'rel_flow', patch: { dataEntityIds: ['el_data'] } }));
    expect(doc.relations.get('rel_flow')).toMatchObject({ reverse: { serviceId: 'PQRST-SPP-R-MaklumatCalon' } });
    expect((doc.relations.get('rel_flow') as { reverse: object }).reverse).not.toHaveProperty('dataEntityIds');
    ({ doc } = executeCommand(doc, 'relation.update', { id: 'rel_flow', patch: { dataEntityIds: ['el_data', 'el_data2'], reverse: { dataEntityIds: ['el_data2'] } } }));
    ({ doc } = executeCommand(doc, 'element.remove', { ids: ['el_data2'] }));
    expect(doc.relations.get('rel_flow')).toMatchObject({ dataEntityIds: ['el_data'], reverse: { dataEntityIds: [] } });
    expect(rejection(() => executeCommand(doc, 'relation.update', { id: 'rel_flow', patch: { dataEntityIds: ['el_app'], reverse: { dataEntityIds: ['el_app'] } } })).key).toBe('flow.dataEntityMissing');
  });

  it('refuses to turn a relation into a kind its ends do not allow', () => {
    expect(rejection(() => executeCommand(doc0(), 'relation.update', { id: 'rel_flow', patch: { kind: 'uses' } })).key).toBe('relation.notAllowed');
  });
});

describe('views', () => {
  it('adds, renames and removes a view, each one undo step', () => {
    let s = initialState(doc0());
    s = dispatch(s, 'view.add', { view: { id: 'view_2', name: 'Paparan 2', order: 1, nodes: {} } }).state;
    s = dispatch(s, 'view.rename', { id: 'view_2', name: 'Integrasi' }).state;
    expect(s.doc.views.view_2.name).toBe('Integrasi');
    s = dispatch(s, 'view.remove', { id: 'view_2' }).state;
    expect(s.doc.views.view_2).toBeUndefined();
    expect(s.past).toHaveLength(3);
    expect(undo(s).state.doc.views.view_2.name).toBe('Integrasi');
  });

  it('refuses an empty view name and removing the last view', () => {
    const error = rejection(() => executeCommand(doc0(), 'view.rename', { id: 'view_main', name: '   ' }));
    expect(error.details[0].params?.message).toBe('name.required');
    expect(rejection(() => executeCommand(doc0(), 'view.remove', { id: 'view_main' })).key).toBe('view.lastView');
  });

  it('hides an element from a view but keeps it and its relations in the model', () => {
    const { doc } = executeCommand(doc0(), 'view.hideElements', { viewId: 'view_main', ids: ['el_sys'] });
    expect(doc.views.view_main.nodes.el_sys).toBeUndefined();
    expect(doc.elements.get('el_sys')).toBeDefined();
    expect(doc.relations.get('rel_flow')).toBeDefined();
    // remembered as hidden (the Kertas Cadangan counts it), until it is placed on the view again
    expect(doc.views.view_main.hidden).toEqual(['el_sys']);
    const back = executeCommand(doc, 'view.layout', { viewId: 'view_main', nodes: { el_sys: { x: 400, y: 900 } } }).doc;
    expect(back.views.view_main.hidden).toBeUndefined();
  });

  it('applies a layout with its band heights as one undo step', () => {
    let s = initialState(doc0());
    const heights = [120, 120, 120, 120, 300, 200, 200];
    s = dispatch(s, 'view.layout', { viewId: 'view_main', nodes: { el_app: { x: 400, y: 560 } }, bandHeights: heights }).state;
    expect(s.doc.views.view_main.nodes.el_app).toEqual({ x: 400, y: 560 });
    expect(s.doc.views.view_main.bandHeights).toEqual(heights);
    expect(undo(s).state.doc).toEqual(doc0());
  });
});
