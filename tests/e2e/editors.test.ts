/**
 * The coach in real editors (ProseMirror, CKEditor 5, TinyMCE, Quill, React, plain fields), driven in Chromium
 * with the built extension, the test origin enabled by managed policy. One scenario, every editor.
 */
import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, type Hint } from '../../lib/index';
import { DRAFT, FIXTURES, type Fixture } from './fixtures';
import { EXTENSION_ID, openPolicySite } from './harness';

let context: BrowserContext;
let origin: string;
let close: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  let worker: Worker;
  ({ context, worker, origin, close } = await openPolicySite());
  expect(new URL(worker.url()).host).toBe(EXTENSION_ID);
});

afterAll(() => close());

async function openFixture(f: Fixture): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${origin}/${f.name}.html`);
  await page.waitForFunction(() => !!(window as unknown as { fixture?: unknown }).fixture);
  let frame = page.mainFrame();
  if (f.frame) {
    const handle = await page.waitForSelector(f.frame);
    frame = (await handle.contentFrame())!;
  }
  return { page, frame, errors };
}

/** What the engine says about a text: the extension must show the same. */
const expected = (text: string) => analyze(text, { lang: 'auto' });
const before = expected(DRAFT);
/** The rewrite to apply: the capitals rule when it is there, else the first hint with a suggestion. */
const target: Hint =
  before.hints.find((h) => h.ruleId === 'fi.shouting.capitals' && h.suggestions.length) ?? before.hints.find((h) => h.suggestions.length)!;
const rewritten = DRAFT.slice(0, target.start) + target.suggestions[0] + DRAFT.slice(target.end);
const after = expected(rewritten);

const editorText = (page: Page) => page.evaluate(() => (window as unknown as { fixture: { text(): string } }).fixture.text());

describe.each(FIXTURES)('$name', (f) => {
  it('underlines, lists hints and steps, applies a rewrite that undo reverts, logs no error', async () => {
    const { page, frame, errors } = await openFixture(f);
    expect(await editorText(page)).toContain(DRAFT);
    await frame.locator(f.click).first().click();
    await page.keyboard.press('End');

    const coach = frame.locator('savy-coach');
    await expect.poll(() => coach.count()).toBe(1);
    expect(await coach.evaluate((el) => el.shadowRoot?.mode)).toBe('open');
    const badge = frame.locator('savy-coach [data-savy-badge]');
    await badge.waitFor();
    await expect.poll(() => badge.getAttribute('data-count')).toBe(String(before.hints.length));
    expect(await badge.getAttribute('aria-label')).toBeTruthy();

    // Underlines: Custom Highlights in a contenteditable, mirror spans over a textarea; no DOM in the editor.
    const textarea = await frame
      .locator(f.click)
      .first()
      .evaluate((el) => el.localName === 'textarea');
    if (textarea) await expect.poll(() => frame.locator('savy-coach .savy-u').count()).toBeGreaterThan(0);
    else
      await expect
        .poll(() =>
          frame.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('savy-warning') ?? [])].length),
        )
        .toBeGreaterThan(0);
    expect(
      await frame
        .locator(f.click)
        .first()
        .evaluate((el) => el.querySelectorAll('savy-coach, [class*="savy"], [data-savy-badge]').length),
    ).toBe(0);

    await badge.click();
    const panel = frame.locator('savy-coach [data-savy-panel]');
    await panel.waitFor();
    const hints = panel.locator('[data-savy-hint]');
    expect(await hints.count()).toBe(before.hints.length);
    const shown = await hints.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-category')} ${e.getAttribute('data-rule')}`));
    expect(shown.sort()).toEqual(before.hints.map((h) => `${h.category} ${h.ruleId}`).sort());
    expect(shown.some((s) => s.startsWith('blame '))).toBe(true);
    expect(shown.some((s) => s.startsWith('shouting '))).toBe(true);
    const steps = await panel
      .locator('[data-savy-step]')
      .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-savy-step'), e.getAttribute('data-done')])));
    expect(steps).toEqual(Object.fromEntries(Object.entries(before.steps).map(([k, v]) => [k, String(v)])));
    expect(steps.greet).toBe('true');
    // Every control has an accessible name.
    const unnamed = await panel
      .locator('button')
      .evaluateAll((els) => els.filter((b) => !(b.getAttribute('aria-label') || b.textContent?.trim())).length);
    expect(unnamed).toBe(0);

    await panel.locator(`[data-savy-hint][data-rule="${target.ruleId}"] [data-savy-apply]`).first().click();
    await expect.poll(() => editorText(page)).toContain(rewritten);
    await expect.poll(() => badge.getAttribute('data-count')).toBe(String(after.hints.length));

    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toContain(DRAFT);
    await expect.poll(() => badge.getAttribute('data-count')).toBe(String(before.hints.length));

    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts a model sentence in through the editor with the part to fill in selected, and typing fills it in', async () => {
    const { page, frame, errors } = await openFixture(f);
    await frame.locator(f.click).first().click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Palaamme asiaan pian.', { delay: 2 });
    const badge = frame.locator('savy-coach [data-savy-badge]');
    await expect.poll(() => editorText(page)).toContain('Palaamme asiaan pian.');
    await expect.poll(() => badge.getAttribute('data-count')).toBe('1');
    await badge.click();
    const hint = frame.locator('savy-coach [data-savy-panel] [data-savy-hint][data-rule="fi.vague-promise.palaamme-asiaan"]');
    await expect.poll(() => hint.locator('[data-savy-model-text] mark').textContent()).toBe('[päivämäärä]');
    expect(await hint.locator('[data-savy-apply]').count()).toBe(0);
    await hint.locator('[data-savy-model]').click();
    await expect.poll(() => editorText(page)).toContain('Palaan asiaan viimeistään [päivämäärä].');
    // The part to fill in is selected in the editor itself (once the editor has settled): typing replaces it.
    const selected = () =>
      frame.evaluate(() => {
        let active: Element | null = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement)
          return active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0);
        return document.getSelection()?.toString() ?? '';
      });
    await expect.poll(selected).toBe('[päivämäärä]');
    await page.keyboard.type('perjantaina 5.12', { delay: 2 });
    await expect.poll(() => editorText(page)).toContain('Palaan asiaan viimeistään perjantaina 5.12.');
    expect(await editorText(page)).not.toContain('[päivämäärä]');
    await expect.poll(() => badge.getAttribute('data-count')).toBe('0');
    expect(errors).toEqual([]);
    await page.close();
  });
});
