/**
 * The checker graph's ids → slots (`id-slots.ts`) answer as a map would: every element key its own
 * slot in table order, every other id a relation names the next slot once, an id no one named none.
 * A wrong slot would list one element's relations under another (isolated elements, flows to the
 * wrong application in the findings), so these hold on the cases a hash table can get wrong: ids
 * whose hashes collide, ids spelled by another string object, ids beyond Latin-1, and growth.
 */
import { describe, expect, it } from 'vitest';
import { hashOf, IdSlots } from './id-slots';

/** Two ids of the app's form (`newId`) with the same 32-bit hash (found by search): only comparing the ids tells them apart. */
const COLLIDING = ['el_41qj0p2jw9qv', 'el_cpa38t2bolir'];

/** The same text as `id` in a string object of its own (as a relation's end read from JSON is). */
const respelled = (id: string) => [...id].join('');

describe('IdSlots', () => {
  it('gives the keys their places, other ids the next slots once each, as a map numbering them would', () => {
    const keys = [...Array.from({ length: 3000 }, (_, i) => `el_${i}`), COLLIDING[0], 'data_é', '数据_1', '', 'el_😀'];
    const slots = new IdSlots(keys);
    const oracle = new Map(keys.map((k, i) => [k, i]));
    // ends as relations name them: keys again, unknown ids (some repeated), the other colliding id; enough to grow the table
    const ends = [...Array.from({ length: 9000 }, (_, i) => (i % 3 ? `el_${(i * 7919) % 12000}` : `gone_${i % 2000}`)), COLLIDING[1], '数据_2', 'el_😀'];
    for (const end of ends) {
      if (!oracle.has(end)) oracle.set(end, oracle.size);
      expect(slots.slotOf(respelled(end)), end).toBe(oracle.get(end));
    }
    expect(slots.size).toBe(oracle.size);
    for (const [id, slot] of oracle) expect(slots.get(respelled(id)), id).toBe(slot);
    expect(slots.get(COLLIDING[1])).not.toBe(slots.get(COLLIDING[0]));
    expect(slots.get('el_99999')).toBe(-1);
    expect(slots.get('data_e')).toBe(-1);
  });

  it('numbers ids by guesses made before any of them got a slot as it numbers them one by one', () => {
    // the graph's build guesses every relation end's slot first, then numbers the ends in order: a
    // guess may point at another id with the same hash, or have been made before the table grew
    const keys = [...Array.from({ length: 200 }, (_, i) => `el_${i}`), COLLIDING[0]];
    const ends = [...Array.from({ length: 600 }, (_, i) => (i % 2 ? `el_${(i * 37) % 300}` : `gone_${i % 150}`)), COLLIDING[1], COLLIDING[0]].map(respelled);
    const one = new IdSlots(keys);
    const expected = ends.map((end) => one.slotOf(end));
    const guessed = new IdSlots(keys);
    const hashes = ends.map(hashOf);
    const guesses = hashes.map((h) => guessed.guess(h));
    expect(guesses[ends.length - 2]).toBe(keys.length - 1); // the colliding id's guess is the key with its hash
    expect(ends.map((end, i) => guessed.slotOfGuessed(end, hashes[i], guesses[i]))).toEqual(expected);
    expect(guessed.size).toBe(one.size);
  });

  it('tells apart two ids with the same hash when only one is a key', () => {
    const slots = new IdSlots([COLLIDING[0]]);
    expect(slots.get(COLLIDING[1])).toBe(-1);
    expect(slots.slotOf(COLLIDING[1])).toBe(1);
    expect(slots.get(COLLIDING[0])).toBe(0);
  });
});
