/**
 * What a rule means and an example of the better form, from the bundled ruleset (lib/index.ts bundledRuleset()).
 * The better form is the rule's first rewrite example (before and after applying, as its tests check it), else the
 * rule's own first example run through the engine with the first rewrite the checker offers applied, else the
 * rule's model sentence: filled in as the writer would see it, never shown as a template.
 */
import { bundledRuleset } from '../../lib/ruleset/bundled';
import { Analyzer } from '../../lib/engine/analyze';
import { compileRuleset, type CompiledRuleset } from '../../lib/engine/compile';
import { localize, type Language } from '../../lib/coaching';
import { withRewrites } from '../../lib/rewrite/check';
import type { Rule } from '../../lib/ruleset/schema';
import { bestLanguage, languageDetector, scoreTokens } from '../../lib/text/language';
import { words } from '../../lib/text/tokens';

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

function languageOf(rule: Rule, text: string): Language {
  return rule.languages.length === 1
    ? rule.languages[0]
    : (bestLanguage(scoreTokens(words(text), languageDetector(bundledRuleset().functionWords))) ?? rule.languages[0]);
}

function betterForm(rule: Rule): { example?: string; better?: string; exampleLang?: Language } {
  const shown = rule.examples.rewrites?.find((e) => (typeof e.after === 'string' ? e.after : e.after[0]));
  if (shown)
    return {
      example: shown.before,
      better: typeof shown.after === 'string' ? shown.after : shown.after[0],
      exampleLang: languageOf(rule, shown.before),
    };
  const example = rule.examples.match[0];
  const exampleLang = rule.languages[0];
  const model = rule.model?.[exampleLang];
  if (!example) return {};
  try {
    compiled ??= compileRuleset(bundledRuleset());
    const hint = withRewrites(example, new Analyzer(compiled, { lang: exampleLang }).analyze(example), compiled).hints.find(
      (h) => h.ruleId === rule.id,
    );
    const rewrite = hint?.suggestions[0];
    if (!hint || rewrite === undefined) return { example, better: model, exampleLang };
    const better = example.slice(0, hint.start) + rewrite + example.slice(hint.end);
    return { example, better: better !== example ? better : model, exampleLang };
  } catch {
    return { example, better: model, exampleLang };
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
