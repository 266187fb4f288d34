/** What a rule means and an example of the better form, from the bundled ruleset (lib/index.ts bundledRuleset()). */
import { bundledRuleset } from '../../lib/ruleset/bundled';
import type { Rule } from '../../lib/ruleset/schema';
import { CATEGORIES, localize, type BuiltInCategoryId, type Language } from '../../lib/coaching';

export interface RuleInfo {
  message: string;
  example?: string;
  better?: string;
}

let index: Map<string, { message: Record<string, string>; example?: string; better?: string }> | undefined;

export function ruleInfo(ruleId: string, lang: Language, fallbackMessage = ''): RuleInfo {
  index ??= new Map(
    bundledRuleset().rules.map((r) => [r.id, { message: r.message as Record<string, string>, ...betterForm(r) }]),
  );
  const r = index.get(ruleId);
  if (!r) return { message: fallbackMessage };
  return { message: localize(r.message, lang) || fallbackMessage, example: r.example, better: r.better };
}

export function categoryName(id: string, lang: Language): string {
  return (CATEGORIES as Record<string, { name: Record<Language, string> } | undefined>)[id]?.name[lang] ?? id;
}

export function categoryBetter(id: string, lang: Language): string {
  return (CATEGORIES as Record<string, { description: Record<Language, string> } | undefined>)[id as BuiltInCategoryId]?.description[lang] ?? '';
}

/**
 * An example of the rule and the better form it teaches, as the writer would read them in a reply: the first
 * rewrite example before and after applying, or the first match and the rule's model sentence (never a bare
 * template such as "tämä").
 */
function betterForm(rule: Rule): { example?: string; better?: string } {
  const rewrite = rule.examples.rewrites?.find((e) => (typeof e.after === 'string' ? e.after : e.after[0]));
  if (rewrite) return { example: rewrite.before, better: typeof rewrite.after === 'string' ? rewrite.after : rewrite.after[0] };
  return { example: rule.examples.match[0], better: rule.languages.map((l) => rule.model?.[l]).find(Boolean) };
}
