import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { pengambilanPekerjaExample } from '../../../shared/samples/pengambilan-pekerja';
import { initI18n } from '../../i18n';
import { useEditor, type ReadOnlyMode } from '../../state/editor';
import { contextMenuEntries } from './ContextMenu';
import { useInteract } from './interactStore';

const ids = (target: Parameters<typeof contextMenuEntries>[0]) => contextMenuEntries(target, i18next.t.bind(i18next), 'ms').map((e) => e.id);
const reviewerMode: ReadOnlyMode = { reasonKey: 'review:readOnly', undo: () => undefined, redo: () => undefined, save: async () => true, saveAs: async () => true };

beforeAll(() => initI18n('ms'));
beforeEach(() => {
  useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: 'Contoh', doc: pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), dirty: false } as never);
  useEditor.getState().setSelection({ elements: ['sys_a'], relations: [] });
});

describe('canvas context menu', () => {
  it('offers the edits of a node and of the empty canvas on an editable model', () => {
    expect(ids({ kind: 'node', id: 'sys_a' })).toEqual(['ctx.rename', 'ctx.connect', 'ctx.copy', 'ctx.duplicate', 'ctx.toBand', 'ctx.hide', 'ctx.delete', 'ctx.properties']);
    expect(ids({ kind: 'pane', x: 100, y: 100 })).toEqual(['ctx.paste', 'ctx.add', 'ctx.selectAll', 'ctx.layout', 'ctx.fit', 'ctx.zoom100']);
  });

  it('offers nothing that changes the model when the project is open for review, and starts no rename or connection', () => {
    useEditor.getState().setReadOnly(reviewerMode);
    expect(ids({ kind: 'node', id: 'sys_a' })).toEqual(['ctx.copy', 'ctx.properties']);
    expect(ids({ kind: 'pane', x: 100, y: 100 })).toEqual(['ctx.selectAll', 'ctx.fit', 'ctx.zoom100']);
    expect(ids({ kind: 'edge', id: 'anything' })).toEqual(['ctx.properties']);
    // separators stay between groups, never before the first entry
    const node = contextMenuEntries({ kind: 'node', id: 'sys_a' }, i18next.t.bind(i18next), 'ms');
    expect(node.map((e) => !!e.separatorBefore)).toEqual([false, true]);
    useInteract.getState().startRename('sys_a');
    useInteract.getState().startConnect('sys_a');
    expect(useInteract.getState().renaming).toBeNull();
    expect(useInteract.getState().connectFrom).toBeNull();
    useEditor.getState().setReadOnly(null);
    useInteract.getState().startRename('sys_a');
    expect(useInteract.getState().renaming).toBe('sys_a');
  });

  it("a line's \"Padam hubungan\" removes the selected lines and only them, the boxes selected with them staying in the model and selected", () => {
    // Shift+click gathers a line and the boxes at its ends; the line's menu names a relation only
    useEditor.getState().setSelection({ elements: ['sys_a', 'app_spp'], relations: ['fl_a'] });
    const remove = contextMenuEntries({ kind: 'edge', id: 'fl_a' }, i18next.t.bind(i18next), 'ms').find((e) => e.id === 'ctx.deleteRelation')!;
    expect(remove.label).toBe('Padam hubungan');
    remove.run?.();
    const doc = useEditor.getState().history!.doc;
    expect(doc.relations.get('fl_a')).toBeUndefined();
    expect(doc.elements.get('sys_a')).toBeDefined();
    expect(doc.elements.get('app_spp')).toBeDefined();
    expect(doc.views.view_main.nodes.sys_a).toBeDefined();
    expect(useEditor.getState().selection).toEqual({ elements: ['sys_a', 'app_spp'], relations: [] });
    // one undo puts the line back
    useEditor.getState().undo();
    expect(useEditor.getState().history!.doc.relations.get('fl_a')).toBeDefined();
  });
});
