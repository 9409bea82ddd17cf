/**
 * Migrations of the review file format, one per format version after the first, each a pure
 * function from the raw JSON of version N-1 to version N, applied in order when an older file is
 * opened (the file itself is rewritten only when the user saves the review). Add a version: write
 * the step here with its test, append it to REVIEW_MIGRATIONS and bump REVIEW_FORMAT_VERSION (a
 * test checks they agree).
 *  - 2: the step-8 recommendation of the Pelaksana Projek (`review.implementer`, 001 Jadual 4-1
 *    langkah 8), empty in files written before it.
 */

/** One step of the review file format. */
export interface ReviewMigration {
  /** The format version this step produces (2, 3, …). */
  version: number;
  /** What changes, for reviewers of the code. */
  description: string;
  /** The file's JSON (format, formatVersion, review) at `version - 1` → at `version`. */
  up(raw: Record<string, unknown>): Record<string, unknown>;
}

/** Format 2: a review gains the recommended Pelaksana Projek of step 8, which a format-1 file never had. */
export const addImplementer: ReviewMigration = {
  version: 2,
  description: 'review.implementer (Jadual 4-1 langkah 8: pengesyoran Pelaksana Projek), empty when absent',
  up(raw) {
    const review = raw.review;
    if (typeof review !== 'object' || review === null || Array.isArray(review)) return raw;
    // a file that somehow has one keeps it; the schema then checks it like any other field
    return 'implementer' in review ? raw : { ...raw, review: { ...review, implementer: {} } };
  },
};

/** Every migration, oldest first. */
export const REVIEW_MIGRATIONS: readonly ReviewMigration[] = [addImplementer];

/** The newest format version reachable with `migrations` from the first (1). */
export function latestReviewVersion(migrations: readonly ReviewMigration[] = REVIEW_MIGRATIONS): number {
  return migrations.reduce((v, m) => Math.max(v, m.version), 1);
}

/**
 * Bring `raw` from format version `from` to the newest version of `migrations`. Throws when a step
 * is missing from the chain (a programming error, caught by the tests). Returns the new JSON and
 * the versions applied; `raw` itself is not changed.
 */
export function migrateReviewJson(raw: Record<string, unknown>, from: number, migrations: readonly ReviewMigration[] = REVIEW_MIGRATIONS): { raw: Record<string, unknown>; applied: number[] } {
  const pending = [...migrations].filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  pending.forEach((m, i) => {
    if (m.version !== from + i + 1) throw new Error(`review migration ${from + i + 1} is missing (found ${m.version})`);
  });
  let current = structuredClone(raw);
  for (const m of pending) current = { ...m.up(current), formatVersion: m.version };
  return { raw: current, applied: pending.map((m) => m.version) };
}
