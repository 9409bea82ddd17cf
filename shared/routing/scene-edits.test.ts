/**
 * The scene remembers text heights per element object (scene.ts); a view edited by renames must still
 * be stored and drawn exactly as a scene built afresh draws it: the same boxes, sizes and bands.
 */
import { describe, expect, it } from 'vitest';
import { executeCommand } from '../commands';
import { fromDocumentData, toDocumentData, type LakarDocument } from '../model';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { buildScene, sceneLayout } from './scene';

/** The same document made of new objects, so nothing remembered about its elements applies. */
const freshCopy = (doc: LakarDocument): LakarDocument => fromDocumentData(JSON.parse(JSON.stringify(toDocumentData(doc)))) as LakarDocument;

/** Kinds whose boxes hold others or list facts, where a taller name moves the most. */
const BOXES = new Set(['application', 'module', 'appService', 'site']);

const WORDS = ['sistem', 'pengurusan', 'maklumat', 'bersepadu', 'x', 'permohonan', 'lesen', 'pendaftaranpekerjaantarabangsa'];

describe('scene after renames', () => {
  for (const seed of [1, 2, 3]) {
    it(`stores and draws what a fresh scene gives (varied model, seed ${seed})`, () => {
      let doc = freshCopy(makeVariedDocument(400, seed));
      let s = seed * 7919;
      const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
      const viewIds = Object.keys(doc.views);
      let renamed = 0;
      let resized = 0;
      for (let step = 0; step < 100; step++) {
        const viewId = viewIds[step % viewIds.length];
        const onView = Object.keys(doc.views[viewId].nodes).filter((n) => BOXES.has(doc.elements.get(n)?.kind ?? ''));
        const id = onView[Math.floor(rand() * onView.length)];
        // names from one word to many lines, some renamed back to what they were
        const words = rand() < 0.5 ? 1 : 1 + Math.floor(rand() * 24);
        const name = Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
        const before = doc;
        let after: LakarDocument;
        try {
          after = executeCommand(doc, 'element.update', { id, patch: { name } }).doc;
        } catch {
          continue; // the generated model holds elements a command refuses on purpose (damaged fields)
        }
        // the same rename on new objects: what the command stores when nothing is remembered
        const expected = executeCommand(freshCopy(before), 'element.update', { id, patch: { name } }).doc;
        expect(after.views, `step ${step}: ${id} → ${name}`).toEqual(expected.views);
        for (const v of viewIds) {
          const drawn = buildScene(after, after.views[v]);
          const fresh = buildScene(freshCopy(after), after.views[v]);
          expect(sceneLayout(drawn)).toEqual(sceneLayout(fresh));
          expect(drawn.bands).toEqual(fresh.bands);
          expect(drawn.nodes.map((n) => [n.id, n.w, n.h, n.parent, n.children])).toEqual(fresh.nodes.map((n) => [n.id, n.w, n.h, n.parent, n.children]));
        }
        doc = after;
        renamed++;
        if (after.views !== before.views) resized++;
      }
      expect(renamed).toBeGreaterThan(50);
      // boxes grew and shrank: the views were stored anew
      expect(resized).toBeGreaterThan(8);
    });
  }
});
