// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../lib/index';
import { flush, mountTestCoach, unmountTestCoach } from './coach-harness';
import { writerClick, writerKey } from './trusted-input';

const DRAFT = 'Hei Maija, olisit lukenut ohjeet. Tämä EI OLE MAHDOLLISTA!!';

function setup() {
  const { coach, shadow, muted } = mountTestCoach(`<textarea id="t">${DRAFT}</textarea>`);
  coach.start();
  return { coach, shadow, muted, ta: document.querySelector('textarea')! };
}

afterEach(unmountTestCoach);

describe('coach UI', () => {
  it('shows the badge, the panel with hints and steps, and handles dismiss, mute and Escape', async () => {
    const { coach, shadow, muted, ta } = setup();
    const expected = analyze(DRAFT, { uiLanguage: 'en' });
    ta.focus();
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await flush();
    const badge = shadow.querySelector('[data-savy-badge]')!;
    expect(badge.getAttribute('data-count')).toBe(String(expected.hints.length));
    expect(badge.getAttribute('aria-label')).toContain(String(expected.hints.length));

    writerClick(badge);
    await flush();
    const panel = shadow.querySelector('[data-savy-panel]')!;
    const hints = [...panel.querySelectorAll('[data-savy-hint]')];
    expect(hints.map((h) => h.getAttribute('data-rule')).sort()).toEqual(expected.hints.map((h) => h.ruleId).sort());
    for (const h of hints) expect(h.querySelectorAll('[data-savy-dismiss]').length).toBe(1);
    const steps = [...panel.querySelectorAll('[data-savy-step]')].map((s) => [s.getAttribute('data-savy-step'), s.getAttribute('data-done')]);
    expect(Object.fromEntries(steps)).toEqual(Object.fromEntries(Object.entries(expected.steps).map(([k, v]) => [k, String(v)])));
    for (const b of panel.querySelectorAll('button')) expect(b.getAttribute('aria-label') || b.textContent?.trim()).toBeTruthy();

    writerClick(hints[0].querySelector('[data-savy-dismiss]'));
    await flush();
    expect(badge.getAttribute('data-count')).toBe(String(expected.hints.length - 1));

    const second = panel.querySelector('[data-savy-hint]')!;
    const rule = second.getAttribute('data-rule')!;
    writerClick(second.querySelector('[data-savy-mute]'));
    await flush();
    expect(muted).toEqual([rule]);
    expect(panel.querySelector(`[data-rule="${rule}"]`)).toBeNull();

    writerKey(panel, { key: 'Escape' });
    await flush();
    expect(shadow.querySelector('[data-savy-panel]')).toBeNull();
    expect(coach.panelOpen.value).toBe(false);
    expect(document.activeElement).toBe(ta);
  });

  it('re-analyses on input and follows the text', async () => {
    const { shadow, ta } = setup();
    ta.focus();
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await flush();
    ta.value = 'Hei Maija, kiitos viestistä.';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 10));
    expect(shadow.querySelector('[data-savy-badge]')!.getAttribute('data-count')).toBe(String(analyze(ta.value).hints.length));
  });

  it('does not touch text that changed since the hint, and says so', async () => {
    const { shadow, ta } = setup();
    ta.focus();
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await flush();
    writerClick(shadow.querySelector('[data-savy-badge]'));
    await flush();
    const hint = [...shadow.querySelectorAll('[data-savy-hint]')].find((h) => {
      const quoted = h.querySelector('.savy-quote')!.textContent!;
      return h.querySelector('[data-savy-apply]') && quoted !== quoted.toLowerCase();
    })!;
    ta.value = ta.value.toLowerCase(); // changed behind Sävy's back: no input event yet
    writerClick(hint.querySelector('[data-savy-apply]'));
    await vi.waitFor(() => expect(shadow.querySelector('[data-savy-panel] [role="status"]')?.textContent).toContain('changed'), { timeout: 5000 });
    expect(ta.value).toBe(DRAFT.toLowerCase());
  });
});
