// @vitest-environment happy-dom
/** Team categories by their names everywhere a category appears: the coach's panel and card, and every page. */
import { afterEach, describe, expect, it } from 'vitest';
import { categoryName, declareCategories } from '../../components/categories';
import { createAnalyzer, contentRulesetWithLayers } from '../../lib/content-engine';
import { parseRuleset } from '../../lib/index';
import type { Ruleset } from '../../lib/ruleset/schema';
import team from '../fixtures/team-ruleset.json';
import { flush, mountTestCoach, unmountTestCoach } from './coach-harness';

const TEAM = (parseRuleset(JSON.stringify(team)) as { ok: true; ruleset: Ruleset }).ruleset;

afterEach(() => {
  unmountTestCoach();
  declareCategories([]);
});

describe('category names', () => {
  it('names built-in categories from COACHING.md and team categories as their ruleset declares them', () => {
    expect(categoryName('blame', 'fi')).toBe('Syyllistäminen');
    expect(categoryName('payroll-jargon', 'fi')).toBe('payroll-jargon');
    declareCategories(TEAM.categories);
    expect(categoryName('payroll-jargon', 'fi')).toBe('Palkka-ammattikieli');
    expect(categoryName('payroll-jargon', 'en')).toBe('Payroll jargon');
    // No Swedish name declared: another language's name rather than the id.
    expect(categoryName('payroll-jargon', 'sv')).toBe('Payroll jargon');
    declareCategories('not a list');
    expect(categoryName('payroll-jargon', 'fi')).toBe('payroll-jargon');
  });

  it("the coach's panel names a team category, not its id", async () => {
    declareCategories(TEAM.categories);
    const compiled = contentRulesetWithLayers([TEAM]);
    const { coach, shadow } = mountTestCoach('<textarea id="t">Palkkakauden aikana maksamme.</textarea>', {
      uiLanguage: 'fi',
      createAnalyzer: () => createAnalyzer({ lang: 'fi', uiLanguage: 'fi' }, compiled),
    });
    coach.start();
    const ta = document.querySelector('textarea')!;
    ta.focus();
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await flush();
    (shadow.querySelector('[data-savy-badge]') as HTMLElement).click();
    await flush();
    const hint = shadow.querySelector('[data-savy-hint][data-category="payroll-jargon"]')!;
    expect(hint).not.toBeNull();
    expect(hint.textContent).toContain('Palkka-ammattikieli');
    expect(hint.textContent).not.toContain('payroll-jargon');
  });
});
