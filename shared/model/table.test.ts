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
  it('every version, old or new, reads (in its own order) as the plain object it was made as, whatever order versions are read and changed in', () => {
    // the model: a prototype-less object copied at each change, which lists array-index keys ("2",
    // "10") first and the rest in insertion order, as JSON and structured clone carry a table
    const copy = (m: Record<string, number>) => Object.assign(Object.create(null) as Record<string, number>, m);
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
        // versions[i] and models[i] are the same table: one persistent, one a copied object
        const versions: Table<number>[] = [Table.empty()];
        const models: Record<string, number>[] = [copy({})];
        for (const o of ops) {
          const i = o.version % versions.length;
          const t = versions[i];
          const m = models[i];
          if (o.kind === 'set') {
            versions.push(t.set(o.key, o.value));
            const next = copy(m);
            next[o.key] = o.value;
            models.push(next);
          } else if (o.kind === 'delete') {
            versions.push(t.delete(o.key));
            const next = copy(m);
            delete next[o.key];
            models.push(next);
          } else if (o.kind === 'read') {
            expect(t.get(o.key)).toBe(m[o.key]);
            expect(t.has(o.key)).toBe(o.key in m);
          } else {
            expect(t.size).toBe(Object.keys(m).length);
            expect(t.ids()).toEqual(Object.keys(m));
          }
        }
        versions.forEach((t, i) => {
          expect(t.entries()).toEqual(Object.entries(models[i]));
          expect(Object.keys(t.toRecord())).toEqual(t.ids());
        });
      }),
      { numRuns: 300 },
    );
  });

  it('names every id whose item differs between two versions of one table (idsChangedSince), whichever is older, and lists ids in the order the table does', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), fc.nat(), fc.nat(), (ops, a, b) => {
        const versions: Table<number>[] = [Table.fromEntries([['a', 0], ['b', 1], ['2', 2]])];
        for (const o of ops) {
          const t = versions[o.version % versions.length];
          if (o.kind === 'set') versions.push(t.set(o.key, o.value));
          else if (o.kind === 'delete') versions.push(t.delete(o.key));
          else if (o.kind === 'read') t.get(o.key);
          else t.ids();
        }
        const older = versions[a % versions.length];
        const newer = versions[b % versions.length];
        const changed = newer.idsChangedSince(older);
        if (changed) {
          const all = new Set([...older.ids(), ...newer.ids()]);
          for (const id of all) if (older.get(id) !== newer.get(id)) expect(changed.has(id)).toBe(true);
        }
        const some = [...newer.ids()].reverse().filter((_, i) => i % 2 === 0);
        expect(newer.inListingOrder(some)).toEqual(newer.ids().filter((id) => some.includes(id)));
      }),
      { numRuns: 300 },
    );
    // versions made one from another are found along the way, not left to a rebuild
    const first = Table.fromRecord({ a: 1, b: 2 });
    const third = first.set('c', 3).delete('a');
    expect([...third.idsChangedSince(first)!].sort()).toEqual(['a', 'c']);
    expect([...first.idsChangedSince(third)!].sort()).toEqual(['a', 'c']);
    expect(Table.fromRecord({ a: 1 }).idsChangedSince(first)).toBeUndefined();
  });

  it('lists ids that are array indices first, by number, as the record it crosses a boundary as does', () => {
    const t = Table.fromEntries([['x', 1], ['10', 2], ['007', 3], ['2', 4]]).set('y', 5).set('0', 6);
    expect(t.ids()).toEqual(['0', '2', '10', 'x', '007', 'y']);
    // the other side of IPC or a worker rebuilds the table from the record: same order there
    const arrived = Table.fromRecord(structuredClone(t.toRecord()));
    expect(arrived.ids()).toEqual(t.ids());
    expect(Table.fromRecord(JSON.parse(JSON.stringify(t)) as Record<string, number>).values()).toEqual(t.values());
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

  it("ranks ids by a version's own listing however many other versions were read or made since the rank was taken", () => {
    const older = Table.fromEntries<number>([['a', 1], ['b', 2], ['c', 3]]);
    const rank = older.listingRank()!;
    const newer = older.delete('b').set('d', 4);
    // reading the newer version moves the shared map (and its numbers) there
    expect(newer.ids()).toEqual(['a', 'c', 'd']);
    expect(['c', 'b', 'a'].sort((x, y) => rank(x) - rank(y))).toEqual(['a', 'b', 'c']);
    expect(rank('d')).toBe(Number.MAX_SAFE_INTEGER);
    const newRank = newer.listingRank()!;
    expect(older.ids()).toEqual(['a', 'b', 'c']);
    expect(['d', 'c', 'a'].sort((x, y) => newRank(x) - newRank(y))).toEqual(['a', 'c', 'd']);
    expect(newRank('b')).toBe(Number.MAX_SAFE_INTEGER);
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
    expect(t.ids()).toEqual(['0', '3', '12', 'b', 'a']);
    expect(t.ids()).toEqual(Object.keys(t.toRecord()));
    expect(Table.fromEntries([['b', 1], ['a', 2]]).ids()).toEqual(['b', 'a']);
  });
});

describe('Table.prepareOrder (order numbers made ahead, a part at a time)', () => {
  it('leaves every version listing and ordering as a table never prepared, with additions, replacements and removals between the parts', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ op: fc.constantFrom('add', 'replace', 'remove', 'prepare', 'back'), at: fc.nat() }), { maxLength: 16 }), (ops) => {
        // more items than one part numbers (8,192), so a prepare stops half way
        const items = Array.from({ length: 9_000 }, (_, i) => ({ id: `e${i}`, v: 0 }));
        const prepared: Table<{ id: string; v: number }>[] = [Table.of(items)];
        const plain: Table<{ id: string; v: number }>[] = [Table.of(items)];
        let added = 0;
        for (const { op, at } of ops) {
          const [p, q] = [prepared[prepared.length - 1], plain[plain.length - 1]];
          const id = p.ids()[at % p.size];
          if (op === 'prepare') {
            p.prepareOrder(() => false);
            continue;
          }
          if (op === 'back' && prepared.length > 1) {
            // an older version read again (as an undo does): the map moves back to it
            const k = at % (prepared.length - 1);
            expect(prepared[k].ids()).toEqual(plain[k].ids());
            continue;
          }
          const change = op === 'add' ? [`n${added++}`, { id: `n${added}`, v: 1 }] : op === 'replace' ? [id, { id, v: at }] : [id, undefined];
          prepared.push(p.withChanges(new Map([change as [string, { id: string; v: number } | undefined]])));
          plain.push(q.withChanges(new Map([change as [string, { id: string; v: number } | undefined]])));
        }
        // every version, oldest to newest and back: the map moves across all the changes, ids put back in place
        for (const k of [...prepared.keys(), ...[...prepared.keys()].reverse()]) expect(prepared[k].entries()).toEqual(plain[k].entries());
        const [p, q] = [prepared[prepared.length - 1], plain[plain.length - 1]];
        expect(p.ids()).toEqual(q.ids());
        const some = [q.ids()[5], q.ids()[q.size - 1], q.ids()[8500], q.ids()[12]];
        expect(p.inListingOrder(some)).toEqual(q.inListingOrder(some));
        p.prepareOrder();
        expect(p.orderReady()).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});
