/**
 * The rules in force, in one place: the bundled ruleset, the team's ruleset on top, then the writer's mutes (a
 * personal layer that disables them), from an active ruleset as the team background works it out
 * (lib/team/layers.ts). The background answers the coach's `getRules` with it (components/coach/background.ts),
 * the practice page asks `getRules` too, and tests compile its ruleset. Plain data (it crosses the message
 * boundary); the page compiles it per language as needed. A team layer that cannot be merged leaves the bundled
 * rules in force. The CLI's `savy check --ruleset FILE…` puts its files on the bundled rules with the same
 * `rulesetInForce` (lib/cli/main.ts).
 */
import type { CoachRules } from './protocol';
import { mergeRulesets } from './ruleset/merge';
import type { Ruleset } from './ruleset/schema';
import { parseActiveRuleset, rulesetLayers } from './team/layers';

/**
 * The bundled ruleset with `layers` on top, in order (team, then personal; or the CLI's --ruleset files): the one
 * merge of the rules in force. Throws only on layers lib/ruleset/merge.ts cannot merge.
 */
export function rulesetInForce(bundled: () => Ruleset, layers: readonly Ruleset[]): Ruleset {
  return layers.length ? mergeRulesets(bundled(), ...layers) : bundled();
}

/**
 * bundled → team → personal for `active` (anything: it is parsed, lib/team/layers.ts `parseActiveRuleset`).
 * `bundled` is the bundled ruleset: lib/content-engine.ts `contentBundledRuleset` (slim, what the coach uses) or
 * lib/ruleset/bundled.ts `bundledRuleset` (with the rules' embedded examples); both coach alike.
 */
export function rulesInForce(active: unknown, bundled: () => Ruleset): CoachRules {
  const a = parseActiveRuleset(active);
  const layers = rulesetLayers(a);
  let ruleset: Ruleset;
  try {
    ruleset = rulesetInForce(bundled, layers);
  } catch {
    ruleset = bundled();
  }
  return { ruleset, mutedRules: a?.mutedRules ?? [], mutesLocked: a?.mutesLocked ?? false, updatedAt: a?.updatedAt ?? 0 };
}
