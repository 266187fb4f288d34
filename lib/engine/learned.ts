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

/** The features of a sentence: hashed word forms, word beginnings (Finnish stems), endings and word pairs. */
export function featureIds(tokens: readonly Token[], buckets: number): number[] {
  const out = new Set<number>();
  const mask = buckets - 1;
  // The word before, and its first five letters ('^' before the first word); a word with a digit is '0'.
  let prev = '^';
  let prevStem = 1;
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i].lower;
    const w = hasDigit(raw) ? '0' : raw;
    const n = w.length;
    const stem = Math.min(n, 5);
    out.add(hash('w', w, 0, n) & mask);
    if (n > 5) out.add(hash('p', w, 0, 5) & mask);
    if (n > 4) out.add(hash('s', w, n - 3, n) & mask);
    out.add(pair('b', prev, prev.length, w, n) & mask);
    out.add(pair('q', prev, prevStem, w, stem) & mask);
    prev = w;
    prevStem = stem;
  }
  out.add(pair('b', prev, prev.length, '$', 1) & mask);
  return [...out];
}

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** FNV-1a over a one-letter kind and text[from, to) (UTF-16 code units), as an unsigned 32-bit number. */
function hash(kind: string, text: string, from: number, to: number): number {
  let h = Math.imul(0x811c9dc5 ^ kind.charCodeAt(0), 0x01000193);
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The same over the first `an` letters of a, a space, and the first `bn` of b. */
function pair(kind: string, a: string, an: number, b: string, bn: number): number {
  let h = Math.imul(0x811c9dc5 ^ kind.charCodeAt(0), 0x01000193);
  for (let i = 0; i < an; i++) h = Math.imul(h ^ a.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 0x20, 0x01000193);
  for (let i = 0; i < bn; i++) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
  return h >>> 0;
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

/** The features of the sentence last scored: the models of one language all read the same sentence in turn. */
let lastTokens: readonly Token[] | undefined;
let lastBuckets = 0;
let lastIds: number[] = [];

/** The sentence's score (a logit: above 0 the model leans to the problem). Each feature counts 1/√n. */
export function learnedScore(model: LearnedModel, tokens: readonly Token[]): number {
  if (tokens.length === 0) return -Infinity;
  if (tokens !== lastTokens || model.buckets !== lastBuckets) {
    lastIds = featureIds(tokens, model.buckets);
    lastTokens = tokens;
    lastBuckets = model.buckets;
  }
  return scoreFeatures(model, lastIds);
}

/** The score of a sentence given its features (featureIds): the training script scores with it too. */
export function scoreFeatures(model: LearnedModel, ids: readonly number[]): number {
  const weights = table(model);
  let sum = 0;
  for (let k = 0; k < ids.length; k++) sum += weights[ids[k]];
  return model.bias + (sum * model.scale) / Math.sqrt(ids.length);
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
