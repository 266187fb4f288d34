/**
 * The pattern language rule authors write. It matches words, not characters, and has no unbounded
 * repetition, so every pattern matches at most a fixed number of words and the engine's work grows
 * linearly with the text (see match.ts).
 *
 *   pahoittelemme mahdollista haittaa   words in order (case does not matter)
 *   pahoittel*   kiit*   *virhe         * stands for any letters inside one word
 *   tilanteessA                         capital A, O, U stand for a/ä, o/ö, u/y (vowel harmony)
 *   olisit|olisitte lukenut             options for one word
 *   (emme voi|ei onnistu)               in brackets, | separates whole phrases
 *   kuten [jo] [aiemmin] mainit*        optional words or groups
 *   palaamme ... asiaan                 a gap of up to 3 words; ...5 up to 5 (at most 8)
 *   _   #                               any one word; any word with a digit (28.11, 2026, 10.00)
 *   @you  @we  @staff  @so  @because  @instead
 *                                       a word class: any of its words or phrases in the rule's language
 *                                       (classes.ts), e.g. @you is sinä, teidän, lähetitte… / you, your… / du, er…
 *
 * A hyphen splits words as the text does ("OmaKela-palvelu" is two words), punctuation is not matched.
 */

import type { Language } from '../coaching';
import { classForms, WORD_CLASSES } from './classes';

export type PatternNode =
  | { kind: 'word'; glob: string }
  | { kind: 'any' }
  | { kind: 'number' }
  | { kind: 'gap'; max: number }
  | { kind: 'seq'; items: PatternNode[] }
  | { kind: 'alt'; options: PatternNode[] }
  | { kind: 'opt'; node: PatternNode };

export class PatternError extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
  }
}

export const MAX_GAP = 8;
export const DEFAULT_GAP = 3;
const MAX_PATTERN_LENGTH = 2000;

/**
 * Parses a pattern. Word classes (@you …) are written out in `language`, or in all three languages when none is
 * given (validation, which checks a pattern once for every language it may run in).
 */
export function parsePattern(source: string, language?: Language): PatternNode {
  if (source.length > MAX_PATTERN_LENGTH) {
    throw new PatternError(`a pattern may be at most ${MAX_PATTERN_LENGTH} characters long`, MAX_PATTERN_LENGTH);
  }
  const p = new Parser(source, language);
  const node = p.alternatives(null);
  if (p.pos < source.length) throw new PatternError(`unexpected "${source[p.pos]}"`, p.pos + 1);
  if (minWords(node) === 0) throw new PatternError('the pattern must require at least one word', 1);
  checkGapEnds(node);
  return node;
}

/** Word classes as parsed nodes, per language ('' for all three): each is parsed once. */
const classNodes = new Map<string, PatternNode>();

function classNode(name: string, language: Language | undefined, at: number): PatternNode {
  const key = `${name}/${language ?? ''}`;
  let node = classNodes.get(key);
  if (!node) {
    const forms = classForms(name, language);
    if (!forms) {
      throw new PatternError(`unknown word class "@${name}": use one of ${WORD_CLASSES.map((c) => `@${c}`).join(', ')}`, at + 1);
    }
    const options = forms.map((form) => {
      const p = new Parser(form, undefined, false);
      return p.alternatives(null);
    });
    node = { kind: 'alt', options };
    classNodes.set(key, node);
  }
  return node;
}

class Parser {
  pos = 0;
  constructor(
    readonly src: string,
    readonly language?: Language,
    /** Whether @class is allowed (not inside a class's own forms). */
    readonly classes = true,
  ) {}

  alternatives(close: ')' | ']' | null): PatternNode {
    const options: PatternNode[] = [this.sequence(close)];
    while (this.src[this.pos] === '|') {
      this.pos++;
      options.push(this.sequence(close));
    }
    return options.length === 1 ? options[0] : { kind: 'alt', options };
  }

  sequence(close: ')' | ']' | null): PatternNode {
    const items: PatternNode[] = [];
    for (;;) {
      this.skipSpace();
      const c = this.src[this.pos];
      if (c === undefined || c === '|') break;
      if (c === ')' || c === ']') {
        if (c !== close) throw new PatternError(`"${c}" without its opening bracket`, this.pos + 1);
        break;
      }
      items.push(this.item(close !== null));
    }
    if (items.length === 0) {
      throw new PatternError('empty alternative: write a word between the brackets and bars', this.pos + 1);
    }
    return items.length === 1 ? items[0] : { kind: 'seq', items };
  }

  item(inGroup: boolean): PatternNode {
    const c = this.src[this.pos];
    if (c === '(' || c === '[') {
      const open = this.pos;
      this.pos++;
      const close = c === '(' ? ')' : ']';
      const inner = this.alternatives(close);
      if (this.src[this.pos] !== close) throw new PatternError(`"${c}" is never closed with "${close}"`, open + 1);
      this.pos++;
      return c === '(' ? inner : { kind: 'opt', node: inner };
    }
    if (this.src.startsWith('...', this.pos) || c === '…') {
      const at = this.pos;
      this.pos += c === '…' ? 1 : 3;
      const digits = /^\d+/.exec(this.src.slice(this.pos));
      let max = DEFAULT_GAP;
      if (digits) {
        this.pos += digits[0].length;
        max = Number(digits[0]);
        if (max < 1 || max > MAX_GAP) throw new PatternError(`a gap may skip 1 to ${MAX_GAP} words, not ${max}`, at + 1);
      }
      return { kind: 'gap', max };
    }
    // Outside brackets, words joined by | are options for one word: "olisit|olisitte lukenut".
    // Inside brackets, | separates phrases: "(emme voi|ei onnistu)".
    const options: PatternNode[] = [];
    for (;;) {
      const start = this.pos;
      while (this.pos < this.src.length && !isBreak(this.src.charCodeAt(this.pos))) this.pos++;
      if (this.pos === start) throw new PatternError('a word is missing around "|"', start + 1);
      options.push(this.word(this.src.slice(start, this.pos), start));
      const after = this.src[this.pos + 1];
      if (inGroup || this.src[this.pos] !== '|' || after === undefined || /[\s()[\]|]/.test(after)) break;
      this.pos++;
    }
    return options.length === 1 ? options[0] : { kind: 'alt', options };
  }

  word(raw: string, at: number): PatternNode {
    if (raw === '_') return { kind: 'any' };
    if (raw === '#') return { kind: 'number' };
    if (raw.startsWith('@') && this.classes) {
      const name = raw.slice(1);
      if (!/^[a-z]+$/.test(name)) throw new PatternError(`"${raw}": a word class is @ and its name, like @you`, at + 1);
      return classNode(name, this.language, at);
    }
    if (raw.startsWith('...') || raw.includes('…')) throw new PatternError('put spaces around a gap ...', at + 1);
    const bad = /[^\p{L}\p{M}\p{N}*'’.:-]/u.exec(raw);
    if (bad) {
      throw new PatternError(`"${bad[0]}" cannot be matched: patterns match words, so leave punctuation out`, at + bad.index + 1);
    }
    const parts = raw.split('-').filter((p) => p !== '');
    if (parts.length === 0) throw new PatternError('a hyphen alone is not a word', at + 1);
    const nodes = parts.map((part): PatternNode => {
      const glob = part.replace(/\*+/g, '*').replace(/’/g, "'");
      if (glob === '*') throw new PatternError('a lone * matches any word: write _ for that', at + 1);
      if (/^[.:']|[.:']$/.test(glob)) {
        throw new PatternError(`"${part}": a word cannot start or end with . : or '`, at + 1);
      }
      return { kind: 'word', glob };
    });
    return nodes.length === 1 ? nodes[0] : { kind: 'seq', items: nodes };
  }

  skipSpace(): void {
    while (this.pos < this.src.length && isSpace(this.src.charCodeAt(this.pos))) this.pos++;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160;
}

/** Ends a word: space, a bracket or a bar. */
function isBreak(c: number): boolean {
  return isSpace(c) || c === 40 || c === 41 || c === 91 || c === 93 || c === 124;
}

/**
 * The fewest and the most words a pattern can match. The two walk the tree alike by design: each case reads as the
 * rule it is (a gap or an optional part may match nothing; a gap matches at most its `max`), which one generic fold
 * with min/max arguments would hide.
 */
export function minWords(node: PatternNode): number {
  switch (node.kind) {
    case 'word':
    case 'any':
    case 'number':
      return 1;
    case 'gap':
    case 'opt':
      return 0;
    case 'seq':
      return node.items.reduce((n, i) => n + minWords(i), 0);
    case 'alt':
      return Math.min(...node.options.map(minWords));
  }
}

export function maxWords(node: PatternNode): number {
  switch (node.kind) {
    case 'word':
    case 'any':
    case 'number':
      return 1;
    case 'gap':
      return node.max;
    case 'opt':
      return maxWords(node.node);
    case 'seq':
      return node.items.reduce((n, i) => n + maxWords(i), 0);
    case 'alt':
      return Math.max(...node.options.map(maxWords));
  }
}

function checkGapEnds(node: PatternNode): void {
  const items = node.kind === 'seq' ? node.items : [node];
  if (items[0].kind === 'gap' || items[items.length - 1].kind === 'gap') {
    throw new PatternError('a gap ... must stand between words, not at the start or the end', 1);
  }
}
