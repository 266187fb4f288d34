/**
 * Words and sentences of a line of text.
 *
 * `Intl.Segmenter` defines the boundaries. Iterating its segments costs about 7 µs a word in V8, which is
 * more than Sävy's whole budget for a reply, so Latin-script text (all of fi, en, sv) takes a fast path that
 * follows the same Unicode word rules (UAX #29: letters joined by ' ’ . : and digits by . , ;) and is checked
 * against the segmenter in tests/unit/text.test.ts. Any other script goes through the segmenter itself.
 */

export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-cased, with ’ written as '. */
  lower: string;
  /** UTF-16 offsets into the analysed text. */
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** The word-like tokens of the sentence, in order. */
  tokens: Token[];
}

const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:(?<=[\p{L}\p{M}])[.'’:·](?=\p{L})|(?<=\p{N})[.,;'’](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;
/** Characters the fast path understands: Latin letters, digits, punctuation, symbols and spaces. */
const NOT_LATIN = /[^\u0000-\u024F\u1E00-\u1EFF\u2000-\u206F\u20A0-\u20CF\u2100-\u214F]/u;

let wordSegmenter: Intl.Segmenter | undefined;

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * What each character of the fast path's ranges is, for a scanner that reads the WORD expression without
 * running it: bit 1 a word character ([\p{L}\p{M}\p{N}_]), 2 a letter or mark, 4 a letter, 8 a number.
 * Built from the expression's own character classes, so the two cannot disagree. Bit 16: a word character that
 * lower-casing changes (a word without one is its own `lower`, and most words of a reply are).
 */
const IS_WORD = 1;
const IS_LETTER_OR_MARK = 2;
const IS_LETTER = 4;
const IS_NUMBER = 8;
const CHANGES_CASE = 16;
const CLASS_END = 0x2150;
let classes: Uint8Array | undefined;

function characterClasses(): Uint8Array {
  if (!classes) {
    classes = new Uint8Array(CLASS_END);
    const word = /[\p{L}\p{M}\p{N}_]/u;
    const letterOrMark = /[\p{L}\p{M}]/u;
    const letter = /\p{L}/u;
    const number = /\p{N}/u;
    for (let c = 0; c < CLASS_END; c++) {
      const ch = String.fromCharCode(c);
      if (NOT_LATIN.test(ch) || !word.test(ch)) continue;
      classes[c] =
        IS_WORD |
        (letterOrMark.test(ch) ? IS_LETTER_OR_MARK : 0) |
        (letter.test(ch) ? IS_LETTER : 0) |
        (number.test(ch) ? IS_NUMBER : 0) |
        (ch.toLowerCase() !== ch ? CHANGES_CASE : 0);
    }
  }
  return classes;
}

/** Joins letters inside a word: . ' ’ : · */
function joinsLetters(c: number): boolean {
  return c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x3a || c === 0xb7;
}

/** Joins digits inside a number: . , ; ' ’ */
function joinsDigits(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x27 || c === 0x2019;
}

/** The word-like tokens of `text`, with offsets shifted by `offset`. */
export function words(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  if (NOT_LATIN.test(text)) {
    wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    for (const s of wordSegmenter.segment(text)) {
      if (!s.isWordLike) continue;
      out.push(token(s.segment, offset + s.index));
    }
    return out;
  }
  // The WORD expression, read by hand (a third of the cost of running it): a run of word characters, and
  // again after a joiner that has a letter (or a digit) on both sides.
  const cls = characterClasses();
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!(cls[text.charCodeAt(i)] & IS_WORD)) {
      i++;
      continue;
    }
    const start = i;
    // What the word's characters are, together: whether lower-casing (or a ’ joiner) changes the word.
    let seen = 0;
    let c: number;
    while (i < n && (c = cls[text.charCodeAt(i)]) & IS_WORD) {
      seen |= c;
      i++;
    }
    while (i + 1 < n) {
      const joiner = text.charCodeAt(i);
      const before = cls[text.charCodeAt(i - 1)];
      const after = cls[text.charCodeAt(i + 1)];
      const joined =
        (before & IS_LETTER_OR_MARK && after & IS_LETTER && joinsLetters(joiner)) || (before & IS_NUMBER && after & IS_NUMBER && joinsDigits(joiner));
      if (!joined) break;
      if (joiner === 0x2019) seen |= CHANGES_CASE;
      i++;
      while (i < n && (c = cls[text.charCodeAt(i)]) & IS_WORD) {
        seen |= c;
        i++;
      }
    }
    const word = text.slice(start, i);
    out.push(token(word, offset + start, seen & CHANGES_CASE ? normalizeWord(word) : word));
  }
  return out;
}

/**
 * Whether a sentence's text asks: it ends in a question mark, before any closing quote or bracket ("…maksa?”") or
 * an exclamation mark ("…edes hetkeksi?!": rhetorical, and no plain statement either).
 */
export function endsInQuestionMark(text: string): boolean {
  return /\?[!"'”’»)\]]*\s*$/.test(text);
}

/** The same tokens by running the WORD expression: what the scanner in words() must agree with (tests). */
export function wordsByExpression(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * A token made by a constructor rather than an object literal: V8 may pretenure what an object literal makes (allocate
 * it in the old generation once most of it outlives a young collection, as a reply's words do while it is read), and
 * a token made there cost a fifth of a cold analysis. Same fields, same order, so the same shape everywhere.
 */
class Word implements Token {
  declare text: string;
  declare lower: string;
  declare start: number;
  declare end: number;
  constructor(text: string, lower: string, start: number, end: number) {
    this.text = text;
    this.lower = lower;
    this.start = start;
    this.end = end;
  }
}

/** A token; `lower` is given where the scanner already knows it (a word lower-casing does not change is its own). */
function token(text: string, start: number, lower = normalizeWord(text)): Token {
  return new Word(text, lower, start, start + text.length);
}

/**
 * Abbreviations after which a full stop does not end a sentence, even before a capital
 * ("esim. Helsingissä", "t.ex. Stockholm", "e.g. Outlook"). The segmenter splits there; Sävy does not.
 */
const ABBREVIATIONS = new Set([
  // fi
  'esim',
  'ks',
  'mm',
  'ns',
  'yms',
  'ym',
  'vrt',
  'n',
  'klo',
  'ko',
  'em',
  'ts',
  'tms',
  'jne',
  'puh',
  'nro',
  'os',
  'ma',
  'ti',
  'ke',
  'to',
  'pe',
  'la',
  'su',
  'kk',
  'vk',
  'huom',
  'tammik',
  'helmik',
  'maalisk',
  'huhtik',
  'toukok',
  'kesäk',
  'heinäk',
  'elok',
  'syysk',
  'lokak',
  'marrask',
  'jouluk',
  // en
  'e.g',
  'i.e',
  'mr',
  'mrs',
  'ms',
  'dr',
  'no',
  'vs',
  'approx',
  'dept',
  'ref',
  'st',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  // sv
  't.ex',
  'bl.a',
  's.k',
  'ca',
  'kl',
  'dvs',
  'resp',
  'fr.o.m',
  't.o.m',
  'p.g.a',
  'o.s.v',
  'tel',
]);

const WEEKDAYS = new Set(['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su']);

const TERMINATORS = /[.!?…]+["'”’»)\]]*(?=\s+)/g;

/**
 * Splits one line into sentences. A sentence ends at ! ? … followed by space, and at a full stop followed by
 * space and a capital letter or digit, unless the word before the stop is a known abbreviation or a single
 * letter (an initial).
 */
export function sentences(line: string, offset = 0, tokens: Token[] = words(line, offset)): Sentence[] {
  const out: Sentence[] = [];
  let start = firstNonSpace(line, 0);
  if (start >= line.length) return out;
  let t = 0;
  TERMINATORS.lastIndex = 0;
  for (let m = TERMINATORS.exec(line); m; m = TERMINATORS.exec(line)) {
    const end = m.index + m[0].length;
    const next = firstNonSpace(line, end);
    if (next >= line.length) break;
    if (m[0][0] === '.' && !isFullStopBoundary(line, m.index, next)) continue;
    t = pushSentence(out, tokens, t, offset + start, offset + end);
    start = next;
  }
  const end = lastNonSpace(line);
  if (end > start) pushSentence(out, tokens, t, offset + start, offset + end);
  return out;
}

function pushSentence(out: Sentence[], tokens: Token[], from: number, start: number, end: number): number {
  let to = from;
  while (to < tokens.length && tokens[to].start < end) to++;
  out.push({ start, end, tokens: tokens.slice(from, to) });
  return to;
}

function isFullStopBoundary(line: string, dot: number, next: number): boolean {
  const c = line[next];
  if (!(c.toUpperCase() === c && c.toLowerCase() !== c) && !/[0-9"“”«'‘(–-]/.test(c)) return false;
  let w = dot;
  while (w > 0 && letterDigitOrDot(line.charCodeAt(w - 1), line[w - 1])) w--;
  const before = line.slice(w, dot).toLowerCase();
  // Finnish weekdays (ma, ti, ke, to, pe, la, su) are abbreviations before a date ("to 3.12."); elsewhere "to."
  // ends an English sentence ("match it to. You also…").
  if (WEEKDAYS.has(before) && !/[0-9]/.test(c)) return true;
  if (ABBREVIATIONS.has(before)) return false;
  // A single small letter is no initial: before a capital it ends the sentence (Swedish "satt i. När", "Fyll i. Skicka").
  if (/^\p{Ll}$/u.test(line[dot - 1] ?? '') && dot - w === 1 && /\p{Lu}/u.test(c)) return true;
  // A single letter is an initial ("Matti K. Virtanen", "K. Virtanen"), except after a word in small letters, where
  // it names a thing that ends the sentence ("vyöhykkeellä K. Muistutan", "plan B. The", "zon C. Vi"), and after a
  // number, where it is a unit ("säkringar på 3x25 A. Prisändringen", "230 V. The").
  if (/^\p{L}$/u.test(before)) return SMALL_WORD_BEFORE.test(line.slice(Math.max(0, w - 40), w));
  return true;
}

/** The text before a single letter ends in a word that starts with a small letter, or a number, then a space. */
const SMALL_WORD_BEFORE = /(?:^|\s)(?:\p{Ll}[\p{L}\p{N}-]*|\p{N}[\p{N}x×,.-]*)\s+$/u;

/**
 * Whether a UTF-16 code unit is a small letter of ASCII or Latin-1 (a–z, ß–ÿ but not ÷): answers /\p{Ll}/u without
 * the expression for the letters most Finnish, Swedish and English words start with ("tämä", "är", "the").
 */
export function isSmallLatin(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** /[\p{L}\p{N}.]/u, answered without the expression for ASCII (most of the text). */
function letterDigitOrDot(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46;
  return /[\p{L}\p{N}.]/u.test(ch);
}

/** /\s/, answered without the expression for ASCII. */
function isSpace(c: number, ch: string): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(ch);
}

function firstNonSpace(s: string, from: number): number {
  while (from < s.length && isSpace(s.charCodeAt(from), s[from])) from++;
  return from;
}

function lastNonSpace(s: string): number {
  let e = s.length;
  while (e > 0 && isSpace(s.charCodeAt(e - 1), s[e - 1])) e--;
  return e;
}
