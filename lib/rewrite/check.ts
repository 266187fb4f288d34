/**
 * The checker every rewrite passes before it is offered. A rewrite is applied to its line and the line read
 * again: it is refused when the result raises a hint where it changed the text, adds a mechanical mark
 * (marks.ts: punctuation left alone, a doubled space or word, a capital in mid-sentence, a sentence that stops
 * on "että" or a deadline word with no date, a template placeholder), cuts into another open hint, takes a
 * negation out of the sentence (a no turned into a yes), or covers a step of the reply that the writer's
 * words did not.
 *
 * Not on the typing path: the page asks for a hint's rewrites when it shows the hint (the coach keeps the answer
 * for the text it was asked for, so applying one rewrite checks the others again on the new text); the CLI and
 * `analyze()` check every hint's (`withRewrites`).
 */
import { STEP_IDS, type StepId } from '../coaching';
import { analyzeLine, draftOf, withDraftOf, type Analysis, type Hint, type HintModel, type LineHint } from '../engine/analyze';
import type { CompiledRuleset } from '../engine/compile';
import type { Rule } from '../ruleset/schema';
import { replyContext, type ReplyContext } from './context';
import { addedMarks, namesAStandard, type MarkKind } from './marks';
import { renderReplacement, type Draft } from './render';
import { keptAcronym } from '../text/acronyms';
import { endsInQuestionMark, sentences, words, type Token } from '../text/tokens';
import { type LanguageWords, NAMES_TROUBLE, NO_TROUBLE, STANDS_BY, STANDS_BY_CATEGORIES, THANKS } from './words';

export type Refusal =
  | MarkKind
  | 'raises-hint'
  | 'clashes'
  | 'drops-negation'
  | 'covers-step'
  | 'does-not-fit'
  | 'refers-to-nothing'
  | 'refers-to-no-trouble'
  | 'admits-what-it-defends'
  | 'loses-referent'
  | 'changes-code';

export interface Offer {
  /** The rewrites that passed, each exactly what replaces the hint's text. */
  suggestions: string[];
  model?: HintModel;
  /** Rewrites the checker kept back, and why (for `npm run eval`, the rewrite examples and the workbench). */
  refused: { text: string; index: number; why: Refusal[]; detail: string[] }[];
  /** For each suggestion, the position of the rule's rewrite it came from. */
  from: number[];
}

const NONE: Offer = { suggestions: [], refused: [], from: [] };

/** A hint of one line, as the checker reads it (the analyser's LineHint). */
type LineHintLike = { rule: Rule; start: number; end: number; draft?: { matchStart: number; matchEnd: number } };

/** How far the rest of a sentence may go beyond the matched words for a model sentence to replace it. */
const MODEL_EXTRA_WORDS = 4;

let lastContext: { text: string; lexicon: LanguageWords; ctx: ReplyContext } | null = null;

function contextOf(text: string, lexicon: LanguageWords): ReplyContext {
  if (lastContext?.text !== text || lastContext.lexicon !== lexicon) lastContext = { text, lexicon, ctx: replyContext(text, lexicon) };
  return lastContext.ctx;
}

/** The rewrites of one hint that may be offered for `text` (the text its analysis was made of). */
export function offerRewrites(hint: Hint, text: string, analysis: Analysis, compiled: CompiledRuleset): Offer {
  const ref = draftOf(hint);
  if (!ref) return NONE;
  const { draft: d, lineStart } = ref;
  // The hint belongs to the text only while its line is still where it was.
  if (text.slice(lineStart, lineStart + d.line.length) !== d.line || text.slice(hint.start, hint.end) !== hint.text) return NONE;
  const ctx = contextOf(text, d.lexicon);
  const index = compiled.languages[d.language];
  const offer: Offer = { suggestions: [], refused: [], from: [], model: model(d, lineStart, ctx) };
  const seen = new Set<string>([hint.text]);
  let before: Draft['lineResult'] | null = null;
  // A long line (a paragraph pasted as one line) is judged on the hint's sentence and its neighbours only, so
  // that checking every hint of it does not read the whole line again for each rewrite.
  const judged = d.line.length > LONG_LINE ? around(d) : d;
  for (const c of d.candidates) {
    const replacement = renderReplacement(d, c, ctx);
    if (replacement === null) {
      offer.refused.push({ text: '', index: c.index, why: ['does-not-fit'], detail: [] });
      continue;
    }
    if (seen.has(replacement)) continue;
    seen.add(replacement);
    before ??= (judged === d ? d.lineResult : undefined) ?? analyzeLine(judged.line, index);
    // New words written by the rule may not cover a step; a glossary form, a dropped word or small letters only
    // change how the writer's own words read (a step the cues missed in jargon may then be seen).
    const writesWords = c.kind === 'text' && !!c.text && !c.raw;
    const deletes = c.kind === 'drop' || (c.kind === 'text' && !c.text);
    const { why, detail } = judge(
      judged,
      hint,
      replacement,
      analysis,
      before,
      ctx,
      (line) => analyzeLine(line, index),
      writesWords,
      deletes,
      c.kind === 'lower',
    );
    for (const [kind, what] of context(text, hint, analysis, d, c.replaces, replacement, writesWords, deletes)) {
      if (!why.includes(kind)) why.push(kind);
      detail.push(`${kind}: ${what}`);
    }
    if (why.length) offer.refused.push({ text: replacement, index: c.index, why, detail });
    else {
      offer.suggestions.push(replacement);
      offer.from.push(c.index);
    }
  }
  return offer;
}

/** Lines longer than this are judged on a window around the hint's sentence (`around`). */
const LONG_LINE = 1500;
/** How far the window reaches for the sentences before and after the hint's. */
const WINDOW_REACH = 600;

/**
 * The draft as seen on a window of its line: from the start of the sentence before the hint's to the end of the
 * sentence after it (at most WINDOW_REACH characters either way), the offsets moved to match.
 */
function around(d: Draft): Draft {
  const { line } = d;
  const stops = /[.!?]\s/g;
  let from = 0;
  const lowest = Math.max(0, d.sentence.start - WINDOW_REACH);
  for (let i = d.sentence.start - 3; i >= lowest; i--) {
    if ((line[i] === '.' || line[i] === '!' || line[i] === '?') && /\s/.test(line[i + 1] ?? '')) {
      from = i + 2;
      break;
    }
    if (i === lowest) from = lowest;
  }
  stops.lastIndex = Math.max(d.sentence.end, d.end);
  const next = stops.exec(line);
  const to = next && next.index < d.sentence.end + WINDOW_REACH ? next.index + 1 : Math.min(line.length, d.sentence.end + WINDOW_REACH);
  const end = Math.max(to, d.end);
  return {
    ...d,
    line: line.slice(from, end),
    start: d.start - from,
    end: d.end - from,
    matchStart: d.matchStart - from,
    matchEnd: d.matchEnd - from,
    sentence: { ...d.sentence, start: d.sentence.start - from, end: d.sentence.end - from },
    lineResult: undefined,
  };
}

/** The analysis with every hint's rewrites offered (what the CLI prints and `analyze()` returns). */
export function withRewrites(text: string, analysis: Analysis, compiled: CompiledRuleset): Analysis {
  return {
    ...analysis,
    hints: analysis.hints.map((h) => {
      if (!draftOf(h)) return h;
      const offer = offerRewrites(h, text, analysis, compiled);
      const out: Hint = { ...h, suggestions: offer.suggestions };
      if (offer.model) out.model = offer.model;
      return withDraftOf(out, h);
    }),
  };
}

function judge(
  d: Draft,
  hint: Hint,
  replacement: string,
  analysis: Analysis,
  before: { hints: readonly LineHintLike[]; steps: number; cues: number },
  ctx: ReplyContext,
  reread: (line: string) => { hints: LineHint[]; steps: number; cues: number },
  writesWords: boolean,
  deletes: boolean,
  lowers = false,
): { why: Refusal[]; detail: string[] } {
  const why = new Set<Refusal>();
  const detail: string[] = [];
  const after = d.line.slice(0, d.start) + replacement + d.line.slice(d.end);
  // The rule's own acronyms (a capitals rule's `allow`) and the language's (its shouting words) are no shouting left.
  const allow = d.rule.metric?.kind === 'capitals' ? d.rule.metric.allow : undefined;
  const marksCtx = {
    ...ctx,
    shout: d.shout,
    ...(allow?.length ? { acronyms: new Set([...(ctx.acronyms ?? []), ...allow.map((a) => a.toLowerCase())]) } : {}),
  };
  for (const m of addedMarks(d.line, after, d.lexicon, marksCtx)) {
    why.add(m.kind);
    detail.push(`${m.kind}: "${m.text}"`);
  }
  // A code is quoted, never rewritten: "RMA-771092" is the customer's reference, not "return authorisation-771092",
  // and "AUTH-403" the error they saw, not "auth-403". Every code of the line is in the rewritten line as written.
  for (const [code, n] of codes(d.line, d.lexicon)) {
    if (occurrences(after, code) >= n) continue;
    why.add('changes-code');
    detail.push(`changes-code: "${code}"`);
  }
  // A word the rewrite brings in may not say again what a word beside it says (the same stem, its first five
  // letters, within a few words of the sentence): "vasteaika on sovitun vasteajan mukaisesti" is circular.
  const echo = echoes(d.line.slice(d.start, d.end), replacement, after, d.start);
  if (echo) {
    why.add('repeated-content');
    detail.push(`repeated-content: "${echo}"`);
  }
  // Read the line again: nothing new may be hinted where the text changed. A hint the writer's words had
  // already (the same rule on the same words, untouched by the rewrite, or around the whole of it like a long
  // sentence's) is not new.
  const result = reread(after);
  const from = d.start;
  const to = d.start + replacement.length;
  // Another open hint cut into: its words would be half changed, and its own rewrites were not written for
  // that. Not a clash when the rewrite leaves the other hint's words as they were but for a capital ("Kuten jo
  // mainitsin, tietenkin…" → "Tietenkin…"), or only deletes and the other hint's rule no longer fires there
  // (both hinted the same word: "bara").
  const lineStart = hint.start - d.start;
  const changed = changedRange(d.line.toLowerCase(), after.toLowerCase());
  for (const h of analysis.hints) {
    if (h === hint || h.id === hint.id) continue;
    const overlaps = h.start < hint.end && h.end > hint.start;
    const nested = (h.start <= hint.start && h.end >= hint.end) || (h.start >= hint.start && h.end <= hint.end);
    // Inside a hint of the same kind ("NOT" in "DO NOT THROW"): the wider hint's rewrite mends both.
    if (nested && h.category === hint.category && h.start <= hint.start && h.end >= hint.end && (h.start < hint.start || h.end > hint.end)) {
      why.add('clashes');
      detail.push(`inside ${h.ruleId}: "${h.text}"`);
      continue;
    }
    // On the very same words ("NOTE that fees are NEVER" for "NOTE" and for "NEVER"): one rewrite is enough, the
    // one of the hint whose own words come first (then the longer, then the first found).
    if (h.category === hint.category && h.start === hint.start && h.end === hint.end && comesFirst(h, hint, d, analysis)) {
      why.add('clashes');
      detail.push(`same words as ${h.ruleId}: "${h.text}"`);
      continue;
    }
    if (!overlaps || nested) continue;
    const hs = h.start - lineStart;
    const he = h.end - lineStart;
    if (!changed || changed[1] <= hs || changed[0] >= he) continue; // its words untouched but for case
    const a = Math.min(hs, from);
    const b = Math.max(he + (to - d.end), to);
    if (deletes && !result.hints.some((x) => x.rule.id === h.ruleId && x.start < b && x.end > a)) continue;
    why.add('clashes');
    detail.push(`clashes with ${h.ruleId}: "${h.text}"`);
  }
  // Each of the writer's hints accounts for one hint after: the same rule on the same matched words (a capital
  // aside: "tietenkin" that now starts the sentence), or around the whole rewrite.
  const words = (line: string, h: LineHintLike) =>
    (h.draft ? line.slice(h.draft.matchStart, h.draft.matchEnd) : line.slice(h.start, h.end)).trim().toLowerCase();
  const unused = before.hints.filter((b) => b.rule.id !== hint.ruleId);
  const had = (h: LineHintLike) => {
    const i = unused.findIndex(
      (b) =>
        b.rule.id === h.rule.id && ((b.start <= d.start && b.end >= d.end && h.start <= from && h.end >= to) || words(d.line, b) === words(after, h)),
    );
    if (i >= 0) unused.splice(i, 1);
    return i >= 0;
  };
  for (const h of result.hints) {
    const touches = replacement === '' ? h.start <= from && h.end >= from : h.start < to && h.end > from;
    if (!touches || had(h) || (h.rule.metric?.kind === 'acronyms' && keptAcronym(after.slice(h.start, h.end), d.line.slice(d.start, d.end))))
      continue;
    why.add('raises-hint');
    detail.push(`raises ${h.rule.id}: "${after.slice(h.start, h.end)}"`);
  }
  // Shouting put in small letters leaves none in its sentence: no run in capitals beside the one mended
  // ("HUOMIOIKAA, että … ilman erillistä ilmoitusta." is still shouted at its first word). What shouts is what the
  // rules flag in the line after, so their acronyms stay acronyms.
  // Its sentences are the writer's: "HUOM!! Tunnus…" → "Huom. Tunnus…" still ends one sentence at "Huom.".
  if (lowers) {
    const shift = replacement.length - (d.end - d.start);
    for (const s of sentences(d.line)) {
      if (s.end <= d.start || s.start >= d.end) continue;
      const [a, b] = [s.start <= d.start ? s.start : s.start + shift, s.end >= d.end ? s.end + shift : s.end];
      for (const h of result.hints) {
        if (h.rule.category !== hint.category || h.start < a || h.end > b || !/\p{Lu}{2}/u.test(after.slice(h.start, h.end))) continue;
        why.add('shouting-left');
        detail.push(`shouting-left: "${after.slice(h.start, h.end)}"`);
      }
    }
  }
  // A rewrite may uncover a step the writer's words covered (a stock apology made plain), never add one with
  // words of its own.
  const gained = writesWords ? result.steps & ~before.steps & ~before.cues : 0;
  STEP_IDS.forEach((step: StepId, i) => {
    if (gained & (1 << i) && !analysis.steps[step]) {
      why.add('covers-step');
      detail.push(`covers the step ${step}`);
    }
  });
  // A deletion takes away what it deletes and leaves the rest as it was; other rewrites may not leave fewer
  // negations (no "Lippua ei voi vaihtaa" → "Lippua voimme vaihtaa").
  if (replacement.trim() !== '' && !d.rule.doubleNegative && negations(after, d.lexicon) < negations(d.line, d.lexicon)) {
    why.add('drops-negation');
    detail.push('takes a negation out of the sentence');
  }
  return { why: [...why], detail };
}

/** Whether the hint `h` (on the same span as `hint`, whose draft is `d`) carries the rewrite of that span. */
function comesFirst(h: Hint, hint: Hint, d: Draft, analysis: Analysis): boolean {
  const other = draftOf(h)?.draft;
  if (!other) return false;
  if (other.matchStart !== d.matchStart) return other.matchStart < d.matchStart;
  const a = other.matchEnd - other.matchStart;
  const b = d.matchEnd - d.matchStart;
  if (a !== b) return a > b;
  return analysis.hints.indexOf(h) < analysis.hints.indexOf(hint);
}

/**
 * What a rewrite does to the sentences around it, beyond its line's marks:
 * - a sentence written in place of the writer's that ends on "this"/"det"/"tästä" where no sentence before it in
 *   its paragraph says what "this" is ("Vi beklagar eventuella missförstånd." opening a paragraph → "Jag ber om
 *   ursäkt för det." apologises for nothing named), or where the sentence right before it, the one "this" points
 *   at, is no trouble (thanks, a wish, a question: "Kiitos viestistäsi. Olen pahoillani tästä." is sorry for the
 *   message) or is the reply standing by its charge or its rules (a price list, terms, "correct", or a hint that
 *   it defends or blames: "Avgiften tas ut enligt våra villkor. Vi ber om ursäkt för det." admits a fault
 *   for the fee the reply defends);
 * - a deletion that takes away the word the next sentences lean on ("Kuten jo syyskuussa lähettämässämme
 *   tiedotteessa kerrottiin, …" then "Tiedote kannattaa lukea": the bulletin is no longer mentioned).
 */
function context(
  text: string,
  hint: Hint,
  analysis: Analysis,
  d: Draft,
  replaces: string,
  replacement: string,
  writesWords: boolean,
  deletes: boolean,
): [Refusal, string][] {
  const out: [Refusal, string][] = [];
  // Its paragraph, as far as a reader looks back and on (a window, so that a long reply costs the same per hint).
  let before = text.slice(Math.max(0, hint.start - CONTEXT_REACH), hint.start);
  before = before.slice(before.lastIndexOf('\n\n') + 1);
  let after = text.slice(hint.end, hint.end + CONTEXT_REACH);
  const blank = after.indexOf('\n\n');
  if (blank >= 0) after = after.slice(0, blank);
  if (writesWords && replaces === 'sentence') {
    const last = words(replacement).pop();
    // The words before it in its paragraph, a greeting line aside ("Hei Anna,").
    const said = before
      .split('\n')
      .filter((l) => l.trim() && !/,\s*$/.test(l))
      .join(' ');
    if (last && d.lexicon.refersBack.has(last.lower)) {
      const ante = antecedent(before, hint.start - before.length);
      if (!ante || !/[\p{L}\p{N}]/u.test(said)) out.push(['refers-to-nothing', `"${last.text}" with nothing before it to refer to`]);
      else if (NO_TROUBLE[d.language].test(ante.text) || endsInQuestionMark(ante.text))
        out.push(['refers-to-no-trouble', `"${last.text}" points at "${ante.text}"`]);
      else {
        // The sentence "this" points at stands by the charge, or an earlier one of the paragraph does and this one
        // names no trouble of its own ("Avgiften är korrekt enligt villkoren. Den togs ut den 3 mars.").
        const from = hint.start - before.length;
        const stance = (a: number, b: number, text: string) =>
          analysis.hints.find((h) => STANDS_BY_CATEGORIES.has(h.category) && h.start < b && h.end > a)?.text ??
          text.match(STANDS_BY[d.language])?.[0];
        const stands =
          stance(ante.start, ante.end, ante.text) ?? (NAMES_TROUBLE[d.language].test(ante.text) ? undefined : stance(from, ante.start, said));
        if (stands) out.push(['admits-what-it-defends', `"${last.text}" points at "${ante.text}", in a paragraph that stands by "${stands}"`]);
      }
    }
  }
  if (deletes) {
    const kept = new Set(words(replacement).map((t) => t.lower));
    const later = words(after);
    const earlier = words(before);
    for (const t of words(hint.text)) {
      if (t.lower.length < 6 || kept.has(t.lower) || !/^\p{L}+$/u.test(t.lower)) continue;
      const stem = t.lower.slice(0, 6);
      const leans = later.find((w) => w.lower.startsWith(stem));
      if (leans && !earlier.some((w) => w.lower.startsWith(stem))) out.push(['loses-referent', `"${leans.text}" leans on "${t.text}"`]);
    }
  }
  return out;
}

/**
 * The sentence a "this" at the start of the hint's place points at: the last sentence before it in its paragraph
 * (`before`, which starts at `offset` in the text), a greeting line ("Hei Anna,") aside. Null when there is none.
 */
function antecedent(before: string, offset: number): { text: string; start: number; end: number } | null {
  let lineEnd = before.length;
  while (lineEnd > 0) {
    const lineStart = before.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = before.slice(lineStart, lineEnd);
    if (/[\p{L}\p{N}]/u.test(line) && !/,\s*$/.test(line)) {
      const last = sentences(line, lineStart)
        .filter((s) => s.tokens.length)
        .pop();
      if (last) return { text: before.slice(last.start, last.end).trim(), start: offset + last.start, end: offset + last.end };
    }
    lineEnd = lineStart - 1;
  }
  return null;
}

/** How far back and on a rewrite's paragraph is read for what it refers to. */
const CONTEXT_REACH = 400;

/** How many words either side of a rewrite a word it brings in may not echo. */
const ECHO_REACH = 4;

/**
 * A word of `replacement` (in place of `replaced`, at `from` in `after`) that is not the writer's own and shares its
 * first five letters with a word of the same sentence at most ECHO_REACH words away: "new … near", or null.
 */
function echoes(replaced: string, replacement: string, after: string, from: number): string | null {
  const own = new Set(words(replaced).map((t) => t.lower));
  const fresh = words(replacement).filter((t) => t.lower.length >= 5 && /^\p{L}+$/u.test(t.lower) && !own.has(t.lower));
  if (!fresh.length) return null;
  const to = from + replacement.length;
  const tokens = words(after);
  const first = tokens.findIndex((t) => t.end > from);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < to) last++;
  if (first < 0) return null;
  const near: Token[] = [];
  for (let i = first - 1; i >= 0 && first - i <= ECHO_REACH && !/[.!?]\s/.test(after.slice(tokens[i].end, tokens[i + 1].start)); i--)
    near.push(tokens[i]);
  for (let i = last + 1; i < tokens.length && i - last <= ECHO_REACH && !/[.!?]\s/.test(after.slice(tokens[i - 1].end, tokens[i].start)); i++)
    near.push(tokens[i]);
  for (const f of fresh) {
    const stem = f.lower.slice(0, 5);
    const hit = near.find((n) => n.lower.length >= 5 && n.lower.startsWith(stem));
    if (hit) return `${f.text} … ${hit.text}`;
  }
  return null;
}

/** Letters and digits joined by hyphens, with a digit and a letter in them: a code ("RMA-771092", "KK-2025-0412"). */
const CODE = /(?<![\p{L}\p{N}-])(?=[\p{L}\p{N}-]*\p{N})(?=[\p{L}\p{N}-]*\p{L})[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+(?![\p{L}\p{N}-])/gu;

/** The line's codes (CODE) and the laws and standards it names ("CIDRA 2012"), each with how often it is written. */
function codes(line: string, lexicon: LanguageWords): Map<string, number> {
  const out = new Map<string, number>();
  const add = (code: string) => out.set(code, (out.get(code) ?? 0) + 1);
  for (const m of line.matchAll(CODE)) add(m[0]);
  if (/\p{Lu}{2}[^\n]*\d{4}/u.test(line)) {
    const tokens = words(line);
    tokens.forEach((t, i) => {
      if (namesAStandard(tokens, i, line, lexicon)) add(line.slice(t.start, tokens[i + 1].end));
    });
  }
  return out;
}

/** How often `code` is written in `line` as a whole (not inside a longer code). */
function occurrences(line: string, code: string): number {
  let n = 0;
  for (let at = line.indexOf(code); at >= 0; at = line.indexOf(code, at + 1)) {
    if (!/[\p{L}\p{N}-]/u.test(line[at - 1] ?? '') && !/[\p{L}\p{N}-]/u.test(line[at + code.length] ?? '')) n++;
  }
  return n;
}

/** Where `after` differs from `line`, in `line`'s offsets, or null when they are the same. */
function changedRange(line: string, after: string): [number, number] | null {
  if (line === after) return null;
  let p = 0;
  const most = Math.min(line.length, after.length);
  while (p < most && line[p] === after[p]) p++;
  let q = 0;
  while (q < most - p && line[line.length - 1 - q] === after[after.length - 1 - q]) q++;
  return [p, line.length - q];
}

function negations(line: string, lexicon: LanguageWords): number {
  let n = 0;
  for (const t of words(line)) if (lexicon.negations.has(t.lower) || (lexicon.language === 'en' && t.lower.endsWith("n't"))) n++;
  return n;
}

/** The rule's model sentence in the reply's form of address, with the parts to fill in and what it may replace. */
function model(d: Draft, lineStart: number, ctx: ReplyContext): HintModel | undefined {
  const source = d.rule.model?.[d.language];
  if (!source) return undefined;
  const text = source.replace(/\{([^{}|]*)\|([^{}|]*)\}/g, (_, informal: string, formal: string) => (ctx.address === 'formal' ? formal : informal));
  const fill: [number, number][] = [...text.matchAll(/\[[^\]\n]{1,60}\]/g)].map((m) => [m.index, m.index + m[0].length]);
  const out: HintModel = { text, fill };
  const { sentence, match } = d;
  const extra = match ? sentence.tokens.length - (match.end - match.start) : MODEL_EXTRA_WORDS + 1;
  // Put in place of the sentence only where little of the writer's is lost (never the greeting the sentence
  // opens with: "Hei Maija, olisit lukenut ohjeet."), and never a yes for a no.
  const replaced = d.line.slice(sentence.start, sentence.end);
  const greets = !!match && match.start > 0 && d.lexicon.greetings.has(sentence.tokens[0].lower);
  // A model that sets itself against a no ("What we can do instead is…") goes after the no, so never in its place
  // ("the claim has been refused" has no "not", yet is the no).
  const contrasts = words(text).some((t) => d.lexicon.contrasts.has(t.lower));
  // Nor in place of the writer's thanks ("Thank you for finally sending the documents."): the thanks would go with it.
  const thanks = THANKS[d.language].test(replaced);
  if (
    extra <= MODEL_EXTRA_WORDS &&
    !greets &&
    !contrasts &&
    !thanks &&
    (d.rule.doubleNegative || negations(text, d.lexicon) >= negations(replaced, d.lexicon))
  ) {
    out.replaces = { start: lineStart + sentence.start, end: lineStart + sentence.end };
  }
  return out;
}
