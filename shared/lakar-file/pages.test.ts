import { describe, expect, it } from 'vitest';
import { applyImagePatch, diffPages } from './pages';

const page = 512;
function image(pages: number, fill = 0): Uint8Array {
  return new Uint8Array(pages * page).fill(fill);
}

describe('diffPages', () => {
  it('writes only the pages that changed, merging neighbours', () => {
    const before = image(6);
    const after = before.slice();
    after[page * 1 + 3] = 7; // page 1
    after[page * 2 + 10] = 8; // page 2, next to 1
    after[page * 5] = 9; // page 5
    const patch = diffPages(before, after, page);
    expect(patch.ranges.map((r) => [r.offset, r.data.length])).toEqual([
      [page, 2 * page],
      [5 * page, page],
    ]);
    expect(patch.bytes).toBe(3 * page);
    expect(applyImagePatch(before, patch)).toEqual(after);
  });

  it('writes new pages of a grown file and sets the length of a shrunk one', () => {
    const grown = diffPages(image(2), image(4), page);
    expect(grown.ranges).toEqual([{ offset: 2 * page, data: new Uint8Array(2 * page) }]);
    expect(grown.size).toBe(4 * page);
    const shrunk = diffPages(image(4, 1), image(2, 1), page);
    expect(shrunk.ranges).toEqual([]);
    expect(applyImagePatch(image(4, 1), shrunk)).toEqual(image(2, 1));
  });

  it('writes nothing when nothing changed', () => {
    expect(diffPages(image(3, 5), image(3, 5), page)).toEqual({ ranges: [], size: 3 * page, bytes: 0 });
  });
});
