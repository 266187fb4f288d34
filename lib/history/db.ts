/**
 * The history database (Dexie). It lives in the extension's own origin: the background service worker and
 * extension pages open it; a content script never does (its IndexedDB would belong to the host page).
 * `indexedDB` and `IDBKeyRange` are injected, so lib/ uses no browser globals and tests run it on fake-indexeddb.
 */
import { Dexie, type Table } from 'dexie';
import type { HintEvent, PracticeAttempt, ReplySummary } from './types';
import { VERSIONS, type SchemaVersion } from './schema/index';

export const DB_NAME = 'savy-history';

export interface IndexedDBDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

export class HistoryDB extends Dexie {
  events!: Table<HintEvent, string>;
  replies!: Table<ReplySummary, string>;
  practice!: Table<PracticeAttempt, string>;

  /** `versions` is for tests that write a database as an older release did. */
  constructor(deps: IndexedDBDeps, name = DB_NAME, versions: SchemaVersion[] = VERSIONS) {
    super(name, { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange });
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
