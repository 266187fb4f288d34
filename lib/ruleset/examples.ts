/**
 * A rule's examples are its tests: every `match` example must get a hint from the rule, no `noMatch`
 * example may. `savy ruleset test` and the team-ruleset loader both run them.
 */
import { Analyzer, StepLimitExceeded, withStepLimit } from '../engine/analyze';
import { compileRuleset } from '../engine/compile';
import { EXAMPLES_TOO_COSTLY, examplesStepLimit } from './budget';
import type { Ruleset } from './schema';

/** The examples would take more matching work than a ruleset may (budget.ts): the ruleset is refused. */
export class ExamplesTooCostly extends Error {
  constructor() {
    super(EXAMPLES_TOO_COSTLY);
  }
}

export interface ExampleFailure {
  ruleId: string;
  example: string;
  expected: 'match' | 'noMatch';
  /** JSON path of the example. */
  path: string;
}

/** Runs the examples; throws ExamplesTooCostly past the step budget for their length. */
export function testRuleset(ruleset: Ruleset): { passed: number; failures: ExampleFailure[] } {
  try {
    return withStepLimit(examplesStepLimit(ruleset), () => runExamples(ruleset));
  } catch (e) {
    if (e instanceof StepLimitExceeded) throw new ExamplesTooCostly();
    throw e;
  }
}

function runExamples(ruleset: Ruleset): { passed: number; failures: ExampleFailure[] } {
  const compiled = compileRuleset(ruleset);
  const failures: ExampleFailure[] = [];
  let passed = 0;
  ruleset.rules.forEach((rule, i) => {
    const analyzer = new Analyzer(compiled, {
      lang: rule.languages.length === 1 ? rule.languages[0] : 'auto',
      fallbackLanguage: rule.languages[0],
    });
    const check = (example: string, j: number, expected: 'match' | 'noMatch') => {
      const found = analyzer.analyze(example).hints.some((h) => h.ruleId === rule.id);
      if (found === (expected === 'match')) passed++;
      else failures.push({ ruleId: rule.id, example, expected, path: `$.rules[${i}].examples.${expected}[${j}]` });
    };
    rule.examples.match.forEach((e, j) => check(e, j, 'match'));
    rule.examples.noMatch.forEach((e, j) => check(e, j, 'noMatch'));
  });
  return { passed, failures };
}
