// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { flush, mountTestCoach, unmountTestCoach } from './coach-harness';

const DRAFT = 'Hei Maija, olisit lukenut ohjeet. Tämä EI OLE MAHDOLLISTA!!';

async function setup(deps: Parameters<typeof mountTestCoach>[1] = {}) {
  const mounted = mountTestCoach(`<textarea id="t">${DRAFT}</textarea>`, deps);
  mounted.coach.start();
  const ta = document.querySelector('textarea')!;
  ta.focus();
  ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  await flush();
  return { ...mounted, ta };
}

const type = async (ta: HTMLTextAreaElement, value: string) => {
  ta.value = value;
  ta.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 10));
};

afterEach(unmountTestCoach);

describe('coach interaction', () => {
  it('keeps a dismissed hint dismissed while the writer types on its line and adds lines', async () => {
    const { coach, ta } = await setup();
    const blame = coach.hints.value.find((h) => h.category === 'blame')!;
    expect(blame).toBeTruthy();
    coach.dismiss(blame);
    const count = coach.hints.value.length;
    expect(coach.hints.value.some((h) => h.category === 'blame')).toBe(false);
    await type(ta, `${DRAFT} Kiitos`); // same line, its hash changes
    expect(coach.hints.value.some((h) => h.category === 'blame')).toBe(false);
    expect(coach.hints.value.length).toBe(count);
    await type(ta, `Uusi rivi ylhäällä.\n${DRAFT} Kiitos`);
    await type(ta, `Uusi rivi ylhäällä.\n${DRAFT} Kiitos\nJa rivi alhaalla.`);
    expect(coach.hints.value.some((h) => h.category === 'blame')).toBe(false);
    // The same words written again elsewhere are a new hint.
    await type(ta, `${ta.value}\nOlisit lukenut ohjeet.`);
    expect(coach.hints.value.filter((h) => h.category === 'blame').length).toBe(1);
  });

  it('analyses within maxWaitMs while the field keeps changing (an editor that keeps touching its DOM)', async () => {
    const { coach, ta } = await setup({ debounceMs: 40, maxWaitMs: 120 });
    const before = coach.hints.value.length;
    ta.value = `${DRAFT} Toinen lause, jossa TÄMÄ EI OLE OK!!`;
    // Input events every 10 ms, far more often than the debounce: a plain debounce would never run. (The 10 s cap
    // only ends the loop on a machine too loaded to run it; the hints come after maxWaitMs, while events still fire.)
    const started = Date.now();
    while (Date.now() - started < 10_000 && coach.hints.value.length === before) {
      ta.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(coach.hints.value.length).toBeGreaterThan(before);
  });

  it('acts only on trusted input by default', async () => {
    const { shadow } = await setup({ isTrusted: undefined });
    (shadow.querySelector('[data-savy-badge]') as HTMLElement).click(); // a script's click: isTrusted is false
    await flush();
    expect(shadow.querySelector('[data-savy-panel]')).toBeNull();
  });

  it('keeps the focus in the panel on the next hint after a dismiss, and sends typing to the text', async () => {
    const { coach, shadow, ta } = await setup();
    const expected = analyze(DRAFT, { uiLanguage: 'en' });
    ta.setSelectionRange(0, 0); // no hint at the caret: the focus goes to the first hint
    coach.openPanel();
    await flush();
    const panel = shadow.querySelector('[data-savy-panel]')!;
    const first = panel.querySelector('[data-savy-hint]')!;
    expect(first.contains(shadow.activeElement)).toBe(true);
    const second = panel.querySelectorAll('[data-savy-hint]')[1].getAttribute('data-savy-id');
    (first.querySelector('[data-savy-dismiss]') as HTMLElement).click();
    await flush();
    expect(panel.querySelectorAll('[data-savy-hint]').length).toBe(expected.hints.length - 1);
    expect(shadow.activeElement?.closest('[data-savy-hint]')?.getAttribute('data-savy-id')).toBe(second);

    // A letter typed in the panel: the focus goes to the text first, so the letter lands there.
    (shadow.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true, composed: true }));
    expect(document.activeElement).toBe(ta);
    expect(coach.panelOpen.value).toBe(true);

    // Alt+Shift+S with the panel open takes the focus back into it; Escape from the text closes it.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true }));
    await flush();
    expect(panel.contains(shadow.activeElement)).toBe(true);
    ta.focus();
    ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    expect(coach.panelOpen.value).toBe(false);
    expect(document.activeElement).toBe(ta);
  });

  it('opens the panel on the hint at the caret', async () => {
    const { coach, shadow, ta } = await setup();
    const blame = coach.hints.value.find((h) => h.category === 'blame')!;
    ta.setSelectionRange(blame.start + 2, blame.start + 2);
    coach.openPanel();
    await flush();
    expect(shadow.activeElement?.closest('[data-savy-hint]')?.getAttribute('data-savy-id')).toBe(blame.id);
  });

  it('focuses the close button when the last hint is gone', async () => {
    const { coach, shadow } = await setup();
    coach.openPanel();
    await flush();
    for (let i = 0; i < 10 && shadow.querySelector('[data-savy-hint]'); i++) {
      (shadow.querySelector('[data-savy-hint] [data-savy-dismiss]') as HTMLElement).click();
      await flush();
    }
    expect(shadow.querySelector('[data-savy-hint]')).toBeNull();
    expect(shadow.activeElement?.hasAttribute('data-savy-close')).toBe(true);
  });

  it('closes a card on Escape and on an action, and shows cards again afterwards', async () => {
    const { coach, shadow, ta } = await setup();
    const [a, b] = coach.hints.value;
    coach.showCard(a, 'caret');
    await flush();
    expect(shadow.querySelector('[data-savy-card]')).not.toBeNull();
    ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    expect(shadow.querySelector('[data-savy-card]')).toBeNull();

    coach.showCard(a, 'pointer');
    await flush();
    (shadow.querySelector('[data-savy-card-dismiss]') as HTMLElement).click();
    await flush();
    expect(shadow.querySelector('[data-savy-card]')).toBeNull();
    expect(document.activeElement).toBe(ta);
    coach.showCard(b, 'pointer');
    await flush();
    expect(shadow.querySelector('[data-savy-card]')?.getAttribute('aria-label')).toBeTruthy();
  });

  it('shows a step covered only by a hinted phrase as weak, with what would make it strong, until the hint is dismissed', async () => {
    const { coach, shadow, ta } = await setup();
    await type(ta, 'Hei Maija, pahoittelemme mahdollista haittaa.');
    coach.openPanel();
    await flush();
    const step = () => shadow.querySelector('[data-savy-step="apologize"]')!;
    expect(step().getAttribute('data-done')).toBe('true');
    expect(step().getAttribute('data-weak')).toBe('true');
    expect(step().textContent).toContain('Name what went wrong');
    expect(shadow.querySelector('[data-savy-step="greet"]')!.hasAttribute('data-weak')).toBe(false);
    const stock = shadow.querySelector('[data-savy-hint][data-category="formulaic-apology"]')!;
    (stock.querySelector('[data-savy-dismiss]') as HTMLElement).click();
    await flush();
    expect(step().getAttribute('data-done')).toBe('true');
    expect(step().hasAttribute('data-weak')).toBe(false);
  });

  it('leaves an Escape meant for something else on the page alone', async () => {
    const mounted = mountTestCoach(`<textarea id="t">${DRAFT}</textarea><input id="search">`);
    mounted.coach.start();
    const ta = document.querySelector('textarea')!;
    ta.focus();
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await flush();
    mounted.coach.openPanel();
    await flush();
    const search = document.querySelector<HTMLInputElement>('#search')!;
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    search.dispatchEvent(esc);
    expect(mounted.coach.panelOpen.value).toBe(true);
    expect(esc.defaultPrevented).toBe(false);
    ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(mounted.coach.panelOpen.value).toBe(false);
  });
});
