/** Sävy's engine, as the content script, the CLI and the tests use it. Pure TypeScript, no browser globals. */
import { Analyzer, type Analysis, type AnalyzeOptions } from './engine/analyze';
import { compileRuleset, type CompiledRuleset } from './engine/compile';
import { bundledRuleset } from './ruleset/bundled';

export * from './coaching';
export type { Analysis, AnalyzeOptions, Hint, StepCue } from './engine/analyze';
export { Analyzer, weakSteps } from './engine/analyze';
export { compileRuleset, type CompiledRuleset } from './engine/compile';
export { bundledRuleset } from './ruleset/bundled';
export { mergeRulesets, personalLayer } from './ruleset/merge';
export { parseRuleset, validateRuleset, type Ruleset, type RulesetProblem } from './ruleset/schema';
export { testRuleset, type ExampleFailure } from './ruleset/examples';
export { rulesInForce } from './rules';

let compiledBundled: CompiledRuleset | undefined;

export function compiledBundledRuleset(): CompiledRuleset {
  return (compiledBundled ??= compileRuleset(bundledRuleset()));
}

export interface AnalyzeTextOptions extends AnalyzeOptions {
  ruleset?: CompiledRuleset;
}

/** One-off analysis of a reply (docs/contract.md §1). For live editing use `new Analyzer(...)`, which is incremental. */
export function analyze(text: string, options: AnalyzeTextOptions = {}): Analysis {
  return new Analyzer(options.ruleset ?? compiledBundledRuleset(), options).analyze(text);
}
