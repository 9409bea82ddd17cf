import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ListingWalk } from './listing-walk';

const ids = fc.uniqueArray(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), { maxLength: 26 });

describe('ListingWalk (a second listing read in line with a first)', () => {
  it('gives every item a lookup would, and passes over exactly the ids the first listing lacks among others, in order', () => {
    fc.assert(
      fc.property(ids, ids, fc.array(fc.nat({ max: 25 }), { maxLength: 8 }), (first, second, asked) => {
        // the first listing asked in its order, some ids left out
        const skip = new Set(asked.map((i) => first[i % Math.max(1, first.length)]));
        const items = second.map((id) => `item ${id}`);
        const lookup = (id: string) => (second.includes(id) ? `item ${id}` : undefined);
        const walk = new ListingWalk(second, items, lookup);
        for (const id of first) if (!skip.has(id)) expect(walk.itemOf(id)).toBe(lookup(id));
        const notMet = walk.notMet();
        // every id of the second listing the first lacks is among those not met, in the second's order
        const lacking = second.filter((id) => !first.includes(id));
        expect(notMet.filter((id) => !first.includes(id))).toEqual(lacking);
        expect(notMet.filter((id) => !second.includes(id))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
