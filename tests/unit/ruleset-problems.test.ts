/**
 * Ruleset problems in words for the UI (lib/ruleset/problems.ts): every message the schema and the pattern parser
 * give has fi/en/sv words and a field, never a JSON path; the CLI keeps its English messages with paths.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../lib/coaching';
import { describeProblem, problemField, problemLine, problemWords } from '../../lib/ruleset/problems';
import { rulesetCostProblem } from '../../lib/ruleset/budget';
import { validateRuleset, type RulesetProblem } from '../../lib/ruleset/schema';
import { categoryFromForm, emptyCategoryForm } from '../../lib/team/workbench';

const rule = (extra: Record<string, unknown>) => ({
  id: 'team.x',
  category: 'jargon',
  languages: ['fi'],
  patterns: ['sana'],
  message: { fi: 'Viesti.' },
  examples: { match: ['sana'] },
  ...extra,
});
const ruleset = (rules: unknown[], extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  id: 'team',
  name: 'Tiimi',
  version: '1',
  languages: ['fi'],
  rules,
  ...extra,
});

/** Rulesets that break each rule of the schema once. */
const BROKEN: unknown[] = [
  ruleset([rule({ id: 'Bad Id' })]),
  ruleset([rule({ id: 3 })]),
  ruleset([rule({ languages: [] })]),
  ruleset([rule({ languages: ['de'] })]),
  ruleset([rule({ patterns: [] })]),
  ruleset([rule({ patterns: [''] })]),
  ruleset([rule({ patterns: ['sorry, if'] })]),
  ruleset([rule({ patterns: ['(emme voi'] })]),
  ruleset([rule({ patterns: ['emme) voi'] })]),
  ruleset([rule({ patterns: ['a || b'] })]),
  ruleset([rule({ patterns: ['... alku'] })]),
  ruleset([rule({ patterns: ['a ...9 b'] })]),
  ruleset([rule({ patterns: ['*'] })]),
  ruleset([rule({ patterns: ['x'.repeat(600)] })]),
  ruleset([rule({ message: {} })]),
  ruleset([rule({ message: { fi: '  ' } })]),
  ruleset([rule({ examples: { match: [] } })]),
  ruleset([rule({ category: 'palkka' })]),
  ruleset([rule({ patterns: undefined })]),
  ruleset([rule({ severity: 'loud' })]),
  ruleset([rule({ regex: 'a+' })]),
  ruleset([rule({ suggestions: ['$3 kuukausi'] })]),
  ruleset([rule({ colour: 'red' })]),
  ruleset([rule({}), rule({})]),
  ruleset([], { schemaVersion: 2 }),
  ruleset([], { languages: [] }),
  ruleset([], { overrides: { 'fi.jargon.lyhenne': { productWords: 'sovellus' } } }),
  ruleset([], { overrides: { 'fi.jargon.lyhenne': { allow: ['TIX Pro'] } } }),
  ruleset([], { overrides: { 'fi.jargon.lyhenne': {} } }),
  ruleset([rule({ patterns: undefined, metric: { kind: 'acronyms', codeWords: [7] } })]),
  ruleset([], { rewriting: { fi: { negations: 'ei' } } }),
  ruleset([], { rewriting: { fi: { negation: ['ei'] } } }),
  ruleset([], { functionWords: { fi: ['ja on'] } }),
  ruleset([], { closings: { fi: { signOffs: 'terveisin' } } }),
  ruleset([], { closings: { fi: { signOffs: ['parhain  terveisin', 7] } } }),
  { schemaVersion: 1 },
];

function problemsOf(data: unknown): RulesetProblem[] {
  const v = validateRuleset(data);
  return v.ok ? [] : v.problems;
}

describe('ruleset problems in words', () => {
  const all = BROKEN.flatMap((d) => problemsOf(d).map((p) => ({ p, data: d })));

  it('has words for every problem the schema gives, in fi, en and sv, without JSON paths or English in fi/sv', () => {
    expect(all.length).toBeGreaterThanOrEqual(BROKEN.length);
    const other = { fi: problemWords({ message: '?' }, 'fi'), en: problemWords({ message: '?' }, 'en'), sv: problemWords({ message: '?' }, 'sv') };
    for (const { p, data } of all) {
      for (const lang of LANGUAGES) {
        const words = problemWords(p, lang);
        expect(words, `${p.path}: ${p.message} (${lang})`).not.toBe(other[lang]);
        expect(words).not.toMatch(/\$\.|\[\d+\]/);
        expect(describeProblem(p, lang, data)).not.toMatch(/\$\./);
        if (lang !== 'en') expect(words, `${p.message} (${lang})`).not.toMatch(/\b(the|give|use|must|unknown)\b/);
      }
    }
  });

  it('names the field and the line a problem belongs to', () => {
    expect(problemField('$.rules[0].patterns[1]')).toBe('patterns');
    expect(problemLine('$.rules[0].patterns[1]')).toBe(2);
    expect(problemField('examples.match[0]')).toBe('examples.match');
    expect(problemLine('examples.noMatch[2]')).toBe(3);
    expect(problemField('$.rules[3].message')).toBe('message');
    expect(problemLine('$.rules[3].message')).toBeNull();
    expect(problemField('id')).toBe('id');
  });

  it('names a rule by its id, and keeps what the pattern says', () => {
    const [p] = problemsOf(ruleset([rule({ id: 'team.jargon.x', patterns: ['sorry, if'] })]));
    expect(describeProblem(p, 'fi')).toBe(
      'Sääntö ”team.jargon.x”: Kuviossa ”sorry, if” on merkki ”,”, jota ei voi etsiä: kuvio etsii sanoja, joten jätä välimerkit pois.',
    );
    expect(describeProblem(p, 'en')).toMatch(/^Rule “team\.jargon\.x”: The pattern “sorry, if” has “,”/);
    // The CLI's contract is untouched: English with the JSON path.
    expect(p.path).toBe('$.rules[0].patterns[0]');
    expect(p.message).toMatch(/^pattern "sorry, if": "," cannot be matched/);
  });

  it("names the rule a team's override is for", () => {
    const [p] = problemsOf(ruleset([], { overrides: { 'fi.jargon.lyhenne': { productWords: 'sovellus' } } }));
    expect(describeProblem(p, 'fi')).toBe(
      'Sääntö ”fi.jargon.lyhenne”: Kentässä productWords pitää olla luettelo sanoja, esimerkiksi ["app", "portal"].',
    );
    expect(describeProblem(problemsOf(ruleset([], { overrides: { x: {} } }))[0], 'en')).toBe(
      'Rule “x”: Give the rule a severity, or words to add to its lists.',
    );
  });

  it('has words for the team category form too', () => {
    const r = categoryFromForm({ ...emptyCategoryForm(), id: 'blame' });
    expect(r.ok).toBe(false);
    if (!r.ok) for (const p of r.problems) expect(problemWords(p, 'fi')).not.toBe(problemWords({ message: '?' }, 'fi'));
  });

  it('says why a ruleset that would freeze a writer is refused, and what to change, in each language', () => {
    const v = validateRuleset(ruleset([], { steps: { thank: { cues: { fi: [`${'[[kiitos]] '.repeat(40)}kiitos`] } } } }));
    // The schema refuses the pattern itself (its cost is checked where it is compiled); rulesetCostProblem would
    // refuse what passes one pattern at a time.
    const p = v.ok ? rulesetCostProblem(v.ruleset) : v.problems[0];
    expect(p).not.toBeNull();
    expect(describeProblem(p!, 'en')).toMatch(
      /takes too much work \(more than 20,000 steps at each word\) and could freeze a writer’s browser: use fewer optional parts/,
    );
    expect(describeProblem(p!, 'fi')).toMatch(/teettää liikaa työtä .* jumittaa kirjoittajan selaimen/);
    expect(describeProblem(p!, 'sv')).toMatch(/kräver för mycket arbete .* låsa skribentens webbläsare/);
  });
});
