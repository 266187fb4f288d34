import { describe, expect, it } from 'vitest';
import { analyze, bundledRuleset, compileRuleset, rulesInForce, validateRuleset, weakSteps } from '../../lib/index';
import { activeRuleset } from '../../lib/team/layers';

describe('weak steps', () => {
  it('a stock apology covers the apology step only weakly, in each language', () => {
    for (const text of ['Pahoittelemme mahdollista haittaa.', 'Sorry for any inconvenience.']) {
      const a = analyze(text);
      expect(a.steps.apologize, text).toBe(true); // still covered: the CLI's steps stay as they were
      expect(weakSteps(a), text).toEqual(['apologize']);
      const hint = a.hints.find((h) => h.category === 'formulaic-apology')!;
      expect(a.weakCues?.every((c) => c.start < hint.end && hint.start < c.end)).toBe(true);
    }
  });

  it('is strong when another phrase covers the step without a hint, or the hint is dismissed', () => {
    const both = analyze('Pahoittelemme mahdollista haittaa. Pahoittelen, että paketti myöhästyi.');
    expect(both.steps.apologize).toBe(true);
    expect(weakSteps(both)).toEqual([]);
    const stock = analyze('Hei Maija, pahoittelemme mahdollista haittaa.');
    expect(weakSteps(stock)).toEqual(['apologize']);
    expect(weakSteps(stock, [])).toEqual([]); // no open hint: the writer dismissed it
    expect(
      weakSteps(
        stock,
        stock.hints.filter((h) => h.category !== 'formulaic-apology'),
      ),
    ).toEqual([]);
  });

  it('leaves steps whose phrase shares no words with a hint alone, even in a sentence with a hint', () => {
    const a = analyze('Kiitos viestistäsi, olisit lukenut ohjeet.');
    expect(a.steps.thank).toBe(true);
    expect(a.hints.length).toBeGreaterThan(0);
    expect(weakSteps(a)).toEqual([]);
  });

  it('a generic greeting ("Hyvä asiakas", "Dear customer", "Bästa kund") meets nobody in particular: greet is weak', () => {
    for (const text of ['Hyvä asiakas,\nkiitos viestistä.', 'Arvoisa asiakas, kiitos.', 'Dear customer, thank you.', 'Bästa kund, tack.']) {
      const a = analyze(text);
      expect(a.steps.greet, text).toBe(true);
      expect(weakSteps(a), text).toEqual(['greet']);
      expect(weakSteps(a, []), text).toEqual(['greet']); // weak by the ruleset, hint or not
    }
    for (const text of ['Hyvä Maija,\nkiitos viestistä.', 'Hei, hyvä asiakas!', 'Dear Sam, thank you.', 'Bästa Anna, tack.']) {
      expect(weakSteps(analyze(text)), text).toEqual([]);
    }
  });

  it('a team ruleset adds weak phrases of its own', () => {
    const team = validateRuleset({
      schemaVersion: 1,
      id: 'team',
      name: 'Team',
      version: '1',
      languages: ['fi'],
      steps: { thank: { cues: {}, weak: { fi: ['kiitos kärsivällisyydestä*'] } } },
    });
    expect(team.ok).toBe(true);
    if (!team.ok) return;
    const a = analyze('Kiitos kärsivällisyydestäsi.', {
      ruleset: compileRuleset(rulesInForce(activeRuleset(team.ruleset, [], false, 0), bundledRuleset).ruleset),
    });
    expect(a.steps.thank).toBe(true);
    expect(weakSteps(a)).toEqual(['thank']);
  });
});
