/**
 * Globs of the pattern language: a word with `*` for any letters ("asiakas*", "*mme", "*tarkastaja*"), kept split
 * at the stars. Matching one runs in O(word × glob) with no backtracking. A long list of globs is filed by the
 * letters a word must start or end with, so a word tries only the globs that can fit it (the engine's anchors, a
 * word class of sixty forms).
 */

/** Whether `word` fits the glob `parts` (the glob split at its stars; one part: the word itself). */
export function globMatch(parts: string[], word: string): boolean {
  if (parts.length === 1) return parts[0] === word;
  const head = parts[0];
  const tail = parts[parts.length - 1];
  if (word.length < head.length + tail.length || !word.startsWith(head) || !word.endsWith(tail)) return false;
  let at = head.length;
  const stop = word.length - tail.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = word.indexOf(parts[i], at);
    if (found < 0 || found + parts[i].length > stop) return false;
    at = found + parts[i].length;
  }
  return true;
}

const HEAD = 3;
const TAIL = 2;

/** Globs filed by their first three letters, else their last two, else in `rest`; each with a value. */
export interface GlobIndex<T> {
  byHead: Map<string, { parts: string[]; value: T }[]>;
  byTail: Map<string, { parts: string[]; value: T }[]>;
  rest: { parts: string[]; value: T }[];
}

export function globIndex<T>(): GlobIndex<T> {
  return { byHead: new Map(), byTail: new Map(), rest: [] };
}

export function fileGlob<T>(index: GlobIndex<T>, parts: string[], value: T): void {
  const head = parts[0];
  const tail = parts[parts.length - 1];
  const glob = { parts, value };
  const [map, key] = head.length >= HEAD ? [index.byHead, head.slice(0, HEAD)] : tail.length >= TAIL ? [index.byTail, tail.slice(-TAIL)] : [null, ''];
  if (!map) index.rest.push(glob);
  else {
    const list = map.get(key);
    if (list) list.push(glob);
    else map.set(key, [glob]);
  }
}

/** Calls `found` with the value of each glob `word` fits, until it returns true; returns whether one did. */
export function someGlob<T>(index: GlobIndex<T>, word: string, found: (value: T) => boolean): boolean {
  return (
    someIn(index.byHead.get(word.slice(0, HEAD)), word, found) ||
    someIn(index.byTail.get(word.slice(-TAIL)), word, found) ||
    someIn(index.rest, word, found)
  );
}

function someIn<T>(list: { parts: string[]; value: T }[] | undefined, word: string, found: (value: T) => boolean): boolean {
  if (!list) return false;
  for (let i = 0; i < list.length; i++) if (globMatch(list[i].parts, word) && found(list[i].value)) return true;
  return false;
}
