import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, STEP_IDS } from '../../lib/coaching';
import { BUNDLED_SOURCES, bundledRuleset, withDefaults } from '../../lib/ruleset/bundled';
import { testRuleset } from '../../lib/ruleset/examples';
import { RulesetSchema, validateRuleset, type RulesetInput } from '../../lib/ruleset/schema';

describe.each(Object.entries(BUNDLED_SOURCES))('bundled ruleset %s', (lang, source) => {
  it('is valid', () => {
    const v = validateRuleset(source);
    expect(v.ok ? [] : v.problems).toEqual([]);
  });

  it('gets the same defaults without zod as with it', () => {
    expect(withDefaults(source as RulesetInput)).toEqual(RulesetSchema.parse(source));
  });

  it('passes every example embedded in its rules, rewrite examples included', () => {
    const { failures, passed } = testRuleset(RulesetSchema.parse(source));
    expect(failures).toEqual([]);
    expect(passed).toBeGreaterThan(0);
  });

  it('shows every rewrite offered in a rewrite example ("this text → exactly this text")', () => {
    const rs = RulesetSchema.parse(source);
    expect(testRuleset(rs).untested.map((u) => `${u.ruleId} #${u.index}`)).toEqual([]);
    expect(rs.rules.filter((r) => r.suggestions.length).every((r) => r.examples.rewrites?.length)).toBe(true);
  });

  it('teaches with a model sentence where no rewrite can be written for the writer', () => {
    const rs = RulesetSchema.parse(source);
    const teaching = ['blame', 'defensive', 'negative-framing', 'vague-promise'];
    // A rule's model is in the language of its replies (the learned rules are one source for three languages).
    const missing = rs.rules.filter((r) => teaching.includes(r.category) && !r.suggestions.length && !r.model?.[r.languages[0]]).map((r) => r.id);
    expect(missing).toEqual([]);
    for (const r of rs.rules) {
      const model = r.model?.[r.languages[0]];
      if (!model) continue;
      // Every model has a part to fill in, and no rewrite of a promise adds a date the writer did not give.
      expect(model, r.id).toMatch(/\[[^\]]+\]/);
    }
  });

  it('has a message in fi, en and sv on every rule', () => {
    const rs = RulesetSchema.parse(source);
    const missing = rs.rules.filter((r) => !r.message.fi || !r.message.en || !r.message.sv).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it.skipIf(lang === 'learned')(`covers every category and every step in ${lang}`, () => {
    const rs = RulesetSchema.parse(source);
    const categories = new Set(rs.rules.filter((r) => r.languages.includes(lang as 'fi')).map((r) => r.category));
    expect([...CATEGORY_IDS].filter((c) => !categories.has(c))).toEqual([]);
    expect(STEP_IDS.filter((s) => !rs.steps[s]?.cues[lang as 'fi']?.length)).toEqual([]);
  });
});

describe('the merged bundled ruleset', () => {
  it('has unique rule ids', () => {
    const ids = bundledRuleset().rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
