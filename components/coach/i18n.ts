/**
 * UI text of the coach in fi/en/sv, by the one translation function (lib/i18n.ts `createTranslator`) over the
 * coach's own catalog: the `coach*` keys of public/_locales (components/coach/messages.ts is generated from them,
 * scripts/coach-messages.ts), which the coach reads from the extension's locale data (components/coach/text.ts), so
 * that the content script carries none of them.
 */
import { createTranslator, type TextKey, type Translate } from '../../lib/i18n';
import { coachText } from './text';
import type { CoachMessageId } from './text-locale';

export type MessageKey = TextKey<CoachMessageId>;

let translate: Translate<CoachMessageId> | undefined;

/** The coach's text of `key` in `lang`, `$1`… replaced by `subs`. */
export const t: Translate<CoachMessageId> = (lang, key, ...subs) => (translate ??= createTranslator(coachText().messages))(lang, key, ...subs);
