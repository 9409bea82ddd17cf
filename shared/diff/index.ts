/**
 * Model diff (pure): what changed between two Lakar documents, by id and field, and the same in a
 * planner's words. See ./diff.ts for the API and ./structure.ts for how documents are read generically.
 */
export { diffDocuments, diffEntity, elementMarks, isEmptyDiff, type DiffSummary, type DocumentDiff, type ElementMark, type EntityChange, type EntityChangeType, type FieldChange } from './diff';
export { describeChange, describeDiff, describeField, elementName, formatValue, subjectOf, type DescribeContext, type DescribedChange } from './describe';
export { fieldLabel, valueGroup } from './labels';
export { collectionsOf, deepEqual, flattenEntity, isPlainObject, PROJECT_ENTITY, type FieldPath } from './structure';
export { documentListing } from './listing';
