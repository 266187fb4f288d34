/**
 * What one pattern may cost. The matcher is linear in the text, but the work it does at each word grows with
 * the pattern: a chain of optional words keeps many alternatives alive at once. Every pattern is compiled and
 * run once on its worst case (a text whose every word passes every word test, see worstCaseSteps) before a
 * ruleset is accepted, and refused past PATTERN_STEP_BUDGET steps at one word. The bundled rules' costliest
 * pattern takes about 4,800; forty nested optional words "[[kiitos]] …" take 25,000.
 *
 * Pure and zod-free: the schema (validate, test, sign, workbench, the background) and the engine's compile
 * (the content script, defence in depth) both use it.
 */
import { compileAlternatives, compilePattern, isTaking, worstCaseSteps, type Program } from './match';

/** VM steps one pattern may take at one word of a reply, at worst. */
export const PATTERN_STEP_BUDGET = 20_000;

/** The worst-case steps of the programs the engine runs at one word for a pattern (all its pieces). */
export function programsCost(programs: readonly Program[], limit = PATTERN_STEP_BUDGET): number {
  let total = 0;
  for (const p of programs) {
    total += worstCaseSteps(p, limit - total);
    if (total > limit) break;
  }
  return total;
}

/**
 * A quick upper bound on programsCost, from the program's size alone: at every word each of its k word-taking
 * instructions (and the match) alive, each going on to all k + 1; k + 1 closures built, each visiting all n
 * instructions; the capture search's n per word.
 */
function quickBound(programs: readonly Program[]): number {
  let bound = 0;
  for (const p of programs) {
    const { ops } = p.code;
    const n = ops.length;
    let k = 0;
    for (let pc = 0; pc < n; pc++) if (isTaking(ops[pc])) k++;
    bound += (p.maxWords + 2) * (k + 1) * (k + 1) + (k + 1) * n + n * (p.maxWords + 1);
  }
  return bound;
}

/** The worst-case steps of a pattern at one word: as a rule or cue (its pieces) and as an exception (whole). */
export function patternCost(source: string, caseSensitive = false, limit = PATTERN_STEP_BUDGET): number {
  const pieces = programsCost(compileAlternatives(source, caseSensitive), limit);
  if (pieces > limit) return pieces;
  return Math.max(pieces, programsCost([compilePattern(source, caseSensitive)], limit));
}

/** Thrown by compile when a pattern is too costly; the message says what to do. */
export class PatternCostError extends Error {}

export const COST_MESSAGE =
  `too much work for the matcher: more than ${PATTERN_STEP_BUDGET.toLocaleString('en')} steps at each word of a reply ` +
  "(the limit that keeps any ruleset from freezing a writer's browser); use fewer optional parts [ ] and gaps ..., " +
  'or split it into several patterns';

/** Throws PatternCostError when the programs of one pattern cost more than the budget at one word. */
export function assertAffordable(programs: readonly Program[]): void {
  // Most patterns are small enough for the quick bound: the compile of the bundled rules stays as fast.
  if (quickBound(programs) <= PATTERN_STEP_BUDGET) return;
  if (programsCost(programs) > PATTERN_STEP_BUDGET) throw new PatternCostError(COST_MESSAGE);
}
