/**
 * What changed since the version reviewed, for the open review and model: computed once per pair
 * (the diff of a large model takes a moment) and shared by the panels and the canvas pins.
 */
import { useMemo } from 'react';
import type { Lang } from '../../shared/i18n';
import type { LakarDocument } from '../../shared/model';
import { changesSinceReviewed, type AnchorChange, type Review, type ReviewChanges } from '../../shared/review';
import { useEditor } from '../state/editor';
import { useReview } from './reviewStore';
import { useLang } from './useLang';

let cache: { key: unknown[]; value: ReviewChanges } | null = null;

/** The changes for this review, model and language, computed once for all the components that ask. */
function cachedChanges(review: Review, doc: LakarDocument, lang: Lang): ReviewChanges {
  const key = [review.proposal.snapshot, review.comments, doc, lang];
  if (cache && cache.key.every((k, i) => k === key[i])) return cache.value;
  const value = changesSinceReviewed(review, doc, lang);
  cache = { key, value };
  return value;
}

/** The changes since the version reviewed, or null while no review is open. */
export function useReviewChanges(): ReviewChanges | null {
  const review = useReview((s) => s.history?.review ?? null);
  const doc = useEditor((s) => s.history?.doc ?? null);
  const lang = useLang();
  return useMemo(() => (review && doc ? cachedChanges(review, doc, lang) : null), [review, doc, lang]);
}

/** Comment id → how its anchor fared since the version reviewed. */
export function useAnchorChanges(): Map<string, AnchorChange> | null {
  return useReviewChanges()?.anchors ?? null;
}
