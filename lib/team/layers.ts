/**
 * What the content script needs from the team ruleset: the validated team layer and the writer's muted rules.
 * The background keeps it in memory for `getRules` and stores it under ACTIVE_RULESET_KEY in `storage.local`
 * for the extension's pages. `rulesetLayers` turns it into the layers above the bundled rules; lib/rules.ts
 * `rulesInForce` merges them.
 *
 * No zod here (the content script loads without the schema): the background validated the team ruleset
 * before storing it; this module only checks its shape. Import it as lib/team/layers, not lib/team.
 */
import { personalLayer } from '../ruleset/merge';
import type { Ruleset } from '../ruleset/schema';

export { ACTIVE_RULESET_KEY, MUTED_RULES_KEY, TEAM_STATE_KEY, WRITER_SOURCE_KEY } from './keys';

export interface ActiveRuleset {
  /** The validated team ruleset in force, or null (bundled rules only). */
  team: Ruleset | null;
  /** Rule ids the writer muted; empty when the policy locks personal mutes. */
  mutedRules: string[];
  /** True when the administrator's policy does not let writers mute rules. */
  mutesLocked: boolean;
  /** Changes whenever the ruleset or the mutes change. */
  updatedAt: number;
}

export function activeRuleset(team: Ruleset | null, mutedRules: readonly string[], mutesLocked: boolean, now: number): ActiveRuleset {
  return { team, mutedRules: mutesLocked ? [] : [...new Set(mutedRules)], mutesLocked, updatedAt: now };
}

/**
 * The one definition of "an active ruleset" read from storage or a message: an object whose team is null or a
 * validated ruleset, with a list of muted rule ids. Anything else is refused (null). Mutes are dropped when locked.
 */
export function parseActiveRuleset(value: unknown): ActiveRuleset | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  const team = o.team ?? null;
  if (team !== null && !looksValidated(team)) return null;
  if (o.mutedRules !== undefined && !Array.isArray(o.mutedRules)) return null;
  const mutesLocked = o.mutesLocked === true;
  return {
    team,
    mutedRules: mutesLocked ? [] : readMutedRules(o.mutedRules),
    mutesLocked,
    updatedAt: typeof o.updatedAt === 'number' ? o.updatedAt : 0,
  };
}

/** The layers above the bundled ruleset: [team?, personal?]. Accepts anything read from storage or a message. */
export function rulesetLayers(value: ActiveRuleset | null | undefined): Ruleset[] {
  const active = parseActiveRuleset(value);
  if (!active) return [];
  const layers: Ruleset[] = [];
  if (active.team) layers.push(active.team);
  if (active.mutedRules.length) layers.push(personalLayer(active.mutedRules));
  return layers;
}

/** Muted rule ids as stored (anything else is ignored). */
export function readMutedRules(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.filter((r): r is string => typeof r === 'string' && r.length > 0))] : [];
}

/** The shape mergeRulesets relies on; what the background stores always has it (zod output, defaults applied). */
function looksValidated(r: unknown): r is Ruleset {
  if (!r || typeof r !== 'object') return false;
  const o = r as Record<string, unknown>;
  const obj = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);
  return (
    o.schemaVersion === 1 &&
    typeof o.id === 'string' &&
    ['languages', 'categories', 'rules', 'practice'].every((k) => Array.isArray(o[k])) &&
    obj(o.steps) &&
    obj(o.overrides) &&
    obj(o.disable) &&
    Array.isArray((o.disable as Record<string, unknown>).rules) &&
    Array.isArray((o.disable as Record<string, unknown>).categories)
  );
}
