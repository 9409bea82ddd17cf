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
          plain = applyPatches(plain, step.patches);
          expect(text(step.doc)).toBe(JSON.stringify(plain));
          expect(text(applyDocumentPatches(prev, step.patches))).toBe(text(step.doc));
          // undoing a removal puts the item back last (as immer does on plain copies), so compare as data
          expect(toDocumentData(applyDocumentPatches(step.doc, step.inversePatches))).toEqual(toDocumentData(kept[kept.length - 1].doc));
          kept.push({ doc: step.doc, text: text(step.doc) });
          prev = step.doc;
        }
        // every earlier document still reads as it was (they share one map per table)
        for (const k of kept) expect(text(k.doc)).toBe(k.text);
      }),
      { numRuns: 150 },
    );
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
