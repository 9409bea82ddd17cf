/**
 * What changed since the version reviewed: the model diff of shared/diff (issue 15) between the
 * review's snapshot and the current model, in the planner's words, and how each comment's anchor
 * fared — unchanged, changed by the agency, or removed (the comment is then orphaned).
 */
import type { Lang } from '../i18n';
import type { LakarDocument } from '../model/schema';
import { describeDiff, diffDocuments, type DescribedChange, type DocumentDiff } from '../diff';
import { modelContentHash } from './hash';
import type { Anchor, Review } from './schema';

/** How a comment's anchor fared since the version reviewed; null for anchors no diff speaks of (checklist items). */
export type AnchorChange = 'unchanged' | 'changed' | 'removed' | null;

export interface ReviewChanges {
  /** The current model differs from the version reviewed (content hashes differ). */
  modelChanged: boolean;
  diff: DocumentDiff;
  /** The diff in the planner's words. */
  described: DescribedChange[];
  /** Comment id → how its anchor fared. */
  anchors: Map<string, AnchorChange>;
}

function anchorChange(anchor: Anchor, diff: DocumentDiff, index: Map<string, DocumentDiff['changes'][number]>): AnchorChange {
  const change = (collection: string, id: string): AnchorChange => {
    const c = index.get(`${collection}\u0000${id}`);
    if (!c) return 'unchanged';
    return c.type === 'removed' ? 'removed' : 'changed';
  };
  switch (anchor.kind) {
    case 'element':
      return change('elements', anchor.id);
    case 'relation':
      return change('relations', anchor.id);
    case 'view':
      return change('views', anchor.viewId);
    case 'field': {
      const project = diff.changes.find((c) => c.collection === 'project');
      // The estimate has been the cost table since document schema 2; its comment follows the table.
      const key = anchor.field === 'estimatedCost' ? 'costs' : anchor.field;
      return project?.fields.some((f) => f.path[0] === 'meta' && f.path[1] === key) ? 'changed' : 'unchanged';
    }
    case 'checklist':
      return null;
  }
}

/** The changes from the version `review` reviewed to `doc`. */
export function changesSinceReviewed(review: Review, doc: LakarDocument, lang: Lang): ReviewChanges {
  const before = review.proposal.snapshot;
  const modelChanged = modelContentHash(doc) !== review.proposal.reviewed.contentHash;
  const diff = modelChanged ? diffDocuments(before, doc) : { changes: [], summary: {} };
  const index = new Map(diff.changes.map((c) => [`${c.collection}\u0000${c.id}`, c]));
  const anchors = new Map(review.comments.map((c) => [c.id, anchorChange(c.anchor, diff, index)]));
  return { modelChanged, diff, described: modelChanged ? describeDiff(diff, before, doc, lang) : [], anchors };
}
