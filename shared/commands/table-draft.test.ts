/**
 * Commands change the document tables through TableDraft (issue 18: an edit costs what it changes).
 * Their patches must be exactly what immer gives on plain copies of the document, key order
 * included, and every earlier document must stay as it was.
 */
import fc from 'fast-check';
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { executeCommand } from '.';
import { applyDocumentPatches } from '../model/table-edit';
import { toDocumentData } from '../model/wire';
import type { LakarDocument } from '../model/schema';
import { documentArbitrary, scriptArbitrary, scriptSteps } from '../../test/helpers/edit-scripts';
import { makeLargeDocument } from '../../test/helpers/factories';
import { applyPatchesPlaced } from '../../test/helpers/placed-patches';

// JSON text keeps key order: tables list items in insertion order, and rows and findings follow it
const text = (doc: LakarDocument) => JSON.stringify(doc);

describe('commands on document tables', () => {
  it('random edit scripts give the same documents as immer applying their patches to plain copies; undo patches give the earlier ones back', () => {
    fc.assert(
      fc.property(documentArbitrary, scriptArbitrary, (base, script) => {
        const kept: { doc: LakarDocument; text: string }[] = [{ doc: base, text: text(base) }];
        let plain = toDocumentData(base);
        let prev = base;
        for (const step of scriptSteps(base, script, 'a')) {
          const plainBefore = plain;
          plain = applyPatches(plain, step.patches);
          expect(text(step.doc)).toBe(JSON.stringify(plain));
          expect(text(applyDocumentPatches(prev, step.patches))).toBe(text(step.doc));
          // undo: the earlier document, in its order (an item put back goes where it stood, not last),
          // as the patches give on plain copies too
          const undone = applyDocumentPatches(step.doc, step.inversePatches);
          expect(text(undone)).toBe(text(prev));
          expect(JSON.stringify(applyPatchesPlaced(plain, step.inversePatches))).toBe(JSON.stringify(plainBefore));
          kept.push({ doc: step.doc, text: text(step.doc) });
          prev = step.doc;
        }
        // every earlier document still reads as it was (they share one map per table)
        for (const k of kept) expect(text(k.doc)).toBe(k.text);
      }),
      { numRuns: 150 },
    );
  });

  it('undoing the removal of several elements puts them back where they stood, whatever order they were named in', () => {
    const doc = makeLargeDocument(20);
    const removed = executeCommand(doc, 'element.remove', { ids: ['el_2', 'el_1', 'el_19', 'el_0', 'el_7'] });
    const rest = doc.elements.ids().filter((id) => !['el_0', 'el_1', 'el_2', 'el_7', 'el_19'].includes(id));
    expect(removed.doc.elements.ids()).toEqual(rest);
    expect(applyDocumentPatches(removed.doc, removed.inversePatches).elements.ids()).toEqual(doc.elements.ids());
  });

  it('a command that fails leaves no trace: the next edit continues from the same document', () => {
    const doc = makeLargeDocument(10);
    expect(() => executeCommand(doc, 'element.update', { id: 'el_1', patch: { kind: 'service' } })).toThrow();
    const next = executeCommand(doc, 'element.update', { id: 'el_1', patch: { name: 'Baharu' } }).doc;
    expect(next.elements.get('el_1')!.name).toBe('Baharu');
    expect(doc.elements.get('el_1')!.name).not.toBe('Baharu');
  });

  it('an edit of one element gives one patch for that element and leaves the other tables as they were', () => {
    const doc = makeLargeDocument(1000);
    const { doc: next, patches, inversePatches } = executeCommand(doc, 'element.update', { id: 'el_5', patch: { name: 'Baharu' } });
    expect(patches).toEqual([{ op: 'replace', path: ['elements', 'el_5'], value: expect.objectContaining({ name: 'Baharu' }) }]);
    expect(inversePatches).toEqual([{ op: 'replace', path: ['elements', 'el_5'], value: doc.elements.get('el_5') }]);
    expect(next.relations).toBe(doc.relations);
    expect(next.views).toBe(doc.views);
    expect(doc.elements.get('el_5')!.name).not.toBe('Baharu');
    expect(Object.isFrozen(next.elements.get('el_5'))).toBe(true);
  });
});
