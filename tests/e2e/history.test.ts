/**
 * Issue 5, end to end: the writer types in a real editor on a policy site, applies one hint's rewrite and
 * dismisses another; the content script reports through the typed history messages, and the progress page of
 * the built extension shows exactly those events in its timeline. A raw e-mail address typed next to a hinted
 * phrase is nowhere in the extension's storage afterwards (IndexedDB of the extension origin, storage.local,
 * storage.session).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { EXTENSION_ID, dumpExtensionStorage, openPolicySite } from './harness';

const EMAIL = 'maija.meikalainen@example.com';
const TYPED = `Hei Maija, olisit lukenut ohjeet ${EMAIL} ennen kuin kirjoitit. Tämä EI OLE MAHDOLLISTA!!`;

let context: BrowserContext;
let origin: string;
let close: () => Promise<void> = async () => undefined;
const errors: string[] = [];

beforeAll(async () => {
  ({ context, origin, close } = await openPolicySite());
});

afterAll(() => close());

const expected = analyze(TYPED, { lang: 'auto' });
const applied = expected.hints.find((h) => h.ruleId === 'fi.shouting.capitals' && h.suggestions.length)!;
const dismissed = expected.hints.find((h) => h.category === 'blame')!;
/** Every rule that hints some prefix of the text as it is typed. */
const WHILE_TYPING = new Set(Array.from(TYPED, (_, i) => analyze(TYPED.slice(0, i + 1), { lang: 'auto' }).hints.map((h) => h.ruleId)).flat());

function watch(page: Page) {
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: console: ${m.text()}`));
}

describe('history from the page to the progress page', () => {
  it('records the applied rewrite and the dismissal, and the progress page shows exactly those', async () => {
    expect(applied).toBeTruthy();
    expect(dismissed).toBeTruthy();
    const page = await context.newPage();
    watch(page);
    await page.goto(`${origin}/textarea.html`);
    const field = page.locator('#editor');
    await field.fill('');
    await field.click();
    await page.keyboard.type(TYPED, { delay: 2 });

    const badge = page.locator('savy-coach [data-savy-badge]');
    await expect.poll(() => badge.getAttribute('data-count'), { timeout: 10_000 }).toBe(String(expected.hints.length));
    await page.waitForTimeout(400); // the last keystroke's analysis (150 ms after typing stops)
    await badge.click();
    const panel = page.locator('savy-coach [data-savy-panel]');
    await panel.locator(`[data-savy-hint][data-rule="${applied.ruleId}"] [data-savy-apply]`).first().click();
    await expect.poll(() => field.inputValue()).toContain(applied.suggestions[0]);
    await panel.locator(`[data-savy-hint][data-rule="${dismissed.ruleId}"] [data-savy-dismiss]`).first().click();
    await expect.poll(() => panel.locator(`[data-savy-hint][data-rule="${dismissed.ruleId}"]`).count()).toBe(0);

    const progress = await context.newPage();
    watch(progress);
    await progress.goto(`chrome-extension://${EXTENSION_ID}/progress.html`);
    // The content script sends in batches (every 3 s at most); the page follows the database.
    const rows = (action: string) =>
      progress.$$eval(`tr[data-progress-event="${action}"]`, (trs) =>
        trs.map((tr) => ({ rule: tr.getAttribute('data-rule'), text: tr.textContent ?? '' })),
      );
    await expect.poll(async () => (await rows('applied')).length + (await rows('dismissed')).length, { timeout: 20_000 }).toBe(2);
    const appliedRows = await rows('applied');
    expect(appliedRows.map((r) => r.rule)).toEqual([applied.ruleId]);
    expect(appliedRows[0].text).toContain(applied.suggestions[0]);
    expect(appliedRows[0].text).toContain('127.0.0.1');
    expect((await rows('dismissed')).map((r) => r.rule)).toEqual([dismissed.ruleId]);
    expect((await rows('muted')).length).toBe(0);
    // Every hint of the finished text was shown; a hint the coach showed while the text was still being typed (a
    // word in capitals before the rest of the run: "EI" before "EI OLE MAHDOLLISTA") may be recorded too.
    const shown = new Set((await rows('shown')).map((r) => r.rule));
    for (const h of expected.hints) expect(shown).toContain(h.ruleId);
    for (const rule of shown) expect(WHILE_TYPING).toContain(rule);
    const timeline = await progress.$$eval('tr[data-progress-event]', (trs) => trs.map((tr) => tr.textContent ?? '').join('\n'));
    expect(timeline).toContain('[email]');
    expect(timeline).not.toContain(EMAIL);
    await page.close();

    // Everything Sävy keeps: IndexedDB of the extension origin and storage.local/session.
    const dump = await dumpExtensionStorage(progress);
    expect(dump).toContain('savy-history');
    expect(dump).toContain('127.0.0.1');
    expect(dump).not.toContain(EMAIL);
    expect(dump).not.toMatch(/meikalainen|@example\.com/);
    expect(errors).toEqual([]);
  });
});
