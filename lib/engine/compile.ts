/**
 * Turns a validated ruleset into what the analyser runs: per language, every pattern compiled and indexed
 * by the words it can start with, so that each word of a reply only tries the few rules that could match
 * there (the way alex indexes its phrases by first word).
 */
import { LANGUAGES, STEP_IDS, type Language, type StepId } from '../coaching';
import { compilePattern, type FirstWord, type Program } from '../pattern/match';
import type { Metric, Rule, RuleException, Ruleset } from '../ruleset/schema';

export interface CompiledException {
  program: Program;
  scope: 'match' | 'sentence';
}

/** Something that looks for phrases: a rule (makes hints) or a step's cue (marks the step done). */
export interface Finder {
  /** Dense number, for per-analysis bookkeeping. */
  n: number;
  rule?: Rule;
  step?: StepId;
  /** 1 << the step's index for a step cue, 0 for a rule. */
  stepBit: number;
  exceptions: CompiledException[];
  /** Whether an exception cancels only when it overlaps the match (so the match's extent is needed). */
  overlapExceptions: boolean;
  cancelledBy?: ReadonlySet<string>;
}

export interface Entry {
  finder: Finder;
  program: Program;
}

export interface LanguageIndex {
  language: Language;
  exact: Map<string, Entry[]>;
  /** Globs by their first three letters, or by two when they have only two. */
  prefix3: Map<string, Entry[]>;
  prefix: Map<string, Entry[]>;
  suffix: Map<string, Entry[]>;
  number: Entry[];
  any: Entry[];
  metrics: { rule: Rule; metric: Metric }[];
  finderCount: number;
}

export interface CompiledRuleset {
  ruleset: Ruleset;
  languages: Record<Language, LanguageIndex>;
  rules: Map<string, Rule>;
  /** Patterns left out because they do not compile (only possible for a ruleset that skipped validation). */
  skipped: { ruleId: string; pattern: string; reason: string }[];
}

const KEY = 2;

function exceptions(list: readonly (RuleException | string)[], caseSensitive?: boolean): CompiledException[] {
  return list.map((e) =>
    typeof e === 'string'
      ? { program: compilePattern(e, caseSensitive), scope: 'match' }
      : { program: compilePattern(e.pattern, caseSensitive), scope: e.scope },
  );
}

/**
 * Compiles lazily, one language at a time on first use: a page where the writer only writes Finnish never
 * pays for the English and Swedish rules. `skipped` compiles everything, to report every broken pattern.
 */
export function compileRuleset(ruleset: Ruleset): CompiledRuleset {
  const disabledCategories = new Set(ruleset.disable.categories);
  const disabledRules = new Set(ruleset.disable.rules);
  const rules = new Map<string, Rule>();
  for (const base of ruleset.rules) {
    if (disabledRules.has(base.id) || disabledCategories.has(base.category)) continue;
    rules.set(base.id, ruleset.overrides[base.id] ? { ...base, ...ruleset.overrides[base.id] } : base);
  }
  const skipped: CompiledRuleset['skipped'] = [];
  const compiled: Partial<Record<Language, LanguageIndex>> = {};
  const languages = {} as Record<Language, LanguageIndex>;
  for (const language of LANGUAGES) {
    Object.defineProperty(languages, language, {
      enumerable: true,
      get: () => (compiled[language] ??= compileLanguage(ruleset, rules, language, skipped)),
    });
  }
  return {
    ruleset,
    languages,
    rules,
    get skipped() {
      for (const language of LANGUAGES) void languages[language];
      return skipped;
    },
  };
}

function compileLanguage(
  ruleset: Ruleset,
  rules: Map<string, Rule>,
  language: Language,
  skipped: CompiledRuleset['skipped'],
): LanguageIndex {
  /** One bad pattern must not take the whole coach down: leave it out and say so. */
  const safely = <T>(ruleId: string, pattern: string, make: () => T): T | null => {
    try {
      return make();
    } catch (e) {
      if (!skipped.some((s) => s.ruleId === ruleId && s.pattern === pattern)) {
        skipped.push({ ruleId, pattern, reason: (e as Error).message });
      }
      return null;
    }
  };
  const index: LanguageIndex = {
    language,
    exact: new Map(),
    prefix3: new Map(),
    prefix: new Map(),
    suffix: new Map(),
    number: [],
    any: [],
    metrics: [],
    finderCount: 0,
  };
  for (const rule of rules.values()) {
    if (!rule.languages.includes(language)) continue;
    if (rule.metric) {
      index.metrics.push({ rule, metric: rule.metric });
      continue;
    }
    const ex = safely(rule.id, 'exceptions', () => exceptions(rule.exceptions, rule.caseSensitive));
    if (!ex) continue;
    const finder: Finder = { n: index.finderCount++, rule, stepBit: 0, exceptions: ex, overlapExceptions: ex.some((e) => e.scope === 'match') };
    for (const p of rule.patterns ?? []) {
      const program = safely(rule.id, p, () => compilePattern(p, rule.caseSensitive));
      if (program) addEntry(index, { finder, program });
    }
  }
  for (const step of STEP_IDS) {
    const def = ruleset.steps[step];
    const cues = def?.cues[language];
    if (!def || !cues?.length) continue;
    const ex = safely(`steps.${step}`, 'exceptions', () => exceptions(def.exceptions?.[language] ?? []));
    if (!ex) continue;
    const finder: Finder = {
      n: index.finderCount++,
      step,
      stepBit: 1 << STEP_IDS.indexOf(step),
      exceptions: ex,
      overlapExceptions: ex.some((e) => e.scope === 'match'),
      cancelledBy: new Set(def.cancelledBy ?? []),
    };
    for (const cue of cues) {
      const program = safely(`steps.${step}`, cue, () => compilePattern(cue));
      if (program) addEntry(index, { finder, program });
    }
  }
  return index;
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry, added: Set<unknown>): void {
  if (added.has(map.get(key))) return;
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else list.push(entry);
  added.add(map.get(key));
}

function addEntry(index: LanguageIndex, entry: Entry): void {
  const added = new Set<unknown>(); // the lists this entry is already in
  for (const first of entry.program.first) addFirst(index, first, entry, added);
}

function addFirst(index: LanguageIndex, first: FirstWord, entry: Entry, added: Set<unknown>): void {
  if (first.kind === 'any') {
    if (!index.any.includes(entry)) index.any.push(entry);
    return;
  }
  if (first.kind === 'number') {
    if (!index.number.includes(entry)) index.number.push(entry);
    return;
  }
  for (const parts of first.test.variants) {
    const head = first.test.caseSensitive ? parts[0].toLowerCase() : parts[0];
    const tail = first.test.caseSensitive ? parts[parts.length - 1].toLowerCase() : parts[parts.length - 1];
    if (parts.length === 1) push(index.exact, head, entry, added);
    else if (head.length > KEY) push(index.prefix3, head.slice(0, KEY + 1), entry, added);
    else if (head.length === KEY) push(index.prefix, head, entry, added);
    else if (tail.length >= KEY) push(index.suffix, tail.slice(-KEY), entry, added);
    else if (!index.any.includes(entry)) index.any.push(entry);
  }
}

const found: Entry[][] = [];

/**
 * The entries worth trying at a word: those indexed under it, its first or last letters, or anything.
 * Returns a shared array, valid until the next call (no allocation per word).
 */
export function candidates(index: LanguageIndex, lower: string, hasDigit: boolean): Entry[][] {
  found.length = 0;
  const exact = index.exact.get(lower);
  if (exact) found.push(exact);
  if (lower.length > KEY) {
    const prefix3 = index.prefix3.get(lower.slice(0, KEY + 1));
    if (prefix3) found.push(prefix3);
  }
  if (lower.length >= KEY) {
    const prefix = index.prefix.get(lower.slice(0, KEY));
    if (prefix) found.push(prefix);
    const suffix = index.suffix.get(lower.slice(-KEY));
    if (suffix) found.push(suffix);
  }
  if (hasDigit && index.number.length) found.push(index.number);
  if (index.any.length) found.push(index.any);
  return found;
}
