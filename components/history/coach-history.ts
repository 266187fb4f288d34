/**
 * Wires the coach of a page to the personal history: a HistoryReporter that sends the protocol's history
 * messages (`historyEvents`, `historyReply`), flushed when the page is hidden or left, and the "history is paused"
 * notice told once (`historyStatus` in storage.local, `historyStatusTold`). Used by the content script and by
 * the practice inbox (host "practice"). Nothing here throws into the page: a sleeping or missing background only
 * loses the batch.
 */
import { effect } from '@preact/signals';
import type { Coach, CoachHistory } from '../coach/controller';
import type { HistoryStatus } from '../../lib/history/types';
import { HistoryReporter, type HistorySender } from './reporter';

export interface CoachHistoryOptions {
  host: string;
  send: HistorySender;
  /** Tell the background the writer was told (sendMessage('historyStatusTold')). */
  told(): Promise<unknown> | void;
  win: Window;
  signal: AbortSignal;
  flushMs?: number;
}

export interface CoachHistoryLink {
  history: CoachHistory;
  /** Call with the coach once it exists, and whenever `historyStatus` changes in storage. */
  connect(coach: Coach): void;
  status(value: unknown): void;
  /** Hint events only while this returns true (e.g. the rules have not arrived yet: nothing real to report). */
  reporter: HistoryReporter;
}

export function linkHistory(options: CoachHistoryOptions, ready: () => boolean = () => true): CoachHistoryLink {
  const reporter = new HistoryReporter({ host: options.host, send: options.send, flushMs: options.flushMs });
  const history: CoachHistory = {
    analysed: (text, analysis, visible) => ready() && reporter.analysed(text, analysis, visible),
    acted: (hint, action, text, lang, rewrite) => reporter.acted(hint, action, text, lang, rewrite),
    startReply: () => reporter.startReply(),
  };
  const flush = () => {
    try {
      reporter.flush();
    } catch {
      /* never into the page */
    }
  };
  const { win, signal } = options;
  win.addEventListener('pagehide', flush, { signal });
  win.document.addEventListener('visibilitychange', () => win.document.visibilityState === 'hidden' && flush(), { signal });
  signal.addEventListener('abort', flush, { once: true });

  let coach: Coach | null = null;
  let paused: HistoryStatus | null = null;
  let told = false;
  const tell = () => {
    if (told || !coach || !paused?.paused || paused.told || !coach.field.value) return;
    told = true;
    coach.status.value = 'coachHistoryPaused';
    try {
      void Promise.resolve(options.told()).catch(() => undefined);
    } catch {
      /* the background is gone: the writer was told anyway */
    }
  };
  return {
    history,
    reporter,
    connect(c) {
      coach = c;
      const stop = effect(() => {
        if (c.field.value) tell();
      });
      signal.addEventListener('abort', stop, { once: true });
    },
    status(value) {
      paused = value && typeof value === 'object' ? (value as HistoryStatus) : null;
      if (coach && !paused?.paused && coach.status.value === 'coachHistoryPaused') coach.status.value = null;
      if (!paused?.paused) told = false; // a later pause is told again
      tell();
    },
  };
}

/** The page's host name; about:blank and srcdoc frames (TinyMCE, CKEditor 4) take their parent's. */
export function pageHost(loc: Location, referrer: string): string {
  if (loc.hostname) return loc.hostname;
  const parent = loc.ancestorOrigins?.[0] ?? referrer;
  try {
    return parent ? new URL(parent).hostname : '';
  } catch {
    return '';
  }
}
