/**
 * Layers of rules: bundled ⟶ team ⟶ personal. A later layer adds rules and categories, replaces rules with
 * the same id, turns rules or categories off, changes severity, adds words to a metric's lists (`overrides`: a team's
 * product names and codes) and to a language's word lists (`rewriting`, `functionWords`, `closings`), and adds (or, with "replace", sets) the cue phrases of the five steps. The extension and `savy check --ruleset` merge with this one function.
 */
import { type Language, LANGUAGES, STEP_IDS } from '../coaching';
import type { Rule, RuleOverride, Ruleset, StepCues } from './schema';

/** The word lists an override adds to (schema.ts `OverrideSchema`). */
const LISTS = ['allow', 'greetings', 'codeWords', 'codeEndings', 'productWords', 'teamWords', 'labelWords', 'labelNouns'] as const;

/** Two layers' overrides of one rule: the later severity, the words of both. */
function mergeOverride(base: RuleOverride | undefined, layer: RuleOverride): RuleOverride {
  if (!base) return layer;
  const out: RuleOverride = { ...base, ...layer };
  for (const list of LISTS) if (base[list] && layer[list]) out[list] = [...new Set([...base[list], ...layer[list]])];
  return out;
}

/**
 * A rule with the words a layer's override adds to its metric's lists (`allow` of a capitals or acronyms metric; the
 * acronyms metric's word lists; the capitals metric's `labelWords` and `labelNouns`): a team's own product names,
 * codes and the words its app's buttons follow. Lists the metric does not have are ignored;
 * the severity an override sets is applied when the ruleset is compiled (lib/engine/compile.ts).
 */
function withWordsAdded(rule: Rule, override: RuleOverride | undefined): Rule {
  const metric = rule.metric;
  if (!override || !metric || (metric.kind !== 'capitals' && metric.kind !== 'acronyms')) return rule;
  const lists: Record<string, string[]> = {};
  for (const list of LISTS) {
    const have = (metric as Partial<Record<(typeof LISTS)[number], string[]>>)[list];
    if (have && override[list]?.length) lists[list] = [...new Set([...have, ...override[list]])];
  }
  return Object.keys(lists).length ? { ...rule, metric: { ...metric, ...lists } as typeof metric } : rule;
}

function byId<T extends { id: string }>(base: readonly T[], layer: readonly T[]): T[] {
  const out = new Map(base.map((x) => [x.id, x]));
  for (const x of layer) out.set(x.id, x);
  return [...out.values()];
}

function mergeSteps(base: StepCues | undefined, layer: StepCues | undefined): StepCues | undefined {
  if (!layer) return base;
  if (!base || layer.replace) return { ...layer, replace: undefined };
  const cues: StepCues['cues'] = {};
  const weak: NonNullable<StepCues['weak']> = {};
  const exceptions: NonNullable<StepCues['exceptions']> = {};
  for (const lang of LANGUAGES) {
    const c = layer.cues[lang] && base.cues[lang] ? [...base.cues[lang]!, ...layer.cues[lang]!] : (layer.cues[lang] ?? base.cues[lang]);
    if (c) cues[lang] = c;
    const w = [...(base.weak?.[lang] ?? []), ...(layer.weak?.[lang] ?? [])];
    if (w.length) weak[lang] = w;
    const e = [...(base.exceptions?.[lang] ?? []), ...(layer.exceptions?.[lang] ?? [])];
    if (e.length) exceptions[lang] = e;
  }
  return {
    cues,
    ...(Object.keys(weak).length ? { weak } : {}),
    exceptions,
    cancelledBy: [...new Set([...(base.cancelledBy ?? []), ...(layer.cancelledBy ?? [])])],
  };
}

export function mergeRulesets(base: Ruleset, ...layers: Ruleset[]): Ruleset {
  let out = base;
  for (const layer of layers) {
    const steps: Ruleset['steps'] = {};
    for (const step of STEP_IDS) {
      const merged = mergeSteps(out.steps[step], layer.steps[step]);
      if (merged) steps[step] = merged;
    }
    out = {
      ...out,
      languages: [...new Set([...out.languages, ...layer.languages])],
      categories: byId(out.categories, layer.categories),
      rules: byId(out.rules, layer.rules).map((r) => withWordsAdded(r, layer.overrides[r.id])),
      steps,
      disable: {
        rules: [...new Set([...out.disable.rules, ...layer.disable.rules])],
        categories: [...new Set([...out.disable.categories, ...layer.disable.categories])],
      },
      overrides: mergeOverrides(out.overrides, layer.overrides),
      practice: byId(out.practice, layer.practice),
      // A team ruleset stored by a version before these fields has neither (lib/team/layers.ts reads it as it is).
      rewriting: mergeLists(out.rewriting ?? {}, layer.rewriting ?? {}),
      functionWords: byLanguage(out.functionWords ?? {}, layer.functionWords ?? {}, (a, b) => union(a, b)),
      closings: mergeLists(out.closings ?? {}, layer.closings ?? {}),
    };
  }
  return out;
}

/** The words of both lists, the base's first; a list only one layer has, as it is (duplicates and all). */
function union(base: readonly string[] | undefined, layer: readonly string[] | undefined): string[] {
  if (!base || !layer) return [...(base ?? layer ?? [])];
  return [...new Set([...base, ...layer])];
}

/** Two layers' per-language data, merged language by language. */
function byLanguage<T>(
  base: Partial<Record<Language, T>>,
  layer: Partial<Record<Language, T>>,
  merge: (a: T, b: T) => T,
): Partial<Record<Language, T>> {
  const out = { ...base };
  for (const lang of LANGUAGES) {
    const b = base[lang];
    const l = layer[lang];
    if (l) out[lang] = b ? merge(b, l) : l;
  }
  return out;
}

/**
 * A later layer's words (rewriting lists, closings) are added to the lists of the layers below, language by language
 * (docs/rules.md, "Language data").
 */
function mergeLists<T extends Partial<Record<string, string[]>>>(base: Partial<Record<Language, T>>, layer: Partial<Record<Language, T>>) {
  return byLanguage(base, layer, (a, b) => {
    const out: Partial<Record<string, string[]>> = { ...a };
    for (const key of Object.keys(b)) out[key] = union(a[key], b[key]);
    return out as T;
  });
}

/** A ruleset's language data: each language's word lists, function words and closing lines (docs/rules.md). */
export type LanguageData = Pick<Ruleset, 'rewriting' | 'functionWords' | 'closings'>;

/**
 * The ruleset with `base`'s language data under its own, as if merged on top of `base`: a team's ruleset tried on
 * its own (its examples, the rule workbench) reads replies as it will in force, on the bundled ruleset's words.
 */
export function withLanguageData(ruleset: Ruleset, base: LanguageData): Ruleset {
  return {
    ...ruleset,
    rewriting: mergeLists(base.rewriting, ruleset.rewriting ?? {}),
    functionWords: byLanguage(base.functionWords, ruleset.functionWords ?? {}, (a, b) => union(a, b)),
    closings: mergeLists(base.closings, ruleset.closings ?? {}),
  };
}

function mergeOverrides(base: Ruleset['overrides'], layer: Ruleset['overrides']): Ruleset['overrides'] {
  const out = { ...base };
  for (const [id, o] of Object.entries(layer)) out[id] = mergeOverride(base[id], o);
  return out;
}

/** A writer's own layer: the rules they muted. */
export function personalLayer(mutedRules: readonly string[]): Ruleset {
  return {
    schemaVersion: 1,
    id: 'personal',
    name: 'Personal',
    version: '1',
    languages: ['fi'],
    categories: [],
    rules: [],
    steps: {},
    disable: { rules: [...mutedRules], categories: [] },
    overrides: {},
    practice: [],
    rewriting: {},
    functionWords: {},
    closings: {},
  };
}
