import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../lib/engine/analyze';
import { compileRuleset } from '../../lib/engine/compile';
import { testRuleset as runExamples } from '../../lib/ruleset/examples';
import { mergeRulesets, personalLayer } from '../../lib/ruleset/merge';
import { parseRuleset, validateRuleset } from '../../lib/ruleset/schema';
import { testRuleset } from './helpers';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('ruleset validation', () => {
  it('accepts a team ruleset with its own category', () => {
    const v = parseRuleset(fixture('team-ruleset.json'));
    expect(v.ok).toBe(true);
  });

  it('names the JSON path of every problem, in words a supervisor can act on', () => {
    const v = validateRuleset({
      schemaVersion: 1,
      id: 'Team One',
      name: 'x',
      version: '1',
      languages: ['fi', 'de'],
      rules: [
        { id: 'a', category: 'blam', languages: ['fi'], patterns: ['ei käy!!', '(emme voi'], message: { fi: 'x' }, examples: { match: ['x'] } },
        { id: 'a', category: 'blame', languages: ['fi'], message: { fi: 'x' }, examples: { match: ['x'] }, severty: 'info' },
      ],
    });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const byPath = Object.fromEntries(v.problems.map((p) => [p.path, p.message]));
    expect(byPath['$.id']).toMatch(/lower-case/);
    expect(byPath['$.languages[1]']).toMatch(/fi, en or sv/);
    expect(byPath['$.rules[0].patterns[0]']).toMatch(/punctuation/);
    expect(byPath['$.rules[0].patterns[1]']).toMatch(/never closed/);
    expect(byPath['$.rules[1]']).toMatch(/unknown field "severty"/);
  });

  it('checks what needs the whole ruleset: categories, duplicate ids, patterns or metric', () => {
    const v = validateRuleset({
      schemaVersion: 1,
      id: 't',
      name: 'x',
      version: '1',
      languages: ['fi'],
      rules: [
        { id: 'a', category: 'blam', languages: ['fi'], patterns: ['x'], message: { fi: 'x' }, examples: { match: ['x'] } },
        { id: 'a', category: 'blame', languages: ['fi'], message: { fi: 'x' }, examples: { match: ['x'] } },
        { id: 'b', category: 'blame', languages: ['fi'], patterns: ['x'], suggestions: ['$2'], message: { fi: 'x' }, examples: { match: ['x'] } },
      ],
    });
    expect(v.ok ? [] : v.problems).toEqual([
      { path: '$.rules[0].category', message: expect.stringMatching(/unknown category "blam"/) },
      { path: '$.rules[1].id', message: expect.stringMatching(/already used by rules\[0\]/) },
      { path: '$.rules[1]', message: expect.stringMatching(/either "patterns" or "metric"/) },
      { path: '$.rules[2].suggestions[0]', message: expect.stringMatching(/\$2 refers to word group 2/) },
    ]);
  });

  it('refuses raw regular expressions, so a hostile ruleset cannot hang a browser', () => {
    const v = parseRuleset(fixture('hostile-ruleset.json'));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems).toEqual([{ path: '$.rules[0].regex', message: expect.stringMatching(/regular expressions are not accepted/) }]);
  });

  it('reports broken JSON at $', () => {
    const v = parseRuleset('{"schemaVersion": 1,');
    expect(v.ok ? [] : v.problems.map((p) => p.path)).toEqual(['$']);
  });
});

describe('embedded examples', () => {
  it('pass for rules that find what they promise', () => {
    const { failures, passed } = runExamples(testRuleset());
    expect(failures).toEqual([]);
    expect(passed).toBeGreaterThan(5);
  });

  it('name the rule and the example that fails', () => {
    const rs = testRuleset();
    rs.rules[0].examples.noMatch = ['Olisit lukenut ohjeet.'];
    expect(runExamples(rs).failures).toEqual([
      { ruleId: 't.blame.olisit', example: 'Olisit lukenut ohjeet.', expected: 'noMatch', path: '$.rules[0].examples.noMatch[0]' },
    ]);
  });
});

describe('merging layers', () => {
  const base = testRuleset();
  const team = parseRuleset(fixture('team-ruleset.json'));
  if (!team.ok) throw new Error('fixture invalid');

  it('adds the team rules and categories to the bundled ones', () => {
    const merged = compileRuleset(mergeRulesets(base, team.ruleset));
    const a = new Analyzer(merged, { lang: 'fi' }).analyze('Hei, olisit lukenut ohjeet palkkakauden alussa.');
    expect(a.hints.map((h) => h.category)).toEqual(['blame', 'payroll-jargon']);
  });

  it('lets a team turn off rules and whole categories and change severity', () => {
    const layer = {
      ...team.ruleset,
      rules: [],
      disable: { rules: ['t.blame.olisit'], categories: ['shouting'] },
      overrides: { 't.dismissive.tietysti': { severity: 'info' as const } },
    };
    const merged = compileRuleset(mergeRulesets(base, layer));
    const a = new Analyzer(merged, { lang: 'fi' }).analyze('Olisit lukenut! TÄMÄ ON VÄÄRIN!! Tietysti voit.');
    expect(a.hints.map((h) => [h.ruleId, h.severity])).toEqual([['t.dismissive.tietysti', 'info']]);
  });

  it('adds step cues, or replaces them when the team says so', () => {
    const add = { ...team.ruleset, rules: [], steps: { greet: { cues: { fi: ['arvoisa'] } } } };
    const replace = { ...team.ruleset, rules: [], steps: { greet: { cues: { fi: ['arvoisa'] }, replace: true } } };
    const greet = (layer: typeof add, text: string) =>
      new Analyzer(compileRuleset(mergeRulesets(base, layer)), { lang: 'fi' }).analyze(text).steps.greet;
    expect(greet(add, 'Hei Maija')).toBe(true);
    expect(greet(add, 'Arvoisa asiakas')).toBe(true);
    expect(greet(replace, 'Hei Maija')).toBe(false);
    expect(greet(replace, 'Arvoisa asiakas')).toBe(true);
  });

  it('lets a writer mute a rule for themself', () => {
    const merged = compileRuleset(mergeRulesets(base, personalLayer(['t.blame.olisit'])));
    expect(new Analyzer(merged, { lang: 'fi' }).analyze('Olisit lukenut.').hints).toEqual([]);
  });
});
