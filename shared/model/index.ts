export * from './vocabulary';
export * from './schema';
export * from './kinds';
export * from './bands';
export * from './document';
export * from './formats';
export * from './proposal';
export * from './upgrade';
