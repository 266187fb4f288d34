/**
 * The mechanical marks of text no one could send: punctuation left alone, doubled spaces and words, a capital
 * in mid-sentence or a small letter at a sentence's start, a sentence that stops on a conjunction, a deadline
 * word with no date, a template placeholder. A rewrite is judged by the marks it adds to its line: those the
 * writer had already are theirs (`addedMarks`). Used by the checker every rewrite passes before it is offered
 * (check.ts) and by the soundness test over every corpus.
 */
import { sentences, words, type Token } from '../text/tokens';
import { wordSet } from '../text/word-set';
import { isAllCaps, isCapitalised, isName, type ReplyContext, type ShoutWords } from './context';
import type { LanguageWords } from './words';

export type MarkKind =
  | 'orphan-punctuation'
  | 'double-space'
  | 'doubled-word'
  | 'mid-sentence-capital'
  | 'small-letter-start'
  | 'dangling-word'
  | 'deadline-without-date'
  | 'placeholder'
  | 'wrong-article'
  | 'shouting-left'
  | 'repeated-content';

export const MARK_KINDS: readonly MarkKind[] = [
  'orphan-punctuation',
  'double-space',
  'doubled-word',
  'mid-sentence-capital',
  'small-letter-start',
  'dangling-word',
  'deadline-without-date',
  'placeholder',
  'wrong-article',
  'shouting-left',
  'repeated-content',
];

export interface Mark {
  kind: MarkKind;
  /** Offset in the line. */
  at: number;
  /** The text that carries the mark. */
  text: string;
}

const ORPHAN = [
  // A space before punctuation ("kannessa ."), not an ellipsis or a smiley.
  /(?<=\S)[ \t]+[,.;:!?](?![.)(DPp])/g,
  // Punctuation that opens a line or follows a sentence's end (", Ensi kerralla").
  /^[ \t]*[,;:.!?](?!\.\.)/g,
  /(?<=[.!?])[ \t]+[,;:]/g,
  // Two marks where one belongs (",." ",," ":,"), and a full stop doubled ("5.12.." but not "...").
  /[,;:][ \t]*[,;:.!?]/g,
  /(?<!\.)\.\.(?!\.)/g,
  // Brackets with nothing in them.
  /\([ \t]*\)|\[[ \t]*\]/g,
  // A hyphen left of a compound whose other half went ("on -tilassa", "auto- ja").
  /(?<=^|\s)-(?=\p{L})/gu,
];

const PLACEHOLDER = [/\[[^\]\n]{1,40}\]/g, /\{[^}\n]{1,40}\}/g, /\$\d/g, /\bpp\.\s?kk\b/gi, /\b(?:XX+|NN+)\b/g, /(?<=^|\s)X(?=[\s,.]|$)/g, /_{3,}/g];

const I_WORDS = /^I(?:'|’|$)/;

/** English "a"/"an" before the wrong sound ("an return", "a order"), with the usual exceptions. */
const ARTICLE = [
  /\b[Aa]n\s+(?!h(?:our|onest|onou?r|eir))(?:[b-df-hj-np-tv-z]|[B-DF-HJ-NP-TV-Z][a-z])/g,
  /\b[Aa]\s+(?=[aeiou]|[AEIOU][a-z])(?![Uu](?:ni|se|su|ro|ti|k)|[Oo]n(?:e|ce)|[Ee]u)/g,
];

/**
 * Every mark in a line of text. `ctx` tells names (a capital in mid-sentence is right for them), and acronyms and
 * abbreviations (its `shout` words: no shouting left).
 */
export function textMarks(
  line: string,
  lexicon: LanguageWords,
  ctx: Pick<ReplyContext, 'names' | 'lexicon' | 'acronyms' | 'shout'> | null = null,
): Mark[] {
  const { language } = lexicon;
  const out: Mark[] = [];
  const found = (kind: MarkKind, at: number, text: string) => out.push({ kind, at, text });
  for (const re of ORPHAN) for (const m of line.matchAll(re)) found('orphan-punctuation', m.index, m[0]);
  for (const m of line.matchAll(/(?<=\S) {2,}(?=\S)/g)) found('double-space', m.index, m[0]);
  for (const re of PLACEHOLDER) for (const m of line.matchAll(re)) found('placeholder', m.index, m[0]);
  if (language === 'en') for (const re of ARTICLE) for (const m of line.matchAll(re)) found('wrong-article', m.index, m[0]);
  const tokens = words(line);
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1];
    const b = tokens[i];
    if (a.lower === b.lower && /^\p{L}{2,}$/u.test(b.text) && /^[ \t]+$/.test(line.slice(a.end, b.start)))
      found('doubled-word', b.start, `${a.text} ${b.text}`);
  }
  // A word in capitals beside words in small letters (numbers between them aside): half of a shouted run put in
  // small letters ("noutoaika on vain 7 PÄIVÄÄ"). Known acronyms are no shouting, nor is a word of three capitals
  // or fewer (far more often an acronym or a code than a shout: EUR, PIN, NHS).
  // An abbreviation written in small letters left in capitals ("…edellisenä arkipäivänä KLO 12") is shouting left too.
  const shouted = (t: Token) => {
    const stem = t.text.split(/[:'’-]/, 1)[0];
    if (wordSet(ctx?.shout?.smallAbbreviations).has(t.lower) && isAllCaps(t.text)) return true;
    return (
      isAllCaps(stem) &&
      !namesAThing(t, line) &&
      stem.length >= 4 &&
      /[AEIOUYÅÄÖ]/.test(stem) &&
      !wordSet(ctx?.shout?.acronyms).has(stem.toLowerCase()) &&
      !ctx?.acronyms?.has(stem.toLowerCase())
    );
  };
  const small = (t: Token) => /\p{Ll}/u.test(t.text);
  for (let i = 0; i < tokens.length; i++) {
    if (!shouted(tokens[i])) continue;
    for (const step of [-1, 1]) {
      let j = i + step;
      while (j >= 0 && j < tokens.length && !/\p{L}/u.test(tokens[j].text)) j += step;
      if (
        j < 0 ||
        j >= tokens.length ||
        !small(tokens[j]) ||
        /\n/.test(line.slice(Math.min(tokens[i].end, tokens[j].end), Math.max(tokens[i].start, tokens[j].start)))
      )
        continue;
      // Marked once for each side with small letters: what counts is how many sides of the word are mixed.
      found('shouting-left', tokens[i].start, tokens[i].text);
    }
  }
  // A word (or its stem) again within a few words, or a preposition twice: what a rewrite wrote beside the same
  // thing in the writer's words ("sovitun vasteajan mukainen vasteaika", "in line with the SLA with").
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j < tokens.length && j - i <= 4; j++) {
      const a = tokens[i].lower;
      const b = tokens[j].lower;
      if (/[.!?]/.test(line.slice(tokens[i].end, tokens[j].start))) break;
      const stem = j - i <= 2 && a.length >= 6 && b.length >= 6 && a.slice(0, 5) === b.slice(0, 5) && /^\p{L}+$/u.test(a.slice(0, 5));
      if (stem || (a === b && lexicon.prepositions.has(a) && j - i > 1)) found('repeated-content', tokens[i].start, `${a} … ${b}`);
    }
  }
  for (const s of sentences(line, 0, tokens)) {
    const st = s.tokens;
    if (!st.length) continue;
    const first = st[0];
    if (first.start === s.start && /^\p{Ll}/u.test(first.text)) found('small-letter-start', first.start, first.text);
    if (lexicon.noStart.has(first.lower) && first.start === s.start) found('dangling-word', first.start, first.text);
    for (let i = 1; i < st.length; i++) {
      const t = st[i];
      if (!isCapitalised(t.text) || isAllCaps(t.text) || /\d/.test(t.text) || (language === 'en' && I_WORDS.test(t.text))) continue;
      // After a colon, a quotation mark or an opening bracket a capital may start a title or a quote.
      const before = line.slice(st[i - 1].end, t.start);
      if (/[:"“”«(\n]/.test(before) || /[.!?]\s*$/.test(before)) continue;
      if (isName(st, i, line, ctx) || wordSet(ctx?.shout?.capitalised).has(t.lower)) continue;
      found('mid-sentence-capital', t.start, t.text);
    }
    const last = st[st.length - 1];
    const tail = line.slice(last.end, s.end);
    if (lexicon.dangling.has(last.lower) && /^[\s.!?…]*$/.test(tail)) found('dangling-word', last.start, last.text);
    // A conjunction with nothing after it but a comma ("Pahoittelen, että, joita…").
    for (let i = 0; i < st.length - 1; i++) {
      if (lexicon.dangling.has(st[i].lower) && /^[,;:]/.test(line.slice(st[i].end, st[i + 1].start))) found('dangling-word', st[i].start, st[i].text);
    }
    for (let i = 0; i < st.length; i++) {
      if (!lexicon.deadline.has(st[i].lower)) continue;
      if (!hasDate(st, i, lexicon, line)) found('deadline-without-date', st[i].start, st[i].text);
    }
  }
  return out;
}

function hasDate(st: readonly Token[], i: number, lexicon: LanguageWords, line: string): boolean {
  for (let j = Math.max(0, i - 3); j < Math.min(st.length, i + 4); j++) {
    if (j === i) continue;
    if (/\d/.test(st[j].text) || lexicon.dateWords.has(st[j].lower)) return true;
  }
  // A part to fill in ("viimeistään [päivämäärä]") is a placeholder, marked as one.
  return /^\s*\[/.test(line.slice(st[i].end));
}

/**
 * Whether a word is shouted: in capitals, not a number or code, not an acronym (known, the reply's own, or in
 * `allow`), and long enough with a vowel to be a word rather than an acronym, or a short word that shouts ("EI",
 * "NOT"). Shouting put in small letters mends every such word of its sentence, and leaves none behind.
 */
export function isShouted(t: Token, shout: ShoutWords | undefined, allow?: ReadonlySet<string>): boolean {
  const stem = t.text.split(/[:'’-]/, 1)[0];
  if (!isAllCaps(stem) || /\p{N}/u.test(t.text)) return false;
  const key = stem.toLowerCase();
  if (wordSet(shout?.acronyms).has(key) || allow?.has(key)) return false;
  return (stem.length >= 4 && /[AEIOUYÅÄÖ]/.test(stem)) || wordSet(shout?.shortShouts).has(key);
}

const DOTTED_NAME = /\p{L}\.\p{L}/u;
/** One capital repeated: a placeholder of a format ("YYYY-MM-DD", "DD/MM/YYYY", "XXXX XXXX"), never a shout. */
const REPEATED_CAPITAL = /^(\p{Lu})\1+$/u;

/**
 * One word alone between a determiner in small letters (the capitals metric's `determiners`: "an", "your"; "en", "vår")
 * and a word in small letters, a space either side: in capitals it names a thing in a noun phrase, as an acronym does
 * ("an IRROPS event"), where a writer shouts a verb, an adverb or a whole phrase.
 */
export function inNounPhrase(tokens: readonly Token[], i: number, line: string, shout?: ShoutWords): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    !!after &&
    wordSet(shout?.determiners).has(before?.lower) &&
    /\p{Ll}/u.test(before.text) &&
    /^\p{Ll}/u.test(after.text) &&
    line.slice(before.end, after.start) === ` ${tokens[i].text} `
  );
}

/**
 * Capitals joined by a hyphen to a word in small letters name a thing ("KELA-kortti", "e-ALV"), joined to digits they
 * are a code ("AUTH-403", "KK-2025-0412"); letters joined by a full stop are a web address or a firm named by one
 * ("KENKÄTALO.FI", "www.NORDAERO.COM"); one capital repeated is a format's placeholder ("YYYY-MM-DD"): no shouting,
 * and a rewrite keeps them as written.
 */
export function namesAThing(t: Token, line: string): boolean {
  return (
    DOTTED_NAME.test(t.text) ||
    REPEATED_CAPITAL.test(t.text) ||
    (line[t.end] === '-' && /[\p{Ll}\p{N}]/u.test(line[t.end + 1] ?? '')) ||
    (line[t.start - 1] === '-' && /[\p{Ll}\p{N}]/u.test(line[t.start - 2] ?? ''))
  );
}

/**
 * A short word in capitals before a year or a standard's number, among words in small letters, names a law or a
 * standard ("under CIDRA 2012", "ISO 27001 -sertifikaatti", "JYSE 2014 -ehdot"): no shouting. Not a month with its
 * year ("DECEMBER 2026"), nor a word before a phone number's groups or inside a shouted run.
 */
export function namesAStandard(tokens: readonly Token[], i: number, line: string, lexicon: LanguageWords): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  if (!n || !/^\p{Lu}{2,6}$/u.test(t.text) || !/^[1-9]\d{3,5}$/.test(n.text) || !/^[ \u00a0]$/.test(line.slice(t.end, n.start))) return false;
  if (lexicon.dateWords.has(t.lower)) return false;
  const after = tokens[i + 2];
  if (after && /^\p{N}/u.test(after.text) && /^[ \u00a0]+$/.test(line.slice(n.end, after.start))) return false;
  const shouts = (x: Token | undefined) => !!x && isAllCaps(x.text) && !/\p{N}/u.test(x.text);
  return !shouts(tokens[i - 1]) && !shouts(after);
}

/** The marks of `after` beyond those `before` already had, kind by kind. */
export function addedMarks(
  before: string,
  after: string,
  lexicon: LanguageWords,
  ctx: Pick<ReplyContext, 'names' | 'lexicon' | 'acronyms' | 'shout'> | null = null,
): Mark[] {
  const had = new Map<string, number>();
  for (const m of textMarks(before, lexicon, ctx)) had.set(key(m), (had.get(key(m)) ?? 0) + 1);
  const out: Mark[] = [];
  for (const m of textMarks(after, lexicon, ctx)) {
    const n = had.get(key(m)) ?? 0;
    if (n > 0) had.set(key(m), n - 1);
    else out.push(m);
  }
  return out;
}

const key = (m: Mark) => `${m.kind}\u0000${m.text.toLowerCase()}`;
