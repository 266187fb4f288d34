/**
 * A ruleset's word list (a metric's `allow`, its greetings, acronyms…) as the engine reads it: a set of lower-case
 * words, made once per list. Pure: no browser globals.
 */
const NONE: readonly string[] = [];
const sets = new WeakMap<readonly string[], ReadonlySet<string>>();

export function wordSet(list: readonly string[] = NONE): ReadonlySet<string> {
  let set = sets.get(list);
  if (!set) sets.set(list, (set = new Set(list.map((w) => w.toLowerCase()))));
  return set;
}
