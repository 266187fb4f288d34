/**
 * UI text of the popup and the practice inbox (keys `popup_*`, `practice_*` in public/_locales), bundled for all
 * three languages so the page can follow the same UI language as the coach (a stored `uiLanguage`, else the
 * browser's), and so component tests see real words.
 */
import en from '../../public/_locales/en/messages.json';
import fi from '../../public/_locales/fi/messages.json';
import sv from '../../public/_locales/sv/messages.json';
import type { Language } from '../../lib/coaching';

type Messages = Record<string, { message: string } | undefined>;
const ALL: Record<Language, Messages> = { en, fi, sv } as unknown as Record<Language, Messages>;

export function t(lang: Language, key: string, ...subs: (string | number)[]): string {
  const text = ALL[lang][key]?.message ?? ALL.en[key]?.message ?? key;
  return text.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

export function formatDate(ms: number, lang: Language): string {
  return new Date(ms).toLocaleString(lang === 'fi' ? 'fi-FI' : lang === 'sv' ? 'sv-FI' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The browser tab's language names, for "fi · Finnish". */
export function languageName(code: Language, lang: Language): string {
  return t(lang, `practice_lang_${code}`);
}
