/**
 * End-to-end harness: a local server for the fixture pages, Debian's Chromium with the BUILT extension, and the
 * managed policy that makes 127.0.0.1 a Sävy site (the real administrator path, CONTRACT.md §4).
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { buildFixtureScripts, FIXTURES } from './fixtures';

/** Pinned by the manifest `key` (wxt.config.ts). */
export const EXTENSION_ID = 'ehnbeiaogmkkbopebljnlijgjcapbhgg';
export const EXTENSION_DIR = resolve(process.env.SAVY_EXTENSION_DIR ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.SAVY_CHROMIUM ?? '/usr/bin/chromium';
export const POLICY_DIR = '/etc/chromium/policies/managed';
export const POLICY_FILE = join(POLICY_DIR, 'savy-test.json');
export const TEST_SITES = ['http://127.0.0.1/*'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export async function startServer(): Promise<{ server: Server; origin: string }> {
  const build = mkdtempSync(join(tmpdir(), 'savy-fixtures-'));
  await buildFixtureScripts(build);
  const mounts: Record<string, string> = {
    '/build/': build,
    '/tinymce/': resolve('node_modules/tinymce'),
    '/quill/': resolve('node_modules/quill/dist'),
    '/ckeditor5/': resolve('node_modules/ckeditor5/dist/browser'),
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const fixture = FIXTURES.find((f) => path === `/${f.name}.html`);
    if (fixture) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(fixture.html);
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (path === '/bench.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(benchPage);
      return;
    }
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (file.startsWith(dir) && existsSync(file)) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let benchPage = '';
export function setBenchPage(html: string): void {
  benchPage = html;
}

/** Writes the managed policy (tests run as root); returns its removal. */
export function writePolicy(sites: string[] = TEST_SITES): () => void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: { sites } } } }));
  return () => rmSync(POLICY_FILE, { force: true });
}

export async function launch(withExtension = true): Promise<{ context: BrowserContext; worker: Worker | null; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'savy-profile-'));
  const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args });
  if (!withExtension) return { context, worker: null, profile };
  const worker = await extensionWorker(context);
  return { context, worker, profile };
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const until = Date.now() + 30_000;
  for (;;) {
    const w = context.serviceWorkers().find((sw) => sw.url().startsWith(`chrome-extension://${EXTENSION_ID}/`));
    if (w) return w;
    if (Date.now() > until) throw new Error(`the extension's service worker did not start (${EXTENSION_DIR})`);
    await Promise.race([context.waitForEvent('serviceworker', { timeout: 1000 }).catch(() => undefined)]);
  }
}

/** Waits until the background has registered the content script for the policy's sites. */
export async function waitForRegistration(worker: Worker, pattern = TEST_SITES[0], timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const matches = await worker.evaluate(async () => {
      type Registered = { matches?: string[] };
      const c = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Registered[]> } } }).chrome;
      const scripts = await c.scripting.getRegisteredContentScripts();
      return scripts.flatMap((s) => s.matches ?? []);
    });
    if (matches.includes(pattern)) return;
    if (Date.now() > until) throw new Error(`content script not registered for ${pattern}; registered: ${JSON.stringify(matches)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Everything Sävy keeps, as JSON text: every IndexedDB database of the extension origin (with its records) and
 * chrome.storage.local/session. Run it on one of the extension's own pages.
 */
export function dumpExtensionStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const read = (name: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [...db.objectStoreNames];
          if (stores.length === 0) return resolve([]);
          const tx = db.transaction(stores, 'readonly');
          const out: unknown[] = [];
          for (const s of stores) tx.objectStore(s).getAll().onsuccess = (e) => out.push(...((e.target as IDBRequest).result as unknown[]));
          tx.oncomplete = () => (db.close(), resolve(out));
        };
      });
    const all: unknown[] = [];
    for (const d of await indexedDB.databases()) if (d.name) all.push(d.name, ...(await read(d.name)));
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(): Promise<unknown> }; session?: { get(): Promise<unknown> } } } }).chrome;
    all.push(await c.storage.local.get(), await c.storage.session?.get().catch(() => null));
    return JSON.stringify(all);
  });
}

/**
 * The usual start of an end-to-end suite: the test origin made a Sävy site through the real policy file, and
 * Chromium with the built extension, its content script already registered there. `close` undoes all three.
 */
export async function openPolicySite(): Promise<{ context: BrowserContext; worker: Worker; origin: string; close: () => Promise<void> }> {
  const { server, origin } = await startServer();
  const removePolicy = writePolicy();
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close();
    server.close();
    removePolicy();
  };
  try {
    const launched = await launch();
    context = launched.context;
    await waitForRegistration(launched.worker!);
    return { context, worker: launched.worker!, origin, close };
  } catch (e) {
    await close();
    throw e;
  }
}
