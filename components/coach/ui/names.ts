import { STEPS, type Language, type StepId } from '../../../lib/coaching';

/** Built-in and team category names, one lookup for every page and the coach (components/categories.ts). */
export { categoryName } from '../../categories';

export function stepName(id: StepId, lang: Language): string {
  return STEPS[id].name[lang];
}
