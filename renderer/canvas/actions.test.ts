import { beforeEach, describe, expect, it } from 'vitest';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { useEditor } from '../state/editor';
import { bandLayout } from '../../shared/model';
import { useCanvas } from './canvasStore';
import { useDialogs } from '../shell/dialogs';
import {
  alignSelection,
  allowedRelationKinds,
  autoLayout,
  connectElements,
  copySelection,
  deleteSelection,
  duplicateSelection,
  needsConnectionChoice,
  nudgeSelection,
  orientConnection,
  pasteClip,
  selectAll,
} from './actions';

const doc = () => useEditor.getState().history!.doc;
const past = () => useEditor.getState().history!.past.length;
const select = (elements: string[], relations: string[] = []) => useEditor.getState().setSelection({ elements, relations });

beforeEach(() => {
  useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: 'Contoh', doc: pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), dirty: false } as never);
  useCanvas.setState({ clip: null, pasteCount: 0 });
});

describe('copy / paste / duplicate', () => {
  it('pastes a copy with new ids, offset, selected, and each paste further away', () => {
    select(['sys_a', 'app_spp']);
    expect(copySelection()).toBe(true);
    expect(pasteClip()).toBe(true);
    const first = useEditor.getState().selection.elements;
    expect(first).toHaveLength(2);
    expect(first).not.toContain('sys_a');
    const copyOfA = first.find((id) => doc().elements.get(id)!.name === 'Sistem A')!;
    expect(doc().views.view_main.nodes[copyOfA].x).toBe(doc().views.view_main.nodes.sys_a.x + 30);
    // the flow between the two copied elements was copied too
    expect(doc().relations.values().filter((r) => r.kind === 'dataFlow' && r.target === copyOfA)).toHaveLength(1);
    pasteClip();
    const second = useEditor.getState().selection.elements.find((id) => doc().elements.get(id)!.name === 'Sistem A')!;
    expect(doc().views.view_main.nodes[second].x).toBe(doc().views.view_main.nodes.sys_a.x + 60);
  });

  it('duplicates as one undo step', () => {
    select(['pr_1', 'pr_2']);
    const before = doc().elements.ids().length;
    duplicateSelection();
    expect(doc().elements.ids()).toHaveLength(before + 2);
    useEditor.getState().undo();
    expect(doc().elements.ids()).toHaveLength(before);
  });
});

describe('deleteSelection', () => {
  it('deletes selected elements and relations in one undo step', () => {
    select(['sys_b'], ['fl_xy']);
    const steps = past();
    expect(deleteSelection()).toBe(true);
    expect(doc().elements.get('sys_b')).toBeUndefined();
    expect(doc().relations.get('fl_xy')).toBeUndefined();
    expect(past()).toBe(steps + 1);
    useEditor.getState().undo();
    expect(doc().elements.get('sys_b')).toBeDefined();
    expect(doc().relations.get('fl_xy')).toBeDefined();
  });
});

describe('nudgeSelection', () => {
  it('moves the selection and merges a run of nudges into one undo step', () => {
    select(['pr_1']);
    const x = doc().views.view_main.nodes.pr_1.x;
    const steps = past();
    nudgeSelection(10, 0);
    nudgeSelection(10, 0);
    nudgeSelection(50, 0);
    expect(doc().views.view_main.nodes.pr_1.x).toBe(x + 70);
    expect(past()).toBe(steps + 1);
    useEditor.getState().undo();
    expect(doc().views.view_main.nodes.pr_1.x).toBe(x);
  });

  it('cannot push a node out of its band', () => {
    select(['pr_1']);
    const y = doc().views.view_main.nodes.pr_1.y;
    for (let i = 0; i < 20; i++) nudgeSelection(0, -50);
    expect(doc().views.view_main.nodes.pr_1.y).toBeGreaterThanOrEqual(bandLayout(doc().views.view_main)[3].top);
    expect(doc().views.view_main.nodes.pr_1.y).toBeLessThan(y);
  });
});

describe('selectAll / alignSelection', () => {
  it('selects every node and relation of the view and aligns a selection', () => {
    selectAll();
    expect(useEditor.getState().selection.elements).toHaveLength(doc().elements.ids().length);
    expect(useEditor.getState().selection.relations).toHaveLength(doc().relations.ids().length);
    select(['pr_1', 'pr_2']);
    expect(alignSelection('left')).toBe(true);
    expect(doc().views.view_main.nodes.pr_2.x).toBe(doc().views.view_main.nodes.pr_1.x);
  });
});

describe('connections', () => {
  it('creates the typed relation a drawn line means, turning it round when only the reverse makes sense', () => {
    expect(orientConnection(doc(), 'ch_portal', 'sv_main').kind).toBe('delivers');
    expect(orientConnection(doc(), 'sv_main', 'ch_portal')).toEqual({ source: 'ch_portal', target: 'sv_main', kind: 'delivers' });
    connectElements('site_hq', 'net_pcn');
    const rel = doc().relations.get(useEditor.getState().selection.relations[0]);
    expect(rel).toMatchObject({ kind: 'connects', source: 'net_pcn', target: 'site_hq' });
  });

  it('asks for method and direction, in the shell’s dialog stack, when the two ends can exchange data', async () => {
    expect(needsConnectionChoice(doc(), 'app_spp', 'sys_c')).toBe(true);
    expect(allowedRelationKinds(doc(), 'app_spp', 'pf_mygdx')).toEqual(['usesPlatform', 'dataFlow', 'association']);
    const relations = doc().relations.ids().length;
    const asked = connectElements('sys_c', 'sys_d');
    const [dialog] = useDialogs.getState().stack;
    expect(dialog.spec.kind).toBe('custom');
    // nothing is added until the user answers; cancelling adds nothing
    expect(doc().relations.ids()).toHaveLength(relations);
    dialog.resolve(undefined);
    await asked;
    expect(useDialogs.getState().stack).toHaveLength(0);
    expect(doc().relations.ids()).toHaveLength(relations);
  });
});

describe('autoLayout', () => {
  it('lays out the active view as one undo step', async () => {
    const steps = past();
    expect(await autoLayout()).toBe(true);
    expect(past()).toBe(steps + 1);
    expect(doc().views.view_main.bandHeights).toHaveLength(7);
  });
});
