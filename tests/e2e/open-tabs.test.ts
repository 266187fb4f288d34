/**
 * Tabs that were open before Sävy could run in them (issue 13): a helpdesk tab restored as the browser starts, on
 * a fresh profile and on the second start of the same one; a tab open when the extension is installed or reloaded;
 * a tab on a site that a policy change adds. Each gets the coach without a reload, once per document.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_ID,
  installExtension,
  launchChromium,
  POLICY_FILE,
  startChromium,
  startHttpsServer,
  startServer,
  TEST_SITES,
  waitForRegistration,
  writePolicy,
} from './harness';

/** Several browser starts in one test, on a machine that may be busy: conditions are awaited, never slept on. */
const SLOW = 180_000;

let server: Server;
let origin: string;
let builtIn: { server: Server; origin: string; args: string[] };
let removePolicy: () => void = () => undefined;
let context: BrowserContext | undefined;

beforeAll(async () => {
  ({ server, origin } = await startServer());
  builtIn = await startHttpsServer(); // https://app.hubspot.com, a built-in site, served here
  removePolicy = writePolicy();
});

let closeBrowser: () => Promise<void> = async () => undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
  await closeBrowser();
  closeBrowser = async () => undefined;
});

afterAll(() => {
  server.close();
  builtIn.server.close();
  removePolicy();
});

const localhost = () => origin.replace('127.0.0.1', 'localhost');

function pageAt(ctx: BrowserContext, url: string): Page {
  const page = ctx.pages().find((p) => p.url() === url);
  if (!page)
    throw new Error(
      `no tab at ${url}; tabs: ${ctx
        .pages()
        .map((p) => p.url())
        .join(', ')}`,
    );
  return page;
}

/** Focuses the page's writing field (in its editor frame for TinyMCE) and waits for the coach's hint count. */
async function coached(page: Page, frame?: string): Promise<number> {
  await page.bringToFront();
  if (frame) await page.frameLocator(frame).locator('body#tinymce').click();
  else await page.locator('#editor').click();
  const root = frame ? page.frameLocator(frame) : page;
  const badge = root.locator('savy-coach [data-savy-badge][data-count]');
  await badge.waitFor({ timeout: 45_000 });
  await expect.poll(async () => Number(await badge.getAttribute('data-count')), { timeout: 45_000 }).toBeGreaterThan(0);
  expect(await root.locator('savy-coach').count()).toBe(1);
  return Number(await badge.getAttribute('data-count'));
}

/** The coach's badge reports a new count after the writer types: the coach in the page is alive. */
async function answersTyping(page: Page): Promise<void> {
  const badge = page.locator('savy-coach [data-savy-badge][data-count]');
  const before = Number(await badge.getAttribute('data-count'));
  await page.locator('#editor').press('End');
  await page.keyboard.type(' Olisit lukenut ohjeet!!');
  await expect.poll(async () => Number(await badge.getAttribute('data-count')), { timeout: 45_000 }).toBeGreaterThan(before);
}

/** Chrome's own "Reload policies" on chrome://policy (the file watcher would take about five seconds more). */
async function reloadPolicies(ctx: BrowserContext): Promise<void> {
  const page = await ctx.newPage();
  await page.goto('chrome://policy');
  await page.evaluate(() => (globalThis as unknown as { chrome: { send(m: string): void } }).chrome.send('reloadPolicies'));
  await page.close();
}

/** `chrome.runtime.reload()`, as an update does; the new service worker. */
async function reloadExtension(ctx: BrowserContext, worker: Worker): Promise<Worker> {
  await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  let next: Worker | undefined;
  await expect
    .poll(() => (next = ctx.serviceWorkers().find((w) => w !== worker && w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`))), {
      timeout: 30_000,
    })
    .toBeTruthy();
  return next!;
}

async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (u) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url: string }>> } } }).chrome;
    return (await c.tabs.query({})).find((t) => t.url === u)!.id;
  }, url);
}

describe('tabs open at browser start', () => {
  it(
    'a policy-site tab opened as a fresh browser starts is coached, and again when the next start restores it',
    async () => {
      const urls = [`${origin}/tinymce.html`, `${origin}/textarea.html`];
      // A fresh profile, the helpdesk on the command line (or an IT-set start page): the extension is installed while
      // the tab loads. (Headless Chromium takes one address on its command line.)
      const first = await startChromium({ urls: [urls[0]] });
      closeBrowser = first.close;
      await coached(pageAt(first.context, urls[0]), '#editor_ifr'); // TinyMCE's about:blank editor frame
      await (await first.context.newPage()).goto(urls[1]);
      await first.close();

      // The same profile again, its last session restored: the registration was kept, so the tabs the browser
      // restores as it starts have the coach.
      const second = await startChromium({ profile: first.profile, restore: true });
      closeBrowser = second.close;
      await coached(pageAt(second.context, urls[0]), '#editor_ifr');
      await coached(pageAt(second.context, urls[1]));
      const registered = await second.worker.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches: string[] }>> } } })
          .chrome;
        return (await c.scripting.getRegisteredContentScripts()).map((s) => s.matches);
      });
      expect(registered).toEqual([TEST_SITES]);
    },
    SLOW,
  );
});

describe('tabs open when Sävy arrives', () => {
  it(
    'tabs open when the extension is installed are coached, on a built-in site and on a policy site',
    async () => {
      ({ context } = await launchChromium({ extension: 'later', args: builtIn.args }));
      const pages: Page[] = [];
      for (const url of [`${builtIn.origin}/textarea.html`, `${origin}/textarea.html`]) {
        const page = await context.newPage();
        await page.goto(url);
        await page.locator('#editor').click();
        expect(await page.locator('savy-coach').count()).toBe(0);
        pages.push(page);
      }
      await installExtension(context);
      for (const page of pages) {
        await coached(page);
        await answersTyping(page);
      }
    },
    SLOW,
  );

  it(
    'a policy change that adds a site coaches its open tabs; injected twice, the coach stays one; reloaded, a new one takes over',
    async () => {
      const listed = `${origin}/textarea.html`;
      const added = `${localhost()}/contenteditable.html`;
      const launched = await launchChromium({ developerMode: true, args: builtIn.args });
      context = launched.context;
      let worker = launched.worker!;
      await waitForRegistration(worker);
      const other = await context.newPage();
      await other.goto(listed);
      const page = await context.newPage();
      await page.goto(added);
      await page.locator('#editor').click();
      await coached(other); // the listed tab has its coach by now; the other one has none
      expect(await page.locator('savy-coach').count()).toBe(0);

      writeFileSync(
        POLICY_FILE,
        JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: { sites: [...TEST_SITES, 'http://localhost/*'] } } } }),
      );
      await reloadPolicies(context);
      await waitForRegistration(worker, 'http://localhost/*');
      await page.mouse.click(5, 5);
      await coached(page);

      // The same script run again in that document (a second registration, a one-click enable): the first coach
      // stays, with what the writer did in it, and no second one appears.
      await page.evaluate(() => document.querySelector('savy-coach')!.setAttribute('data-test-first', ''));
      const tabId = await tabIdOf(worker, added);
      for (let i = 0; i < 2; i++) {
        await worker.evaluate(async (id) => {
          const c = (globalThis as unknown as { chrome: { scripting: { executeScript(o: object): Promise<unknown> } } }).chrome;
          await c.scripting.executeScript({ target: { tabId: id, allFrames: true }, files: ['content-scripts/coach.js'] });
        }, tabId);
      }
      await answersTyping(page);
      expect(await page.locator('savy-coach').count()).toBe(1);
      expect(await page.locator('savy-coach[data-test-first]').count()).toBe(1);

      // Reloaded (as an update does): the old coaches lost their extension; new ones take over in the same documents,
      // on the added site and on a built-in one.
      const gmailLike = await context.newPage();
      await gmailLike.goto(`${builtIn.origin}/textarea.html`);
      await coached(gmailLike);
      for (const p of [page, gmailLike]) await p.evaluate(() => document.querySelector('savy-coach')!.setAttribute('data-test-before-reload', ''));
      worker = await reloadExtension(context, worker);
      for (const p of [page, gmailLike]) {
        await expect.poll(() => p.locator('savy-coach[data-test-before-reload]').count(), { timeout: 45_000 }).toBe(0);
        await p.mouse.click(5, 5);
        await coached(p);
        await answersTyping(p);
      }

      rmSync(POLICY_FILE, { force: true });
      removePolicy = writePolicy();
    },
    SLOW,
  );
});
