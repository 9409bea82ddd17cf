/**
 * The live checker over undos and redos of entries of many patches, which give back the very
 * documents kept in the history (shared/commands/history.ts `HistoryEntry.documents`): a document
 * the checker indexed before, its graph since moved to others. Its findings must stay a full check's,
 * in the same order, at whatever point the checks run.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dispatch, initialState, redo, undo, type EditorState, type Transition } from '../../shared/commands';
import { fromDocumentData, toDocumentData, type LakarDocument } from '../../shared/model';
import { checkDocument, type CheckReport } from '../../shared/rules';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { LiveChecker } from './liveChecker';

const findings = (r: CheckReport) => r.problems.map((p) => `${p.ruleId}|${p.message.en}|${p.elementIds.join(',')}|${p.relationIds.join(',')}`);

type Step = 'removeMany' | 'rename' | 'undo' | 'redo' | 'check';

describe('the live checker over kept documents', () => {
  const doc0 = fromDocumentData(structuredClone(toDocumentData(makeVariedDocument(400, 5)))) as LakarDocument;
  const apps = doc0.elements.values().filter((e) => e.kind === 'application');
  const removable = doc0.elements.values().filter((e) => e.kind === 'dataEntity' || e.kind === 'platform').slice(0, 60).map((e) => e.id);

  it('finds what a full check finds after any sequence of large edits, undos, redos and checks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Step>('removeMany', 'rename', 'undo', 'redo', 'check', 'check'), { minLength: 2, maxLength: 12 }), fc.nat(), (steps, seed) => {
        const live = new LiveChecker();
        let state: EditorState = initialState(doc0);
        live.check(state.doc);
        const follow = (t: Transition) => {
          live.record({ before: state.doc, after: t.state.doc, patches: t.patches });
          state = t.state;
        };
        for (const [i, s] of steps.entries()) {
          if (s === 'check') expect(findings(live.check(state.doc)), `step ${i}`).toEqual(findings(checkDocument(state.doc)));
          else if (s === 'undo') follow(undo(state));
          else if (s === 'redo') follow(redo(state));
          else if (s === 'rename') {
            const app = apps[(seed + i) % apps.length];
            if (state.doc.elements.get(app.id)) follow(dispatch(state, 'element.update', { id: app.id, patch: { name: `${app.name} ${i}` } }));
          } else {
            const ids = removable.filter((id) => state.doc.elements.get(id));
            if (ids.length) follow(dispatch(state, 'element.remove', { ids }));
          }
        }
        expect(findings(live.check(state.doc))).toEqual(findings(checkDocument(state.doc)));
      }),
      // the first sequence that showed findings out of a full check's order
      { numRuns: 25, examples: [[['removeMany', 'check', 'undo', 'check'], 0]] },
    );
  });
});
