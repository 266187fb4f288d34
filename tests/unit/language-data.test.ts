/**
 * The language data in the rulesets (each language's `rewriting` word lists and `functionWords`, docs/rules.md
 * "Language data"): read from the ruleset in force, added to by a team's layer, and a broken list refused with
 * its place and what to write instead.
 */
import { describe, expect, it } from 'vitest';
import { analyze, bundledRuleset, compileRuleset, mergeRulesets, validateRuleset, type Language } from '../../lib/index';
import { languageWords } from '../../lib/rewrite/words';
import { RewritingSchema } from '../../lib/ruleset/schema';
import { rulesetLayers } from '../../lib/team/layers';
import { evaluateRulesetText } from '../../lib/team/state';
import { coachedLines } from '../../lib/text/regions';

const team = (fields: Record<string, unknown>) => ({ schemaVersion: 1, id: 'team.words', name: 'Team', version: '1', languages: ['fi'], ...fields });

/** The bundled ruleset with a team's layer on top, compiled as the coach compiles it. */
function withTeam(fields: Record<string, unknown>) {
  const v = validateRuleset(team(fields));
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  return compileRuleset(mergeRulesets(bundledRuleset(), v.ruleset));
}

const problems = (fields: Record<string, unknown>) => {
  const v = validateRuleset(team(fields));
  return v.ok ? [] : v.problems;
};

describe('language data in the rulesets', () => {
  it("a team's greeting makes the capitals after it a name, not an acronym to explain", () => {
    const text = 'Moro TIX ja kiitos viestistä.';
    const jargon = (lang: Language, ruleset = compileRuleset(bundledRuleset())) =>
      analyze(text, { lang, ruleset })
        .hints.filter((h) => h.category === 'jargon')
        .map((h) => h.text);
    expect(jargon('fi')).toEqual(['TIX']);
    expect(jargon('fi', withTeam({ rewriting: { fi: { greetings: ['moro'] } } }))).toEqual([]);
  });

  it("a team's function words tell the reply's language", () => {
    const text = 'Moro moro, dokka dokka.';
    expect(analyze(text).language).toBe('fi');
    expect(analyze(text, { ruleset: withTeam({ functionWords: { sv: ['moro', 'dokka'] } }) }).language).toBe('sv');
  });

  it("a team's sign-off and closing wish start the signature", () => {
    const lines = ['Hei Anna,', 'selvitämme asian tänään.', 'Tsau', 'Matti / Asiakaspalvelu'];
    expect(coachedLines(lines, compileRuleset(bundledRuleset()).closings)).toEqual([true, true, true, true]);
    expect(coachedLines(lines, withTeam({ closings: { fi: { signOffs: ['tsau'] } } }).closings)).toEqual([true, true, false, false]);
    const wish = ['Hei Anna,', 'selvitämme asian tänään.', 'Reipasta viikkoa!', 'Matti'];
    expect(coachedLines(wish, compileRuleset(bundledRuleset()).closings)).toEqual([true, true, true, true]);
    expect(coachedLines(wish, withTeam({ closings: { fi: { wishes: ['reipasta'] } } }).closings)).toEqual([true, true, true, false]);
  });

  it('reads every rewriting list the format has, and gives each language its own', () => {
    const fi = languageWords(bundledRuleset().rewriting, 'fi');
    expect(Object.keys(fi).sort()).toEqual(['language', ...Object.keys(RewritingSchema.shape)].sort());
    expect(fi.negations.has('emme')).toBe(true);
    expect(languageWords(bundledRuleset().rewriting, 'sv').negations.has('emme')).toBe(false);
  });

  it("a team's examples are read on the bundled language data, as the coach will read them", async () => {
    // A word of the signature is not the writer's text: what a sign-off is, the rulesets' closings tell.
    const rule = {
      id: 'team.jargon.ticket',
      category: 'jargon',
      languages: ['en'],
      patterns: ['ticket'],
      message: { en: 'Say request.' },
      examples: { match: ['We have closed your ticket.'], noMatch: ['We will call you today.\n\nBest regards\nAnna / Ticket desk'] },
    };
    const text = JSON.stringify({ ...team({ languages: ['en'] }), rules: [rule] });
    expect((await evaluateRulesetText(text, { base: bundledRuleset() })).ok).toBe(true);
    expect(await evaluateRulesetText(text)).toMatchObject({ ok: false, code: 'examples' });
  });

  it('adds to the bundled lists, which stay', () => {
    const v = validateRuleset(team({ rewriting: { fi: { greetings: ['moro'] } } }));
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    const merged = mergeRulesets(bundledRuleset(), v.ruleset);
    expect(merged.rewriting.fi?.greetings).toEqual(['hei', 'hyvä', 'moi', 'moikka', 'terve', 'arvoisa', 'hello', 'moro']);
    expect(merged.rewriting.fi?.negations).toEqual(bundledRuleset().rewriting.fi?.negations);
    expect(merged.functionWords).toEqual(bundledRuleset().functionWords);
  });

  it('merges a team ruleset stored by an earlier version, without the fields', () => {
    const stored = { ...bundledRuleset(), id: 'team.old', rules: [] } as Record<string, unknown>;
    delete stored.rewriting;
    delete stored.functionWords;
    const layers = rulesetLayers({ team: stored as never, mutedRules: [], mutesLocked: false, updatedAt: 1 });
    expect(layers).toHaveLength(1);
    const merged = mergeRulesets(bundledRuleset(), ...layers);
    expect(merged.rewriting).toEqual(bundledRuleset().rewriting);
    expect(analyze('Hei Anna, emme voi palauttaa rahoja.', { ruleset: compileRuleset(merged) }).language).toBe('fi');
  });

  it('refuses a broken list with its place and what to write', () => {
    expect(problems({ rewriting: { fi: { negations: 'ei' } } })).toEqual([
      { path: '$.rewriting.fi.negations', message: 'negations is a list of words, like ["ei", "not"]' },
    ]);
    expect(problems({ rewriting: { fi: { greetings: ['hyvää päivää'] } } })).toEqual([
      { path: '$.rewriting.fi.greetings[0]', message: 'one word per entry, without spaces: write "code" and "number", not "code number"' },
    ]);
    expect(problems({ rewriting: { fi: { negation: ['ei'] } } })).toEqual([
      { path: '$.rewriting.fi', message: 'unknown field "negation": check the spelling' },
    ]);
    expect(problems({ functionWords: { fi: [7] } })).toEqual([
      { path: '$.functionWords.fi[0]', message: 'a word list holds words as text, like "app"' },
    ]);
    expect(problems({ closings: { fi: { signOffs: ['parhain  terveisin'] } } })).toEqual([
      { path: '$.closings.fi.signOffs[0]', message: 'a phrase is one to six words with single spaces between, like "best regards"' },
    ]);
    expect(problems({ rewriting: { de: {} } })).toEqual([{ path: '$.rewriting', message: 'unknown field "de": check the spelling' }]);
  });
});
