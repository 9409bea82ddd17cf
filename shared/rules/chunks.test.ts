/**
 * A rule's findings in chunks (issue 18): edits give what the same edits of a plain list give, and
 * never change chunks an earlier report holds.
 */
import { describe, expect, it } from 'vitest';
import { ChunkEditor, CHUNK, chunksOf, cut, sizeOf, type Chunks } from './chunks';
import type { Problem } from './types';

const problem = (n: number) => ({ ruleId: 'r', severity: 'warning', message: { ms: `${n}`, en: `${n}` }, elementIds: [], relationIds: [] }) as Problem;

describe('ChunkEditor', () => {
  it('takes out and adds findings as a plain list would, sharing what it did not change', () => {
    let s = 7;
    const rand = (n: number) => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % n);
    let next = 0;
    const plain: Problem[] = Array.from({ length: 20 * CHUNK + 17 }, () => problem(next++));
    let chunks: Chunks = chunksOf([...plain]);
    const snapshots: [Chunks, Problem[]][] = [];
    for (let round = 0; round < 60; round++) {
      const editor = new ChunkEditor(chunks);
      for (let k = rand(4); k > 0 && plain.length; k--) {
        const p = plain.splice(rand(plain.length), 1)[0];
        editor.remove(p);
      }
      for (let k = rand(4); k > 0; k--) {
        const p = problem(next++);
        plain.push(p);
        editor.push(p);
      }
      const after = editor.result();
      expect(after.flat(), `round ${round}`).toEqual(plain);
      expect(sizeOf(after)).toBe(plain.length);
      for (const c of after) expect(c.length).toBeGreaterThan(0);
      // chunks a recheck did not touch are the same arrays; no chunk is longer than CHUNK once edited
      // (the first edit cuts the full check's one long list into chunks; later ones copy at most the
      // chunks of the three findings taken out and the last chunk)
      if (round > 1) expect(after.filter((c) => chunks.includes(c)).length).toBeGreaterThanOrEqual(after.length - 4);
      if (after !== chunks) for (const c of after) if (!chunks.includes(c)) expect(c.length).toBeLessThanOrEqual(CHUNK);
      snapshots.push([after, [...plain]]);
      chunks = after;
    }
    // what each earlier result held is still what it held
    for (const [held, list] of snapshots) expect(held.flat()).toEqual(list);
    expect(new ChunkEditor(chunks).result()).toBe(chunks);
  });

  it('replaces findings in place and adds them next to others as a plain list would, sharing what it did not change', () => {
    let s = 11;
    const rand = (n: number) => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % n);
    let next = 0;
    const plain: Problem[] = Array.from({ length: 8 * CHUNK + 3 }, () => problem(next++));
    let chunks: Chunks = chunksOf([...plain]);
    const snapshots: [Chunks, Problem[]][] = [];
    for (let round = 0; round < 60; round++) {
      const editor = new ChunkEditor(chunks);
      // an anchor's findings replaced by none, one or several, where they were
      const old = plain[rand(plain.length)];
      const now = Array.from({ length: rand(3) }, () => problem(next++));
      plain.splice(plain.indexOf(old), 1, ...now);
      editor.replace(old, now);
      // an anchor's first findings, after another's (or first of all)
      const after = rand(5) === 0 ? undefined : plain[rand(plain.length)];
      const added = Array.from({ length: 1 + rand(3) }, () => problem(next++));
      plain.splice(after ? plain.indexOf(after) + 1 : 0, 0, ...added);
      editor.insertAfter(after, added);
      const result = editor.result();
      expect(result.flat(), `round ${round}`).toEqual(plain);
      for (const c of result) expect(c.length).toBeGreaterThan(0);
      if (round > 1) expect(result.filter((c) => chunks.includes(c)).length).toBeGreaterThanOrEqual(result.length - 4);
      snapshots.push([result, [...plain]]);
      chunks = result;
    }
    for (const [held, list] of snapshots) expect(held.flat()).toEqual(list);
  });

  it('cuts long chunks ahead of an edit without changing what they hold', () => {
    const list = Array.from({ length: 3 * CHUNK + 5 }, (_, i) => problem(i));
    const whole = chunksOf(list);
    const pieces = cut(whole);
    expect(pieces.flat()).toEqual(list);
    expect(pieces.map((c) => c.length)).toEqual([CHUNK, CHUNK, CHUNK, 5]);
    expect(whole[0]).toBe(list);
    expect(cut(pieces)).toBe(pieces);
  });
});
