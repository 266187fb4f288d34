/**
 * UI text of the options page: browser.i18n (public/_locales, keys `options_*`), with the bundled English text
 * where browser.i18n is not there (component tests).
 */
import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';
import { isLanguage, type Language } from '../../lib/coaching';

const EN = en as Record<string, { message: string }>;

export function t(key: string, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  try {
    const text = browser.i18n?.getMessage(key as never, strings);
    if (text) return text;
  } catch {
    // no browser.i18n here
  }
  const text = EN[key]?.message ?? key;
  return text.replace(/\$(\d)/g, (_, n: string) => strings[Number(n) - 1] ?? '');
}

export function uiLanguage(): Language {
  try {
    const base = browser.i18n?.getUILanguage().toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  } catch {
    // fall through
  }
  return 'en';
}

export function formatTime(ms: number | null | undefined, lang: Language): string {
  if (!ms) return t('options_status_never');
  return new Date(ms).toLocaleString(lang === 'fi' ? 'fi-FI' : lang === 'sv' ? 'sv-FI' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
