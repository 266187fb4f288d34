/**
 * The one message protocol between Sävy's content scripts, pages and background (types only, so it can
 * live in lib/). components/messaging.ts binds it with @webext-core/messaging. Add a message here, with its
 * data and its answer, and both sides are type-checked.
 */
import type { Language, Steps } from './coaching';
import type { HintEventInput, HistoryStatus, PracticeInput, ReplyInput } from './history/types';

/** What the content script reports about the draft in a tab, for the popup's five steps. */
export interface DraftStatus {
  host: string;
  language: Language;
  hints: number;
  steps: Steps;
}

export interface ProtocolMap {
  /** Content script → background: the current draft of this tab changed (or null: no draft any more). */
  draftStatus(status: DraftStatus | null): void;
  /** Popup → background: the latest draft status of a tab, or null when it has none. */
  getDraftStatus(tabId: number): DraftStatus | null;

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
}
