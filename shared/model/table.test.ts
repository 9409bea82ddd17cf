import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Table } from './table';

type Op = { kind: 'set'; version: number; key: string; value: number } | { kind: 'delete'; version: number; key: string } | { kind: 'read'; version: number; key: string } | { kind: 'list'; version: number };

const keys = fc.constantFrom('a', 'b', 'c', 'd', 'e', '__proto__', 'constructor', 'toString', '10', '2');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), version: fc.nat(), key: keys, value: fc.integer() }),
  fc.record({ kind: fc.constant('delete' as const), version: fc.nat(), key: keys }),
  fc.record({ kind: fc.constant('read' as const), version: fc.nat(), key: keys }),
  fc.record({ kind: fc.constant('list' as const), version: fc.nat() }),
);

describe('Table (persistent map shared by its versions)', () => {
  it('every version, old or new, reads (in its own insertion order) as the plain map it was made as, whatever order versions are read and changed in', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
        // versions[i] and models[i] are the same table: one persistent, one a copied Map
        const versions: Table<number>[] = [Table.empty()];
        const models: Map<string, number>[] = [new Map()];
        for (const o of ops) {
          const i = o.version % versions.length;
          const t = versions[i];
          const m = models[i];
          if (o.kind === 'set') {
            versions.push(t.set(o.key, o.value));
            models.push(new Map(m).set(o.key, o.value));
          } else if (o.kind === 'delete') {
            versions.push(t.delete(o.key));
            const next = new Map(m);
            next.delete(o.key);
            models.push(next);
          } else if (o.kind === 'read') {
            expect(t.get(o.key)).toBe(m.get(o.key));
            expect(t.has(o.key)).toBe(m.has(o.key));
          } else {
            expect(t.size).toBe(m.size);
            expect(t.ids()).toEqual([...m.keys()]);
          }
        }
        versions.forEach((t, i) => {
          expect(t.entries()).toEqual([...models[i]]);
          expect(t.size).toBe(models[i].size);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('the newest version lists items in insertion order, a replaced item keeping its place', () => {
    const t = Table.fromRecord({ x: 1, y: 2 }).set('z', 3).set('x', 10).delete('y').set('y', 4);
    expect(t.ids()).toEqual(['x', 'z', 'y']);
    expect(t.values()).toEqual([10, 3, 4]);
  });

  it('an older version read after a newer one deleted an item lists that item in its old place', () => {
    const older = Table.fromRecord({ a: 1, b: 2, c: 3 });
    const newer = older.delete('a');
    expect(newer.ids()).toEqual(['b', 'c']);
    expect(older.ids()).toEqual(['a', 'b', 'c']);
    expect(older.entries()).toEqual([['a', 1], ['b', 2], ['c', 3]]);
    expect(newer.set('a', 4).ids()).toEqual(['b', 'c', 'a']);
  });

  it('keeps ids that name Object.prototype members as plain keys, never the prototype', () => {
    const t = Table.empty<string>().set('__proto__', 'p').set('constructor', 'c');
    expect(t.get('__proto__')).toBe('p');
    expect(t.get('toString')).toBeUndefined();
    expect(t.has('hasOwnProperty')).toBe(false);
    const record = t.toRecord();
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.keys(record)).toEqual(['__proto__', 'constructor']);
    expect(JSON.parse(JSON.stringify({ elements: t }))).toEqual({ elements: { ['__proto__']: 'p', constructor: 'c' } });
  });

  it('reads a version thousands of edits back without overflowing the stack', () => {
    const first = Table.fromRecord({ k: 0 });
    let t = first;
    for (let i = 1; i <= 50_000; i++) t = t.set('k', i);
    expect(first.get('k')).toBe(0);
    expect(t.get('k')).toBe(50_000);
    expect(first.values()).toEqual([0]);
  });

  it('writes as its record in JSON, so files keep their format', () => {
    expect(JSON.stringify(Table.of([{ id: 'a', n: 1 }]))).toBe('{"a":{"id":"a","n":1}}');
  });

  it('refuses to be posted as is: a clone would arrive empty', () => {
    expect(() => structuredClone(Table.of([{ id: 'a' }]))).toThrow();
  });

  it('lists its ids in the order of its record, where index-like ids come first', () => {
    const t = Table.fromEntries([['b', 1], ['12', 2], ['a', 3], ['3', 4]]).set('0', 5);
    expect(t.recordIds()).toEqual(['0', '3', '12', 'b', 'a']);
    expect(t.recordIds()).toEqual(Object.keys(t.toRecord()));
    expect(Table.fromEntries([['b', 1], ['a', 2]]).recordIds()).toEqual(['b', 'a']);
  });
});
