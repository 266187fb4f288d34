/** The rule workbench's pure half (lib/team/workbench.ts) and the example team ruleset in docs/. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, bundledRuleset, compileRuleset, parseRuleset, rulesInForce, testRuleset } from '../../lib/index';
import { activeRuleset } from '../../lib/team/layers';
import { emptyRuleForm, exportDraft, formFromRule, newDraft, ruleFromForm, splitByHints, tryRule } from '../../lib/team';

describe('rule workbench', () => {
  const form = {
    ...emptyRuleForm('fi'),
    id: 'team.jargon.maksatus',
    patterns: 'maksatu*\n',
    message: { fi: 'Virastokieltä.', en: '', sv: '' },
    suggestions: 'maksaminen',
    match: 'Maksatus alkaa.\nMaksatuksen jälkeen.',
    noMatch: 'Maksamme huomenna.',
  };

  it('turns the form into a rule and back', () => {
    const rule = ruleFromForm(form);
    expect(rule).toMatchObject({
      id: 'team.jargon.maksatus',
      patterns: ['maksatu*'],
      message: { fi: 'Virastokieltä.' },
      examples: { match: ['Maksatus alkaa.', 'Maksatuksen jälkeen.'] },
    });
    expect(formFromRule(rule)).toMatchObject({ id: form.id, patterns: 'maksatu*', match: form.match });
    expect(formFromRule({ ...rule, patterns: undefined, metric: { kind: 'repeated-punctuation' } })).toBeNull();
  });

  it('shows live matches on sample text and the result of every example', () => {
    const sample = 'Hei! Maksatus on käynnissä ja maksatuksen jälkeen saat laskelman.';
    const trial = tryRule(ruleFromForm(form), sample);
    expect(trial.problems).toEqual([]);
    expect(trial.hints.map((h) => h.text)).toEqual(['Maksatus', 'maksatuksen']);
    expect(
      splitByHints(sample, trial.hints)
        .filter((p) => p.hit)
        .map((p) => p.text),
    ).toEqual(['Maksatus', 'maksatuksen']);
    expect(
      splitByHints(sample, trial.hints)
        .map((p) => p.text)
        .join(''),
    ).toBe(sample);
    expect(trial.examples.every((e) => e.ok)).toBe(true);
    const failing = tryRule(ruleFromForm({ ...form, noMatch: 'Maksatus on tavallinen sana.' }), '');
    expect(failing.examples).toContainEqual({ text: 'Maksatus on tavallinen sana.', expected: 'noMatch', ok: false });
  });

  it('runs rewrite examples written "before → after", and shows what the rewrite gives when it differs', () => {
    const glossary = {
      ...form,
      suggestions: '',
      rewrites: 'Maksatus alkaa huomenna. → Maksaminen alkaa huomenna.\nMaksatuksen jälkeen saat laskelman. →',
      model: 'Maksamme summan tilillesi [päivämäärä].',
    };
    const rule = ruleFromForm(glossary);
    expect(rule.examples.rewrites).toEqual([
      { before: 'Maksatus alkaa huomenna.', after: 'Maksaminen alkaa huomenna.' },
      { before: 'Maksatuksen jälkeen saat laskelman.', after: [] },
    ]);
    expect(rule.model).toEqual({ fi: 'Maksamme summan tilillesi [päivämäärä].' });
    // No rewrite yet: the first example fails and says the rule offers none.
    const without = tryRule(rule, '').examples.filter((e) => e.expected === 'rewrite');
    expect(without).toEqual([
      { text: 'Maksatus alkaa huomenna.', expected: 'rewrite', ok: false, want: ['Maksaminen alkaa huomenna.'], got: [] },
      { text: 'Maksatuksen jälkeen saat laskelman.', expected: 'rewrite', ok: true, want: [], got: [] },
    ]);
    // The same rule with a glossary form (written in JSON: the form shows it) passes both.
    const withForms = { ...rule, suggestions: [{ forms: { maksatus: 'maksaminen' } }] };
    expect(tryRule(withForms, '').examples.every((e) => e.ok)).toBe(true);
    expect(formFromRule(withForms)).toBeNull();
    expect(formFromRule(rule)).toMatchObject({ rewrites: glossary.rewrites, model: glossary.model });
  });

  it('names problems by field, in words', () => {
    const trial = tryRule(ruleFromForm({ ...form, id: 'Iso Kirjain', patterns: 'pahoittelemme, jos' }), 'x');
    expect(trial.hints).toEqual([]);
    const paths = trial.problems.map((p) => p.path);
    expect(paths).toContain('id');
    expect(paths).toContain('patterns[0]');
    expect(trial.problems.find((p) => p.path === 'patterns[0]')!.message).toMatch(/leave punctuation out/);
  });

  it('exports a valid ruleset that the CLI and the extension accept', () => {
    const draft = { ...newDraft(), rules: [ruleFromForm(form)] };
    const out = exportDraft(draft);
    expect(out.problems).toEqual([]);
    expect(out.failures).toBe(0);
    const parsed = parseRuleset(out.text);
    expect(parsed.ok).toBe(true);
  });
});

describe('docs/examples/palkkapalvelut.json', () => {
  const text = readFileSync(fileURLToPath(new URL('../../docs/examples/palkkapalvelut.json', import.meta.url)), 'utf8');
  const parsed = parseRuleset(text);
  /** The example's ruleset; a test that needs it fails (never passes by returning early) when it is not valid. */
  const example = () => {
    if (!parsed.ok) throw new Error(`docs/examples/palkkapalvelut.json is not valid: ${JSON.stringify(parsed.problems)}`);
    return parsed.ruleset;
  };

  it('is valid and passes its own examples', () => {
    expect(parsed.ok).toBe(true);
    expect(testRuleset(example()).failures).toEqual([]);
    expect(example().practice.length).toBeGreaterThanOrEqual(2);
  });

  it('coaches the weak practice reply with the team rules on top of the bundled ones', () => {
    const compiled = compileRuleset(rulesInForce(activeRuleset(example(), [], false, 0), bundledRuleset).ruleset);
    const weak = example().practice[0].weakReply!;
    const ids = analyze(weak, { lang: 'fi', ruleset: compiled }).hints.map((h) => h.ruleId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'palkka.lupaus.seuraava-mahdollinen',
        'palkka.ammattikieli.korjausajo',
        'palkka.puolustautuva.ota-yhteytta-esihenkiloon',
      ]),
    );
  });
});
