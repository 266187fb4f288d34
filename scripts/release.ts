/**
 * npm run release [-- --out DIR]: every package an organisation deploys Sävy from, in one folder
 * (default .output/release):
 *
 *   savy-<version>-chrome.zip       Chrome Web Store and Edge Add-ons upload. No manifest `key`: the stores refuse
 *                                   it, and give the item its id and signature themselves.
 *   savy-<version>.crx, update.xml  Self-hosted force-install (ExtensionInstallForcelist "<id>;<update url>"): a CRX3
 *                                   signed with the organisation's own key, and the update manifest that names it.
 *   savy-<version>-firefox.zip      The Firefox add-on, for addons.mozilla.org (listed, or unlisted for
 *                                   self-distribution: Mozilla signs it, then it installs by policy).
 *   savy-<version>-sources.zip      The sources Mozilla's review asks for (build: npm ci && npx wxt build -b firefox).
 *   SHA256SUMS, release.json        Checksums; versions, ids and addresses of this release.
 *
 * The CRX signing key never lives in the repository. It comes from the environment:
 *   SAVY_CRX_KEY_FILE   path to the RSA private key (PEM, PKCS#8 or PKCS#1), e.g. on a secrets volume, or
 *   SAVY_CRX_KEY        the PEM text itself (a CI secret);
 *   SAVY_UPDATE_URL     the https address where update.xml will be served; the CRX is served beside it.
 * Without them the CRX is skipped (and the summary says so). A key inside this repository is refused. Make a key
 * once with `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out savy-crx.pem` and keep it: the
 * extension id is derived from it, and every later version must be signed with the same key (docs/deploy.en.md).
 *
 * CRX3 packing: the `crx3` package (pure Node: zip, protobuf header, RSA-SHA256 signature, update manifest), so a
 * release needs no browser on the machine that makes it. Chromium's own `--pack-extension` would need a whole browser
 * and writes no update manifest; tests/e2e/release.test.ts has Chromium itself check the result (policy install).
 */
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import crx3 from 'crx3';

const ROOT = resolve(import.meta.dirname, '..');
/** Zip entries get this time, so the same build makes byte-identical packages. */
const ZIP_DATE = new Date('2000-01-01T00:00:00Z');

export class ReleaseError extends Error {}

/** The extension id Chrome derives from a public key: sha256 of its SubjectPublicKeyInfo, 32 letters a–p. */
export function extensionIdFromKey(publicKey: KeyObject): string {
  const hash = createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
  return [...hash.slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export interface SigningKey {
  key: KeyObject;
  /** Base64 SubjectPublicKeyInfo: the manifest `key` of the self-hosted package. */
  publicKey: string;
  id: string;
  source: string;
}

/** The CRX signing key from the environment (never from the repository); null when none is configured. */
export function signingKeyFromEnv(env: NodeJS.ProcessEnv = process.env, root = ROOT): SigningKey | null {
  const file = env.SAVY_CRX_KEY_FILE?.trim();
  const text = env.SAVY_CRX_KEY?.trim();
  if (file && text) throw new ReleaseError('Set SAVY_CRX_KEY_FILE or SAVY_CRX_KEY, not both.');
  let pem: string;
  let source: string;
  if (file) {
    const path = resolve(file);
    if (!existsSync(path))
      throw new ReleaseError(`SAVY_CRX_KEY_FILE: ${path} does not exist (no new key is made in its place: the extension id comes from the key).`);
    const rel = relative(realpathSync(root), realpathSync(path));
    if (!rel.startsWith('..') && !isAbsolute(rel)) {
      throw new ReleaseError(
        `SAVY_CRX_KEY_FILE: ${path} is inside the repository. Keep the signing key outside it (a secrets store, a protected folder) so it is never committed or shipped in the sources zip.`,
      );
    }
    pem = readFileSync(path, 'utf8');
    source = path;
  } else if (text) {
    pem = text.includes('\\n') && !text.includes('\n') ? text.replace(/\\n/g, '\n') : text;
    source = 'SAVY_CRX_KEY';
  } else return null;
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new ReleaseError(
      `${source} is not a PEM private key (make one with: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out savy-crx.pem).`,
    );
  }
  if (key.asymmetricKeyType !== 'rsa')
    throw new ReleaseError(`${source} is a ${key.asymmetricKeyType} key; a CRX is signed here with an RSA key (2048 bits or more).`);
  const pub = createPublicKey(key);
  return { key, publicKey: pub.export({ type: 'spki', format: 'der' }).toString('base64'), id: extensionIdFromKey(pub), source };
}

/** SAVY_UPDATE_URL: where update.xml will be served (https; http only on this machine, for tests). */
export function updateUrlFromEnv(env: NodeJS.ProcessEnv = process.env): URL | null {
  const raw = env.SAVY_UPDATE_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ReleaseError(`SAVY_UPDATE_URL is not an address: ${raw}`);
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new ReleaseError(`SAVY_UPDATE_URL must be https (http only for localhost or 127.0.0.1): ${raw}`);
  }
  if (!url.pathname.endsWith('.xml'))
    throw new ReleaseError(`SAVY_UPDATE_URL should name the update manifest itself, e.g. https://intra.example.fi/savy/update.xml: ${raw}`);
  return url;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** A zip of a build folder with the manifest as given (same bytes for the same input). */
async function zipFolder(dir: string, manifest: Record<string, unknown>, out: string): Promise<void> {
  const z = new JSZip();
  for (const f of filesUnder(dir)) {
    const body = f === 'manifest.json' ? `${JSON.stringify(manifest, null, 2)}\n` : readFileSync(join(dir, f));
    z.file(f, body, { date: ZIP_DATE, createFolders: false });
  }
  writeFileSync(out, await z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' }));
}

export interface ReleaseSummary {
  version: string;
  outDir: string;
  chrome: { storeZip: string };
  crx: { file: string; updateManifest: string; id: string; updateUrl: string; codebase: string } | { skipped: string };
  firefox: { zip: string; sources: string; id: string };
}

export async function release(outDir: string, env: NodeJS.ProcessEnv = process.env, log: (s: string) => void = console.log): Promise<ReleaseSummary> {
  // Configuration problems first, before minutes of building.
  const signing = signingKeyFromEnv(env);
  const updateUrl = updateUrlFromEnv(env);
  if (signing && !updateUrl)
    throw new ReleaseError('SAVY_CRX_KEY… is set but SAVY_UPDATE_URL is not: the CRX must name where its updates are served.');
  if (updateUrl && !signing) throw new ReleaseError('SAVY_UPDATE_URL is set but no signing key: set SAVY_CRX_KEY_FILE (or SAVY_CRX_KEY).');

  const { build, zip } = await import('wxt');
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'savy-release-'));
  try {
    const inline = { root: ROOT, outDir: join(work, 'build'), zip: { excludeSources: ['**/*.pem', '**/*.key', '**/*.crx', 'tests/**'] } };

    log('▶ Chrome / Edge build');
    await build({ ...inline, browser: 'chrome' });
    const chromeDir = join(work, 'build', 'chrome-mv3');
    const manifest = JSON.parse(readFileSync(join(chromeDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    const version = String(manifest.version);

    const storeZip = join(out, `savy-${version}-chrome.zip`);
    const { key: _pinnedKey, ...storeManifest } = manifest;
    await zipFolder(chromeDir, storeManifest, storeZip);
    log(`  store package (Chrome Web Store, Edge Add-ons): ${basename(storeZip)}`);

    let crx: ReleaseSummary['crx'];
    if (signing && updateUrl) {
      const stage = join(work, 'crx');
      cpSync(chromeDir, stage, { recursive: true });
      // The id of a CRX is its signing key's; the manifest says the same, and where updates come from.
      writeFileSync(join(stage, 'manifest.json'), JSON.stringify({ ...manifest, key: signing.publicKey, update_url: updateUrl.href }, null, 2));
      const keyFile = join(work, 'crx-key.pem');
      writeFileSync(keyFile, signing.key.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
      const file = join(out, `savy-${version}.crx`);
      const updateManifest = join(out, 'update.xml');
      const codebase = new URL(basename(file), updateUrl).href;
      await crx3([join(stage, 'manifest.json')], {
        keyPath: keyFile,
        crxPath: file,
        xmlPath: updateManifest,
        crxURL: codebase,
        appVersion: version,
        browserVersion: typeof manifest.minimum_chrome_version === 'string' ? manifest.minimum_chrome_version : undefined,
      });
      rmSync(keyFile, { force: true });
      crx = { file, updateManifest, id: signing.id, updateUrl: updateUrl.href, codebase };
      log(`  self-hosted CRX: ${basename(file)} + update.xml, extension id ${signing.id} (key: ${signing.source})`);
    } else {
      crx = { skipped: 'no signing key: set SAVY_CRX_KEY_FILE (or SAVY_CRX_KEY) and SAVY_UPDATE_URL to make the self-hosted CRX' };
      log(`  self-hosted CRX: skipped (${crx.skipped})`);
    }

    log('▶ Firefox build, package and sources');
    const zips = await zip({ ...inline, browser: 'firefox' });
    const firefoxZip = zips.find((z) => z.endsWith('-firefox.zip'));
    const sourcesZip = zips.find((z) => z.endsWith('-sources.zip'));
    if (!firefoxZip || !sourcesZip)
      throw new ReleaseError(`WXT made ${zips.map((z) => basename(z)).join(', ')}, not the Firefox package and its sources`);
    const firefox = { zip: join(out, `savy-${version}-firefox.zip`), sources: join(out, `savy-${version}-sources.zip`), id: 'savy@savy.invalid' };
    cpSync(firefoxZip, firefox.zip);
    cpSync(sourcesZip, firefox.sources);
    const ffManifest = JSON.parse(readFileSync(join(work, 'build', 'firefox-mv2', 'manifest.json'), 'utf8')) as {
      browser_specific_settings?: { gecko?: { id?: string } };
    };
    firefox.id = ffManifest.browser_specific_settings?.gecko?.id ?? firefox.id;
    log(`  ${basename(firefox.zip)} (id ${firefox.id}), ${basename(firefox.sources)}`);

    const summary: ReleaseSummary = { version, outDir: out, chrome: { storeZip }, crx, firefox };
    const artefacts = readdirSync(out)
      .filter((f) => f !== 'SHA256SUMS' && f !== 'release.json')
      .sort();
    writeFileSync(
      join(out, 'SHA256SUMS'),
      artefacts
        .map(
          (f) =>
            `${createHash('sha256')
              .update(readFileSync(join(out, f)))
              .digest('hex')}  ${f}\n`,
        )
        .join(''),
    );
    writeFileSync(join(out, 'release.json'), `${JSON.stringify(summary, null, 2)}\n`);
    log(`✔ release ${version} in ${relative(process.cwd(), out) || '.'}: ${[...artefacts, 'SHA256SUMS'].join(', ')}`);
    return summary;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: join(ROOT, '.output', 'release') } } });
  // A shell's NODE_ENV=development (or a test runner's "test") would build development code into the packages.
  process.env.NODE_ENV = 'production';
  release(values.out as string).catch((e) => {
    console.error(`✖ release: ${e instanceof ReleaseError ? e.message : (e as Error).stack}`);
    process.exit(e instanceof ReleaseError ? 2 : 1);
  });
}
