/**
 * The engine as the content script loads it: the analyzer and the compiled bundled ruleset, without the
 * ruleset schema (zod) that lib/index.ts re-exports for the CLI and the options page. Keeps the content
 * script small. Pure: no browser globals.
 */
import { Analyzer, type AnalyzeOptions } from './engine/analyze';
import { compileRuleset, type CompiledRuleset } from './engine/compile';
import { bundledRuleset } from './ruleset/bundled';
import { mergeRulesets } from './ruleset/merge';
import type { Ruleset } from './ruleset/schema';

let compiled: CompiledRuleset | undefined;

export function contentRuleset(): CompiledRuleset {
  return (compiled ??= compileRuleset(bundledRuleset()));
}

export function createAnalyzer(options: AnalyzeOptions, ruleset: CompiledRuleset = contentRuleset()): Analyzer {
  return new Analyzer(ruleset, options);
}

/** Bundled rules with the team and personal layers (lib/team/layers.ts `rulesetLayers`) on top, compiled. */
export function contentRulesetWithLayers(layers: readonly Ruleset[]): CompiledRuleset {
  return layers.length ? compileRuleset(mergeRulesets(bundledRuleset(), ...layers)) : contentRuleset();
}
