/**
 * Sävy's storage.local items, browser side: each definition of lib/stored.ts (key, version, guard) as a WXT
 * storage item (`storage.defineItem`, which keeps the schema version and runs migrations when one is added), read
 * back through its guard in one place. A value of the wrong shape reads as the item's fallback with the reason
 * (`read()`), is never rewritten and never throws into a page; a write touches its own key only.
 * Only Sävy's trusted contexts use these (background and pages; the content script asks by message,
 * components/trusted-storage.ts).
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import {
  ACTIVE_RULESET,
  ENABLED_SITES,
  HISTORY_RETENTION,
  HISTORY_STATUS,
  MUTED_RULES,
  readStored,
  TEAM_STATE,
  UI_LANGUAGE,
  WORKBENCH_DRAFT,
  WRITER_SOURCE,
  type StoredDefinition,
  type StoredRead,
} from '../lib/stored';

export interface StoredItem<T> {
  readonly key: string;
  /** The value and whether the stored one was accepted; a failing storage reads as the fallback. Never throws. */
  read(): Promise<StoredRead<T>>;
  /** The value, or the fallback when absent or refused (a refusal is logged once per read). Never throws. */
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with the new value (parsed) whenever it changes; returns the unwatch function. */
  watch(onChange: (value: T) => void): () => void;
}

export function storedItem<T>(def: StoredDefinition<T>): StoredItem<T> {
  const item: WxtStorageItem<unknown, Record<string, never>> = storage.defineItem<unknown>(`local:${def.key}`, { version: def.version });
  const read = async (): Promise<StoredRead<T>> => {
    try {
      return readStored(def, await item.getValue());
    } catch (e) {
      return {
        ok: false,
        value: def.fallback,
        problem: `storage.local "${def.key}" could not be read: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
  };
  return {
    key: def.key,
    read,
    async get() {
      const got = await read();
      if (!got.ok) console.warn(`Sävy: ${got.problem}`);
      return got.value;
    },
    set: (value) => item.setValue(value),
    remove: () => item.removeValue(),
    watch: (onChange) => item.watch((raw) => onChange(readStored(def, raw).value)),
  };
}

export const uiLanguageItem = storedItem(UI_LANGUAGE);
export const historyRetentionItem = storedItem(HISTORY_RETENTION);
export const historyStatusItem = storedItem(HISTORY_STATUS);
export const enabledSitesItem = storedItem(ENABLED_SITES);
export const activeRulesetItem = storedItem(ACTIVE_RULESET);
export const teamStateItem = storedItem(TEAM_STATE);
export const writerSourceItem = storedItem(WRITER_SOURCE);
export const mutedRulesItem = storedItem(MUTED_RULES);
export const workbenchDraftItem = storedItem(WORKBENCH_DRAFT);
