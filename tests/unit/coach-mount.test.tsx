// @vitest-environment happy-dom
/** The one mount of the coach's UI (components/coach/ui/mount.tsx): what the page sees of it. */
import { afterEach, describe, expect, it } from 'vitest';
import { flush, mountTestCoach, unmountTestCoach } from './coach-harness';
import { writerClick, writerKey } from './trusted-input';

afterEach(unmountTestCoach);

describe('the coach UI in the page', () => {
  it('joins the page only when a field gets focus, keeps its keys and clicks from the page, and leaves when stopped', async () => {
    const { coach, shadow, signal } = mountTestCoach('<textarea id="t">Olisit lukenut ohjeet!!</textarea>');
    coach.start();
    expect(document.querySelector('savy-coach')).toBeNull(); // a page where nobody writes gets no element
    const ta = document.querySelector('textarea')!;
    ta.focus();
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await flush();
    const host = document.querySelector('savy-coach')!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBe(shadow); // open: the page and assistive tools can read it
    expect(document.querySelectorAll('savy-coach')).toHaveLength(1);

    // The page's editor (TinyMCE, for one) must not act on what the writer does in the panel.
    const heard: string[] = [];
    for (const type of ['click', 'keydown', 'mousedown']) document.addEventListener(type, () => heard.push(type));
    const badge = shadow.querySelector<HTMLElement>('[data-savy-badge]')!;
    writerClick(badge);
    await flush();
    expect(shadow.querySelector('[data-savy-panel]')).not.toBeNull();
    writerKey(shadow.querySelector('[data-savy-panel]')!, { key: 'ArrowDown' });
    badge.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    expect(heard).toEqual([]);
    ta.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(heard).toEqual(['click']); // the page's own clicks are the page's

    expect(signal.aborted).toBe(false);
    unmountTestCoach();
    expect(document.querySelector('savy-coach')).toBeNull();
  });
});
