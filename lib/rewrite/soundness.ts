/**
 * Reading offered rewrites after the fact, as a reviewer would: each one applied in place of its hint's text,
 * the reply read again. Used by the soundness test over every corpus, `npm run eval` and
 * scripts/rewrites-review.ts. Independent of the checker's own bookkeeping (check.ts): only the public
 * analysis and the mechanical marks.
 */
import type { Analysis, Hint } from '../engine/analyze';
import { STEP_IDS } from '../coaching';
import { keptAcronym } from '../text/acronyms';
import { sentences, words } from '../text/tokens';
import { bundledRuleset } from '../ruleset/bundled';
import type { Ruleset } from '../ruleset/schema';
import { replyContext, shoutWords } from './context';
import { addedMarks } from './marks';
import { type LanguageWords, languageWords } from './words';

export interface AppliedRewrite {
  hint: Hint;
  /** The suggestion, as offered. */
  replacement: string;
  /** The whole text after applying it. */
  after: string;
  /** The paragraph (text between blank lines) around the rewrite, before and after. */
  paragraphBefore: string;
  paragraphAfter: string;
}

/** Every offered rewrite of an analysis, applied. */
export function appliedRewrites(text: string, analysis: Analysis): AppliedRewrite[] {
  const out: AppliedRewrite[] = [];
  for (const hint of analysis.hints) {
    for (const replacement of hint.suggestions) {
      const after = text.slice(0, hint.start) + replacement + text.slice(hint.end);
      const [a, b] = paragraphAround(text, hint.start, hint.end);
      out.push({
        hint,
        replacement,
        after,
        paragraphBefore: text.slice(a, b),
        paragraphAfter: after.slice(a, b + replacement.length - (hint.end - hint.start)),
      });
    }
  }
  return out;
}

function paragraphAround(text: string, start: number, end: number): [number, number] {
  let a = text.lastIndexOf('\n\n', start - 1);
  a = a < 0 ? 0 : a + 2;
  let b = text.indexOf('\n\n', end);
  if (b < 0) b = text.length;
  return [a, b];
}

function lineAround(text: string, start: number, end: number): [number, number] {
  const a = text.lastIndexOf('\n', start - 1) + 1;
  let b = text.indexOf('\n', end);
  if (b < 0) b = text.length;
  return [a, b];
}

/**
 * What is wrong with an applied rewrite, mechanically: the marks it adds to its line, hints it raises where it
 * changed the text, steps it ticks that were not ticked, negations it takes out. `reanalyze` reads a text as the
 * offer was made (the same rules and language); `options.ruleset` is their ruleset (default: the bundled one), whose
 * shouting words (acronyms, abbreviations) and language word lists the marks read.
 */
export function soundnessProblems(
  text: string,
  analysis: Analysis,
  applied: AppliedRewrite,
  reanalyze: (text: string) => Analysis,
  options: { doubleNegative?: boolean; ruleset?: Ruleset } = {},
): string[] {
  const { hint, replacement, after } = applied;
  const problems: string[] = [];
  const [a, b] = lineAround(text, hint.start, hint.end);
  const lineBefore = text.slice(a, b);
  const lineAfter = after.slice(a, b + replacement.length - (hint.end - hint.start));
  const ruleset = options.ruleset ?? bundledRuleset();
  const lexicon = languageWords(ruleset.rewriting, analysis.language);
  const ctx = replyContext(text, lexicon, shoutWords(ruleset.rules, analysis.language));
  for (const m of addedMarks(lineBefore, lineAfter, lexicon, ctx)) problems.push(`${m.kind}: "${m.text}"`);
  const next = reanalyze(after);
  const from = hint.start;
  const to = hint.start + replacement.length;
  const shift = replacement.length - (hint.end - hint.start);
  for (const h of next.hints) {
    const touches = replacement === '' ? h.start <= from && h.end >= from : h.start < to && h.end > from;
    if (!touches || (h.category === 'jargon' && keptAcronym(h.text, hint.text))) continue;
    // Not new: the same rule on the same words before (around the rewrite, or the same words moved by it, whatever
    // their case: "EI VOI TEHDÄ" flagged before a shouting fix is the same hint as "ei voi tehdä" after it, as the
    // checker reads it too).
    const same = (o: { text: string }) => o.text.toLowerCase() === h.text.toLowerCase();
    const old = analysis.hints.some(
      (o) =>
        o.ruleId === h.ruleId &&
        o.id !== hint.id &&
        ((o.start <= hint.start && o.end >= hint.end && h.start <= from && h.end >= to) ||
          (same(o) && (o.start === h.start || o.start + shift === h.start))),
    );
    if (!old) problems.push(`raises ${h.ruleId}: "${h.text}"`);
  }
  // Shouting put in small letters leaves no run in capitals in its sentence (the rules' own reading of the text after).
  if (hint.category === 'shouting' && capitals(replacement) < capitals(hint.text)) {
    // The writer's sentences: "HUOM!! Tunnus…" → "Huom. Tunnus…" still ends one sentence at "Huom.".
    for (const s of sentences(lineBefore, a)) {
      if (s.end <= hint.start || s.start >= hint.end) continue;
      const [sa, sb] = [s.start <= hint.start ? s.start : s.start + shift, s.end >= hint.end ? s.end + shift : s.end];
      for (const h of next.hints) {
        if (h.category === 'shouting' && h.start >= sa && h.end <= sb && /\p{Lu}{2}/u.test(h.text))
          problems.push(`leaves shouting in its sentence: "${h.text}"`);
      }
    }
  }
  for (const s of STEP_IDS) if (next.steps[s] && !analysis.steps[s] && s === 'next-steps') problems.push(`ticks ${s}`);
  if (replacement.trim() && !options.doubleNegative && negations(lineAfter, lexicon) < negations(lineBefore, lexicon)) {
    problems.push('takes a negation out');
  }
  return problems;
}

function negations(line: string, lexicon: LanguageWords): number {
  let n = 0;
  for (const t of words(line)) if (lexicon.negations.has(t.lower) || (lexicon.language === 'en' && t.lower.endsWith("n't"))) n++;
  return n;
}

function capitals(text: string): number {
  return text.match(/\p{Lu}/gu)?.length ?? 0;
}
