/**
 * Offline language identification for fi / en / sv. Function words (from the rulesets) carry most of the signal; letters and
 * Finnish case endings settle short lines. Scores add up, so a text's score is the sum of its lines' scores
 * and the incremental analyser never re-reads an unchanged line.
 */
import type { Language } from '../coaching';
import type { Token } from './tokens';

export type LanguageScores = Record<Language, number>;

/**
 * What tells the languages apart by their words: each language's function words (the rulesets' `functionWords`,
 * lib/rulesets/: every language's list counts, since the reply's language is what is being found), and the share of
 * the scores worked out per word so far (replies repeat their words).
 */
export interface LanguageDetector {
  words: Map<string, Language[]>;
  scores: Map<string, LanguageScores>;
}

const detectors = new WeakMap<object, LanguageDetector>();

/** The detector of a ruleset's function words, made once per list. */
export function languageDetector(functionWords: Partial<Record<Language, readonly string[]>>): LanguageDetector {
  let detector = detectors.get(functionWords);
  if (!detector) {
    const words = new Map<string, Language[]>();
    for (const lang of Object.keys(functionWords) as Language[]) {
      for (const w of functionWords[lang] ?? []) {
        const lower = w.toLowerCase();
        words.set(lower, [...(words.get(lower) ?? []), lang]);
      }
    }
    detectors.set(functionWords, (detector = { words, scores: new Map() }));
  }
  return detector;
}

const FI_ENDINGS = new Set('ssa ssä sta stä lla llä lta ltä lle ksi sti nen mme tte vat vät aan ään ista istä nsa nsä kin kaan kään'.split(' '));
const SV_ENDINGS = new Set('ning ningen heten arna orna erna andet'.split(' '));
const EN_ENDINGS = new Set('ing tion ly ed'.split(' '));

const FI_BIT = 1;
const SV_BIT = 2;
const EN_BIT = 4;
/** Every ending, with the languages it suggests, so that a word's endings are sliced once. */
const ENDINGS = new Map<string, number>();
for (const [set, bit] of [
  [FI_ENDINGS, FI_BIT],
  [SV_ENDINGS, SV_BIT],
  [EN_ENDINGS, EN_BIT],
] as const) {
  for (const e of set) ENDINGS.set(e, (ENDINGS.get(e) ?? 0) | bit);
}

/** Which languages' endings the word has (bits). */
function endings(word: string): number {
  let bits = 0;
  for (let n = 2; n <= 6 && n < word.length; n++) bits |= ENDINGS.get(word.slice(-n)) ?? 0;
  return bits;
}

const FI_DOUBLE_VOWEL = /aa|ää|ii|uu|yy|öö/;

/**
 * Made by a constructor, not an object literal: V8 may pretenure what a literal makes once most of it outlives a young
 * collection (a cold analysis makes one per new word and line), and pretenured it cost as much as scoring the word.
 */
class Scores implements LanguageScores {
  fi = 0;
  en = 0;
  sv = 0;
}

export function emptyScores(): LanguageScores {
  return new Scores();
}

/**
 * Scores are counted in thirtieths of a point, so every word's share is a whole number and sums are exact
 * whatever order the lines are added in (a tie stays a tie).
 */
const UNIT = 30;

/** Words whose share of the scores a detector keeps before it starts again. */
const WORD_SCORE_LIMIT = 20_000;

/** A word's share of the scores, worked out once per word and detector. */
function scoreWord(w: string, detector: LanguageDetector): LanguageScores {
  const wordScores = detector.scores;
  let s = wordScores.get(w);
  if (s) return s;
  s = emptyScores();
  const langs = detector.words.get(w);
  if (langs) for (const l of langs) s[l] += (2 * UNIT) / langs.length;
  const nordic = w.includes('å') ? 'å' : w.includes('ä') || w.includes('ö') ? 'äö' : '';
  if (nordic === 'å') s.sv += 1.5 * UNIT;
  else if (nordic) {
    s.fi += 0.5 * UNIT;
    s.sv += 0.3 * UNIT;
  }
  if (w.length > 4) {
    const bits = endings(w);
    if (bits & FI_BIT) s.fi += 0.6 * UNIT;
    else if (bits & SV_BIT) s.sv += 0.6 * UNIT;
    else if (!nordic && bits & EN_BIT) s.en += 0.4 * UNIT;
  }
  if (FI_DOUBLE_VOWEL.test(w) && !w.includes('ee') && !w.includes('oo')) s.fi += 0.3 * UNIT;
  s.fi = Math.round(s.fi);
  s.en = Math.round(s.en);
  s.sv = Math.round(s.sv);
  if (wordScores.size >= WORD_SCORE_LIMIT) wordScores.clear();
  wordScores.set(w, s);
  return s;
}

export function scoreTokens(tokens: readonly Token[], detector: LanguageDetector, into: LanguageScores = emptyScores()): LanguageScores {
  for (let i = 0; i < tokens.length; i++) addScores(into, scoreWord(tokens[i].lower, detector));
  return into;
}

export function addScores(into: LanguageScores, s: LanguageScores): void {
  into.fi += s.fi;
  into.en += s.en;
  into.sv += s.sv;
}

/** The best language, or null when the scores do not say (nothing known, or within `margin` points). */
export function bestLanguage(s: LanguageScores, margin = 0): Language | null {
  let best: Language = 'fi';
  let top = s.fi;
  let second = -Infinity;
  for (const lang of ['en', 'sv'] as const) {
    const v = s[lang];
    if (v > top) {
      second = top;
      top = v;
      best = lang;
    } else if (v > second) second = v;
  }
  if (top <= 0 || top - second <= margin * UNIT) return null;
  return best;
}
