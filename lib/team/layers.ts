/**
 * What the content script needs from the team ruleset: the validated team layer and the writer's muted rules.
 * The background stores it under ACTIVE_RULESET_KEY in `storage.local` (the content script can watch it) and
 * answers the `getRuleset` message with it. `rulesetLayers` turns it into the layers of `compileWithLayers`:
 *
 *   const layers = rulesetLayers(await sendMessage('getRuleset', undefined));
 *   const compiled = compileWithLayers(...layers);
 *
 * No zod here (the content script loads without the schema): the background validated the team ruleset
 * before storing it; this module only checks its shape. Import it as lib/team/layers, not lib/team.
 */
import { compileRuleset, type CompiledRuleset } from '../engine/compile';
import { bundledRuleset } from '../ruleset/bundled';
import { mergeRulesets, personalLayer } from '../ruleset/merge';
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

/** The layers above the bundled ruleset: [team?, personal?]. Accepts anything read from storage or a message. */
export function rulesetLayers(active: ActiveRuleset | null | undefined): Ruleset[] {
  if (!active || typeof active !== 'object') return [];
  const layers: Ruleset[] = [];
  if (looksValidated(active.team)) layers.push(active.team);
  const muted = Array.isArray(active.mutedRules) ? active.mutedRules.filter((r): r is string => typeof r === 'string') : [];
  if (muted.length && !active.mutesLocked) layers.push(personalLayer(muted));
  return layers;
}

/**
 * The content script's compiled ruleset: bundled ⟶ team ⟶ personal, without zod (same merge as
 * compileWithLayers in lib/index.ts). `bundled` returns the cached bundled compilation used when there are no layers.
 */
export function compileActiveRuleset(active: ActiveRuleset | null | undefined, bundled: () => CompiledRuleset): CompiledRuleset {
  const layers = rulesetLayers(active);
  return layers.length ? compileRuleset(mergeRulesets(bundledRuleset(), ...layers)) : bundled();
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
