/**
 * The coach's UI text from the sources (components/coach/messages.ts, lib/coaching.ts): what the build writes into
 * the default locale (wxt.config.ts) and what the unit tests use. Never imported by the content script.
 */
import { CATEGORIES, STEPS } from '../../lib/coaching';
import { COACH_MESSAGES } from './messages';
import type { CoachText } from './text-locale';

export function bundledCoachText(): CoachText {
  return { messages: COACH_MESSAGES, steps: STEPS, categories: CATEGORIES };
}
