/**
 * The findings of one severity group of the Problems panel, read without copying them: the panel
 * shows a page of rows and a count, and a large model's group holds tens of thousands of findings
 * that a recheck mostly leaves as they were. A group is the rules' lists (of the live report's
 * `byRule`) one after the other; a plain array is a FindingList too.
 */
import type { Problem } from '../../shared/rules';
import { normalizeText } from '../../shared/catalogue';

/** What the panel reads of a group's findings. */
export interface FindingList {
  readonly length: number;
  /** The findings from `start` up to `end` (not included), as an array. */
  slice(start: number, end: number): Problem[];
  forEach(fn: (problem: Problem, index: number) => void): void;
}

/** Several lists read as one, in order. */
export class ConcatList implements FindingList {
  readonly length: number;

  constructor(private readonly lists: readonly (readonly Problem[])[]) {
    let n = 0;
    for (const list of lists) n += list.length;
    this.length = n;
  }

  slice(start: number, end: number): Problem[] {
    const out: Problem[] = [];
    let offset = 0;
    for (const list of this.lists) {
      if (offset >= end) break;
      const from = Math.max(start - offset, 0);
      const to = Math.min(end - offset, list.length);
      for (let i = from; i < to; i++) out.push(list[i]);
      offset += list.length;
    }
    return out;
  }

  forEach(fn: (problem: Problem, index: number) => void): void {
    let i = 0;
    for (const list of this.lists) for (const p of list) fn(p, i++);
  }
}

/** True when the rule id or the message in `lang` of `p` holds `needle` (already normalised), as the panel's filter matches. */
export function matchesFilter(p: Problem, needle: string, lang: 'ms' | 'en'): boolean {
  return normalizeText(`${p.ruleId} ${p.message[lang]}`).includes(needle);
}

/** The last filter applied to each chunk of findings, with its result. */
const filteredChunks = new WeakMap<readonly Problem[], { needle: string; lang: string; rows: readonly Problem[] }>();

/**
 * The findings of `chunk` that match `needle` in `lang`, remembered per chunk: a chunk is never
 * changed (a recheck makes new ones where it changes findings), so while the panel is filtered a
 * recheck filters only the chunks it made.
 */
export function filterChunk(chunk: readonly Problem[], needle: string, lang: 'ms' | 'en'): readonly Problem[] {
  const known = filteredChunks.get(chunk);
  if (known && known.needle === needle && known.lang === lang) return known.rows;
  const rows = chunk.filter((p) => matchesFilter(p, needle, lang));
  filteredChunks.set(chunk, { needle, lang, rows });
  return rows;
}
