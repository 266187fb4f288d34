/**
 * A class of wording and its tests: paraphrases a rule must find in its category (`finds`), and near misses (the
 * same words doing something harmless) that must get no hint of that category (`leaves`). Shared by the rule tests
 * of each round.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Language } from '../../lib/index';

export interface WordingClass {
  name: string;
  language: Language;
  category: string;
  finds: string[];
  leaves: string[];
}

export const categories = (text: string, language: Language) => new Set(analyze(text, { lang: language }).hints.map((h) => h.category));

/** One describe per class: each of its `finds` hinted with its category, none of its `leaves`. */
export function describeClasses(title: string, classes: readonly WordingClass[]): void {
  describe(title, () => {
    for (const c of classes) {
      describe(`${c.language} ${c.category}: ${c.name}`, () => {
        it.each(c.finds)('finds %j', (text) => {
          expect(categories(text, c.language)).toContain(c.category);
        });
        it.each(c.leaves)('leaves %j', (text) => {
          expect(categories(text, c.language)).not.toContain(c.category);
        });
      });
    }
  });
}
