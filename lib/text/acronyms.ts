/**
 * An acronym the reader may not know: a short word in capitals ("EHCP", "ASN", "MDM"; Swedish "FU" in "FU-anmälan")
 * that is not a well-known one (the rule's `allow` list: EU, PDF, PIN…), not a code (capitals joined to digits:
 * "RMA-771092", "2FA"), not part of a shouted run ("PLEASE READ THIS"), not a product or a firm ("NORDCAD Pro"), not
 * a name after a greeting ("Hi ANNA": the language's greetings, `rewriting.<lang>.greetings`), and not defined in its own line ("service level agreement (SLA)"). Whether it
 * is explained right where it is used ("SLA, that is…") the engine decides, as for every jargon hint. The words that
 * tell a name, a code or a product (greetings, code and product words…) are language data: the rule's metric has
 * them, in its ruleset (lib/rulesets/, docs/rules.md), and a team adds its own.
 */
import type { Metric } from '../ruleset/schema';
import { isSmallLatin, type Token } from './tokens';
import { wordSet } from './word-set';

const CAPITALS = /^\p{Lu}+$/u;

/** The acronyms metric: its lists are the rule's language data (lib/rulesets/). */
export type AcronymsMetric = Extract<Metric, { kind: 'acronyms' }>;

/** A word of capital letters only, two letters or more. */
function allCaps(t: Token | undefined): boolean {
  return !!t && t.text.length >= 2 && CAPITALS.test(t.text);
}

function isCapitalised(word: string): boolean {
  return word.length > 1 && /\p{Lu}/u.test(word[0]) && /\p{Ll}/u.test(word[1]);
}

/**
 * Whether tokens[i] is an acronym to explain; `greetings` and `listWords` are the language's (its `rewriting` lists:
 * the words after a greeting are a name, a list word joins codes).
 */
export function isUnknownAcronym(
  tokens: readonly Token[],
  i: number,
  line: string,
  metric: AcronymsMetric,
  greetings: ReadonlySet<string>,
  listWords: ReadonlySet<string>,
): boolean {
  const t = tokens[i];
  // Most words start with a small letter, or have one second ("tämä", "Kiitos"): no regular expression for them.
  if (isSmallLatin(t.text.charCodeAt(0)) || isSmallLatin(t.text.charCodeAt(1))) return false;
  const allow = wordSet(metric.allow);
  if (t.text.length < metric.minLetters || t.text.length > metric.maxLetters || !CAPITALS.test(t.text) || allow.has(t.lower)) return false;
  // Four letters and two vowels read as a word shouted ("BOOK", "ÄNDÅ"), not an acronym ("EHCP", "BACS").
  if (t.text.length >= 4 && (t.lower.match(VOWELS)?.length ?? 0) > 1) return false;
  // A code: capitals joined by a hyphen to digits or capitals, either side ("RMA-771092", "PRO-M", "TEAM-25").
  if (line[t.end] === '-' && /[\p{N}\p{Lu}]/u.test(line[t.end + 1] ?? '')) return false;
  if (line[t.start - 1] === '-' && /[\p{N}\p{Lu}]/u.test(line[t.start - 2] ?? '')) return false;
  // A Roman numeral as parts and phases are numbered ("osa III", "Part IV"; not "ILL" or "MDM").
  if (ROMAN.test(t.text)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // Two capitals are as often an initial pair, a class or a unit ("EC form", "tax code BR"): an acronym when it
  // names a part of the organisation ("the DM team") or is joined to a word ("FU-anmälan").
  if (
    t.text.length === 2 &&
    !(line[t.end] === '-' && /\p{Ll}/u.test(line[t.end + 1] ?? '')) &&
    !wordSet(metric.teamWords).has(tokens[i + 1]?.lower ?? '')
  )
    return false;
  // The next word, one space after it: digits make a code or a number written in groups after its letters ("QQ 12 34
  // 56 C", "SE 45 5000 0000") or a registration number ("ABC 123", "DXK 47L"); a capitalised word a name.
  const next = after && /^[ \u00a0]$/.test(line.slice(t.end, after.start)) ? after.text : '';
  if (/^\p{N}/u.test(next)) return false;
  // Shouting, not an acronym: capitals beside capitals (the shouting rule speaks for them).
  if ((allCaps(before) && !allow.has(before.lower)) || (allCaps(after) && !allow.has(after.lower))) return false;
  if (isCapitalised(next)) return false;
  // After a capitalised word inside the sentence, one space before it: the end of a name ("Paris CDG", "Helsinki
  // HEL"); not after the sentence's first word ("Our SLA is…").
  if (i >= 2 && isCapitalised(before.text) && /^[ \u00a0]$/.test(line.slice(before.end, t.start))) return false;
  if (
    before &&
    (greetings.has(before.lower) ||
      wordSet(metric.greetings).has(before.lower) ||
      wordSet(metric.codeWords).has(before.lower) ||
      [...wordSet(metric.codeEndings)].some((e) => before.lower.endsWith(e)))
  )
    return false;
  // The next item of a list of codes after a code word ("i färgerna FT och CRD", "sizes S, M or XL").
  if (before && listWords.has(before.lower) && allCaps(tokens[i - 2]) && wordSet(metric.codeWords).has(tokens[i - 3]?.lower ?? '')) return false;
  // A product's name before what it is ("your TIX app", "BOXI-automaten" is a word of its own).
  if (after && wordSet(metric.productWords).has(after.lower)) return false;
  // In a web address or a path ("example.com/d/GH-stems"), or after a model's number ("Hobby De Luxe 490 KMF").
  if (line[t.start - 1] === '/' || line[t.end] === '/' || (i >= 2 && /^\p{N}+$/u.test(before.text) && isCapitalised(tokens[i - 2].text)))
    return false;
  // Beside a code of letters and digits ("from 1257L to BR"): a code too.
  for (let k = Math.max(0, i - 3); k < i; k++) if (/\p{N}/u.test(tokens[k].text) && /\p{L}/u.test(tokens[k].text)) return false;
  return !definedInLine(line, t.text, listWords);
}

/**
 * An acronym that opens its sentence as what the sentence defines: "MCS is the national certification scheme…", "The
 * DSG is a gearbox…", "BVC är en mottagning…" (a copula and an article after it; Finnish says it with "eli" or
 * "tarkoittaa", the @explain class).
 */
export function definesItself(tokens: readonly Token[], i: number): boolean {
  // Finnish, without articles: the copula, after the acronym or its compound ("ISRC-koodit"), and a relative clause
  // that says what it is ("DDP on tiedostopaketti, josta…", "ISRC-koodit ovat tunnistenumeroita, joiden avulla…").
  const k = i + (COPULA.test(tokens[i + 1]?.lower ?? '') || tokens[i + 1]?.start !== tokens[i]?.end + 1 ? 1 : 2);
  return (
    ((i === 0 || (i === 1 && /^(?:the|a|an)$/.test(tokens[0].lower))) &&
      /^(?:is|are|är) (?:the|a|an|en|ett)$/.test(`${tokens[i + 1]?.lower} ${tokens[i + 2]?.lower}`)) ||
    (i === 0 && COPULA.test(tokens[k]?.lower ?? '') && tokens.slice(k + 2, k + 6).some((t) => RELATIVE.test(t.lower)))
  );
}

const COPULA = /^(?:on|ovat)$/;
const RELATIVE = /^(?:jo(?:ka|nka|ta|ssa|sta|hon|lla|lta|lle|ksi|tka|iden|ita|issa|ista|ihin|illa|ilta|ille)|mi(?:kä|nkä|tä|ssä|stä|hin|llä))$/;

/**
 * The acronym is defined in its line: in brackets ("… (SLA)"), in quotes ('shortened to "EC claim"'), or after a
 * comma or bracket that follows a name with its first letter ("Allmänna reklamationsnämnden, ARN").
 */
function definedInLine(line: string, acronym: string, listWords: ReadonlySet<string>): boolean {
  if (line.includes(`(${acronym})`) || line.includes(`"${acronym}`) || line.includes(`“${acronym}`) || line.includes(`'${acronym}`)) return true;
  for (let at = line.indexOf(acronym); at >= 0; at = line.indexOf(acronym, at + 1)) {
    let k = at - 1;
    while (k >= 0 && line[k] === ' ') k--;
    if (line[k] !== ',' && line[k] !== '(') continue;
    const words = line
      .slice(Math.max(0, k - 60), k)
      .split(/\s+/)
      .slice(-4);
    if (words.some((w) => w.length > 2 && w[0] === acronym[0] && /\p{Ll}/u.test(w[1] ?? ''))) return true;
  }
  return glossedAfter(line, acronym, listWords) || spelledOut(line, acronym);
}

/**
 * The acronym spelled out in its line by the first letters of capitalised words, small words of up to three letters
 * between them allowed: "a PCP, or Personal Contract Purchase", "Department for Work and Pensions … DWP".
 */
function spelledOut(line: string, acronym: string): boolean {
  const words = line.match(/\p{L}+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    let k = 0;
    for (let j = i; j < words.length && k < acronym.length; j++) {
      if (/^\p{Lu}\p{Ll}/u.test(words[j]) && words[j][0] === acronym[k]) k++;
      else if (!(k && /^\p{Ll}{1,3}$/u.test(words[j]))) break;
    }
    if (k === acronym.length) return true;
  }
  return false;
}

/** Words that start a clause or a list's next item after a comma, not a gloss ("MDM, so your phone…"). */
const NOT_A_GLOSS = new Set(
  'and or but so which who that then once when if because as otherwise since while although though please we i you it they he she this these there och eller men så som vilket vilka där när om eftersom då medan fast att sedan sen vi jag du ni det den de han hon ja tai mutta joten joka mikä kun jos koska me minä sinä te se ne'.split(
    ' ',
  ),
);

/**
 * The acronym glossed in an apposition right after it: "GDPR, EU:s dataskyddsförordning.", "the DSO, the distribution
 * system operator, will…": after a comma, one to five words up to the next punctuation, none in capitals, one of them
 * a long word in small letters, and not a clause ("MDM, so your phone…") or the list's next item ("DSO, NIS"; a word of
 * the language's `listWords`).
 */
function glossedAfter(line: string, acronym: string, listWords: ReadonlySet<string>): boolean {
  for (let at = line.indexOf(acronym); at >= 0; at = line.indexOf(acronym, at + 1)) {
    const rest = line.slice(at + acronym.length);
    if (!rest.startsWith(', ')) continue;
    const segment = /^,\s+([^.,;:!?()]{1,80})(?:[.,;:!?)]|$)/u.exec(rest.replace(/(\p{Lu}):(\p{Ll})/gu, '$1_$2'))?.[1];
    if (!segment) continue;
    const words = segment.trim().split(/\s+/);
    if (words.length > 5 || NOT_A_GLOSS.has(words[0].toLowerCase())) continue;
    if (words.some((w) => /^\p{Lu}{2,}$/u.test(w))) continue;
    // A list goes on ("the NIS, the database and billing"); a gloss may join the halves of a compound ("plan- och bygglagen").
    if (words.some((w, k) => listWords.has(w.toLowerCase()) && !words[k - 1]?.endsWith('-'))) continue;
    if (words.some((w) => w.length >= 8 && /^\p{Ll}+$/u.test(w))) return true;
  }
  return false;
}

const VOWELS = /[aeiouyåäöæø]/g;
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * A hint on a word in capitals that a rewrite kept letter for letter from the words it replaced ("BACS" in
 * "…FOR BACS PROCESSING" → "…for BACS processing") is the writer's own acronym, not one the rewrite brought in.
 */
export function keptAcronym(text: string, replaced: string): boolean {
  return text.length >= 2 && CAPITALS.test(text) && replaced.includes(text);
}
