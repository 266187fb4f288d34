/**
 * Where Sävy runs (policy sites, writer-enabled sites, nowhere else) and the keyboard path through the panel.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { waitForRegistration, openPolicySite } from './harness';

let context: BrowserContext;
let worker: Worker;
let origin: string;
let close: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  ({ context, worker, origin, close } = await openPolicySite());
});

afterAll(() => close());

async function focusTextarea(url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#editor').click();
  return page;
}

const localhost = () => origin.replace('127.0.0.1', 'localhost');

describe('sites', () => {
  it('runs on the administrator’s sites and not on others until the writer enables them', async () => {
    const listed = await focusTextarea(`${origin}/textarea.html`);
    await listed.locator('savy-coach [data-savy-badge]').waitFor();

    const other = await focusTextarea(`${localhost()}/textarea.html`);
    // The listed page has mounted by now; give the other page the same chance, then look.
    await other.locator('#editor').press('End');
    await listed.locator('#editor').press('End');
    await listed.locator('savy-coach [data-savy-badge][data-count]').waitFor();
    expect(await other.locator('savy-coach').count()).toBe(0);

    // One click in the popup stores the site; the background registers the content script for it.
    await worker.evaluate(async (pattern) => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await c.storage.local.set({ enabledSites: [pattern] });
    }, 'http://localhost/*');
    await waitForRegistration(worker, 'http://localhost/*');
    await other.reload();
    await other.locator('#editor').click();
    await other.locator('savy-coach [data-savy-badge]').waitFor();
    expect(await other.locator('savy-coach').count()).toBe(1);
    await listed.close();
    await other.close();
  });
});

describe('keyboard', () => {
  it('Alt+Shift+S opens the panel with focus in it, arrows move, Escape returns to the text', async () => {
    const page = await focusTextarea(`${origin}/textarea.html`);
    const badge = page.locator('savy-coach [data-savy-badge]');
    await badge.waitFor();
    await expect.poll(async () => Number(await badge.getAttribute('data-count'))).toBeGreaterThan(0);
    await page.keyboard.press('Alt+Shift+S');
    await page.locator('savy-coach [data-savy-panel]').waitFor();
    // The focused control of the panel, as its whole tag (a navigable one carries data-savy-nav).
    const focused = () =>
      page.evaluate(() => {
        const el = document.querySelector('savy-coach')!.shadowRoot!.activeElement;
        return el ? `${el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1)}|${el.textContent ?? ''}` : '';
      });
    await expect.poll(focused).toContain('data-savy-nav');
    const first = await focused();
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).not.toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('savy-coach [data-savy-panel]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    // The text is untouched by all of this.
    expect(await page.locator('#editor').inputValue()).toContain('EI OLE MAHDOLLISTA');
    await page.close();
  });
});

describe('card', () => {
  it('pointing at an underline shows its card; a rewrite from the card reaches the field', async () => {
    const page = await focusTextarea(`${origin}/textarea.html`);
    await page.locator('savy-coach .savy-u').first().waitFor({ state: 'attached' });
    const box = await page.evaluate(() => {
      const spans = [...document.querySelector('savy-coach')!.shadowRoot!.querySelectorAll<HTMLElement>('.savy-u')];
      // Under "!!" the first hint is the shouting that ends with it: one rewrite for the capitals and the "!!".
      const span = spans.find((s) => s.textContent?.endsWith('!!')) ?? spans[0];
      const r = span.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const card = page.locator('savy-coach [data-savy-card]');
    await card.waitFor();
    expect(await card.getAttribute('aria-label')).toBeTruthy();
    expect(await card.locator('[data-savy-card-dismiss]').count()).toBe(1);
    expect(await card.locator('[data-savy-card-mute]').count()).toBe(1);
    const before = await page.locator('#editor').inputValue();
    const apply = card.locator('[data-savy-card-apply]').first();
    const replacement = (await apply.getAttribute('data-savy-rewrite'))!;
    // The rewrite the engine offers for that hint, applied where the engine says: exactly what the field must read.
    const hint = analyze(before, { lang: 'fi' }).hints.find((h) => h.text.endsWith('!!') && h.suggestions.includes(replacement));
    expect(hint, `no hint ending in "!!" offers "${replacement}"`).toBeTruthy();
    await apply.click();
    await expect.poll(() => page.locator('#editor').inputValue()).not.toBe(before);
    expect(await page.locator('#editor').inputValue()).toBe(before.slice(0, hint!.start) + replacement + before.slice(hint!.end));
    await page.close();
  });
});
