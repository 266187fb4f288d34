/**
 * The rule workbench of the options page, pure: a rule as form fields (one pattern, exception, rewrite or
 * example per line), the rule tried on sample text and on its own examples with the real engine, and the
 * draft ruleset a supervisor exports.
 */
import { CATEGORY_IDS, LANGUAGES, type Language } from '../coaching';
import { Analyzer, type Hint } from '../engine/analyze';
import { compileRuleset } from '../engine/compile';
import { bundledRuleset } from '../ruleset/bundled';
import { ExamplesTooCostly, testRuleset, tryRewriteExample } from '../ruleset/examples';
import { withLanguageData } from '../ruleset/merge';
import { CategorySchema, jsonPath, validateRuleset, type Ruleset, type RulesetInput, type RulesetProblem } from '../ruleset/schema';

export interface RuleForm {
  id: string;
  category: string;
  severity: 'info' | 'warning';
  languages: Language[];
  patterns: string;
  exceptions: string;
  message: Record<Language, string>;
  suggestions: string;
  /** Rewrite examples, one per line: "before → after" ("before →" when no rewrite may be offered there). */
  rewrites: string;
  /** A model sentence for the writer to adapt, in the rule's first language; [brackets] mark what to fill in. */
  model: string;
  match: string;
  noMatch: string;
}

type RuleInput = NonNullable<RulesetInput['rules']>[number];
type CategoryInput = NonNullable<RulesetInput['categories']>[number];

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function emptyRuleForm(lang: Language = 'fi'): RuleForm {
  return {
    id: '',
    category: 'jargon',
    severity: 'warning',
    languages: [lang],
    patterns: '',
    exceptions: '',
    message: { fi: '', en: '', sv: '' },
    suggestions: '',
    rewrites: '',
    model: '',
    match: '',
    noMatch: '',
  };
}

const ARROW = /\s*(?:→|->)\s*/;

/** "before → after" lines as rewrite examples; lines with the same `before` are one example with a list of afters. */
export function rewriteExamplesFromLines(text: string): { before: string; after: string | string[] }[] {
  const out: { before: string; after: string[] }[] = [];
  for (const line of lines(text)) {
    const [before, ...rest] = line.split(ARROW);
    if (!before || !rest.length) continue;
    const after = rest.join(' → ').trim();
    const last = out[out.length - 1];
    if (last && last.before === before) {
      if (after) last.after.push(after);
    } else out.push({ before, after: after ? [after] : [] });
  }
  return out.map((e) => ({ before: e.before, after: e.after.length === 1 ? e.after[0] : e.after }));
}

function rewriteExamplesToLines(examples: readonly { before: string; after: string | string[] }[]): string {
  return examples
    .flatMap((e) => {
      const after = typeof e.after === 'string' ? [e.after] : e.after;
      return after.length ? after.map((a) => `${e.before} → ${a}`) : [`${e.before} →`];
    })
    .join('\n');
}

export function ruleFromForm(f: RuleForm): RuleInput {
  const message: Partial<Record<Language, string>> = {};
  for (const l of LANGUAGES) if (f.message[l]?.trim()) message[l] = f.message[l].trim();
  const rule: RuleInput = {
    id: f.id.trim(),
    category: f.category,
    severity: f.severity,
    languages: f.languages,
    patterns: lines(f.patterns),
    message,
    suggestions: lines(f.suggestions),
    examples: { match: lines(f.match), noMatch: lines(f.noMatch) },
  };
  const exceptions = lines(f.exceptions);
  if (exceptions.length) rule.exceptions = exceptions;
  const rewrites = rewriteExamplesFromLines(f.rewrites ?? '');
  if (rewrites.length) rule.examples.rewrites = rewrites;
  if (f.model?.trim()) rule.model = { [f.languages[0] ?? 'fi']: f.model.trim() };
  return rule;
}

/**
 * A rule as form fields. Rules the form cannot show (metrics, scoped exceptions, requirements, rewrites written
 * as objects, a model sentence in more than its first language) return null.
 */
export function formFromRule(rule: RuleInput): RuleForm | null {
  if (!rule.patterns || rule.metric || rule.requires?.length || rule.span) return null;
  if ((rule.exceptions ?? []).some((e) => typeof e !== 'string')) return null;
  if ((rule.suggestions ?? []).some((s) => typeof s !== 'string')) return null;
  const models = Object.entries(rule.model ?? {});
  if (models.length > 1 || (models.length === 1 && models[0][0] !== rule.languages[0])) return null;
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity ?? 'warning',
    languages: [...rule.languages],
    patterns: rule.patterns.join('\n'),
    exceptions: (rule.exceptions as string[] | undefined)?.join('\n') ?? '',
    message: { fi: rule.message.fi ?? '', en: rule.message.en ?? '', sv: rule.message.sv ?? '' },
    suggestions: ((rule.suggestions as string[] | undefined) ?? []).join('\n'),
    rewrites: rewriteExamplesToLines(rule.examples.rewrites ?? []),
    model: models[0]?.[1] ?? '',
    match: rule.examples.match.join('\n'),
    noMatch: (rule.examples.noMatch ?? []).join('\n'),
  };
}

export interface ExampleResult {
  text: string;
  expected: 'match' | 'noMatch' | 'rewrite';
  ok: boolean;
  /** For a rewrite example: what it should read as, and what the rewrites give. */
  want?: string[];
  got?: string[];
}

export interface RuleTrial {
  /** Problems of the rule, with paths relative to the rule ("patterns[0]"). */
  problems: RulesetProblem[];
  /** Hints of this rule on the sample text (empty when the rule is not valid). */
  hints: Hint[];
  examples: ExampleResult[];
}

/** Tries one rule on its own, exactly as the engine will run it inside a ruleset. */
export function tryRule(rule: RuleInput, sample: string, categories: CategoryInput[] = []): RuleTrial {
  const v = validateRuleset({
    schemaVersion: 1,
    id: 'workbench',
    name: 'Workbench',
    version: '0',
    languages: rule.languages?.length ? rule.languages : ['fi'],
    categories,
    rules: [rule],
  });
  if (!v.ok) {
    const problems = v.problems
      .filter((p) => p.path.startsWith('$.rules[0]') || p.path === '$.languages' || p.path.startsWith('$.categories'))
      .map((p) => ({ path: p.path.replace(/^\$\.rules\[0\]\.?/, '') || '(rule)', message: p.message.replace(/ \(rule "[^"]*"\)$/, '') }));
    return { problems: problems.length ? problems : v.problems, hints: [], examples: [] };
  }
  const ruleset = v.ruleset;
  // The rule reads the sample and its examples as it will in force: on the bundled ruleset's language data.
  const compiled = compileRuleset(withLanguageData(ruleset, bundledRuleset()));
  const r = ruleset.rules[0];
  const analyzer = new Analyzer(compiled, { lang: r.languages.length === 1 ? r.languages[0] : 'auto', fallbackLanguage: r.languages[0] });
  const hints = sample.trim() ? analyzer.analyze(sample).hints.filter((h) => h.ruleId === r.id) : [];
  let failed: Set<string>;
  try {
    failed = new Set(testRuleset(ruleset, bundledRuleset()).failures.map((f) => f.path));
  } catch (e) {
    if (!(e instanceof ExamplesTooCostly)) throw e;
    return { problems: [{ path: 'examples', message: e.message }], hints, examples: [] };
  }
  const examples: ExampleResult[] = [
    ...r.examples.match.map((text, j) => ({ text, expected: 'match' as const, ok: !failed.has(`$.rules[0].examples.match[${j}]`) })),
    ...r.examples.noMatch.map((text, j) => ({ text, expected: 'noMatch' as const, ok: !failed.has(`$.rules[0].examples.noMatch[${j}]`) })),
    ...(r.examples.rewrites ?? []).map((e) => {
      const { want, got } = tryRewriteExample(compiled, r, e);
      return { text: e.before, expected: 'rewrite' as const, ok: want.length === got.length && want.every((w, k) => w === got[k]), want, got };
    }),
  ];
  return { problems: [], hints, examples };
}

/** The text cut into plain and matched pieces, to show matches without innerHTML. */
export function splitByHints(text: string, hints: readonly Pick<Hint, 'start' | 'end'>[]): { text: string; hit: boolean }[] {
  const out: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const h of [...hints].sort((a, b) => a.start - b.start)) {
    if (h.start < at) continue;
    if (h.start > at) out.push({ text: text.slice(at, h.start), hit: false });
    out.push({ text: text.slice(h.start, h.end), hit: true });
    at = h.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

/** A new draft ruleset for a team. */
export function newDraft(): RulesetInput {
  return { schemaVersion: 1, id: 'team.tone', name: 'Tiimin äänensävy', version: '1.0.0', languages: ['fi'], rules: [] };
}

/** Categories a rule in this draft may use. */
export function categoryChoices(draft: RulesetInput): string[] {
  return [...CATEGORY_IDS, ...(draft.categories ?? []).map((c) => c.id)];
}

/** The draft as the file to publish (pretty JSON), with its validation and example results. */
export function exportDraft(draft: RulesetInput): { text: string; problems: RulesetProblem[]; failures: number; ruleset: Ruleset | null } {
  const text = `${JSON.stringify(draft, null, 2)}\n`;
  const v = validateRuleset(draft);
  if (!v.ok) return { text, problems: v.problems, failures: 0, ruleset: null };
  try {
    return { text, problems: [], failures: testRuleset(v.ruleset, bundledRuleset()).failures.length, ruleset: v.ruleset };
  } catch (e) {
    if (!(e instanceof ExamplesTooCostly)) throw e;
    return { text, problems: [{ path: '$', message: e.message }], failures: 0, ruleset: null };
  }
}

export interface CategoryForm {
  id: string;
  name: Record<Language, string>;
  description: Record<Language, string>;
}

export function emptyCategoryForm(): CategoryForm {
  return { id: '', name: { fi: '', en: '', sv: '' }, description: { fi: '', en: '', sv: '' } };
}

/** A team category from the form, or the problems (paths relative to the category, like "name"). */
export function categoryFromForm(
  f: CategoryForm,
  existing: readonly string[] = [],
): { ok: true; category: CategoryInput } | { ok: false; problems: RulesetProblem[] } {
  const pick = (o: Record<Language, string>) => Object.fromEntries(LANGUAGES.filter((l) => o[l]?.trim()).map((l) => [l, o[l].trim()]));
  const candidate = { id: f.id.trim(), name: pick(f.name), description: pick(f.description) };
  const r = CategorySchema.safeParse(candidate);
  const problems: RulesetProblem[] = r.success
    ? []
    : r.error.issues.map((i) => ({ path: jsonPath(i.path).replace(/^\$\.?/, '') || '(category)', message: i.message }));
  if ([...CATEGORY_IDS, ...existing].includes(candidate.id)) problems.push({ path: 'id', message: `the category "${candidate.id}" exists already` });
  return problems.length ? { ok: false, problems } : { ok: true, category: candidate as CategoryInput };
}
