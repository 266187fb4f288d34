/**
 * The coach's UI text as one entry of the extension's default locale (_locales/en/messages.json, key `coachText`),
 * which the build writes (wxt.config.ts) and the coach reads back with `i18n.getMessage` (components/coach/text.ts):
 * its messages in fi, en and sv (the `coach*` keys of public/_locales, components/coach/messages.ts), the five
 * steps' names and how to make a weak step strong (lib/coaching.ts `STEPS`), the built-in categories' names
 * (`CATEGORIES`). The content script does not bundle them: about 2 KB of its 60 KB budget, gzipped. A key missing in
 * the browser's own locale is read from the default one (Chromium and Firefox alike), so every language's text is
 * there whatever the browser's language. Pure: the build and the tests use it too.
 */
import type { BuiltInCategoryId, Language, StepId } from '../../lib/coaching';
import type { Catalogs, MessageId } from '../../lib/i18n';

export type CoachMessageId = Extract<MessageId, `coach${string}`>;

export interface CoachText {
  messages: Catalogs<CoachMessageId>;
  steps: Readonly<Record<StepId, { name: Record<Language, string>; strong: Record<Language, string> }>>;
  categories: Readonly<Record<BuiltInCategoryId, { name: Record<Language, string> }>>;
}

/** The key of the default locale's messages.json that holds the coach's text. */
export const COACH_TEXT_KEY = 'coachText';

/**
 * The messages.json entry: the text as JSON, with every "$" written as the JSON escape \u0024, so `getMessage` (for
 * which "$" starts a placeholder) gives it back unchanged and JSON.parse restores it.
 */
export function coachTextEntry(text: CoachText): { message: string; description: string } {
  return {
    message: JSON.stringify(text).replaceAll('$', '\\u0024'),
    description: "The coach's text in fi, en and sv (JSON, written by the build: components/coach/text-locale.ts).",
  };
}

/** The text back from what `getMessage(COACH_TEXT_KEY)` returned. */
export function readCoachText(message: string): CoachText {
  return JSON.parse(message) as CoachText;
}
