/** Reviews of proposals (Kertas Ulasan JDN, 001 §4.3 Jadual 4-1): importing this module registers the review commands. */
export * from './vocabulary';
export * from './schema';
export * from './labels';
export * from './hash';
export * from './migrations';
export * from './file';
export * from './anchors';
export * from './registry';
export * from './history';
export * from './commands';
export * from './create';
export * from './evidence';
export * from './pdf';
export { numberComments, type NumberedComment } from './pdf-comments';
export { REVIEW_PDF_STRINGS, type ReviewPdfStrings } from './pdf-strings';
export * from './report';
export * from './changes';
