/** The pages' translation function (lib/i18n.ts over public/_locales): plurals, numbers, quotes, every key in fi/en/sv. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../lib/coaching';
import { createTranslator, formatNumber, PLURAL_FORMS } from '../../lib/i18n';
import { translate } from '../../components/i18n';

const catalog = (lang: Language) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

describe('translate', () => {
  it('picks the plural form by Intl.PluralRules from $1 and formats the number for the language', () => {
    const tr = createTranslator<'x_one' | 'x_other' | 'plain'>({
      fi: { x_one: '$1 sääntö', x_other: '$1 sääntöä', plain: 'Hei $1' },
      en: { x_one: '$1 rule', x_other: '$1 rules', plain: 'Hi $1' },
      sv: { x_other: '$1 regler' },
    });
    expect(tr('fi', 'x', 1)).toBe('1 sääntö');
    expect(tr('fi', 'x', 2)).toBe('2 sääntöä');
    expect(tr('fi', 'x', 0)).toBe('0 sääntöä');
    expect(tr('en', 'x', 1)).toBe('1 rule');
    expect(tr('en', 'x', 12.8)).toBe('12.8 rules');
    expect(tr('fi', 'x', 12.8)).toBe('12,8 sääntöä');
    // sv has only "other": it is used for every count rather than falling back to English.
    expect(tr('sv', 'x', 1)).toBe('1 regler');
    expect(tr('sv', 'plain', 'du')).toBe('Hi du');
    expect(tr('fi', 'plain', 'sinä')).toBe('Hei sinä');
  });

  it('keeps $$ as a dollar sign, for help that names $1 and $2 themselves', () => {
    expect(translate('en', 'options_wb_suggestionsHelp')).toBe('$1 repeats the words of the phrase’s first bracket group, $2 the second.');
    expect(translate('fi', 'options_wb_line', 2, 'Kuvio on tyhjä.')).toBe('Rivi 2: Kuvio on tyhjä.');
  });

  it('writes decimals one way per language', () => {
    expect(formatNumber(0.75, 'fi')).toBe('0,8');
    expect(formatNumber(0.75, 'sv')).toBe('0,8');
    expect(formatNumber(0.75, 'en')).toBe('0.8');
    expect(formatNumber(3, 'fi')).toBe('3');
  });

  it('the pages say "1 kerran" and "2 kertaa", "1 time" and "2 times"', () => {
    expect(translate('fi', 'progress_shownTimes', 1)).toBe('Näytetty 1 kerran');
    expect(translate('fi', 'progress_shownTimes', 3)).toBe('Näytetty 3 kertaa');
    expect(translate('en', 'progress_shownTimes', 1)).toBe('Shown once');
    expect(translate('en', 'progress_shownTimes', 4)).toBe('Shown 4 times');
    expect(translate('sv', 'progress_shownTimes', 1)).toBe('Visad 1 gång');
    expect(translate('sv', 'progress_shownTimes', 2)).toBe('Visad 2 gånger');
  });
});

describe('public/_locales', () => {
  const all = Object.fromEntries(LANGUAGES.map((l) => [l, catalog(l)])) as Record<Language, Record<string, { message: string }>>;

  it('has every key in fi, en and sv, and no empty text', () => {
    const keys = Object.keys(all.en).sort();
    for (const lang of LANGUAGES) {
      expect(Object.keys(all[lang]).sort(), lang).toEqual(keys);
      for (const [k, v] of Object.entries(all[lang])) expect(v.message.trim(), `${lang} ${k}`).not.toBe('');
    }
  });

  it('gives every plural family its "other" form, and the forms each language needs', () => {
    const families = new Set(Object.keys(all.en).flatMap((k) => (/_(zero|one|two|few|many|other)$/.test(k) ? [k.replace(/_[a-z]+$/, '')] : [])));
    expect(families.size).toBeGreaterThan(5);
    for (const lang of LANGUAGES) {
      const needed = new Set([1, 2, 5].map((n) => new Intl.PluralRules(lang).select(n)));
      for (const f of families) {
        expect(all[lang][`${f}_other`], `${lang} ${f}_other`).toBeDefined();
        for (const form of needed) expect(all[lang][`${f}_${form}`] ?? all[lang][`${f}_other`], `${lang} ${f}_${form}`).toBeDefined();
        for (const form of PLURAL_FORMS) if (all[lang][`${f}_${form}`]) expect(all[lang][`${f}_${form}`].message).not.toBe('');
      }
    }
  });

  it('uses one quotation style per language: ”…” in Finnish and Swedish, “…” in English, never straight quotes', () => {
    for (const lang of LANGUAGES) {
      for (const [k, { message }] of Object.entries(all[lang])) {
        expect(message, `${lang} ${k}`).not.toMatch(/"/);
        if (lang === 'en') expect(message, `${lang} ${k}`).not.toMatch(/”[^“]*”/);
        else expect(message, `${lang} ${k}`).not.toMatch(/“/);
      }
    }
  });
});
