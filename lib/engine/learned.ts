/**
 * A learned second opinion: a small linear model per category and language that reads a whole sentence and says
 * how likely it carries the category's problem ("Lähetitte hakemuksen ilman liitteitä, joten…" is blame whatever
 * words it uses). Rules find the wordings they list; the model finds the same idea in words no rule lists, and
 * it can also tell a rule's hint that reads like the clean near misses it was trained on.
 *
 * The model is data in the ruleset (a rule whose metric is `{ kind: 'learned' }`, lib/ruleset/schema.ts): hashed
 * word features, weights in whole numbers with one scale. This file is its one home: the features (the training
 * script, scripts/train-learned.ts, uses the same function), the decoding of its weights and the score.
 */
import type { Token } from '../text/tokens';

/** What a learned metric holds (the zod shape is in lib/ruleset/schema.ts). */
export interface LearnedModel {
  /** Features are hashed into this many buckets (a power of two). */
  buckets: number;
  bias: number;
  /** A weight is `scale × weights[k]`. */
  scale: number;
  /** Bucket numbers of the weights in ascending order, each as its distance from the one before: base64 of LEB128 numbers. */
  ids: string;
  /** The weights, whole numbers from -127 to 127: base64 of one signed byte each. */
  weights: string;
  /** A sentence scoring at least this (a logit) gets a hint of the model's own. */
  threshold: number;
  /** A rule's hint of the category stays only where the sentence scores at least this (absent: always). */
  veto?: number;
}

/**
 * The features of a sentence: hashed word forms, word beginnings (Finnish stems), endings and word pairs. Per word
 * ('^' before the first, '$' after the last; a word with a digit is '0'): the word, its first five letters when it
 * is longer, its last three when it has more than four, the pair of it and the word before, and the pair of their
 * first five letters. Each distinct feature once, the word's own first.
 *
 * One pass over a word's letters hashes all of it (FNV-1a, its state after five letters is the stem's), and
 * the features are mixes of those hashes: no string is built and no letter read twice, which keeps the
 * model's part of a cold analysis small (docs/benchmarks.md).
 */
export function featureIds(tokens: readonly Token[], buckets: number): number[] {
  lastTokens = undefined; // the buffer learnedScore() keeps its sentence's features in is about to change
  return Array.from(fillFeatures(tokens, buckets).subarray(0, featureCount));
}

/** fillFeatures()' answer: the first `featureCount` numbers of the buffer it returns. */
let featureCount = 0;
let features = new Int32Array(512);
/** `seenIn[id] === sentenceStamp` once the sentence has feature id. */
let seenIn = new Int32Array(0);
let sentenceStamp = 0;

const FNV_START = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** One number per kind of feature, so that a word and a pair of the same hash fall in different buckets. */
const WORD = 0x1b873593;
const BEGINNING = 0x5bd1e995;
const ENDING = 0x27d4eb2f;
const PAIR = 0x165667b1;
const STEM_PAIR = 0x61c88647;
const OPEN = fnv('^', 0, 1);
const CLOSE = fnv('$', 0, 1);
const DIGITS = fnv('0', 0, 1);

function fillFeatures(tokens: readonly Token[], buckets: number): Int32Array {
  const mask = buckets - 1;
  if (seenIn.length !== buckets) seenIn = new Int32Array(buckets);
  if (features.length < tokens.length * 5 + 1) features = new Int32Array(tokens.length * 10 + 8);
  if (++sentenceStamp === 0x7fffffff) {
    seenIn.fill(0);
    sentenceStamp = 1;
  }
  featureCount = 0;
  let prev = OPEN;
  let prevStem = OPEN;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].lower;
    const n = w.length;
    let whole = FNV_START;
    let stem = 0;
    let digit = false;
    for (let k = 0; k < n; k++) {
      const c = w.charCodeAt(k);
      if (c >= 48 && c <= 57) {
        digit = true;
        break;
      }
      whole = Math.imul(whole ^ c, FNV_PRIME);
      if (k === 4) stem = whole;
    }
    if (digit) whole = stem = DIGITS;
    else if (n <= 5) stem = whole;
    add(mix(whole ^ WORD) & mask);
    if (!digit && n > 5) add(mix(stem ^ BEGINNING) & mask);
    if (!digit && n > 4) add(mix(fnv(w, n - 3, n) ^ ENDING) & mask);
    add(pair(PAIR, prev, whole) & mask);
    add(pair(STEM_PAIR, prevStem, stem) & mask);
    prev = whole;
    prevStem = stem;
  }
  add(pair(PAIR, prev, CLOSE) & mask);
  return features;
}

function add(id: number): void {
  if (seenIn[id] === sentenceStamp) return;
  seenIn[id] = sentenceStamp;
  features[featureCount++] = id;
}

/** FNV-1a over text[from, to) (UTF-16 code units). */
function fnv(text: string, from: number, to: number): number {
  let h = FNV_START;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Spreads a hash's bits over all 32 (MurmurHash3's finaliser), as an unsigned number. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A feature of two hashes in order, of one kind. */
function pair(kind: number, a: number, b: number): number {
  return mix((Math.imul(mix(a ^ kind), 0x9e3779b1) ^ b) | 0);
}

const decoded = new WeakMap<LearnedModel, Int8Array>();

/**
 * The model's weights as a table of one signed byte per bucket, decoded once per model: a look-up per feature is an
 * index, which keeps a cold analysis fast (6 models × 5 features a word).
 */
function table(model: LearnedModel): Int8Array {
  let t = decoded.get(model);
  if (!t) {
    t = new Int8Array(model.buckets);
    const gaps = unpackIds(model.ids);
    const weights = bytes(model.weights);
    let id = 0;
    for (let k = 0; k < gaps.length && k < weights.length; k++) {
      id += gaps[k];
      if (id < t.length) t[id] = (weights[k] << 24) >> 24;
    }
    decoded.set(model, t);
  }
  return t;
}

/** The model's weights by bucket (those not zero). */
export function learnedWeights(model: LearnedModel): Map<number, number> {
  const out = new Map<number, number>();
  table(model).forEach((w, id) => {
    if (w) out.set(id, w * model.scale);
  });
  return out;
}

/** How many weights a packed model has (and how many ids: the schema checks they agree). */
export function packedCounts(model: Pick<LearnedModel, 'ids' | 'weights'>): { ids: number; weights: number } {
  return { ids: unpackIds(model.ids).length, weights: bytes(model.weights).length };
}

function bytes(base64: string): Uint8Array {
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

function unpackIds(base64: string): number[] {
  const b = bytes(base64);
  const out: number[] = [];
  let n = 0;
  let shift = 0;
  for (let i = 0; i < b.length; i++) {
    n += (b[i] & 0x7f) * 2 ** shift;
    shift += 7;
    if (b[i] < 0x80) {
      out.push(n);
      n = 0;
      shift = 0;
    }
  }
  return out;
}

function base64(b: readonly number[]): string {
  let text = '';
  for (const x of b) text += String.fromCharCode(x & 0xff);
  return btoa(text);
}

/** The sentence last scored and its features' count: the models of one language all read the same sentence in turn. */
let lastTokens: readonly Token[] | undefined;
let lastBuckets = 0;
let lastCount = 0;

/** The sentence's score (a logit: above 0 the model leans to the problem). Each feature counts 1/√n. */
export function learnedScore(model: LearnedModel, tokens: readonly Token[]): number {
  if (tokens.length === 0) return -Infinity;
  if (tokens !== lastTokens || model.buckets !== lastBuckets) {
    fillFeatures(tokens, model.buckets);
    lastTokens = tokens;
    lastBuckets = model.buckets;
    lastCount = featureCount;
  }
  return score(model, features, lastCount);
}

/** The score of a sentence given its features (featureIds): the training script scores with it too. */
export function scoreFeatures(model: LearnedModel, ids: readonly number[]): number {
  return score(model, ids, ids.length);
}

function score(model: LearnedModel, ids: ArrayLike<number>, count: number): number {
  const weights = table(model);
  let sum = 0;
  for (let k = 0; k < count; k++) sum += weights[ids[k]];
  return model.bias + (sum * model.scale) / Math.sqrt(count);
}

/** The fewest words a sentence needs before the model may take a rule's hint in it back: in a short one ("The answer is still no.") it errs. */
export const VETO_WORDS = 9;

/**
 * Whether the model takes back a rule's hint of its category in a sentence that scored `score` (its veto line): where
 * the sentence says enough for the model to overrule a rule, and no rule finds another category's problem in it (a
 * refusal that blames: the model of one category reads the other's problem as not its own, not as clean). The engine
 * and the training script's cross-validation both ask this.
 */
export function vetoes(model: LearnedModel, score: number, words: number, otherProblem: () => boolean): boolean {
  return underVeto(model, score, words) && !otherProblem();
}

/** The first part of vetoes(): the sentence scores under the veto line and says enough (the engine asks the rest without a closure). */
export function underVeto(model: LearnedModel, score: number, words: number): boolean {
  return model.veto !== undefined && score < model.veto && words >= VETO_WORDS;
}

/** Weights in the ruleset's form: the largest `keep` by size, as whole numbers with one scale and ascending ids. */
export function packWeights(dense: Float64Array | number[], keep: number): Pick<LearnedModel, 'scale' | 'ids' | 'weights'> {
  const order = [...dense.keys()].filter((i) => dense[i] !== 0).sort((a, b) => Math.abs(dense[b]) - Math.abs(dense[a]));
  const kept = order.slice(0, keep).sort((a, b) => a - b);
  const max = kept.reduce((m, i) => Math.max(m, Math.abs(dense[i])), 0) || 1;
  const scale = max / 127;
  const ids: number[] = [];
  const weights: number[] = [];
  let last = 0;
  for (const i of kept) {
    const w = Math.round(dense[i] / scale);
    if (w === 0) continue;
    // LEB128: seven bits a byte, the high bit set on every byte but a number's last.
    let gap = i - last;
    while (gap >= 0x80) {
      ids.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 0x80);
    }
    ids.push(gap);
    weights.push(w);
    last = i;
  }
  return { scale, ids: base64(ids), weights: base64(weights) };
}
