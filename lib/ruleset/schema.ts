/**
 * The ruleset format: what a team's tone-of-voice workbook looks like as data. Validation names the JSON
 * path of every problem in words a supervisor can act on (see formatIssues).
 */
import { z } from 'zod';
import { CATEGORY_IDS, LANGUAGES, STEP_IDS } from '../coaching';
import { COST_MESSAGE, patternCost, PATTERN_STEP_BUDGET } from '../pattern/cost';
import { compilePattern } from '../pattern/match';
import { parsePattern, PatternError } from '../pattern/parse';
import { rulesetCostProblem } from './budget';

export const SCHEMA_VERSION = 1;

const Lang = z.enum(LANGUAGES, { error: 'use a language code: fi, en or sv' });
const StepIdSchema = z.enum(STEP_IDS);
const Id = z
  .string({ error: 'give an id as text' })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'an id uses lower-case letters a-z, digits, dots and hyphens, like "fi.blame.olisit"');
const Text = z.string({ error: 'give this as text' }).trim().min(1, 'this text is empty');
const LocalText = z
  .partialRecord(Lang, Text)
  .refine((o) => Object.keys(o).length > 0, 'give the text in at least one language: {"fi": "…", "en": "…", "sv": "…"}');
const PatternText = z
  .string({ error: 'a pattern is text, like "pahoittel* mahdollis*"' })
  .min(1, 'this pattern is empty')
  .superRefine((pattern, ctx) => {
    try {
      parsePattern(pattern);
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      ctx.addIssue({ code: 'custom', message: `pattern "${pattern}": ${e.message} (at character ${e.column})` });
      return;
    }
    // Compiled and run once on its worst case: a pattern that would cost too much at a word is refused here,
    // wherever a ruleset is accepted (validate, test, sign, the workbench, the extension).
    if (patternCost(pattern) > PATTERN_STEP_BUDGET) ctx.addIssue({ code: 'custom', message: `pattern "${pattern}": ${COST_MESSAGE}` });
  });

export const ExceptionSchema = z.union(
  [PatternText, z.strictObject({ pattern: PatternText, scope: z.enum(['match', 'sentence', 'paragraph', 'reply', 'next']).default('match') })],
  { error: 'an exception is a pattern, or {"pattern": "…", "scope": "match" | "sentence" | "paragraph" | "reply" | "next"}' },
);

/** A step cue's exceptions: a cue marks a step for the whole reply, so "paragraph" would mean nothing there. */
export const StepExceptionSchema = z.union(
  [PatternText, z.strictObject({ pattern: PatternText, scope: z.enum(['match', 'sentence']).default('match') })],
  { error: 'an exception of a step cue is a pattern, or {"pattern": "…", "scope": "match" | "sentence"}' },
);

/** A condition: the rule hints only when this is found too, in the same sentence (default) or paragraph. */
export const RequirementSchema = z.union(
  [PatternText, z.strictObject({ pattern: PatternText, scope: z.enum(['sentence', 'paragraph', 'reply']).default('sentence') })],
  { error: 'a requirement is a pattern, or {"pattern": "…", "scope": "sentence" | "paragraph" | "reply"}' },
);

/** One word of a word list, compared with the reply's words in any case ("app", "koodi"). */
const ListWord = z
  .string({ error: 'a word list holds words as text, like "app"' })
  .trim()
  .regex(/^[^\s]+$/u, 'one word per entry, without spaces: write "code" and "number", not "code number"');
const wordList = (field: string, example: string) => z.array(ListWord, { error: `${field} is a list of words, like ${example}` });

/**
 * The acronyms metric's word lists, in the rule's language: what tells an acronym from a name, a code or a product
 * (lib/text/acronyms.ts reads them). A team adds to them with `overrides` (docs/rules.md).
 */
const ACRONYM_LISTS = {
  /** Words that open a greeting: capitals after one are a name ("Hi ANNA", "Hei MATTI"). */
  greetings: wordList('greetings', '["hi", "hello"]'),
  /** Words after which capitals are a code or a class ("tax code BR", "plan PRO", "zone C"). */
  codeWords: wordList('codeWords', '["code", "zone"]'),
  /** Endings of a compound that labels a code: capitals after it are its value ("värikoodi GRN", "asiakastunnus"). */
  codeEndings: wordList('codeEndings', '["koodi", "tunnus"]'),
  /** Words after which capitals name a product ("your TIX app"). */
  productWords: wordList('productWords', '["app", "portal"]'),
  /** Words after which two capitals name a part of the organisation, and so are an acronym ("the DM team"). */
  teamWords: wordList('teamWords', '["team", "desk"]'),
};

/**
 * The capitals metric's word lists, in the rule's language: what a rewrite that puts shouting in small letters keeps,
 * and what counts as shouting (lib/rewrite/marks.ts and render.ts read them from the reply's context).
 */
const SHOUT_LISTS = {
  /** Acronyms written in capitals: kept when shouting goes small, and no shouting left beside small letters. */
  acronyms: wordList('acronyms', '["sla", "iban"]').default([]),
  /** Short words that shout in capitals as long ones do ("tätä EI voi", "NOT refunded"). */
  shortShouts: wordList('shortShouts', '["ei", "not"]').default([]),
  /** Abbreviations written in small letters ("klo", "esim."): in capitals they are shouted with the rest. */
  smallAbbreviations: wordList('smallAbbreviations', '["klo", "esim"]').default([]),
  /** Words of `allow` that are as often everyday words: put in small letters inside a shouted run ("WRITE TO US"). */
  wordLike: wordList('wordLike', '["us", "it"]').default([]),
  /** Words that keep their capital when shouting goes small, and in mid-sentence ("FRIDAY" → "Friday"). */
  capitalised: wordList('capitalised', '["friday", "june"]').default([]),
  /**
   * Words that open a noun phrase (articles, possessives: "an", "your"; "en", "er"): one word in capitals alone between
   * one of them and a word in small letters names a thing ("an IRROPS event", "er BRF styrelse"), it is not shouting.
   */
  determiners: wordList('determiners', '["the", "an"]').default([]),
};

export const MetricSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('sentence-words'), max: z.int().min(5).max(200) }),
    z.strictObject({ kind: z.literal('word-letters'), max: z.int().min(10).max(200) }),
    z.strictObject({
      kind: z.literal('capitals'),
      /** A run of capitalised words is flagged from this many letters on. */
      minLetters: z.int().min(2).max(50).default(5),
      /** Acronyms that are not shouting (KELA, SLA). */
      allow: z.array(z.string()).default([]),
      ...SHOUT_LISTS,
    }),
    z.strictObject({ kind: z.literal('repeated-punctuation') }),
    z.strictObject({
      kind: z.literal('acronyms'),
      /** A word of capitals from this many letters to maxLetters is an acronym to explain (longer ones: shouting). */
      minLetters: z.int().min(2).max(10).default(2),
      maxLetters: z.int().min(2).max(10).default(6),
      /** Acronyms every reader knows (EU, PDF, PIN) and capitalised common words (NOT, ALL). */
      allow: z.array(z.string()).default([]),
      greetings: ACRONYM_LISTS.greetings.default([]),
      codeWords: ACRONYM_LISTS.codeWords.default([]),
      codeEndings: ACRONYM_LISTS.codeEndings.default([]),
      productWords: ACRONYM_LISTS.productWords.default([]),
      teamWords: ACRONYM_LISTS.teamWords.default([]),
    }),
  ],
  { error: 'metric.kind is one of sentence-words, word-letters, capitals, repeated-punctuation, acronyms' },
);

const Severity = z.enum(['info', 'warning'], { error: 'severity is "info" or "warning"' });

/**
 * A rewrite with what it stands in for and where it fits (docs/rules.md, "Rewrites"): exactly one of `text`
 * (a template: $0 the match, $1… its elements, {sinä-form|Te-form}), `forms` (a glossary, form by form), `drop`
 * (words to take out of the match) or `lower` (the match in small letters, names kept).
 */
export const SuggestionSchema = z
  .strictObject({
    text: z.string({ error: 'text is the rewrite, like "tämä"' }).optional(),
    drop: PatternText.optional(),
    lower: z.literal(true, { error: 'lower is true or left out' }).optional(),
    /** A glossary: the rewrite for each form the rule finds ("tiketin": "palvelupyynnön"); other forms get none. */
    forms: z.record(z.string().trim().min(1, 'a form is a word or words, like "tiketin"'), z.string()).optional(),
    /** Offered only where the matched words read like this pattern, from the first to the last. */
    for: PatternText.optional(),
    /** Offered only where the word after the match starts this pattern. */
    next: PatternText.optional(),
    /** Offered only where the word after the match does not start this pattern ("självklart" but not "självklart att"). */
    notNext: PatternText.optional(),
    /** Offered only where the match starts its sentence (true), or only where it does not (false). */
    first: z.boolean({ error: 'first is true or false' }).optional(),
    /** Offered only where the match ends its clause: a comma, a colon or the sentence's end comes next. */
    last: z.literal(true, { error: 'last is true or left out' }).optional(),
    /** What the rewrite replaces: the matched words (default), their clause, or the whole sentence. */
    replaces: z.enum(['match', 'clause', 'sentence'], { error: 'replaces is "match", "clause" or "sentence"' }).optional(),
  })
  .refine((s) => [s.text !== undefined, s.drop !== undefined, s.lower !== undefined, s.forms !== undefined].filter(Boolean).length === 1, {
    message: 'a rewrite has exactly one of "text", "forms", "drop" or "lower"',
  });

/** "This text → exactly this text after applying": every rewrite offered on `before`, applied, in order. */
export const RewriteExampleSchema = z.strictObject({
  before: Text,
  after: z.union([z.string(), z.array(z.string())], {
    error: 'after is the text after applying the rewrite, or a list with one text per rewrite offered ([] for none)',
  }),
});

export const RuleSchema = z.strictObject({
  id: Id,
  category: Id,
  severity: Severity.default('warning'),
  languages: z.array(Lang).min(1, 'name at least one language the rule is for'),
  patterns: z.array(PatternText).min(1, 'give at least one pattern').optional(),
  metric: MetricSchema.optional(),
  caseSensitive: z.boolean().optional(),
  exceptions: z.array(ExceptionSchema).default([]),
  requires: z.array(RequirementSchema).optional(),
  message: LocalText,
  explanation: LocalText.optional(),
  suggestions: z.array(z.union([z.string(), SuggestionSchema], { error: 'a rewrite is text, or {"text"|"drop"|"lower": …}' })).default([]),
  /** A model sentence per reply language for the writer to adapt; [brackets] mark what they fill in. */
  model: LocalText.optional(),
  /** The matched words are a double negative ("älä unohda"): a rewrite may leave out the negation. */
  doubleNegative: z.boolean().optional(),
  /**
   * "clause": the hint quotes the matched words through the end of their clause (to the next comma, semicolon, colon,
   * dash or the sentence's end, or to where a pattern the rule `requires` starts) when that is at most three words more:
   * "Lähetitte hakemuksen ilman liitteitä", not "Lähetitte hakemuksen ilman". What a rewrite replaces stays the match.
   */
  span: z.enum(['match', 'clause']).optional(),
  examples: z.strictObject({
    match: z.array(Text).min(1, 'give at least one example the rule must find'),
    noMatch: z.array(Text).default([]),
    rewrites: z.array(RewriteExampleSchema).optional(),
  }),
  regex: z
    .never({
      error:
        'raw regular expressions are not accepted, because one badly written expression can freeze every writer\'s browser; write the rule in the pattern language ("patterns")',
    })
    .optional(),
});

/**
 * What a later layer changes in a rule it names by id: its severity, and words added to its metric's lists (the
 * `allow` of a capitals or acronyms metric, the acronyms metric's word lists): a team's own product names and codes.
 */
export const OverrideSchema = z
  .strictObject({
    severity: Severity.optional(),
    allow: wordList('allow', '["TIX", "OMNI"]').optional(),
    greetings: ACRONYM_LISTS.greetings.optional(),
    codeWords: ACRONYM_LISTS.codeWords.optional(),
    codeEndings: ACRONYM_LISTS.codeEndings.optional(),
    productWords: ACRONYM_LISTS.productWords.optional(),
    teamWords: ACRONYM_LISTS.teamWords.optional(),
  })
  .refine((o) => Object.keys(o).length > 0, 'an override gives "severity", or words to add to the rule\'s lists ("allow", "productWords"…)');

export const StepCuesSchema = z.strictObject({
  cues: z.partialRecord(Lang, z.array(PatternText)),
  /**
   * Phrases that cover the step only weakly ("Hyvä asiakas" meets nobody in particular): the step counts as done, and
   * is shown as weak with what would make it strong, unless a cue on other words covers it (a cue on the same words
   * is weak too). The step's exceptions do not apply to these.
   */
  weak: z.partialRecord(Lang, z.array(PatternText)).optional(),
  exceptions: z.partialRecord(Lang, z.array(StepExceptionSchema)).optional(),
  /** A cue does not count when a hint of one of these categories is in the same sentence. */
  cancelledBy: z.array(Id).optional(),
  /** In a team ruleset: use these cues instead of the bundled ones (default: add to them). */
  replace: z.boolean().optional(),
});

export const CategorySchema = z.strictObject({ id: Id, name: LocalText, description: LocalText });

export const PracticeTicketSchema = z.strictObject({
  id: Id,
  language: Lang,
  kind: z.enum(['complaint', 'question']).default('complaint'),
  setting: z.string().optional(),
  title: Text,
  customer: Text,
  weakReply: z.string().optional(),
});

export const RulesetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION, { error: `schemaVersion must be ${SCHEMA_VERSION}` }),
    id: Id,
    name: Text,
    version: Text,
    languages: z.array(Lang).min(1, 'name at least one language'),
    description: z.string().optional(),
    author: z.string().optional(),
    categories: z.array(CategorySchema).default([]),
    rules: z.array(RuleSchema).default([]),
    steps: z.partialRecord(StepIdSchema, StepCuesSchema).default({}),
    disable: z
      .strictObject({ rules: z.array(z.string()).default([]), categories: z.array(z.string()).default([]) })
      .default({ rules: [], categories: [] }),
    overrides: z.record(z.string(), OverrideSchema).default({}),
    practice: z.array(PracticeTicketSchema).default([]),
  })
  .superRefine((rs, ctx) => {
    const known = new Set<string>([...CATEGORY_IDS, ...rs.categories.map((c) => c.id)]);
    const seen = new Map<string, number>();
    rs.rules.forEach((rule, i) => {
      const at = ['rules', i];
      if (seen.has(rule.id)) {
        ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: `the id "${rule.id}" is already used by rules[${seen.get(rule.id)}]` });
      }
      seen.set(rule.id, i);
      if (!known.has(rule.category)) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'category'],
          message: `unknown category "${rule.category}": use one of ${CATEGORY_IDS.join(', ')}, or declare it under "categories"`,
        });
      }
      if (!rule.patterns === !rule.metric) {
        ctx.addIssue({ code: 'custom', path: at, message: 'a rule needs either "patterns" or "metric", not both and not neither' });
      }
      rule.suggestions.forEach((s, j) => {
        const text = typeof s === 'string' ? s : (s.text ?? '');
        const forPattern = typeof s === 'string' ? undefined : s.for;
        for (const ref of text.matchAll(/\$(\d)/g)) {
          const n = Number(ref[1]);
          const groups = forPattern ? groupCount(forPattern) : rule.patterns ? Math.min(...rule.patterns.map(groupCount)) : 0;
          if (n > groups) {
            ctx.addIssue({
              code: 'custom',
              path: [...at, 'suggestions', j, ...(typeof s === 'string' ? [] : ['text'])],
              message: forPattern
                ? `$${n} refers to word group ${n}, but the "for" pattern has only ${groups}`
                : `$${n} refers to word group ${n}, but a pattern of this rule has only ${groups}`,
            });
          }
        }
        if (typeof s !== 'string' && s.drop && !singleWord(s.drop)) {
          ctx.addIssue({ code: 'custom', path: [...at, 'suggestions', j, 'drop'], message: 'drop names single words, like "vain|ainoastaan"' });
        }
      });
    });
  });

function singleWord(pattern: string): boolean {
  try {
    return compilePattern(pattern).maxWords === 1;
  } catch {
    return true; // reported as a pattern problem
  }
}

function groupCount(pattern: string): number {
  try {
    return compilePattern(pattern).groups;
  } catch {
    return 0;
  }
}

export type RulesetInput = z.input<typeof RulesetSchema>;
export type Ruleset = z.output<typeof RulesetSchema>;
export type Rule = z.output<typeof RuleSchema>;
export type Metric = z.output<typeof MetricSchema>;
export type RuleException = z.output<typeof ExceptionSchema>;
export type Suggestion = z.output<typeof SuggestionSchema>;
export type RewriteExample = z.output<typeof RewriteExampleSchema>;
export type RuleRequirement = z.output<typeof RequirementSchema>;
export type StepCues = z.output<typeof StepCuesSchema>;
export type RuleOverride = z.output<typeof OverrideSchema>;
export type PracticeTicket = z.output<typeof PracticeTicketSchema>;

export interface RulesetProblem {
  /** A JSON path like $.rules[3].patterns[0]. */
  path: string;
  message: string;
}

export type Validation = { ok: true; ruleset: Ruleset } | { ok: false; problems: RulesetProblem[] };

/**
 * The schema, then the whole ruleset run on its worst-case text with a step budget (lib/ruleset/budget.ts):
 * every pattern is within its own budget by then, but many patterns tried at every word could still add up.
 */
export function validateRuleset(data: unknown): Validation {
  const result = RulesetSchema.safeParse(data);
  if (!result.success) return { ok: false, problems: formatIssues(result.error.issues, data) };
  const costly = rulesetCostProblem(result.data);
  return costly ? { ok: false, problems: [costly] } : { ok: true, ruleset: result.data };
}

/** Parses JSON text and validates it; a syntax error is reported as a problem at $. */
export function parseRuleset(json: string): Validation {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, problems: [{ path: '$', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return validateRuleset(data);
}

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += `.${String(key)}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function formatIssues(issues: readonly z.core.$ZodIssue[], data: unknown): RulesetProblem[] {
  return issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling`;
    } else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
      message = `missing: add "${String(issue.path[issue.path.length - 1])}"`;
    }
    const ruleIndex = issue.path[0] === 'rules' && typeof issue.path[1] === 'number' ? issue.path[1] : -1;
    const ruleId = ruleIndex >= 0 ? (data as { rules?: { id?: unknown }[] })?.rules?.[ruleIndex]?.id : undefined;
    if (typeof ruleId === 'string' && issue.path.length > 2) message += ` (rule "${ruleId}")`;
    return { path: jsonPath(issue.path), message };
  });
}
