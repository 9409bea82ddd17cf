/**
 * The session's check of the boxes a batch writes (./session.ts `validateTouched`) tries quick checks
 * first (an id surely valid, a layout as zod takes it) and asks zod only where they cannot tell: its
 * verdict must be zod's, whatever the renderer sends (structured clone keeps NaN, Infinity, -0,
 * undefined members and nested objects that JSON would not).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Patch } from 'immer';
import { validateTouched } from './session';
import { createEmptyDocument, type LakarDocument } from '../model';
import { idSchema, nodeLayoutSchema } from '../model/schema';
import { RESERVED_IDS } from '../model/ids';

const number = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, 1, -1, 100_000, 100_000.0001, 1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MIN_VALUE),
  fc.integer(),
);
const member = fc.oneof({ weight: 6, arbitrary: number }, fc.constant(undefined), fc.constant(null), fc.string({ maxLength: 3 }), fc.constant([1]), fc.constant({ x: 1 }), fc.boolean());
const layout = fc.oneof(
  fc.record({ x: number, y: number, w: number, h: number }, { requiredKeys: ['x', 'y'] }),
  fc.record({ x: member, y: member, w: member, h: member, z: member }, { requiredKeys: [] }),
  fc.constantFrom(null, 5, 'x', [], new Date(0), Object.create(null) as object),
);
// ids: reserved names, empty, blanks, 200 and 201 units, astral characters (two units each), array indexes
const id = fc.oneof(
  fc.constantFrom(...RESERVED_IDS, '', ' ', ' a ', '\t', '7', '0', 'x'.repeat(200), 'x'.repeat(201), '😀'.repeat(100), '😀'.repeat(101), '😀'.repeat(200), `${'x'.repeat(199)}😀`),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 210 }),
);

/** The check as it was: zod for every touched box. */
function zodVerdict(doc: LakarDocument, patches: readonly Patch[]): boolean {
  for (const { path } of patches) {
    const node = doc.views.view_main.nodes[String(path[3])];
    if (node === undefined) continue;
    if (!idSchema.safeParse(path[3]).success || !nodeLayoutSchema.safeParse(node).success) return false;
  }
  return true;
}

describe('the session check of the boxes a batch writes', () => {
  it('takes and refuses what zod takes and refuses', () => {
    const empty = createEmptyDocument();
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(id, layout, fc.boolean()), { selector: ([k]) => k, minLength: 1, maxLength: 6 }), (boxes) => {
        const nodes: Record<string, unknown> = {};
        // an own `__proto__` too, as a record of the main process could hold it
        for (const [k, v] of boxes) Object.defineProperty(nodes, k, { value: v, enumerable: true, writable: true, configurable: true });
        const view = { ...empty.views.view_main, nodes };
        const doc = { ...empty, views: { view_main: view } } as unknown as LakarDocument;
        const patches: Patch[] = boxes.map(([k, v, deep]) =>
          deep ? { op: 'replace', path: ['views', 'view_main', 'nodes', k, 'x'], value: 1 } : { op: 'replace', path: ['views', 'view_main', 'nodes', k], value: v },
        );
        let taken = true;
        try {
          validateTouched(doc, patches);
        } catch {
          taken = false;
        }
        expect(taken).toBe(zodVerdict(doc, patches));
      }),
      { numRuns: 3000 },
    );
  });
});
