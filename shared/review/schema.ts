/**
 * zod schemas of a review file (`.ulasan`): the Kertas Ulasan JDN of one proposal, kept apart from
 * the agency's project so the project is never modified by its review. It holds who reviews, which
 * version of the proposal was reviewed (content hash, save generation and a snapshot of the model,
 * from which "what changed since" is worked out), the comments with their anchors and threads, the
 * step-4a analysis, the step-7 decision, the step-8 evaluations and recommended Pelaksana Projek, the step-9 Syor (001 §4.3,
 * Jadual 4-1). The file format has its own version, independent of the project's schema version.
 */
import { z } from 'zod';
import { documentSchema, idSchema } from '../model/schema';
import {
  ANALYSIS_ITEMS,
  CHECKLIST_NUMERALS,
  COMMENT_HEADINGS,
  COMMENT_SEVERITIES,
  COMMENT_STATUSES,
  CRITERIA,
  DECISIONS,
  NOT_CONTINUED_REASONS,
  PROPOSAL_FIELDS,
  REVIEWING_BODIES,
  ROLES,
  SYOR,
  VERDICTS,
} from './vocabulary';

/** Value of the `format` field of every review file; anything else is not a Lakar review. */
export const REVIEW_FORMAT = 'lakar-ulasan';
/** Version of the review file format this build writes; older files are migrated (migrations.ts). */
export const REVIEW_FORMAT_VERSION = 2;
/** Most comments one review holds. */
export const MAX_COMMENTS = 20_000;

// the model's id rule: an anchor's id is looked up in the model, so `toString` or `__proto__` is refused
const id = idSchema;
const name = z.string().trim().min(1).max(300);
const text = z.string().max(20_000);
const shortText = z.string().max(500);
const isoTime = z.string().min(1).max(40);

/** What a comment points at. Anchors are ids: they survive renames and moves; `name` is the name when commented, kept for orphans. */
export const anchorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('element'), id, name: shortText, elementKind: z.string().max(40) }),
  z.object({ kind: z.literal('relation'), id, name: shortText, relationKind: z.string().max(40) }),
  /** A matter of the WoG checklist, Jadual 4-1 A.1.a i–ix. */
  z.object({ kind: z.literal('checklist'), item: z.enum(CHECKLIST_NUMERALS) }),
  /** A field of the proposal's project information. */
  z.object({ kind: z.literal('field'), field: z.enum(PROPOSAL_FIELDS) }),
  /** An area of a view: the point (model units) where the pin sits. */
  z.object({ kind: z.literal('view'), viewId: id, name: shortText, x: z.number().finite(), y: z.number().finite() }),
]);

export const authorSchema = z.object({ name, role: z.enum(ROLES) });

export const replySchema = z.object({ id, author: authorSchema, at: isoTime, text: text.min(1) });

export const commentSchema = z.object({
  id,
  anchor: anchorSchema,
  /** Heading of the Kertas Ulasan the comment is filed under. */
  heading: z.enum(COMMENT_HEADINGS),
  severity: z.enum(COMMENT_SEVERITIES),
  status: z.enum(COMMENT_STATUSES),
  text: text.min(1),
  author: authorSchema,
  createdAt: isoTime,
  updatedAt: isoTime.optional(),
  replies: z.array(replySchema).max(1000),
});

/** A verdict with its justification; `evidence` is what Lakar found in the model, as the reviewer accepted or edited it. */
export const assessmentSchema = z.object({
  verdict: z.enum(VERDICTS).optional(),
  justification: text.optional(),
  evidence: text.optional(),
});

/** The version of the proposal a review refers to. */
export const reviewedVersionSchema = z.object({
  /** SHA-256 of the model's canonical JSON (hash.ts): equal hashes mean the same model. */
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  /** The project's save generation when reviewed, when known (bumped by every save). */
  generation: z.number().int().min(0).optional(),
  /** When this version was taken for review. */
  at: isoTime,
});

export const reviewSchema = z.object({
  id,
  createdAt: isoTime,
  updatedAt: isoTime,
  reviewer: z.object({ name, body: z.enum(REVIEWING_BODIES), position: shortText.optional() }),
  proposal: z.object({
    title: z.string().max(300),
    agency: shortText.optional(),
    /** File name (desktop) or stored name (browser) of the project when the review began. */
    projectName: shortText.optional(),
    /** Identity of the `.lakar` file, when known (it survives saves, not copies). */
    fileId: shortText.optional(),
    reviewed: reviewedVersionSchema,
    /** Earlier versions reviewed, oldest first (a new round starts when the reviewer takes a revised model). */
    earlier: z.array(reviewedVersionSchema).max(1000),
    /** The model as reviewed, so what changed since can be shown and orphaned anchors named. */
    snapshot: documentSchema,
  }),
  summary: text.optional(),
  /** Step 4a a i–v. */
  analysis: z.partialRecord(z.enum(ANALYSIS_ITEMS), assessmentSchema),
  /** Step 7: the Kertas Keputusan of the Sector Digital Team meeting. */
  decision: z.object({ status: z.enum(DECISIONS).optional(), date: shortText.optional(), reference: shortText.optional(), note: text.optional() }),
  /** Step 8 a–g. */
  evaluations: z.partialRecord(z.enum(CRITERIA), assessmentSchema),
  /**
   * Step 8 "Menyedia ulasan JDN termasuk pengesyoran Pelaksana Projek": the agency JDN recommends
   * as the project's implementer, and why (format version 2; older files are given an empty one).
   */
  implementer: z.object({ agency: shortText.optional(), justification: text.optional() }),
  /** Step 9, with the amendments (Bersetuju Dengan Pindaan) or the solution/dependency (Tidak Diteruskan). */
  syor: z.object({
    value: z.enum(SYOR).optional(),
    amendments: text.optional(),
    reason: z.enum(NOT_CONTINUED_REASONS).optional(),
    relatedSolution: shortText.optional(),
    note: text.optional(),
  }),
  comments: z.array(commentSchema).max(MAX_COMMENTS),
});

export type Anchor = z.infer<typeof anchorSchema>;
export type AnchorKind = Anchor['kind'];
export type Author = z.infer<typeof authorSchema>;
export type Reply = z.infer<typeof replySchema>;
export type Comment = z.infer<typeof commentSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type ReviewedVersion = z.infer<typeof reviewedVersionSchema>;
export type Review = z.infer<typeof reviewSchema>;
