import { categoryNameIn, type Language, type StepId } from '../../../lib/coaching';
import { declaredCategories } from '../../categories';
import { coachText } from '../text';

/**
 * Built-in and team category names, as every page names them (components/categories.ts), the built-in names from
 * the coach's text (components/coach/text.ts).
 */
export function categoryName(id: string, lang: Language): string {
  return categoryNameIn(coachText().categories, id, lang, declaredCategories());
}

export function stepName(id: StepId, lang: Language): string {
  return coachText().steps[id].name[lang];
}

/** What would make a weakly covered step strong. */
export function stepStrong(id: StepId, lang: Language): string {
  return coachText().steps[id].strong[lang];
}
