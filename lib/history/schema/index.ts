/** Every schema version in order. Add vN.ts with `version`, `stores` and an optional `upgrade`, and list it here. */
import type { Transaction } from 'dexie';
import * as v1 from './v1';
import * as v2 from './v2';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const VERSIONS: SchemaVersion[] = [v1, v2];
export const LATEST = VERSIONS[VERSIONS.length - 1].version;
