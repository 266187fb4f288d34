/**
 * The engine as the content script loads it: the analyzer and the bundled ruleset without what it never
 * reads: not the ruleset schema (zod) that lib/index.ts re-exports for the CLI and the options page, and not
 * the rules' embedded examples (the `?coach` imports, scripts/vite-coach-rulesets.ts). Keeps the content
 * script small. tests/unit/coach-engine.test.ts checks it equals bundledRuleset() but for the examples.
 * Pure: no browser globals.
 */
import { Analyzer, type AnalyzeOptions } from './engine/analyze';
import { compileRuleset, type CompiledRuleset } from './engine/compile';
import en from './rulesets/en.json?coach';
import fi from './rulesets/fi.json?coach';
import learned from './rulesets/learned.json?coach';
import sv from './rulesets/sv.json?coach';
import { mergeBundled } from './ruleset/bundled';
import type { Ruleset } from './ruleset/schema';

let bundled: Ruleset | undefined;
let compiled: CompiledRuleset | undefined;

/** bundledRuleset() as lib/ruleset/bundled.ts merges it, from the slim sources. */
export function contentBundledRuleset(): Ruleset {
  return (bundled ??= mergeBundled([fi, en, sv, learned]));
}

export function contentRuleset(): CompiledRuleset {
  return (compiled ??= compileRuleset(contentBundledRuleset()));
}

export function createAnalyzer(options: AnalyzeOptions, ruleset: CompiledRuleset = contentRuleset()): Analyzer {
  return new Analyzer(ruleset, options);
}

/** With the team's and the writer's layers on top: lib/rules.ts `rulesInForce`. */
