import { describe, expect, it } from 'vitest';
import { mergeListByIdentity } from './lists';

const row = (id: string, text: string) => ({ id, text });

describe('mergeListByIdentity', () => {
  it('keeps the rows each side added, after the row they followed, and the edits each side made to different rows', () => {
    const base = [row('a', 'A'), row('b', 'B')];
    const mine = [row('a', 'A (ubah)'), row('m', 'M'), row('b', 'B')];
    const theirs = [row('a', 'A'), row('b', 'B (ubah)'), row('t', 'T')];
    expect(mergeListByIdentity(base, mine, theirs)).toEqual([row('a', 'A (ubah)'), row('m', 'M'), row('b', 'B (ubah)'), row('t', 'T')]);
  });

  it('drops a row one side removed and the other left alone; follows the one side that reordered', () => {
    expect(mergeListByIdentity(['x', 'y', 'z'], ['x', 'z'], ['x', 'y', 'z', 'w'])).toEqual(['x', 'z', 'w']);
    expect(mergeListByIdentity(['x', 'y', 'z'], ['x', 'y', 'z', 'm'], ['z', 'y', 'x'])).toEqual(['z', 'm', 'y', 'x']);
  });

  it('gives up (the list stays one conflict) on the same row changed both ways, removed against edited, two different rows under one id, or two reorderings', () => {
    expect(mergeListByIdentity([row('a', 'A')], [row('a', 'A1')], [row('a', 'A2')])).toBeNull();
    expect(mergeListByIdentity([row('a', 'A')], [], [row('a', 'A2')])).toBeNull();
    expect(mergeListByIdentity([], [row('n', 'N1')], [row('n', 'N2')])).toBeNull();
    expect(mergeListByIdentity(['x', 'y', 'z'], ['y', 'x', 'z'], ['x', 'z', 'y'])).toBeNull();
  });

  it('gives up on rows without identity: no id, or an id used twice', () => {
    expect(mergeListByIdentity([], [{ item: 'Pelayan' }], [{ item: 'Storan' }])).toBeNull();
    expect(mergeListByIdentity([], [row('a', '1'), row('a', '2')], [])).toBeNull();
  });
});
