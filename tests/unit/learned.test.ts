import { describe, expect, it } from 'vitest';
import { Analyzer, bundledRuleset, compileRuleset, type Ruleset } from '../../lib/index';
import { featureIds, learnedScore, learnedWeights, packedCounts, packWeights, type LearnedModel } from '../../lib/engine/learned';
import { withDefaults } from '../../lib/ruleset/bundled';
import { validateRuleset, type RulesetInput } from '../../lib/ruleset/schema';
import { words } from '../../lib/text/tokens';

const BUCKETS = 1 << 12;

/** A model that leans to its category on the given words and away from it on others (weights on the word features). */
function modelOf(lean: Record<string, number>, threshold: number, veto?: number): LearnedModel {
  const dense = new Float64Array(BUCKETS);
  for (const [word, w] of Object.entries(lean)) for (const id of featureIds(words(word), BUCKETS).slice(0, 1)) dense[id] = w;
  return { buckets: BUCKETS, bias: -1, ...packWeights(dense, 100), threshold, ...(veto === undefined ? {} : { veto }) };
}

function rulesetWith(model: LearnedModel, patternRule = false): Ruleset {
  const input: RulesetInput = {
    schemaVersion: 1,
    id: 'test.learned',
    name: 'test',
    version: '1',
    languages: ['en'],
    rules: [
      {
        id: 'en.learned.blame',
        category: 'blame',
        severity: 'info',
        languages: ['en'],
        metric: { kind: 'learned', ...model },
        message: { en: 'This sentence may read as blame.' },
        examples: { match: ['x'] },
      },
      ...(patternRule
        ? [
            {
              id: 'en.blame.you-failed',
              category: 'blame',
              languages: ['en' as const],
              patterns: ['you failed'],
              message: { en: 'Blame.' },
              examples: { match: ['x'] },
            },
          ]
        : []),
    ],
  };
  return withDefaults(input);
}

function hints(rs: Ruleset, text: string) {
  return new Analyzer(compileRuleset(rs), { lang: 'en' }).analyze(text).hints.map((h) => `${h.ruleId}: ${h.text}`);
}

describe('the learned second opinion', () => {
  it('hints the whole sentence the model reads as its category, and no other', () => {
    const rs = rulesetWith(modelOf({ carelessly: 40 }, 0.5));
    expect(hints(rs, 'The parcel came back because it was addressed carelessly. We send it again today.')).toEqual([
      'en.learned.blame: The parcel came back because it was addressed carelessly.',
    ]);
  });

  it('stays quiet below its threshold and on sentences under three words', () => {
    expect(hints(rulesetWith(modelOf({ carelessly: 40 }, 50)), 'The parcel was addressed carelessly.')).toEqual([]);
    expect(hints(rulesetWith(modelOf({ carelessly: 40 }, 0.5)), 'Carelessly, sorry.')).toEqual([]);
  });

  it('adds nothing where a rule of its category already hints the sentence', () => {
    const rs = rulesetWith(modelOf({ failed: 40 }, 0.5), true);
    expect(hints(rs, 'Sadly you failed to attach the form.')).toEqual(['en.blame.you-failed: you failed']);
  });

  it("takes back a rule's hint of its category in a sentence it reads as clean (its veto line)", () => {
    const clean = modelOf({ failed: 1, thanks: -60 }, 5, -2);
    expect(hints(rulesetWith(clean, true), 'Thanks, you failed nothing at all and we fixed it today.')).toEqual([]);
    expect(hints(rulesetWith(clean, true), 'Sadly you failed to attach the form to your application.')).toEqual(['en.blame.you-failed: you failed']);
  });

  it("leaves a rule's hint in a sentence of fewer than nine words: too little for the model to overrule a rule", () => {
    const clean = modelOf({ failed: 1, thanks: -60 }, 5, -2);
    expect(hints(rulesetWith(clean, true), 'Thanks, you failed nothing and we fixed it.')).toEqual(['en.blame.you-failed: you failed']);
  });

  it('scores the same sentence the same whatever its case, and new words count for nothing', () => {
    const m = modelOf({ carelessly: 40 }, 0.5);
    expect(learnedScore(m, words('It was done CARELESSLY'))).toBeCloseTo(learnedScore(m, words('it was done carelessly')));
    expect(learnedScore(m, words('It was done quickly'))).toBeCloseTo(m.bias);
  });

  it('keeps only the largest weights, as whole numbers with one scale, and reads them back', () => {
    const dense = new Float64Array(1 << 16);
    dense[1] = 0.5;
    dense[3] = -2;
    dense[4] = 0.01;
    dense[40000] = 1; // a gap of more than one byte
    const packed = packWeights(dense, 3);
    const model: LearnedModel = { buckets: 1 << 16, bias: 0, threshold: 0, ...packed };
    expect([...learnedWeights(model)].map(([id, w]) => [id, Math.round(w * 10) / 10])).toEqual([
      [1, 0.5],
      [3, -2],
      [40000, 1],
    ]);
    expect(packedCounts(packed)).toEqual({ ids: 3, weights: 3 });
  });
});

describe('a learned metric in a ruleset', () => {
  const base = { schemaVersion: 1, id: 't', name: 't', version: '1', languages: ['en'] };
  const rule = (metric: object) => ({
    id: 'en.learned.blame',
    category: 'blame',
    languages: ['en'],
    metric,
    message: { en: 'm' },
    examples: { match: ['x'] },
  });
  it('is refused with a clear message when its weights and ids differ in number, or its buckets are not a power of two', () => {
    const two = packWeights([0, 1, 2], 2);
    const one = packWeights([0, 1, 0], 2);
    const uneven = validateRuleset({
      ...base,
      rules: [rule({ kind: 'learned', buckets: 16, bias: 0, scale: 1, ids: two.ids, weights: one.weights, threshold: 1 })],
    });
    expect(uneven.ok ? [] : uneven.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('a learned metric has one weight for each of its ids'),
    ]);
    const odd = validateRuleset({ ...base, rules: [rule({ kind: 'learned', buckets: 15, bias: 0, scale: 1, ids: '', weights: '', threshold: 1 })] });
    expect(odd.ok ? [] : odd.problems.map((p) => p.message)).toEqual([expect.stringContaining('buckets is a power of two')]);
    const garbled = validateRuleset({
      ...base,
      rules: [rule({ kind: 'learned', buckets: 16, bias: 0, scale: 1, ids: 'AQ=', weights: 'AQ==', threshold: 1 })],
    });
    expect(garbled.ok ? [] : garbled.problems.map((p) => p.message)).toEqual([expect.stringContaining('base64')]);
  });

  it('ships in the bundled ruleset for every language and tone category it was trained on', () => {
    const learned = bundledRuleset().rules.filter((r) => r.metric?.kind === 'learned');
    const ids = learned.map((r) => r.id).sort();
    for (const lang of ['fi', 'en', 'sv']) {
      for (const c of ['blame', 'defensive', 'dismissive', 'negative-framing', 'passive-aggressive', 'vague-promise'])
        expect(ids).toContain(`${lang}.learned.${c}`);
    }
    expect(learned.every((r) => r.severity === 'info')).toBe(true);
  });
});
