import { describe, expect, it } from 'vitest';
import { analyze, weakSteps } from '../../lib/index';

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
    expect(weakSteps(stock, stock.hints.filter((h) => h.category !== 'formulaic-apology'))).toEqual([]);
  });

  it('leaves steps whose phrase shares no words with a hint alone, even in a sentence with a hint', () => {
    const a = analyze('Kiitos viestistäsi, olisit lukenut ohjeet.');
    expect(a.steps.thank).toBe(true);
    expect(a.hints.length).toBeGreaterThan(0);
    expect(weakSteps(a)).toEqual([]);
  });
});
