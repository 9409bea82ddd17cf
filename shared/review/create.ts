/** Starting a review of a proposal: the reviewer, and the version reviewed with its snapshot. */
import type { LakarDocument } from '../model/schema';
import { modelContentHash } from './hash';
import type { Review } from './schema';
import type { ReviewingBody } from './vocabulary';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new random id for a review, comment or reply, e.g. `komen_k3j9x0q2m1ab`. */
export function newReviewId(prefix: 'ulasan' | 'komen' | 'balas'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return `${prefix}_${out}`;
}

export interface NewReviewInput {
  doc: LakarDocument;
  reviewer: { name: string; body: ReviewingBody; position?: string };
  /** File name or stored name of the project. */
  projectName?: string;
  /** The `.lakar` file's id, when known. */
  fileId?: string;
  /** The project's save generation, when known. */
  generation?: number;
  /** ISO time the review starts. */
  at: string;
}

/** A new, empty review of `doc` as it is now. */
export function createReview(input: NewReviewInput): Review {
  const { doc, at } = input;
  const reviewer = { name: input.reviewer.name.trim(), body: input.reviewer.body, ...(input.reviewer.position?.trim() ? { position: input.reviewer.position.trim() } : {}) };
  return {
    id: newReviewId('ulasan'),
    createdAt: at,
    updatedAt: at,
    reviewer,
    proposal: {
      title: doc.meta.title,
      ...(doc.meta.pemilikProjek ? { agency: doc.meta.pemilikProjek } : {}),
      ...(input.projectName ? { projectName: input.projectName } : {}),
      ...(input.fileId ? { fileId: input.fileId } : {}),
      reviewed: { contentHash: modelContentHash(doc), at, ...(input.generation === undefined ? {} : { generation: input.generation }) },
      earlier: [],
      snapshot: doc,
    },
    analysis: {},
    decision: {},
    evaluations: {},
    implementer: {},
    syor: {},
    comments: [],
  };
}
