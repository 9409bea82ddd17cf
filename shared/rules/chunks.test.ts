/**
 * A rule's findings in chunks (issue 18): edits give what the same edits of a plain list give, and
 * never change chunks an earlier report holds.
 */
import { describe, expect, it } from 'vitest';
import { ChunkEditor, CHUNK, chunksOf, sizeOf, type Chunks } from './chunks';
import type { Problem } from './types';

const problem = (n: number) => ({ ruleId: 'r', severity: 'warning', message: { ms: `${n}`, en: `${n}` }, elementIds: [], relationIds: [] }) as Problem;

type Edit = (editor: ChunkEditor, plain: Problem[], rand: (n: number) => number, fresh: () => Problem) => void;

/**
 * 60 seeded rounds of `edit` on `length` findings, made on a ChunkEditor and on a plain list alike.
 * Each round's result must hold what the plain list holds, with no empty chunk, sharing all but a
 * few chunks with the round before (`also` adds checks); every earlier result must still hold what
 * it held. Returns the last result.
 */
function editRounds(seed: number, length: number, edit: Edit, also?: (after: Chunks, before: Chunks, plain: Problem[]) => void): Chunks {
  let s = seed;
  const rand = (n: number) => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % n);
  let next = 0;
  const fresh = () => problem(next++);
  const plain: Problem[] = Array.from({ length }, fresh);
  let chunks: Chunks = chunksOf([...plain]);
  const snapshots: [Chunks, Problem[]][] = [];
  for (let round = 0; round < 60; round++) {
    const editor = new ChunkEditor(chunks);
    edit(editor, plain, rand, fresh);
    const after = editor.result();
    expect(after.flat(), `round ${round}`).toEqual(plain);
    for (const c of after) expect(c.length).toBeGreaterThan(0);
    // chunks the edit did not touch are the same arrays (the first edit cuts the full check's one
    // long list into chunks; later ones copy at most the chunks of the findings changed and the last)
    if (round > 1) expect(after.filter((c) => chunks.includes(c)).length).toBeGreaterThanOrEqual(after.length - 4);
    also?.(after, chunks, plain);
    snapshots.push([after, [...plain]]);
    chunks = after;
  }
  // what each earlier result held is still what it held
  for (const [held, list] of snapshots) expect(held.flat()).toEqual(list);
  return chunks;
}

describe('ChunkEditor', () => {
  it('takes out and adds findings as a plain list would, sharing what it did not change', () => {
    const last = editRounds(
      7,
      20 * CHUNK + 17,
      (editor, plain, rand, fresh) => {
        for (let k = rand(4); k > 0 && plain.length; k--) {
          const p = plain.splice(rand(plain.length), 1)[0];
          editor.remove(p);
        }
        for (let k = rand(4); k > 0; k--) {
          const p = fresh();
          plain.push(p);
          editor.push(p);
        }
      },
      (after, before, plain) => {
        expect(sizeOf(after)).toBe(plain.length);
        // no chunk is longer than CHUNK once edited
        if (after !== before) for (const c of after) if (!before.includes(c)) expect(c.length).toBeLessThanOrEqual(CHUNK);
      },
    );
    expect(new ChunkEditor(last).result()).toBe(last);
  });

  it('replaces findings in place and adds them next to others as a plain list would, sharing what it did not change', () => {
    editRounds(11, 8 * CHUNK + 3, (editor, plain, rand, fresh) => {
      // an anchor's findings replaced by none, one or several, where they were
      const old = plain[rand(plain.length)];
      const now = Array.from({ length: rand(3) }, fresh);
      plain.splice(plain.indexOf(old), 1, ...now);
      editor.replace(old, now);
      // an anchor's first findings, after another's (or first of all)
      const after = rand(5) === 0 ? undefined : plain[rand(plain.length)];
      const added = Array.from({ length: 1 + rand(3) }, fresh);
      plain.splice(after ? plain.indexOf(after) + 1 : 0, 0, ...added);
      editor.insertAfter(after, added);
    });
  });
});
