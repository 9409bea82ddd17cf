/**
 * The review commands. The reviewer writes comments, verdicts, the decision and the Syor; the agency
 * replies and marks comments answered. Importing this module registers them all.
 */
import { z } from 'zod';
import type { Draft } from 'immer';
import { CommandError } from '../commands/registry';
import { documentSchema } from '../model/schema';
import { relationName } from './anchors';
import { defineReviewCommand } from './registry';
import { anchorSchema, type Comment, type Review } from './schema';
import {
  ANALYSIS_ITEMS,
  COMMENT_HEADINGS,
  COMMENT_SEVERITIES,
  COMMENT_STATUSES,
  CRITERIA,
  DECISIONS,
  NOT_CONTINUED_REASONS,
  REVIEWING_BODIES,
  SYOR,
  VERDICTS,
} from './vocabulary';

const id = z.string().min(1).max(200);
const text = z.string().max(20_000);
const shortText = z.string().max(500);
/** A field to set: a value, or null to clear it; absent leaves it as it is. */
const settable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

function comment(draft: Draft<Review>, commentId: string): Draft<Comment> {
  const c = draft.comments.find((x) => x.id === commentId);
  if (!c) throw new CommandError('review.commentNotFound', [{ params: { id: commentId } }]);
  return c;
}

/** Copy the set fields of `args` onto `target`: null clears a field, an empty string too. */
function assign<T extends object>(target: T, args: Record<string, unknown>, keys: readonly string[]): void {
  for (const key of keys) {
    if (!(key in args) || args[key] === undefined) continue;
    const value = args[key];
    if (value === null || value === '') delete (target as Record<string, unknown>)[key];
    else (target as Record<string, unknown>)[key] = value;
  }
}

export const addComment = defineReviewCommand({
  id: 'review.comment.add',
  labelKey: 'command.review.comment.add',
  roles: ['reviewer'],
  args: z.object({ id, anchor: anchorSchema, heading: z.enum(COMMENT_HEADINGS), severity: z.enum(COMMENT_SEVERITIES), text: text.trim().min(1) }),
  run(draft, args, actor) {
    if (draft.comments.some((c) => c.id === args.id)) throw new CommandError('command.invalidArgs', [{ path: ['id'], params: { message: 'duplicate id' } }]);
    draft.comments.push({ ...args, status: 'terbuka', author: { name: actor.name, role: actor.role }, createdAt: actor.at, replies: [] });
  },
});

export const editComment = defineReviewCommand({
  id: 'review.comment.edit',
  labelKey: 'command.review.comment.edit',
  roles: ['reviewer'],
  args: z.object({ id, text: text.trim().min(1).optional(), heading: z.enum(COMMENT_HEADINGS).optional(), severity: z.enum(COMMENT_SEVERITIES).optional() }),
  run(draft, args, actor) {
    const c = comment(draft, args.id);
    if (args.text !== undefined) c.text = args.text;
    if (args.heading) c.heading = args.heading;
    if (args.severity) c.severity = args.severity;
    c.updatedAt = actor.at;
  },
});

export const removeComment = defineReviewCommand({
  id: 'review.comment.remove',
  labelKey: 'command.review.comment.remove',
  roles: ['reviewer'],
  args: z.object({ id }),
  run(draft, args) {
    comment(draft, args.id);
    draft.comments = draft.comments.filter((c) => c.id !== args.id);
  },
});

export const setCommentStatus = defineReviewCommand({
  id: 'review.comment.setStatus',
  labelKey: 'command.review.comment.setStatus',
  roles: ['reviewer', 'agency'],
  args: z.object({ id, status: z.enum(COMMENT_STATUSES) }),
  run(draft, args, actor) {
    // the agency answers; only the reviewer decides a comment is settled or reopens it
    if (actor.role === 'agency' && args.status !== 'dijawab') throw new CommandError('review.agencyStatus');
    comment(draft, args.id).status = args.status;
  },
});

export const addReply = defineReviewCommand({
  id: 'review.reply.add',
  labelKey: 'command.review.reply.add',
  roles: ['reviewer', 'agency'],
  args: z.object({ commentId: id, id, text: text.trim().min(1), markAnswered: z.boolean().optional() }),
  run(draft, args, actor) {
    const c = comment(draft, args.commentId);
    if (draft.comments.some((x) => x.id === args.id || x.replies.some((r) => r.id === args.id))) {
      throw new CommandError('command.invalidArgs', [{ path: ['id'], params: { message: 'duplicate id' } }]);
    }
    c.replies.push({ id: args.id, author: { name: actor.name, role: actor.role }, at: actor.at, text: args.text });
    if (args.markAnswered && c.status === 'terbuka') c.status = 'dijawab';
  },
});

export const updateReviewer = defineReviewCommand({
  id: 'review.reviewer.update',
  labelKey: 'command.review.reviewer.update',
  roles: ['reviewer'],
  args: z.object({ name: z.string().trim().min(1).max(300).optional(), body: z.enum(REVIEWING_BODIES).optional(), position: settable(shortText) }),
  run(draft, args) {
    assign(draft.reviewer, args, ['name', 'body', 'position']);
  },
});

export const updateSummary = defineReviewCommand({
  id: 'review.summary.update',
  labelKey: 'command.review.summary.update',
  roles: ['reviewer'],
  args: z.object({ summary: text }),
  run(draft, args) {
    assign(draft, args, ['summary']);
  },
});

const assessmentArgs = { verdict: settable(z.enum(VERDICTS)), justification: settable(text), evidence: settable(text) };
const ASSESSMENT_KEYS = ['verdict', 'justification', 'evidence'] as const;

export const setAnalysis = defineReviewCommand({
  id: 'review.analysis.set',
  labelKey: 'command.review.analysis.set',
  roles: ['reviewer'],
  args: z.object({ item: z.enum(ANALYSIS_ITEMS), ...assessmentArgs }),
  run(draft, args) {
    const target = (draft.analysis[args.item] ??= {});
    assign(target, args, ASSESSMENT_KEYS);
    if (Object.keys(target).length === 0) delete draft.analysis[args.item];
  },
});

export const setEvaluation = defineReviewCommand({
  id: 'review.evaluation.set',
  labelKey: 'command.review.evaluation.set',
  roles: ['reviewer'],
  args: z.object({ criterion: z.enum(CRITERIA), ...assessmentArgs }),
  run(draft, args) {
    const target = (draft.evaluations[args.criterion] ??= {});
    assign(target, args, ASSESSMENT_KEYS);
    if (Object.keys(target).length === 0) delete draft.evaluations[args.criterion];
  },
});

export const setDecision = defineReviewCommand({
  id: 'review.decision.set',
  labelKey: 'command.review.decision.set',
  roles: ['reviewer'],
  args: z.object({ status: settable(z.enum(DECISIONS)), date: settable(shortText), reference: settable(shortText), note: settable(text) }),
  run(draft, args) {
    assign(draft.decision, args, ['status', 'date', 'reference', 'note']);
  },
});

/** Step 8: the Pelaksana Projek JDN recommends ("termasuk pengesyoran Pelaksana Projek", 001 Jadual 4-1 langkah 8). */
export const setImplementer = defineReviewCommand({
  id: 'review.implementer.set',
  labelKey: 'command.review.implementer.set',
  roles: ['reviewer'],
  args: z.object({ agency: settable(shortText), justification: settable(text) }),
  run(draft, args) {
    assign(draft.implementer, args, ['agency', 'justification']);
  },
});

export const setSyor = defineReviewCommand({
  id: 'review.syor.set',
  labelKey: 'command.review.syor.set',
  roles: ['reviewer'],
  args: z.object({
    value: settable(z.enum(SYOR)),
    amendments: settable(text),
    reason: settable(z.enum(NOT_CONTINUED_REASONS)),
    relatedSolution: settable(shortText),
    note: settable(text),
  }),
  run(draft, args) {
    assign(draft.syor, args, ['value', 'amendments', 'reason', 'relatedSolution', 'note']);
  },
});

export const startRound = defineReviewCommand({
  id: 'review.round.start',
  labelKey: 'command.review.round.start',
  roles: ['reviewer'],
  args: z.object({ snapshot: documentSchema, contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/), generation: z.number().int().min(0).optional() }),
  run(draft, args, actor) {
    // the version reviewed so far becomes an earlier round; anchors still present take their current names
    draft.proposal.earlier.push(draft.proposal.reviewed);
    draft.proposal.reviewed = { contentHash: args.contentHash, at: actor.at, ...(args.generation === undefined ? {} : { generation: args.generation }) };
    draft.proposal.snapshot = args.snapshot;
    draft.proposal.title = args.snapshot.meta.title;
    for (const c of draft.comments) {
      const a = c.anchor;
      if (a.kind === 'element' && args.snapshot.elements.get(a.id)) a.name = args.snapshot.elements.get(a.id)!.name;
      if (a.kind === 'relation' && args.snapshot.relations.get(a.id)) a.name = relationName(args.snapshot, args.snapshot.relations.get(a.id)!);
      if (a.kind === 'view' && args.snapshot.views[a.viewId]) a.name = args.snapshot.views[a.viewId].name;
    }
  },
});
