/**
 * Hints the writer dismissed, kept by rule and place in the text rather than by hint id: a hint's id changes when
 * its line changes, and the writer who dismissed "olisit lukenut" expects it to stay dismissed while they type on,
 * on that line or any other. After each edit the places move with the text; a dismissal whose words the edit cut
 * through is forgotten (the words are not the same any more).
 */
import type { Hint } from '../../lib/index';

export interface Dismissal {
  ruleId: string;
  start: number;
  end: number;
}

/** The one stretch of text an edit replaced: [from, oldEnd) in `before` became [from, newEnd) in `after`. */
export function editBetween(before: string, after: string): { from: number; oldEnd: number; newEnd: number } {
  const most = Math.min(before.length, after.length);
  let from = 0;
  while (from < most && before.charCodeAt(from) === after.charCodeAt(from)) from++;
  let tail = 0;
  while (tail < most - from && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { from, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** Moves the dismissals through the edit from `before` to `after`. */
export function carryDismissals(list: readonly Dismissal[], before: string, after: string): Dismissal[] {
  if (list.length === 0 || before === after) return [...list];
  const { from, oldEnd, newEnd } = editBetween(before, after);
  const delta = newEnd - oldEnd;
  const out: Dismissal[] = [];
  for (const d of list) {
    if (d.end <= from)
      out.push(d); // before the edit
    else if (d.start >= oldEnd)
      out.push({ ...d, start: d.start + delta, end: d.end + delta }); // after it
    else if (d.start <= from && d.end >= oldEnd) out.push({ ...d, end: d.end + delta }); // typed inside the words
    // else: the edit cut through the words: forgotten
  }
  return out;
}

/** Whether `hint` is one the writer dismissed: the same rule on the same words. */
export function isDismissed(list: readonly Dismissal[], hint: Pick<Hint, 'ruleId' | 'start' | 'end'>): boolean {
  return list.some((d) => d.ruleId === hint.ruleId && d.start < hint.end && hint.start < d.end);
}

/** The dismissals moved onto the hints they match now (a hint may have grown or shrunk with the words typed). */
export function followHints(list: readonly Dismissal[], hints: readonly Hint[]): Dismissal[] {
  return list.map((d) => {
    const h = hints.find((x) => isDismissed([d], x));
    return h ? { ruleId: d.ruleId, start: h.start, end: h.end } : d;
  });
}
