/** The sector-ecosystem catalogue: data with sources, its schema, updates and imported application lists. */
export * from './schema';
export * from './catalogue';
export * from './generic-processes';
export * from './update';
export * from './applist';
export * from './text';
export { SECTOR_ENTRIES, SECTOR_SCENARIOS } from './data/sectors';
export { LIFECYCLE_ENTRIES, PERSONAS } from './data/lifecycles';
export { REGISTRIES, REPOSITORIES } from './data/registries';
export { APPLICATION_CATEGORY_ENTRIES, CHANNEL_ENTRIES, CLASSIFICATION_ENTRIES, E2E_CATEGORY_ENTRIES, PLATFORM_ENTRIES, SHARING_CATEGORY_ENTRIES } from './data/platforms';
export * from './sources';
