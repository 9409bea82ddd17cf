/**
 * An id put back by an undo goes where it stood (withChanges with places, ./table-places.ts): every
 * version reads as a model where the id is inserted before its follower in insertion order, whatever
 * versions are read, changed and placed in between, and old versions keep their own order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followersOf } from './placed';
import { isArrayIndex, Table } from './table';

/** A table as a list of [key, value] in insertion order; listed as a plain object lists keys. */
type Model = [string, number][];
const listed = (m: Model) => {
  const index = m.filter(([k]) => isArrayIndex(k)).sort((a, b) => Number(a[0]) - Number(b[0]));
  return [...index, ...m.filter(([k]) => !isArrayIndex(k))];
};

type Op =
  | { kind: 'set'; version: number; key: string; value: number; before?: string }
  | { kind: 'delete'; version: number; key: string }
  | { kind: 'batch'; version: number; keys: string[]; before: string; value: number }
  | { kind: 'list'; version: number };

const opOver = (keys: fc.Arbitrary<string>): fc.Arbitrary<Op> => fc.oneof(
  fc.record({ kind: fc.constant('set' as const), version: fc.nat(), key: keys, value: fc.integer(), before: fc.option(keys, { nil: undefined }) }),
  fc.record({ kind: fc.constant('delete' as const), version: fc.nat(), key: keys }),
  fc.record({ kind: fc.constant('batch' as const), version: fc.nat(), keys: fc.uniqueArray(keys, { maxLength: 4 }), before: keys, value: fc.integer() }),
  fc.record({ kind: fc.constant('list' as const), version: fc.nat() }),
);
const op = opOver(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', '__proto__', 'toString', '10', '2'));
/** Without ids that are array indices: the ids put in a place are then listed around the map, not by sorting it (./table-places.ts listWithPlaced). */
const opNoIndexKeys = opOver(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', '__proto__', 'toString'));

/** `m` with the new keys of `entries` added, each before `before` when that is there (not itself new here), else last. */
function modelAdd(m: Model, entries: [string, number][], before: string | undefined): Model {
  const out = m.slice();
  const adding = new Set(entries.map(([k]) => k).filter((k) => !m.some(([had]) => had === k)));
  for (const [key, value] of entries) {
    const at = out.findIndex(([k]) => k === key);
    if (at >= 0) {
      out[at] = [key, value];
      continue;
    }
    // never before an array index, nor one: a listing puts those first by number
    const placeable = before !== undefined && !adding.has(before) && !isArrayIndex(before) && !isArrayIndex(key);
    const f = placeable ? out.findIndex(([k]) => k === before) : -1;
    if (f >= 0) out.splice(f, 0, [key, value]);
    else out.push([key, value]);
  }
  return out;
}

describe('Table: ids put in a place', () => {
  it.each([
    ['', op],
    [' (no array-index ids)', opNoIndexKeys],
  ])('every version lists as the model, with ids placed before their followers among additions, removals and reads of older versions%s', (_, op) => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 100 }), (ops) => {
        const versions: Table<number>[] = [Table.fromEntries([['a', 0], ['b', 1], ['c', 2]])];
        const models: Model[] = [[['a', 0], ['b', 1], ['c', 2]]];
        for (const o of ops) {
          const i = o.version % versions.length;
          const t = versions[i];
          const m = models[i];
          if (o.kind === 'set') {
            const places = o.before === undefined ? undefined : new Map([[o.key, o.before]]);
            versions.push(t.withChanges(new Map([[o.key, o.value]]), o.key === o.before ? undefined : places));
            models.push(modelAdd(m, [[o.key, o.value]], o.key === o.before ? undefined : o.before));
          } else if (o.kind === 'delete') {
            versions.push(t.delete(o.key));
            models.push(m.filter(([k]) => k !== o.key));
          } else if (o.kind === 'batch') {
            const entries = o.keys.map((k, j) => [k, o.value + j] as [string, number]);
            versions.push(t.withChanges(new Map(entries), new Map(o.keys.map((k) => [k, o.before]))));
            models.push(modelAdd(m, entries, o.before));
          } else expect(t.entries()).toEqual(listed(m));
        }
        versions.forEach((t, i) => {
          expect(t.entries()).toEqual(listed(models[i]));
          expect(t.ids()).toEqual(listed(models[i]).map(([k]) => k));
          expect(t.inListingOrder([...t.ids()].reverse())).toEqual(t.ids());
        });
      }),
      { numRuns: 400 },
    );
  });

  it('lists ids put in a place where they stand after their followers were deleted, added again last, or put back before them', () => {
    // each line of versions from a table of its own: a second version made from one version starts a table anew
    const placed = () => Table.fromEntries([['x', 0], ['c', 1], ['y', 2]]).withChanges(new Map([['a', 3]]), new Map([['a', 'c']]));
    expect(placed().ids()).toEqual(['x', 'a', 'c', 'y']);
    // the follower deleted: the placed id stays where it stood
    expect(placed().delete('c').ids()).toEqual(['x', 'a', 'y']);
    // the follower deleted, then added anew: it goes last, the placed id stays
    expect(placed().delete('c').set('c', 4).ids()).toEqual(['x', 'a', 'y', 'c']);
    // the follower deleted, then put back before the id placed before it
    const first = placed();
    const back = first.delete('c').withChanges(new Map([['c', 5]]), new Map([['c', 'a']]));
    expect(back.ids()).toEqual(['x', 'c', 'a', 'y']);
    expect(back.values()).toEqual([0, 5, 3, 2]);
    expect(first.ids()).toEqual(['x', 'a', 'c', 'y']);
  });

  it('puts an id back in its place a hundred times over at one spot (the numbers between run out, and the table is listed anew)', () => {
    let t = Table.fromEntries([['a', 0], ['b', 1], ['c', 2]]);
    const expected = ['a', 'b', 'c'];
    for (let i = 0; i < 100; i++) {
      // each new id goes just before the one put back before it: the gap halves every time
      const key = `k${i}`;
      t = t.withChanges(new Map([[key, i]]), new Map([[key, i === 0 ? 'c' : `k${i - 1}`]]));
      expected.splice(expected.indexOf(i === 0 ? 'c' : `k${i - 1}`), 0, key);
      expect(t.ids()).toEqual(expected);
    }
    t = t.delete('k50').withChanges(new Map([['k50', 50]]), new Map([['k50', 'k49']]));
    expect(t.ids()).toEqual(expected);
  });

  it('an undo puts back neighbours removed where they stood after a command made more than 64 versions of the table (reads between its changes)', () => {
    const start = Array.from({ length: 200 }, (_, i) => `e${i}`);
    const before = Table.fromEntries(start.map((k, i) => [k, i] as [string, number]));
    let after = before;
    const removed = ['e10', 'e11', 'e12', 'e50', 'e51'];
    // one version per change, as a command reading the table between its changes makes (TableDraft.current)
    for (const id of removed) after = after.withChanges(new Map([[id, undefined]]));
    for (let i = 0; i < 80; i++) after = after.withChanges(new Map([[`e${100 + i}`, 1000 + i]]));
    const followers = after.followersOfRemoved(before, removed)!;
    expect([...followers]).toEqual([['e10', 'e13'], ['e11', 'e13'], ['e12', 'e13'], ['e50', 'e52'], ['e51', 'e52']]);
    // the undo as TableDraft's inverse patches give it: each put back before its follower, in the order they stood
    const places = new Map([...followers].map(([id, f]) => [id, f!]));
    const undone = after.withChanges(new Map(removed.map((id) => [id, Number(id.slice(1))])), places);
    expect(undone.ids()).toEqual(start);
  });

  it('puts back a removed id in a table of 100,000 where it stood, and the earlier versions list as they were', () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => [`el_${i}`, i] as [string, number]);
    const full = Table.fromEntries(entries);
    const removed = full.withChanges(new Map([['el_500', undefined], ['el_501', undefined], ['el_99999', undefined]]));
    const back = removed.withChanges(new Map([['el_500', 500], ['el_501', 501], ['el_99999', 99_999]]), new Map([['el_500', 'el_502'], ['el_501', 'el_502']]));
    expect(back.ids()).toEqual(entries.map(([k]) => k));
    expect(removed.ids()).toEqual(entries.map(([k]) => k).filter((k) => k !== 'el_500' && k !== 'el_501' && k !== 'el_99999'));
    expect(full.ids()).toEqual(entries.map(([k]) => k));
  });
});

describe('Table: every way of reading a version agrees with the model', () => {
  const pool = [...Array.from({ length: 30 }, (_, i) => `k${i}`), '__proto__', '07', '0', '42'];
  const key = fc.constantFrom(...pool);
  /** `m` with `changes` applied as withChanges does: new ids last, then each placed id moved before its follower when that is in the result and not placed itself. */
  function applied(m: Model, changes: Map<string, number | undefined>, places: Map<string, string>): Model {
    const out: Model = m.filter(([k]) => changes.get(k) !== undefined || !changes.has(k)).map(([k, v]) => [k, changes.has(k) ? changes.get(k)! : v]);
    const placing = new Set<string>();
    for (const [k, v] of changes) {
      if (v === undefined || out.some(([had]) => had === k)) continue;
      out.push([k, v]);
      const f = places.get(k);
      if (f !== undefined && !isArrayIndex(f) && !isArrayIndex(k)) placing.add(k);
    }
    const moving = [...placing].filter((k) => !placing.has(places.get(k)!) && out.some(([x]) => x === places.get(k)));
    for (const k of moving) {
      const entry = out.splice(out.findIndex(([x]) => x === k), 1)[0];
      out.splice(out.findIndex(([x]) => x === places.get(k)), 0, entry);
    }
    return out;
  }
  const step = fc.record({
    version: fc.nat(),
    other: fc.nat(),
    // up to 20 ids set at once, each to be placed before one of `before`: more than PLACED_LISTED (16) wait to be put in place
    set: fc.uniqueArray(key, { maxLength: 20 }),
    before: fc.array(key, { minLength: 20, maxLength: 20 }),
    remove: fc.uniqueArray(key, { maxLength: 6 }),
    reopen: fc.boolean(),
    read: fc.nat(5),
    id: key,
  });

  it('values, get, has, entries, toRecord, JSON, followersOfRemoved and idsChangedSince, over batches, reopened versions and random reads', () => {
    let followersAnswered = 0;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const start: Model = pool.slice(0, 8).map((k, i) => [k, i]);
        const versions = [Table.fromEntries(start)];
        const models = [start];
        const check = (t: Table<number>, m: Model, read: number, id: string) => {
          const want = listed(m);
          if (read === 0) expect(t.values()).toEqual(want.map(([, v]) => v));
          else if (read === 1) expect(Object.entries(t.toRecord())).toEqual(want);
          else if (read === 2) expect(JSON.stringify(t)).toBe(JSON.stringify(Object.fromEntries(want)));
          else if (read === 3) expect(t.get(id)).toBe(m.find(([k]) => k === id)?.[1]);
          else if (read === 4) expect(t.has(id)).toBe(m.some(([k]) => k === id));
          else expect(t.values().map((v, i) => t.get(t.ids()[i]) === v && t.entries()[i][1] === v)).not.toContain(false);
        };
        for (const s of steps) {
          const i = s.version % versions.length;
          // a dropped line of versions: the next change continues this one on the same map (a command that failed)
          if (s.reopen) versions[i].reopen();
          const changes = new Map<string, number | undefined>(s.set.map((k, j) => [k, 100 + j]));
          for (const k of s.remove) if (!changes.has(k)) changes.set(k, undefined);
          const places = new Map(s.set.flatMap((k, j) => (s.before[j] === k ? [] : [[k, s.before[j]] as [string, string]])));
          versions.push(versions[i].withChanges(changes, places));
          models.push(applied(models[i], changes, places));
          // where an undo would put back the ids removed: before the first id after each, in the order before, that stays
          const kept = new Set(models[models.length - 1].map(([k]) => k));
          const removed = new Set(models[i].map(([k]) => k).filter((k) => !kept.has(k)));
          const followers = versions[versions.length - 1].followersOfRemoved(versions[i], removed);
          if (followers) {
            followersAnswered++;
            expect([...followers]).toEqual([...followersOf(listed(models[i]).map(([k]) => k), removed, (k) => kept.has(k))]);
          }
          // a random version read in a random way in between
          const r = s.other % versions.length;
          check(versions[r], models[r], s.read, s.id);
          const changed = versions[r].idsChangedSince(versions[i]);
          if (changed) for (const k of pool) if (models[r].find(([x]) => x === k)?.[1] !== models[i].find(([x]) => x === k)?.[1]) expect(changed).toContain(k);
        }
        versions.forEach((t, i) => {
          for (let read = 0; read < 6; read++) for (const id of pool.slice(0, 10)) check(t, models[i], read, id);
        });
      }),
      { numRuns: 150 },
    );
    // not only tables it cannot answer for (array-index ids, a branch made anew)
    expect(followersAnswered).toBeGreaterThan(100);
  });
});

describe('Table: removals and their undos at a size where the keys by number span many blocks', () => {
  type Step = { op: 'remove'; at: number[] } | { op: 'undo' } | { op: 'redo' } | { op: 'add' } | { op: 'read'; version: number };
  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('remove' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }) }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('undo' as const) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('redo' as const) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('add' as const) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('read' as const), version: fc.nat() }) },
  );

  it('random scripts of removals (runs of neighbours among them), additions, undos, redos and reads of older versions: each undo lists the table as before the step, each redo as after it', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.boolean(), (steps, prepared) => {
        const start = Array.from({ length: 1500 }, (_, i) => `k${i}`);
        let table = Table.fromEntries(start.map((k, i) => [k, i] as [string, number]));
        if (prepared) table.prepareOrder();
        let model = start.slice();
        const versions: [Table<number>, string[]][] = [[table, model]];
        // what a step did, and the lists before and after it: undo puts back the removed ids before their followers, as Table users do (../commands/table-draft.ts)
        type Done = { ids: string[]; added: boolean; before: string[]; after: string[]; followers?: Map<string, string | undefined> };
        const undos: Done[] = [];
        let redos: Done[] = [];
        let added = 0;
        const apply = (done: Done) => {
          const older = table;
          table = table.withChanges(new Map(done.ids.map((id) => [id, done.added ? 0 : undefined])));
          // found when the removal is made, kept for its undos after redos too (as history keeps the inverse patches)
          if (!done.added) done.followers ??= table.followersOfRemoved(older, done.ids);
          model = done.after.slice();
          undos.push(done);
        };
        for (const s of steps) {
          if (s.op === 'remove' && model.length > 0) {
            // neighbours now and then: they share a follower
            const first = s.at[0] % model.length;
            const picked = s.at.length > 3 ? model.slice(first, first + s.at.length) : [...new Set(s.at.map((i) => model[i % model.length]))];
            apply({ ids: picked, added: false, before: model, after: model.filter((k) => !picked.includes(k)) });
            redos = [];
          } else if (s.op === 'add') {
            const id = `n${added++}`;
            apply({ ids: [id], added: true, before: model, after: [...model, id] });
            redos = [];
          } else if (s.op === 'undo' && undos.length > 0) {
            const done = undos.pop()!;
            if (done.added) table = table.withChanges(new Map(done.ids.map((id) => [id, undefined])));
            else {
              const followers = done.followers!;
              expect([...followers.keys()]).toEqual(done.before.filter((k) => done.ids.includes(k)));
              const places = new Map([...followers].filter((e): e is [string, string] => e[1] !== undefined));
              table = table.withChanges(new Map([...followers.keys()].map((id) => [id, 0])), places);
            }
            model = done.before.slice();
            redos.push(done);
          } else if (s.op === 'redo' && redos.length > 0) apply(redos.pop()!);
          else if (s.op === 'read') {
            const [old, oldModel] = versions[s.version % versions.length];
            expect(old.ids()).toEqual(oldModel);
          }
          versions.push([table, model.slice()]);
          expect(table.ids()).toEqual(model);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('Table: where removed ids go back after a command that made many versions of the table', () => {
  // a command reading the table between its changes makes a version per change (TableDraft.current): more than
  // WALK_LIMIT (64) of them, a read of the version before the command moves the map there
  const change = fc.tuple(fc.constantFrom('remove', 'removeNext', 'add', 'replace', 'read'), fc.nat());
  it('followersOfRemoved answers as the order before the command does, and the undo lists that order again, over commands of up to 150 changes', () => {
    fc.assert(
      fc.property(fc.nat(1500), fc.array(fc.array(change, { maxLength: 150, size: 'max' }), { maxLength: 4 }), (size, commands) => {
        let table = Table.fromEntries(Array.from({ length: size + 2 }, (_, i) => [`k${i}`, i] as [string, number]));
        let model = table.ids().slice();
        let added = 0;
        for (const changes of commands) {
          const before = table;
          const modelBefore = model.slice();
          const removed: string[] = [];
          for (const [kind, n] of changes) {
            // the id after the one removed last (runs of neighbours share a follower), or any
            const next = kind === 'removeNext' && removed.length ? modelBefore[modelBefore.indexOf(removed[removed.length - 1]) + 1] : undefined;
            const id = next !== undefined && model.includes(next) ? next : model[n % model.length];
            if ((kind === 'remove' || kind === 'removeNext') && id !== undefined && before.has(id)) {
              table = table.withChanges(new Map([[id, undefined]]));
              model = model.filter((k) => k !== id);
              removed.push(id);
            } else if (kind === 'add') {
              table = table.withChanges(new Map([[`n${added}`, 0]]));
              model = [...model, `n${added++}`];
            } else if (kind === 'replace' && id !== undefined) table = table.withChanges(new Map([[id, -n]]));
            else if (kind === 'read') expect(table.ids()).toEqual(model);
          }
          const kept = new Set(model);
          const followers = table.followersOfRemoved(before, removed)!;
          expect([...followers]).toEqual([...followersOf(modelBefore, new Set(removed), (k) => kept.has(k))]);
          const places = new Map([...followers].filter((e): e is [string, string] => e[1] !== undefined));
          table = table.withChanges(new Map([...followers.keys()].map((k) => [k, 0])), places);
          // the undo of the removals: each id before its follower, those without one last
          for (const [id, follower] of followers) {
            if (follower === undefined) model.push(id);
            else model.splice(model.indexOf(follower), 0, id);
          }
          expect(table.ids()).toEqual(model);
          // the ids there before the command stand in their order again
          expect(model.filter((k) => modelBefore.includes(k))).toEqual(modelBefore);
        }
      }),
      { numRuns: 30 },
    );
  });
});
