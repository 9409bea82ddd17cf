import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Table } from './table';
import { TableIndex } from './table-index';

type Link = { from: string; to: string };
const ends = fc.constantFrom('p', 'q', 'r', 's', 't');
const linkIds = fc.constantFrom('l1', 'l2', 'l3', 'l4', 'l5', 'l6');

/** The ids of the links of `t` naming any of `keys`, in table order, by a walk over every link (what the index must answer). */
function namingByWalk(t: Table<Link>, keys: readonly string[]): string[] {
  return t.ids().filter((id) => keys.includes(t.get(id)!.from) || keys.includes(t.get(id)!.to));
}

describe('TableIndex (which items name a key, following the table as it is edited)', () => {
  it('answers as a walk over every item would, for any version asked in any order, edited or branched', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ version: fc.nat(), id: linkIds, from: ends, to: ends, remove: fc.boolean(), ask: fc.array(ends, { maxLength: 3 }) }), { maxLength: 60 }),
        (steps) => {
          const index = new TableIndex<Link>((l) => [l.from, l.to]);
          const versions: Table<Link>[] = [Table.empty()];
          for (const s of steps) {
            const t = versions[s.version % versions.length];
            const next = s.remove ? t.delete(s.id) : t.set(s.id, { from: s.from, to: s.to });
            versions.push(next);
            // ask mostly the newest (as commands do), sometimes an older version
            const asked = s.version % 3 === 0 ? t : next;
            expect(index.itemsNaming(asked, s.ask)).toEqual(namingByWalk(asked, s.ask));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers the same when built ahead a part at a time (prepare), in between edits and questions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ version: fc.nat(), id: linkIds, from: ends, to: ends, remove: fc.boolean(), prepare: fc.nat({ max: 4 }), ask: fc.array(ends, { maxLength: 3 }) }), { maxLength: 60 }),
        (steps) => {
          // one item per part: every prepare stops after `s.prepare` items (0: only when done)
          const index = new TableIndex<Link>((l) => [l.from, l.to], 1);
          const versions: Table<Link>[] = [Table.empty()];
          for (const s of steps) {
            const t = versions[s.version % versions.length];
            const next = s.remove ? t.delete(s.id) : t.set(s.id, { from: s.from, to: s.to });
            versions.push(next);
            let parts = s.prepare;
            if (s.prepare > 0) index.prepare(s.version % 2 ? next : t, () => --parts > 0);
            const asked = s.version % 3 === 0 ? t : next;
            expect(index.itemsNaming(asked, s.ask)).toEqual(namingByWalk(asked, s.ask));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names an item once, however many of the keys asked it names', () => {
    const t = Table.fromRecord<Link>({ loop: { from: 'p', to: 'p' }, l: { from: 'p', to: 'q' } });
    expect(new TableIndex<Link>((l) => [l.from, l.to]).itemsNaming(t, ['p', 'q'])).toEqual(['loop', 'l']);
  });
});
