/** The metric library: pure math, no Apps Script, no I/O. */
export * from './errors';
export * from './survey';
export * from './retention';
export * from './time';
export * from './volume';
export * from './zone';
export * from './hours';
export * from './change';
