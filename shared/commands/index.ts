/** Importing this module registers every command. */
export * from './registry';
export * from './history';
export * from './element';
export * from './relation';
export * from './view';
export * from './project';
export * from './arrange';
export * from './clipboard';
export * from './merge';
export * from './proposal';
export * from './prepare';
