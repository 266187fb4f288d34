/**
 * What rewriting knows of a language: its word lists, from the rulesets (each language's `rewriting` block in
 * lib/rulesets/, RewritingSchema; a team adds words) as `LanguageWords`, and the logic and patterns that read them:
 * words a sentence cannot end on, deadline words and what counts as a date after them, negations (a rewrite must not
 * drop one), greetings (the words after one are a name), the words that tell how the reply addresses the reader (sinä
 * or Te, du or ni) and whether a sentence asks. The lists live in the rulesets, which reach the content script by
 * message, not in its code.
 */
import type { Language } from '../coaching';
import type { Ruleset, RewritingLists } from '../ruleset/schema';
import { wordSet } from '../text/word-set';

/** A language's rewriting word lists as sets of lower-case words (RewritingSchema says what each list is). */
export type LanguageWords = { language: Language } & { readonly [K in keyof RewritingLists]-?: ReadonlySet<string> };

const KEYS = [
  'greetings',
  'notNames',
  'addressInformal',
  'addressFormal',
  'speakerI',
  'speakerWe',
  'listWords',
  'negations',
  'contrasts',
  'refersBack',
  'dangling',
  'noStart',
  'prepositions',
  'deadline',
  'dateWords',
  'questionOpeners',
  'verbFirst',
  'subjects',
  'termDeterminers',
  'afterTerm',
] as const satisfies readonly (keyof RewritingLists)[];

const made = new WeakMap<object, Partial<Record<Language, LanguageWords>>>();

/** The language's word lists of a ruleset (lists it does not give are empty), made once per ruleset and language. */
export function languageWords(rewriting: Ruleset['rewriting'], language: Language): LanguageWords {
  let byLanguage = made.get(rewriting);
  if (!byLanguage) made.set(rewriting, (byLanguage = {}));
  let out = byLanguage[language];
  if (!out) {
    const lists = rewriting[language] ?? {};
    const words = { language } as { language: Language } & Record<(typeof KEYS)[number], ReadonlySet<string>>;
    for (const key of KEYS) words[key] = wordSet(lists[key]);
    byLanguage[language] = out = words;
  }
  return out;
}

/**
 * Finnish possessive endings, a weaker sign than the words above: -nne (teidän: "hakemuksenne") and -si
 * (sinun: "hakemuksesi", "laskusi"), on words long enough not to be something else. Not -isi, which is
 * as often a conditional verb ("olisi", "maksaisi") as "viestisi".
 */
export function finnishPossessive(word: string): 'informal' | 'formal' | null {
  if (word.length < 7) return null;
  if (/[aeiouyäö]nne$/.test(word)) return 'formal';
  if (/[eouyäö]si$/.test(word) && !/(?:uusi|kuusi|vuosi|kausi)$/.test(word)) return 'informal';
  return null;
}

/**
 * Whether a sentence (its words) asks a question: it, or a clause after its comma, opens with a question word
 * or a verb put first, or (Finnish) a word ends in the question clitic -ko/-kö ("Oletko", "Voisitteko"). A
 * statement with "??" gets a full stop when the marks are mended, a question one question mark.
 */
export function isQuestion(tokens: readonly { lower: string; start: number }[], line: string, words: LanguageWords): boolean {
  const { language, questionOpeners: openers } = words;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const opens = i === 0 || /,\s*$/.test(line.slice(0, t.start));
    // A verb put first asks only with its subject after it: "Do you…", "Har du…"; "Do not call" is a command.
    const verb = words.verbFirst.has(t.lower);
    if (opens && openers.has(t.lower) && (!verb || words.subjects.has(tokens[i + 1]?.lower ?? ''))) return true;
    if (language === 'fi' && t.lower.length >= 5 && /(?:ko|kö|kohan|köhän|kos|kös)$/.test(t.lower) && (i === 0 || opens)) return true;
  }
  return false;
}

/** A sentence that thanks the customer: the writer's thanks, which no model sentence is put in place of. */
export const THANKS: Record<Language, RegExp> = {
  fi: /(?<!\p{L})(?:kiitos|kiitoksia|kiitokset|kiitän|kiitämme)(?!\p{L})/iu,
  en: /(?<!\p{L})(?:thank|thanks|grateful)(?!\p{L})/iu,
  sv: /(?<!\p{L})(?:tack|tackar|tacksam|tacksamma)(?!\p{L})/iu,
};

/**
 * A sentence that is no trouble to be sorry about: thanks, a wish ("Toivottavasti…", "I hope…"), after a greeting
 * or not. A written "Olen pahoillani tästä." right after one points its "this" at the thanks.
 */
export const NO_TROUBLE: Record<Language, RegExp> = {
  fi: /^(?:(?:hei|moi|moikka|hyvä|terve|arvoisa|hello)(?!\p{L})[^,.!?]*,\s*)?(?:kiitos|kiitokset|kiitoksia|kiitän|kiitämme|toivottavasti|toivon|toivomme)(?!\p{L})/iu,
  en: /^(?:(?:hi|hello|dear|hey)(?!\p{L})[^,.!?]*,\s*)?(?:thanks|thank|many thanks|(?:i|we) (?:do |really )?hope|hope)(?!\p{L})/iu,
  sv: /^(?:(?:hej|hejsan|hallå|bästa|kära)(?!\p{L})[^,.!?]*,\s*)?(?:tack|tackar|(?:jag|vi) hoppas|hoppas)(?!\p{L})/iu,
};

/**
 * A sentence in which the reply stands by its charge or its rules: a price list, terms, a contract, "correct".
 * "Vi ber om ursäkt för det." right after one admits a fault for what the reply defends. Not "you are right"
 * ("Du har rätt", "olet oikeassa", "you are correct"), nor "det stämmer att…" (it is true that…).
 */
export const STANDS_BY: Record<Language, RegExp> = {
  fi: /(?<!\p{L})(?:(?:sopimus|toimitus|käyttö|myynti|palvelu|tilaus|varaus|peruutus)?(?:ehdo(?:t|issa|ista|ille|ilta|in)|ehto(?:jen|jemme|jenne|ihin|ja))|hinnasto\p{L}*|sopimukse\p{L}*|sääntö\p{L}*|säännö\p{L}*|käytäntö\p{L}*|käytännö\p{L}*|oikein|oikea|oikean|oikeat|oikeaa|virheetön|virheettömästi|asianmukaise\p{L}*|perusteltu\p{L}*|mukaisesti)(?!\p{L})/iu,
  en: /\b(?:terms|conditions|polic(?:y|ies)|price list|tariff|contract|agreement|rules|regulations|(?<!(?:you are|you're|you were) )correct(?:ly)?|valid|justified|in line with|in accordance with|as agreed|as stated)\b/iu,
  sv: /(?<!\p{L})(?:villkor\p{L}*|prislista\p{L}*|avtal\p{L}*|regel|regeln|regelverket|regler|reglerna|policy\p{L}*|korrekt\p{L}*|stämmer(?!\s+att)|giltig\p{L}*|befogad\p{L}*)(?!\p{L})/iu,
};

/**
 * Hints that say the sentence defends the organisation or blames the customer: "this" after one would apologise
 * for the defence, or for the customer's own act. Not a refusal: "Lippua ei voi vaihtaa. Olen pahoillani tästä."
 * regrets the no, as a reader hears it.
 */
export const STANDS_BY_CATEGORIES: ReadonlySet<string> = new Set(['defensive', 'blame']);

/**
 * Words that name a fault or a trouble ("myöhästyi", "by our mistake", "försenad"): a sentence with one is what a
 * "this" may apologise for, even in a paragraph that stands by a charge.
 */
export const NAMES_TROUBLE: Record<Language, RegExp> = {
  fi: /(?<!\p{L})(?:virhe\p{L}*|vika\p{L}*|vian|vikaa|myöhäst\p{L}*|viivästy\p{L}*|viive\p{L}*|rikki|rikkoutu\p{L}*|vahingossa|unohdu\p{L}*|unohti\p{L}*|katos\p{L}*|kadon\p{L}*|häiriö\p{L}*)(?!\p{L})/iu,
  en: /\b(?:mistakes?|errors?|wrong(?:ly)?|late|delay(?:s|ed)?|broken|damaged|failed|lost|missed|faulty|fault|outage|by accident|accidentally)\b/iu,
  sv: /(?<!\p{L})(?:misstag\p{L}*|fel|felet|felaktig\p{L}*|försen\p{L}*|försening\p{L}*|trasig\p{L}*|skadad\p{L}*|förlorad\p{L}*|borttappad\p{L}*|glömt|glömde|avbrott\p{L}*|störning\p{L}*)(?!\p{L})/iu,
};
