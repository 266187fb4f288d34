/** Personal progress history: the pure model and the Dexie database (no browser globals). */
export * from './types';
export * from './redact';
export * from './sanitize';
export { HistoryDB, DB_NAME, type IndexedDBDeps } from './db';
export { VERSIONS, LATEST } from './schema/index';
export * from './store';
export * from './exchange';
export * from './stats';
export * from './settings';
