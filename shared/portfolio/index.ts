/**
 * Sector portfolio (issue 17): many agencies' proposals read together to find duplicate
 * applications, shared data and registry consumption across them (001 §4.2.2 a, §2.6, §2.7.3).
 * Pure: results of reading files go in, analysis comes out; the CLI, the app's worker and the
 * Problems-panel check are thin faces over it.
 */
export * from './analysis';
export * from './digest';
export * from './matcher';
export * from './normalise';
export * from './reasons';
export * from './json';
export * from './check';
export { MATCH_SETTINGS, OVERLAP_KINDS, SIGNALS, type MatchSettings, type OverlapKind, type Signal, type KindSettings } from './data/settings';
