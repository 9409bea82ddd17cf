/** The Senarai Semak of 001 Jadual 4-1, Proses A.1.a: items, rule mapping, evidence and honest statuses. */
export * from './items';
export * from './evaluate';
export { checklistEvidence, isInternalSystem, type ItemEvidence } from './evidence';
export { CHECKLIST_STRINGS, type ChecklistStrings } from './strings';
export { answerAgreement, type AnswerAgreement } from './agreement';
