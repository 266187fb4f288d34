/** What a rule means and an example of the better form, from the bundled ruleset (lib/index.ts bundledRuleset()). */
import { bundledRuleset } from '../../lib/ruleset/bundled';
import { CATEGORIES, localize, type BuiltInCategoryId, type Language } from '../../lib/coaching';

export interface RuleInfo {
  message: string;
  example?: string;
  better?: string;
}

let index: Map<string, { message: Record<string, string>; example?: string; better?: string }> | undefined;

export function ruleInfo(ruleId: string, lang: Language, fallbackMessage = ''): RuleInfo {
  index ??= new Map(
    bundledRuleset().rules.map((r) => [r.id, { message: r.message as Record<string, string>, example: r.examples.match[0], better: r.suggestions.find((s) => s.trim()) }]),
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
