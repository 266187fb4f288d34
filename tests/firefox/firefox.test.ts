/**
 * Sävy in Firefox, end to end: the built Firefox add-on in Debian's firefox-esr, the administrator's policy in
 * policies.json (`sites`, and a signed team ruleset served on 127.0.0.1), and the editor scenario of the Chromium
 * suite (hints, panel, a rewrite applied through the editor, the editor's own undo) on a textarea and a
 * contenteditable.
 */
import type { Browser, Page } from 'puppeteer-core';
import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeRuleset } from '../../lib/team/layers';
import { LANGUAGES, STEP_IDS, STEPS } from '../../lib/coaching';
import { COACH_MESSAGES } from '../../components/coach/messages';
import { Analyzer, bundledRuleset, compileRuleset, rulesInForce, validateRuleset, withRewrites, type Hint } from '../../lib/index';
import { signedBytes } from '../../lib/team/signature';
import { DRAFT } from '../e2e/fixtures';
import { startServer } from '../e2e/harness';
import { attribute, coachCount, focusField, inCoach, launchFirefox, openPage, until, writeFirefoxPolicy } from './harness';

const EXAMPLE = JSON.parse(readFileSync('docs/examples/palkkapalvelut.json', 'utf8'));
const TEAM_RULE = 'palkka.ammattikieli.korjausajo';
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const PUBLIC_KEY = Buffer.from(publicKey.export({ format: 'der', type: 'spki' }).subarray(-32)).toString('base64');
const ISSUED_AT = new Date().toISOString();
const SIGNED = JSON.stringify({
  ruleset: EXAMPLE,
  signature: {
    algorithm: 'Ed25519',
    format: 2,
    issuedAt: ISSUED_AT,
    value: sign(null, signedBytes(EXAMPLE, ISSUED_AT), privateKey).toString('base64'),
  },
});

let pages: Server;
let origin: string;
let rulesetServer: Server;
let fetches = 0;
let browser: Browser;
let close = async () => undefined as void;
let removePolicy = () => undefined as void;

beforeAll(async () => {
  ({ server: pages, origin } = await startServer());
  rulesetServer = createServer((_req, res) => {
    fetches++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(SIGNED);
  });
  await new Promise<void>((r) => rulesetServer.listen(0, '127.0.0.1', r));
  const rulesetUrl = `http://127.0.0.1:${(rulesetServer.address() as AddressInfo).port}/palkkapalvelut.signed.json`;
  removePolicy = writeFirefoxPolicy({ sites: ['http://127.0.0.1/*'], rulesetUrl, rulesetPublicKey: PUBLIC_KEY });
  ({ browser, close } = await launchFirefox());
}, 180_000);

afterAll(async () => {
  await close();
  removePolicy();
  pages?.close();
  rulesetServer?.close();
});

/** What the engine says with the team's ruleset on top of the bundled one: the add-on must show the same. */
const team = validateRuleset(EXAMPLE);
if (!team.ok) throw new Error('docs/examples/palkkapalvelut.json is not a valid ruleset');
const compiled = compileRuleset(rulesInForce(activeRuleset(team.ruleset, [], false, 0), bundledRuleset).ruleset);
const analyzer = () => new Analyzer(compiled, { lang: 'auto' });
// With the rewrites the checker offers (lib/rewrite/check.ts), as the panel shows them.
const before = withRewrites(DRAFT, analyzer().analyze(DRAFT), compiled);
const target: Hint =
  before.hints.find((h) => h.ruleId === 'fi.shouting.capitals' && h.suggestions.length) ?? before.hints.find((h) => h.suggestions.length)!;
const rewritten = DRAFT.slice(0, target.start) + target.suggestions[0] + DRAFT.slice(target.end);
const after = analyzer().analyze(rewritten);

const editorText = (page: Page) => page.evaluate(() => (window as unknown as { fixture: { text(): string } }).fixture.text());
const badgeCount = (page: Page) => attribute(page, '[data-savy-badge][data-count]', 'data-count');

async function focusEditor(page: Page): Promise<void> {
  await focusField(page, '#editor');
  await page.keyboard.press('End');
}

describe('Firefox: policies.json', () => {
  it('the sites policy: Sävy runs on the listed site and on no other', async () => {
    const other = await openPage(browser, `${origin.replace('127.0.0.1', 'localhost')}/textarea.html`);
    const listed = await openPage(browser, `${origin}/textarea.html`);
    await focusEditor(listed);
    await until(
      () => badgeCount(listed),
      (n) => Number(n) > 0,
      'hints on the listed site',
    );
    await focusEditor(other);
    await focusEditor(listed); // the listed page has its coach by now; the other one had the same time
    expect(await coachCount(other)).toBe(0);
    await other.close();
    await listed.close();
  }, 120_000);

  it('the team ruleset named by policy arrives signed, is verified and hints in the editor', async () => {
    const page = await openPage(browser, `${origin}/textarea.html`);
    await page.evaluate(() => ((document.querySelector('#editor') as HTMLTextAreaElement).value = 'Hei Maija, summa maksetaan korjausajossa.'));
    await focusEditor(page);
    await until(
      () => badgeCount(page),
      (n) => n !== null,
      'the badge',
    );
    // The ruleset may still be on its way when the field gets focus: the coach reads the field again when it comes.
    await (await inCoach(page, '[data-savy-badge]'))!.click();
    await until(
      () => inCoach(page, `[data-savy-hint][data-rule="${TEAM_RULE}"]`),
      (h) => h !== null,
      `the team rule ${TEAM_RULE} in the panel`,
    );
    expect(fetches).toBeGreaterThanOrEqual(1);
    await page.close();
  }, 120_000);
});

describe.each(['textarea', 'contenteditable'])('Firefox: the coach in a %s', (name) => {
  it('underlines, lists hints and steps, applies a rewrite through the editor that its undo reverts', async () => {
    const page = await openPage(browser, `${origin}/${name}.html`);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    expect(await editorText(page)).toContain(DRAFT);
    await focusEditor(page);
    await until(
      () => badgeCount(page),
      (n) => n === String(before.hints.length),
      'the hint count',
    );
    expect(await coachCount(page)).toBe(1);

    // Underlines: mirror spans over a textarea, Custom Highlights in a contenteditable; no DOM in the editor.
    if (name === 'textarea')
      await until(
        () => page.$$('savy-coach >>> .savy-u').then((u) => u.length),
        (n) => n > 0,
        'underlines',
      );
    else
      await until(
        () => page.evaluate(() => [...((CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get('savy-warning') ?? [])].length),
        (n) => n > 0,
        'highlights',
      );
    expect(await page.$eval('#editor', (el) => el.querySelectorAll('savy-coach, [class*="savy"]').length)).toBe(0);

    await (await inCoach(page, '[data-savy-badge]'))!.click();
    await until(
      () => inCoach(page, '[data-savy-panel]'),
      (p) => p !== null,
      'the panel',
    );
    const shown = await page.$$eval('savy-coach >>> [data-savy-hint]', (els) =>
      els.map((e) => `${e.getAttribute('data-category')} ${e.getAttribute('data-rule')}`),
    );
    expect(shown.sort()).toEqual(before.hints.map((h) => `${h.category} ${h.ruleId}`).sort());
    const steps = await page.$$eval('savy-coach >>> [data-savy-step]', (els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute('data-savy-step'), e.getAttribute('data-done')])),
    );
    expect(steps).toEqual(Object.fromEntries(Object.entries(before.steps).map(([k, v]) => [k, String(v)])));
    // The panel speaks one UI language, in the coach's text as it reads it from the default locale (components/coach/text.ts).
    const title = await page.$eval('savy-coach >>> [data-savy-panel] h2', (e) => e.textContent);
    const lang = LANGUAGES.find((l) => COACH_MESSAGES[l].coachPanelTitle === title);
    expect(lang, `the panel's title "${title}"`).toBeDefined();
    const names = await page.$$eval('savy-coach >>> [data-savy-step]', (els) => els.map((e) => e.textContent ?? ''));
    expect(names.map((n, i) => n.includes(STEPS[STEP_IDS[i]].name[lang!]))).toEqual(STEP_IDS.map(() => true));

    await (await inCoach(page, `[data-savy-hint][data-rule="${target.ruleId}"] [data-savy-apply]`))!.click();
    await until(
      () => editorText(page),
      (t) => t.includes(rewritten),
      'the rewrite in the editor',
    );
    await until(
      () => badgeCount(page),
      (n) => n === String(after.hints.length),
      'the hint count after the rewrite',
    );

    await page.bringToFront();
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await until(
      () => editorText(page),
      (t) => t.includes(DRAFT),
      'the draft back after undo',
    );
    await until(
      () => badgeCount(page),
      (n) => n === String(before.hints.length),
      'the hint count after undo',
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
