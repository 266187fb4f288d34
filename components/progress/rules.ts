/**
 * What a rule means and an example of the better form, from the bundled ruleset (lib/index.ts bundledRuleset()).
 * The better form is the rule's own first example run through the engine with the rule's first rewrite applied,
 * so word groups ($1, $2) are filled in as the writer would see them, never shown as a template.
 */
import { bundledRuleset } from '../../lib/ruleset/bundled';
import { Analyzer } from '../../lib/engine/analyze';
import { compileRuleset, type CompiledRuleset } from '../../lib/engine/compile';
import { localize, type Language } from '../../lib/coaching';
import type { Rule } from '../../lib/ruleset/schema';

export { categoryName, categoryDescription as categoryBetter } from '../categories';

export interface RuleInfo {
  message: string;
  example?: string;
  better?: string;
  /** The language the example is in (for its lang attribute). */
  exampleLang?: Language;
}

let compiled: CompiledRuleset | undefined;
const cache = new Map<string, { example?: string; better?: string; exampleLang?: Language }>();

function betterForm(rule: Rule): { example?: string; better?: string; exampleLang?: Language } {
  const example = rule.examples.match[0];
  const exampleLang = rule.languages[0];
  if (!example) return {};
  try {
    compiled ??= compileRuleset(bundledRuleset());
    const hint = new Analyzer(compiled, { lang: exampleLang }).analyze(example).hints.find((h) => h.ruleId === rule.id);
    const rewrite = hint?.suggestions.find((s) => s.trim() && !/\$\d/.test(s));
    if (!hint || rewrite === undefined) return { example, exampleLang };
    const better = (example.slice(0, hint.start) + rewrite + example.slice(hint.end)).replace(/\s{2,}/g, ' ').replace(/\s+([.,!?])/g, '$1').trim();
    return { example, better: better !== example ? better : undefined, exampleLang };
  } catch {
    return { example, exampleLang };
  }
}

let rules: Map<string, Rule> | undefined;

export function ruleInfo(ruleId: string, lang: Language, fallbackMessage = ''): RuleInfo {
  rules ??= new Map(bundledRuleset().rules.map((r) => [r.id, r]));
  const r = rules.get(ruleId);
  if (!r) return { message: fallbackMessage };
  let forms = cache.get(ruleId);
  if (!forms) cache.set(ruleId, (forms = betterForm(r)));
  return { message: localize(r.message, lang) || fallbackMessage, ...forms };
}
