/**
 * End-to-end harness: a local server for the fixture pages, Debian's Chromium with the BUILT extension, and the
 * managed policy that makes 127.0.0.1 a Sävy site (the real administrator path, docs/contract.md §4).
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
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
  const server = createServer(await fixtureHandler());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * The fixture pages over https, for a built-in site's address (`https://app.hubspot.com/…`): a self-signed
 * certificate made with openssl for this run, and the Chromium switches that send the host name here and accept
 * the certificate. The built-in sites are declared in the manifest, so only an https page on one of them shows
 * what happens to them.
 */
export async function startHttpsServer(host = 'app.hubspot.com'): Promise<{ server: Server; origin: string; args: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'savy-tls-'));
  const openssl = spawnSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    `/CN=${host}`,
    '-addext',
    `subjectAltName=DNS:${host}`,
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'cert.pem'),
  ]);
  if (openssl.status !== 0) throw new Error(`openssl could not make a test certificate: ${openssl.stderr?.toString() ?? openssl.error}`);
  const server = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, await fixtureHandler());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { server, origin: `https://${host}`, args: [`--host-resolver-rules=MAP ${host} 127.0.0.1:${port}`, '--ignore-certificate-errors'] };
}

async function fixtureHandler(): Promise<(req: IncomingMessage, res: ServerResponse) => void> {
  const build = mkdtempSync(join(tmpdir(), 'savy-fixtures-'));
  await buildFixtureScripts(build);
  const mounts: Record<string, string> = {
    '/build/': build,
    '/tinymce/': resolve('node_modules/tinymce'),
    '/quill/': resolve('node_modules/quill/dist'),
    '/ckeditor5/': resolve('node_modules/ckeditor5/dist/browser'),
  };
  return (req, res) => {
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
  };
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
  const launched = await launchChromium({ extension: withExtension ? 'load' : 'none' });
  return launched;
}

export interface LaunchOptions {
  /** A profile folder to start again (default: a new one). */
  profile?: string;
  /**
   * `load`: the built extension loaded at start (--load-extension); `none`: no extension; `later`: none at start,
   * but installable while the browser runs with `installExtension(context)` (as an administrator's force-install or
   * the store installs it into a browser with tabs already open); `policy`: only what the managed policy installs
   * (ExtensionInstallForcelist), with the browser's extension updater free to fetch it.
   */
  extension?: 'load' | 'none' | 'later' | 'policy';
  /**
   * Chrome's developer mode on in a new profile, as for a person who loads an unpacked build: without it, Chromium
   * disables a command-line extension that reloads itself (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION).
   */
  developerMode?: boolean;
  /** More switches (startHttpsServer's). */
  args?: string[];
}

const BASE_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Chromium with a persistent profile; the extension's service worker when it was loaded at start. */
export async function launchChromium(options: LaunchOptions = {}): Promise<{ context: BrowserContext; worker: Worker | null; profile: string }> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'savy-profile-'));
  if (options.developerMode && !options.profile) {
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  const extension = options.extension ?? 'load';
  // The extension updater is background networking: a policy install needs it.
  const args = extension === 'policy' ? BASE_ARGS.filter((a) => a !== '--disable-background-networking') : [...BASE_ARGS];
  if (extension === 'load') args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  // CDP's Extensions.loadUnpacked needs this switch, and Playwright's default --disable-extensions gone.
  if (extension === 'later') args.push('--enable-unsafe-extension-debugging');
  args.push(...(options.args ?? []));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ignoreDefaultArgs:
      extension === 'later'
        ? ['--disable-extensions']
        : extension === 'policy'
          ? ['--disable-extensions', '--disable-background-networking']
          : undefined,
  });
  if (extension !== 'load') return { context, worker: null, profile };
  const worker = await extensionWorker(context);
  return { context, worker, profile };
}

/**
 * Chromium started the way a person's browser starts, with the built extension: tabs from its command line
 * (`urls`), or the last session restored (`restore`), loading while the extension itself starts. Playwright
 * refuses addresses among its own launch arguments, so the browser is started here and Playwright connects to it.
 * `close()` shuts the browser down as a person would (the session is saved for the next start).
 */
export async function startChromium(options: { profile?: string; urls?: string[]; restore?: boolean }): Promise<{
  context: BrowserContext;
  worker: Worker;
  profile: string;
  close: () => Promise<void>;
}> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'savy-profile-'));
  const portFile = join(profile, 'DevToolsActivePort');
  rmSync(portFile, { force: true });
  const args = [
    ...BASE_ARGS,
    '--headless',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    ...(options.restore ? ['--restore-last-session'] : []),
    ...(options.urls ?? []),
  ];
  const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const until = Date.now() + 30_000;
  while (!existsSync(portFile) || !readFileSync(portFile, 'utf8').includes('\n')) {
    if (Date.now() > until || child.exitCode !== null) {
      child.kill();
      throw new Error(
        `Chromium did not open its debugging port (exit ${child.exitCode}): ${stderr
          .split('\n')
          .filter((l) => !l.includes('dbus'))
          .join('\n')}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const port = readFileSync(portFile, 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  const close = async () => {
    const session = await browser.newBrowserCDPSession();
    await session.send('Browser.close').catch(() => undefined);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  try {
    return { context, worker: await extensionWorker(context), profile, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Installs the built extension into a running browser started with `extension: 'later'`; its service worker. */
export async function installExtension(context: BrowserContext, dir = EXTENSION_DIR): Promise<Worker> {
  const session = await context.browser()!.newBrowserCDPSession();
  const { id } = (await session.send('Extensions.loadUnpacked' as never, { path: dir } as never)) as { id: string };
  if (id !== EXTENSION_ID) throw new Error(`installed ${dir} as ${id}, expected ${EXTENSION_ID}`);
  await session.detach();
  return extensionWorker(context);
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
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
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(): Promise<unknown> }; session?: { get(): Promise<unknown> } } } })
      .chrome;
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
