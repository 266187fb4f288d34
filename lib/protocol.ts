/**
 * The one message protocol between Sävy's content scripts, pages and background (types only, so it can
 * live in lib/). components/messaging.ts binds it with @webext-core/messaging. Add a message here, with its
 * data and its answer, and both sides are type-checked.
 */
import type { Language, Steps } from './coaching';

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
}
