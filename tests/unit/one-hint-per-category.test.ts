/**
 * Two rules of one category that read the same words give the writer one hint, not two cards that say the same
 * (lib/engine/analyze.ts, oneHintPerCategory). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { Analyzer, bundledRuleset, compileRuleset, mergeRulesets, personalLayer, withRewrites } from '../../lib/index';

const bundled = bundledRuleset();
const compiled = compileRuleset(bundled);

function hints(text: string, rules = compiled, lang: 'fi' | 'en' = 'fi') {
  return withRewrites(text, new Analyzer(rules, { lang }).analyze(text), rules).hints;
}

/** Hints whose words overlap, pairwise, within one category. */
function doubled(text: string, lang: 'fi' | 'en' = 'fi') {
  const hs = hints(text, compiled, lang);
  return hs.filter((a, i) => hs.some((b, j) => j < i && a.category === b.category && a.start < b.end && b.start < a.end));
}

const DEFENSIVE = 'Hei Pekka,\n\nOlemme toimineet asiassa täysin ohjeiden mukaisesti.\n\nTerveisin\nAnna';

describe('one hint per category on the same words', () => {
  it('the organisation clearing itself, named by two defensive rules, is one hint', () => {
    const defensive = hints(DEFENSIVE).filter((h) => h.category === 'defensive');
    expect(defensive).toHaveLength(1);
    expect(defensive[0].text).toContain('ohjeiden mukaisesti');
  });

  it('no reply gets two hints of one category on the same words', () => {
    for (const text of [
      DEFENSIVE,
      'Hei,\n\nLähetitte hakemuksen ilman liitteitä, joten käsittely keskeytyi.\n\nTerveisin\nAnna',
      'Hi,\n\nPLEASE NOTE that the meter is read under OFGEM 2023 rules.\n\nBest,\nKim',
      'Hei,\n\nTämä on aivan pieni asia, eikä siitä kannata huolestua. Kukaan muu ei ole valittanut.\n\nTerveisin\nAnna',
    ]) {
      expect(doubled(text, text.startsWith('Hi') ? 'en' : 'fi'), text).toEqual([]);
    }
  });

  it('the one that stays offers the rewrite when either can', () => {
    const [shouting] = hints('Hi,\n\nPLEASE NOTE that the meter is read twice a year.\n\nBest,\nKim', compiled, 'en').filter(
      (h) => h.category === 'shouting',
    );
    expect(shouting.suggestions.some((s) => s.startsWith('Please note'))).toBe(true);
  });

  it('hints of different categories on the same words both stay: they say different things', () => {
    const text = 'Hei,\n\nKukaan muu asiakas ei ole valittanut tästä.\n\nTerveisin\nAnna';
    const here = hints(text).map((h) => h.category);
    expect(new Set(here).size).toBe(here.length);
    expect(here.length).toBeGreaterThan(0);
  });

  it('a rule muted by the writer leaves the other rule of its category to show', () => {
    const [shown] = hints(DEFENSIVE).filter((h) => h.category === 'defensive');
    const muted = compileRuleset(mergeRulesets(bundled, personalLayer([shown.ruleId])));
    const after = hints(DEFENSIVE, muted).filter((h) => h.category === 'defensive');
    expect(after).toHaveLength(1);
    expect(after[0].ruleId).not.toBe(shown.ruleId);
  });
});
