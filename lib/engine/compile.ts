/**
 * Turns a validated ruleset into what the analyser runs: per language, every pattern compiled and indexed
 * by the words it can start with, so that each word of a reply only tries the few rules that could match
 * there (the way alex indexes its phrases by first word).
 */
import { LANGUAGES, STEP_IDS, type Language, type StepId } from '../coaching';
import { assertAffordable } from '../pattern/cost';
import { fileGlob, globIndex, globMatch, someGlob, type GlobIndex } from '../pattern/globs';
import { compileAlternatives, compilePattern, isNumberWord, type FirstWord, type Program, type WordTest } from '../pattern/match';
import type { Metric, Rule, RuleException, RuleRequirement, Ruleset } from '../ruleset/schema';
import { shoutWords, type ShoutWords } from '../rewrite/context';
import { languageWords, type LanguageWords } from '../rewrite/words';
import { languageDetector, type LanguageDetector } from '../text/language';
import { closingLines, type ClosingLines } from '../text/regions';

export interface CompiledException {
  program: Program;
  /**
   * "match": cancels when it overlaps the match; "sentence" and "paragraph": when it is anywhere there; "next": when
   * the sentence after the match's, which may open the next paragraph, starts with it. A requirement (`requires`) works the other
   * way: the match counts only when it is there.
   */
  scope: 'match' | 'sentence' | 'paragraph' | 'reply' | 'next';
  /** A requirement of the rule rather than an exception. */
  required: boolean;
  /** The number of `program.needs` among the language's anchors, or -1 when it has none. */
  needs: number;
  /** Scope "sentence": the sentence (the analyser's stamp) it was last looked for in, and whether it is there. */
  sentenceIn: number;
  inSentence: boolean;
}

/** Something that looks for phrases: a rule (makes hints) or a step's cue (marks the step done). */
export interface Finder {
  /** Dense number, for per-analysis bookkeeping. */
  n: number;
  rule?: Rule;
  step?: StepId;
  /** 1 << the step's index for a step cue, 0 for a rule. */
  stepBit: number;
  /** Exceptions and requirements of scope match and sentence, read where the match is. */
  exceptions: CompiledException[];
  /** Exceptions and requirements of scope paragraph, reply or next: the analyser reads them over the match's paragraph, the reply or the next sentence. */
  paragraph: CompiledException[];
  /** Whether an exception cancels only when it overlaps the match (so the match's extent is needed). */
  overlapExceptions: boolean;
  cancelledBy?: ReadonlySet<string>;
  /** A step's weak cue (StepCues.weak): covers the step, weakly. */
  weak?: boolean;
}

export interface Entry {
  finder: Finder;
  program: Program;
  /** The pattern it comes from, numbered per language: the entries of one pattern are tried as one. */
  pattern: number;
  /** Every entry of that pattern, in priority order (compileAlternatives). */
  pieces: Entry[];
  /** This entry's place among `pieces`. */
  piece: number;
  /** Dense number per language (candidates() marks the entries it has seen). */
  id: number;
  /** The number of `program.anchor` among the language's anchors, or -1 when it has none. */
  anchor: number;
}

/**
 * An entry filed under one of its first words: `glob` is that first word when a word filed here must still be tested
 * against it ("*tarkastaja*" under anything, "asiakas*" under "asi"), null when any word filed here may start it.
 */
export interface Slot {
  entry: Entry;
  glob: string[] | null;
  /** The glob's number in the language (`LanguageIndex.globs`; -1 without one): a word is tested once per glob, however many entries share it. */
  globId: number;
}

/** What the analyser needs to know of one (lower-cased) word, worked out once per word and kept. */
export interface WordInfo {
  /** The entries whose first word may be this one, in the order they are tried, each once. */
  entries: Entry[];
  /** The anchors (by number) this word passes: a sentence with it may hold the patterns that need them. */
  anchors: readonly number[];
}

export interface LanguageIndex {
  language: Language;
  exact: Map<string, Slot[]>;
  /** Globs by their first three letters, or by two when they have only two. */
  prefix3: Map<string, Slot[]>;
  prefix: Map<string, Slot[]>;
  suffix: Map<string, Slot[]>;
  number: Slot[];
  any: Slot[];
  metrics: { rule: Rule; metric: Metric }[];
  finderCount: number;
  patternCount: number;
  entryCount: number;
  /** The distinct globs of the slots, numbered ("*tarkastaja*" is the first word of many patterns). */
  globs: Map<string, number>;
  /** Every anchor and exception requirement, numbered: exact words by word, globs in a list. */
  anchors: { count: number; byTest: Map<WordTest, number>; exact: Map<string, number[]>; globs: GlobIndex<number> };
  /** WordInfo per lower-cased word met so far (cleared when it grows past WORD_CACHE_LIMIT). */
  words: Map<string, WordInfo>;
  /** The parts to fill in of the rules' model sentences in this language ("päivämäärä"), lower-cased, by rule. */
  fillLabels: Map<string, Rule>;
  /** The language's shouting words (its capitals rule's lists), for the rewrites that put shouting in small letters. */
  shout?: ShoutWords;
  /** The language's word lists for rewriting (its ruleset's `rewriting` block). */
  lexicon: LanguageWords;
}

export interface CompiledRuleset {
  ruleset: Ruleset;
  /** What tells the reply's language (every language's `functionWords`). */
  detector: LanguageDetector;
  /** What starts the signature (every language's `closings`). */
  closings: ClosingLines;
  languages: Record<Language, LanguageIndex>;
  rules: Map<string, Rule>;
  /**
   * Patterns left out because they do not compile or cost too much at a word (only possible for a ruleset that
   * skipped validation: validation refuses both).
   */
  skipped: { ruleId: string; pattern: string; reason: string }[];
}

const KEY = 2;

function exceptions(
  index: LanguageIndex,
  list: readonly (RuleException | string)[],
  caseSensitive?: boolean,
  requires: readonly (RuleRequirement | string)[] = [],
): CompiledException[] {
  const one = (e: RuleException | RuleRequirement | string, required: boolean): CompiledException => {
    const program = compilePattern(typeof e === 'string' ? e : e.pattern, caseSensitive, index.language);
    assertAffordable([program]);
    const scope = typeof e === 'string' ? (required ? 'sentence' : 'match') : (e.scope ?? (required ? 'sentence' : 'match'));
    return { program, scope, required, needs: anchorNumber(index, program.needs), sentenceIn: 0, inSentence: false };
  };
  return [...list.map((e) => one(e, false)), ...requires.map((e) => one(e, true))];
}

function finderConditions(all: CompiledException[]): Pick<Finder, 'exceptions' | 'paragraph' | 'overlapExceptions'> {
  const wide = (e: CompiledException) => e.scope === 'paragraph' || e.scope === 'reply' || e.scope === 'next';
  const here = all.filter((e) => !wide(e));
  return { exceptions: here, paragraph: all.filter(wide), overlapExceptions: here.some((e) => e.scope === 'match') };
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
    const severity = ruleset.overrides[base.id]?.severity;
    rules.set(base.id, severity ? { ...base, severity } : base);
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
    detector: languageDetector(ruleset.functionWords),
    closings: closingLines(ruleset.closings),
    languages,
    rules,
    get skipped() {
      for (const language of LANGUAGES) void languages[language];
      return skipped;
    },
  };
}

function compileLanguage(ruleset: Ruleset, rules: Map<string, Rule>, language: Language, skipped: CompiledRuleset['skipped']): LanguageIndex {
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
    patternCount: 0,
    entryCount: 0,
    globs: new Map(),
    anchors: { count: 0, byTest: new Map(), exact: new Map(), globs: globIndex() },
    words: new Map(),
    fillLabels: new Map(),
    shout: shoutWords(ruleset.rules, language),
    lexicon: languageWords(ruleset.rewriting, language),
  };
  for (const rule of rules.values()) {
    if (!rule.languages.includes(language)) continue;
    for (const m of rule.model?.[language]?.matchAll(/\[([^\]\n]{1,60})\]/g) ?? []) {
      const label = m[1].trim().toLowerCase();
      if (!index.fillLabels.has(label)) index.fillLabels.set(label, rule);
    }
    if (rule.metric) {
      index.metrics.push({ rule, metric: rule.metric });
      continue;
    }
    const ex = safely(rule.id, 'exceptions', () => exceptions(index, rule.exceptions, rule.caseSensitive, rule.requires));
    if (!ex) continue;
    const finder: Finder = { n: index.finderCount++, rule, stepBit: 0, ...finderConditions(ex) };
    for (const p of rule.patterns ?? []) {
      const programs = safely(rule.id, p, () => affordable(compileAlternatives(p, rule.caseSensitive, language)));
      if (programs) addPattern(index, finder, programs);
    }
  }
  for (const step of STEP_IDS) {
    const def = ruleset.steps[step];
    if (!def) continue;
    const cues = def.cues[language];
    const weak = def.weak?.[language];
    if (weak?.length) {
      const finder: Finder = {
        n: index.finderCount++,
        step,
        stepBit: 1 << STEP_IDS.indexOf(step),
        exceptions: [],
        paragraph: [],
        overlapExceptions: false,
        weak: true,
      };
      finder.cancelledBy = new Set(def.cancelledBy ?? []);
      for (const cue of weak) {
        const programs = safely(`steps.${step}`, cue, () => affordable(compileAlternatives(cue, false, language)));
        if (programs) addPattern(index, finder, programs);
      }
    }
    if (!cues?.length) continue;
    const ex = safely(`steps.${step}`, 'exceptions', () => exceptions(index, def.exceptions?.[language] ?? []));
    if (!ex) continue;
    const finder: Finder = {
      n: index.finderCount++,
      step,
      stepBit: 1 << STEP_IDS.indexOf(step),
      ...finderConditions(ex),
      cancelledBy: new Set(def.cancelledBy ?? []),
    };
    for (const cue of cues) {
      const programs = safely(`steps.${step}`, cue, () => affordable(compileAlternatives(cue, false, language)));
      if (programs) addPattern(index, finder, programs);
    }
  }
  return index;
}

function affordable(programs: Program[]): Program[] {
  assertAffordable(programs);
  return programs;
}

/** Files an entry in a list, once per first word that needs a test and once for all that need none. */
function file(index: LanguageIndex, list: Slot[], entry: Entry, glob: string[] | null): void {
  for (const slot of list) if (slot.entry === entry && (slot.glob === null || slot.glob === glob)) return;
  list.push(slot(index, entry, glob));
}

function push(index: LanguageIndex, map: Map<string, Slot[]>, key: string, entry: Entry, glob: string[] | null): void {
  const list = map.get(key);
  if (list) file(index, list, entry, glob);
  else map.set(key, [slot(index, entry, glob)]);
}

function slot(index: LanguageIndex, entry: Entry, glob: string[] | null): Slot {
  if (glob === null) return { entry, glob, globId: -1 };
  const key = glob.join('*');
  let globId = index.globs.get(key);
  if (globId === undefined) index.globs.set(key, (globId = index.globs.size));
  return { entry, glob, globId };
}

function addPattern(index: LanguageIndex, finder: Finder, programs: Program[]): void {
  const pattern = index.patternCount++;
  const pieces: Entry[] = [];
  for (const program of programs) {
    const entry: Entry = {
      finder,
      program,
      pattern,
      pieces,
      piece: pieces.length,
      id: index.entryCount++,
      anchor: anchorNumber(index, program.anchor),
    };
    pieces.push(entry);
    addEntry(index, entry);
  }
}

function addEntry(index: LanguageIndex, entry: Entry): void {
  for (const first of entry.program.first) addFirst(index, first, entry);
}

function addFirst(index: LanguageIndex, first: FirstWord, entry: Entry): void {
  if (first.kind !== 'word') {
    file(index, first.kind === 'any' ? index.any : index.number, entry, null);
    return;
  }
  // A case-sensitive word is filed in small letters and left to the matcher, which reads the case.
  const sensitive = first.test.caseSensitive;
  for (const parts of first.test.variants) {
    const head = sensitive ? parts[0].toLowerCase() : parts[0];
    const tail = sensitive ? parts[parts.length - 1].toLowerCase() : parts[parts.length - 1];
    const glob = parts.length === 1 || sensitive ? null : parts;
    if (parts.length === 1) push(index, index.exact, head, entry, null);
    else if (head.length > KEY) push(index, index.prefix3, head.slice(0, KEY + 1), entry, glob);
    else if (head.length === KEY) push(index, index.prefix, head, entry, glob);
    else if (tail.length >= KEY) push(index, index.suffix, tail.slice(-KEY), entry, glob);
    else file(index, index.any, entry, glob);
  }
}

/** Numbers a word test the analyser checks once per sentence (an anchor or an exception's requirement). */
function anchorNumber(index: LanguageIndex, test: WordTest | null): number {
  if (!test) return -1;
  const anchors = index.anchors;
  let n = anchors.byTest.get(test);
  if (n === undefined) {
    n = anchors.count++;
    anchors.byTest.set(test, n);
    for (const word of test.exact) {
      const list = anchors.exact.get(word);
      if (list) list.push(n);
      else anchors.exact.set(word, [n]);
    }
    // The anchors' globs are filed by letters, so a new word tries only those that can fit it.
    for (const parts of test.globs) fileGlob(anchors.globs, parts, n);
  }
  return n;
}

/** Distinct words kept per language before the cache starts again (a long session meets many). */
export const WORD_CACHE_LIMIT = 20_000;

/**
 * What the analyser needs of a word: the entries worth trying there (indexed under the word, its first or
 * last letters, numbers, or anything; those whose first word cannot be this one left out) and the anchors
 * it passes. Worked out on the word's first appearance and kept: replies repeat their words.
 */
export function wordInfo(index: LanguageIndex, lower: string): WordInfo {
  let info = index.words.get(lower);
  if (!info) {
    if (index.words.size >= WORD_CACHE_LIMIT) index.words.clear();
    info = { entries: candidates(index, lower), anchors: anchorsOf(index, lower) };
    index.words.set(lower, info);
  }
  return info;
}

/** Forgets the words met so far, in every compiled language and the language scores (the benchmark measures replies from cold). */
export function clearWordCaches(compiled: CompiledRuleset): void {
  for (const language of LANGUAGES) compiled.languages[language].words.clear();
  compiled.detector.scores.clear();
}

/** Shared empty answers (never written to). */
const NO_ENTRIES: Entry[] = [];
const NO_ANCHORS: readonly number[] = [];
/**
 * Scratch for candidates(): `taken[entry.id] === placing` once the entry is among this word's;
 * `ranked[pattern] === placing` once the word's lists named the pattern, `rank[pattern]` in which order;
 * `tested[globId] === placing` once the word was tested against the glob, `fits[globId]` with what answer.
 */
let taken = new Int32Array(1024);
let tested = new Int32Array(256);
let fits = new Uint8Array(256);
let ranked = new Int32Array(256);
let rank = new Int32Array(256);
let placing = 0;
/** The word candidates() is working out, and the entries found so far. */
let word = '';
let found: Entry[] = [];
let named = 0;

/**
 * The entries that may start at this word, in the order the analyser tries them: pattern by pattern, in the order
 * the word's lists (exact word, first letters, last letters, numbers, anything) first name them, and a pattern's
 * pieces in priority order. Every first word of every piece is filed in one of these lists, so only they are looked
 * at, each tested only against the first word it is filed under (and not at all when filed under the word itself).
 */
export function candidates(index: LanguageIndex, lower: string): Entry[] {
  if (taken.length < index.entryCount) taken = new Int32Array(index.entryCount * 2);
  if (rank.length < index.patternCount) {
    rank = new Int32Array(index.patternCount * 2);
    ranked = new Int32Array(index.patternCount * 2);
  }
  if (tested.length < index.globs.size) {
    tested = new Int32Array(index.globs.size * 2);
    fits = new Uint8Array(index.globs.size * 2);
  }
  placing++;
  word = lower;
  found = [];
  named = 0;
  take(index.exact.get(lower));
  if (lower.length > KEY && index.prefix3.size) take(index.prefix3.get(lower.slice(0, KEY + 1)));
  if (lower.length >= KEY) {
    if (index.prefix.size) take(index.prefix.get(lower.slice(0, KEY)));
    if (index.suffix.size) take(index.suffix.get(lower.slice(-KEY)));
  }
  if (index.number.length && isNumberWord(lower)) take(index.number);
  take(index.any);
  const out = found;
  if (!out.length) return NO_ENTRIES;
  if (out.length > 1 && !inOrder(out)) out.sort(byRank);
  return out;
}

function take(list: Slot[] | undefined): void {
  if (!list) return;
  for (let i = 0; i < list.length; i++) {
    const { entry, glob, globId } = list[i];
    if (taken[entry.id] === placing) continue;
    if (ranked[entry.pattern] !== placing) {
      ranked[entry.pattern] = placing;
      rank[entry.pattern] = named++;
    }
    if (glob !== null) {
      if (tested[globId] !== placing) {
        tested[globId] = placing;
        fits[globId] = globMatch(glob, word) ? 1 : 0;
      }
      if (fits[globId] === 0) continue;
    }
    taken[entry.id] = placing;
    found.push(entry);
  }
}

function byRank(a: Entry, b: Entry): number {
  return rank[a.pattern] - rank[b.pattern] || a.piece - b.piece;
}

function inOrder(entries: Entry[]): boolean {
  for (let i = 1; i < entries.length; i++) if (byRank(entries[i - 1], entries[i]) > 0) return false;
  return true;
}

function anchorsOf(index: LanguageIndex, lower: string): readonly number[] {
  anchorsExact = index.anchors.exact.get(lower) ?? NO_ANCHORS;
  anchorsFound = null;
  someGlob(index.anchors.globs, lower, addAnchor);
  return anchorsFound ?? anchorsExact;
}

/** anchorsOf()'s answer so far: the word's exact anchors, then with those of the globs it fits (a module function, no closure per word). */
let anchorsExact: readonly number[] = NO_ANCHORS;
let anchorsFound: number[] | null = null;

function addAnchor(n: number): boolean {
  if (!anchorsExact.includes(n) && !anchorsFound?.includes(n)) (anchorsFound ??= [...anchorsExact]).push(n);
  return false; // every anchor the word passes
}
