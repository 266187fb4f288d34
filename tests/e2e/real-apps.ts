/**
 * Shared by the suites that drive real reply tools (rt.test.ts, roundcube.test.ts): where the tools are (the
 * settings files scripts/real-apps/setup-*.sh write), whether their suites run, Chromium with the built
 * extension and the tool's origin in the `sites` policy, and what a writer sees of the coach.
 */
import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { Analyzer, compiledBundledRuleset, withRewrites, type Hint } from '../../lib/index';
import { launch, waitForRegistration, writePolicy } from './harness';

export const APPS_DIR = process.env.SAVY_APPS_DIR ?? '/var/lib/savy-real-apps';
/** Screenshots of the coach in each tool, to be looked at (as in coach-behaviour.test.ts). */
export const SHOTS = process.env.SAVY_SCREENSHOTS ?? join(tmpdir(), 'savy-screenshots');

/**
 * CI (.ci/run) sets the tools up and sets SAVY_REAL_APPS=1: then a tool that is not there fails its suite. Without
 * it, a suite whose tool was never set up on this machine is skipped, with the command to set it up in its name.
 */
export const REAL_APPS_REQUIRED = process.env.SAVY_REAL_APPS === '1';

/**
 * A test drives a whole reply in a real tool (its server renders every page on a shared 2-core machine): 30–40 s
 * on a quiet one. A limit, not a measurement: every wait inside is on a condition.
 */
export const TEST_TIMEOUT = 240_000;
/** How long `expect.poll` waits for what a writer would see (vitest's default, 1 s, is too short here). */
export const POLL = { timeout: 30_000 };

/** The customer's e-mail in both tools, and the agent's replies: a blaming opening (rewritten) and shouting; a blaming one. */
export const CUSTOMER = 'Hei,\n\nlaskussani on väärä summa. Voitteko tarkistaa?\n\nTerveisin Maija\n';
export const ABOVE = ['Hei Maija,', 'olisit lukenut laskun liitteen, siinä summa on oikein. Tarkistamme sen silti uudelleen tänään!!'];
export const BELOW = ['Hei Maija,', 'olisit lukenut laskun liitteen. Korjaamme summan tänään!!'];

/** The `KEY=value` lines a setup script wrote last (so a half-finished setup leaves no file), or null. */
export function appSettings(name: 'rt' | 'roundcube'): Record<string, string> | null {
  const file = join(APPS_DIR, `${name}.env`);
  if (!existsSync(file)) return null;
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

export interface RealApp {
  /** What the setup script wrote, when the tool is set up and answers. */
  settings: Record<string, string>;
  /** Why the suite cannot run here (not set up, or set up but not running), or null. */
  problem: string | null;
  /** The suite's title; says why it is skipped, and how to set the tool up, when it is. */
  title: string;
  skip: boolean;
}

/** Whether the tool set up by `script` is there and its web address (settings key `urlKey`) answers. */
export async function findApp(name: 'rt' | 'roundcube', urlKey: string, tool: string, script: string): Promise<RealApp> {
  const settings = appSettings(name);
  let problem: string | null = null;
  if (!settings) problem = `not set up here; run sudo ${script}`;
  else {
    const answers = await fetch(settings[urlKey], { redirect: 'manual', signal: AbortSignal.timeout(10_000) }).then(
      (r) => r.status < 500,
      () => false,
    );
    if (!answers) problem = `set up, but ${settings[urlKey]} does not answer; run sudo ${script} again`;
  }
  const skip = problem !== null && !REAL_APPS_REQUIRED;
  return { settings: settings ?? {}, problem, title: skip ? `${tool} (skipped: ${problem})` : tool, skip };
}

/**
 * Chromium with the built extension, the tool's origin made a Sävy site by the managed policy (docs/contract.md §4),
 * and the writer's UI language Finnish.
 */
export async function openWithPolicy(toolUrl: string): Promise<{ context: BrowserContext; worker: Worker; close: () => Promise<void> }> {
  const pattern = `${new URL(toolUrl).origin}/*`;
  const removePolicy = writePolicy([pattern]);
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close();
    removePolicy();
  };
  try {
    const launched = await launch();
    context = launched.context;
    // The tools' own pages render on the server of a busy machine: give navigation and actions a minute.
    context.setDefaultTimeout(60_000);
    await waitForRegistration(launched.worker!, pattern);
    await launched.worker!.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await c.storage.local.set({ uiLanguage: 'fi' });
    });
    return { context, worker: launched.worker!, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Page errors and console errors of the host page, to assert that Sävy threw nothing into it. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/**
 * What the engine says about the writer's own words: the badge in the tool must show the same, and the panel the
 * same rewrites (those the checker offers, lib/rewrite/check.ts).
 */
export function expectedHints(text: string): Hint[] {
  const compiled = compiledBundledRuleset();
  return withRewrites(text, new Analyzer(compiled, { lang: 'auto' }).analyze(text), compiled).hints;
}

/**
 * The first hint of `category` with a non-empty rewrite the checker offers (as the card and panel offer them),
 * and the text once that rewrite is applied.
 */
export function rewriteOf(text: string, category: string): { hint: Hint; suggestion: string; rewritten: string } {
  const hint = expectedHints(text).find((h) => h.category === category && h.suggestions.some((s) => s.trim()));
  if (!hint) throw new Error(`the bundled rules no longer give a ${category} hint with a rewrite for: ${text}`);
  const suggestion = hint.suggestions.find((s) => s.trim())!;
  return { hint, suggestion, rewritten: text.slice(0, hint.start) + suggestion + text.slice(hint.end) };
}

/**
 * What a writer sees once `text` is typed in the editor of `frame`: the badge counts the engine's hints (polled on
 * `[data-savy-badge][data-count]`, never waited for by time), they are underlined, the panel lists them with their
 * categories, one of them is of `category`; then its first rewrite is applied from the panel and the badge
 * follows. The open panel is photographed as `SHOTS/<shot>.png`. Returns the words replaced and the text as it
 * should now read.
 */
export async function coachAndRewrite(
  frame: Frame,
  text: string,
  category: string,
  underline: 'highlight' | 'mirror',
  shot: string,
): Promise<{ original: string; rewritten: string }> {
  const hints = expectedHints(text);
  const { hint, suggestion, rewritten } = rewriteOf(text, category);
  // The badge must visibly follow the rewrite (a rewrite that the rules flag again would prove nothing here).
  expect(expectedHints(rewritten).length, 'the rewrite leaves fewer hints').toBeLessThan(hints.length);
  const badge = frame.locator('savy-coach [data-savy-badge]');
  await badge.waitFor(POLL);
  await expect.poll(() => badge.getAttribute('data-count'), POLL).toBe(String(hints.length));
  if (underline === 'mirror') await expect.poll(() => frame.locator('savy-coach .savy-u').count(), POLL).toBeGreaterThan(0);
  else
    await expect
      .poll(() =>
        frame.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('savy-warning') ?? [])].length),
      )
      .toBeGreaterThan(0);
  const panel = frame.locator('savy-coach [data-savy-panel]');
  if (!(await panel.isVisible())) await badge.click();
  await panel.waitFor();
  const shown = await panel
    .locator('[data-savy-hint]')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-category')} ${e.getAttribute('data-rule')}`));
  expect(shown.sort()).toEqual(hints.map((h) => `${h.category} ${h.ruleId}`).sort());
  mkdirSync(SHOTS, { recursive: true });
  await frame.page().screenshot({ path: join(SHOTS, `${shot}.png`) });
  await panel
    .locator(`[data-savy-hint][data-rule="${hint.ruleId}"]`)
    .first()
    .locator('[data-savy-apply]')
    .nth(hint.suggestions.indexOf(suggestion))
    .click();
  await expect.poll(() => badge.getAttribute('data-count'), POLL).toBe(String(expectedHints(rewritten).length));
  return { original: hint.text, rewritten };
}

/**
 * The text of an HTML fragment as a mail client shows it (blocks and line breaks as new lines, entities decoded),
 * worked out by the browser of `page` on an inert document (nothing in the fragment runs).
 */
export function htmlText(page: Page, html: string): Promise<string> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const blocks = /^(?:P|DIV|BLOCKQUOTE|PRE|LI|H[1-6]|TR|TABLE|UL|OL)$/;
    let out = '';
    const walk = (n: Node) => {
      if (n.nodeType === Node.TEXT_NODE) out += n.nodeValue;
      else if (n.nodeName === 'BR') out += '\n';
      else {
        n.childNodes.forEach(walk);
        if (blocks.test(n.nodeName) && !out.endsWith('\n')) out += '\n';
      }
    };
    walk(doc.body);
    return out.replace(/[ \t\u00a0]+/g, ' ');
  }, html);
}

/** The agent types `lines` where the caret is, each ended with Enter. */
export async function typeLines(page: Page, lines: readonly string[]): Promise<void> {
  for (const line of lines) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
}

/**
 * `coachAndRewrite` for `lines`, then the editor's own undo takes the rewrite back (Ctrl+Z right after the click, as a
 * writer would) and it is applied again. `read` is what the editor will send (its own API, not the DOM); after the
 * rewrite it holds `applied(rewritten)`, after the undo `undone`.
 */
export async function rewriteUndoAndAgain(
  frame: Frame,
  lines: readonly string[],
  underline: 'highlight' | 'mirror',
  shot: string,
  read: () => Promise<string>,
  applied: (rewritten: string) => string,
  undone: string,
): Promise<{ original: string; rewritten: string }> {
  const result = await coachAndRewrite(frame, lines.join('\n'), 'shouting', underline, shot);
  await expect.poll(read, POLL).toContain(applied(result.rewritten));
  await frame.page().keyboard.press('Control+z');
  await expect.poll(read, POLL).toContain(undone);
  await coachAndRewrite(frame, lines.join('\n'), 'shouting', underline, `${shot}-again`);
  await expect.poll(read, POLL).toContain(applied(result.rewritten));
  return result;
}

/**
 * The agent sends the reply (`send`); every text part the tool stored of it, read back as the tool's own client
 * reads it (`readBack`), holds each of `has` and none of `lacks`; the page logged no error; the page closes.
 */
export async function sendAndReadBack(
  page: Page,
  errors: string[],
  send: () => Promise<void>,
  readBack: () => Promise<string[]>,
  { has, lacks }: { has: readonly string[]; lacks: readonly string[] },
): Promise<void> {
  await send();
  const stored = await readBack();
  expect(stored.length, 'text parts stored of the reply').toBeGreaterThan(0);
  for (const text of stored) {
    for (const s of has) expect(text).toContain(s);
    for (const s of lacks) expect(text).not.toContain(s);
  }
  expect(errors).toEqual([]);
  await page.close();
}
