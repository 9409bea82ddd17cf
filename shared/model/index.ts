export * from './vocabulary';
export * from './schema';
export * from './kinds';
export * from './bands';
export * from './document';
export * from './ids';
export * from './limits';
export * from './formats';
