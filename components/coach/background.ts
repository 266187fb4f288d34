/**
 * The coach's rules, background side: the content script does not bundle the rulesets (its size budget); it asks
 * `getRules` when a writing field first gets focus. The answer is the slim bundled ruleset (lib/content-engine.ts)
 * with the team and personal layers of the active ruleset the team background publishes (ACTIVE_RULESET_KEY),
 * merged here, plus the writer's mutes. The handler is registered synchronously at service-worker start, so a
 * message that wakes a sleeping worker is answered.
 */
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging';
import { contentRulesetMerged } from '../../lib/content-engine';
import { ACTIVE_RULESET_KEY, rulesetLayers, type ActiveRuleset } from '../../lib/team/layers';
import type { CoachRules } from '../../lib/protocol';
import { mutesFromActive } from './mutes';

let cache: { key: string; rules: CoachRules } | null = null;

/** The coach's rules for an active ruleset as stored (anything: it is checked), merged once per change. */
export function coachRules(active: unknown): CoachRules {
  const a = active && typeof active === 'object' ? (active as ActiveRuleset) : null;
  const updatedAt = typeof a?.updatedAt === 'number' ? a.updatedAt : 0;
  const key = `${updatedAt}|${a ? JSON.stringify(a.mutedRules ?? null) + String(a.mutesLocked) + String(!!a.team) : ''}`;
  if (cache?.key === key) return cache.rules;
  let ruleset;
  try {
    ruleset = contentRulesetMerged(rulesetLayers(a));
  } catch (e) {
    console.warn('Sävy: team ruleset not usable for the coach', e);
    ruleset = contentRulesetMerged([]);
  }
  const { muted, locked } = mutesFromActive(a);
  const rules: CoachRules = { ruleset, mutedRules: muted, mutesLocked: locked, updatedAt };
  cache = { key, rules };
  return rules;
}

export function startCoachRules(): void {
  onMessage('getRules', async () => {
    let active: unknown = null;
    try {
      active = (await browser.storage.local.get(ACTIVE_RULESET_KEY))[ACTIVE_RULESET_KEY];
    } catch {
      // bundled rules only
    }
    return coachRules(active);
  });
}
