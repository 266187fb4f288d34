// @vitest-environment happy-dom
/** The coach in a page with its rules from the background (the content script's wiring), in happy-dom. */
import { afterEach, describe, expect, it } from 'vitest';
import { coachRules } from '../../components/coach/background';
import { Coach } from '../../components/coach/controller';
import { coachRulesFromBackground } from '../../components/coach/rules-client';
import { coachShadowRoot } from '../../components/coach/ui/mount';
import { analyze } from '../../lib/index';
import { activeRuleset } from '../../lib/team/layers';
import type { CoachRules } from '../../lib/protocol';

const DRAFT = 'Hei Maija, olisit lukenut ohjeet. Tämä EI OLE MAHDOLLISTA!!';
const wait = (ms = 0) => new Promise((r) => setTimeout(r, ms));
let abort: AbortController;

function setup(fetch: () => Promise<CoachRules>) {
  document.body.innerHTML = `<textarea id="t">${DRAFT}</textarea><textarea id="u">${DRAFT}</textarea>`;
  abort = new AbortController();
  const { shadow, mountUi } = coachShadowRoot(document, abort.signal);
  let coachRef: Coach | null = null;
  const rules = coachRulesFromBackground({ fetch, uiLanguage: 'en', coach: () => coachRef, retryDelayMs: 1 });
  const coach = new Coach(
    {
      doc: document,
      uiLanguage: 'en',
      createAnalyzer: rules.createAnalyzer,
      mutedRules: new Set(),
      muteRule: () => undefined,
      mountUi,
      debounceMs: 0,
    },
    abort.signal,
  );
  coachRef = coach;
  coach.start();
  const focus = async (sel: string) => {
    const ta = document.querySelector<HTMLTextAreaElement>(sel)!;
    ta.focus();
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await wait(20);
  };
  const count = () => shadow.querySelector('[data-savy-badge]')?.getAttribute('data-count');
  return { coach, shadow, focus, count, rules };
}

afterEach(() => {
  abort?.abort();
});

describe('coach with rules from the background', () => {
  const hints = String(analyze(DRAFT).hints.length);

  it('asks nothing until a field gets focus, then coaches (a first failure is retried)', async () => {
    let asked = 0;
    const { focus, count, coach } = setup(async () => {
      if (asked++ === 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      return coachRules(null);
    });
    await wait(20);
    expect(asked).toBe(0);
    await focus('#t');
    expect(asked).toBe(2);
    expect(count()).toBe(hints);
    expect(coach.status.value).toBeNull();
  });

  it('applies the mutes and the lock that come with the rules', async () => {
    const rule = analyze(DRAFT).hints[0].ruleId;
    const { focus, coach, shadow } = setup(async () => coachRules(activeRuleset(null, [rule], true, 1)));
    await focus('#t');
    expect(coach.mutesLocked.value).toBe(true);
    coach.openPanel();
    await wait();
    expect([...shadow.querySelectorAll('[data-savy-hint]')].map((h) => h.getAttribute('data-rule'))).toContain(rule);
    expect(shadow.querySelectorAll('[data-savy-mute]').length).toBe(0);
  });

  it('when the background cannot answer: says so plainly in the coach, throws nothing, and the next field tries again', async () => {
    let up = false;
    const { focus, count, shadow, coach } = setup(async () => {
      if (!up) throw new Error('Extension context invalidated.');
      return coachRules(null);
    });
    await focus('#t');
    expect(count()).toBe('0');
    expect(coach.status.value).toBe('coachRulesUnavailable');
    expect(shadow.querySelector('[data-savy-notice]')!.textContent).toContain('could not load its rules');
    up = true;
    await focus('#u');
    expect(count()).toBe(hints);
    expect(coach.status.value).toBeNull();
  });
});
