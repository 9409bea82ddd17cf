/**
 * Three-way merge of Lakar documents (pure). See ./merge.ts for the rules and ./types.ts for the API;
 * the merge is applied to an open project as one undoable command (`merge.apply`, shared/commands/merge.ts).
 */
export { mergeDocuments } from './merge';
export { describeConflict, type DescribedConflict } from './describe';
export { nodeInBand, validateDocument, type IntegrityProblem } from './validate';
export { MergeError, type ConflictKind, type DependentChange, type MergeAdjustment, type MergeConflict, type MergeOptions, type MergeResult, type Resolution, type Side } from './types';
