/**
 * UI text of the coach in fi/en/sv. The strings live in public/_locales (keys `coach*`); messages.ts is
 * generated from them (scripts/coach-messages.ts) so that a stored `uiLanguage` can override the browser's
 * language and the content script carries only its own strings.
 */
import { isLanguage, type Language } from '../../lib/coaching';
import { COACH_MESSAGES } from './messages';

export type MessageKey = keyof (typeof COACH_MESSAGES)['en'];

export function t(lang: Language, key: MessageKey, ...subs: string[]): string {
  const text = (COACH_MESSAGES[lang] as Record<string, string>)[key] ?? COACH_MESSAGES.en[key] ?? key;
  return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** The UI language: a stored preference, else the browser's language, else English. */
export function pickUiLanguage(stored: unknown, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const l of browserLanguages) {
    const base = l.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
