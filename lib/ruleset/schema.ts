/**
 * The ruleset format: what a team's tone-of-voice workbook looks like as data. Validation names the JSON
 * path of every problem in words a supervisor can act on (see formatIssues).
 */
import { z } from 'zod';
import { CATEGORY_IDS, LANGUAGES, STEP_IDS } from '../coaching';
import { COST_MESSAGE, patternCost, PATTERN_STEP_BUDGET } from '../pattern/cost';
import { compilePattern } from '../pattern/match';
import { parsePattern, PatternError } from '../pattern/parse';
import { packedCounts } from '../engine/learned';
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
  /**
   * More words that open a greeting, for this rule: capitals after one are a name ("Hi ANNA"). The language's greetings
   * have one home, its `rewriting` block (RewritingSchema `greetings`), which the rewrites read too; this list (and
   * an override's) is kept so that the rulesets teams wrote before stay valid.
   */
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
  /**
   * Words after which capitals name a button, a menu or a page of an app, as the app writes it: one of the two words
   * before them ("tap TRANSFER", "go to MY ORDERS", "valitse TALLENNA", "tryck på SKICKA"). A label, not shouting.
   */
  labelWords: wordList('labelWords', '["tap", "go"]').default([]),
  /** Words before which capitals name such a thing ("the SETTINGS tab", "OMAT TIEDOT -sivu"). */
  labelNouns: wordList('labelNouns', '["tab", "button"]').default([]),
};

/**
 * A language's word lists for rewriting (lib/rewrite/words.ts reads them, with `wordSet`): what a rewrite must keep
 * (negations, names after a greeting), how the reply addresses the reader and speaks, and what a rewritten sentence may
 * not end or start on. In the ruleset of the language (lib/rulesets/), by language: `"rewriting": {"fi": {…}}`. A
 * team's ruleset adds words to them the same way (docs/rules.md, "Language data").
 */
export const RewritingSchema = z.strictObject({
  /** Words that open a greeting: the words after one, up to a comma, are a name ("Hei Matti Virtanen,", "Hi ANNA"). */
  greetings: wordList('greetings', '["hei", "hyvä"]').optional(),
  /** Words after a greeting that are not a name ("Hei kaikki", "Hi everyone"). */
  notNames: wordList('notNames', '["kaikki", "asiakas"]').optional(),
  /** Words only a reply that says sinä (du) uses, and those of one that says Te (ni). */
  addressInformal: wordList('addressInformal', '["sinä", "sinulle"]').optional(),
  addressFormal: wordList('addressFormal', '["te", "teille"]').optional(),
  /** Words in which the writer speaks as "I", and as "we". */
  speakerI: wordList('speakerI', '["minä", "olen"]').optional(),
  speakerWe: wordList('speakerWe', '["me", "meille"]').optional(),
  /**
   * Words that join the items of a list or two names ("ja", "tai"; "and", "or"): the item after one is what the item
   * before it is ("i färgerna FT och CRD" are codes, "KALV-DYGN eller KALV-SÄSONG" names), and an apposition with one
   * goes on a list rather than explaining ("the NIS, the database and billing").
   */
  listWords: wordList('listWords', '["ja", "and"]').optional(),
  /** Negations: a rewrite that leaves fewer of them may have turned a no into a yes. */
  negations: wordList('negations', '["ei", "not"]').optional(),
  /** Words by which a sentence sets itself against the one before ("kuitenkin", "instead"). */
  contrasts: wordList('contrasts', '["kuitenkin", "instead"]').optional(),
  /** Words that end a sentence by pointing back ("tästä", "this"): something before must say what. */
  refersBack: wordList('refersBack', '["tästä", "this"]').optional(),
  /** A sentence or clause that ends on one of these was cut short ("Pahoittelen, että."). */
  dangling: wordList('dangling', '["ja", "että"]').optional(),
  /** Sentences never start with these ("Että maksu erääntyy."). */
  noStart: wordList('noStart', '["että"]').optional(),
  /** Prepositions that read wrong twice within a few words ("in line with the SLA with"). */
  prepositions: wordList('prepositions', '["with", "for"]').optional(),
  /** Words that promise a time: each needs a date or a day near it ("viimeistään", "latest"). */
  deadline: wordList('deadline', '["viimeistään"]').optional(),
  /** Words that name a day or a time (beside any word with a digit). */
  dateWords: wordList('dateWords', '["huomenna", "tomorrow"]').optional(),
  /** Words that open a question, and those of them that are a verb put first (a question only before its subject). */
  questionOpeners: wordList('questionOpeners', '["miksi", "why"]').optional(),
  verbFirst: wordList('verbFirst', '["do", "can"]').optional(),
  subjects: wordList('subjects', '["you", "we"]').optional(),
  /** A capitalised word after one of these, before one of `afterTerm`, is a defined term, not a name ("the Software is"). */
  termDeterminers: wordList('termDeterminers', '["the", "this"]').optional(),
  afterTerm: wordList('afterTerm', '["is", "under"]').optional(),
});

/** One phrase of a phrase list: words with single spaces, compared with a whole line in any case ("best regards"). */
const Phrase = z
  .string({ error: 'a phrase list holds phrases as text, like "best regards"' })
  .trim()
  .regex(/^\S+(?: \S+){0,5}$/u, 'a phrase is one to six words with single spaces between, like "best regards"');
const phraseList = (field: string, example: string) => z.array(Phrase, { error: `${field} is a list of phrases, like ${example}` });

/**
 * A language's closing lines (lib/text/regions.ts reads them): what ends the writer's text and starts the signature.
 * Read before the reply's language is known, so every language's lists count. A team adds its own the same way.
 */
export const ClosingsSchema = z.strictObject({
  /** A line that is only one of these (and a comma or a full stop) is a sign-off: the signature starts there. */
  signOffs: phraseList('signOffs', '["best regards", "terveisin"]').optional(),
  /** Words that open a closing wish, with words after them ("Hyvää joulua!", "Mukavaa viikonloppua"). */
  wishes: phraseList('wishes', '["hyvää", "mukavaa"]').optional(),
  /** Words that may come before one of `wishes` ("Oikein hyvää joulua"). */
  wishIntensifiers: phraseList('wishIntensifiers', '["oikein"]').optional(),
  /** Words that end a closing wish ("Rauhallista joulua toivottaen"). */
  wishEndings: phraseList('wishEndings', '["toivottaen"]').optional(),
  /** Words that open a closing wish, alone or with words after them ("Enjoy!", "Have a great weekend", "God jul"). */
  wishOpeners: phraseList('wishOpeners', '["have", "enjoy"]').optional(),
});

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const Base64 = z.string().regex(BASE64, 'write the numbers in base64 (scripts/train-learned.ts does)');

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
    z.strictObject({
      kind: z.literal('learned'),
      /** Features are hashed into this many buckets: a power of two (lib/engine/learned.ts). */
      buckets: z
        .int()
        .min(2)
        .max(1 << 24)
        .refine((n) => (n & (n - 1)) === 0, 'buckets is a power of two'),
      bias: z.number(),
      /** A weight is scale × weights[k]. */
      scale: z.number().positive(),
      /** Bucket numbers of the weights, each as its distance from the one before: base64 of LEB128 numbers. */
      ids: Base64,
      /** One signed byte per weight, base64. */
      weights: Base64,
      /** A sentence scoring at least this gets the rule's hint. */
      threshold: z.number(),
      /** A hint of the rule's category from another rule stays only where its sentence scores at least this. */
      veto: z.number().optional(),
    }),
  ],
  { error: 'metric.kind is one of sentence-words, word-letters, capitals, repeated-punctuation, acronyms, learned' },
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
    labelWords: SHOUT_LISTS.labelWords.unwrap().optional(),
    labelNouns: SHOUT_LISTS.labelNouns.unwrap().optional(),
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
    /** Per language: the word lists rewriting reads (RewritingSchema). */
    rewriting: z.partialRecord(Lang, RewritingSchema).default({}),
    /**
     * Per language: the words that tell the language of a reply (lib/text/language.ts), read before the reply's
     * language, and so its rules, are known: every language's list counts.
     */
    functionWords: z.partialRecord(Lang, wordList('functionWords', '["ja", "on", "ei"]')).default({}),
    /** Per language: the sign-offs and closing wishes that start the signature (ClosingsSchema). */
    closings: z.partialRecord(Lang, ClosingsSchema).default({}),
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
      const m = rule.metric;
      if (m?.kind === 'learned' && BASE64.test(m.ids) && BASE64.test(m.weights) && !sameCount(packedCounts(m))) {
        ctx.addIssue({ code: 'custom', path: [...at, 'metric', 'weights'], message: 'a learned metric has one weight for each of its ids' });
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

function sameCount(c: { ids: number; weights: number }): boolean {
  return c.ids === c.weights;
}

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
export type RewritingLists = z.output<typeof RewritingSchema>;
export type ClosingLists = z.output<typeof ClosingsSchema>;

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
