/**
 * applyDocumentPatches (./table-edit.ts) gives what immer's applyPatches gives, patches applied in
 * their order, when box patches follow a patch replacing their view (an undo of edits merged into
 * one history step: a view replaced by one, a box put back by the next).
 */
import { applyPatches, enablePatches, type Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from './document';
import { applyDocumentPatches } from './table-edit';
import { toDocumentData } from './wire';

enablePatches();

describe('applyDocumentPatches', () => {
  it('a box patch after a patch replacing its view applies to the view put there, not to the one it replaced', () => {
    const doc = createEmptyDocument('t', '2026-01-01T00:00:00.000Z');
    const view = doc.views.view_main;
    doc.views.view_main = { ...view, nodes: { a: { x: 0, y: 0 }, b: { x: 10, y: 0 }, c: { x: 20, y: 0 } } };
    const patches: Patch[] = [
      { op: 'replace', path: ['views', 'view_main'], value: { ...view, nodes: { a: { x: 0, y: 0 }, c: { x: 20, y: 0 } }, hidden: ['b'] } },
      { op: 'add', path: ['views', 'view_main', 'nodes', 'b'], value: { x: 10, y: 0 } },
      { op: 'remove', path: ['views', 'view_main', 'hidden'] },
    ];
    const byImmer = applyPatches(JSON.parse(JSON.stringify(toDocumentData(doc))) as object, patches);
    const got = applyDocumentPatches(doc, patches);
    expect(JSON.stringify(got.views)).toBe(JSON.stringify((byImmer as typeof doc).views));
    expect(Object.keys(got.views.view_main.nodes)).toEqual(['a', 'c', 'b']);
  });
});
