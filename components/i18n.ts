/**
 * UI text of Sävy's extension pages (options, progress, popup, practice) from public/_locales, in the UI
 * language: the writer's choice in options (`uiLanguage` in storage.local), else the browser's language.
 * All three languages are bundled so that the choice applies at once and component tests see real words.
 * (The content script carries only its own strings: components/coach/i18n.ts.)
 */
import en from '../public/_locales/en/messages.json';
import fi from '../public/_locales/fi/messages.json';
import sv from '../public/_locales/sv/messages.json';
import type { Language } from '../lib/coaching';

import { pickUiLanguage as pickUiLanguageFrom } from './coach/i18n';

export { pickUiLanguageFrom as pickUiLanguage };

type Messages = Record<string, { message: string } | undefined>;
const ALL = { en, fi, sv } as unknown as Record<Language, Messages>;

/** The storage.local key of the writer's UI language ('fi' | 'en' | 'sv'; absent: the browser's). */
export const UI_LANGUAGE_KEY = 'uiLanguage';

let current: Language = 'en';

/** Sets the language `t` uses on this page. */
export function setPageLanguage(lang: Language): void {
  current = lang;
}

export function pageLanguage(): Language {
  return current;
}

export function translate(lang: Language, key: string, ...subs: (string | number)[]): string {
  const text = ALL[lang][key]?.message ?? ALL.en[key]?.message ?? key;
  return text.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** Text in the page's language. */
export function t(key: string, ...subs: (string | number)[]): string {
  return translate(current, key, ...subs);
}

const LOCALES: Record<Language, string> = { fi: 'fi-FI', en: 'en-GB', sv: 'sv-FI' };

export function formatDate(ms: number, lang: Language = current): string {
  return new Date(ms).toLocaleString(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Reads the writer's UI language (or the browser's), makes it this page's language and sets
 * <html lang> and the title.
 */
export async function startPage(doc: Document, titleKey: string, storage: { get(key: string): Promise<Record<string, unknown>> }): Promise<Language> {
  let stored: unknown;
  try {
    stored = (await storage.get(UI_LANGUAGE_KEY))[UI_LANGUAGE_KEY];
  } catch {
    // the browser's language
  }
  const nav = doc.defaultView?.navigator;
  const lang = pickUiLanguageFrom(stored, nav?.languages ?? [nav?.language ?? 'en']);
  setPageLanguage(lang);
  doc.documentElement.lang = lang;
  doc.title = t(titleKey);
  return lang;
}
