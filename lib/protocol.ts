/**
 * The one message protocol between Sävy's content scripts, pages and background (types only, so it can
 * live in lib/). components/messaging.ts binds it with @webext-core/messaging. Add a message here, with its
 * data and its answer, and both sides are type-checked.
 */
import type { Language, StepId, Steps } from './coaching';
import type { HintEventInput, HistoryStatus, PracticeInput, ReplyInput } from './history/types';
import type { ActiveRuleset, TeamRulesetInfo, WriterSourceInput } from './team/protocol-types';
import type { TodayCounts } from './history/today';
import type { Ruleset } from './ruleset/schema';

export type { TodayCounts };

/** Whether Sävy runs on a site and why (components/sites/background.ts `siteStatus`): the popup's "On this site". */
export type SiteAccess = 'built-in' | 'admin' | 'writer' | 'off' | 'unsupported';

/** What the content script reports about the draft in a tab, for the popup's five steps. */
export interface DraftStatus {
  host: string;
  language: Language;
  hints: number;
  steps: Steps;
  /** Steps covered only by a phrase that has an open hint (lib/engine/analyze.ts `weakSteps`); absent when none. */
  weak?: StepId[];
}

/**
 * The rules of the coach in a page (the content script does not bundle them): the bundled rulesets without their
 * embedded examples, merged with the team layer and the writer's personal layer exactly as lib/team/layers.ts
 * merges them, and the writer's mutes as published in the active ruleset. Plain data (structured-cloned).
 */
export interface CoachRules {
  ruleset: Ruleset;
  mutedRules: string[];
  mutesLocked: boolean;
  /** The active ruleset's `updatedAt` (0 when the background has published none yet). */
  updatedAt: number;
}

/** What the coach in a page needs at start (it cannot read the extension's storage: storage.local is for trusted contexts only). */
export interface CoachSettings {
  /** The writer's UI language choice as stored (checked by the coach). */
  uiLanguage: unknown;
  /** The history's status (HistoryStatus), or null. */
  historyStatus: unknown;
}

/** Background → content scripts of every tab: something the coach shows changed. */
export interface CoachUpdate {
  /** The rules or the writer's mutes changed: ask `getRules` again (if the page ever asked). */
  rules?: boolean;
  /** The history's status changed (HistoryStatus). */
  historyStatus?: unknown;
}

export interface ProtocolMap {
  /** Content script → background: the current draft of this tab changed (or null: no draft any more). */
  draftStatus(status: DraftStatus | null): void;
  /** Popup → background: the latest draft status of a tab, or null when it has none. */
  getDraftStatus(tabId: number): DraftStatus | null;
  /** Popup → background: does Sävy run on this page's site, and why. */
  siteAccess(url: string): SiteAccess;
  /** Popup → background: run Sävy on this site from now on (and at once in the tab). False for pages it cannot run on. */
  enableSite(data: { url: string; tabId?: number }): boolean;
  /** Popup → background: stop running on a site the writer enabled (never a built-in or policy site). */
  disableSite(url: string): boolean;
  /** Popup → background: replies coached, hints applied and dismissed, practice attempts since `since` (epoch ms). */
  historyToday(since: number): TodayCounts;

  /** Content script → background: hint events (shown, applied, dismissed, muted), batched. Redacted again on write. */
  historyEvents(events: HintEventInput[]): void;
  /** Content script → background: the current state of one reply (kept as ONE record per reply). */
  historyReply(reply: ReplyInput): void;
  /** Practice page → background: a practice attempt with its reflection and self-rating. */
  historyPractice(attempt: PracticeInput): void;
  /** Any page → background: is history recording or paused (storage full, IndexedDB unavailable)? */
  historyStatus(): HistoryStatus;
  /** UI → background: the writer has been told that history is paused (tell once). */
  historyStatusTold(): void;
  /** Progress page → background: space was freed (delete, prune): try recording again. Answers the new status. */
  historyResume(): HistoryStatus;
  /** Content script → background: the UI language and the history's status, at start. */
  coachSettings(): CoachSettings;
  /** Background → content scripts (tabs.sendMessage): the rules, mutes or history status changed. */
  coachUpdate(update: CoachUpdate): void;
  /** Content script → background: the coach's rules (bundled + team + personal, merged), asked when a field first gets focus. */
  getRules(): CoachRules;
  /** Content script, pages → background: the validated team ruleset in force + the writer's mutes, or null (bundled only). */
  getRuleset(): ActiveRuleset | null;
  /** Options page, popup → background: where the team ruleset comes from, what is in force, and what went wrong. */
  getRulesetStatus(): TeamRulesetInfo;
  /** Options page → background: fetch the team ruleset now (ignoring the ETag). Answers the new status. */
  checkRulesetNow(): TeamRulesetInfo;
  /** Options page → background: the writer's own ruleset address or file (null: none). Refused when policy sets rulesetUrl. */
  setWriterRulesetSource(source: WriterSourceInput | null): TeamRulesetInfo;
  /** Content script, options page → background: mute (or unmute) a rule for this writer. False when policy locks mutes. */
  muteRule(data: { ruleId: string; muted: boolean }): boolean;
}
