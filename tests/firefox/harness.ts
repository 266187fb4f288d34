/**
 * Firefox end to end: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (Playwright needs its own
 * patched Firefox, which cannot be downloaded here; geckodriver is not packaged), the BUILT Firefox extension
 * (.output/firefox-mv2) installed as a temporary add-on, and the administrator's policy in the real file Firefox
 * reads, /etc/firefox/policies/policies.json. That file is machine-wide: run these tests under `isolated`, which
 * gives the run a private, empty /etc/firefox/policies.
 */
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const FIREFOX = process.env.SAVY_FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(process.env.SAVY_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2');
/** Sävy's add-on id (wxt.config.ts); policies name it. */
export const FIREFOX_ID = 'savy@savy.invalid';
/** Where Firefox reads machine-wide policy on Linux (named after the application, not the Debian package). */
export const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';

/** Writes policies.json with Sävy's managed storage (`3rdparty.Extensions`); returns the undo (the previous file back). */
export function writeFirefoxPolicy(savy: Record<string, unknown>, policies: Record<string, unknown> = {}): () => void {
  const previous = existsSync(FIREFOX_POLICY_FILE) ? readFileSync(FIREFOX_POLICY_FILE, 'utf8') : null;
  mkdirSync(dirname(FIREFOX_POLICY_FILE), { recursive: true });
  writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify({ policies: { ...policies, '3rdparty': { Extensions: { [FIREFOX_ID]: savy } } } }));
  return () => (previous === null ? rmSync(FIREFOX_POLICY_FILE, { force: true }) : writeFileSync(FIREFOX_POLICY_FILE, previous));
}

/**
 * Firefox with a new profile; with `extensionDir`, that build installed as a temporary add-on (null: only what
 * policies.json installs). `prefs` are set in the profile.
 */
export async function launchFirefox(
  extensionDir: string | null = FIREFOX_EXTENSION_DIR,
  prefs: Record<string, unknown> = {},
): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'savy-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      'intl.accept_languages': 'fi-FI, fi',
      ...prefs,
    },
  });
  const close = async () => {
    await browser.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    if (extensionDir) {
      const tabs = (await browser.pages()).length;
      const id = await browser.installExtension(extensionDir);
      if (id !== FIREFOX_ID) throw new Error(`installed ${extensionDir} as ${id}, expected ${FIREFOX_ID}`);
      // Sävy opens its practice inbox in a new tab a moment after install (components/popup/background.ts), and
      // that tab comes to the front: opened during a test, it leaves the test's page in the background, where a
      // click in a field gives no focus event and so no coach (the listed site showed no hints for 45 s). Wait for
      // it (puppeteer lists an extension page's tab, with about:blank for its address).
      await until(
        () => browser.pages().then((all) => all.length),
        (n) => n > tabs,
        'the practice inbox tab Sävy opens on install',
      );
    }
    return { browser, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * A new tab at `url`, in front: Firefox may open it as a background tab while it starts, and a background tab never
 * gets focus events (so the coach would never see the writer focus a field).
 */
export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.bringToFront();
  await page.goto(url);
  await page.bringToFront();
  return page;
}

/**
 * Gives `selector` the focus as the writer would: the tab in front, a click in the field, and then the check that
 * the page really has the focus (a tab that came to the front in between gets it instead; then again).
 */
export async function focusField(page: Page, selector: string): Promise<void> {
  await until(
    async () => {
      await page.bringToFront();
      await page.click(selector);
      return page.$eval(selector, (el) => document.hasFocus() && (document.activeElement === el || el.contains(document.activeElement)));
    },
    (focused) => focused,
    `the focus in ${selector}`,
  );
}

/** Polls `read` until `ok` holds (conditions, never sleeps); throws with the last value after `timeoutMs`. */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 45_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch {
      /* not there yet */
    }
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** An element inside the coach's open shadow root (`[data-savy-badge]` …), or null. */
export function inCoach(page: Page, selector: string): Promise<ElementHandle | null> {
  return page.$(`savy-coach >>> ${selector}`);
}

export async function attribute(page: Page, selector: string, name: string): Promise<string | null> {
  const el = await inCoach(page, selector);
  return el ? el.evaluate((e, n) => e.getAttribute(n), name) : null;
}

export const coachCount = (page: Page) => page.evaluate(() => document.querySelectorAll('savy-coach').length);
