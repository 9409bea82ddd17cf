/**
 * A review as plain data for scripts and listings (`lakar review show --json`): the verdicts, the
 * recommended Pelaksana Projek and the Syor in the guide's words, and every comment numbered as in the Kertas Ulasan with what it points
 * at in the current model (orphaned or not) and its thread.
 */
import type { Lang } from '../i18n';
import type { LakarDocument } from '../model/schema';
import { resolveAnchor } from './anchors';
import { modelContentHash } from './hash';
import { REVIEW_LABELS } from './labels';
import { numberComments } from './pdf-comments';
import type { Review } from './schema';
import { ANALYSIS_ITEMS, CRITERIA, CRITERION_LETTERS } from './vocabulary';

/** `review` summarised against `doc` (default: the version reviewed). */
export function reviewReport(review: Review, lang: Lang, doc: LakarDocument = review.proposal.snapshot) {
  const words = REVIEW_LABELS[lang];
  const assessment = (a: { verdict?: string; justification?: string; evidence?: string } | undefined) => ({
    verdict: a?.verdict ?? null,
    verdictLabel: a?.verdict ? words.verdict[a.verdict as keyof typeof words.verdict] : null,
    justification: a?.justification ?? '',
  });
  return {
    id: review.id,
    reviewer: { ...review.reviewer, bodyLabel: words.body[review.reviewer.body] },
    proposal: { title: review.proposal.title, agency: review.proposal.agency ?? null, projectName: review.proposal.projectName ?? null, reviewed: review.proposal.reviewed, earlierRounds: review.proposal.earlier.length },
    /** Whether the model given differs from the version reviewed (null when no model was given). */
    modelChanged: doc === review.proposal.snapshot ? null : modelContentHash(doc) !== review.proposal.reviewed.contentHash,
    decision: { ...review.decision, statusLabel: review.decision.status ? words.decision[review.decision.status] : null },
    analysis: ANALYSIS_ITEMS.map((item) => ({ item, label: words.analysis[item], ...assessment(review.analysis[item]) })),
    evaluations: CRITERIA.map((c) => ({ criterion: c, letter: CRITERION_LETTERS[c], label: words.criterion[c], ...assessment(review.evaluations[c]) })),
    /** Step 8: the Pelaksana Projek JDN recommends, beside the agency's own proposal. */
    implementer: { agency: review.implementer.agency?.trim() || null, justification: review.implementer.justification ?? '', proposedByAgency: review.proposal.snapshot.meta.pelaksanaProjek ?? null },
    syor: { ...review.syor, valueLabel: review.syor.value ? words.syor[review.syor.value] : null },
    comments: numberComments(review.comments).map(({ no, comment: c }) => {
      const where = resolveAnchor(c.anchor, doc, lang);
      return {
        no,
        id: c.id,
        heading: c.heading,
        headingLabel: words.heading[c.heading],
        severity: c.severity,
        status: c.status,
        anchor: { kind: c.anchor.kind, name: where.name, kindLabel: where.kindLabel, orphaned: where.orphaned },
        text: c.text,
        author: c.author,
        createdAt: c.createdAt,
        replies: c.replies,
      };
    }),
  };
}

export type ReviewReport = ReturnType<typeof reviewReport>;
