/**
 * Category names on this page or in this frame: the built-in ones, and the team's own as the ruleset in force
 * declares them. Whoever receives the ruleset declares its categories here once (the content script when its rules
 * arrive, the practice and progress pages from the active ruleset, the options page from the team ruleset and the
 * workbench draft); everything that shows a category asks `categoryName` (lib/coaching.ts does the lookup).
 */
import { categoryDescription as describe, categoryName as nameOf, type DeclaredCategory, type Language } from '../lib/coaching';

let declared: readonly DeclaredCategory[] = [];

/** The categories the ruleset in force declares (anything not a list counts as none). */
export function declareCategories(list: unknown): void {
  declared = Array.isArray(list)
    ? list.filter((c): c is DeclaredCategory => !!c && typeof c === 'object' && typeof c.id === 'string' && !!c.name && typeof c.name === 'object')
    : [];
}

export function declaredCategories(): readonly DeclaredCategory[] {
  return declared;
}

export function categoryName(id: string, lang: Language, extra: readonly DeclaredCategory[] = []): string {
  return nameOf(id, lang, extra.length ? [...extra, ...declared] : declared);
}

export function categoryDescription(id: string, lang: Language, extra: readonly DeclaredCategory[] = []): string {
  return describe(id, lang, extra.length ? [...extra, ...declared] : declared);
}
