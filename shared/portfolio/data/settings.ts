/**
 * Weights and thresholds of the portfolio overlap matcher: data with tests (settings.test.ts and
 * the generated-portfolio precision/recall test). Source of the aim: 001 §4.2.2 a ("Mengenal pasti
 * tidak berlaku pertindihan inisiatif digital … mengurangkan pertindihan perkhidmatan yang sama").
 *
 * A pair's score is the weighted mean of the name similarity and of every context signal both sides
 * have (same generic processes, target groups, registries/data, service domain; for data flows the
 * same agencies at both ends). A pair is reported when
 *  - its score reaches `threshold`,
 *  - its name similarity reaches `minName`, and
 *  - at least one corroborating signal reaches `corroboration`:
 * name similarity alone never decides.
 */

/** Kinds of elements (and data flows) compared across projects. */
export const OVERLAP_KINDS = ['application', 'service', 'dataEntity', 'dataFlow'] as const;
export type OverlapKind = (typeof OVERLAP_KINDS)[number];

/** Context signals the matcher weighs besides the name. */
export const SIGNALS = ['processes', 'targets', 'data', 'domain', 'agencies'] as const;
export type Signal = (typeof SIGNALS)[number];

export interface KindSettings {
  /** Weight of the name similarity. */
  name: number;
  /** Weight of each context signal (absent: not used for this kind). */
  signals: Partial<Record<Signal, number>>;
  /** Signals that may corroborate a name match. */
  corroborating: readonly Signal[];
  threshold: number;
  minName: number;
  corroboration: number;
}

export interface MatchSettings {
  kinds: Record<OverlapKind, KindSettings>;
  /** Weight of a weak word (WEAK_WORDS) relative to a normal word. */
  weakWordWeight: number;
  /** Blocking: a word shared by more names than this does not on its own bring pairs to compare. */
  maxBlock: number;
  /** Most overlaps kept per element (the best-scored). */
  maxPerElement: number;
  source: string;
}

export const MATCH_SETTINGS: MatchSettings = {
  kinds: {
    application: {
      name: 0.5,
      signals: { processes: 0.25, targets: 0.1, data: 0.1, domain: 0.05 },
      corroborating: ['processes', 'targets', 'data'],
      threshold: 0.55,
      minName: 0.5,
      corroboration: 0.5,
    },
    service: {
      name: 0.5,
      signals: { processes: 0.25, targets: 0.15, data: 0.05, domain: 0.05 },
      corroborating: ['processes', 'targets', 'data'],
      threshold: 0.55,
      minName: 0.5,
      corroboration: 0.5,
    },
    dataEntity: {
      name: 0.45,
      signals: { data: 0.4, processes: 0.1, domain: 0.05 },
      corroborating: ['data', 'processes'],
      threshold: 0.55,
      minName: 0.5,
      corroboration: 0.5,
    },
    dataFlow: {
      name: 0.35,
      signals: { agencies: 0.4, data: 0.2, domain: 0.05 },
      corroborating: ['agencies'],
      threshold: 0.6,
      minName: 0.5,
      corroboration: 1,
    },
  },
  weakWordWeight: 0.35,
  maxBlock: 400,
  maxPerElement: 5,
  source: '001 §4.2.2 a',
};
