/**
 * UI text of Sävy's extension pages (options, progress, popup, practice) from public/_locales, in the UI
 * language: the writer's choice in options (components/storage.ts `uiLanguageItem`), else the browser's language.
 * All three languages are bundled so that the choice applies at once and component tests see real words.
 * Keys are typed (a misspelt key does not compile); plurals and numbers follow the language (lib/i18n.ts).
 * The one translation function is lib/i18n.ts `createTranslator`; the content script binds it to its own strings
 * (components/coach/i18n.ts).
 */
import en from '../public/_locales/en/messages.json';
import fi from '../public/_locales/fi/messages.json';
import sv from '../public/_locales/sv/messages.json';
import type { Language } from '../lib/coaching';
import { createTranslator, formatNumber, LOCALES, pickUiLanguage, type MessageId, type TextKey } from '../lib/i18n';

export { pickUiLanguage, type MessageId };
/** What `t` takes: a plain key or a plural family's base key. */
export type MessageKey = TextKey<MessageId>;

const flat = (json: Record<string, { message: string }>) =>
  Object.fromEntries(Object.entries(json).map(([k, v]) => [k, v.message])) as Record<MessageId, string>;
const CATALOGS = { en: flat(en), fi: flat(fi), sv: flat(sv) };

/** The UI text of `key` in `lang`, `$1`… replaced by `subs` (numbers formatted, `$1` picks the plural form). */
export const translate = createTranslator<MessageId>(CATALOGS);

/** A language's name in the UI language, for "fi · Finnish". */
export function languageName(code: Language, lang: Language): string {
  return translate(lang, `practice_lang_${code}`);
}

/** Whether a key is in the catalogs (for keys made at run time, like a ticket's setting). */
export function hasMessage(key: string): key is MessageKey {
  return key in CATALOGS.en || `${key}_other` in CATALOGS.en;
}

let current: Language = 'en';

/** Sets the language `t` uses on this page. */
export function setPageLanguage(lang: Language): void {
  current = lang;
}

export function pageLanguage(): Language {
  return current;
}

/** Text in the page's language. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return translate(current, key, ...subs);
}

/** A number in the page's language, at most one decimal. */
export function num(n: number, lang: Language = current): string {
  return formatNumber(n, lang);
}

export function formatDate(ms: number, lang: Language = current): string {
  return new Date(ms).toLocaleString(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDay(ms: number, lang: Language = current): string {
  return new Date(ms).toLocaleDateString(LOCALES[lang], { dateStyle: 'medium' });
}

/**
 * Reads the writer's UI language (or the browser's), makes it this page's language and sets
 * <html lang> and the title.
 */
export async function startPage(doc: Document, titleKey: MessageKey, storedLanguage: { get(): Promise<unknown> }): Promise<Language> {
  let stored: unknown;
  try {
    stored = await storedLanguage.get();
  } catch {
    // the browser's language
  }
  const nav = doc.defaultView?.navigator;
  const lang = pickUiLanguage(stored, nav?.languages ?? [nav?.language ?? 'en']);
  setPageLanguage(lang);
  doc.documentElement.lang = lang;
  doc.title = t(titleKey);
  return lang;
}
