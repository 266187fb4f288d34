/**
 * The rulesets that ship with Sävy: Finnish, English and Swedish, merged into one.
 *
 * The bundled files are validated by the tests (tests/unit/bundled.test.ts), so at run time they only get
 * the schema's defaults filled in, without zod: the content script stays small.
 */
import en from '../rulesets/en.json';
import fi from '../rulesets/fi.json';
import learned from '../rulesets/learned.json';
import sv from '../rulesets/sv.json';
import { mergeRulesets } from './merge';
import type { Rule, Ruleset, RulesetInput } from './schema';

/** The rules of each language, and the learned second opinion for all three (generated: scripts/train-learned.ts). */
export const BUNDLED_SOURCES = { fi, en, sv, learned } as Record<'fi' | 'en' | 'sv' | 'learned', unknown>;

type RuleInput = RulesetInput['rules'] extends (infer R)[] | undefined ? R : never;

/** What RulesetSchema.parse returns for a valid ruleset, without running zod. */
export function withDefaults(input: RulesetInput): Ruleset {
  return {
    ...input,
    schemaVersion: 1,
    categories: input.categories ?? [],
    rules: (input.rules ?? []).map(ruleWithDefaults),
    steps: (input.steps ?? {}) as Ruleset['steps'],
    disable: { rules: input.disable?.rules ?? [], categories: input.disable?.categories ?? [] },
    overrides: input.overrides ?? {},
    practice: (input.practice ?? []).map((p) => ({ ...p, kind: p.kind ?? 'complaint' })),
    rewriting: input.rewriting ?? {},
    functionWords: input.functionWords ?? {},
    closings: input.closings ?? {},
  };
}

function ruleWithDefaults(rule: RuleInput): Rule {
  const metric =
    rule.metric?.kind === 'capitals'
      ? {
          ...rule.metric,
          minLetters: rule.metric.minLetters ?? 5,
          allow: rule.metric.allow ?? [],
          acronyms: rule.metric.acronyms ?? [],
          shortShouts: rule.metric.shortShouts ?? [],
          smallAbbreviations: rule.metric.smallAbbreviations ?? [],
          wordLike: rule.metric.wordLike ?? [],
          capitalised: rule.metric.capitalised ?? [],
          determiners: rule.metric.determiners ?? [],
          labelWords: rule.metric.labelWords ?? [],
          labelNouns: rule.metric.labelNouns ?? [],
        }
      : rule.metric?.kind === 'acronyms'
        ? {
            ...rule.metric,
            minLetters: rule.metric.minLetters ?? 2,
            maxLetters: rule.metric.maxLetters ?? 6,
            allow: rule.metric.allow ?? [],
            greetings: rule.metric.greetings ?? [],
            codeWords: rule.metric.codeWords ?? [],
            codeEndings: rule.metric.codeEndings ?? [],
            productWords: rule.metric.productWords ?? [],
            teamWords: rule.metric.teamWords ?? [],
          }
        : rule.metric;
  return {
    ...rule,
    severity: rule.severity ?? 'warning',
    exceptions: (rule.exceptions ?? []).map((e) => (typeof e === 'string' ? e : { ...e, scope: e.scope ?? 'match' })),
    ...(rule.requires ? { requires: rule.requires.map((e) => (typeof e === 'string' ? e : { ...e, scope: e.scope ?? 'sentence' })) } : {}),
    suggestions: rule.suggestions ?? [],
    examples: { ...rule.examples, match: rule.examples.match, noMatch: rule.examples.noMatch ?? [] },
    metric,
  } as Rule;
}

/** The bundled ruleset from its sources (fi, en, sv, learned): here from the whole files, in lib/content-engine.ts
 * from the slim ones the content script loads. */
export function mergeBundled(sources: readonly unknown[]): Ruleset {
  const [first, ...rest] = sources.map((r) => withDefaults(r as RulesetInput));
  return { ...mergeRulesets(first, ...rest), id: 'savy.bundled', name: 'Sävy (bundled)' };
}

let bundled: Ruleset | undefined;

export function bundledRuleset(): Ruleset {
  return (bundled ??= mergeBundled([fi, en, sv, learned]));
}
