/** A severity group read through the rules' lists: the same rows, count and order as one array of them. */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../shared/rules';
import { ConcatList, filterChunk, matchesFilter } from './findingList';

const problems = (rule: string, n: number) => Array.from({ length: n }, (_, i) => ({ ruleId: rule, severity: 'warning', message: { ms: `${rule} ${i}`, en: `${rule} ${i}` }, elementIds: [], relationIds: [] }) as Problem);

describe('ConcatList', () => {
  it('pages through several lists as through one', () => {
    const lists = [problems('a', 3), [], problems('b', 250), problems('c', 1), problems('d', 120)];
    const one = lists.flat();
    const list = new ConcatList(lists);
    expect(list.length).toBe(one.length);
    for (const [start, end] of [
      [0, 100],
      [0, 600],
      [2, 4],
      [100, 600],
      [253, 254],
      [370, 400],
    ])
      expect(list.slice(start, end), `${start}–${end}`).toEqual(one.slice(start, end));
    const seen: [Problem, number][] = [];
    list.forEach((p, i) => seen.push([p, i]));
    expect(seen).toEqual(one.map((p, i) => [p, i]));
  });
});

describe('filterChunk', () => {
  it('keeps the findings the panel filter matches, filtering a chunk once per filter', () => {
    const chunk = [...problems('app.duplicateInModel', 3), ...problems('flow.noData', 4)];
    const rows = filterChunk(chunk, 'noda', 'ms');
    expect(rows).toEqual(chunk.filter((p) => matchesFilter(p, 'noda', 'ms')));
    expect(rows.map((p) => p.ruleId)).toEqual(['flow.noData', 'flow.noData', 'flow.noData', 'flow.noData']);
    expect(filterChunk(chunk, 'noda', 'ms')).toBe(rows);
    expect(filterChunk(chunk, 'duplicate', 'ms')).toHaveLength(3);
    expect(filterChunk(chunk, 'noda', 'en')).not.toBe(rows);
  });
});
