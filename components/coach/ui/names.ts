import { CATEGORIES, STEPS, type Language, type StepId } from '../../../lib/coaching';

export function categoryName(id: string, lang: Language): string {
  return (CATEGORIES as Record<string, { name: Record<Language, string> }>)[id]?.name[lang] ?? id;
}

export function stepName(id: StepId, lang: Language): string {
  return STEPS[id].name[lang];
}
