// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mutesFromActive } from '../../components/coach/mutes';
import { analyze } from '../../lib/index';
import { activeRuleset } from '../../lib/team/layers';
import { flush, mountTestCoach, unmountTestCoach } from './coach-harness';

const DRAFT = 'Hei Maija, olisit lukenut ohjeet. Tämä EI OLE MAHDOLLISTA!!';
const expected = analyze(DRAFT, { uiLanguage: 'en' });
const RULE = expected.hints[0].ruleId;

/** A coach set up the way the content script does it: mutes from the active ruleset the background published. */
async function setup(active: unknown) {
  const mutes = mutesFromActive(active);
  const {
    coach,
    shadow,
    muted: persisted,
  } = mountTestCoach(`<textarea id="t">${DRAFT}</textarea>`, {
    mutedRules: new Set(mutes.muted),
    mutesLocked: mutes.locked,
  });
  coach.start();
  const ta = document.querySelector('textarea')!;
  ta.focus();
  ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  await flush();
  coach.openPanel();
  await flush();
  const rules = () => [...shadow.querySelectorAll('[data-savy-hint]')].map((h) => h.getAttribute('data-rule'));
  const muteButtons = () => shadow.querySelectorAll('[data-savy-mute], [data-savy-card-mute]').length;
  return { coach, shadow, persisted, rules, muteButtons };
}

afterEach(unmountTestCoach);

describe('policy mute lock in the page', () => {
  it('unlocked: the writer’s mutes (from the active ruleset) hide the rule, and "Don’t show again" is offered', async () => {
    const { rules, muteButtons, coach, persisted } = await setup(activeRuleset(null, [RULE], false, 1));
    expect(rules()).not.toContain(RULE);
    expect(muteButtons()).toBe(rules().length);
    const other = coach.hints.value[0];
    coach.mute(other);
    expect(persisted).toEqual([other.ruleId]);
  });

  it('locked: muted rules are not hidden, "Don’t show this rule again" is not offered, mute does nothing', async () => {
    // What the background publishes when policy locks mutes, and a stored state that still lists mutes.
    for (const active of [activeRuleset(null, [RULE], true, 1), { team: null, mutedRules: [RULE], mutesLocked: true, updatedAt: 1 }]) {
      const { rules, muteButtons, coach, persisted, shadow } = await setup(active);
      expect(rules().sort()).toEqual(expected.hints.map((h) => h.ruleId).sort());
      expect(rules()).toContain(RULE);
      expect(muteButtons()).toBe(0);
      expect(shadow.querySelectorAll('[data-savy-dismiss]').length).toBe(expected.hints.length);
      coach.mute(coach.hints.value[0]);
      await flush();
      expect(persisted).toEqual([]);
      expect(rules().length).toBe(expected.hints.length);
      unmountTestCoach();
    }
  });

  it('follows the active ruleset when the policy changes while the page is open', async () => {
    const { rules, muteButtons, coach } = await setup(activeRuleset(null, [RULE], false, 1));
    expect(rules()).not.toContain(RULE);
    const locked = mutesFromActive(activeRuleset(null, [RULE], true, 2));
    coach.setMutes(locked.muted, locked.locked);
    await flush();
    expect(rules()).toContain(RULE);
    expect(muteButtons()).toBe(0);
    const unlocked = mutesFromActive(activeRuleset(null, [RULE], false, 3));
    coach.setMutes(unlocked.muted, unlocked.locked);
    await flush();
    expect(rules()).not.toContain(RULE);
    expect(muteButtons()).toBeGreaterThan(0);
  });

  it('reads anything stored without throwing', () => {
    expect(mutesFromActive(undefined)).toEqual({ muted: [], locked: false });
    expect(mutesFromActive({ mutedRules: ['a', 3, ''], mutesLocked: 'yes' })).toEqual({ muted: ['a'], locked: false });
  });
});
