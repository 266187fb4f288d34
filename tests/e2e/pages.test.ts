/**
 * The extension pages of the built extension in Chromium, at real sizes, in fi, en and sv: the popup fits Chrome's
 * 600 px with its one action in view; options, practice and progress fit 1280×800 and 800×600 without sideways
 * scrolling; axe-core finds no WCAG 2.1 AA violation on any page nor in the coach's shadow root; no text is in
 * another language than the UI's; a reflection and rating saved in the practice inbox show on the progress page
 * and in the report; the charts show one week of data as one week, with whole-number ticks for counts.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COACH_MESSAGES } from '../../components/coach/messages';
import { launch, startServer } from './harness';
import { axe, fold, foreignText, LANGS, PAGE_SIZES, pageUrl, REFLECTION, seedWeek, setUiLanguage, type Lang } from './pages';

let context: BrowserContext;
let worker: Worker;
let server: Server;
let page: Page;
let siteTab: number;
const errors: string[] = [];

beforeAll(async () => {
  let origin: string;
  ({ server, origin } = await startServer());
  ({ context, worker } = (await launch()) as { context: BrowserContext; worker: Worker });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pageUrl('progress'));
  await seedWeek(page);
  // The background writes in batches; the page follows the database.
  await page.waitForFunction(() => Number(document.querySelector('[data-progress-count]')?.getAttribute('data-progress-count')) >= 23, undefined, {
    timeout: 20_000,
  });
  // A site where Sävy is off: no policy names localhost.
  const site = await context.newPage();
  await site.goto(`${origin.replace('127.0.0.1', 'localhost')}/textarea.html`);
  siteTab = await page.evaluate(async (url) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }).chrome;
    return (await c.tabs.query({})).find((t) => t.url === url)!.id;
  }, site.url());
});

afterAll(async () => {
  await context?.close();
  server?.close();
});

async function open(name: 'options' | 'practice' | 'progress', lang: Lang) {
  await page.goto(pageUrl(name));
  await page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
  if (name === 'options') await page.waitForSelector('#wb-h');
  if (name === 'practice') await page.waitForSelector('[data-practice-ticket]');
  if (name === 'progress') await page.waitForSelector('[data-practice-attempt]');
}

async function checkPage(what: string, lang: Lang, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${what}: nothing wider than the window`).toBeLessThanOrEqual(width);
  expect(
    await page.evaluate(() => !!document.querySelector('h1') && document.querySelector('h1')!.getBoundingClientRect().top < 200),
    `${what}: the title in view`,
  ).toBe(true);
  expect(await axe(page), `${what}: axe`).toEqual([]);
  expect(await foreignText(page, lang), `${what}: text in another language`).toEqual([]);
}

describe.each(LANGS)('pages in %s', (lang) => {
  beforeAll(async () => {
    await setUiLanguage(worker, lang);
  });

  it('the popup is at most 600 px tall and "turn on" is in view without scrolling', async () => {
    const popup = await context.newPage();
    popup.on('pageerror', (e) => errors.push(e.message));
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(pageUrl('popup', `?tab=${siteTab}`));
    await popup.waitForSelector('[data-popup-site="off"] [data-popup-enable]');
    await popup.waitForFunction(() => document.querySelector('[data-today="replies"]')?.textContent !== '…');
    const { contentHeight, bottom } = await fold(popup, '[data-popup-enable]');
    expect(contentHeight).toBeLessThanOrEqual(600);
    expect(bottom).not.toBeNull();
    expect(bottom!).toBeLessThanOrEqual(600);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Opening a step's examples keeps the action where it was.
    await popup.locator('[data-savy-step="empathize"] summary').click();
    expect((await fold(popup, '[data-popup-enable]')).bottom).toBe(bottom);
    expect(await axe(popup)).toEqual([]);
    expect(await foreignText(popup, lang)).toEqual([]);
    await popup.close();
  });

  for (const size of PAGE_SIZES) {
    it(`options, practice, progress and the report fit ${size.width}×${size.height}, pass axe and speak ${lang}`, async () => {
      await page.setViewportSize(size);
      for (const name of ['options', 'practice', 'progress'] as const) {
        await open(name, lang);
        await checkPage(`${name} ${size.width}`, lang, size.width);
      }
      await page.locator('.views button').nth(1).click();
      await page.waitForSelector('.report');
      await checkPage(`report ${size.width}`, lang, size.width);
    });
  }

  it("the coach's card and panel in its shadow root pass axe and speak the UI language", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open('practice', lang);
    await page.click(`[data-practice-ticket="${lang}-benefits-housing-late"], [data-practice-ticket]`);
    await page.click('.weak summary');
    await page.click('[data-practice-use-weak]');
    const coach = (sel: string) => `savy-coach >> ${sel}`;
    await page.waitForFunction(
      () => Number(document.querySelector('savy-coach')?.shadowRoot?.querySelector('[data-savy-badge]')?.getAttribute('data-count') ?? 0) > 0,
    );
    await page.locator(coach('[data-savy-badge]')).click();
    await page.waitForSelector(coach('[data-savy-panel] [data-savy-hint]'));
    // The coach's text as it reads it from the default locale (components/coach/text.ts), in the UI language.
    expect(await page.locator(coach('[data-savy-panel] h2')).textContent()).toBe(COACH_MESSAGES[lang].coachPanelTitle);
    expect(await axe(page), 'with the panel open').toEqual([]);
    expect(await foreignText(page, lang)).toEqual([]);
  });
});

describe('dark colour scheme', () => {
  it('keeps every page at 4.5:1 and passing axe when the system is dark', async () => {
    await setUiLanguage(worker, 'fi');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      for (const name of ['options', 'practice', 'progress'] as const) {
        await open(name, 'fi');
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
        expect(await axe(page), `${name} (dark)`).toEqual([]);
      }
      const popup = await context.newPage();
      await popup.emulateMedia({ colorScheme: 'dark' });
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.goto(pageUrl('popup', `?tab=${siteTab}`));
      await popup.waitForSelector('[data-popup-enable]');
      expect(await axe(popup), 'popup (dark)').toEqual([]);
      await popup.close();
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });
});

describe('progress page truths', () => {
  beforeAll(async () => {
    await setUiLanguage(worker, 'fi');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('charts one week of data as one week, counts with whole-number ticks, decimals with a comma in Finnish', async () => {
    await open('progress', 'fi');
    await page.waitForSelector('[data-chart="c-actions"] .ct-bar', { state: 'attached' });
    await page.waitForSelector('[data-chart="c-per100"] .ct-bar', { state: 'attached' });
    const labels = (chart: string, axis: 'horizontal' | 'vertical') =>
      page.$$eval(`[data-chart="${chart}"] .ct-label.ct-${axis}`, (els) => els.map((e) => e.textContent ?? '').filter(Boolean));
    const weeks = await page.evaluate(() => document.querySelectorAll('[data-chart="c-steps"] thead th').length - 1);
    // Five days of history, at most two calendar weeks: that many labels, each a day and month, no years.
    expect(weeks).toBeGreaterThanOrEqual(1);
    expect(weeks).toBeLessThanOrEqual(2);
    const x = await labels('c-actions', 'horizontal');
    expect(x).toHaveLength(weeks);
    for (const l of x) expect(l).toMatch(/^\d{1,2}\.\d{1,2}\.$/);
    const counts = await labels('c-actions', 'vertical');
    expect(counts.length).toBeGreaterThan(1);
    for (const l of counts) expect(l).toMatch(/^\d+$/);
    // Hints per 100 words: Finnish decimals (a comma), and ticks that print as they are (0,25 not as 0,3).
    const per100 = await labels('c-per100', 'vertical');
    expect(per100.length).toBeGreaterThan(1);
    for (const l of per100) expect(l).toMatch(/^\d+(,\d{1,2})?$/);
    const cells = await page.$$eval('[data-chart="c-per100"] td', (els) => els.map((e) => e.textContent ?? ''));
    for (const c of cells) expect(c).toMatch(/^\d+(,\d)?$/);
    // Applied and dismissed side by side: two bars a week, never drawn on each other.
    const bars = await page.$$eval('[data-chart="c-actions"] .ct-bar', (els) => els.map((e) => Number(e.getAttribute('x1'))));
    expect(new Set(bars).size).toBe(bars.length);
    // No library legend: ours, one entry a series.
    expect(await page.$$eval('[data-chart="c-actions"] .legend li', (els) => els.map((e) => e.textContent))).toEqual(['Käytetty', 'Ohitettu']);
    // The action filter reaches the charts, as it does the timeline.
    await page.selectOption('#f-action', 'dismissed');
    await page.waitForFunction(() => document.querySelectorAll('[data-chart="c-actions"] .legend li').length === 1);
    expect(await page.textContent('[data-chart="c-per100"] figcaption')).toBe('Ohitetut vinkit 100 sanaa kohden');
    await page.selectOption('#f-action', '');
  });

  it('a reflection and rating saved in the practice inbox appear on the progress page and in the report', async () => {
    await open('practice', 'fi');
    await page.click('[data-practice-ticket="fi-daycare-place-far"], [data-practice-ticket]:nth-child(1)');
    await page.fill(
      '[data-practice-editor]',
      'Hei Anna,\n\nkiitos viestistäsi. Ymmärrän, että matka on pitkä. Pahoittelen tilannetta. Soitan sinulle perjantaina.\n\nTerveisin Mikko',
    );
    await page.click('[data-practice-done]');
    await page.fill('#practice-well', 'Kerroin, milloin soitan.');
    await page.fill('#practice-differently', 'Kysyisin, mikä aika sopii.');
    await page.check('[data-practice-rating="3"]');
    await page.click('[data-practice-save]');
    await page.waitForSelector('[data-practice-phase="saved"]');

    await open('progress', 'fi');
    await page.waitForFunction(() => document.body.textContent?.includes('Kysyisin, mikä aika sopii.'), undefined, { timeout: 30_000 });
    const newest = page.locator('[data-practice-attempt]').first();
    expect(await newest.textContent()).toContain('Onnistui: Kerroin, milloin soitan.');
    expect(await newest.locator('[data-rating]').getAttribute('data-rating')).toBe('3');
    expect(await newest.locator('[data-rating]').textContent()).toContain('Oma arvio 3/5');
    expect(await page.textContent('main')).toContain(REFLECTION.split('\n')[1]);

    await page.locator('.views button').nth(1).click();
    await page.fill('#report-name', 'Maija Meikäläinen');
    await page.emulateMedia({ media: 'print' });
    const report = page.locator('.report');
    expect(await report.isVisible()).toBe(true);
    expect(await page.locator('#report-name').isVisible()).toBe(false);
    expect(await report.locator('[data-report="name"]').textContent()).toBe('Maija Meikäläinen');
    expect(await report.locator('[data-report="period"]').textContent()).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4} – \d{1,2}\.\d{1,2}\.\d{4}$/);
    expect(await report.textContent()).toContain('Kysyisin, mikä aika sopii.');
    expect(await report.locator('[data-rating="3"]').count()).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });
});
