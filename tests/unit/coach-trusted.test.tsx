// @vitest-environment happy-dom
/**
 * Issue 10, attack 4: the coach's shadow root is open (docs/contract.md §2), so a host page's own scripts can reach
 * its buttons. They must not act as the writer: no mute, no dismiss, no rewrite (and no fake "applied" event),
 * no panel, whatever the page clicks or dispatches. The writer's own input still works.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CoachHistory } from '../../components/coach/controller';
import { flush, mountTestCoach, unmountTestCoach } from './coach-harness';
import { writerClick, writerKey } from './trusted-input';

const DRAFT = 'Hei Maija, olisit lukenut ohjeet. Tämä EI OLE MAHDOLLISTA!!';

afterEach(unmountTestCoach);

async function setup() {
  const recorded: string[] = [];
  const history = new Proxy({} as CoachHistory, {
    get:
      (_t, name) =>
      (...args: unknown[]) =>
        recorded.push(name === 'acted' ? `acted:${String(args[1])}` : String(name)),
  });
  const { coach, shadow, muted } = mountTestCoach(`<textarea id="t">${DRAFT}</textarea>`, { history, isTrusted: undefined }); // the real gate: event.isTrusted
  coach.start();
  const ta = document.querySelector('textarea')!;
  ta.focus();
  ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  await flush();
  return { coach, shadow, muted, ta, recorded };
}

describe('the page cannot act as the writer', () => {
  it('click() and dispatched clicks on the badge, rewrites, dismiss and mute do nothing', async () => {
    const { coach, shadow, muted, ta, recorded } = await setup();
    const badge = shadow.querySelector<HTMLElement>('[data-savy-badge]')!;
    const count = badge.getAttribute('data-count');
    badge.click();
    badge.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await flush();
    expect(coach.panelOpen.value).toBe(false);
    expect(shadow.querySelector('[data-savy-panel]')).toBeNull();

    // The writer opens the panel; the page then clicks every action in it.
    writerClick(badge);
    await flush();
    const panel = shadow.querySelector('[data-savy-panel]')!;
    expect(panel).not.toBeNull();
    const before = recorded.length;
    for (const selector of ['[data-savy-apply]', '[data-savy-dismiss]', '[data-savy-mute]', '[data-savy-close]']) {
      for (const el of panel.querySelectorAll<HTMLElement>(selector)) el.click();
    }
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
    expect(ta.value).toBe(DRAFT);
    expect(muted).toEqual([]);
    expect(badge.getAttribute('data-count')).toBe(count);
    expect(coach.panelOpen.value).toBe(true);
    expect(recorded.slice(before).filter((r) => r.startsWith('acted'))).toEqual([]);

    // The same controls answer the writer.
    writerClick(panel.querySelector('[data-savy-mute]'));
    await flush();
    expect(muted).toHaveLength(1);
    expect(recorded.slice(before)).toContain('acted:muted');
    writerKey(panel, { key: 'Escape' });
    await flush();
    expect(coach.panelOpen.value).toBe(false);
  });

  it("a dispatched Alt+Shift+S does not open the panel; the writer's does", async () => {
    const { coach, ta } = await setup();
    ta.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyS', key: 'S', bubbles: true }));
    await flush();
    expect(coach.panelOpen.value).toBe(false);
    writerKey(ta, { altKey: true, shiftKey: true, code: 'KeyS', key: 'S' });
    await flush();
    expect(coach.panelOpen.value).toBe(true);
  });

  it("a card's rewrite clicked by the page leaves the text alone", async () => {
    const { coach, shadow, ta } = await setup();
    const hint = coach.hints.value.find((h) => coach.rewrites(h).suggestions.length)!;
    coach.card.value = { hint, rect: { left: 10, top: 10, bottom: 30 }, by: 'caret' };
    await flush();
    shadow.querySelector<HTMLElement>('[data-savy-card-apply]')!.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(ta.value).toBe(DRAFT);
    writerClick(shadow.querySelector('[data-savy-card-apply]'));
    await vi.waitFor(() => expect(ta.value).not.toBe(DRAFT), { timeout: 5000 });
  });
});
