/**
 * No ruleset can freeze a writer's browser (issue 10, attack 1): a step cue of nested optional words made the
 * matcher's closure walk double with every group. Steps are counted, never timed.
 */
import { describe, expect, it } from 'vitest';
import { Analyzer, StepLimitExceeded, withStepLimit } from '../../lib/engine/analyze';
import { compileRuleset } from '../../lib/engine/compile';
import { PATTERN_STEP_BUDGET, patternCost } from '../../lib/pattern/cost';
import { compilePattern, matchesAt, vmStats, worstCaseSteps } from '../../lib/pattern/match';
import { WORD_STEP_BUDGET } from '../../lib/ruleset/budget';
import { ExamplesTooCostly, testRuleset } from '../../lib/ruleset/examples';
import { validateRuleset, RulesetSchema, type RulesetInput } from '../../lib/ruleset/schema';
import { evaluateRulesetText, loadState } from '../../lib/team/state';
import { exportDraft, tryRule } from '../../lib/team/workbench';
import { words } from '../../lib/text/tokens';
import { seededRandom } from './helpers';

/** "[[kiitos]] [[kiitos]] … kiitos": the attack of the issue. */
const nestedCue = (groups: number, word = 'kiitos') => `${Array.from({ length: groups }, () => `[[${word}]]`).join(' ')} ${word}`;

function cueRuleset(cue: string, extra: Partial<RulesetInput> = {}): RulesetInput {
  return { schemaVersion: 1, id: 'evil', name: 'Evil', version: '1.0.0', languages: ['fi'], steps: { thank: { cues: { fi: [cue] } } }, ...extra };
}

/** A random pattern of optional words and groups, nested up to `depth`, with `groups` optional parts in all. */
function nestedPattern(random: (n: number) => number, groups: number): string {
  const word = () => ['kiitos', 'a', 'b*', '_'][random(4)];
  const part = (left: number): [string, number] => {
    if (left <= 0 || random(3) === 0) return [word(), left];
    const [inner, rest] = part(left - 1);
    const shape = random(3);
    return [shape === 0 ? `[${inner}]` : shape === 1 ? `[[${inner}]]` : `[${inner} ${word()}]`, rest];
  };
  const items: string[] = [];
  let left = groups;
  while (left > 0) {
    const [p, rest] = part(left);
    items.push(p);
    left = rest === left ? left - 1 : rest;
  }
  return `${items.join(' ')} kiitos`;
}

describe('compiling and matching nested optional words', () => {
  it('builds each closure by visiting each instruction once: the work grows with the square of the pattern, not 2^n', () => {
    const random = seededRandom(10);
    for (let i = 0; i < 300; i++) {
      const groups = 1 + random(22);
      const source = nestedPattern(random, groups);
      const program = compilePattern(source);
      const n = program.code.ops.length;
      vmStats.steps = 0;
      // Compile the closures of every instruction and run once on a text that all of it matches.
      const tokens = words(Array.from({ length: program.maxWords + 2 }, () => 'kiitos').join(' '));
      for (let s = 0; s < tokens.length; s++) matchesAt(program, tokens, s);
      const walked = program.code.walked.reduce((a, b) => a + b, 0);
      // Every closure visits at most every instruction once.
      expect(walked, source).toBeLessThanOrEqual(n * n);
      // And a run costs at most (instructions × closure) per word.
      expect(vmStats.steps, source).toBeLessThanOrEqual(tokens.length * (program.maxWords + 2) * n * (n + 1));
    }
  });

  it('counts the same steps for forty nested optional words as a quadratic bound predicts', () => {
    const cost = (groups: number) => worstCaseSteps(compilePattern(nestedCue(groups)));
    // Twice the groups, about four times the work (2^10 times with the old closure walk; checked first, so
    // that an exponential walk fails here instead of running for hours on forty).
    expect(cost(20) / cost(10)).toBeLessThan(6);
    expect(cost(40) / cost(20)).toBeLessThan(6);
  });

  it('gives an upper bound of what any text costs at one word', () => {
    const random = seededRandom(11);
    for (let i = 0; i < 100; i++) {
      const source = nestedPattern(random, 1 + random(12));
      const program = compilePattern(source);
      const bound = worstCaseSteps(program);
      const tokens = words(Array.from({ length: program.maxWords + 2 }, () => ['kiitos', 'a', 'bee', 'x'][random(4)]).join(' '));
      void matchesAt(program, tokens, 0); // closures built
      vmStats.steps = 0;
      matchesAt(program, tokens, 0);
      expect(vmStats.steps, source).toBeLessThanOrEqual(bound);
    }
  });
});

describe('the worst-case budget where a ruleset is accepted', () => {
  it('refuses a step cue of 40 nested optional words with a clear message at its JSON path', () => {
    expect(patternCost(nestedCue(40))).toBeGreaterThan(PATTERN_STEP_BUDGET);
    const v = validateRuleset(cueRuleset(nestedCue(40)));
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems).toEqual([
      {
        path: '$.steps.thank.cues.fi[0]',
        message: expect.stringMatching(/too much work for the matcher: more than 20,000 steps at each word of a reply .*fewer optional parts/),
      },
    ]);
  });

  it('refuses a weak phrase of a step (steps.<id>.weak) of 40 nested optional words, as it refuses a cue', () => {
    const rs = cueRuleset('kiitos') as { steps: { thank: Record<string, unknown> } };
    rs.steps.thank.weak = { fi: [nestedCue(40)] };
    const v = validateRuleset(rs);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems).toEqual([{ path: '$.steps.thank.weak.fi[0]', message: expect.stringMatching(/too much work for the matcher/) }]);
  });

  it('accepts what the bundled rules need, and a cue of 26 nested groups runs in few steps', () => {
    expect(
      patternCost("(will|shall|*'ll|be|should|hope|hoping|hopefully|expect|aim|plan|try|trying|going to) ...8 (when we can|when I can|as soon as)"),
    ).toBeLessThan(PATTERN_STEP_BUDGET / 3);
    const v = validateRuleset(cueRuleset(nestedCue(26)));
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    vmStats.steps = 0;
    const a = new Analyzer(compileRuleset(v.ruleset), { lang: 'fi' }).analyze(Array.from({ length: 2000 }, () => 'kiitos').join(' '));
    expect(a.steps.thank).toBe(true);
    expect(vmStats.steps).toBeLessThan(2000 * WORD_STEP_BUDGET);
  });

  it('refuses a ruleset whose patterns, each cheap, together cost too much at every word', () => {
    const rules = Array.from({ length: 300 }, (_, i) => ({
      id: `evil.${i}`,
      category: 'jargon',
      languages: ['fi' as const],
      patterns: ['_ _ _ _ _ _ [_] [_] x'],
      message: { fi: 'x' },
      examples: { match: ['x x x x x x x x x'] },
    }));
    const v = validateRuleset({ ...cueRuleset('kiitos'), rules });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems[0].path).toBe('$');
    expect(v.problems[0].message).toMatch(/the rules together take too much work: more than 500 matcher steps per word/);
    // One such rule is fine.
    expect(validateRuleset({ ...cueRuleset('kiitos'), rules: rules.slice(0, 1) }).ok).toBe(true);
  });

  it('the engine leaves out a too costly pattern of a ruleset that skipped validation, and says which', () => {
    const rs = RulesetSchema.parse(cueRuleset('kiitos'));
    rs.steps.thank!.cues.fi = [nestedCue(40), 'kiitokset'];
    const compiled = compileRuleset(rs);
    expect(compiled.skipped).toEqual([{ ruleId: 'steps.thank', pattern: nestedCue(40), reason: expect.stringMatching(/too much work/) }]);
    expect(new Analyzer(compiled, { lang: 'fi' }).analyze('Kiitokset viestistä.').steps.thank).toBe(true);
  });

  it('the extension refuses it before running a single example, and keeps what was in force', async () => {
    const evaluation = await evaluateRulesetText(JSON.stringify(cueRuleset(nestedCue(40))));
    expect(evaluation).toMatchObject({ ok: false, code: 'invalid', detail: expect.stringMatching(/steps\.thank\.cues\.fi\[0\].*too much work/) });
  });

  it('a ruleset an earlier version stored as the last good one is dropped when it is read again', async () => {
    const bomb = RulesetSchema.parse(cueRuleset('kiitos'));
    bomb.steps.thank!.cues.fi = [nestedCue(40)];
    const state = {
      version: 1 as const,
      source: 'policy' as const,
      location: 'https://x.example/r.json',
      lastChecked: 1,
      lastError: null,
      good: { ruleset: bomb, source: 'policy' as const, location: 'https://x.example/r.json', checkedAt: 1, changedAt: 1 },
    };
    const loaded = await loadState({ load: async () => state, save: async () => undefined });
    expect(loaded?.good).toBeNull();
  });

  it('the workbench shows the problem at the pattern and will not export the ruleset', () => {
    const rule = {
      id: 'evil.cue',
      category: 'jargon',
      languages: ['fi' as const],
      patterns: [nestedCue(40)],
      message: { fi: 'x' },
      examples: { match: ['kiitos'] },
    };
    const trial = tryRule(rule, 'kiitos kiitos');
    expect(trial.problems).toEqual([{ path: 'patterns[0]', message: expect.stringMatching(/too much work/) }]);
    const out = exportDraft({ ...cueRuleset('kiitos'), rules: [rule] });
    expect(out.ruleset).toBeNull();
    expect(out.problems[0]).toMatchObject({ path: '$.rules[0].patterns[0]' });
  });

  it("refuses examples that would take more than the budget per word, though the rules' own text does not", async () => {
    // A costly pattern that fails late (it needs "zzz" after the run of words) costs its full price at every
    // word of a long run; on the ruleset's own words it matches at once.
    const pattern = `kiitos ${Array.from({ length: 20 }, () => '[[kiitos]]').join(' ')} zzz`;
    const rule = {
      id: 'slow.examples',
      category: 'jargon',
      languages: ['fi' as const],
      patterns: [pattern],
      message: { fi: 'x' },
      examples: { match: [`${'kiitos '.repeat(21)}zzz`], noMatch: [`zzz ${'kiitos '.repeat(2000)}`] },
    };
    const v = validateRuleset({ ...cueRuleset('kiitokset'), rules: [rule] });
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(() => testRuleset(v.ruleset)).toThrow(ExamplesTooCostly);
    const evaluation = await evaluateRulesetText(JSON.stringify({ ...cueRuleset('kiitokset'), rules: [rule] }));
    expect(evaluation).toMatchObject({ ok: false, code: 'invalid', detail: expect.stringMatching(/examples take too much matching work/) });
    expect(tryRule(rule, '').problems).toEqual([{ path: 'examples', message: expect.stringMatching(/examples take too much matching work/) }]);
  });

  it('stops an analysis past its step limit', () => {
    const rule = { id: 'r', category: 'jargon', languages: ['fi' as const], patterns: ['_ x'], message: { fi: 'x' }, examples: { match: ['y x'] } };
    const compiled = compileRuleset(RulesetSchema.parse({ ...cueRuleset('kiitos'), rules: [rule] }));
    const text = Array.from({ length: 500 }, () => 'y x').join(' ');
    expect(() => withStepLimit(100, () => new Analyzer(compiled, { lang: 'fi' }).analyze(text))).toThrow(StepLimitExceeded);
    expect(withStepLimit(1e7, () => new Analyzer(compiled, { lang: 'fi' }).analyze(text)).hints).toHaveLength(500);
  });

  it('refuses cues tried at every word that together cost too much, though the first found would stop the rest', () => {
    const cues = Array.from({ length: 60 }, (_, i) => `_ _ _ _ _ _ [_] ${i} #`);
    const v = validateRuleset(cueRuleset('kiitos', { steps: { 'next-steps': { cues: { fi: cues } } } }));
    expect(v.ok).toBe(false);
    if (!v.ok)
      expect(v.problems[0].message).toMatch(
        /the rules together take too much work: more than 500 matcher steps per word on a text of their own words in fi/,
      );
    // Patterns that need no particular word run at every word of any reply: their worst cases are added up.
    const everywhere = validateRuleset(
      cueRuleset('kiitos', { steps: { 'next-steps': { cues: { fi: Array.from({ length: 60 }, () => '_ _ _ _ _ _ [_] #') } } } }),
    );
    expect(everywhere.ok).toBe(false);
    if (!everywhere.ok) expect(everywhere.problems[0].message).toMatch(/tried at every word .* more than 500 matcher steps per word together in fi/);
    expect(validateRuleset(cueRuleset('kiitos', { steps: { 'next-steps': { cues: { fi: cues.slice(0, 2) } } } })).ok).toBe(true);
  });
});
