/** Sävy's engine, as the content script, the CLI and the tests use it. Pure TypeScript, no browser globals. */
import { Analyzer, type Analysis, type AnalyzeOptions } from './engine/analyze';
import { compileRuleset, type CompiledRuleset } from './engine/compile';
import { bundledRuleset } from './ruleset/bundled';
import { withRewrites } from './rewrite/check';

export * from './coaching';
export type { Analysis, AnalyzeOptions, Hint, HintModel, StepCue } from './engine/analyze';
export { offerRewrites, withRewrites, type Offer } from './rewrite/check';
export { Analyzer, weakSteps } from './engine/analyze';
export { compileRuleset, type CompiledRuleset } from './engine/compile';
export { bundledRuleset } from './ruleset/bundled';
export { mergeRulesets, personalLayer } from './ruleset/merge';
export { parseRuleset, validateRuleset, type Ruleset, type RulesetProblem } from './ruleset/schema';
export { testRuleset, type ExampleFailure } from './ruleset/examples';
export { rulesInForce, rulesetInForce } from './rules';

let compiledBundled: CompiledRuleset | undefined;

export function compiledBundledRuleset(): CompiledRuleset {
  return (compiledBundled ??= compileRuleset(bundledRuleset()));
}

export interface AnalyzeTextOptions extends AnalyzeOptions {
  ruleset?: CompiledRuleset;
}

/**
 * One-off analysis of a reply (docs/contract.md §1), with every hint's rewrites checked and offered. For live editing
 * use `new Analyzer(...)`, which is incremental and leaves rewrites to be offered when a hint is shown
 * (`offerRewrites`).
 */
export function analyze(text: string, options: AnalyzeTextOptions = {}): Analysis {
  const compiled = options.ruleset ?? compiledBundledRuleset();
  return withRewrites(text, new Analyzer(compiled, options).analyze(text), compiled);
}
