/**
 * Team ruleset end to end: a real policy file in /etc/chromium/policies/managed/ (sites, rulesetUrl,
 * rulesetPublicKey), a signed ruleset served over http://127.0.0.1, the built extension in Chromium. The
 * ruleset arrives, is verified with WebCrypto in the service worker, shows in the options page, reaches the
 * editor; a later broken ruleset changes nothing for the writer and the options page says why.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalBytes, signedBytes } from '../../lib/team/signature';
import { DRAFT } from './fixtures';
import { EXTENSION_ID, launch, POLICY_DIR, POLICY_FILE, startServer, TEST_SITES, waitForRegistration } from './harness';

const EXAMPLE = JSON.parse(readFileSync('docs/examples/palkkapalvelut.json', 'utf8'));
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const PUBLIC_KEY = Buffer.from(publicKey.export({ format: 'der', type: 'spki' }).subarray(-32)).toString('base64');
/** A signed ruleset file (format 2, docs/team-rulesets.md), made with node:crypto: independent of lib/team/signature.ts. */
const signed = (ruleset: unknown, issuedAt = new Date().toISOString()) =>
  JSON.stringify({
    ruleset,
    signature: { algorithm: 'Ed25519', format: 2, issuedAt, value: sign(null, signedBytes(ruleset, issuedAt), privateKey).toString('base64') },
  });

let body = signed(EXAMPLE);
let status = 200;
/** While set, the ruleset server never answers (the requests are held, as an unreachable intranet host holds them). */
let hang = false;
const held: import('node:http').ServerResponse[] = [];
let gaveUp = 0;
let rulesetServer: Server;
let rulesetOrigin: string;
let pages: Server;
let origin: string;
let context: BrowserContext;
let worker: Worker;
let previousPolicy: string | null = null;
let fetches = 0;

beforeAll(async () => {
  rulesetServer = createServer((_req, res) => {
    fetches++;
    if (hang) {
      held.push(res);
      res.on('close', () => gaveUp++); // the extension gave up waiting (its fetch timeout)
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(status === 200 ? body : 'error');
  });
  await new Promise<void>((r) => rulesetServer.listen(0, '127.0.0.1', r));
  rulesetOrigin = `http://127.0.0.1:${(rulesetServer.address() as AddressInfo).port}`;
  ({ server: pages, origin } = await startServer());
  mkdirSync(POLICY_DIR, { recursive: true });
  previousPolicy = existsSync(POLICY_FILE) ? readFileSync(POLICY_FILE, 'utf8') : null;
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({
      '3rdparty': {
        extensions: {
          [EXTENSION_ID]: {
            sites: TEST_SITES,
            rulesetUrl: `${rulesetOrigin}/palkkapalvelut.json`,
            rulesetPublicKey: PUBLIC_KEY,
            rulesetRefreshMinutes: 60,
          },
        },
      },
    }),
  );
  const launched = await launch();
  context = launched.context;
  worker = launched.worker!;
  await waitForRegistration(worker);
});

afterAll(async () => {
  for (const res of held) res.destroy();
  await context?.close();
  rulesetServer?.close();
  pages?.close();
  if (previousPolicy === null) rmSync(POLICY_FILE, { force: true });
  else writeFileSync(POLICY_FILE, previousPolicy);
});

type Active = { team: { id: string; version: string } | null; updatedAt: number } | undefined;
const active = () =>
  worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await c.storage.local.get('savyActiveRuleset')).savyActiveRuleset;
  }) as Promise<Active>;

async function options(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  await page.locator('[data-field="source"]').waitFor();
  return page;
}

describe('team ruleset by policy', () => {
  it('fetches the signed ruleset named by policy, verifies it and puts it in force', async () => {
    await expect.poll(async () => (await active())?.team?.id, { timeout: 20_000 }).toBe('esimerkki.palkkapalvelut');
    expect(fetches).toBeGreaterThanOrEqual(1);
    const page = await options();
    expect(await page.locator('[data-field="source"]').textContent()).toBe('Administrator policy');
    expect(await page.locator('[data-field="in-use"]').textContent()).toMatch(
      /“Palkkapalvelut – äänensävyn työkirja” 1\.0\.0 \(9 rules\), signature verified/,
    );
    expect(await page.locator('[data-field="ok"]').count()).toBe(1);
    expect(await page.locator('[data-field="by-policy"]').textContent()).toContain(`${rulesetOrigin}/palkkapalvelut.json`);
    await page.close();
  });

  /** Writes a draft in a policy site's editor; resolves with how many hints of the team rule "korjausajo" it shows. */
  async function teamHintsInEditor(): Promise<number> {
    const page = await context.newPage();
    await page.goto(`${origin}/textarea.html`);
    await page.locator('#editor').fill('Hei Maija, summa maksetaan korjausajossa.');
    await page.locator('#editor').click();
    const badge = page.locator('savy-coach [data-savy-badge]');
    await badge.waitFor();
    await badge.click();
    const hint = page.locator('savy-coach [data-savy-hint][data-rule="palkka.ammattikieli.korjausajo"]');
    await hint
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    const n = await hint.count();
    await page.close();
    return n;
  }

  it('a team rule hints in an editor on a policy site', async () => {
    expect(await teamHintsInEditor()).toBe(1);
  });

  it('a later tampered, broken or unreachable ruleset changes nothing for the writer, and the options page says why', async () => {
    const before = await active();
    const page = await options();
    const check = async () => {
      const n = fetches;
      await page.getByRole('button', { name: 'Check now' }).click();
      await expect.poll(() => fetches).toBeGreaterThan(n);
      await page.locator('[data-field="error"]').waitFor();
    };

    const tampered = JSON.parse(signed({ ...EXAMPLE, version: '2.0.0' }));
    tampered.ruleset.rules[0].message.fi = 'Muutettu allekirjoituksen jälkeen.';
    body = JSON.stringify(tampered);
    await check();
    await expect
      .poll(() => page.locator('[data-field="error"]').textContent())
      .toMatch(/signature does not match.*“Palkkapalvelut – äänensävyn työkirja” 1\.0\.0 stays in use/);

    const broken = structuredClone(EXAMPLE);
    broken.version = '3.0.0';
    broken.rules[0].examples.noMatch = ['Palkkakausi vaihtuu.'];
    body = signed(broken);
    await page.reload();
    await check();
    await expect
      .poll(() => page.locator('[data-field="error"]').textContent())
      .toMatch(/examples fails?, the first: rule “palkka\.ammattikieli\.palkkakausi”/);

    status = 500;
    await page.reload();
    await check();
    await expect.poll(() => page.locator('[data-field="error"]').textContent()).toMatch(/HTTP 500/);
    expect(await page.locator('[data-field="in-use"]').textContent()).toMatch(/1\.0\.0/);

    const after = await active();
    expect(after).toEqual(before);
    await page.close();
    expect(await teamHintsInEditor()).toBe(1);
  });

  it('a server that never answers, and a ruleset signed in the old format: the writer is coached meanwhile, and the options page says why', async () => {
    status = 200;
    const page = await options();
    const n = fetches;
    hang = true;
    await page.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => fetches).toBeGreaterThan(n);
    // The check waits for the server (up to its timeout); the coach does not: bundled rules and the last good team ruleset.
    const editor = await context.newPage();
    await editor.goto(`${origin}/textarea.html`);
    await editor.locator('#editor').fill(`${DRAFT} Summa maksetaan korjausajossa.`);
    await editor.locator('#editor').click();
    await editor.locator('savy-coach [data-savy-badge]').click();
    await editor.locator('savy-coach [data-savy-hint][data-rule="palkka.ammattikieli.korjausajo"]').waitFor();
    expect(await editor.locator('savy-coach [data-savy-hint][data-rule^="fi."]').count()).toBeGreaterThan(0);
    expect(held.length).toBeGreaterThan(0);
    expect(gaveUp).toBe(0); // the hints came while the check was still waiting for the server
    await editor.close();
    hang = false;
    await expect
      .poll(() => page.locator('[data-field="error"]').textContent(), { timeout: 30_000 })
      .toMatch(/did not answer in time \(no answer within 15 s\)/);

    // Signed in format 1 (no issue time): refused, and the writer keeps the bundled and the last good team rules.
    const value = sign(null, canonicalBytes({ ...EXAMPLE, version: '4.0.0' }), privateKey).toString('base64');
    body = JSON.stringify({ ruleset: { ...EXAMPLE, version: '4.0.0' }, signature: { algorithm: 'Ed25519', value } });
    await page.reload();
    const m = fetches;
    await page.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => fetches).toBeGreaterThan(m);
    await expect.poll(() => page.locator('[data-field="error"]').textContent()).toMatch(/signed in Sävy's old format/);
    expect(await page.locator('[data-field="in-use"]').textContent()).toMatch(/1\.0\.0/);
    await page.close();
    expect(await teamHintsInEditor()).toBe(1);
  }, 60_000);
});
