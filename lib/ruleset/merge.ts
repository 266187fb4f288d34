/**
 * Layers of rules: bundled ⟶ team ⟶ personal. A later layer adds rules and categories, replaces rules with
 * the same id, turns rules or categories off, changes severity, and adds (or, with "replace", sets) the cue
 * phrases of the five steps. The extension and `savy check --ruleset` merge with this one function.
 */
import { LANGUAGES, STEP_IDS } from '../coaching';
import type { Ruleset, StepCues } from './schema';

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
      rules: byId(out.rules, layer.rules),
      steps,
      disable: {
        rules: [...new Set([...out.disable.rules, ...layer.disable.rules])],
        categories: [...new Set([...out.disable.categories, ...layer.disable.categories])],
      },
      overrides: { ...out.overrides, ...layer.overrides },
      practice: byId(out.practice, layer.practice),
    };
  }
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
  };
}
