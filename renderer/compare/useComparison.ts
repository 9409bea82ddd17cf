/**
 * What the compare panel and the canvas overlay show, computed once per pair of documents (both
 * read it): the diff from the other copy to the open project, its wording, and the canvas marks; or,
 * while merging, the merge preview and its conflicts.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeDiff, diffDocuments, elementMarks, type DescribedChange, type DocumentDiff, type ElementMark } from '../../shared/diff';
import { describeConflict, type DescribedConflict, type MergeResult } from '../../shared/merge';
import type { LakarDocument } from '../../shared/model';
import type { Lang } from '../../shared/i18n';
import { useEditor } from '../state/editor';
import { previewMerge, placeOf } from './actions';
import { useCompare } from './compareStore';

/** `fn` remembering its last result while called with the same arguments (by identity). */
function lastResult<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let args: A | null = null;
  let result: R;
  return (...next: A) => {
    if (!args || next.length !== args.length || next.some((a, i) => a !== args![i])) {
      result = fn(...next);
      args = next;
    }
    return result;
  };
}

export interface Comparison {
  name: string;
  diff: DocumentDiff;
  described: DescribedChange[];
  marks: Map<string, ElementMark>;
  other: LakarDocument;
}

const compare = lastResult((other: LakarDocument, mine: LakarDocument, name: string, lang: Lang): Comparison => {
  const diff = diffDocuments(other, mine);
  return { name, diff, described: describeDiff(diff, other, mine, lang), marks: elementMarks(diff), other };
});

export interface MergePreview {
  result: MergeResult<LakarDocument>;
  /** Changes the merge would make to the open project. */
  incoming: number;
  conflicts: DescribedConflict[];
  /** Elements the conflicts are about (highlighted on the canvas). */
  conflictElements: Set<string>;
}

const preview = lastResult((base: LakarDocument, mine: LakarDocument, theirs: LakarDocument, lang: Lang): MergePreview => {
  const { result, incoming } = previewMerge(mine, { name: '', doc: base }, { name: '', doc: theirs });
  const docs = { base, mine, theirs };
  const conflictElements = new Set(result.conflicts.flatMap((c) => placeOf(c, docs).elements));
  return { result, incoming, conflicts: result.conflicts.map((c) => describeConflict(c, docs, lang)), conflictElements };
});

function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language?.startsWith('en') ? 'en' : 'ms';
}

/** The comparison shown now, or null when none is. */
export function useComparison(): Comparison | null {
  const lang = useLang();
  const doc = useEditor((s) => s.history?.doc ?? null);
  const mode = useCompare((s) => s.mode);
  const other = useCompare((s) => s.other);
  return useMemo(() => (mode === 'compare' && other && doc ? compare(other.doc, doc, other.name, lang) : null), [mode, other, doc, lang]);
}

/** The merge as it would be applied now, or null until both copies are picked. */
export function useMergePreview(): MergePreview | null {
  const lang = useLang();
  const doc = useEditor((s) => s.history?.doc ?? null);
  const mode = useCompare((s) => s.mode);
  const base = useCompare((s) => s.base);
  const theirs = useCompare((s) => s.theirs);
  return useMemo(() => (mode === 'merge' && base && theirs && doc ? preview(base.doc, doc, theirs.doc, lang) : null), [mode, base, theirs, doc, lang]);
}
