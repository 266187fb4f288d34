/** The rulesets that ship with Sävy: Finnish, English and Swedish, merged into one. */
import en from '../rulesets/en.json';
import fi from '../rulesets/fi.json';
import sv from '../rulesets/sv.json';
import { mergeRulesets } from './merge';
import { RulesetSchema, type Ruleset } from './schema';

export const BUNDLED_SOURCES = { fi, en, sv } as const;

let bundled: Ruleset | undefined;

export function bundledRuleset(): Ruleset {
  if (!bundled) {
    const [first, ...rest] = [fi, en, sv].map((r) => RulesetSchema.parse(r));
    bundled = { ...mergeRulesets(first, ...rest), id: 'savy.bundled', name: 'Sävy (bundled)' };
  }
  return bundled;
}
