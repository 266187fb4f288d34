/**
 * A rule's examples are its tests: every `match` example must get a hint from the rule, no `noMatch`
 * example may, and every rewrite example must read exactly as written after each rewrite the rule offers on
 * it is applied (`after` is the one rewrite offered, or the list of them, [] for none). `savy ruleset test`,
 * the team-ruleset loader and the rule workbench run them.
 */
import { Analyzer, StepLimitExceeded, withStepLimit } from '../engine/analyze';
import { compileRuleset, type CompiledRuleset } from '../engine/compile';
import { offerRewrites } from '../rewrite/check';
import { EXAMPLES_TOO_COSTLY, examplesStepLimit } from './budget';
import { type LanguageData, withLanguageData } from './merge';
import type { RewriteExample, Rule, Ruleset } from './schema';

/** The examples would take more matching work than a ruleset may (budget.ts): the ruleset is refused. */
export class ExamplesTooCostly extends Error {
  constructor() {
    super(EXAMPLES_TOO_COSTLY);
  }
}

export interface ExampleFailure {
  ruleId: string;
  example: string;
  expected: 'match' | 'noMatch' | 'rewrite';
  /** JSON path of the example. */
  path: string;
  /** For a rewrite example: the texts it should read as, and those the rewrites gave. */
  want?: string[];
  got?: string[];
}

export interface RuleExamplesResult {
  passed: number;
  failures: ExampleFailure[];
  /** Rewrites (by position in the rule's `suggestions`) that no rewrite example shows offered. */
  untested: { ruleId: string; index: number; path: string }[];
}

/**
 * Runs the examples; throws ExamplesTooCostly past the step budget for their length. `base` is the language data the
 * rules will run on in force (the bundled ruleset's: lib/ruleset/merge.ts `withLanguageData`), so that a team's
 * examples are read as the coach will read them: names after a greeting, negations, a signature, the language.
 */
export function testRuleset(ruleset: Ruleset, base?: LanguageData): RuleExamplesResult {
  const rs = base ? withLanguageData(ruleset, base) : ruleset;
  try {
    return withStepLimit(examplesStepLimit(rs), () => runExamples(rs));
  } catch (e) {
    if (e instanceof StepLimitExceeded) throw new ExamplesTooCostly();
    throw e;
  }
}

function runExamples(ruleset: Ruleset): RuleExamplesResult {
  const compiled = compileRuleset(ruleset);
  const out: RuleExamplesResult = { passed: 0, failures: [], untested: [] };
  ruleset.rules.forEach((rule, i) => {
    const analyzer = analyzerFor(compiled, rule);
    const check = (example: string, j: number, expected: 'match' | 'noMatch') => {
      const found = analyzer.analyze(example).hints.some((h) => h.ruleId === rule.id);
      if (found === (expected === 'match')) out.passed++;
      else out.failures.push({ ruleId: rule.id, example, expected, path: `$.rules[${i}].examples.${expected}[${j}]` });
    };
    rule.examples.match.forEach((e, j) => {
      check(e, j, 'match');
    });
    rule.examples.noMatch.forEach((e, j) => {
      check(e, j, 'noMatch');
    });
    const shown = new Set<number>();
    (rule.examples.rewrites ?? []).forEach((e, j) => {
      const result = tryRewriteExample(compiled, rule, e);
      for (const k of result.from) shown.add(k);
      if (sameList(result.got, result.want)) out.passed++;
      else
        out.failures.push({
          ruleId: rule.id,
          example: e.before,
          expected: 'rewrite',
          path: `$.rules[${i}].examples.rewrites[${j}]`,
          want: result.want,
          got: result.got,
        });
    });
    rule.suggestions.forEach((_, k) => {
      if (!shown.has(k)) out.untested.push({ ruleId: rule.id, index: k, path: `$.rules[${i}].suggestions[${k}]` });
    });
  });
  return out;
}

function analyzerFor(compiled: CompiledRuleset, rule: Rule): Analyzer {
  return new Analyzer(compiled, {
    lang: rule.languages.length === 1 ? rule.languages[0] : 'auto',
    fallbackLanguage: rule.languages[0],
    keepRule: rule.id,
  });
}

/**
 * A rewrite example tried: each rewrite the rule's first hint on `before` offers, applied. `from` tells which of
 * the rule's rewrites they came from.
 */
export function tryRewriteExample(compiled: CompiledRuleset, rule: Rule, example: RewriteExample): { want: string[]; got: string[]; from: number[] } {
  const want = typeof example.after === 'string' ? [example.after] : example.after;
  const text = example.before;
  const analysis = analyzerFor(compiled, rule).analyze(text);
  const hint = analysis.hints.find((h) => h.ruleId === rule.id);
  if (!hint) return { want, got: ['(no hint of this rule)'], from: [] };
  const offer = offerRewrites(hint, text, analysis, compiled);
  return { want, got: offer.suggestions.map((s) => text.slice(0, hint.start) + s + text.slice(hint.end)), from: offer.from };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
