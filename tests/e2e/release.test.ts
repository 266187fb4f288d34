/**
 * `npm run release` end to end: the packages it writes install by policy and coach, as an IT department deploys them.
 *
 * - Chromium on Linux force-installs the signed CRX from its update manifest on 127.0.0.1
 *   (ExtensionInstallForcelist "<id>;<update.xml address>"), the same path as an intranet update server, and the
 *   installed extension coaches a site from its `sites` policy.
 * - Firefox ESR force-installs the Firefox package by policies.json ExtensionSettings (install_url); Mozilla's
 *   signature is switched off for the test (xpinstall.signatures.required, which ESR honours), since signing needs
 *   addons.mozilla.org.
 * - The store zip has no manifest key; the sources zip builds the same Firefox add-on.
 */
import type { Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionIdFromKey, type ReleaseSummary } from '../../scripts/release';
import { FIREFOX, launchFirefox, openPage, until, writeFirefoxPolicy } from '../firefox/harness';
import { launchChromium, POLICY_DIR, startServer } from './harness';

const SLOW = 600_000; // a whole release build (two browsers) on a machine that may be busy
const work = mkdtempSync(join(tmpdir(), 'savy-release-e2e-'));
const out = join(work, 'release');
const keyPair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const CRX_ID = extensionIdFromKey(keyPair.publicKey);
const POLICY = join(POLICY_DIR, 'savy-release-test.json');

let updates: Server;
let updateOrigin: string;
let pages: Server;
let origin: string;
let summary: ReleaseSummary;
const requests: string[] = [];

beforeAll(async () => {
  // The update server: update.xml and the CRX, as an intranet web server would serve them.
  updates = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const file = join(out, path.slice(1));
    if (path.includes('..') || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': path.endsWith('.xml') ? 'text/xml' : 'application/x-chrome-extension' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => updates.listen(0, '127.0.0.1', r));
  updateOrigin = `http://127.0.0.1:${(updates.address() as AddressInfo).port}`;
  ({ server: pages, origin } = await startServer());

  // The key lives outside the repository and reaches the release through the environment.
  const keyFile = join(work, 'savy-crx.pem');
  writeFileSync(keyFile, keyPair.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  // As a person runs it (`npm run release`), in an environment without the test runner's NODE_ENV=test.
  const made = spawnSync('npx', ['tsx', 'scripts/release.ts', '--out', out], {
    encoding: 'utf8',
    env: { ...cleanEnv(), SAVY_CRX_KEY_FILE: keyFile, SAVY_UPDATE_URL: `${updateOrigin}/update.xml` },
  });
  if (made.status !== 0) throw new Error(`npm run release failed (${made.status}): ${made.stderr}`);
  summary = JSON.parse(readFileSync(join(out, 'release.json'), 'utf8'));
}, SLOW);

afterAll(() => {
  updates?.close();
  pages?.close();
  rmSync(POLICY, { force: true });
  rmSync(work, { recursive: true, force: true });
});

/** This process's environment without what the test runner adds (NODE_ENV=test, VITEST…). */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST') && k !== 'TEST'));
}

const unzip = async (file: string) => JSZip.loadAsync(readFileSync(file));
const manifestOf = async (zip: JSZip) => JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown>;

async function coached(page: Page): Promise<void> {
  await page.locator('#editor').click();
  const badge = page.locator('savy-coach [data-savy-badge][data-count]');
  await badge.waitFor({ timeout: 60_000 });
  await expect.poll(async () => Number(await badge.getAttribute('data-count')), { timeout: 30_000 }).toBeGreaterThan(0);
}

describe('npm run release', () => {
  it(
    'writes the store zip without a manifest key, the CRX with its update manifest, the Firefox package and its sources',
    async () => {
      const v = summary.version;
      const store = await unzip(summary.chrome.storeZip);
      const storeManifest = await manifestOf(store);
      expect(storeManifest.key).toBeUndefined();
      expect(storeManifest.update_url).toBeUndefined();
      expect(store.file('content-scripts/coach.js')).toBeTruthy();
      expect(store.file('_locales/fi/messages.json')).toBeTruthy();

      expect('id' in summary.crx && summary.crx.id).toBe(CRX_ID);
      const xml = readFileSync(join(out, 'update.xml'), 'utf8');
      expect(xml).toContain(`appid="${CRX_ID}"`);
      expect(xml).toContain(`codebase="${updateOrigin}/savy-${v}.crx"`);
      expect(xml).toContain(`version="${v}"`);
      expect(
        readFileSync(join(out, `savy-${v}.crx`))
          .subarray(0, 4)
          .toString('latin1'),
      ).toBe('Cr24');

      const firefox = await manifestOf(await unzip(summary.firefox.zip));
      expect((firefox.browser_specific_settings as { gecko: { id: string } }).gecko.id).toBe('savy@savy.invalid');
      expect(firefox.manifest_version).toBe(2);

      const sources = Object.keys((await unzip(summary.firefox.sources)).files);
      for (const f of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'entrypoints/coach.content/index.tsx', 'lib/index.ts'])
        expect(sources).toContain(f);
      expect(sources.filter((f) => /node_modules|\.pem$|\.crx$|^\.output|^tests\//.test(f))).toEqual([]);

      const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8');
      for (const f of [`savy-${v}-chrome.zip`, `savy-${v}.crx`, 'update.xml', `savy-${v}-firefox.zip`, `savy-${v}-sources.zip`])
        expect(sums).toContain(`  ${f}\n`);
    },
    SLOW,
  );

  it(
    'Chromium force-installs the CRX by policy from the update manifest on 127.0.0.1, and it coaches',
    async () => {
      mkdirSync(POLICY_DIR, { recursive: true });
      writeFileSync(
        POLICY,
        JSON.stringify({
          ExtensionInstallForcelist: [`${CRX_ID};${updateOrigin}/update.xml`],
          '3rdparty': { extensions: { [CRX_ID]: { sites: ['http://127.0.0.1/*'] } } },
        }),
      );
      const { context } = await launchChromium({ extension: 'policy' });
      try {
        // The browser asked the update server, then fetched the CRX it names.
        await expect.poll(() => requests.includes(`/savy-${summary.version}.crx`), { timeout: 60_000 }).toBe(true);
        expect(requests).toContain('/update.xml');
        const internals = await context.newPage();
        await expect
          .poll(
            async () => {
              await internals.goto('chrome://extensions-internals');
              const all = JSON.parse(await internals.evaluate(() => document.body.innerText)) as Array<{
                id: string;
                location: string;
                disable_reasons: string[];
              }>;
              const savy = all.find((e) => e.id === CRX_ID);
              return savy ? `${savy.location} ${savy.disable_reasons.join(',')}`.trim() : 'not installed';
            },
            { timeout: 60_000 },
          )
          .toBe('EXTERNAL_POLICY_DOWNLOAD');
        const page = await context.newPage();
        await page.goto(`${origin}/textarea.html`);
        await coached(page);
      } finally {
        await context.close();
        rmSync(POLICY, { force: true });
      }
    },
    SLOW,
  );

  it(
    'Firefox force-installs the Firefox package by policies.json ExtensionSettings, and it coaches',
    async () => {
      expect(existsSync(FIREFOX), `Firefox ESR at ${FIREFOX} (apt-get install -y firefox-esr)`).toBe(true);
      const removePolicy = writeFirefoxPolicy(
        { sites: ['http://127.0.0.1/*'] },
        {
          ExtensionSettings: { [summary.firefox.id]: { installation_mode: 'force_installed', install_url: pathToFileURL(summary.firefox.zip).href } },
        },
      );
      const { browser, close } = await launchFirefox(null, { 'xpinstall.signatures.required': false });
      try {
        const page = await openPage(browser, `${origin}/textarea.html`);
        // Installed at start, while this page may already be loading: the coach arrives in it without a reload.
        const count = await until(
          async () => {
            await page.click('#editor');
            return page.evaluate(
              () =>
                document.querySelector('savy-coach')?.shadowRoot?.querySelector('[data-savy-badge][data-count]')?.getAttribute('data-count') ?? null,
            );
          },
          (n) => Number(n) > 0,
          'the coach in Firefox',
          90_000,
        );
        expect(Number(count)).toBeGreaterThan(0);
      } finally {
        await close();
        removePolicy();
      }
    },
    SLOW,
  );

  it(
    'the sources zip builds the same Firefox add-on (what Mozilla’s reviewers do)',
    async () => {
      const src = join(work, 'sources');
      const zip = await unzip(summary.firefox.sources);
      for (const [name, entry] of Object.entries(zip.files)) {
        if (entry.dir) continue;
        const file = join(src, name);
        mkdirSync(join(file, '..'), { recursive: true });
        writeFileSync(file, await entry.async('nodebuffer'));
      }
      symlinkSync(resolve('node_modules'), join(src, 'node_modules'), 'dir'); // `npm ci` in the review; the same packages
      const built = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: src, encoding: 'utf8', env: cleanEnv() });
      expect(built.status, built.stderr).toBe(0);
      const packaged = await unzip(summary.firefox.zip);
      const names = Object.keys(packaged.files)
        .filter((n) => !packaged.files[n].dir)
        .sort();
      for (const name of names) {
        const rebuilt = readFileSync(join(src, '.output', 'firefox-mv2', name));
        expect(Buffer.compare(rebuilt, await packaged.file(name)!.async('nodebuffer')), name).toBe(0);
      }
    },
    SLOW,
  );
});
