/**
 * Compiles a parsed pattern to a small program and runs it over a sentence's words with a Pike VM:
 * all alternatives advance together, one word at a time, so a match attempt visits each (word, instruction)
 * pair at most once. A pattern matches at most `maxWords` words, so an attempt at one position costs at most
 * maxWords × program length steps, and a sentence of n words costs O(n) whatever the rule author wrote.
 */
import { fileGlob, globIndex, globMatch, someGlob, type GlobIndex } from './globs';
import type { Language } from '../coaching';
import type { Token } from '../text/tokens';
import { maxWords, parsePattern, type PatternNode } from './parse';

/**
 * Matches one word: any of its variants. Each variant is a glob split at its stars (["pahoittel", ""] is
 * pahoittel*); variants without a star are also kept in a set, so a long list of word forms costs one lookup.
 */
export interface WordTest {
  caseSensitive: boolean;
  variants: string[][];
  exact: Set<string>;
  globs: string[][];
}

type Inst =
  | { op: 'word'; test: WordTest }
  | { op: 'any' }
  | { op: 'number' }
  | { op: 'split'; x: number; y: number }
  | { op: 'jmp'; x: number }
  | { op: 'save'; slot: number }
  | { op: 'match' };

export interface Program {
  source: string;
  insts: Inst[];
  /** Number of top-level elements; captures $1..$n refer to them. */
  groups: number;
  maxWords: number;
  /** What the first word can be: the keys the engine indexes the program under. */
  first: FirstWord[];
  /**
   * A word test that some word of the sentence must pass for any match (the most selective required word
   * after the first), or null. The engine checks it once per sentence before running the VM: "we … get back
   * to you" is not tried at every "we".
   */
  anchor: WordTest | null;
  /** Like `anchor`, but the first word may be it: a sentence without it cannot hold any match. */
  needs: WordTest | null;
  /** The instructions as the VM runs them. */
  code: Code;
}

export type FirstWord = { kind: 'word'; test: WordTest } | { kind: 'any' } | { kind: 'number' };

export interface Match {
  /** Token indices: the match covers tokens[start..end). */
  start: number;
  end: number;
  /** Per top-level element, [startToken, endToken) or null when it matched nothing. */
  groups: ([number, number] | null)[];
}

/** Counts VM steps; tests use it to show that work grows linearly with the text. */
export const vmStats = { steps: 0 };

const HARMONY: Record<string, string[]> = { A: ['a', 'ä'], O: ['o', 'ö'], U: ['u', 'y'] };
const MAX_VARIANTS = 16;

/** `language` writes out the word classes (@you …) in that language; without it, in all three. */
export function compilePattern(source: string, caseSensitive = false, language?: Language): Program {
  return compileItems(source, topItems(parsePattern(source, language), caseSensitive), caseSensitive);
}

/**
 * The pattern as programs to try in turn, for the engine's index: a pattern that opens with a choice of
 * phrases ("(to reiterate|let me repeat|I repeat) ...") becomes one program per phrase, so that a word runs
 * only the phrases that can start there. The choice is factored first, so neighbouring one-word options are
 * already one option. The programs match what the pattern matches, in its priority: the engine takes the
 * first of them that matches at a word.
 */
export function compileAlternatives(source: string, caseSensitive = false, language?: Language): Program[] {
  const [head, ...rest] = topItems(parsePattern(source, language), caseSensitive);
  if (head.kind !== 'alt' || wordOptions(head)) return [compileItems(source, [head, ...rest], caseSensitive)];
  return head.options.map((option) => compileItems(source, [option, ...rest], caseSensitive));
}

/**
 * Options that start with the same word share it: "(will not|will be unable to|won't|will never)" becomes
 * "(will (not|be unable to|never)|won't)", so that the matcher tests "will" once instead of once per
 * option. An option moves forward to join its word's group only over options that start with other plain
 * words (no *, no vowel-harmony capitals): no word can start both, so the priority of every match is kept.
 */
function factor(node: PatternNode, cs: boolean): PatternNode {
  switch (node.kind) {
    case 'seq':
      return { kind: 'seq', items: node.items.map((item) => factor(item, cs)) };
    case 'opt':
      return { kind: 'opt', node: factor(node.node, cs) };
    case 'alt':
      // A choice of single words is one word test already.
      if (wordOptions(node)) return node;
      return factorOptions(
        node.options.map((option) => factor(option, cs)),
        cs,
      );
    default:
      return node;
  }
}

interface Group {
  word: PatternNode | null;
  options: PatternNode[];
  tails: PatternNode[][];
  /** Ends with the option that is the word alone: later ones would come before it if they joined. */
  closed: boolean;
}

function factorOptions(options: PatternNode[], cs: boolean): PatternNode {
  const groups: Group[] = [];
  const open = new Map<string, Group>();
  for (const option of options) {
    const items = option.kind === 'seq' ? option.items : [option];
    const first = items[0];
    if (first.kind !== 'word' || first.glob.includes('*') || (!cs && HARMONY_LETTER.test(first.glob))) {
      groups.push({ word: null, options: [option], tails: [], closed: true });
      open.clear(); // nothing moves over an option that may start with any of those words
      continue;
    }
    const key = cs ? first.glob : first.glob.toLowerCase();
    const tail = items.slice(1);
    let group = open.get(key);
    if (!group || group.closed) {
      group = { word: first, options: [], tails: [], closed: false };
      groups.push(group);
      open.set(key, group);
    }
    group.options.push(option);
    group.tails.push(tail);
    if (tail.length === 0) group.closed = true;
  }
  const nodes = groups.map((g): PatternNode => {
    if (g.options.length === 1 || !g.word) return g.options[0];
    const rest = g.tails.filter((t) => t.length > 0).map((t): PatternNode => (t.length === 1 ? t[0] : { kind: 'seq', items: t }));
    const alt = rest.length === 1 ? rest[0] : factorOptions(rest, cs);
    const after: PatternNode = g.tails[g.tails.length - 1].length === 0 ? { kind: 'opt', node: alt } : alt;
    return { kind: 'seq', items: [g.word, after] };
  });
  // Neighbouring one-word options become one word test ("(# | tänään | huomenna | ensi viikolla)": two
  // tests, not four); each takes one word and goes on to the same place, so their order does not matter.
  const merged: PatternNode[] = [];
  let run: PatternNode[] = [];
  const flush = () => {
    if (run.length) merged.push(run.length === 1 ? run[0] : { kind: 'alt', options: run });
    run = [];
  };
  for (const node of nodes) {
    if (wordOptions(node)) run.push(node);
    else {
      flush();
      merged.push(node);
    }
  }
  flush();
  return merged.length === 1 ? merged[0] : { kind: 'alt', options: merged };
}

/** The top-level elements ($1, $2, …), each factored (a factored element stays one element). */
function topItems(root: PatternNode, cs: boolean): PatternNode[] {
  return (root.kind === 'seq' ? root.items : [root]).map((item) => factor(item, cs));
}

function compileItems(source: string, items: PatternNode[], caseSensitive: boolean): Program {
  const root: PatternNode = items.length === 1 ? items[0] : { kind: 'seq', items };
  const insts: Inst[] = [];
  items.forEach((item, i) => {
    insts.push({ op: 'save', slot: 2 * i });
    emit(item, insts, caseSensitive);
    insts.push({ op: 'save', slot: 2 * i + 1 });
  });
  insts.push({ op: 'match' });
  // The anchor leaves out the first word (the index already found it), not the later words of a phrase.
  const afterFirst = items[0].kind === 'seq' ? [...items[0].items.slice(1), ...items.slice(1)] : items.slice(1);
  return {
    source,
    insts,
    code: assemble(insts),
    groups: items.length,
    maxWords: maxWords(root),
    first: firstWords(root, caseSensitive),
    anchor: caseSensitive ? null : anchorOf(afterFirst),
    needs: caseSensitive ? null : anchorOf(items),
  };
}

/** Words so common that an anchor made of them would let a pattern run in almost every sentence. */
const COMMON = new Set(
  `a an the to of in on at as is it be we i you and or for by not so if but that this
   ja on ei se että ne me te he sinä minä kun jos tai myös vain nyt
   och att det är en ett i på som för med till av vi du jag inte om har kan`.split(/\s+/),
);

/** How selective a set of required globs is (lower is better): few, long, plain and uncommon words. */
function selectivity(globs: string[]): number {
  let score = globs.length * 100;
  let shortest = Infinity;
  for (const g of globs) {
    if (g.includes('*')) score += 1000;
    if (COMMON.has(g.toLowerCase())) score += 10_000;
    shortest = Math.min(shortest, g.replace(/\*/g, '').length);
  }
  return score - Math.min(shortest, 20);
}

/** The most selective word that some word of any match must be. */
function anchorOf(items: PatternNode[]): WordTest | null {
  let best: string[] | null = null;
  for (const item of items) {
    const globs = required(item);
    if (globs && globs.length <= 300 && (!best || selectivity(globs) < selectivity(best))) best = globs;
  }
  return best && selectivity(best) < 10_000 ? wordTest(best, false) : null;
}

/** Word globs of which any match of `node` contains at least one word, or null when there are none. */
function required(node: PatternNode): string[] | null {
  const options = wordOptions(node);
  if (options) return options;
  switch (node.kind) {
    case 'seq': {
      let best: string[] | null = null;
      for (const item of node.items) {
        const r = required(item);
        if (r && (!best || selectivity(r) < selectivity(best))) best = r;
      }
      return best;
    }
    case 'alt': {
      const all = new Set<string>();
      for (const option of node.options) {
        const r = required(option);
        if (!r) return null;
        for (const w of r) all.add(w);
      }
      return [...all];
    }
    default:
      return null;
  }
}

/** The same word lists recur across patterns (and firstWords/anchors re-read them): build each test once. */
const wordTests = new Map<string, WordTest>();

function wordTest(globs: string[], caseSensitive: boolean): WordTest {
  const key = `${caseSensitive ? 1 : 0}${globs.join('|')}`;
  let test = wordTests.get(key);
  if (!test) {
    test = buildWordTest(globs, caseSensitive);
    wordTests.set(key, test);
  }
  return test;
}

const HARMONY_LETTER = /[AOU]/;

function buildWordTest(globs: string[], caseSensitive: boolean): WordTest {
  const all = new Set<string>();
  for (const glob of globs) {
    if (caseSensitive) {
      all.add(glob);
    } else if (!HARMONY_LETTER.test(glob)) {
      all.add(glob.toLowerCase());
    } else {
      let variants = [''];
      for (const ch of glob) {
        const options = HARMONY[ch] ?? [ch.toLowerCase()];
        const next: string[] = [];
        for (const v of variants) for (const o of options) next.push(v + o);
        variants = next.slice(0, MAX_VARIANTS);
      }
      for (const v of variants) all.add(v);
    }
  }
  const exact = new Set<string>();
  const split: string[][] = [];
  for (const v of all) {
    if (v.includes('*')) split.push(v.split('*'));
    else exact.add(v);
  }
  return { caseSensitive, variants: [...[...exact].map((v) => [v]), ...split], exact, globs: split };
}

/** Options that are each a single word ("olisit|olisitte") become one word test. */
function wordOptions(node: PatternNode): string[] | null {
  if (node.kind === 'word') return [node.glob];
  if (node.kind !== 'alt') return null;
  const globs: string[] = [];
  for (const option of node.options) {
    const inner = wordOptions(option);
    if (!inner) return null;
    globs.push(...inner);
  }
  return globs;
}

function emit(node: PatternNode, out: Inst[], cs: boolean): void {
  const options = wordOptions(node);
  if (options) {
    out.push({ op: 'word', test: wordTest(options, cs) });
    return;
  }
  switch (node.kind) {
    case 'any':
      out.push({ op: 'any' });
      return;
    case 'number':
      out.push({ op: 'number' });
      return;
    case 'seq':
      for (const item of node.items) emit(item, out, cs);
      return;
    case 'opt': {
      // Greedy: prefer taking the optional words.
      const split = { op: 'split', x: out.length + 1, y: 0 } as const;
      const at = out.length;
      out.push({ ...split });
      emit(node.node, out, cs);
      (out[at] as { y: number }).y = out.length;
      return;
    }
    case 'gap': {
      // Lazy: skip as few words as possible. Each split prefers x (stop skipping) over y (skip one more).
      const splits: number[] = [];
      for (let i = 0; i < node.max; i++) {
        splits.push(out.length);
        out.push({ op: 'split', x: -1, y: out.length + 1 });
        out.push({ op: 'any' });
      }
      for (const at of splits) (out[at] as { x: number }).x = out.length;
      return;
    }
    case 'alt': {
      const jumps: number[] = [];
      node.options.forEach((option, i) => {
        if (i < node.options.length - 1) {
          const at = out.length;
          out.push({ op: 'split', x: at + 1, y: 0 });
          emit(option, out, cs);
          jumps.push(out.length);
          out.push({ op: 'jmp', x: 0 });
          (out[at] as { y: number }).y = out.length;
        } else {
          emit(option, out, cs);
        }
      });
      for (const at of jumps) (out[at] as { x: number }).x = out.length;
      return;
    }
  }
}

function firstWords(node: PatternNode, cs: boolean): FirstWord[] {
  const options = wordOptions(node);
  if (options) return [{ kind: 'word', test: wordTest(options, cs) }];
  switch (node.kind) {
    case 'word': // handled above
    case 'any':
    case 'gap':
      return [{ kind: 'any' }];
    case 'number':
      return [{ kind: 'number' }];
    case 'alt':
      return node.options.flatMap((o) => firstWords(o, cs));
    case 'opt':
      return firstWords(node.node, cs);
    case 'seq': {
      const out: FirstWord[] = [];
      for (const item of node.items) {
        out.push(...firstWords(item, cs));
        if (item.kind !== 'opt' && item.kind !== 'gap') break;
      }
      return out;
    }
  }
}

export function testWord(test: WordTest, token: Token): boolean {
  const word = test.caseSensitive ? token.text : token.lower;
  if (test.exact.has(word)) return true;
  const { globs } = test;
  if (globs.length < MANY_GLOBS) {
    for (let i = 0; i < globs.length; i++) if (globMatch(globs[i], word)) return true;
    return false;
  }
  // A long list (a word class, a jargon list) is filed once by first and last letters (lib/pattern/globs.ts).
  let index = globIndexes.get(test);
  if (!index) {
    index = globIndex<true>();
    for (const parts of globs) fileGlob(index, parts, true);
    globIndexes.set(test, index);
  }
  return someGlob(index, word, yes);
}

/** From how many globs a word test files them by letters rather than trying each. */
const MANY_GLOBS = 8;
const globIndexes = new WeakMap<WordTest, GlobIndex<true>>();
const yes = (): boolean => true;

/** The number test (`#` in a pattern): a word with a digit of any script ("3", "²", "٣"). */
export function isNumberWord(word: string): boolean {
  return DIGIT.test(word);
}
const DIGIT = /\p{N}/u;

// The program as the VM runs it: one opcode per instruction and its operands in typed arrays (a list of
// objects of seven shapes made every instruction fetch a megamorphic property lookup).
const WORD = 0;
const ANY = 1;
const NUMBER = 2;
const SPLIT = 3;
const JMP = 4;
const SAVE = 5;
const MATCH = 6;
const OPCODES = { word: WORD, any: ANY, number: NUMBER, split: SPLIT, jmp: JMP, save: SAVE, match: MATCH } as const;

export interface Code {
  ops: Uint8Array;
  /** split/jmp: the first target; save: the slot. */
  x: Int32Array;
  /** split: the second target. */
  y: Int32Array;
  /** word: its test. */
  tests: (WordTest | null)[];
  /**
   * Per instruction, the instructions that consume a word (word, any, number) or end the match, reachable
   * from it through jumps, splits and saves: its epsilon closure, built on first use. Every jump in a
   * program goes forward, so a closure is finite and the recogniser never recurses.
   */
  closures: (Int32Array | undefined)[];
  /** Scratch: per instruction, the position mark it was last queued at. */
  seen: Int32Array;
  /** Scratch for closure(): per instruction, the closure mark it was last visited at. */
  visited: Int32Array;
  /** Per instruction, how many instructions building its closure visited (the work worstCaseSteps counts). */
  walked: Int32Array;
  /** What the first word must pass (startFilter), built on first use; null when there is nothing to gain. */
  start?: StartFilter | null;
}

/**
 * All the first words of a program as one test: a word that fails it starts no match, and the recogniser would
 * have spent `steps` finding that out (one per instruction of the first closure). Kept for programs that test the
 * first word more than once ("(that was our error|nothing you could have prevented|…)"), which the engine runs at
 * every word of a sentence or paragraph to look for an exception, and for those that test it once: there the test is
 * the program's own (case-sensitive or not), and a word that fails it costs one look-up, not a run of the recogniser.
 */
interface StartFilter {
  test: WordTest | null;
  number: boolean;
  steps: number;
}

function startFilter(code: Code): StartFilter | null {
  const first = closure(code, 0);
  if (first.length === 1) {
    const op = code.ops[first[0]];
    if (op === WORD) return { test: code.tests[first[0]], number: false, steps: 1 };
    if (op === NUMBER) return { test: null, number: true, steps: 1 };
    return null;
  }
  const exact = new Set<string>();
  const globs = new Map<string, string[]>();
  let number = false;
  for (let t = 0; t < first.length; t++) {
    const pc = first[t];
    const op = code.ops[pc];
    if (op === NUMBER) number = true;
    else if (op !== WORD)
      return null; // any word, or a match of no words: nothing to filter
    else {
      const test = code.tests[pc]!;
      if (test.caseSensitive) return null;
      for (const w of test.exact) exact.add(w);
      for (const g of test.globs) globs.set(g.join('*'), g);
    }
  }
  const split = [...globs.values()];
  const test: WordTest | null =
    exact.size || split.length ? { caseSensitive: false, variants: [...[...exact].map((v) => [v]), ...split], exact, globs: split } : null;
  return { test, number, steps: first.length };
}

function assemble(insts: Inst[]): Code {
  const n = insts.length;
  const code: Code = {
    ops: new Uint8Array(n),
    x: new Int32Array(n),
    y: new Int32Array(n),
    tests: new Array(n).fill(null),
    closures: new Array(n),
    seen: new Int32Array(n),
    visited: new Int32Array(n),
    walked: new Int32Array(n),
    start: undefined,
  };
  insts.forEach((inst, pc) => {
    code.ops[pc] = OPCODES[inst.op];
    if (inst.op === 'split') {
      code.x[pc] = inst.x;
      code.y[pc] = inst.y;
    } else if (inst.op === 'jmp') code.x[pc] = inst.x;
    else if (inst.op === 'save') code.x[pc] = inst.slot;
    else if (inst.op === 'word') code.tests[pc] = inst.test;
  });
  return code;
}

/**
 * The epsilon closure of `pc`, built once per instruction: a walk through jumps, splits and saves that marks
 * every instruction it reaches, so each is visited once. (Without the mark, each nested optional word doubled
 * the walk: "[[kiitos]]" forty times took hours.) Iterative, so a long program cannot overflow the stack.
 */
function closure(code: Code, pc: number): Int32Array {
  let c = code.closures[pc];
  if (!c) {
    const { ops, x, y, visited } = code;
    const m = ++closureMark;
    const out: number[] = [];
    const stack: number[] = [pc];
    let walked = 0;
    while (stack.length) {
      const at = stack.pop()!;
      if (visited[at] === m) continue;
      visited[at] = m;
      walked++;
      switch (ops[at]) {
        case JMP:
          stack.push(x[at]);
          break;
        case SPLIT:
          // x before y, as a recursive walk would go.
          stack.push(y[at], x[at]);
          break;
        case SAVE:
          stack.push(at + 1);
          break;
        default:
          out.push(at);
      }
    }
    c = code.closures[pc] = Int32Array.from(out);
    code.walked[pc] = walked;
  }
  return c;
}

/** Marks for closure(); a fresh number per closure built. */
let closureMark = 0;

/** Whether an opcode takes a word (word, any, number). */
export function isTaking(op: number): boolean {
  return op === WORD || op === ANY || op === NUMBER;
}

function consumes(code: Code, pc: number, token: Token): boolean {
  switch (code.ops[pc]) {
    case ANY:
      return true;
    case NUMBER:
      return isNumberWord(token.text);
    case WORD:
      return testWord(code.tests[pc]!, token);
    default:
      return false;
  }
}

/** Marks for the VM's "already queued at this position" check; a fresh number per position. */
let mark = 0;

/** Thread lists of the recogniser, reused across calls (grown to the longest program met). */
let pcsA = new Int32Array(64);
let pcsB = new Int32Array(64);

/**
 * Whether `program` matches at tokens[start]: a Pike VM without captures and without allocation, all
 * alternatives advancing together from closure to closure. Most attempts fail within a word or two, so the
 * engine asks this first and works out captures only on success.
 */
export function matchesAt(program: Program, tokens: Token[], start: number): boolean {
  if (start >= tokens.length) return false;
  const code = program.code;
  let filter = code.start;
  if (filter === undefined) filter = code.start = startFilter(code);
  if (filter !== null) {
    const token = tokens[start];
    if (!(filter.number && isNumberWord(token.text)) && !(filter.test !== null && testWord(filter.test, token))) {
      vmStats.steps += filter.steps;
      return false;
    }
  }
  return recognise(program, tokens, start);
}

/** matchesAt without the first-word filter: the recogniser itself (the filter's reference in tests). */
export function recognise(program: Program, tokens: Token[], start: number): boolean {
  if (start >= tokens.length) return false;
  const code = program.code;
  const n = code.ops.length;
  if (pcsA.length < n) {
    pcsA = new Int32Array(n * 2);
    pcsB = new Int32Array(n * 2);
  }
  const { ops, seen } = code;
  let current = pcsA;
  let next = pcsB;
  const first = closure(code, 0);
  let count = first.length;
  for (let t = 0; t < count; t++) current[t] = first[t];
  // Steps are counted here and added to vmStats on the way out (nothing in between can throw).
  let steps = 0;
  for (let pos = start; count > 0; pos++) {
    const token = tokens[pos];
    const m = ++mark;
    let nextCount = 0;
    for (let t = 0; t < count; t++) {
      steps++;
      const pc = current[t];
      if (ops[pc] === MATCH) {
        vmStats.steps += steps;
        return true;
      }
      if (!token || !consumes(code, pc, token)) continue;
      const to = closure(code, pc + 1);
      steps += to.length;
      for (let k = 0; k < to.length; k++) {
        const q = to[k];
        if (seen[q] !== m) {
          seen[q] = m;
          next[nextCount++] = q;
        }
      }
    }
    const swap = current;
    current = next;
    next = swap;
    count = nextCount;
  }
  vmStats.steps += steps;
  return false;
}

/**
 * An upper bound on the work of trying `program` at one word of any text, in VM steps: the recogniser run
 * as if every word passed every word test (so every thread that can be alive is), plus the capture search,
 * which visits each (instruction, word) pair at most once. Stops counting past `limit`. What a pattern
 * costs does not depend on the text beyond this: the engine tries it at each word, so a reply of n words
 * costs at most n times this.
 */
export function worstCaseSteps(program: Program, limit = Infinity): number {
  const code = program.code;
  const n = code.ops.length;
  const built = new Uint8Array(n);
  const use = (pc: number): Int32Array => {
    const c = closure(code, pc);
    // Building a closure is work too, once per program: counted the first time this run meets it.
    if (!built[pc]) {
      built[pc] = 1;
      steps += code.walked[pc];
    }
    return c;
  };
  let steps = n * (program.maxWords + 1); // the capture search's bound
  let current = use(0);
  for (let pos = 0; current.length > 0 && pos <= program.maxWords && steps <= limit; pos++) {
    const next: number[] = [];
    const queued = new Uint8Array(n);
    for (let t = 0; t < current.length && steps <= limit; t++) {
      steps++;
      const pc = current[t];
      if (code.ops[pc] === MATCH) continue; // the real run stops here; going on only over-counts
      const to = use(pc + 1);
      steps += to.length;
      for (let k = 0; k < to.length; k++) {
        if (!queued[to[k]]) {
          queued[to[k]] = 1;
          next.push(to[k]);
        }
      }
    }
    current = Int32Array.from(next);
  }
  return steps;
}

/** Failure marks of the capture search, per (instruction, word offset); reused across calls. */
let failed = new Int32Array(1024);

/**
 * The highest-priority match of `program` starting exactly at tokens[start], or null: the one a backtracking
 * matcher would find (greedy options, lazy gaps, alternatives left to right), with captures. The search goes
 * depth first in that priority order and remembers every (instruction, position) from which no match can
 * be reached, so it visits each pair at most once: linear, like the recogniser, however the pattern nests.
 * With `mustEnd`, only a match that ends exactly before tokens[mustEnd] counts (a rewrite's `for`).
 */
export function matchAt(program: Program, tokens: Token[], start: number, mustEnd?: number): Match | null {
  if (!matchesAt(program, tokens, start)) return null;
  const code = program.code;
  const width = program.maxWords + 1;
  const cells = code.ops.length * width;
  if (failed.length < cells) failed = new Int32Array(cells * 2);
  const caps: number[] = new Array(program.groups * 2).fill(-1);
  search = { code, tokens, start, width, mark: ++mark, caps, end: -1, mustEnd };
  if (!searchFrom(0, start)) return null;
  const end = search.end;
  const groups: ([number, number] | null)[] = [];
  for (let g = 0; g < program.groups; g++) {
    const s = caps[2 * g];
    const e = caps[2 * g + 1];
    groups.push(s >= 0 && e > s ? [s, e] : null);
  }
  return { start, end, groups };
}

/** The capture search under way (matchAt): one at a time, as the engine is synchronous. */
let search: { code: Code; tokens: Token[]; start: number; width: number; mark: number; caps: number[]; end: number; mustEnd: number | undefined };

/** Depth first from instruction `pc` at word `pos`, in priority order; marks (pc, pos) failed when no match is reachable. */
function searchFrom(pc: number, pos: number): boolean {
  const { code, width, start, mark: m, caps } = search;
  const cell = pc * width + (pos - start);
  if (failed[cell] === m) return false;
  vmStats.steps++;
  let found = false;
  switch (code.ops[pc]) {
    case MATCH:
      if (search.mustEnd !== undefined && pos !== search.mustEnd) return false;
      search.end = pos;
      return true;
    case JMP:
      found = searchFrom(code.x[pc], pos);
      break;
    case SPLIT:
      found = searchFrom(code.x[pc], pos) || searchFrom(code.y[pc], pos);
      break;
    case SAVE: {
      const slot = code.x[pc];
      const before = caps[slot];
      caps[slot] = pos;
      found = searchFrom(pc + 1, pos);
      if (!found) caps[slot] = before;
      break;
    }
    default:
      found = pos < search.tokens.length && consumes(code, pc, search.tokens[pos]) && searchFrom(pc + 1, pos + 1);
  }
  if (!found) failed[cell] = m;
  return found;
}

/** Every non-overlapping match in a run of tokens, left to right (used for exceptions and tests). */
export function findAll(program: Program, tokens: Token[]): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(program, tokens, i);
    if (m) {
      out.push(m);
      i = m.end - 1;
    }
  }
  return out;
}
