/**
 * One translation function for Sävy's UI text, in fi/en/sv: typed keys, `$1`…`$9` placeholders, plural forms by
 * `Intl.PluralRules` and numbers by `Intl.NumberFormat` of the UI language. Pure and dependency-free (a few hundred
 * bytes), so the pages and the content script share it: each passes its own catalogs (the pages every key of
 * public/_locales, components/i18n.ts `translate`; the content script only its `coach*` keys, components/coach/i18n.ts
 * `t`). The keys are typed from public/_locales/en/messages.json (`MessageId`).
 *
 * `$$` is a literal dollar sign. A plural message is a family of keys `<key>_one`, `<key>_other` (and `_zero`, `_two`, `_few`, `_many` where a
 * language needs them); the caller names `<key>` and `$1` is the count that picks the form:
 *   "progress_shownTimes_one": "Näytetty $1 kerran", "progress_shownTimes_other": "Näytetty $1 kertaa"
 *   t('fi', 'progress_shownTimes', 1) → "Näytetty 1 kerran"
 */
import type en from '../public/_locales/en/messages.json';
import { isLanguage, type Language } from './coaching';

/** Every key of public/_locales (English is the reference; tests/unit/i18n.test.ts checks fi and sv have them all). */
export type MessageId = keyof typeof en;

/** The UI language: a stored preference (storage.local `uiLanguage`), else the browser's language, else English. */
export function pickUiLanguage(stored: unknown, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const l of browserLanguages) {
    const base = l.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralForm = (typeof PLURAL_FORMS)[number];
type PluralSuffix = `_${PluralForm}`;

/** The base key of a plural family (`x` for `x_one` … `x_other`). */
export type PluralKey<K extends string> = K extends `${infer B}_other` ? B : never;
/** A key that is not one form of a plural family. */
export type PlainKey<K extends string> = K extends `${string}${PluralSuffix}` ? never : K;
/** What a caller may name: a plain key, or a plural family by its base key. */
export type TextKey<K extends string> = PlainKey<K> | PluralKey<K>;

export type Catalog<K extends string = string> = Readonly<Partial<Record<K, string>>>;
export type Catalogs<K extends string = string> = Readonly<Record<Language, Catalog<K>>>;

/** The locale each UI language formats numbers, dates and plurals in. */
export const LOCALES: Readonly<Record<Language, string>> = { fi: 'fi-FI', en: 'en-GB', sv: 'sv-FI' };

const plurals = new Map<Language, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

export function pluralForm(lang: Language, n: number): PluralForm {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  return rules.select(n) as PluralForm;
}

/** A number as the UI language writes it: at most `digits` decimals ("12,8" in fi and sv, "12.8" in en). */
export function formatNumber(n: number, lang: Language, digits = 1): string {
  const key = `${lang}:${digits}`;
  let f = numbers.get(key);
  if (!f) numbers.set(key, (f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits })));
  return f.format(n);
}

export type Translate<K extends string> = (lang: Language, key: TextKey<K>, ...subs: (string | number)[]) => string;

/**
 * A translation function over these catalogs. A key missing in a language falls back to `fallback`, then to the
 * key itself (so a missing string shows up in tests instead of an empty label). Numbers given as substitutions
 * are formatted for the language; strings are put in as they are.
 */
export function createTranslator<K extends string>(catalogs: Catalogs<K>, fallback: Language = 'en'): Translate<K> {
  const lookup = (lang: Language, key: string): string | undefined => (catalogs[lang] as Record<string, string | undefined>)[key];
  return (lang, key, ...subs) => {
    let text = lookup(lang, key) ?? lookup(fallback, key);
    if (text === undefined) {
      const n = typeof subs[0] === 'number' ? subs[0] : Number(subs[0]);
      const form = Number.isFinite(n) ? pluralForm(lang, n) : 'other';
      text = lookup(lang, `${key}_${form}`) ?? lookup(lang, `${key}_other`);
      if (text === undefined) {
        const enForm = Number.isFinite(n) ? pluralForm(fallback, n) : 'other';
        text = lookup(fallback, `${key}_${enForm}`) ?? lookup(fallback, `${key}_other`) ?? key;
      }
    }
    // $$ is a dollar sign (as in Chrome's messages.json): "$$1" shows "$1".
    return text.replace(/\$(\$|\d)/g, (_, d: string) => {
      if (d === '$') return '$';
      const v = subs[Number(d) - 1];
      return v === undefined ? '' : typeof v === 'number' ? formatNumber(v, lang) : v;
    });
  };
}
