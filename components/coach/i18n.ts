/**
 * UI text of the coach in fi/en/sv, by the one translation function (lib/i18n.ts `createTranslator`) over the
 * coach's own catalog: the `coach*` keys of public/_locales, which messages.ts is generated from
 * (scripts/coach-messages.ts), so that the content script carries only its own strings.
 */
import { createTranslator, type MessageId, type TextKey } from '../../lib/i18n';
import { COACH_MESSAGES } from './messages';

type CoachMessageId = Extract<MessageId, `coach${string}`>;
export type MessageKey = TextKey<CoachMessageId>;

/** The coach's text of `key` in `lang`, `$1`… replaced by `subs`. */
export const t = createTranslator<CoachMessageId>(COACH_MESSAGES);
