import { describe, expect, it } from 'vitest';
import { contentBundledRuleset } from '../../lib/content-engine';
import { analyze, bundledRuleset } from '../../lib/index';
import { contentRuleset, createAnalyzer } from '../../lib/content-engine';
import { withRewrites } from '../../lib/rewrite/check';

describe('the content script’s engine', () => {
  it('is the bundled ruleset, merged the same way, but for the rules’ examples', () => {
    const strip = (r: ReturnType<typeof bundledRuleset>) => ({ ...r, rules: r.rules.map((x) => ({ ...x, examples: { match: [], noMatch: [] } })) });
    expect(strip(contentBundledRuleset())).toEqual(strip(bundledRuleset()));
    expect(contentBundledRuleset().rules.every((r) => r.examples.match.length === 0)).toBe(true);
  });

  it('reads a reply as the CLI does', () => {
    const text = 'Hei Maija, olisit lukenut ohjeet. Tämä EI OLE MAHDOLLISTA!!';
    // The page offers a hint's rewrites when it shows the hint; the same checker decides them.
    const a = withRewrites(text, createAnalyzer({ lang: 'auto', uiLanguage: 'fi' }, contentRuleset()).analyze(text), contentRuleset());
    const b = analyze(text, { uiLanguage: 'fi' });
    expect(a.hints.map((h) => [h.ruleId, h.start, h.end, h.suggestions])).toEqual(b.hints.map((h) => [h.ruleId, h.start, h.end, h.suggestions]));
    expect(a.steps).toEqual(b.steps);
  });
});
