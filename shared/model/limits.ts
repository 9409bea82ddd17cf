/**
 * The documented limits of what Lakar reads (README, "Limits"). Inputs beyond them are refused up
 * front with a message naming the limit, before the heavy work starts, instead of running out of
 * memory half-way. They sit well above the largest real models we know of (ministry repositories
 * of tens of thousands of elements) and the scale goal of 100,000-element projects.
 */
export const LIMITS = {
  /** Bytes of one imported file (OEF, CSV, `.lakar.json`, a CSV inside a zip). */
  inputBytes: 256 * 1024 * 1024,
  /** Elements of one project (LMV elements and unplaced concepts together). */
  elements: 250_000,
  /** Relations of one project. */
  relations: 500_000,
  /** Views of one project. */
  views: 2_000,
} as const;

export type LimitName = keyof typeof LIMITS;

/** The first limit `counts` exceed, with the count and the limit, or null. */
export function exceededLimit(counts: { elements?: number; relations?: number; views?: number }): { limit: LimitName; count: number; max: number } | null {
  for (const limit of ['elements', 'relations', 'views'] as const) {
    const count = counts[limit];
    if (count !== undefined && count > LIMITS[limit]) return { limit, count, max: LIMITS[limit] };
  }
  return null;
}
