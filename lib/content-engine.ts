/**
 * The engine as the content script loads it: the analyzer and the compiled bundled ruleset, without the
 * ruleset schema (zod) that lib/index.ts re-exports for the CLI and the options page. Keeps the content
 * script small. Pure: no browser globals.
 */
import { Analyzer, type AnalyzeOptions } from './engine/analyze';
import { compileRuleset, type CompiledRuleset } from './engine/compile';
import { bundledRuleset } from './ruleset/bundled';

let compiled: CompiledRuleset | undefined;

export function contentRuleset(): CompiledRuleset {
  return (compiled ??= compileRuleset(bundledRuleset()));
}

export function createAnalyzer(options: AnalyzeOptions, ruleset: CompiledRuleset = contentRuleset()): Analyzer {
  return new Analyzer(ruleset, options);
}
