/**
 * Every key Sävy keeps in `chrome.storage.local`, defined once: its name (as existing installs have it stored;
 * never rename one), its schema version, and the one guard that reads a stored value back. Pure (no browser
 * globals, no zod: the guards are small and the content script's imports may reach this module); the browser side
 * (components/storage.ts) reads and writes through WXT's `storage.defineItem` with these definitions.
 *
 * A guard returns the value, normalised, or `undefined` to refuse it (the item then reads as its fallback and
 * says why). A stored value is never rewritten because it was refused: the writer's data stays as it was.
 * A future change of a stored shape bumps `version` and adds a migration in components/storage.ts.
 */
import { isLanguage, type Language } from './coaching';
import { retentionDays } from './history/settings';
import type { HistoryStatus } from './history/types';
import { ACTIVE_RULESET_KEY, MUTED_RULES_KEY, TEAM_STATE_KEY, WRITER_SOURCE_KEY } from './team/keys';
import { parseActiveRuleset, readMutedRules, type ActiveRuleset } from './team/layers';
import type { TeamState, WriterSource } from './team/state';

export interface StoredDefinition<T> {
  /** The storage.local key, exactly as stored by every version so far. */
  key: string;
  /** Schema version of the stored shape (1: the shape Sävy has always stored; no version marker is written for it). */
  version: number;
  /** What an absent or refused value reads as. */
  fallback: T;
  /** The value, normalised, or undefined when it is not of this shape. */
  parse(raw: unknown): T | undefined;
}

const object = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The writer's UI language ('fi' | 'en' | 'sv'); null: the browser's. */
export const UI_LANGUAGE: StoredDefinition<Language | null> = {
  key: 'uiLanguage',
  version: 1,
  fallback: null,
  parse: (v) => (isLanguage(v) ? v : undefined),
};

/** Days the progress history keeps (the options page edits it; 180 when unset). */
export const HISTORY_RETENTION: StoredDefinition<number> = {
  key: 'historyRetentionDays',
  version: 1,
  fallback: 180,
  parse: (v) => (retentionDays(v, -1) === -1 ? undefined : (v as number)),
};

/** The HistoryStatus the background publishes whenever it changes. */
export const HISTORY_STATUS: StoredDefinition<HistoryStatus | null> = {
  key: 'historyStatus',
  version: 1,
  fallback: null,
  parse: (v) => {
    if (!object(v) || typeof v.paused !== 'boolean') return undefined;
    const s: HistoryStatus = { paused: v.paused };
    if (v.reason === 'quota' || v.reason === 'unavailable' || v.reason === 'error') s.reason = v.reason;
    if (typeof v.since === 'number') s.since = v.since;
    if (typeof v.told === 'boolean') s.told = v.told;
    return s;
  },
};

/** The sites the writer turned Sävy on for (match patterns, lib/sites.ts). */
export const ENABLED_SITES: StoredDefinition<string[]> = {
  key: 'enabledSites',
  version: 1,
  fallback: [],
  parse: (v) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined),
};

/** The rules in force above the bundled ones, as the team background published them (lib/team/layers.ts). */
export const ACTIVE_RULESET: StoredDefinition<ActiveRuleset | null> = {
  key: ACTIVE_RULESET_KEY,
  version: 1,
  fallback: null,
  parse: (v) => parseActiveRuleset(v) ?? undefined,
};

/** The team-ruleset state (last good + status). Only its shape here: lib/team/state.ts `loadState` verifies it again. */
export const TEAM_STATE: StoredDefinition<TeamState | null> = {
  key: TEAM_STATE_KEY,
  version: 1,
  fallback: null,
  parse: (v) => (object(v) && v.version === 1 && typeof v.source === 'string' ? (v as unknown as TeamState) : undefined),
};

/** The writer's own team-ruleset source (an address or an imported file), used when the policy sets none. */
export const WRITER_SOURCE: StoredDefinition<WriterSource | null> = {
  key: WRITER_SOURCE_KEY,
  version: 1,
  fallback: null,
  parse: (v) => {
    if (!object(v)) return undefined;
    if (typeof v.url === 'string' && v.url) return { url: v.url };
    const f = v.file;
    if (object(f) && typeof f.name === 'string' && typeof f.text === 'string') return { file: { name: f.name, text: f.text } };
    return undefined;
  },
};

/** The rule ids the writer muted (the background applies them unless the policy locks mutes). */
export const MUTED_RULES: StoredDefinition<string[]> = {
  key: MUTED_RULES_KEY,
  version: 1,
  fallback: [],
  parse: (v) => (Array.isArray(v) ? readMutedRules(v) : undefined),
};

/** The ruleset draft in the options page's workbench (a RulesetInput as typed, or null). */
export const WORKBENCH_DRAFT: StoredDefinition<Record<string, unknown> | null> = {
  key: 'savyWorkbench',
  version: 1,
  fallback: null,
  parse: (v) => (object(v) ? v : undefined),
};

/** Every storage.local key Sävy uses. */
export const STORED = [
  UI_LANGUAGE,
  HISTORY_RETENTION,
  HISTORY_STATUS,
  ENABLED_SITES,
  ACTIVE_RULESET,
  TEAM_STATE,
  WRITER_SOURCE,
  MUTED_RULES,
  WORKBENCH_DRAFT,
] as const;

/** What reading a stored value gives: the value, or the fallback and why the stored value was refused. */
export type StoredRead<T> = { ok: true; value: T } | { ok: false; value: T; problem: string };

/** Reads a raw stored value through its definition. Never throws. */
export function readStored<T>(def: StoredDefinition<T>, raw: unknown): StoredRead<T> {
  if (raw === undefined || raw === null) return { ok: true, value: def.fallback };
  let value: T | undefined;
  try {
    value = def.parse(raw);
  } catch {
    value = undefined;
  }
  if (value === undefined)
    return {
      ok: false,
      value: def.fallback,
      problem: `storage.local "${def.key}" holds a value of the wrong shape; it is ignored and kept as it is`,
    };
  return { ok: true, value };
}
