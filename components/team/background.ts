/**
 * Team ruleset, browser side (the pure logic is lib/team/). The background calls `startTeamRuleset()` once:
 * it reads the policy from `storage.managed` (guarded), fetches the ruleset at start and on an alarm, keeps the
 * last good one in `storage.local`, publishes what the content script needs under ACTIVE_RULESET_KEY, and
 * answers the team-ruleset messages of lib/protocol.ts.
 */
import { browser } from 'wxt/browser';
import { contentBundledRuleset } from '../../lib/content-engine';
import { onMessage } from '../messaging';
import {
  activeRuleset,
  canonicalJson,
  checkRulesetUrl,
  configuredSource,
  DEFAULT_MAX_BYTES,
  loadState,
  parsePolicy,
  refreshState,
  usableRuleset,
  type ActiveRuleset,
  type Policy,
  type PolicyProblem,
  type StateStorage,
  type TeamRulesetInfo,
  type TeamState,
  type WriterSourceInput,
} from '../../lib/team';
import { readManaged } from '../sites/background';
import { activeRulesetItem, mutedRulesItem, teamStateItem, writerSourceItem } from '../storage';

export const TEAM_ALARM = 'savy-team-ruleset';

const stateStorage: StateStorage = {
  load: () => teamStateItem.get(),
  save: (s) => teamStateItem.set(s),
};

async function readPolicy(): Promise<{ policy: Policy; problems: PolicyProblem[] }> {
  return parsePolicy(await readManaged());
}

const readWriter = () => writerSourceItem.get();
const readMutes = () => mutedRulesItem.get();

/** The active ruleset as this background last worked it out from the verified state (null after a restart). */
let current: ActiveRuleset | null = null;

/**
 * Works out the active ruleset from the state (loaded and verified again) and the policy, keeps it in memory
 * for the coach's `getRules`, and writes ACTIVE_RULESET_KEY for the extension's pages when it changed (so
 * their onChanged fires only then). What is in storage is never read back as the truth.
 */
async function publish(state: TeamState | null, policy: Policy): Promise<ActiveRuleset> {
  const mutes = await readMutes();
  const next = activeRuleset(usableRuleset(state, policy), mutes, policy.lockPersonalMutes, Date.now());
  // Compared with what is stored only to write (and so notify) when something changed.
  const kept = current && canonicalJson({ ...current, updatedAt: 0 }) === canonicalJson({ ...next, updatedAt: 0 });
  if (!kept) current = next;
  // In memory first: a page told of the change by storage asks `getRules` and must get the new rules.
  const got = await activeRulesetItem.get();
  const same = !!got && canonicalJson({ ...got, updatedAt: 0 }) === canonicalJson({ ...next, updatedAt: 0 });
  if (!same) await activeRulesetItem.set(next);
  return current!;
}

/**
 * The active ruleset in force: from memory, or worked out again from the stored state. Never behind a refresh:
 * its fetch may take up to its timeout (lib/team/fetch.ts), and the coach's `getRules` must answer at once with
 * the bundled rules and the last good team ruleset (after a restart `current` is empty, and the browser's start
 * queues a refresh).
 */
export async function activeNow(): Promise<ActiveRuleset> {
  if (current) return current;
  if (!refreshing) return serial(async () => current ?? publish(await loadState(stateStorage), (await readPolicy()).policy));
  // What is stored (verified again) stays in force until the refresh ends; worked out here, written by it.
  const { policy } = await readPolicy();
  const state = await loadState(stateStorage);
  return current ?? activeRuleset(usableRuleset(state, policy), await readMutes(), policy.lockPersonalMutes, Date.now());
}

/** Refreshes queued or running. */
let refreshing = 0;
let queue: Promise<unknown> = Promise.resolve();
/** One refresh at a time: an alarm, a policy change and "Check now" never race on the stored state. */
function serial<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.catch(() => undefined).then(work);
  queue = run;
  return run;
}

export function refreshNow(force = false): Promise<TeamState> {
  refreshing++;
  return serial(async () => {
    const { policy } = await readPolicy();
    const writer = await readWriter();
    const previous = await loadState(stateStorage);
    const next = await refreshState(previous, policy, writer, {
      fetch: (u, i) => fetch(u, i),
      now: () => Date.now(),
      force,
      base: contentBundledRuleset(),
    });
    await stateStorage.save(next);
    await publish(next, policy);
    await schedule(policy, next);
    return next;
  }).finally(() => refreshing--);
}

async function schedule(policy: Policy, state: TeamState): Promise<void> {
  if (!browser.alarms) return;
  const wanted = state.source === 'policy' || state.source === 'url' ? policy.refreshMinutes : null;
  const existing = await browser.alarms.get(TEAM_ALARM);
  if (wanted === null) {
    if (existing) await browser.alarms.clear(TEAM_ALARM);
    return;
  }
  if (existing?.periodInMinutes === wanted) return;
  await browser.alarms.create(TEAM_ALARM, { periodInMinutes: wanted, delayInMinutes: wanted });
}

export async function rulesetInfo(): Promise<TeamRulesetInfo> {
  const { policy, problems } = await readPolicy();
  const writer = await readWriter();
  return {
    state: await loadState(stateStorage),
    policy: {
      rulesetUrl: policy.rulesetUrl,
      refreshMinutes: policy.refreshMinutes,
      publicKeySet: policy.signatureRequired,
      lockPersonalMutes: policy.lockPersonalMutes,
      problems,
    },
    writer: writer ? { url: writer.url, fileName: writer.file?.name } : null,
    mutedRules: await readMutes(),
  };
}

/** Only Sävy's own pages (options, popup) may change the source; content scripts may not. */
function fromExtensionPage(sender: { tab?: unknown; url?: string }): boolean {
  return !sender.tab || (!!sender.url && sender.url.startsWith(browser.runtime.getURL('/')));
}

async function setWriterSource(input: WriterSourceInput | null): Promise<TeamRulesetInfo> {
  const { policy } = await readPolicy();
  if (policy.rulesetUrl) throw new Error('the administrator sets the team ruleset (policy rulesetUrl)');
  if (input === null) await writerSourceItem.remove();
  else if ('url' in input) {
    const checked = checkRulesetUrl(input.url.trim());
    // An address Sävy would refuse is still stored, so the status explains why it is not used.
    await writerSourceItem.set({ url: checked.ok ? checked.url : input.url.trim() });
  } else {
    if (input.file.text.length > DEFAULT_MAX_BYTES) throw new Error('the file is larger than 1 MB');
    await writerSourceItem.set({ file: { name: input.file.name, text: input.file.text } });
  }
  await refreshNow(true);
  return rulesetInfo();
}

async function muteRule(ruleId: string, muted: boolean): Promise<boolean> {
  const { policy } = await readPolicy();
  if (policy.lockPersonalMutes || typeof ruleId !== 'string' || !ruleId) return false;
  const mutes = await readMutes();
  const next = muted ? [...new Set([...mutes, ruleId])] : mutes.filter((r) => r !== ruleId);
  await mutedRulesItem.set(next);
  return true;
}

/** Background wiring: call once from entrypoints/background.ts. */
export function startTeamRuleset(): void {
  const refresh = (force = false) => void refreshNow(force).catch((e) => console.warn('Sävy: team ruleset refresh failed', e));
  onMessage('getRulesetStatus', () => rulesetInfo());
  onMessage('checkRulesetNow', async ({ sender }) => {
    if (!fromExtensionPage(sender)) throw new Error('not allowed from a web page');
    await refreshNow(true);
    return rulesetInfo();
  });
  onMessage('setWriterRulesetSource', ({ data, sender }) => {
    if (!fromExtensionPage(sender)) throw new Error('not allowed from a web page');
    return setWriterSource(data);
  });
  onMessage('muteRule', ({ data }) => muteRule(data.ruleId, data.muted));
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_ALARM) refresh();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') refresh(true);
    if (area === 'local' && mutedRulesItem.key in changes) {
      void serial(async () => publish(await loadState(stateStorage), (await readPolicy()).policy)).catch(() => undefined);
    }
  });
  // At every service-worker start (browser start, install, wake-up): publish what is stored at once; fetch when
  // the browser starts, when the source changed, or when the last check is older than the refresh interval
  // (an MV3 service worker wakes up often: the alarm, not each wake-up, paces the fetches).
  void serial(async () => {
    const { policy } = await readPolicy();
    const state = await loadState(stateStorage);
    await publish(state, policy);
    const configured = configuredSource(policy, await readWriter());
    const location = configured.source === 'bundled' ? undefined : configured.source === 'file' ? configured.name : configured.url;
    const stale = !state?.lastChecked || Date.now() - state.lastChecked >= policy.refreshMinutes * 60_000;
    return stale || state?.source !== configured.source || state?.location !== location;
  })
    .then((due) => due && refresh())
    .catch(() => refresh());
  browser.runtime.onStartup?.addListener(() => refresh());
}
