/**
 * A store's keys by order number (./keys-by-number.ts) answer as a sorted list of [number, key]
 * would, over random additions and removals, with blocks small enough to split and empty often.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeysByNumber } from './keys-by-number';

type Op = { kind: 'add'; seq: number; key: string } | { kind: 'remove'; at: number } | { kind: 'ask'; seq: number };

const seq = fc.oneof(fc.integer({ min: -5, max: 60 }), fc.double({ min: -5, max: 60, noNaN: true }));
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), seq, key: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h') }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('ask' as const), seq }),
);

describe('KeysByNumber', () => {
  it.each([1, 2, 3, 512])('answers as a sorted list over random additions and removals, equal numbers among them (block %i)', (block) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(seq, fc.string()), { maxLength: 20 }), fc.array(op, { maxLength: 120 }), (start, ops) => {
        const model = start.map(([n, k]) => [n, k] as [number, string]).sort((a, b) => a[0] - b[0]);
        const byNumber = KeysByNumber.fromSorted(model.map(([n]) => n), model.map(([, k]) => k), block);
        const ask = (s: number) => {
          const after = model.find(([n]) => n > s);
          // with equal numbers the key after is one of those with the smallest number above
          if (after === undefined) expect(byNumber.keyAfter(s)).toBeUndefined();
          else expect(model.filter(([n]) => n === after[0]).map(([, k]) => k)).toContain(byNumber.keyAfter(s));
          const below = model.filter(([n]) => n < s);
          expect(byNumber.numberBelow(s)).toBe(below.length ? below[below.length - 1][0] : -Infinity);
        };
        for (const o of ops) {
          if (o.kind === 'add') {
            byNumber.add(o.seq, o.key);
            const at = model.findIndex(([n]) => n > o.seq);
            model.splice(at < 0 ? model.length : at, 0, [o.seq, o.key]);
          } else if (o.kind === 'remove') {
            if (model.length === 0) {
              expect(byNumber.remove(1, 'a')).toBe(false);
              continue;
            }
            const [n, k] = model[o.at % model.length];
            expect(byNumber.remove(n, k)).toBe(true);
            model.splice(model.findIndex(([m, j]) => m === n && j === k), 1);
            // a key under another number is not there
            if (!model.some(([m, j]) => m === n + 0.5 && j === k)) expect(byNumber.remove(n + 0.5, k)).toBe(false);
          } else ask(o.seq);
          expect(byNumber.size).toBe(model.length);
        }
        for (const [n] of model) ask(n);
        ask(-Infinity);
        ask(Infinity);
      }),
      { numRuns: 300 },
    );
  });
});
