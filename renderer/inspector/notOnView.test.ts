/**
 * The view form's 'not on this view' (notOnView.ts: counted from the view's boxes, listed off the model
 * tree's sort, which edits patch) lists what filtering and sorting every element did, in the tree's
 * order (band, then name in the language shown, then id), on random models after random edits: boxes
 * hidden and placed, views added and removed, elements added, renamed and removed, with the tree's
 * note of each edit (the tree shown) or without (the sort found from the tables).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BANDS, bandOf, type LakarDocument } from '../../shared/model';
import { documentArbitrary, scriptArbitrary, scriptSteps } from '../../test/helpers/edit-scripts';
import { byName, noteEdit } from '../tree/treeModel';
import { countNotOnView, notOnView } from './notOnView';

/** The old way: every element not on the view, sorted. */
function reference(doc: LakarDocument, viewId: string, lang: 'ms' | 'en') {
  const cmp = byName(lang);
  return doc.elements
    .values()
    .filter((e) => !Object.hasOwn(doc.views[viewId].nodes, e.id))
    .sort((a, b) => BANDS.indexOf(bandOf(a.kind)) - BANDS.indexOf(bandOf(b.kind)) || cmp(a, b))
    .map((e) => e.id);
}

describe('elements not on a view', () => {
  it('are those the whole model filtered and sorted gives, first `limit` and count included, after random edits', () => {
    fc.assert(
      fc.property(documentArbitrary, scriptArbitrary, fc.boolean(), fc.nat(6), (doc0, script, note, limit) => {
        let doc = doc0;
        const check = () => {
          for (const viewId of Object.keys(doc.views))
            for (const lang of ['ms', 'en'] as const) {
              const ref = reference(doc, viewId, lang);
              expect(notOnView(doc, doc.views[viewId].nodes, lang).map((e) => e.id)).toEqual(ref);
              expect(notOnView(doc, doc.views[viewId].nodes, lang, limit).map((e) => e.id)).toEqual(ref.slice(0, limit));
              expect(countNotOnView(doc.elements, doc.views[viewId].nodes)).toBe(ref.length);
            }
        };
        check();
        for (const step of scriptSteps(doc, [...script, ...script], 'a')) {
          if (note) noteEdit(doc, step.doc, step.patches);
          doc = step.doc;
          check();
        }
      }),
      { numRuns: 400 },
    );
  });
});
