/** UI text of the coach in fi/en/sv, from public/_locales (bundled, so a stored `uiLanguage` can override the browser's). */
import en from '../../public/_locales/en/messages.json';
import fi from '../../public/_locales/fi/messages.json';
import sv from '../../public/_locales/sv/messages.json';
import { isLanguage, type Language } from '../../lib/coaching';

type Messages = Record<string, { message: string }>;
const ALL: Record<Language, Messages> = { en, fi, sv } as Record<Language, Messages>;

export type MessageKey = keyof typeof en;

export function t(lang: Language, key: MessageKey, ...subs: string[]): string {
  const text = ALL[lang][key]?.message ?? ALL.en[key]?.message ?? key;
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
