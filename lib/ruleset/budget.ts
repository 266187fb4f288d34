/**
 * What a whole ruleset may cost. Each pattern is held to PATTERN_STEP_BUDGET at one word (lib/pattern/cost.ts);
 * a ruleset of many patterns tried at every word could still add up, so before a ruleset is accepted the
 * engine reads its worst-case text (the ruleset's own words: every pattern written out, every optional part
 * taken and every gap filled, so that every pattern is tried and runs as far as it can) with a step limit, and
 * its examples run under a limit too. Steps are the matcher's own count (vmStats), never time, so the verdict
 * is the same on a busy machine. The bundled rules take about 9 steps a word on theirs, and
 * about 8 a word on their examples.
 */
import { LANGUAGES, type Language } from '../coaching';
import { Analyzer, StepLimitExceeded, withStepLimit } from '../engine/analyze';
import { compileRuleset } from '../engine/compile';
import { worstCaseSteps } from '../pattern/match';
import { parsePattern, type PatternNode } from '../pattern/parse';
import type { Rule, Ruleset, RulesetProblem } from './schema';

/** Matcher steps the rules of one ruleset may take, together, per word of their worst-case text. */
export const WORD_STEP_BUDGET = 500;
/** The worst-case text is cut at this many words (enough to try every pattern of a 1 MB ruleset many times). */
const MAX_WORDS = 50_000;

/**
 * The worst-case text of a ruleset in one language: each pattern's words as a match of it would have them
 * (each distinct one once), all on one line, so that at every word every pattern that can start there is
 * tried (one line per pattern would let the analyser's line cache read a repeated pattern only once).
 */
export function worstCaseText(ruleset: Ruleset, language: Language, maxWords = MAX_WORDS): { text: string; words: number } {
  const seen = new Set<string>();
  const parts: string[] = [];
  let count = 0;
  const add = (source: string) => {
    if (count >= maxWords) return;
    try {
      const words = wordsOf(parsePattern(source, language));
      const phrase = words.join(' ');
      if (!words.length || seen.has(phrase)) return;
      seen.add(phrase);
      parts.push(phrase);
      count += words.length;
    } catch {
      // A pattern that does not parse is reported by validation.
    }
  };
  const exception = (e: string | { pattern: string }) => add(typeof e === 'string' ? e : e.pattern);
  for (const rule of ruleset.rules) {
    if (!rule.languages.includes(language)) continue;
    for (const p of rule.patterns ?? []) add(p);
    for (const e of rule.exceptions) exception(e);
    for (const e of rule.requires ?? []) exception(e);
  }
  for (const step of Object.values(ruleset.steps)) {
    for (const c of [...(step?.cues[language] ?? []), ...(step?.weak?.[language] ?? [])]) add(c);
    for (const e of step?.exceptions?.[language] ?? []) exception(e);
  }
  // Twice, so that patterns also run into each other's words.
  return count ? { text: `${parts.join(' ')} ${parts.join(' ')}`, words: 2 * count } : { text: '', words: 0 };
}

/** The words of a pattern's longest match: options all written out, optional parts taken, gaps filled. */
function wordsOf(node: PatternNode): string[] {
  switch (node.kind) {
    case 'word':
      return [node.glob.replace(/\*/g, '').toLowerCase() || 'x'];
    case 'any':
      return ['x'];
    case 'number':
      return ['12'];
    case 'gap':
      return Array.from({ length: node.max }, () => 'x');
    case 'opt':
      return wordsOf(node.node);
    case 'seq':
    case 'alt': {
      const items = node.kind === 'seq' ? node.items : node.options;
      const out: string[] = [];
      for (const item of items) for (const w of wordsOf(item)) out.push(w);
      return out;
    }
  }
}

/**
 * The ruleset as the budget measures it: each step cue (and weak phrase) becomes a rule. (The analyser stops trying a step's cues in
 * a sentence once one is found, which a worst-case text made of the cues' own words would always do; a reply
 * that lacks them would try them all at every word.)
 */
function measured(ruleset: Ruleset): Ruleset {
  const rules: Rule[] = [...ruleset.rules];
  for (const [step, def] of Object.entries(ruleset.steps)) {
    for (const language of LANGUAGES) {
      // Weak phrases run like cues (with no exceptions: lib/engine/compile.ts).
      const cues = [...(def?.cues[language] ?? []), ...(def?.weak?.[language] ?? [])];
      if (!cues.length) continue;
      cues.forEach((cue, i) => {
        rules.push({
          id: `steps.${step}.${language}.${i}`,
          category: 'cue',
          severity: 'info',
          languages: [language],
          patterns: [cue],
          exceptions: def?.exceptions?.[language] ?? [],
          message: {},
          suggestions: [],
          examples: { match: [], noMatch: [] },
        });
      });
    }
  }
  return { ...ruleset, rules, steps: {}, disable: { rules: [], categories: [] }, overrides: {} };
}

const TOO_COSTLY =
  "the limit that keeps any ruleset from freezing a writer's browser; start patterns with a word rather than _, # or an " +
  'optional part, and use fewer gaps and optional parts';

/**
 * Whether the ruleset's rules and cues, together, stay within WORD_STEP_BUDGET matcher steps per word: those
 * tried at every word of any reply (they start with _, # or an optional part and need no particular word) at
 * their worst, and all of them on the ruleset's worst-case text. A problem at "$" when not.
 */
export function rulesetCostProblem(ruleset: Ruleset): RulesetProblem | null {
  const rs = measured(ruleset);
  const compiled = compileRuleset(rs);
  for (const language of LANGUAGES) {
    const index = compiled.languages[language];
    let everywhere = 0;
    for (const entry of new Set([...index.any, ...index.number].map((slot) => slot.entry))) {
      if (entry.anchor < 0) everywhere += worstCaseSteps(entry.program, WORD_STEP_BUDGET);
      if (everywhere > WORD_STEP_BUDGET) {
        return {
          path: '$',
          message:
            `the patterns tried at every word (they start with _, # or an optional part, and need no particular word) take more than ` +
            `${WORD_STEP_BUDGET.toLocaleString('en')} matcher steps per word together in ${language} (${TOO_COSTLY})`,
        };
      }
    }
    const { text, words } = worstCaseText(rs, language);
    if (!words) continue;
    try {
      withStepLimit(words * WORD_STEP_BUDGET, () => new Analyzer(compiled, { lang: language }).analyze(text));
    } catch (e) {
      if (!(e instanceof StepLimitExceeded)) throw e;
      return {
        path: '$',
        message:
          `the rules together take too much work: more than ${WORD_STEP_BUDGET.toLocaleString('en')} matcher steps per word ` +
          `on a text of their own words in ${language} (${TOO_COSTLY})`,
      };
    }
  }
  return null;
}

/**
 * Steps the examples of a ruleset may take: the budget per word of their text, and one pattern's worth more. A
 * rewrite example's line is read once, then again for each of the rule's rewrites (lib/rewrite/check.ts).
 */
export function examplesStepLimit(ruleset: Ruleset): number {
  let words = 0;
  for (const rule of ruleset.rules) {
    for (const e of [...rule.examples.match, ...rule.examples.noMatch]) words += e.split(/\s+/).length + 1;
    for (const e of rule.examples.rewrites ?? []) words += (e.before.split(/\s+/).length + 1) * (2 + rule.suggestions.length);
  }
  return (words + 10) * WORD_STEP_BUDGET;
}

export const EXAMPLES_TOO_COSTLY =
  "the rules' examples take too much matching work (more than the budget per word that keeps any ruleset from freezing a writer's browser); " +
  'use fewer gaps and optional parts, or shorter examples';
