/**
 * A rule's rewrites, written into the sentence they belong to.
 *
 * Each rewrite is worked out as the change it makes to its line (what it stands in for replaced, a deleted
 * word's space and comma gone, a capital where a sentence now starts), made as small as it can be and widened
 * to whole words; the hint's span covers every rewrite's change: an abbreviation with its period, a deleted
 * lead-in with its comma and the next word that takes the capital. So every suggestion replaces exactly the
 * hint's text (CONTRACT.md §1), however far the rewrite reaches. The work is on the sentence, never the whole
 * line, so a long paragraph costs no more per hint than a short one (the typing path drafts every hint).
 *
 * At analysis time (`draftRewrites`) only the line is known; when the rewrites are checked (check.ts) the
 * whole reply is, and the same rewrites are written again with its names and its form of address.
 */
import type { Language } from '../coaching';
import { compilePattern, matchAt, testWord, type Match, type Program, type WordTest } from '../pattern/match';
import type { Metric, Rule, Suggestion } from '../ruleset/schema';
import { words, type Token } from '../text/tokens';
import { wordSet } from '../text/word-set';
import { isAllCaps, isName, nameForm, type ReplyContext, type ShoutWords } from './context';
import { inNounPhrase, isShouted, namesAStandard, namesAThing } from './marks';
import { isQuestion, type LanguageWords } from './words';

/** A rule's rewrite, compiled. */
export interface Candidate {
  kind: 'text' | 'forms' | 'drop' | 'lower';
  /** Position in the rule's `suggestions` (for the rewrite examples' messages). */
  index: number;
  text?: string;
  /** A glossary by the matched words, lower-cased and joined by single spaces. */
  forms?: Map<string, string>;
  drop?: WordTest;
  for?: Program;
  next?: Program;
  notNext?: Program;
  first?: boolean;
  last?: boolean;
  replaces: 'match' | 'clause' | 'sentence';
  /** Punctuation put in as it is (no template, no capital): "!!" → ".". */
  raw?: boolean;
}

/** What the analyser keeps of a hint for its rewrites: all of it line-local. */
export interface Draft {
  rule: Rule;
  language: Language;
  /** The language's shouting words (lib/rewrite/context.ts `shoutWords`, from its ruleset). */
  shout?: ShoutWords;
  /** The language's word lists (lib/rewrite/words.ts `languageWords`, from its ruleset). */
  lexicon: LanguageWords;
  line: string;
  sentence: { start: number; end: number; tokens: Token[] };
  /** The line's sentences, the hint's among them (shouting put in small letters goes on into the next ones shouted whole). */
  sentences: readonly { start: number; end: number; tokens: Token[] }[];
  /** The match in the sentence's tokens, or null for a hint that is not a pattern's (punctuation). */
  match: Match | null;
  /** The matched text in the line. */
  matchStart: number;
  matchEnd: number;
  candidates: Candidate[];
  /** The hint's span in the line: the match, widened to what every rewrite replaces. */
  start: number;
  end: number;
  /** The line's reading the hint belongs to (set once the line is read). */
  lineResult?: {
    hints: readonly { rule: Rule; start: number; end: number; draft?: { matchStart: number; matchEnd: number } }[];
    steps: number;
    cues: number;
  };
}

/** At most this many words beyond the matched ones go with a rewrite that stands in for a clause or a sentence. */
export const EXTRA_WORDS = { clause: 3, sentence: 3 } as const;

const compiled = new WeakMap<Rule, Candidate[]>();

/** The rule's rewrites, compiled once per rule. A rewrite that does not compile is left out (the schema reports it). */
export function ruleCandidates(rule: Rule): Candidate[] {
  let list = compiled.get(rule);
  if (!list) {
    list = [];
    rule.suggestions.forEach((s, index) => {
      try {
        list!.push(candidate(typeof s === 'string' ? { text: s } : s, index, rule.caseSensitive));
      } catch {
        /* reported by validation */
      }
    });
    compiled.set(rule, list);
  }
  return list;
}

function candidate(s: Suggestion, index: number, caseSensitive?: boolean): Candidate {
  const kind = s.drop !== undefined ? 'drop' : s.lower ? 'lower' : s.forms ? 'forms' : 'text';
  return {
    kind,
    index,
    text: s.text,
    // Keys read as the text is read: "palkka-ajo" and "palkka ajo" are the same two words, "SLA:n" one.
    forms: s.forms
      ? new Map(
          Object.entries(s.forms).map(([k, v]) => [
            words(k)
              .map((t) => t.lower)
              .join(' '),
            v,
          ]),
        )
      : undefined,
    drop: s.drop !== undefined ? firstTest(compilePattern(s.drop, caseSensitive)) : undefined,
    for: s.for !== undefined ? compilePattern(s.for, caseSensitive) : undefined,
    next: s.next !== undefined ? compilePattern(s.next, caseSensitive) : undefined,
    notNext: s.notNext !== undefined ? compilePattern(s.notNext, caseSensitive) : undefined,
    first: s.first,
    last: s.last,
    replaces: s.replaces ?? 'match',
  };
}

function firstTest(p: Program): WordTest | undefined {
  const f = p.first[0];
  return f?.kind === 'word' ? f.test : undefined;
}

/** The built-in rewrites of a metric's hint: capitals in small letters, "!!" as one mark. */
export function metricCandidates(metric: Metric, punctuation?: string, question = false): Candidate[] {
  if (metric.kind === 'capitals') return [{ kind: 'lower', index: 0, replaces: 'match' }];
  // One mark that fits the sentence: a question keeps its "?", a statement ends on "." ("…i efterhand??" is no question).
  if (metric.kind === 'repeated-punctuation' && punctuation)
    return [{ kind: 'text', index: 0, text: question ? '?' : '.', replaces: 'match', raw: true }];
  return [];
}

/** Works out the span a hint's rewrites need; returns the draft, or null when no rewrite fits here and there is no model. */
export function draftRewrites(d: Omit<Draft, 'start' | 'end'>): Draft | null {
  let start = d.matchStart;
  let end = d.matchEnd;
  const fits: Candidate[] = [];
  for (const c of d.candidates) {
    // Where the rewrite reaches, without writing it (the typing path drafts every hint): its text, its
    // capitals and its names are worked out when it is offered (renderReplacement), always within this span.
    const reach = rawEdit(d, c, null, true);
    if (!reach) continue;
    fits.push(c);
    start = Math.min(start, wordStart(d.line, reach.start));
    end = Math.max(end, wordEnd(d.line, reach.end));
  }
  if (!fits.length && !d.rule.model) return null;
  // The object handed in becomes the draft (no copy: the typing path drafts every hint it finds).
  const draft = d as Draft;
  draft.candidates = fits;
  draft.start = start;
  draft.end = end;
  return draft;
}

/** The replacement of the draft's span that `c` makes, with the reply's context; null when it does not fit. */
export function renderReplacement(d: Draft, c: Candidate, ctx: ReplyContext | null): string | null {
  const edit = renderEdit(d, c, ctx);
  if (!edit || edit.start < d.start || edit.end > d.end) return null;
  return d.line.slice(d.start, edit.start) + edit.text + d.line.slice(edit.end, d.end);
}

/** A change to a line: [start, end) replaced by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** What `c` changes in the draft's line, as small as it can be and whole words; null when it does not fit or changes nothing. */
export function renderEdit(d: Omit<Draft, 'start' | 'end'>, c: Candidate, ctx: ReplyContext | null): Edit | null {
  const raw = rawEdit(d, c, ctx);
  return raw ? tighten(d.line, raw) : null;
}

// ---- What a rewrite changes in its line ----

const TERMINATOR = /[.!?…]+["'”’»)\]]*\s*$/;

/**
 * The change `c` makes, not yet made small; null when it does not fit. With `reachOnly` the text may be left
 * unwritten where it cannot change how far the change reaches (small letters, capitals by position).
 */
function rawEdit(d: Omit<Draft, 'start' | 'end'>, c: Candidate, ctx: ReplyContext | null, reachOnly = false): Edit | null {
  const { line, sentence, match } = d;
  const tokens = sentence.tokens;
  let groups: Match['groups'] = match?.groups ?? [];
  if (c.for) {
    if (!match) return null;
    const m = matchAt(c.for, tokens, match.start, match.end);
    if (!m) return null;
    groups = m.groups;
  }
  if (c.next && (!match || match.end >= tokens.length || !matchAt(c.next, tokens, match.end))) return null;
  if (c.notNext && match && match.end < tokens.length && matchAt(c.notNext, tokens, match.end)) return null;
  if (c.first !== undefined && c.first !== atSentenceStart(line, sentence.start, d.matchStart)) return null;
  if (c.last && !/^\.?\s*(?:[,;:–—)]|[.!?…]*["'”’»]*\s*$)/.test(line.slice(d.matchEnd, sentence.end))) return null;

  if (c.kind === 'lower') return lowerEdit(d, ctx, reachOnly);
  if (c.kind === 'drop') {
    if (!match || !c.drop) return null;
    // Right to left: what is left of a deletion keeps its place, what is right of it keeps its distance from the end.
    let work = line;
    let end = sentence.end;
    let lo = Infinity;
    let fromEnd = Infinity;
    for (let i = match.end - 1; i >= match.start; i--) {
      if (!testWord(c.drop, tokens[i])) continue;
      const e = deleteRange(work, sentence.start, end, tokens[i].start, tokens[i].end, d.language);
      lo = Math.min(lo, e.start);
      fromEnd = Math.min(fromEnd, work.length - e.end);
      const next = work.slice(0, e.start) + e.text + work.slice(e.end);
      end -= work.length - next.length;
      work = next;
      // The sentence went whole: nothing is left to take words out of.
      if (end <= sentence.start || !/[\p{L}\p{N}]/u.test(work.slice(sentence.start, end))) break;
    }
    if (lo === Infinity) return null;
    return { start: lo, end: line.length - fromEnd, text: work.slice(lo, work.length - fromEnd) };
  }

  // A template: fill it, then put it in place of what it stands in for.
  let [a, b] = [d.matchStart, d.matchEnd];
  if (c.replaces === 'match' && line[b] === '.' && !isSentenceEnd(line, b, sentence.end)) b++; // "ko." with its period
  if (c.replaces !== 'match') {
    if (!match) return null;
    [a, b] = c.replaces === 'clause' ? clauseOf(line, sentence, d.matchStart, d.matchEnd) : [sentence.start, sentence.end];
    if (extraWords(tokens, match, a, b) > EXTRA_WORDS[c.replaces]) return null;
  }
  let template = c.text ?? '';
  if (c.kind === 'forms') {
    if (!match) return null;
    const form = c.forms?.get(
      tokens
        .slice(match.start, match.end)
        .map((t) => t.lower)
        .join(' '),
    );
    if (form === undefined) return null;
    template = form;
  }
  let text = c.raw ? template : fill(template, line.slice(d.matchStart, d.matchEnd), line, tokens, groups, ctx);
  if (c.replaces === 'sentence' && !/[.!?…]$/.test(text)) {
    // A sentence written without its full stop keeps the writer's.
    const end = line.slice(a, b).match(TERMINATOR);
    if (end) b -= end[0].length;
  }
  if (text === '') {
    const e = deleteRange(line, sentence.start, sentence.end, a, b, d.language);
    // An aside that a conjunction leads in, the conjunction not matched: the conjunction still joins what is left
    // ("A, ja kuten jo kerroin, B" → "A, ja B", never "A B").
    const conjunction = c.replaces === 'clause' ? line.slice(a, d.matchStart).match(CONJUNCTION[d.language]) : null;
    if (conjunction && e.text === '' && line[e.start] === ',' && e.end > b && e.end < sentence.end) {
      // Swedish puts the verb before the subject after a fronted aside ("och som jag skrev kommer det fram"): with
      // the aside gone, "och kommer det fram" is no sentence, so the clause goes only before its subject.
      if (d.language === 'sv' && !SV_SUBJECT.test(line.slice(e.end, sentence.end))) return reachOnly ? e : null;
      return { ...e, text: line.slice(e.start, a) + conjunction[1] };
    }
    return leavesSentence(e, line, sentence) ? e : null;
  }
  if (!c.raw && !reachOnly) text = caseByPosition(text, atSentenceStart(line, sentence.start, a), ctx);
  return { start: a, end: b, text };
}

/**
 * Shouting put in small letters, mended whole: every shouted word of the sentence goes small with the matched ones
 * ("HUOMIOIKAA, että varaukset perutaan ILMAN ILMOITUSTA." is one rewrite, never one run left in capitals beside
 * the other), a "!!" or "??" right after it becomes the one mark the sentence needs ("HUOM!!" → "Huom.", never
 * "Huom!!" beside "HUOM."), and a capitals rule's run that ends its sentence goes on through the next sentences
 * shouted whole ("DO NOT CALL. WRITE TO US." → "Do not call. Write to us.").
 */
function lowerEdit(d: Omit<Draft, 'start' | 'end'>, ctx: ReplyContext | null, reachOnly: boolean): Edit {
  const { line } = d;
  const piece = (p: Omit<Draft, 'start' | 'end'>) => {
    // The "!!" right after the words, or after a number that ends the sentence ("KLO 12!!").
    const pile = line.slice(p.matchEnd).match(/^((?:[ \t]+\p{N}[\p{N}.:,–-]*)?)[!?]{2,}/u);
    const mark = pile ? (isQuestion(p.sentence.tokens, line, p.lexicon) ? '?' : '.') : '';
    return { end: p.matchEnd + (pile?.[0].length ?? 0), text: reachOnly ? '' : calm(p, ctx) + (pile?.[1] ?? '') + mark };
  };
  const groups = shoutedGroups(d, ctx);
  const tokens = d.sentence.tokens;
  let start = d.matchStart;
  let end = d.matchEnd;
  let text = '';
  let last = d.match?.end ?? tokens.length;
  if (!groups.length) ({ end, text } = piece(d));
  groups.forEach(([i, j], n) => {
    const g = { ...d, match: { start: i, end: j, groups: [] }, matchStart: tokens[i].start, matchEnd: tokens[j - 1].end };
    const p = piece(g);
    if (n === 0) start = g.matchStart;
    else text += line.slice(end, g.matchStart);
    text += p.text;
    end = p.end;
    last = j;
  });
  if (d.rule.metric?.kind === 'capitals' && d.match && last === tokens.length) {
    for (const next of d.sentences) {
      if (next.start < d.sentence.end) continue;
      const between = line.slice(end, next.tokens[0]?.start ?? end);
      if (
        !next.tokens.length ||
        !/^[.!?…]*[ \t]+$/.test(between) ||
        !next.tokens.some((t) => isAllCaps(t.text)) ||
        next.tokens.some((t) => /\p{Ll}/u.test(t.text))
      )
        break;
      const p = piece({
        ...d,
        sentence: next,
        match: { start: 0, end: next.tokens.length, groups: [] },
        matchStart: next.tokens[0].start,
        matchEnd: next.tokens[next.tokens.length - 1].end,
      });
      text += between + p.text;
      end = p.end;
    }
  }
  return { start, end, text };
}

/**
 * The runs of the sentence to put in small letters, as [from, to) token ranges in order: the matched words and
 * every other shouted word of the sentence (marks.ts `isShouted`, less a rule's acronyms, capitals that name a
 * thing, "KELA-kortti", and capitals before a capitalised word, "NORDCAD Pro"). Empty for a hint with no match.
 */
function shoutedGroups(d: Omit<Draft, 'start' | 'end'>, ctx: ReplyContext | null): [number, number][] {
  const { match, sentence, line, lexicon, shout } = d;
  if (!match) return [];
  const tokens = sentence.tokens;
  const allow = wordSet(d.rule.metric?.kind === 'capitals' ? d.rule.metric.allow : undefined);
  const matched = (k: number) => k >= match.start && k < match.end;
  // A word in capitals that may go small: not an acronym, a number or a code, not half of a compound's name,
  // not before a capitalised word. A run of them is shouting when one of its words shouts ("EI VOI").
  const caps = (k: number) => {
    const t = tokens[k];
    // Most words start with a small letter, so cannot be in capitals: no expression needed for them.
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) return false;
    const head = t.text.split(/[:'’-]/, 1)[0];
    if (!isAllCaps(head) || /\p{N}/u.test(t.text)) return false;
    const stem = head.toLowerCase();
    if (smallAbbreviation(t, shout)) return true;
    // A rule's acronym that is as often a word ("ON", "US") is the word inside a shouted run: it goes small with it.
    if ((allow.has(stem) && !wordSet(shout?.wordLike).has(stem)) || wordSet(shout?.acronyms).has(stem)) return false;
    if (ctx?.acronyms?.has(stem) || namesAThing(t, line) || namesAStandard(tokens, k, line, lexicon) || inNounPhrase(tokens, k, line, shout))
      return false;
    const next = tokens[k + 1];
    return !(next && /^\p{Lu}\p{Ll}/u.test(next.text));
  };
  const out: [number, number][] = [];
  let k = 0;
  while (k < tokens.length) {
    if (!matched(k) && !caps(k)) {
      k++;
      continue;
    }
    let j = k;
    let shouts = false;
    while (j < tokens.length && (matched(j) || caps(j))) {
      // An abbreviation in small letters shouted ("senast KL. 06.00") goes small with the sentence it is in.
      shouts ||= matched(j) || isShouted(tokens[j], shout, allow) || smallAbbreviation(tokens[j], shout);
      j++;
    }
    if (shouts) out.push([k, j]);
    k = j;
  }
  return out;
}

/** Whether the period at `dot` ends the sentence (nothing but closing marks and space after it). */
function isSentenceEnd(line: string, dot: number, sentenceEnd: number): boolean {
  return dot + 1 >= sentenceEnd || /^[.!?…"'”’»)\]]*\s*$/.test(line.slice(dot + 1, sentenceEnd));
}

const OPENERS = new Set(['"', "'", '“', '”', '«', '(', ' ', '\t']);

function atSentenceStart(line: string, sentenceStart: number, at: number): boolean {
  for (let i = sentenceStart; i < at; i++) if (!OPENERS.has(line[i])) return false;
  return true;
}

/** Words of [a, b) outside the match. */
function extraWords(tokens: readonly Token[], match: Match, a: number, b: number): number {
  let n = 0;
  tokens.forEach((t, i) => {
    if ((i < match.start || i >= match.end) && t.start >= a && t.end <= b) n++;
  });
  return n;
}

/** The clause around [s, e): between the nearest comma, semicolon, colon or dash on each side, within the sentence. */
function clauseOf(line: string, sentence: { start: number; end: number }, s: number, e: number): [number, number] {
  let a = s;
  while (a > sentence.start && !/[,;:–—(]/.test(line[a - 1])) a--;
  while (a < s && /\s/.test(line[a])) a++;
  let b = e;
  const stop = sentence.end - (line.slice(sentence.start, sentence.end).match(TERMINATOR)?.[0].length ?? 0);
  while (b < stop && !/[,;:–—)]/.test(line[b])) b++;
  while (b > e && /\s/.test(line[b - 1])) b--;
  return [a, b];
}

/** Fills $0…$9 and {informal|formal}; tidies the spaces that empty groups leave. */
function fill(template: string, whole: string, line: string, tokens: readonly Token[], groups: Match['groups'], ctx: ReplyContext | null): string {
  if (!template.includes('$') && !template.includes('{') && !template.includes('<')) return template.trim();
  let s = template.replace(/\$(\d)/g, (_, n: string) => {
    const k = Number(n);
    if (k === 0) return whole;
    const g = groups[k - 1];
    return g ? line.slice(tokens[g[0]].start, tokens[g[1] - 1].end) : '';
  });
  s = s.replace(/\{([^{}|]*)\|([^{}|]*)\}/g, (_, informal: string, formal: string) => (ctx?.address === 'formal' ? formal : informal));
  // <I|we>: the writer's own voice ("Olen pahoillani" or "Olemme pahoillamme" as the reply speaks).
  s = s.replace(/<([^<>|]*)\|([^<>|]*)>/g, (_, singular: string, plural: string) => (ctx?.voice === 'plural' ? plural : singular));
  return s
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ ([,.!?;:])/g, '$1')
    .replace(/^[ \t,]+|[ \t,]+$/g, '')
    .trim();
}

const INNER_CAPITAL = /^.\p{Ll}*\p{Lu}/u;

/** A capital where a sentence starts, a small letter elsewhere unless the word is a name or an acronym. */
function caseByPosition(text: string, atStart: boolean, ctx: ReplyContext | null): string {
  const word = text.match(/^[\p{L}\p{N}'’-]+/u)?.[0] ?? '';
  if (!word) return text;
  if (atStart) return text[0].toUpperCase() + text.slice(1);
  if (isAllCaps(word) || INNER_CAPITAL.test(word) || /^I(?:'|’|$)/.test(word) || ctx?.names.has(word.toLowerCase())) return text;
  return text[0].toLowerCase() + text.slice(1);
}

/** Before the reply is read as a whole (the typing path): no names known yet but those after a greeting. */
const NO_NAMES = new Map<string, string>();

/** The matched capitals in small letters: names, acronyms and words starting with one kept. */
function calm(d: Omit<Draft, 'start' | 'end'>, ctx: ReplyContext | null): string {
  const { line, sentence, match, shout } = d;
  const allow = wordSet(d.rule.metric?.kind === 'capitals' ? d.rule.metric.allow : undefined);
  const tokens = sentence.tokens;
  const context = ctx ?? { names: NO_NAMES, lexicon: d.lexicon };
  let out = '';
  let at = d.matchStart;
  const from = match?.start ?? 0;
  const to = match?.end ?? tokens.length;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.start < d.matchStart || t.end > d.matchEnd) continue;
    out += line.slice(at, t.start);
    // An acronym: in the rule's list, known, written among small letters elsewhere in the reply, or capitals with no
    // vowel ("CRM", "PNR"); one that is also a word ("US", "IT") is the word amid shouted words. An acronym opening
    // a compound or inflected ("SLA-SOPIMUSTA", "KELA:N") keeps its capitals, the rest goes small ("SLA-sopimusta").
    const acronym = (w: string) =>
      !(wordSet(shout?.wordLike).has(w) && to - from > 1) &&
      (allow.has(w) || wordSet(shout?.acronyms).has(w) || !!ctx?.acronyms?.has(w) || (w.length >= 2 && w.length <= 4 && !/[aeiouyåäö]/.test(w)));
    const [head] = t.lower.split(/[:'’-]/, 1);
    if (smallAbbreviation(t, shout)) out += t.lower;
    // A code ("AUTH-403") or a law or standard ("CIDRA 2012") is written as it is.
    else if (/\p{N}/u.test(t.text) || (head === t.lower && acronym(head)) || codeLike(tokens, i, line, d.lexicon)) out += t.text;
    else if (head !== t.lower && acronym(head)) out += t.text.slice(0, head.length) + t.text.slice(head.length).toLowerCase();
    else if (d.language === 'en' && t.lower === 'i') out += 'I';
    else if (isName(tokens, i, line, context) && !namePartAlone(tokens, i, d.language, ctx)) out += nameForm(t.text, ctx);
    else if (wordSet(shout?.capitalised).has(t.lower)) out += t.text[0] + t.text.slice(1).toLowerCase();
    else out += t.text.toLowerCase();
    at = t.end;
  }
  out += line.slice(at, d.matchEnd);
  return atSentenceStart(line, sentence.start, d.matchStart) ? out[0].toUpperCase() + out.slice(1) : out;
}

/** Capitals joined by a hyphen to digits ("AUTH-403", "403-AUTH"), or naming a law or standard ("CIDRA 2012"). */
function codeLike(tokens: readonly Token[], i: number, line: string, lexicon: LanguageWords): boolean {
  const t = tokens[i];
  return (
    (line[t.end] === '-' && /\p{N}/u.test(line[t.end + 1] ?? '')) ||
    (line[t.start - 1] === '-' && /\p{N}/u.test(line[t.start - 2] ?? '')) ||
    namesAStandard(tokens, i, line, lexicon)
  );
}

/** An abbreviation written in small letters ("klo", "esim.", "kl."), here in capitals ("KLO", "ESIM."). */
export function smallAbbreviation(t: Token, shout: ShoutWords | undefined): boolean {
  return wordSet(shout?.smallAbbreviations).has(t.lower) && isAllCaps(t.text);
}

/**
 * An English word the reply writes only as part of a longer name ("Nordic Software Ltd"), shouted on its own after
 * a determiner ("THE SOFTWARE"): the ordinary word, not the name.
 */
function namePartAlone(tokens: readonly Token[], i: number, language: Language, ctx: ReplyContext | null): boolean {
  if (language !== 'en' || !ctx?.nameParts?.has(tokens[i].lower)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return !!prev && ctx.lexicon.termDeterminers.has(prev.lower) && !(next && ctx.names.has(next.lower));
}

/**
 * The line with [s, e) taken out, and what held it in place with it: the space before or after, a lead-in's
 * comma, the commas of an aside, the sentence's other full stop ("5.12.." → "5.12."). What was left to start the
 * sentence gets its capital; a sentence left with no words goes whole, with its space.
 */
export function deleteRange(line: string, sentenceStart: number, sentenceEnd: number, s: number, e: number, language: Language): Edit {
  const before = line.slice(sentenceStart, s);
  const rest = line.slice(e, sentenceEnd);
  if (/^["'“”«(\s]*$/.test(before)) {
    // A lead-in: take its comma (or colon, dash) and the space after it, and the "että" it introduced
    // ("Muistutamme vielä, että lomake…" → "Lomake…").
    const lead = rest.match(LEAD[language])![0];
    const remaining = rest.slice(lead.length);
    if (!/[\p{L}\p{N}]/u.test(remaining)) {
      // Nothing left of the sentence: the sentence goes, with the space after it (or before it at the line's end).
      let a = sentenceStart;
      let b = sentenceEnd;
      while (b < line.length && /\s/.test(line[b])) b++;
      if (b === line.length) while (a > 0 && /\s/.test(line[a - 1])) a--;
      return { start: a, end: b, text: '' };
    }
    const at = e + lead.length;
    return { start: s, end: at + 1, text: line[at].toUpperCase() };
  }
  const space = (from: number) => {
    let i = from;
    while (i < line.length && /[ \t]/.test(line[i])) i++;
    return i;
  };
  const comma = before.match(/,\s*$/);
  if (comma) {
    const c = s - comma[0].length; // the comma before
    if (/^\s*[,;]/.test(rest)) {
      // An aside between commas: "A, X, B" → "A B".
      const second = e + rest.indexOf(rest.trimStart()[0]);
      return { start: c, end: second + 1, text: '' };
    }
    if (/^\s*(?:[.!?…]|$)/.test(rest)) {
      // At the sentence's end: "A, X." → "A." (and "5.12., X." → "5.12.").
      let b = space(e);
      if (line[c - 1] === '.' && line[b] === '.') b++;
      return { start: c, end: b, text: '' };
    }
    return { start: s, end: space(e), text: '' };
  }
  if (/^\s*(?:[,;:.!?…]|$)/.test(rest)) {
    // Before punctuation: the space before goes ("A X, B" → "A, B").
    let a = s;
    while (a > sentenceStart && /[ \t]/.test(line[a - 1])) a--;
    let b = space(e);
    if (line[a - 1] === '.' && line[b] === '.') b++;
    return { start: a, end: b, text: '' };
  }
  return { start: s, end: space(e), text: '' };
}

/** A conjunction that opens a clause, alone before the clause's matched words ("ja " in "ja kuten jo kerroin"). */
export const CONJUNCTION: Record<Language, RegExp> = {
  fi: /^(ja|sekä|mutta|vaan|eli|tai)\s+$/i,
  en: /^(and|but|so|or)\s+$/i,
  sv: /^(och|men|samt|så|eller)\s+$/i,
};

/** What a Swedish main clause starts with when its subject comes first (a pronoun, or a noun after its determiner). */
const SV_SUBJECT =
  /^\s*(?:jag|vi|du|ni|det|den|de|han|hon|man|detta|dessa|din|ditt|dina|er|ert|era|vår|vårt|våra|min|mitt|mina|en|ett|alla)(?![\p{L}\p{N}])/iu;

const LEAD: Record<Language, RegExp> = {
  fi: /^\s*[,;:–—-]?\s*(?:että\s+)?/i,
  // "I have already told you that the fee…" → "The fee…"; after a comma "that" is the sentence's own word.
  en: /^\s*(?:[,;:–—-]\s*|that\s+)?/i,
  sv: /^\s*[,;:–—-]?\s*(?:att\s+)?/i,
};

/**
 * A deletion may take a sentence away whole, or leave at least two of its words: "Renewing your permit is
 * really simple, honestly." is not "Honestly." after the clause goes.
 */
function leavesSentence(e: Edit, line: string, sentence: { start: number; end: number }): boolean {
  if (e.start <= sentence.start && e.end >= sentence.end) return true; // the sentence goes whole
  const left = line.slice(sentence.start, Math.max(sentence.start, e.start)) + e.text + line.slice(Math.min(e.end, sentence.end), sentence.end);
  const words = countWords(left);
  return words === 0 || words >= 2 || countWords(line.slice(sentence.start, sentence.end)) < 2;
}

function countWords(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

// ---- Whole words ----

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/** Back to the start of the word `at` is in (or stays, between words). */
function wordStart(line: string, at: number): number {
  while (at > 0 && at < line.length && WORD_CHAR.test(line[at - 1]) && WORD_CHAR.test(line[at])) at--;
  return at;
}

/** On to the end of the word `at` is in. */
function wordEnd(line: string, at: number): number {
  while (at > 0 && at < line.length && WORD_CHAR.test(line[at - 1]) && WORD_CHAR.test(line[at])) at++;
  return at;
}

/**
 * The edit made as small as it can be (what it keeps of the line on either side left out), then widened to
 * whole words: "Salasanan … helppoa. Sinun" deleted before "Sinun" is that sentence, not the sentence and
 * "Sinun"; "kuten jo mainitsin, l" → "L" is "kuten jo mainitsin, laskunne" → "Laskunne". Null when it changes nothing.
 */
export function tighten(line: string, e: Edit): Edit | null {
  let { start, end, text } = e;
  const old = line.slice(start, end);
  if (old === text) return null;
  let p = 0;
  const most = Math.min(old.length, text.length);
  while (p < most && old[p] === text[p]) p++;
  start += p;
  text = text.slice(p);
  // Back to the start of the word, then the common end of what is left.
  while (start > 0 && WORD_CHAR.test(line[start - 1]) && (WORD_CHAR.test(line[start] ?? '') || WORD_CHAR.test(text[0] ?? ''))) {
    start--;
    text = line[start] + text;
  }
  let q = 0;
  const left = Math.min(end - start, text.length);
  while (q < left && line[end - 1 - q] === text[text.length - 1 - q]) q++;
  end -= q;
  text = text.slice(0, text.length - q);
  while (end < line.length && WORD_CHAR.test(line[end]) && (WORD_CHAR.test(line[end - 1] ?? '') || WORD_CHAR.test(text[text.length - 1] ?? ''))) {
    text += line[end];
    end++;
  }
  return { start, end, text };
}
