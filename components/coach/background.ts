/**
 * The coach's rules, background side: the content script does not bundle the rulesets (its size budget); it asks
 * `getRules` when a writing field first gets focus (so does the practice page). The answer is the rules in force
 * (lib/rules.ts: the slim bundled ruleset of lib/content-engine.ts, the team's and the writer's layers) for the
 * active ruleset the team background worked out, plus the writer's mutes. The handler is registered synchronously at service-worker start, so a
 * message that wakes a sleeping worker is answered. The content script cannot read the extension's storage
 * (components/trusted-storage.ts): it asks `coachSettings` at start and is sent `coachUpdate` when the rules,
 * the mutes or the history's status change (every tab: the practice inbox's page hears it too, and both follow it with
 * components/coach/page-wiring.ts `followCoachUpdates`).
 */
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../messaging';
import { activeNow } from '../team/background';
import { contentBundledRuleset } from '../../lib/content-engine';
import { rulesInForce } from '../../lib/rules';
import { parseActiveRuleset } from '../../lib/team/layers';
import { HISTORY_STATUS, readStored } from '../../lib/stored';
import { activeRulesetItem, historyStatusItem, uiLanguageItem } from '../storage';
import type { CoachRules, CoachSettings, CoachUpdate } from '../../lib/protocol';

let cache: { key: string; rules: CoachRules } | null = null;

/** The rules in force (lib/rules.ts) for an active ruleset (anything: it is parsed), merged once per change. */
export function coachRules(active: unknown): CoachRules {
  const a = parseActiveRuleset(active);
  const key = a ? `${a.updatedAt}|${JSON.stringify(a.mutedRules)}${a.mutesLocked}${!!a.team}` : '';
  if (cache?.key === key) return cache.rules;
  const rules = rulesInForce(a, contentBundledRuleset);
  cache = { key, rules };
  return rules;
}

export function startCoachRules(): void {
  onMessage('getRules', async () => {
    let active: unknown = null;
    try {
      // The active ruleset as the team background worked it out from the verified state, never read back
      // from storage (lib/team/state.ts loadState).
      active = await activeNow();
    } catch {
      // bundled rules only
    }
    return coachRules(active);
  });
  // The coach in a page cannot read storage.local (trusted contexts only, components/trusted-storage.ts): it asks.
  onMessage('coachSettings', async (): Promise<CoachSettings> => {
    return { uiLanguage: await uiLanguageItem.get(), historyStatus: await historyStatusItem.get() };
  });
  // … and is told when what it shows changed, in every tab.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const update: CoachUpdate = {};
    if (activeRulesetItem.key in changes) update.rules = true;
    if (historyStatusItem.key in changes) update.historyStatus = readStored(HISTORY_STATUS, changes[historyStatusItem.key].newValue).value;
    if (update.rules || 'historyStatus' in update) void tellTabs(update);
  });
}

/** Sends an update to the coach in every tab (tabs without Sävy's content script just do not answer). */
async function tellTabs(update: CoachUpdate): Promise<void> {
  try {
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendMessage('coachUpdate', update, tab.id).catch(() => undefined))));
  } catch {
    // No tabs API here (tests): nothing to tell.
  }
}
