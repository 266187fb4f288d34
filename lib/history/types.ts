/**
 * What the personal progress history keeps (docs/contract.md §3): hint events, one summary per reply, practice
 * attempts. Snippets, rewrites and reflections are redacted (./redact.ts) before they are stored; the whole draft
 * never is. Pure types and helpers; no browser globals.
 */
import type { Language, Steps } from '../coaching';

export const HINT_ACTIONS = ['shown', 'applied', 'dismissed', 'muted'] as const;
export type HintAction = (typeof HINT_ACTIONS)[number];

export interface HintEvent {
  /** Derived from reply, hint and action (./ids.ts): the same event recorded or imported twice is kept once. */
  id: string;
  /** Epoch milliseconds. */
  at: number;
  /** Monday 00:00 UTC of the event's week (schema v2; backfilled for v1 records). */
  week: number;
  replyId: string;
  host: string;
  lang: Language;
  ruleId: string;
  category: string;
  action: HintAction;
  /** The hinted words with a little context, personal data replaced by placeholders. */
  snippet: string;
  /** The hint's message as the writer saw it. */
  message: string;
  /** The rewrite applied (action 'applied'), redacted. */
  rewrite?: string;
}

export type ReplyKind = 'complaint' | 'question';

/** One reply, however long it took to write: the last state of its draft, not one record per keystroke. */
export interface ReplySummary {
  /** The reply's id, chosen by the content script when the writer starts it. */
  id: string;
  startedAt: number;
  /** Last update. */
  at: number;
  week: number;
  host: string;
  lang: Language;
  /** What the writer or the ticket said this reply is; unknown when absent. */
  kind?: ReplyKind;
  words: number;
  /** Hints left at the end, in all and per category. */
  hints: number;
  byCategory: Record<string, number>;
  steps: Steps;
  /** Time spent writing (focused and typing), milliseconds. */
  activeMs: number;
}

export interface PracticeAttempt {
  id: string;
  at: number;
  week: number;
  ticketId: string;
  lang: Language;
  hints: number;
  steps: Steps;
  /** The writer's own reflection, redacted. */
  reflection: string;
  /** Self-rating 1–5 (the Kitee teams' scale). */
  rating: number;
}

/** What the content script or a page reports: a hint event before the store adds id, week and redaction. */
export type HintEventInput = Omit<HintEvent, 'id' | 'week'> & {
  /** The hint's id in the analyser (stable while its line is unchanged). */
  hintId: string;
};

export type ReplyInput = Omit<ReplySummary, 'week'>;
export type PracticeInput = Omit<PracticeAttempt, 'id' | 'week'> & { id?: string };

export interface HistoryStatus {
  /** True when history could not be written (storage full, IndexedDB unavailable); the coach keeps working. */
  paused: boolean;
  reason?: 'quota' | 'unavailable' | 'error';
  since?: number;
  /** The writer has been told (the UI sets this after telling once). */
  told?: boolean;
}

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** The earliest time a record may carry: Sävy kept no history before. */
export const EARLIEST_AT = Date.UTC(2020, 0, 1);
/** How far ahead of this computer's clock a record may be (another machine's clock, an import). */
export const AHEAD_MS = DAY_MS;

/**
 * `at` moved into the sane range [EARLIEST_AT, now + AHEAD_MS]. An event dated in the year 9999 made the
 * progress page walk every week up to it, and one at Number.MAX_SAFE_INTEGER made it throw (no Date can hold
 * it): whatever a file or a page says, a stored time is one the page can show.
 */
export function saneTime(at: number, now: number): number {
  return Math.min(now + AHEAD_MS, Math.max(EARLIEST_AT, at));
}

/** Whether `at` is in the sane range (records stored before it was enforced may not be). */
export function isSaneTime(at: number, now: number): boolean {
  return Number.isFinite(at) && at >= EARLIEST_AT && at <= now + AHEAD_MS;
}

/**
 * What one reply may add to the history, and all replies together in a minute: one page with a 2 MB textarea
 * stored about 90,000 "shown" events in seconds, falsifying the progress page and the report. A long real reply
 * has a few dozen hints.
 */
export const MAX_SHOWN_PER_REPLY = 200;
export const MAX_ACTIONS_PER_REPLY = 200;
export const MAX_RECORDS_PER_MINUTE = 600;

/** Monday 00:00 UTC of the week of `at`. */
export function weekOf(at: number): number {
  const day = Math.floor(at / DAY_MS);
  // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
  return (day - ((day + 3) % 7)) * DAY_MS;
}

/** 53-bit FNV-1a-style hash of the parts, base 36: stable ids that make merges free of duplicates. */
export function stableId(...parts: (string | number)[]): string {
  let h1 = 0x811c9dc5 ^ 0;
  let h2 = 0x01000193 ^ 0;
  const s = parts.join('\u001f');
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 15), 0x2c1b3c6d) ^ Math.imul(h2 ^ (h2 >>> 13), 0x297a2d39);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b) ^ Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function eventId(e: Pick<HintEventInput, 'replyId' | 'hintId' | 'action'>): string {
  return `e${stableId(e.replyId, e.hintId, e.action)}`;
}
