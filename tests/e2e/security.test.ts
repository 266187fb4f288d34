/**
 * Issue 10, end to end: the attacks of an adversarial review, against the BUILT extension in Chromium with a
 * real policy file in /etc/chromium/policies/managed/ (run under `scripts/isolated.sh` when runs may overlap) and a local ruleset server.
 * Each scenario launches its own browser with its own policy: a policy is read when the browser starts.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signedBytes } from '../../lib/team/signature';
import {
  CHROMIUM,
  dumpExtensionStorage,
  EXTENSION_DIR,
  EXTENSION_ID,
  launch,
  POLICY_DIR,
  POLICY_FILE,
  startServer,
  TEST_SITES,
  waitForRegistration,
} from './harness';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const PUBLIC_KEY = Buffer.from(publicKey.export({ format: 'der', type: 'spki' }).subarray(-32)).toString('base64');
/** A signed ruleset file (format 2, docs/team-rulesets.md), made with node:crypto: independent of lib/team/signature.ts. */
const signed = (ruleset: unknown, issuedAt = new Date().toISOString()) =>
  JSON.stringify({
    ruleset,
    signature: { algorithm: 'Ed25519', format: 2, issuedAt, value: sign(null, signedBytes(ruleset, issuedAt), privateKey).toString('base64') },
  });

/** What the ruleset server answers, by path; requests are counted by path. */
const routes = new Map<string, { status?: number; body: string; headers?: Record<string, string> }>();
const requests = new Map<string, number>();
let rulesetServer: Server;
let rulesetOrigin: string;
let pages: Server;
let origin: string;
let previousPolicy: string | null = null;

beforeAll(async () => {
  rulesetServer = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(route.status ?? 200, { 'content-type': 'application/json', ...route.headers });
    res.end(route.body);
  });
  await new Promise<void>((r) => rulesetServer.listen(0, '127.0.0.1', r));
  rulesetOrigin = `http://127.0.0.1:${(rulesetServer.address() as AddressInfo).port}`;
  ({ server: pages, origin } = await startServer());
  mkdirSync(POLICY_DIR, { recursive: true });
  previousPolicy = existsSync(POLICY_FILE) ? readFileSync(POLICY_FILE, 'utf8') : null;
});

afterAll(async () => {
  rulesetServer?.close();
  pages?.close();
  if (previousPolicy === null) rmSync(POLICY_FILE, { force: true });
  else writeFileSync(POLICY_FILE, previousPolicy);
});

let open: { context: BrowserContext; worker: Worker } | null = null;

afterEach(async () => {
  await open?.context.close();
  open = null;
});

/** Chromium with the built extension under this policy (sites: the test pages, plus `extra`). */
async function browserWithPolicy(extra: Record<string, unknown>): Promise<{ context: BrowserContext; worker: Worker }> {
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: { sites: TEST_SITES, ...extra } } } }));
  const launched = await launch();
  open = { context: launched.context, worker: launched.worker! };
  await waitForRegistration(open.worker);
  return open;
}

async function optionsPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  await page.locator('[data-field="source"]').waitFor();
  return page;
}

const teamState = (worker: Worker) =>
  worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await c.storage.local.get('savyTeamRuleset')).savyTeamRuleset as
      | { good: { ruleset: { id: string; version: string } } | null; lastError: { code: string; detail: string } | null; lastChecked: number | null }
      | undefined;
  });

const nestedCue = readFileSync('tests/fixtures/nested-cue-ruleset.json', 'utf8');

describe('1. a ruleset that would freeze every writer', () => {
  it('is refused with a clear message, and the writer types "kiitos" in a page that keeps answering', async () => {
    routes.set('/nested.json', { body: signed(JSON.parse(nestedCue)) });
    const { context, worker } = await browserWithPolicy({ rulesetUrl: `${rulesetOrigin}/nested.json`, rulesetPublicKey: PUBLIC_KEY });
    await expect.poll(async () => (await teamState(worker))?.lastError?.code, { timeout: 20_000 }).toBe('invalid');
    expect((await teamState(worker))?.good).toBeNull();
    const options = await optionsPage(context);
    await expect
      .poll(() => options.locator('[data-field="error"]').textContent())
      .toMatch(/“\[\[kiitos\]\].*takes too much work \(more than 20,000 steps at each word\) and could freeze a writer’s browser.*built-in rules/);
    await options.close();

    const page = await context.newPage();
    await page.goto(`${origin}/textarea.html`);
    await page.locator('#editor').fill('');
    await page.locator('#editor').click();
    await page.keyboard.type('Kiitos kiitos kiitos kiitos kiitos. Olisit lukenut ohjeet!!');
    const badge = page.locator('savy-coach [data-savy-badge]');
    await expect.poll(async () => Number(await badge.getAttribute('data-count')), { timeout: 15_000 }).toBeGreaterThan(0);
    // The page still answers its own scripts at once.
    expect(await page.evaluate(() => document.querySelector('textarea')!.value.length)).toBeGreaterThan(30);
    await page.close();
  });
});

describe('2. rollback and substitution', () => {
  it("with signed 2.0.0 in force, an older signed 1.0.0 and another team's ruleset signed with the same key are refused", async () => {
    const example = JSON.parse(readFileSync('docs/examples/palkkapalvelut.json', 'utf8'));
    const ago = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();
    const v1 = signed(example, ago(48));
    const other = signed({ ...example, id: 'toinen.tiimi', name: 'Toinen tiimi', version: '7.0.0' });
    routes.set('/team.json', { body: signed({ ...example, version: '2.0.0' }, ago(1)) });
    const { context, worker } = await browserWithPolicy({ rulesetUrl: `${rulesetOrigin}/team.json`, rulesetPublicKey: PUBLIC_KEY });
    await expect.poll(async () => (await teamState(worker))?.good?.ruleset.version, { timeout: 20_000 }).toBe('2.0.0');
    const options = await optionsPage(context);
    const checkNow = async (body: string) => {
      routes.set('/team.json', { body });
      const n = requests.get('/team.json') ?? 0;
      await options.getByRole('button', { name: 'Check now' }).click();
      await expect.poll(() => requests.get('/team.json') ?? 0).toBeGreaterThan(n);
      await options.locator('[data-field="error"]').waitFor();
    };
    await checkNow(v1);
    await expect
      .poll(() => options.locator('[data-field="error"]').textContent())
      .toMatch(/was not signed after the ruleset in use.*an older version is not put back in force.*2\.0\.0 stays in use/);
    expect((await teamState(worker))?.lastError?.code).toBe('rollback');
    await options.reload();
    await checkNow(other);
    await expect
      .poll(() => options.locator('[data-field="error"]').textContent())
      .toMatch(/is another ruleset .*"toinen\.tiimi".*2\.0\.0 stays in use/);
    expect((await teamState(worker))?.good?.ruleset).toMatchObject({ id: 'esimerkki.palkkapalvelut', version: '2.0.0' });
    await options.close();
  });
});

describe('3. an empty or blank rulesetPublicKey', () => {
  it('still requires a signature: an unsigned ruleset is refused and the options page says why', async () => {
    routes.set('/unsigned.json', { body: readFileSync('docs/examples/palkkapalvelut.json', 'utf8') });
    const { context, worker } = await browserWithPolicy({ rulesetUrl: `${rulesetOrigin}/unsigned.json`, rulesetPublicKey: '' });
    await expect.poll(async () => (await teamState(worker))?.lastError?.code, { timeout: 20_000 }).toBe('bad-key');
    expect((await teamState(worker))?.good).toBeNull();
    expect(requests.get('/unsigned.json') ?? 0).toBe(0);
    const options = await optionsPage(context);
    await expect.poll(() => options.locator('[data-field="error"]').textContent()).toMatch(/rulesetPublicKey is not an Ed25519 public key/);
    expect(await options.locator('[data-field="in-use"]').textContent()).not.toMatch(/Palkkapalvelut/);
    await options.close();
  });
});

describe('4. a host page acting as the writer', () => {
  it('clicks into the open shadow root and dispatches the shortcut: nothing is muted, dismissed, rewritten or opened', async () => {
    const { context, worker } = await browserWithPolicy({});
    const page = await context.newPage();
    await page.goto(`${origin}/textarea.html`);
    await page.locator('#editor').click();
    const badge = page.locator('savy-coach [data-savy-badge]');
    await expect.poll(async () => Number(await badge.getAttribute('data-count')), { timeout: 15_000 }).toBeGreaterThan(1);
    const count = await badge.getAttribute('data-count');
    const text = await page.locator('#editor').inputValue();

    // The page's own script (the main world): the shortcut, then the badge.
    await page.evaluate(() => {
      const root = document.querySelector('savy-coach')!.shadowRoot!;
      document
        .querySelector('#editor')!
        .dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyS', key: 'S', bubbles: true }));
      (root.querySelector('[data-savy-badge]') as HTMLElement).click();
    });
    expect(await page.locator('savy-coach [data-savy-panel]').count()).toBe(0);

    // The writer opens the panel; the page clicks every action in it.
    await badge.click();
    await page.locator('savy-coach [data-savy-panel]').waitFor();
    const clicked = await page.evaluate(() => {
      const root = document.querySelector('savy-coach')!.shadowRoot!;
      const buttons = [...root.querySelectorAll<HTMLElement>('[data-savy-apply], [data-savy-dismiss], [data-savy-mute], [data-savy-close]')];
      for (const b of buttons) b.click();
      return buttons.length;
    });
    expect(clicked).toBeGreaterThan(3);
    // Nothing to wait for when nothing happens: a short pause lets a regression show (a busy machine can only hide
    // one, never fail this test wrongly).
    await page.waitForTimeout(300);
    expect(await page.locator('#editor').inputValue()).toBe(text);
    expect(await badge.getAttribute('data-count')).toBe(count);
    expect(await page.locator('savy-coach [data-savy-panel]').count()).toBe(1);
    const muted = await worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await c.storage.local.get('mutedRules')).mutedRules ?? [];
    });
    expect(muted).toEqual([]);

    // The writer's own click still dismisses.
    await page.locator('savy-coach [data-savy-dismiss]').first().click();
    await expect.poll(() => badge.getAttribute('data-count')).toBe(String(Number(count) - 1));
    await page.close();
  });
});

/** The number of hint events in the extension's history (run on one of its pages). */
const storedEvents = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('savy-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('events')) return resolve(0);
          const count = db.transaction('events').objectStore('events').count();
          count.onsuccess = () => (db.close(), resolve(count.result));
        };
      }),
  );

describe('5. history flooded and locked', () => {
  // The page had 2 MB; 400 KB holds thousands of hints too and keeps this test short (the coach takes
  // seconds to read 2 MB on a busy machine). The content-script cap is tested with 2 MB in the unit tests.
  it('a page with a 400 KB textarea full of hints stores at most 200 "shown" events', async () => {
    const { context } = await browserWithPolicy({});
    const page = await context.newPage();
    await page.goto(`${origin}/textarea.html`);
    await page.evaluate(() => {
      const line = 'Olisit lukenut ohjeet. Pahoittelemme mahdollista haittaa. ';
      (document.querySelector('#editor') as HTMLTextAreaElement).value = line.repeat(Math.ceil(400_000 / line.length));
    });
    // Focus from the page (a click would wait for the coach's first reading of the text, seconds here).
    await page.evaluate(() => (document.querySelector('#editor') as HTMLTextAreaElement).focus());
    await expect
      .poll(async () => Number(await page.locator('savy-coach [data-savy-badge]').getAttribute('data-count')), { timeout: 60_000 })
      .toBeGreaterThan(1000);
    const progress = await context.newPage();
    await progress.goto(`chrome-extension://${EXTENSION_ID}/progress.html`);
    await expect.poll(() => storedEvents(progress), { timeout: 60_000 }).toBe(200);
    await page.close(); // pagehide: what the page still had is sent
    await progress.reload();
    await progress.waitForSelector('[data-progress-count]');
    expect(await storedEvents(progress)).toBe(200);
    await progress.close();
  }, 180_000);

  it('an import dated in the year 9999 and at MAX_SAFE_INTEGER: the page finishes, and Export, Import and Delete stay', async () => {
    const { context } = await browserWithPolicy({});
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`chrome-extension://${EXTENSION_ID}/progress.html`);
    await page.waitForSelector('[data-progress-count]');
    const base = {
      replyId: 'r',
      host: 'tuki.example.fi',
      lang: 'fi',
      ruleId: 'fi.blame.x',
      category: 'blame',
      action: 'shown',
      snippet: 'x',
      message: 'y',
    };
    const file = JSON.stringify({
      format: 'savy-history',
      schemaVersion: 2,
      exportedAt: new Date().toISOString(),
      events: [
        { ...base, id: 'far', at: Date.UTC(9999, 11, 31) },
        { ...base, id: 'max', at: Number.MAX_SAFE_INTEGER },
        { ...base, id: 'now', at: Date.now() - 3_600_000 },
      ],
      replies: [],
      practice: [],
    });
    await page.locator('#import-file').setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.waitForFunction(() => document.querySelector('[data-progress-count]')?.getAttribute('data-progress-count') === '3', undefined, {
      timeout: 15_000,
    });
    for (const name of ['Export (JSON)', 'Export the timeline (CSV)', 'Delete everything…']) {
      expect(await page.getByRole('button', { name }).count(), name).toBe(1);
    }
    expect(await page.locator('#import-file').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('6. redaction in every spelling', () => {
  it('a lower-case identity code and an IBAN with no-break spaces or hyphens are never stored raw', async () => {
    const { context } = await browserWithPolicy({});
    const page = await context.newPage();
    await page.goto(`${origin}/textarea.html`);
    await page.locator('#editor').fill('');
    await page.locator('#editor').click();
    await page.keyboard.insertText(
      'Olisit lukenut ohjeet, tunnus 131052-308t. Pahoittelemme mahdollista haittaa, tili fi91\u00A01234\u00A05600\u00A00007\u00A086. ' +
        'Olisit voinut maksaa tilille FI91-1234-5600-0007-86.',
    );
    await expect
      .poll(async () => Number(await page.locator('savy-coach [data-savy-badge]').getAttribute('data-count')), { timeout: 15_000 })
      .toBeGreaterThan(1);
    const progress = await context.newPage();
    await progress.goto(`chrome-extension://${EXTENSION_ID}/progress.html`);
    await page.close(); // pagehide: the reporter sends what it has
    await expect.poll(() => storedEvents(progress), { timeout: 20_000 }).toBeGreaterThan(1);
    const dump = await dumpExtensionStorage(progress);
    expect(dump).toMatch(/\[hetu\]/);
    expect(dump).toMatch(/\[iban\]/);
    expect(dump).not.toMatch(/308t|308T/);
    expect(dump).not.toMatch(/0007/);
    await progress.close();
  });
});

describe('7. the content-script world cannot forge what the background stored', () => {
  it("storage.local refuses Sävy's content script; the coach works by message, and a mute reaches another tab", async () => {
    const { context } = await browserWithPolicy({});
    const a = await context.newPage();
    await a.goto(`${origin}/textarea.html`);
    const cdp = await context.newCDPSession(a);
    const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof worlds)[number] }) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    await a.locator('#editor').click();
    const badgeA = a.locator('savy-coach [data-savy-badge]');
    await expect.poll(async () => Number(await badgeA.getAttribute('data-count')), { timeout: 15_000 }).toBeGreaterThan(1);

    // In the content script's own world (what code in a compromised renderer could run there).
    const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.name.startsWith('Sävy'));
    expect(world, JSON.stringify(worlds)).toBeTruthy();
    const run = async (expression: string) =>
      (await cdp.send('Runtime.evaluate', { contextId: world!.id, awaitPromise: true, expression })).result.value as string;
    expect(
      await run(`chrome.storage.local.set({ savyTeamRuleset: { version: 1, good: null } }).then(() => 'written', (e) => 'refused: ' + e.message)`),
    ).toMatch(/^refused: Access to storage is not allowed/);
    expect(await run(`chrome.storage.local.get(null).then(() => 'read', (e) => 'refused: ' + e.message)`)).toMatch(/^refused/);

    // A second tab with the same draft; the writer mutes a rule in the first.
    const b = await context.newPage();
    await b.goto(`${origin}/textarea.html`);
    await b.locator('#editor').click();
    const badgeB = b.locator('savy-coach [data-savy-badge]');
    await expect.poll(async () => Number(await badgeB.getAttribute('data-count')), { timeout: 15_000 }).toBeGreaterThan(1);
    const before = Number(await badgeB.getAttribute('data-count'));
    await a.bringToFront();
    await badgeA.click();
    await a.locator('savy-coach [data-savy-mute]').first().click();
    await expect.poll(async () => Number(await badgeB.getAttribute('data-count')), { timeout: 15_000 }).toBeLessThan(before);
    await a.close();
    await b.close();
  });
});

/** Hint events of one action in the extension's history (run on one of its pages). */
const storedActions = (page: Page, action: string) =>
  page.evaluate(
    (action) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('savy-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('events')) return resolve(0);
          const all = db.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => (db.close(), resolve((all.result as { action: string }[]).filter((e) => e.action === action).length));
        };
      }),
    action,
  );

describe('8. small losses and leaks', () => {
  it('a redirect is not followed when it cannot be checked first: the target gets no request', async () => {
    routes.set('/redirect.json', { status: 302, body: '', headers: { location: `${rulesetOrigin}/target.json` } });
    routes.set('/target.json', { body: readFileSync('docs/examples/palkkapalvelut.json', 'utf8') });
    const { context, worker } = await browserWithPolicy({ rulesetUrl: `${rulesetOrigin}/redirect.json` });
    await expect.poll(async () => (await teamState(worker))?.lastError?.code, { timeout: 20_000 }).toBe('redirect');
    expect(requests.get('/redirect.json')).toBeGreaterThanOrEqual(1);
    expect(requests.get('/target.json') ?? 0).toBe(0);
    const options = await optionsPage(context);
    await expect
      .poll(() => options.locator('[data-field="error"]').textContent())
      .toMatch(/redirects elsewhere .*does not follow a redirect it cannot check first/);
    await options.close();
  });

  /** Opens the practice-free test page, applies the first rewrite of the panel. */
  async function applyOne(context: BrowserContext, waitForChange = true): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${origin}/textarea.html`);
    await page.locator('#editor').click();
    const badge = page.locator('savy-coach [data-savy-badge]');
    await expect.poll(async () => Number(await badge.getAttribute('data-count')), { timeout: 15_000 }).toBeGreaterThan(1);
    await badge.click();
    const before = await page.locator('#editor').inputValue();
    await page.locator('savy-coach [data-savy-apply]').first().click();
    if (waitForChange) await expect.poll(() => page.locator('#editor').inputValue()).not.toBe(before);
    return page;
  }

  // That it is recorded before the frame that verifies it is shown by a unit test (history-no-loss, with a frame
  // that never comes); here: it reaches the history when the tab is closed right after the click.
  it('an applied rewrite is kept when the tab closes right after', async () => {
    const { context } = await browserWithPolicy({});
    const progress = await context.newPage();
    await progress.goto(`chrome-extension://${EXTENSION_ID}/progress.html`);
    const page = await applyOne(context, false);
    await page.close(); // at once: not a frame later
    await expect.poll(() => storedActions(progress, 'applied'), { timeout: 15_000 }).toBe(1);
  });

  // The history batches what it stores for FLUSH_DELAY_MS (2 s) but writes an applied rewrite at once: closing the
  // browser one second after the click (well inside the batch delay, with room for a loaded machine) keeps it.
  it("an applied rewrite is kept when the browser closes a second later, inside the history's 2 s batch delay", async () => {
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: { sites: TEST_SITES } } } }));
    const profile = mkdtempSync(join(tmpdir(), 'savy-profile-'));
    const args = [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ];
    const start = async () => {
      const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args });
      const worker = context.serviceWorkers().find((w) => w.url().includes(EXTENSION_ID)) ?? (await context.waitForEvent('serviceworker'));
      return { context, worker };
    };
    let { context, worker } = await start();
    await waitForRegistration(worker);
    await applyOne(context);
    await new Promise((r) => setTimeout(r, 1000));
    await context.close();
    ({ context, worker } = await start());
    open = { context, worker };
    const progress = await context.newPage();
    await progress.goto(`chrome-extension://${EXTENSION_ID}/progress.html`);
    expect(await storedActions(progress, 'applied')).toBe(1);
  });
});
