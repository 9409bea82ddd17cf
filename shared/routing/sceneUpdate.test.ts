/**
 * A scene made from the one before an edit (sceneUpdate.ts) must draw exactly what a scene built
 * afresh draws, after renames and moves of every kind of box; and a one-box edit must leave the
 * other boxes' scene nodes as they were (what lets the canvas skip them).
 */
import { describe, expect, it } from 'vitest';
import { executeCommand } from '../commands';
import type { LakarDocument } from '../model';
import { boxesRecord, boxesTable, boxIds } from '../model/boxes-record';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { buildScene } from './scene';
import { sceneIndex, updateScene, type SceneSource } from './sceneUpdate';
import { nodeAt } from './scene-lookup';

const WORDS = ['sistem', 'pengurusan', 'maklumat', 'bersepadu', 'x', 'permohonan', 'pendaftaranpekerjaantarabangsa'];

describe('updateScene', () => {
  for (const seed of [1, 2, 3]) {
    it(`draws what a fresh scene draws after renames and moves (varied model, seed ${seed})`, () => {
      let doc: LakarDocument = makeVariedDocument(400, seed);
      let s = seed * 7919;
      const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
      const viewId = Object.keys(doc.views).sort((a, b) => boxIds(doc.views[b].nodes).length - boxIds(doc.views[a].nodes).length)[0];
      let source: SceneSource = { doc, view: doc.views[viewId], scene: buildScene(doc, doc.views[viewId]) };
      let partial = 0;
      for (let step = 0; step < 120; step++) {
        const view = doc.views[viewId];
        const ids = boxIds(view.nodes).filter((id) => doc.elements.get(id));
        const id = ids[Math.floor(rand() * ids.length)];
        const n = view.nodes[id];
        const name = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
        try {
          doc =
            rand() < 0.5
              ? executeCommand(doc, 'element.update', { id, patch: { name } }).doc
              : executeCommand(doc, 'element.move', { viewId, moves: [{ id, x: n.x + Math.round((rand() - 0.5) * 400), y: n.y + Math.round((rand() - 0.5) * 60) }] }).doc;
        } catch {
          continue; // the generated model holds elements a command refuses on purpose (damaged fields)
        }
        const next = updateScene(source, doc, doc.views[viewId]);
        const fresh = buildScene(doc, doc.views[viewId]);
        expect(next.scene.bands, `step ${step}`).toEqual(fresh.bands);
        expect(next.scene.nodes, `step ${step}`).toEqual(fresh.nodes);
        // no box drawn before and gone now is found by id
        for (const node of source.scene.nodes) if (!fresh.byId.has(node.id)) expect(next.scene.byId.has(node.id)).toBe(false);
        next.scene.nodes.forEach((node, i) => {
          expect(next.scene.byId.get(node.id)).toBe(node);
          expect(nodeAt(next.scene, node.id)).toBe(i);
        });
        next.scene.nodes.forEach((node, i) => expect(sceneIndex(next.scene).get(node.id)).toBe(i));
        if (next.changed) {
          partial++;
          // every node not listed is the object the scene before had, at the same place
          const before = sceneIndex(source.scene);
          for (const [i, node] of next.scene.nodes.entries()) if (!next.changed.has(node.id)) expect(source.scene.nodes[before.get(node.id)!] === node && before.get(node.id) === i).toBe(true);
        }
        source = { doc, view: doc.views[viewId], scene: next.scene };
      }
      // most edits were followed tree by tree, not built whole
      expect(partial).toBeGreaterThan(60);
    });
  }

  it('draws what a fresh scene draws when bands grow and shrink (a view not stored as drawn)', () => {
    let doc: LakarDocument = makeVariedDocument(300, 4);
    const viewId = Object.keys(doc.views)[0];
    // stored bands of the default height: the drawn bands are as tall as their tallest boxes need
    let view = { ...doc.views[viewId], bandHeights: undefined };
    let source: SceneSource = { doc, view, scene: buildScene(doc, view) };
    let s = 99;
    const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
    const kinds = { shrunk: 0, partial: 0 };
    for (let step = 0; step < 150; step++) {
      const tops = source.scene.nodes.filter((n) => n.depth === 0);
      // every other step, the box that makes its band taller than stored: the band shrinks after it moves up or gets shorter
      const needs = (n: (typeof tops)[number]) => n.y - source.scene.bands[n.bandIndex].top + n.h;
      const tallest = tops.filter((n) => source.scene.bands[n.bandIndex].height > 170).sort((a, b) => needs(b) - needs(a))[0];
      const top = step % 2 && tallest ? tallest : tops[Math.floor(rand() * tops.length)];
      if (rand() < 0.5) {
        // a box moved up or down in its band, without the command that would store the band grown
        const at = view.nodes[top.id];
        view = { ...view, nodes: boxesRecord(boxesTable(view.nodes).set(top.id, { ...at, y: at.y + (top === tallest ? -40 : Math.round((rand() - 0.5) * 120)) })) };
      } else {
        const el = doc.elements.get(top.id)!;
        const name = Array.from({ length: 1 + Math.floor(rand() * 16) }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
        doc = { ...doc, elements: doc.elements.set(el.id, { ...el, name }) };
      }
      const next = updateScene(source, doc, view);
      const fresh = buildScene(doc, view);
      expect(next.scene.bands, `step ${step}`).toEqual(fresh.bands);
      expect(next.scene.nodes, `step ${step}`).toEqual(fresh.nodes);
      if (next.changed) kinds.partial++;
      if (fresh.bands.some((b, i) => b.height < source.scene.bands[i].height)) kinds.shrunk++;
      source = { doc, view, scene: next.scene };
    }
    expect(kinds.partial).toBeGreaterThan(30);
    expect(kinds.shrunk).toBeGreaterThan(5);
  });

  it('leaves every other box as it was after a rename, and redraws the renamed one', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const view = doc.views.view_main;
    const scene = buildScene(doc, view);
    const renamed = executeCommand(doc, 'element.update', { id: 'sys_a', patch: { name: 'Sistem A Baharu' } }).doc;
    const next = updateScene({ doc, view, scene }, renamed, renamed.views.view_main);
    expect(next.changed && [...next.changed]).toEqual(['sys_a']);
    expect(next.scene.byId.get('sys_a')!.element.name).toBe('Sistem A Baharu');
    for (const node of next.scene.nodes) if (node.id !== 'sys_a') expect(node).toBe(scene.byId.get(node.id));
  });
});
