/**
 * After an edit the canvas remakes only the nodes it changes (flowModel.ts patchedNodes, scenes from
 * shared/routing/sceneUpdate.ts): React Flow and the memoised node components then skip the others.
 * What the user sees must stay what a canvas opened afresh draws.
 */
import { describe, expect, it } from 'vitest';
import { executeCommand } from '../../shared/commands';
import type { LakarDocument } from '../../shared/model';
import { boxIds } from '../../shared/model/boxes-record';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { FlowModelBuilder, type LmvNode } from './flowModel';

const NONE = new Set<string>();
const byId = (nodes: LmvNode[], id: string) => nodes.find((n) => n.id === id)!;

describe('FlowModelBuilder after one edit', () => {
  it('names an application’s new name in its modules’ boxes, and remakes no box outside it', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const builder = new FlowModelBuilder();
    const before = builder.nodes(doc, doc.views.view_main, NONE, 'ms');
    const next = executeCommand(doc, 'element.update', { id: 'app_spp', patch: { name: 'Sistem Pengambilan Baharu' } }).doc;
    const after = builder.nodes(next, next.views.view_main, NONE, 'ms');
    expect(byId(after, 'app_spp').data.name).toBe('Sistem Pengambilan Baharu');
    for (const id of ['mod_user', 'mod_apply', 'mod_report']) expect(byId(after, id).data.facts.facts).toContain('Sistem Pengambilan Baharu');
    const inApp = (n: LmvNode): boolean => n.id === 'app_spp' || (n.parentId !== undefined && inApp(byId(after, n.parentId)));
    for (const [i, n] of after.entries()) if (!inApp(n)) expect(n).toBe(before[i]);
  });

  it('remakes only the box selected and the one no longer selected', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const builder = new FlowModelBuilder();
    const first = builder.nodes(doc, doc.views.view_main, new Set(['ch_portal']), 'ms');
    const second = builder.nodes(doc, doc.views.view_main, new Set(['sys_a']), 'ms');
    expect(second.filter((n, i) => n !== first[i]).map((n) => [n.id, n.selected])).toEqual(
      [
        ['ch_portal', false],
        ['sys_a', true],
      ].sort((a, b) => second.findIndex((n) => n.id === a[0]) - second.findIndex((n) => n.id === b[0])),
    );
  });

  it('after renames, moves and selections draws what a canvas opened afresh draws', () => {
    let doc: LakarDocument = makeVariedDocument(300, 5);
    const viewId = Object.keys(doc.views)[0];
    const builder = new FlowModelBuilder();
    let s = 17;
    const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
    let selected: Set<string> = new Set();
    let last = builder.nodes(doc, doc.views[viewId], selected, 'ms');
    let kept = 0;
    let total = 0;
    for (let step = 0; step < 80; step++) {
      const view = doc.views[viewId];
      const ids = boxIds(view.nodes).filter((id) => doc.elements.get(id));
      const id = ids[Math.floor(rand() * ids.length)];
      const roll = rand();
      try {
        if (roll < 0.4) doc = executeCommand(doc, 'element.update', { id, patch: { name: `Nama ${step} ${'panjang '.repeat(Math.floor(rand() * 6))}` } }).doc;
        else if (roll < 0.8) doc = executeCommand(doc, 'element.move', { viewId, moves: [{ id, x: view.nodes[id].x + 40, y: view.nodes[id].y }] }).doc;
        else selected = new Set([id]);
      } catch {
        continue; // the generated model holds elements a command refuses on purpose (damaged fields)
      }
      const nodes = builder.nodes(doc, doc.views[viewId], selected, 'ms');
      expect(nodes, `step ${step}`).toEqual(new FlowModelBuilder().nodes(doc, doc.views[viewId], selected, 'ms'));
      kept += nodes.filter((n, i) => n === last[i]).length;
      total += nodes.length;
      last = nodes;
    }
    // nearly every node was handed back as it was
    expect(kept / total).toBeGreaterThan(0.9);
  });
});
