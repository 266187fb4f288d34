/**
 * The practice inbox and the popup of the built extension in Chromium: the inbox opens by itself on install; a
 * reply written in its editor is coached (badge, steps flip live, on the page and in the popup of that tab); "Done"
 * scores it and the attempt with its reflection and rating is saved to the progress store.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID, launch, startServer } from './harness';
import { parseRuleset } from '../../lib/index';
import team from '../fixtures/team-ruleset.json';

let context: BrowserContext;
let practice: Page;
let server: Server;
let origin: string;
const errors: string[] = [];
const PRACTICE_URL = `chrome-extension://${EXTENSION_ID}/practice.html`;

beforeAll(async () => {
  ({ server, origin } = await startServer());
  const launched = await launch();
  context = launched.context;
  // reason 'install': the background opens the practice inbox once.
  const until = Date.now() + 15_000;
  let found: Page | undefined;
  while (!found && Date.now() < until) {
    found = context.pages().find((p) => p.url().startsWith(PRACTICE_URL));
    if (!found) await new Promise((r) => setTimeout(r, 100));
  }
  if (!found)
    throw new Error(
      `the practice inbox did not open on install; pages: ${context
        .pages()
        .map((p) => p.url())
        .join(', ')}`,
    );
  practice = found;
  practice.on('pageerror', (e) => errors.push(e.message));
  await practice.waitForSelector('[data-practice-ticket]');
});

afterAll(async () => {
  await context?.close();
  server?.close();
});

const done = (page: Page, step: string) => page.getAttribute(`[data-savy-step="${step}"]`, 'data-done');

describe('practice inbox and popup', () => {
  it('lists the tickets, filters by language and setting', async () => {
    await practice.selectOption('[data-practice-filter="language"]', 'fi');
    const fi = Number(await practice.getAttribute('[data-practice-count]', 'data-practice-count'));
    expect(fi).toBeGreaterThanOrEqual(12);
    await practice.selectOption('[data-practice-filter="setting"]', 'benefits');
    const benefits = Number(await practice.getAttribute('[data-practice-count]', 'data-practice-count'));
    expect(benefits).toBeGreaterThan(0);
    expect(benefits).toBeLessThan(fi);
  });

  it('coaches the reply live, shows it in the popup, and saves the attempt', async () => {
    await practice.click('[data-practice-ticket="fi-benefits-housing-late"]');
    await practice.waitForSelector('[data-practice-editor]');
    expect(await practice.textContent('[data-practice-customer]')).toContain('asumistukea');

    // The weak model reply as a starting point: the same coach as on other sites flags it.
    await practice.click('.weak summary');
    await practice.click('[data-practice-use-weak]');
    await practice.waitForFunction(() => {
      const badge = document.querySelector('savy-coach')?.shadowRoot?.querySelector('[data-savy-badge]');
      return Number(badge?.getAttribute('data-count') ?? 0) >= 2;
    });
    expect(await done(practice, 'thank')).toBe('false');
    expect(await done(practice, 'empathize')).toBe('false');

    // The popup of this tab (opened as a page, ?tab=<id>) follows the same draft.
    const tabId = await practice.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id: number }> } } }).chrome;
      return (await c.tabs.getCurrent()).id;
    });
    const popup = await context.newPage();
    popup.on('pageerror', (e) => errors.push(e.message));
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-popup-draft="yes"]');
    expect(await done(popup, 'empathize')).toBe('false');
    // The site status is resolved after the draft (it asks the background): wait for it rather than read it early.
    await popup.waitForSelector('[data-popup-site="practice"]', { timeout: 10_000 });
    // Fits 360 px: nothing wider than the viewport.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Write a good reply instead.
    await practice.bringToFront();
    await practice.fill(
      '[data-practice-editor]',
      'Hei Jenna,\n\nkiitos, kun kerroit tilanteestasi. Ymmärrän, että odottaminen on todella raskasta, kun vuokra erääntyy. ' +
        'Pahoittelen, että päätös on viivästynyt. Käsittelen hakemuksesi perjantaihin 28.11. mennessä ja soitan sinulle, kun päätös on tehty.\n\nTerveisin Mikko',
    );
    await practice.waitForFunction(() => document.querySelector('[data-savy-step="empathize"]')?.getAttribute('data-done') === 'true');
    for (const step of ['greet', 'thank', 'empathize', 'apologize', 'next-steps']) expect(await done(practice, step), step).toBe('true');
    await popup.waitForFunction(() => document.querySelector('[data-savy-step="empathize"]')?.getAttribute('data-done') === 'true', undefined, {
      timeout: 10_000,
    });
    expect(await done(popup, 'next-steps')).toBe('true');

    // Done: scored, reflected on, rated, saved.
    await practice.click('[data-practice-done]');
    await practice.waitForSelector('[data-practice-result]');
    expect(await practice.getAttribute('[data-practice-result]', 'data-steps-covered')).toBe('5');
    await practice.fill('#practice-well', 'Nimesin tilanteen ja lupasin päivän.');
    await practice.fill('#practice-differently', 'Lyhyemmät lauseet.');
    await practice.check('[data-practice-rating="4"]');
    await practice.click('[data-practice-save]');
    await practice.waitForSelector('[data-practice-phase="saved"]');

    // Saved in the progress store (the background writes in batches): read the extension's IndexedDB.
    const saved = await practice.evaluate(async () => {
      const until = Date.now() + 15_000;
      for (;;) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const open = indexedDB.open('savy-history');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (![...db.objectStoreNames].includes('practice')) return (db.close(), resolve([]));
            const req = db.transaction('practice', 'readonly').objectStore('practice').getAll();
            req.onsuccess = () => (db.close(), resolve(req.result as unknown[]));
            req.onerror = () => reject(req.error);
          };
        });
        if (rows.length || Date.now() > until) return rows;
        await new Promise((r) => setTimeout(r, 200));
      }
    });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      ticketId: 'fi-benefits-housing-late',
      lang: 'fi',
      rating: 4,
      steps: { greet: true, thank: true, empathize: true, apologize: true, 'next-steps': true },
    });
    expect((saved[0] as { reflection: string }).reflection).toContain('Lyhyemmät lauseet.');

    // The popup's "Today" counts it.
    await popup.reload();
    await popup.waitForFunction(() => document.querySelector('[data-today="practice"]')?.textContent === '1');
    expect(errors).toEqual([]);
  });

  it('turns Sävy on for a site from the popup; the content script then reports its draft to the popup', async () => {
    // No policy names localhost (other suites' policy files name 127.0.0.1): not a Sävy site until the writer enables it.
    const url = `${origin.replace('127.0.0.1', 'localhost')}/textarea.html`;
    const site = await context.newPage();
    site.on('pageerror', (e) => errors.push(e.message));
    await site.goto(url);
    const tabId = await practice.evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }).chrome;
      return (await c.tabs.query({})).find((t) => t.url === url)!.id;
    }, url);
    const popup = await context.newPage();
    popup.on('pageerror', (e) => errors.push(e.message));
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-popup-site="off"]');
    expect(await popup.getAttribute('[data-popup-draft]', 'data-popup-draft')).toBe('none');
    // By keyboard: Tab through the popup (the five steps' examples first) to the button, Enter.
    await popup.bringToFront();
    let tabs = 0;
    while (!(await popup.evaluate(() => document.activeElement?.hasAttribute('data-popup-enable'))) && tabs++ < 20) await popup.keyboard.press('Tab');
    expect(tabs).toBeLessThan(20);
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toMatch(/^Turn on for localhost/);
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-popup-site="writer"]');

    // Injected at once, no reload: write in the page, the popup follows.
    await site.bringToFront();
    await site.locator('#editor').click();
    await site.locator('#editor').fill('Hi Sam,\n\nthank you for letting us know. You should have read the instructions.');
    await site.locator('savy-coach [data-savy-badge]').waitFor();
    await popup.waitForFunction(() => document.querySelector('[data-savy-step="thank"]')?.getAttribute('data-done') === 'true', undefined, {
      timeout: 10_000,
    });
    expect(await done(popup, 'greet')).toBe('true');
    expect(await done(popup, 'next-steps')).toBe('false');
    expect(await popup.textContent('[data-popup-draft]')).toMatch(/^localhost · English · hints: [1-9]\d*$/);

    // The field goes away: the popup says there is no draft.
    await site.evaluate(() => document.querySelector('#editor')!.remove());
    await popup.waitForSelector('[data-popup-draft="none"]', { timeout: 10_000 });

    await popup.click('[data-popup-disable]');
    await popup.waitForSelector('[data-popup-site="off"]');
    expect(errors).toEqual([]);
  });

  it("lists the team ruleset's practice tickets and coaches with its rules as soon as the background puts it in force", async () => {
    const withTicket = {
      ...team,
      practice: [
        {
          id: 'fi-team-lomaraha',
          language: 'fi',
          kind: 'complaint',
          setting: 'payroll',
          title: 'Tiimin harjoitus: lomaraha puuttuu',
          customer: 'Lomarahani puuttuu kesäkuun palkasta.',
        },
      ],
    };
    expect(parseRuleset(JSON.stringify(withTicket)).ok).toBe(true);
    await practice.bringToFront();
    await practice.selectOption('[data-practice-filter="language"]', 'fi');
    await practice.selectOption('[data-practice-filter="setting"]', '');
    expect(await practice.locator('[data-practice-ticket="fi-team-lomaraha"]').count()).toBe(0);
    // The writer imports the team ruleset as a file (what the options page sends); the background verifies it,
    // puts it in force and publishes it, and the open practice page asks for the rules in force again.
    const answer = await practice.evaluate(
      (text) =>
        new Promise((resolve, reject) => {
          const c = (
            globalThis as unknown as {
              chrome: { runtime: { sendMessage(m: unknown, cb: (r: unknown) => void): void; lastError?: { message: string } } };
            }
          ).chrome;
          c.runtime.sendMessage(
            { id: 1, type: 'setWriterRulesetSource', data: { file: { name: 'tiimi.json', text } }, timestamp: Date.now() },
            (r) => (c.runtime.lastError ? reject(new Error(c.runtime.lastError.message)) : resolve(r)),
          );
        }),
      JSON.stringify(withTicket),
    );
    expect(JSON.stringify(answer)).toContain(team.id);
    await practice.click('[data-practice-ticket="fi-team-lomaraha"]');
    expect(await practice.textContent('[data-practice-ticket="fi-team-lomaraha"]')).toContain('team');
    // A team rule (team.jargon.palkkakausi) now hints in the practice editor.
    await practice.fill('[data-practice-editor]', 'Hei Maija, palkkakausi on jo päättynyt.');
    await practice.waitForFunction(() => {
      const panelButton = document.querySelector('savy-coach')?.shadowRoot?.querySelector('[data-savy-badge]');
      return Number(panelButton?.getAttribute('data-count') ?? 0) > 0;
    });
    await practice.click('savy-coach [data-savy-badge]');
    await practice.locator('savy-coach [data-savy-hint][data-rule="team.jargon.palkkakausi"]').waitFor();
    expect(errors).toEqual([]);
  });
});
