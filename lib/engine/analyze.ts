/**
 * analyze(text) → { language, hints, steps }: the coach's reading of a reply (docs/contract.md §1).
 *
 * A reply is read line by line. Each line's result (its hints, the steps it covers, its language scores)
 * depends only on the line's text and language, so `Analyzer` keeps the results of the last analysis and
 * after an edit reads again only the lines that changed. Hints of unchanged lines keep their ids, which is
 * what lets a dismissed hint stay dismissed while the writer types elsewhere.
 */
import { localize, noSteps, STEP_IDS, type Language, type StepId, type Steps } from '../coaching';
import { compilePattern, matchAt, matchesAt, testWord, vmStats, type Match, type Program } from '../pattern/match';
import { CONJUNCTION, draftRewrites, metricCandidates, ruleCandidates, type Candidate, type Draft } from '../rewrite/render';
import { isAllCaps, type ShoutWords } from '../rewrite/context';
import { inNounPhrase, namesAStandard, namesAThing } from '../rewrite/marks';
import { isQuestion } from '../rewrite/words';
import type { Metric, Rule } from '../ruleset/schema';
import { addScores, bestLanguage, emptyScores, scoreTokens, type LanguageScores } from '../text/language';
import { coachedLines, linesIn, type TextSpan } from '../text/regions';
import { definesItself, isUnknownAcronym } from '../text/acronyms';
import { learnedScore, underVeto } from './learned';
import { wordSet } from '../text/word-set';
import { endsInQuestionMark, isSmallLatin, sentences, words, type Sentence, type Token } from '../text/tokens';
import { wordInfo, type CompiledException, type CompiledRuleset, type Finder, type LanguageIndex, type WordInfo } from './compile';

export interface Hint {
  /** Stable while the hinted line is unchanged: rule, line content and position in the line. */
  id: string;
  ruleId: string;
  category: string;
  severity: 'info' | 'warning';
  /** UTF-16 offsets into the analysed text; text === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  message: string;
  /**
   * One-click rewrites, each exactly what replaces `text`. Empty as the analyser returns a hint: rewrites are
   * offered only after they pass the checker (lib/rewrite/check.ts `withRewrites`, `offerRewrites`).
   */
  suggestions: string[];
  /** A model sentence to adapt, where the rule has one (lib/rewrite/check.ts). */
  model?: HintModel;
}

/** A sentence for the writer to adapt where no rewrite can be written for them (blame, a promise with no date…). */
export interface HintModel {
  /** In the reply's language and form of address; [brackets] mark what the writer fills in. */
  text: string;
  /** Where each part to fill in is in `text`, [start, end). */
  fill: [number, number][];
  /** The sentence (offsets in the text) that putting the model in replaces, when it may: the rest of it is short. */
  replaces?: { start: number; end: number };
}

export interface Analysis {
  language: Language;
  hints: Hint[];
  steps: Steps;
  /**
   * The phrases that cover a step only together with a hint on the same words ("Pahoittelemme mahdollista
   * haittaa": the apology step, and a stock-apology hint), for the steps no other phrase covers. `weakSteps()`
   * says which steps are weak while those hints are open. Not part of the CLI's JSON (docs/contract.md §1).
   */
  weakCues?: StepCue[];
}

/** Where a phrase that covers a step is in the text. */
export interface StepCue {
  step: StepId;
  start: number;
  end: number;
  /** A weak phrase by the ruleset (StepCues.weak: "Hyvä asiakas"), weak whether or not a hint is on it. */
  always?: true;
}

/**
 * The steps covered only weakly: every phrase that covers them shares words with one of `openHints` (the hints not
 * dismissed or muted). A step covered weakly is still covered (`steps` stays true); what would make it strong is
 * the step done in the writer's own words, without the hinted phrase.
 */
export function weakSteps(analysis: Analysis, openHints: readonly Pick<Hint, 'start' | 'end'>[] = analysis.hints): StepId[] {
  const cues = analysis.weakCues;
  if (!cues?.length) return [];
  const out: StepId[] = [];
  for (const step of STEP_IDS) {
    if (!analysis.steps[step]) continue;
    const mine = cues.filter((c) => c.step === step);
    if (mine.length && mine.every((c) => c.always || openHints.some((h) => h.start < c.end && c.start < h.end))) out.push(step);
  }
  return out;
}

export interface AnalyzeOptions {
  /** The reply's language, or 'auto' (default) to detect it. */
  lang?: Language | 'auto';
  /** Language of the messages; defaults to the reply's language. */
  uiLanguage?: Language;
  /** When the language cannot be told (an empty or one-word reply). Default 'fi'. */
  fallbackLanguage?: Language;
  /**
   * A rule whose hints another rule of its category never hides (see oneHintPerCategory): a rule's own examples
   * are checked with it (lib/ruleset/examples.ts).
   */
  keepRule?: string;
}

export interface LineHint {
  rule: Rule;
  start: number;
  end: number;
  /** What the rule's rewrites need (lib/rewrite/render.ts); absent when none fits here. */
  draft?: Draft;
  /** A part of a model sentence the writer has not filled in yet ("[päivämäärä]"). */
  unfilled?: true;
  /** Conditions of scope paragraph that decide whether the hint stands (read by the Analyzer over the paragraph). */
  paragraph?: CompiledException[];
}

export interface LineResult {
  hints: LineHint[];
  /** Steps the line covers (bits of STEP_BIT). */
  steps: number;
  /** Steps with a cue in the line before any hint cancelled it (a rewrite may uncover them, not add others). */
  cues: number;
  /** Of the steps, those covered by a phrase that shares no words with a hint. */
  strong: number;
  /** Whether some hint has conditions of scope paragraph. */
  conditional: boolean;
  /** The phrases that share words with a hint, or are weak by the ruleset (`always`) (line offsets). */
  weak: { bit: number; start: number; end: number; always?: true }[];
  /** Terms a jargon rule names that the line explains (in small letters): the reply has explained them. */
  explained: string[];
}

/** Everything the analyser knows about one line of text, kept while the line is in the reply. */
interface LineCache {
  tokens: Token[];
  /** The line's sentences, split once for its reading and its paragraph's conditions. */
  sentences?: Sentence[];
  scores: LanguageScores;
  /** FNV-1a of the line, for hint ids; worked out when the line first has a hint. */
  hash?: string;
  results: Partial<Record<Language, LineResult>>;
  /** The hints of the last analysis that had this line, reused while the line stays where it was. */
  built?: { lineStart: number; seen: number; result: LineResult; messageLanguage: Language; kept: string; hints: Hint[] };
  /** How many times the line came before in the analysis numbered `seenIn` (for ids of repeated lines). */
  seenIn: number;
  seen: number;
  /** Conditions of scope paragraph looked for in this line, and whether each is there. */
  found?: Map<CompiledException, boolean>;
}

const MARGIN = 2;

let analyses = 0;

export class Analyzer {
  /** The lines of the last analysis and what was known of each (undefined for lines not coached then). */
  private lines: string[] = [];
  private entries: (LineCache | undefined)[] = [];
  /** Lines met lately, by their text: finds a line that moved, or came back after an undo. */
  private byText = new Map<string, LineCache>();

  constructor(
    readonly compiled: CompiledRuleset,
    private readonly options: AnalyzeOptions = {},
  ) {}

  /**
   * `skip`: parts of the text the field's structure marks as quoted or a signature (an HTML field's blockquote,
   * mail quote containers: lib/text/regions.ts); plain-text quotes and signatures are found in the text itself.
   */
  analyze(text: string, skip: readonly TextSpan[] = []): Analysis {
    const lines = text.split('\n');
    const coached = coachedLines(lines, this.compiled.closings, skip.length ? linesIn(text, skip) : undefined);
    // An edit leaves the lines before and after it as they were: those are matched by position, which
    // compares them with the old lines instead of hashing every line of a long reply at every keystroke.
    const before = this.lines;
    const known = this.entries;
    const most = Math.min(lines.length, before.length);
    let head = 0;
    while (head < most && lines[head] === before[head]) head++;
    let tail = 0;
    while (tail < most - head && lines[lines.length - 1 - tail] === before[before.length - 1 - tail]) tail++;
    const shift = before.length - lines.length;
    const entries: (LineCache | undefined)[] = new Array(lines.length);
    const scores = emptyScores();
    for (let i = 0; i < lines.length; i++) {
      let entry = i < head ? known[i] : i >= lines.length - tail ? known[i + shift] : undefined;
      const line = lines[i];
      if (coached[i] && line.length > 0) {
        if (!entry) {
          entry = this.byText.get(line);
          if (!entry) {
            const tokens = words(line);
            entry = { tokens, sentences: undefined, scores: scoreTokens(tokens, this.compiled.detector), results: {}, seenIn: 0, seen: 0 };
            this.byText.set(line, entry);
          }
        }
        addScores(scores, entry.scores);
      }
      entries[i] = entry;
    }
    this.lines = lines;
    this.entries = entries;
    if (this.byText.size > 2 * lines.length + 64) {
      // Forget lines that are gone (the text map only grows between these clean-ups).
      this.byText = new Map();
      for (let i = 0; i < lines.length; i++) {
        const entry = entries[i];
        if (entry) this.byText.set(lines[i], entry);
      }
    }

    const forced = this.options.lang && this.options.lang !== 'auto' ? this.options.lang : null;
    const language = forced ?? bestLanguage(scores) ?? this.options.fallbackLanguage ?? 'fi';
    const hints: Hint[] = [];
    const steps = noSteps();
    let stepBits = 0;
    let strongBits = 0;
    const weak: StepCue[] = [];
    const explainedTerms = new Set<string>();
    const analysis = ++analyses;
    // Conditions of scope paragraph, read over the paragraph of a hint that has them (most replies have none).
    let paragraphs: { start: Int32Array; end: Int32Array } | null = null;
    const inParagraph = new Map<number, Map<CompiledException, boolean>>();
    const paragraphHas = (i: number, condition: CompiledException): boolean => {
      paragraphs ??= paragraphBounds(lines, coached);
      // Scope reply: the whole text, as one paragraph starting before the first line.
      const start = condition.scope === 'reply' ? -1 : paragraphs.start[i];
      const end = condition.scope === 'reply' ? lines.length : paragraphs.end[i];
      let memo = inParagraph.get(start);
      if (!memo) inParagraph.set(start, (memo = new Map()));
      const remembered = memo.get(condition);
      if (remembered !== undefined) return remembered;
      let found = false;
      for (let j = Math.max(0, start); j < end && !found; j++) {
        const other = entries[j];
        if (!other || !coached[j]) continue;
        const known = (other.found ??= new Map());
        let here = known.get(condition);
        if (here === undefined) {
          known.set(condition, (here = lineHas(condition, (other.sentences ??= sentences(lines[j], 0, other.tokens)), other.tokens)));
          if (stepLimit !== Infinity) checkSteps();
        }
        found = here;
      }
      memo.set(condition, found);
      return found;
    };
    // Conditions of scope next: at the start of the sentence after the hint's, or when that one ends its paragraph, of
    // the first sentence of the next paragraph (blank lines between, no quote or signature).
    const nextHas = (i: number, at: number, condition: CompiledException): boolean => {
      let all = (entries[i]!.sentences ??= sentences(lines[i], 0, entries[i]!.tokens));
      let s = all.findIndex((x) => at < x.end) + 1;
      if (!s || s >= all.length) {
        let j = i + 1;
        while (j < lines.length && coached[j] && !lines[j].trim()) j++;
        if (!coached[j] || !entries[j]) return false;
        all = entries[j]!.sentences ??= sentences(lines[j], 0, entries[j]!.tokens);
        s = 0;
      }
      const found = !!all[s] && matchesAt(condition.program, all[s].tokens, 0);
      if (stepLimit !== Infinity) checkSteps();
      return found;
    };
    let offset = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const lineStart = offset;
      offset += line.length + 1;
      const entry = entries[i];
      if (!entry || !coached[i]) continue;
      const lineLanguage = forced ?? bestLanguage(entry.scores, MARGIN) ?? language;
      const result = (entry.results[lineLanguage] ??= analyzeLine(
        line,
        this.compiled.languages[lineLanguage],
        entry.tokens,
        (entry.sentences ??= sentences(line, 0, entry.tokens)),
      ));
      stepBits |= result.steps;
      strongBits |= result.strong;
      for (const term of result.explained) explainedTerms.add(term);
      for (const w of result.weak)
        weak.push({ step: BIT_STEP.get(w.bit)!, start: lineStart + w.start, end: lineStart + w.end, ...(w.always ? { always: true } : {}) });
      if (result.hints.length === 0) continue;
      if (entry.seenIn !== analysis) {
        entry.seenIn = analysis;
        entry.seen = 0;
      }
      const seen = entry.seen++;
      const messageLanguage = this.options.uiLanguage ?? lineLanguage;
      // Which hints their paragraph keeps: an exception of scope paragraph cancels a hint when it is in the
      // hint's paragraph, a requirement when it is not.
      let kept = '';
      if (result.conditional) {
        for (const h of result.hints)
          kept +=
            !h.paragraph || h.paragraph.every((c) => (c.scope === 'next' ? nextHas(i, h.start, c) : paragraphHas(i, c)) === c.required) ? '1' : '0';
      }
      const built = entry.built;
      if (
        built &&
        built.lineStart === lineStart &&
        built.seen === seen &&
        built.result === result &&
        built.messageLanguage === messageLanguage &&
        built.kept === kept
      ) {
        for (const h of built.hints) hints.push(h);
        continue;
      }
      const lineHash = (entry.hash ??= hash(line));
      const standing = kept ? result.hints.filter((_, k) => kept[k] === '1') : result.hints;
      const lineHints = oneHintPerCategory(standing, this.options.keepRule).map((h): Hint => {
        const hint: Hint = {
          id: `${h.rule.id}@${lineHash}.${seen}:${h.start}`,
          ruleId: h.rule.id,
          category: h.rule.category,
          severity: h.rule.severity,
          start: lineStart + h.start,
          end: lineStart + h.end,
          text: line.slice(h.start, h.end),
          message: h.unfilled ? UNFILLED[messageLanguage] : localize(h.rule.message, messageLanguage),
          suggestions: [],
        };
        if (h.draft) setDraft(hint, { draft: h.draft, lineStart });
        return hint;
      });
      entry.built = { lineStart, seen, result, messageLanguage, kept, hints: lineHints };
      for (const h of lineHints) hints.push(h);
    }
    for (const [step, bit] of STEP_BIT) if (stepBits & bit) steps[step] = true;
    if (explainedTerms.size) {
      for (let k = hints.length - 1; k >= 0; k--) {
        const h = hints[k];
        // A term explained somewhere is no jargon anywhere, and one word in capitals that is such a term is a name, not shouting.
        if (
          (h.category === 'jargon' && explainedInReply(h.text, explainedTerms)) ||
          (h.category === 'shouting' && explainedTerms.has(h.text.toLowerCase()))
        )
          hints.splice(k, 1);
      }
    }
    const weakCues = weak.filter((c) => !(strongBits & STEP_BIT.get(c.step)!));
    return weakCues.length ? { language, hints, steps, weakCues } : { language, hints, steps };
  }
}

/** The message of a part of a model sentence left to fill in. */
const UNFILLED: Record<Language, string> = {
  fi: 'Täydennä tämä kohta ennen kuin lähetät vastauksen.',
  en: 'Fill this in before you send the reply.',
  sv: 'Fyll i det här innan du skickar svaret.',
};

/**
 * Each hint's rewrite draft and where its line starts, for the checker (lib/rewrite/check.ts): kept on the hint
 * under a symbol, not enumerable, so that it never reaches JSON, a message or a test's comparison (and a
 * WeakMap of every hint of a long reply would cost the garbage collector on every analysis).
 */
const DRAFT = Symbol('savy.draft');
type DraftRef = { draft: Draft; lineStart: number };

function setDraft(hint: Hint, ref: DraftRef): void {
  Object.defineProperty(hint, DRAFT, { value: ref, enumerable: false, configurable: true });
}

export function draftOf(hint: Hint): DraftRef | undefined {
  return (hint as Hint & { [DRAFT]?: DraftRef })[DRAFT];
}

/** A hint made from another (the same hint with its rewrites offered) keeps the draft. */
export function withDraftOf<T extends Hint>(hint: T, from: Hint): T {
  const d = draftOf(from);
  if (d) setDraft(hint, d);
  return hint;
}

/**
 * Per line, the first and the last-plus-one line of its paragraph. A paragraph is what the writer separates with
 * blank lines; a reply without blank lines between its own lines (rich editors give one line per block) has a
 * paragraph per line. Quoted text and signatures end a paragraph.
 */
export function paragraphBounds(lines: readonly string[], coached: readonly boolean[]): { start: Int32Array; end: Int32Array } {
  const n = lines.length;
  const blank = (i: number) => lines[i].trim() === '';
  let first = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (coached[i] && !blank(i)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  let blankSeparated = false;
  for (let i = first + 1; i < last && !blankSeparated; i++) blankSeparated = coached[i] && blank(i);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let from = 0;
  for (let i = 0; i < n; i++) {
    if (!coached[i] || blank(i) || !blankSeparated) from = i;
    start[i] = from;
    if (!coached[i] || blank(i)) from = i + 1;
  }
  let to = n;
  for (let i = n - 1; i >= 0; i--) {
    if (!coached[i] || blank(i) || !blankSeparated) to = i + 1;
    end[i] = to;
    if (!coached[i] || blank(i)) to = i;
  }
  return { start, end };
}

/** Thrown by an analysis run inside withStepLimit() that needs more matcher steps than it was given. */
export class StepLimitExceeded extends Error {
  constructor() {
    super('the rules need more matching work than allowed');
  }
}

/** The value of vmStats.steps past which the running analysis stops (withStepLimit). */
let stepLimit = Infinity;

/**
 * Runs `work` (analyses) with at most `steps` matcher steps: past them it throws StepLimitExceeded. Checked
 * after each pattern tried, so it overshoots by at most one pattern's cost at one word. Used to run a
 * ruleset on its worst case and on its examples before accepting it (lib/ruleset/budget.ts).
 */
export function withStepLimit<T>(steps: number, work: () => T): T {
  const saved = stepLimit;
  stepLimit = Math.min(saved, vmStats.steps + steps);
  try {
    return work();
  } finally {
    stepLimit = saved;
  }
}

function checkSteps(): void {
  if (vmStats.steps > stepLimit) throw new StepLimitExceeded();
}

/** FNV-1a, for hint ids. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Per-finder bookkeeping, reused across calls: `tried[n] === stamp` once finder n matched at this word;
 * `busyIn[n] === sentence` and `busyTo[n] > i` while an earlier match of finder n still covers word i;
 * `anchorIn[a] === sentence` when a word of the sentence passes anchor a.
 */
interface Scratch {
  tried: Int32Array;
  /** `decided[p] === stamp` once a piece of pattern p matched at this word (later pieces lose). */
  decided: Int32Array;
  busyIn: Int32Array;
  busyTo: Int32Array;
  anchorIn: Int32Array;
}
let stamp = 0;
const scratches = new WeakMap<LanguageIndex, Scratch>();

function scratch(index: LanguageIndex): Scratch {
  let s = scratches.get(index);
  if (!s || s.anchorIn.length < index.anchors.count) {
    const n = index.finderCount;
    s = {
      tried: new Int32Array(n),
      decided: new Int32Array(index.patternCount),
      busyIn: new Int32Array(n),
      busyTo: new Int32Array(n),
      anchorIn: new Int32Array(index.anchors.count),
    };
    scratches.set(index, s);
  }
  return s;
}

const STEP_BIT = new Map<StepId, number>(STEP_IDS.map((step, i) => [step, 1 << i]));
const BIT_STEP = new Map<number, StepId>(STEP_IDS.map((step, i) => [1 << i, step]));

/** A step's phrase found in a sentence: where the match began, and the match when it was measured. */
interface Cue {
  finder: Finder;
  program: Parameters<typeof matchAt>[0];
  at: number;
  match: Match | null;
}

/** The words of the sentence being read, as the index knows them (reused: no allocation per sentence). */
let infos: WordInfo[] = [];

export function analyzeLine(
  line: string,
  index: LanguageIndex,
  tokens: Token[] = words(line),
  all: Sentence[] = sentences(line, 0, tokens),
): LineResult {
  const hints: LineHint[] = [];
  let steps = 0;
  let allCues = 0;
  let conditional = false;
  let strong = 0;
  const weak: LineResult['weak'] = [];
  const explainedTerms: string[] = [];
  const { tried, decided, busyIn, busyTo, anchorIn } = scratch(index);
  for (let s = 0; s < all.length; s++) {
    const sentence = all[s];
    const tokens = sentence.tokens;
    const sentenceHints: LineHint[] = [];
    const cues: Cue[] = [];
    let cueBits = 0; // steps with a cue in this sentence: further cues of theirs change nothing
    const sentenceStamp = ++stamp;
    // First the words: which anchors the sentence has, so that a pattern needing a word it lacks is not run.
    if (infos.length < tokens.length) infos = new Array(tokens.length * 2);
    for (let i = 0; i < tokens.length; i++) {
      const info = (infos[i] = wordInfo(index, tokens[i].lower));
      for (let k = 0; k < info.anchors.length; k++) anchorIn[info.anchors[k]] = sentenceStamp;
    }
    for (let i = 0; i < tokens.length; i++) {
      const here = ++stamp;
      const entries = infos[i].entries;
      for (let k = 0; k < entries.length; k++) {
        const entry = entries[k];
        // First whether the sentence has the entry's anchor, which rules out most entries.
        const anchor = entry.anchor;
        if (anchor >= 0 && anchorIn[anchor] !== sentenceStamp) continue;
        const f = entry.finder;
        if (tried[f.n] === here || decided[entry.pattern] === here) continue;
        if (busyIn[f.n] === sentenceStamp && busyTo[f.n] > i) continue;
        const bit = f.stepBit;
        // A step already strongly covered in an earlier sentence needs no further phrase; a weakly covered one may
        // still find a strong phrase here.
        if (bit && (strong | cueBits) & bit) continue;
        if (bit && !f.overlapExceptions) {
          // A step cue only needs to be there: no captures, and no overlap to measure for its exceptions.
          const found = matchesAt(entry.program, tokens, i);
          if (stepLimit !== Infinity) checkSteps();
          if (!found) continue;
          decided[entry.pattern] = here;
          if (cancelled(f, { start: 0, end: tokens.length, groups: [] }, tokens, anchorIn, sentenceStamp)) continue;
          tried[f.n] = here;
          cues.push({ finder: f, program: entry.program, at: i, match: null });
          if (!f.weak) cueBits |= bit; // a weak phrase leaves room for a strong one in the same sentence
          continue;
        }
        const m = matchAt(entry.program, tokens, i);
        if (stepLimit !== Infinity) checkSteps();
        if (!m) continue;
        decided[entry.pattern] = here;
        // A term explained where it is used is explained in the whole reply, whether or not the rule's own exception
        // also cancels it here ("takaisinperintää eli sitä, että…").
        const isExplained = f.rule?.category === 'jargon' && explained(index, line, tokens, m, all[s + 1]?.tokens);
        if (isExplained) explainedTerms.push(termOf(line, tokens, m));
        if (cancelled(f, m, tokens, anchorIn, sentenceStamp)) continue;
        tried[f.n] = here;
        busyIn[f.n] = sentenceStamp;
        busyTo[f.n] = m.end;
        if (f.rule) {
          if (isExplained) continue;
          // A refusal asked as a question ("Miksi ensimmäisiltä päiviltä ei makseta päivärahaa?", a heading the
          // reply answers) refuses nothing.
          if (f.rule.category === 'negative-framing' && asks(line, sentence)) continue;
          if (f.rule.category === 'shouting' && inQuotes(line, tokens[m.start].start, tokens[m.end - 1].end)) continue;
          const hint = makeHint(f.rule, m, sentence, all, line, index, f.exceptions);
          if (f.paragraph.length) {
            hint.paragraph = f.paragraph;
            conditional = true;
          }
          sentenceHints.push(hint);
        } else {
          cues.push({ finder: f, program: entry.program, at: i, match: m });
          cueBits |= bit;
        }
      }
    }
    // A sentence that opens with a term in capitals and says what it is explains it for the whole reply: "IELTS is the
    // English language test we accept", "HEL står för Helsingfors-Vanda och AGP för Málaga".
    if (tokens.length > 2 && isAllCaps(tokens[0].text) && (definesItself(tokens, 0) || matchesAt(explainProgram(index), tokens, 1)))
      explainedTerms.push(tokens[0].lower);
    for (const { rule, metric } of index.metrics) metricHints(rule, metric, all, s, line, sentenceHints, index, explainedTerms);
    const unfilled = index.fillLabels.size > 0 && unfilledHints(index, sentence, line, sentenceHints);
    allCues |= cueBits;
    // A step's phrase is weak when the ruleset says so (StepCues.weak), or when it shares words with a weak phrase
    // ("Hyvä asiakas" is also a greeting) or with a hint ("Pahoittelemme mahdollista haittaa"); else strong.
    // Measured only where that can be (a cue that only needs to be there is not measured otherwise).
    // A model sentence not yet filled in covers no step.
    const live = unfilled ? [] : cues.filter((c) => !sentenceHints.some((h) => c.finder.cancelledBy?.has(h.rule.category)));
    const weakOnes: { start: number; end: number }[] = [];
    for (const c of live) {
      if (!c.finder.weak) continue;
      steps |= c.finder.stepBit;
      const s = cueSpan(c, tokens);
      if (!s) continue;
      weakOnes.push(s);
      weak.push({ bit: c.finder.stepBit, ...s, always: true });
    }
    for (const c of live) {
      if (c.finder.weak) continue;
      const bit = c.finder.stepBit;
      steps |= bit;
      if (sentenceHints.length === 0 && weakOnes.length === 0) {
        strong |= bit;
        continue;
      }
      const s = cueSpan(c, tokens);
      if (s && weakOnes.some((x) => x.start < s.end && s.start < x.end)) weak.push({ bit, ...s, always: true });
      // A hint's own words, not the span its rewrites reach ("Hei Maija, pahoittelemme mahdollista haittaa": the
      // apology's rewrite takes the sentence, the greeting stays the writer's own).
      else if (s && sentenceHints.some((h) => overlapsHint(h, s))) weak.push({ bit, ...s });
      else strong |= bit;
    }
    hints.push(...sentenceHints);
  }
  // By start; of two at the same start, the longer first: it is the one a textarea draws and a pointer finds (the
  // shouting that ends in "!!" before the refusal inside it), and the one whose rewrite fixes most.
  hints.sort((a, b) => a.start - b.start || b.end - a.end);
  // One hint per rule and span: two runs of one shouted sentence reach the same words (their rewrite mends the
  // sentence whole), and are one hint with one id, the first run's.
  for (let k = hints.length - 1; k > 0; k--) {
    const a = hints[k];
    if (hints.some((b, j) => j < k && b.rule === a.rule && b.start === a.start && b.end === a.end)) hints.splice(k, 1);
  }
  const result: LineResult = {
    hints,
    steps,
    cues: allCues,
    conditional,
    strong,
    weak: weak.filter((w) => !(strong & w.bit)),
    explained: explainedTerms,
  };
  // The checker compares a rewrite's line with this one (lib/rewrite/check.ts).
  for (const h of hints) if (h.draft) h.draft.lineResult = result;
  return result;
}

/**
 * One hint per category where two rules read the same words: "Olemme toimineet täysin ohjeiden mukaisesti" is
 * the organisation clearing itself whichever of two defensive rules names it, and the writer should read it once.
 * Of two hints of one category whose own words overlap, the one that offers a rewrite stays, else the first (the
 * earlier, or the longer at one start). Hints of different categories all stay: they say different things. Run on
 * the hints their paragraph keeps, so a hint hidden here is never one that would have stood alone. The hints of
 * `keepRule` stay as they are and hide nothing: a rule's examples are checked among the others as they are.
 */
export function oneHintPerCategory(hints: readonly LineHint[], keepRule?: string): LineHint[] {
  const out: LineHint[] = [];
  for (const h of hints) {
    const k =
      h.rule.id === keepRule
        ? -1
        : out.findIndex((o) => o.rule.id !== keepRule && o.rule.category === h.rule.category && overlapsHint(o, ownWords(h)));
    if (k < 0) out.push(h);
    else if (h.draft && !out[k].draft) out[k] = h;
  }
  return out.length === hints.length ? (hints as LineHint[]) : out;
}

/** Where a step's phrase is in the line (measured now when it was found without its extent). */
function cueSpan(c: Cue, tokens: Token[]): { start: number; end: number } | null {
  const m = c.match ?? matchAt(c.program, tokens, c.at);
  return m ? { start: tokens[m.start].start, end: tokens[m.end - 1].end } : null;
}

/** Whether a span overlaps a hint's own words (not the span its rewrites reach). */
function overlapsHint(h: LineHint, s: { start: number; end: number }): boolean {
  const own = ownWords(h);
  return own.start < s.end && s.start < own.end;
}

/** A hint's own words: the match, not the span its rewrites reach. */
function ownWords(h: LineHint): { start: number; end: number } {
  return h.draft ? { start: h.draft.matchStart, end: h.draft.matchEnd } : h;
}

/**
 * A part of a model sentence left to fill in ("[päivämäärä]", a label of some rule's `model` in this language):
 * a hint of that rule until the writer writes over it. Returns whether the sentence has one.
 */
function unfilledHints(index: LanguageIndex, sentence: Sentence, line: string, out: LineHint[]): boolean {
  const open = line.indexOf('[', sentence.start);
  if (open < 0 || open >= sentence.end) return false;
  const text = line.slice(sentence.start, sentence.end);
  let found = false;
  for (const m of text.matchAll(/\[([^\]\n]{1,60})\]/g)) {
    const rule = index.fillLabels.get(m[1].trim().toLowerCase());
    if (!rule) continue;
    const start = sentence.start + m.index;
    out.push({ rule, start, end: start + m[0].length, unfilled: true });
    found = true;
  }
  return found;
}

/** Whether the sentence stamped `sentence` has a word passing the anchor (-1: no anchor needed). */
function has(anchorIn: Int32Array, anchor: number, sentence: number): boolean {
  return anchor < 0 || anchorIn[anchor] === sentence;
}

function cancelled(finder: Finder, m: Match, tokens: Token[], anchorIn: Int32Array, sentence: number): boolean {
  for (const e of finder.exceptions) {
    if (e.scope === 'sentence') {
      // Whether it is in the sentence does not depend on the match: found once per sentence, so a rule that
      // matches at every word does not search the sentence again at every word.
      if (e.sentenceIn !== sentence) {
        e.sentenceIn = sentence;
        e.inSentence = false;
        if (has(anchorIn, e.needs, sentence)) for (let i = 0; i < tokens.length && !e.inSentence; i++) e.inSentence = matchesAt(e.program, tokens, i);
        if (stepLimit !== Infinity) checkSteps();
      }
      // An exception cancels when it is there; a requirement when it is not.
      if (e.inSentence !== e.required) return true;
      continue;
    }
    if (!has(anchorIn, e.needs, sentence)) continue;
    // An overlapping exception starts at most maxWords - 1 words before the match.
    for (let i = Math.max(0, m.start - e.program.maxWords + 1); i < m.end; i++) {
      // From inside the match any match of the exception overlaps it; before it, only one that reaches in.
      if (i >= m.start) {
        if (matchesAt(e.program, tokens, i)) return true;
      } else {
        const x = matchAt(e.program, tokens, i);
        if (x && x.end > m.start) return true;
      }
    }
  }
  return false;
}

/**
 * The words a reader takes in: a number written in groups is one ("09 123 4567", "1 650 euro", "FI21 1234 5600"),
 * as it is read at one glance, not three.
 */
function readWords(tokens: readonly Token[], line: string): number {
  let n = tokens.length;
  for (let i = 1; i < tokens.length; i++) {
    if (
      /^\d+$/.test(tokens[i].text) &&
      /\d$/.test(tokens[i - 1].text) &&
      tokens[i].start - tokens[i - 1].end === 1 &&
      line[tokens[i - 1].end] === ' '
    )
      n--;
  }
  return n;
}

/** The @explain class per language: "eli", "that is", "alltså", "se tarkoittaa"… */
const explanations = new WeakMap<LanguageIndex, Program>();

/** The language's @explain class as a pattern ("eli", "which means", "står för"), compiled once per language. */
function explainProgram(index: LanguageIndex): Program {
  let program = explanations.get(index);
  if (!program) explanations.set(index, (program = compilePattern('@explain', false, index.language)));
  return program;
}

/**
 * A term explained right where it is used is not jargon: "ennakonpidätys eli palkasta pidätetty vero", "our SLA,
 * that is the service level agreement", "PBL, alltså plan- och bygglagen", "SLA (service level agreement)",
 * "palvelutasosopimus (SLA)", "palvelutasosopimus eli SLA", or a next sentence that starts "Se tarkoittaa" /
 * "This means" / "Det betyder". Applies to the rules of category jargon, and to one word in capitals.
 */
function explained(index: LanguageIndex, line: string, tokens: Token[], m: Match, next: Token[] | undefined): boolean {
  const start = tokens[m.start].start;
  const end = tokens[m.end - 1].end;
  let after = end;
  while (after < line.length && (line[after] === ' ' || line[after] === '\u00a0')) after++;
  if (line[after] === '(') return true;
  let before = start - 1;
  while (before >= 0 && line[before] === ' ') before--;
  if (line[before] === '(') return true;
  // English names what it is right after the comma: "POPLA, the independent appeals service".
  if (index.language === 'en' && /^,\s+(?:the|an?)\s+\p{L}+\s+\p{L}+/u.test(line.slice(end))) return true;
  const program = explainProgram(index);
  if (matchesAt(program, tokens, m.end) || (m.end + 1 < tokens.length && matchesAt(program, tokens, m.end + 1))) return true;
  // The term as the gloss of the word before it: "palvelutasosopimus eli SLA", "the planning authority, that is the LPA".
  for (let i = Math.max(0, m.start - 4); i < m.start; i++) {
    const x = matchAt(program, tokens, i);
    if (x && (x.end === m.start || (x.end === m.start - 1 && /^(?:the|a|an)$/.test(tokens[x.end].lower)))) return true;
  }
  return !!next?.length && matchesAt(program, next, 0);
}

/** The words a match names, in small letters. */
function termOf(line: string, tokens: readonly Token[], m: Match): string {
  return line.slice(tokens[m.start].start, tokens[m.end - 1].end).toLowerCase();
}

/** A sentence that asks (endsInQuestionMark). */
function asks(line: string, sentence: Sentence): boolean {
  return endsInQuestionMark(line.slice(sentence.start, sentence.end));
}

/**
 * A term the reply explains somewhere is known to its reader everywhere in it: "Your PAC is 4KJ 829 371. A PAC (Porting
 * Authorisation Code) is…", "takaisinperintä eli … Takaisinperintäpäätöksen eräpäivä on…". The same word, or an
 * inflection or compound of it (the explained word but its last three letters, at least five, starts the other).
 */
export function explainedInReply(term: string, explainedTerms: ReadonlySet<string>): boolean {
  const t = term.toLowerCase();
  for (const e of explainedTerms) if (t === e || (e.length > 4 && t.startsWith(e.slice(0, Math.max(5, e.length - 3))))) return true;
  return false;
}

/** Whether `condition` is found anywhere in a line (sentence by sentence). */
function lineHas(condition: CompiledException, all: Sentence[], tokens: Token[]): boolean {
  const needs = condition.program.needs;
  if (needs && !tokens.some((t) => testWord(needs, t))) return false;
  for (const sentence of all) {
    for (let i = 0; i < sentence.tokens.length; i++) if (matchesAt(condition.program, sentence.tokens, i)) return true;
  }
  return false;
}

function makeHint(
  rule: Rule,
  m: Match,
  sentence: Sentence,
  all: Sentence[],
  line: string,
  index: LanguageIndex,
  conditions: readonly CompiledException[],
): LineHint {
  const tokens = sentence.tokens;
  const start = tokens[m.start].start;
  const end = tokens[m.end - 1].end;
  const h = withRewrites({ rule, start, end }, ruleCandidates(rule), m, sentence, all, line, index);
  if (rule.span === 'clause') {
    // The quote grows, not what a rewrite replaces (its draft keeps the match and carries the words after it as they are).
    const to = clauseEnd(m, sentence, line, conditions, index.language);
    if (to > h.end) {
      h.end = to;
      if (h.draft) h.draft.end = Math.max(h.draft.end, to);
    }
  }
  return h;
}

/**
 * Where the match's clause ends: the end of its last word before a comma, semicolon, colon, dash, bracket or the
 * sentence's end, or before a word where a requirement of the rule starts ("joten", "so", "därför"); the match's own
 * end when the clause goes on for more than three words.
 */
function clauseEnd(m: Match, sentence: Sentence, line: string, conditions: readonly CompiledException[], language: Language): number {
  const tokens = sentence.tokens;
  for (let k = m.end; k <= m.end + 3; k++) {
    if (
      k >= tokens.length ||
      /[,;:–—()[\]]|\s-\s/.test(line.slice(tokens[k - 1].end, tokens[k].start)) ||
      conditions.some((c) => c.required && c.scope === 'sentence' && matchesAt(c.program, tokens, k))
    ) {
      // Not on the conjunction that opens the next clause ("utan bilagor och därför…").
      return tokens[k > m.end && CONJUNCTION[language].test(`${tokens[k - 1].text} `) ? k - 2 : k - 1].end;
    }
  }
  return tokens[m.end - 1].end;
}

/** The hint with the span its rewrites replace (lib/rewrite/render.ts), when any of them fits; `all` is the line's sentences. */
function withRewrites(
  h: LineHint,
  candidates: Candidate[],
  match: Match | null,
  sentence: Sentence,
  all: Sentence[],
  line: string,
  index: LanguageIndex,
): LineHint {
  if (!candidates.length && !h.rule.model) return h;
  const { language, shout, lexicon } = index;
  const draft = draftRewrites({
    rule: h.rule,
    language,
    shout,
    lexicon,
    line,
    sentence,
    sentences: all,
    match,
    matchStart: h.start,
    matchEnd: h.end,
    candidates,
  });
  if (!draft) return h;
  h.start = draft.start;
  h.end = draft.end;
  h.draft = draft;
  return h;
}

const LETTER = /\p{L}/gu;
/**
 * Capitals inside quotation marks, nothing in small letters between: a label quoted as it is written ("STRONG GYM ÅBO
 * ÅTERB" on a bank statement, the envelope marked "URGENT AND CONFIDENTIAL").
 */
function inQuotes(line: string, start: number, end: number): boolean {
  return /["“”«»][^\p{Ll}"“”«»]*$/u.test(line.slice(0, start)) && /^[^\p{Ll}"“”«»]*["“”«»]/u.test(line.slice(end));
}

/** Whether a rule hints a problem of another category in the sentence. */
function otherProblem(out: readonly LineHint[], rule: Rule, sentence: Sentence): boolean {
  for (let k = 0; k < out.length; k++) {
    const h = out[k];
    if (!h.rule.metric && h.rule.category !== rule.category && h.start < sentence.end && h.end > sentence.start) return true;
  }
  return false;
}

/** Whether one of the hints is of the category. */
function hasCategory(out: readonly LineHint[], category: string): boolean {
  for (let k = 0; k < out.length; k++) if (out[k].rule.category === category) return true;
  return false;
}

/** Whether a hint of the category covers [start, end). */
function coveredBy(out: readonly LineHint[], category: string, start: number, end: number): boolean {
  for (let k = 0; k < out.length; k++) {
    const h = out[k];
    if (h.rule.category === category && h.start <= start && h.end >= end) return true;
  }
  return false;
}

/**
 * The hints of a metric in sentence `s` of the line's sentences `all`. One function per kind, each without closures:
 * this runs for every metric in every sentence, and a closure here made every call allocate its context.
 */
function metricHints(
  rule: Rule,
  metric: Metric,
  all: Sentence[],
  s: number,
  line: string,
  out: LineHint[],
  index: LanguageIndex,
  explainedTerms: string[],
): void {
  switch (metric.kind) {
    case 'acronyms':
      acronymHints(rule, metric, all, s, line, out, index, explainedTerms);
      return;
    case 'learned':
      learnedHints(rule, metric, all[s], line, out);
      return;
    case 'sentence-words': {
      const sentence = all[s];
      if (sentence.tokens.length > metric.max && readWords(sentence.tokens, line) > metric.max)
        out.push({ rule, start: sentence.start, end: sentence.end });
      return;
    }
    case 'word-letters':
      longWordHints(rule, metric.max, all[s].tokens, out);
      return;
    case 'capitals':
      capitalsHints(rule, metric, all, s, line, out, index, explainedTerms);
      return;
    case 'repeated-punctuation':
      punctuationHints(rule, metric, all, s, line, out, index);
      return;
  }
}

/**
 * Whether sentence `s` explains its word `i` where it stands ("SLA, that is…", in brackets after its name, in the next
 * sentence) or opens by defining it ("IELTS is the English language test"): a term, not jargon or shouting.
 */
function explainsItsWord(index: LanguageIndex, line: string, all: Sentence[], s: number, i: number): boolean {
  const tokens = all[s].tokens;
  return explained(index, line, tokens, { start: i, end: i + 1, groups: [] }, all[s + 1]?.tokens) || definesItself(tokens, i);
}

function acronymHints(
  rule: Rule,
  metric: Extract<Metric, { kind: 'acronyms' }>,
  all: Sentence[],
  s: number,
  line: string,
  out: LineHint[],
  index: LanguageIndex,
  explainedTerms: string[],
): void {
  const tokens = all[s].tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (
      !isUnknownAcronym(tokens, i, line, metric, index.lexicon.greetings, index.lexicon.listWords) ||
      namesAStandard(tokens, i, line, index.lexicon)
    )
      continue;
    const t = tokens[i];
    // A rule of the same category that already names this word says more (the SLA rule has a rewrite).
    if (coveredBy(out, rule.category, t.start, t.end)) continue;
    if (rule.category === 'jargon' && explainsItsWord(index, line, all, s, i)) {
      explainedTerms.push(t.lower);
      continue;
    }
    out.push({ rule, start: t.start, end: t.end });
  }
}

function learnedHints(rule: Rule, metric: Extract<Metric, { kind: 'learned' }>, sentence: Sentence, line: string, out: LineHint[]): void {
  const tokens = sentence.tokens;
  // The second opinion reads sentences of three words or more; a greeting or a name alone says too little.
  if (tokens.length < 3 || (rule.category === 'negative-framing' && asks(line, sentence))) return;
  const score = learnedScore(metric, tokens);
  // A rule's hint of the category in a sentence the model reads as clean is one the writer need not see (vetoes()).
  if (underVeto(metric, score, tokens.length) && !otherProblem(out, rule, sentence)) {
    for (let k = out.length - 1; k >= 0; k--) if (out[k].rule.category === rule.category && !out[k].rule.metric) out.splice(k, 1);
  }
  if (score >= metric.threshold && !hasCategory(out, rule.category)) out.push({ rule, start: sentence.start, end: sentence.end });
}

function longWordHints(rule: Rule, max: number, tokens: readonly Token[], out: LineHint[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.text.length <= max || /[\p{N}@.:/_]/u.test(t.text)) continue;
    if ((t.text.match(LETTER)?.length ?? 0) > max) out.push({ rule, start: t.start, end: t.end });
  }
}

function capitalsHints(
  rule: Rule,
  metric: Extract<Metric, { kind: 'capitals' }>,
  all: Sentence[],
  s: number,
  line: string,
  out: LineHint[],
  index: LanguageIndex,
  explainedTerms: string[],
): void {
  const sentence = all[s];
  const tokens = sentence.tokens;
  const allow = wordSet(metric.allow);
  let i = 0;
  /** Where the last run of capitals that names something ended (-1: none yet in this sentence). */
  let named = -1;
  while (i < tokens.length) {
    if (!isShout(tokens[i], allow, line)) {
      i++;
      continue;
    }
    let j = i;
    let letters = 0;
    for (;;) {
      while (j < tokens.length && isShout(tokens[j], allow, line)) letters += tokens[j++].text.length;
      // One shouted run through what cannot be said in small letters anyway: a number, an acronym, a single
      // capital ("MONTH 1 BEFORE", "5 PM FRIDAY", "PÅSARNA, INTE I PLASTPÅSAR"): fixing it in halves
      // would leave capitals beside small letters.
      let k = j;
      while (k < tokens.length && k - j < 3 && bridgesShout(tokens[k], allow)) k++;
      if (k === j || k >= tokens.length || !isShout(tokens[k], allow, line)) break;
      j = k;
    }
    // One word in capitals that the sentence explains or introduces in brackets after its name ("Vakuutus- ja
    // rahoitusneuvontaan (FINE)", "IELTS is the English language test") is a name, here and in the whole reply.
    if (j === i + 1 && explainsItsWord(index, line, all, s, i)) {
      explainedTerms.push(tokens[i].lower);
      i = j;
      continue;
    }
    // Capitals followed by a capitalised word name a product or a firm ("NORDCAD Pro", "PULSE Fitness"); one word
    // before a year or a standard's number names a law or a standard ("under CIDRA 2012"), and one word inside a noun
    // phrase names a thing ("an IRROPS event"); so do a label, a code, a thing with its number and a glossary line's
    // term (the functions below).
    const names =
      letters < metric.minLetters ||
      inQuotes(line, tokens[i].start, tokens[j - 1].end) ||
      (j < tokens.length && isCapitalised(tokens[j].text)) ||
      namesALabel(tokens, i, j, metric) ||
      namesACode(tokens, i, j) ||
      namesWithItsNumber(tokens, i, j, line) ||
      opensAGlossaryLine(tokens, i, j, line) ||
      (j === i + 1 && (namesAStandard(tokens, i, line, index.lexicon) || namesInANounPhrase(tokens, i, line, metric, index))) ||
      // The second of two names joined by a word of the language's `listWords` a few words on ("Välj KALV-DYGN för ett dygn eller
      // KALV-SÄSONG") is a name too.
      (named >= 0 && i - named <= 8 && index.lexicon.listWords.has(tokens[i - 1]?.lower));
    if (names) named = j;
    else {
      const start = tokens[i].start;
      const end = tokens[j - 1].end;
      const run: Match = { start: i, end: j, groups: [] };
      out.push(withRewrites({ rule, start, end }, metricCandidates(metric), run, sentence, all, line, index));
    }
    i = j;
  }
}

/** Runs of ! and ? ("!!", "?!"), looked for in one sentence at a time (lastIndex reset before each). */
const REPEATED_PUNCTUATION = /[!?]{2,}/g;

function punctuationHints(
  rule: Rule,
  metric: Extract<Metric, { kind: 'repeated-punctuation' }>,
  all: Sentence[],
  s: number,
  line: string,
  out: LineHint[],
  index: LanguageIndex,
): void {
  const sentence = all[s];
  const re = REPEATED_PUNCTUATION;
  const text = line.slice(sentence.start, sentence.end);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = sentence.start + m.index;
    out.push(
      withRewrites(
        { rule, start, end: start + m[0].length },
        metricCandidates(metric, m[0], isQuestion(sentence.tokens, line, index.lexicon)),
        null,
        sentence,
        all,
        line,
        index,
      ),
    );
  }
}

const SMALL_LETTER = /\p{Ll}/u;

function isUpper(c: string | undefined): boolean {
  return !!c && c.toUpperCase() === c && c.toLowerCase() !== c;
}

function isCapitalised(word: string): boolean {
  return word.length > 1 && isUpper(word[0]) && !isUpper(word[1]);
}

/**
 * Capitals that name a button, a menu, a page or a state: after a label word (`labelWords`) among the three words
 * before them ("status on nyt HOLD"), or before a label noun (`labelNouns`).
 */
function namesALabel(tokens: readonly Token[], i: number, j: number, metric: ShoutWords): boolean {
  const before = wordSet(metric.labelWords);
  return (
    before.has(tokens[i - 1]?.lower) ||
    before.has(tokens[i - 2]?.lower) ||
    before.has(tokens[i - 3]?.lower) ||
    wordSet(metric.labelNouns).has(tokens[j]?.lower)
  );
}

/**
 * One or two words in capitals with a short number or model right after them, where the phrase ends, name a thing
 * with its number ("LOADING BAY 2.", "DECK 6, starboard", "KÄRCHER HD 6/15 C"); a phone number or an amount is no such
 * number, nor one the sentence goes on from ("Maksa lasku HETI 2 päivän sisällä").
 */
function namesWithItsNumber(tokens: readonly Token[], i: number, j: number, line: string): boolean {
  const n = tokens[j];
  return (
    j - i <= 2 &&
    // Inside its clause, after a word ("the door to LOADING BAY 2", "painepesuri KÄRCHER HD 6/15"): capitals that open a
    // clause are as often a command shouted ("virheeseen, SOITA HETI 403.").
    i > 0 &&
    /^[ \u00a0]+$/.test(line.slice(tokens[i - 1].end, tokens[i].start)) &&
    !!n &&
    /^\d{1,3}$/.test(n.text) &&
    /^[ \u00a0]$/.test(line.slice(tokens[j - 1].end, n.start)) &&
    /^(?:[.,;:!?)/–—-]|\s*$|\s+[\p{Lu}\d])/u.test(line.slice(n.end))
  );
}

/**
 * Capitals that open their line (after a list's mark) and are followed by a dash or a colon are the term a glossary
 * line explains ("- WKND ENH – the weekend enhancement", "BASIC 37.5 – your standard hours", "HUOM: …" is not one:
 * one word of four letters or fewer before a colon is a call for attention).
 */
function opensAGlossaryLine(tokens: readonly Token[], i: number, j: number, line: string): boolean {
  if (!/^[\s\-–—•*·\d.)]*$/.test(line.slice(0, tokens[i].start))) return false;
  const after = line.slice(tokens[j - 1].end);
  const dash = /^(?:\s+[\d.,]+)*\s+[–—-]\s+\p{L}/u.test(after);
  const colon = /^(?:\s+[\d.,]+)*:\s+\p{L}/u.test(after) && (j - i > 1 || tokens[i].text.length > 4);
  return dash || colon;
}

/**
 * A run of capitals with a number among them whose words have three letters at most is a code: a flight, a train, a
 * route ("NV 731 HEL–AGP", "IC 27 HKI–TKU"), not shouting ("DO NOT" has no number).
 */
function namesACode(tokens: readonly Token[], i: number, j: number): boolean {
  let number = false;
  for (let k = i; k < j; k++) {
    if (/\p{N}/u.test(tokens[k].text)) number = true;
    else if (tokens[k].text.length > 3) return false;
  }
  return number;
}

/** A word inside a shouted run that keeps its capitals or has none: a number, an allowed acronym, one capital letter. */
function bridgesShout(t: Token, allow: ReadonlySet<string>): boolean {
  if (SMALL_LETTER.test(t.text)) return false;
  return /\p{N}/u.test(t.text) || allow.has(t.lower) || /^\p{Lu}$/u.test(t.text);
}

/**
 * One word in capitals in a noun phrase ("an IRROPS event": marks.ts `inNounPhrase`) names a thing as an acronym does,
 * when it is no word the language's rules write out in a pattern (not just one fitting a star, "*s"): the nearest thing
 * to a dictionary the engine has, so "the FINAL reminder" is still shouted. A writer shouts a verb, an adverb or a
 * predicate ("must be paid BEFORE the", "är AVSTÄNGT kl. 8", "on TYHJENNETTY aikataulun mukaan") or a whole phrase.
 */
function namesInANounPhrase(tokens: readonly Token[], i: number, line: string, metric: ShoutWords, index: LanguageIndex): boolean {
  const t = tokens[i];
  return inNounPhrase(tokens, i, line, metric) && !index.exact.has(t.lower) && !index.anchors.exact.has(t.lower);
}

function isShout(t: Token, allow: ReadonlySet<string>, line: string): boolean {
  // Most words have a small letter among their first two ("tämä", "Kiitos"): no regular expression needed for them.
  if (isSmallLatin(t.text.charCodeAt(0)) || isSmallLatin(t.text.charCodeAt(1))) return false;
  if (namesAThing(t, line)) return false;
  return t.text.length >= 2 && !allow.has(t.lower) && /\p{Lu}/u.test(t.text) && !/\p{Ll}/u.test(t.text) && !/\p{N}/u.test(t.text);
}
