/**
 * app.duplicateInModel reads the applications sharing a name or codes from a grouping the checker
 * keeps as names change (grouping.ts): after renames it must list exactly the names two or more
 * applications share, as grouping them afresh would.
 */
import { describe, expect, it } from 'vitest';
import { Grouping } from './grouping';

/** The shared groups, each sorted, sorted by first id (order is the caller's to set). */
const groupsOf = (g: Grouping) => g.shared().map((ids) => ids.sort()).sort((a, b) => a[0].localeCompare(b[0]));

describe('Grouping', () => {
  it('lists the keys shared by two or more ids as ids move between keys', () => {
    const g = new Grouping('application');
    g.move('a', 'spp');
    g.move('b', 'hrmis');
    expect(groupsOf(g)).toEqual([]);
    g.move('c', 'spp');
    g.move('d', 'spp');
    expect(groupsOf(g)).toEqual([['a', 'c', 'd']]);
    g.move('a', 'hrmis'); // leaves a group of three for another
    expect(groupsOf(g)).toEqual([['a', 'b'], ['c', 'd']]);
    g.move('c', undefined); // no key any more
    expect(groupsOf(g)).toEqual([['a', 'b']]);
    g.move('b', 'spp');
    expect(groupsOf(g)).toEqual([['b', 'd']]);
    g.move('d', 'other');
    g.move('b', 'other');
    g.move('c', 'spp');
    expect(groupsOf(g)).toEqual([['b', 'd']]);
    g.move('a', 'spp');
    expect(groupsOf(g)).toEqual([['a', 'c'], ['b', 'd']]);
    // an id alone under a key moves on: the next to take the key is alone with it
    g.move('x', 'solo');
    g.move('x', 'elsewhere');
    g.move('y', 'solo');
    expect(groupsOf(g)).toEqual([['a', 'c'], ['b', 'd']]);
  });
});
