/**
 * The page coach's ties to the background, one wiring for the content script (entrypoints/coach.content) and the
 * practice inbox (entrypoints/practice): the personal history (components/history/coach-history.ts), the popup's
 * draft status (components/popup/draft-reporter.ts), the writer's mutes and the background's `coachUpdate` (new rules,
 * new mutes, the history's status), each through the typed protocol (lib/protocol.ts). The effects are injected
 * (`send`, `listen`), so the wiring is the same wherever the coach runs.
 */
import type { Coach } from './controller';
import type { onMessage, sendMessage } from '../messaging';
import { linkHistory, type CoachHistoryLink } from '../history/coach-history';
import { reportDraftStatus } from '../popup/draft-reporter';

/** What the wiring sends with: `sendMessage` of components/messaging.ts. */
export type Send = typeof sendMessage;
/** What the wiring listens with: `onMessage` of components/messaging.ts. */
export type Listen = typeof onMessage;

export interface PageCoachWiring {
  send: Send;
  listen: Listen;
  /** The host the history records (the page's, or "practice"). */
  historyHost: string;
  /** The host the popup's draft status names. */
  draftHost: string;
  win: Window;
  signal: AbortSignal;
  /** Hint events only while this returns true (the content script: once the rules have arrived). */
  ready?: () => boolean;
}

/** The history link, made before the coach (the coach takes `history`); `connectPageCoach` ties it to the coach. */
export function pageHistory(w: PageCoachWiring): CoachHistoryLink {
  return linkHistory(
    {
      host: w.historyHost,
      send: { events: (events) => w.send('historyEvents', events), reply: (reply) => w.send('historyReply', reply) },
      told: () => w.send('historyStatusTold', undefined),
      win: w.win,
      signal: w.signal,
    },
    w.ready,
  );
}

/** A mute asked of the background, which refuses when policy locks mutes and publishes the new rules in force. */
export function muteByMessage(send: Send): (ruleId: string) => void {
  return (ruleId) => void send('muteRule', { ruleId, muted: true }).catch(() => undefined);
}

/** Ties the coach to its history (with the history's current status) and reports its draft to the popup. */
export function connectPageCoach(coach: Coach, history: CoachHistoryLink, historyStatus: unknown, w: PageCoachWiring): void {
  history.connect(coach);
  history.status(historyStatus);
  // The popup's five steps for this tab's draft (debounced; null when the field goes away).
  reportDraftStatus(coach, (status) => w.send('draftStatus', status), { host: w.draftHost, signal: w.signal });
}

/**
 * The background's `coachUpdate` (components/coach/background.ts tells every tab, the practice inbox's too, when the
 * rules in force, the writer's mutes or the history's status change): the history shows its new status and
 * `reloadRules` asks `getRules` again (the mutes come with the rules). Stops with the wiring's signal; never throws.
 */
export function followCoachUpdates(history: CoachHistoryLink, reloadRules: () => void, w: PageCoachWiring): void {
  const stop = w.listen('coachUpdate', ({ data }) => {
    try {
      if (data && 'historyStatus' in data) history.status(data.historyStatus);
      if (data?.rules) reloadRules();
    } catch (e) {
      console.debug('Sävy:', e);
    }
  });
  w.signal.addEventListener('abort', stop, { once: true });
}
