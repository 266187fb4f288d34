/**
 * The content script carries no rulesets: it asks the background (`getRules`) when a writing field first gets
 * focus. Checked against the built extension in Chromium: no ruleset in the script, nothing shown before a field
 * gets focus, and analysis works at once when the service worker was asleep (MV3 stops it when idle; here it
 * is stopped from chrome://serviceworker-internals).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_DESCRIPTIONS, STEP_DOES, STEPS } from '../../lib/coaching';
import { COACH_MESSAGES } from '../../components/coach/messages';
import { COACH_TEXT_KEY, readCoachText } from '../../components/coach/text-locale';
import { Analyzer, compiledBundledRuleset } from '../../lib/index';
import { DRAFT } from './fixtures';
import { EXTENSION_DIR, EXTENSION_ID, openPolicySite } from './harness';

let context: BrowserContext;
let origin: string;
let close: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  ({ context, origin, close } = await openPolicySite());
});

afterAll(() => close());

/** The extension's service worker as chrome://serviceworker-internals shows it: RUNNING, STOPPED, … */
async function workerStatus(internals: Page): Promise<string> {
  return internals.evaluate((id) => {
    const text = document.body.innerText;
    const at = text.indexOf(`chrome-extension://${id}/`);
    return at < 0 ? 'none' : (text.slice(at).match(/Running Status: (\w+)/)?.[1] ?? 'unknown');
  }, EXTENSION_ID);
}

async function stopWorker(internals: Page): Promise<void> {
  await internals.goto('chrome://serviceworker-internals/');
  await expect.poll(() => workerStatus(internals), { timeout: 20_000 }).toBe('RUNNING');
  // On a busy machine a stop can take a while, or the worker be woken again at once (an event for it was already
  // queued): ask again until it is seen stopped.
  await expect
    .poll(
      async () => {
        if ((await workerStatus(internals)) === 'RUNNING') {
          await internals
            .locator('cr-button[data-command="stop"]')
            .first()
            .evaluate((b) => (b as HTMLElement).click());
        }
        return workerStatus(internals);
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe('STOPPED');
}

describe('rules from the background', () => {
  it('the content script bundles no ruleset', () => {
    const script = readFileSync(join(EXTENSION_DIR, 'content-scripts/coach.js'), 'utf8');
    expect(script).not.toContain('fi.blame.olisit-pitanyt');
    expect(script).not.toContain('fi.formulaic-apology');
    expect(script).not.toContain('en.blame');
  });

  it("the content script carries only the coach's own text and stays within its 60 KB budget (docs/benchmarks.md)", () => {
    const script = readFileSync(join(EXTENSION_DIR, 'content-scripts/coach.js'));
    // The pages' messages (options, progress, popup) are not the coach's: WXT's auto-imports once pulled them in.
    expect(script.toString('utf8')).not.toContain('options_title');
    // Nor what the categories mean and what each step does (the pages say it; the coach shows names): lib/coaching.ts
    // keeps those tables apart from the names.
    expect(script.toString('utf8')).not.toContain(CATEGORY_DESCRIPTIONS.blame.fi);
    expect(script.toString('utf8')).not.toContain(STEP_DOES.greet.fi);
    // Nor language data: the rewrites' word lists and the detector's words come with the rules (lib/rulesets/).
    expect(script.toString('utf8')).not.toContain('huomisaamuna');
    expect(script.toString('utf8')).not.toContain('hakemuksesi');
    // Nor the coach's own UI text: it reads that from the default locale (components/coach/text.ts).
    expect(script.toString('utf8')).not.toContain(COACH_MESSAGES.fi.coachRulesUnavailable);
    expect(script.toString('utf8')).not.toContain(STEPS.empathize.strong.sv);
    expect(script.toString('utf8')).not.toContain(CATEGORIES['formulaic-apology'].name.fi);
    const locale = JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(readCoachText(locale[COACH_TEXT_KEY].message)).toEqual({ messages: COACH_MESSAGES, steps: STEPS, categories: CATEGORIES });
    expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(60 * 1024);
  });

  it('coaches at once when the first field gets focus after the service worker was stopped', async () => {
    const expected = new Analyzer(compiledBundledRuleset(), { lang: 'auto' }).analyze(DRAFT);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${origin}/textarea.html`);
    await page.waitForFunction(() => !!(window as unknown as { fixture?: unknown }).fixture);
    await page.waitForTimeout(500);
    // (Loading a page wakes the worker anyway: the popup's background follows tabs.onUpdated.) Put it to sleep.
    const internals = await context.newPage();
    await stopWorker(internals);
    expect(await page.locator('savy-coach [data-savy-badge]').count()).toBe(0); // nothing shown before a field gets focus

    const started = Date.now();
    await page.locator('#editor').click();
    const badge = page.locator('savy-coach [data-savy-badge]');
    await expect.poll(() => badge.getAttribute('data-count'), { timeout: 10_000 }).toBe(String(expected.hints.length));
    const ms = Date.now() - started;
    console.log(`first hints ${ms} ms after focus, the service worker asleep`);
    await internals.reload();
    expect(await workerStatus(internals)).toBe('RUNNING');
    expect(await page.locator('savy-coach [data-savy-notice]').count()).toBe(0); // no "rules unavailable"
    expect(errors).toEqual([]);
  });

  it('measures the getRules round trip (awake and asleep) for docs/benchmarks.md', async () => {
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${EXTENSION_ID}/progress.html`);
    const roundTrip = () =>
      ext.evaluate(
        () =>
          new Promise<[number, number]>((resolve, reject) => {
            const c = (
              globalThis as unknown as {
                chrome: { runtime: { sendMessage(m: unknown, cb: (r: { res?: unknown }) => void): void; lastError?: { message: string } } };
              }
            ).chrome;
            const t = performance.now();
            c.runtime.sendMessage({ id: 1, type: 'getRules', timestamp: Date.now() }, (r) =>
              c.runtime.lastError ? reject(new Error(c.runtime.lastError.message)) : resolve([performance.now() - t, JSON.stringify(r.res).length]),
            );
          }),
      );
    const awake: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 5; i++) {
      const [ms, size] = await roundTrip();
      awake.push(ms);
      bytes = size;
    }
    const internals = await context.newPage();
    await stopWorker(internals);
    const [asleep] = await roundTrip();
    awake.sort((a, b) => a - b);
    console.log(
      `getRules: ${(bytes / 1024).toFixed(0)} KB of JSON; awake median ${awake[2].toFixed(1)} ms, after the worker was stopped ${asleep.toFixed(1)} ms`,
    );
    expect(bytes).toBeGreaterThan(50_000);
  });
});
