/**
 * What a rewrite needs to know of the whole reply, not just its own line: how the reply addresses the reader
 * (sinä or Te, du or ni) and which words are names (written with a capital in the middle of a sentence
 * somewhere in the text: "…terveisin Matti Virtanen", "…soita Kelaan"). Worked out once per text, when rewrites
 * are checked (never while the writer types).
 */
import type { Language } from '../coaching';
import type { Metric, Rule } from '../ruleset/schema';
import { sentences, words, type Token } from '../text/tokens';
import { finnishPossessive, type LanguageWords } from './words';

export type Address = 'informal' | 'formal';

/**
 * The words that tell shouting from acronyms and abbreviations in a language: the lists of its ruleset's `capitals`
 * metric (acronyms, shortShouts, smallAbbreviations, wordLike, capitalised: lib/rulesets/, docs/rules.md), read with
 * `wordSet`.
 */
export type ShoutWords = Extract<Metric, { kind: 'capitals' }>;

/** The shouting words of a language: those of the first `capitals` rule for it (the bundled one, or a team's). */
export function shoutWords(rules: readonly Rule[], language: Language): ShoutWords | undefined {
  const metric = rules.find((r) => r.metric?.kind === 'capitals' && r.languages.includes(language))?.metric;
  return metric?.kind === 'capitals' ? metric : undefined;
}

export interface ReplyContext {
  language: Language;
  /** The language's word lists (lib/rewrite/words.ts `languageWords`). */
  lexicon: LanguageWords;
  /** How the reply addresses the reader, or null when it does not tell (then the informal form is used). */
  address: Address | null;
  /** Names by their lower-case form, as written. */
  names: Map<string, string>;
  /** Acronyms the reply writes in capitals among words in small letters ("FNI", "RTI"), lower-cased. */
  acronyms?: Set<string>;
  /**
   * Names only ever written beside another capitalised word ("Nordic Software Ltd", "Customer Service Team"): a
   * part of a longer name, an ordinary word on its own ("THE SOFTWARE" → "the software").
   */
  nameParts?: Set<string>;
  /** Whether the writer speaks as "we" more than as "I" (a rewrite's <I|we> then takes the second). */
  voice?: 'singular' | 'plural' | null;
  /** The language's shouting words (`shoutWords`); none when not given. */
  shout?: ShoutWords;
}

export function isCapitalised(word: string): boolean {
  const c = word[0];
  return !!c && c !== c.toLowerCase() && word.slice(1) !== word.slice(1).toUpperCase();
}

export function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

export function replyContext(text: string, lexicon: LanguageWords, shout?: ShoutWords): ReplyContext {
  const { language } = lexicon;
  let informal = 0;
  let formal = 0;
  let singular = 0;
  let plural = 0;

  const names = new Map<string, string>();
  const alone = new Set<string>();
  const acronyms = new Set<string>();
  const seen = new Set<string>();

  for (const line of text.split('\n')) {
    const tokens = words(line);
    if (!tokens.length) continue;
    // Quoted lines are the customer's words, not the writer's voice.
    const quoted = /^\s*>/.test(line);
    for (const t of tokens) {
      if (!quoted && lexicon.speakerI.has(t.lower)) singular++;
      else if (!quoted && (lexicon.speakerWe.has(t.lower) || (language === 'fi' && t.lower.length >= 6 && /mme$/.test(t.lower)))) plural++;
      if (lexicon.addressInformal.has(t.lower)) informal++;
      else if (lexicon.addressFormal.has(t.lower)) formal++;
      else if (language === 'fi') {
        const p = finnishPossessive(t.lower);
        if (p === 'informal') informal++;
        else if (p === 'formal') formal++;
      }
    }
    for (const s of sentences(line, 0, tokens)) {
      s.tokens.forEach((t, i) => {
        if (i > 0 && isCapitalised(t.text) && !names.has(t.lower) && !definedTerm(s.tokens, i, line, lexicon)) names.set(t.lower, t.text);
        if (isCapitalised(t.text) && !capitalNext(s.tokens, i, -1, line) && !capitalNext(s.tokens, i, 1, line)) alone.add(t.lower);
        // A word in capitals with words in small letters on both sides is an acronym, not shouting.
        const stem = t.text.split(/[:'’-]/, 1)[0];
        // A word in capitals inflected like a name ("DSO:n", "RTI-ilmoitus"), or written alone among words in small
        // letters more than once, is an acronym (one such word is as often shouted: "lukemaa EI voi").
        const small = (n: Token | undefined) => !n || /\p{Ll}/u.test(n.text);
        if (isAllCaps(stem) && stem.length <= 6 && small(s.tokens[i - 1]) && small(s.tokens[i + 1]) && (s.tokens[i - 1] || s.tokens[i + 1])) {
          const key = stem.toLowerCase();
          if (stem !== t.text || seen.has(key)) acronyms.add(key);
          seen.add(key);
        }
      });
    }
  }
  // "Te" with a capital in mid-sentence is the polite form; the word list counts it already.
  const address: Address | null = informal > formal ? 'informal' : formal > informal ? 'formal' : null;
  const nameParts = new Set([...names.keys()].filter((n) => !alone.has(n)));
  return { language, lexicon, address, names, acronyms, nameParts, voice: plural > singular ? 'plural' : singular > 0 ? 'singular' : null, shout };
}

/** Whether the word beside the one at `i` (`step` -1 before, 1 after, with only a space between) is capitalised. */
function capitalNext(tokens: readonly Token[], i: number, step: -1 | 1, line: string): boolean {
  const n = tokens[i + step];
  if (!n) return false;
  const between = step < 0 ? line.slice(n.end, tokens[i].start) : line.slice(tokens[i].end, n.start);
  return /^[ \t]+$/.test(between) && /^\p{Lu}/u.test(n.text);
}

/**
 * Whether the capitalised word at `i` is a defined term of English legalese, a common noun: after a determiner,
 * and followed by a verb or function word, punctuation or nothing ("the Software is", "under the Agreement,"), not
 * by a noun it names ("the Nordea app").
 */
function definedTerm(tokens: readonly Token[], i: number, line: string, lexicon: LanguageWords): boolean {
  const prev = tokens[i - 1];
  if (!lexicon.termDeterminers.has(prev.lower) || !/^[ \t]+$/.test(line.slice(prev.end, tokens[i].start))) return false;
  const next = tokens[i + 1];
  return !next || !/^[ \t]+$/.test(line.slice(tokens[i].end, next.start)) || lexicon.afterTerm.has(next.lower);
}

/**
 * Whether the word at `i` of a sentence is a name: known from elsewhere in the reply, or one of the words
 * after a greeting before the first comma ("Hei Matti Virtanen," "Hyvä Anna"), other than "kaikki" and the like.
 */
export function isName(tokens: readonly Token[], i: number, line: string, ctx: Pick<ReplyContext, 'names' | 'lexicon'> | null): boolean {
  const t = tokens[i];
  if (!ctx) return false;
  if (ctx.names.has(t.lower)) return true;
  const { greetings, notNames } = ctx.lexicon;
  if (notNames.has(t.lower)) return false;
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    // A comma between the greeting and the word ends the greeting.
    if (line.slice(tokens[j].end, tokens[j + 1].start).includes(',')) return false;
    if (greetings.has(tokens[j].lower)) return j === 0;
  }
  return false;
}

/** The name as the reply writes it elsewhere, or the word with a capital. */
export function nameForm(word: string, ctx: Pick<ReplyContext, 'names'> | null): string {
  const known = ctx?.names.get(word.toLowerCase());
  if (known) return known;
  return word[0].toUpperCase() + word.slice(1).toLowerCase();
}
