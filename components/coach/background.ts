/**
 * The coach's rules, background side: the content script does not bundle the rulesets (its size budget); it asks
 * `getRules` when a writing field first gets focus. The answer is the slim bundled ruleset (lib/content-engine.ts)
 * with the team and personal layers of the active ruleset the team background publishes (ACTIVE_RULESET_KEY),
 * merged here, plus the writer's mutes. The handler is registered synchronously at service-worker start, so a
 * message that wakes a sleeping worker is answered. The content script cannot read the extension's storage
 * (components/trusted-storage.ts): it asks `coachSettings` at start and is sent `coachUpdate` when the rules,
 * the mutes or the history's status change.
 */
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../messaging';
import { activeNow } from '../team/background';
import { STATUS_KEY } from '../../lib/history/settings';
import { contentRulesetMerged } from '../../lib/content-engine';
import { ACTIVE_RULESET_KEY, rulesetLayers, type ActiveRuleset } from '../../lib/team/layers';

/** chrome.storage.local key of the writer's UI language choice (components/i18n.ts UI_LANGUAGE_KEY). */
const UI_LANGUAGE_KEY = 'uiLanguage';
import type { CoachRules, CoachSettings, CoachUpdate } from '../../lib/protocol';
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
    try {
      const got = await browser.storage.local.get([UI_LANGUAGE_KEY, STATUS_KEY]);
      return { uiLanguage: got[UI_LANGUAGE_KEY] ?? null, historyStatus: got[STATUS_KEY] ?? null };
    } catch {
      return { uiLanguage: null, historyStatus: null };
    }
  });
  // … and is told when what it shows changed, in every tab.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const update: CoachUpdate = {};
    if (ACTIVE_RULESET_KEY in changes) update.rules = true;
    if (STATUS_KEY in changes) update.historyStatus = changes[STATUS_KEY].newValue ?? null;
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
