/**
 * npm run release, the checks made before anything is built: where the CRX signing key may come from (the
 * environment, never the repository), the update address, and the extension id a key gives.
 */
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extensionIdFromKey, ReleaseError, signingKeyFromEnv, updateUrlFromEnv } from '../../scripts/release';

const outside = mkdtempSync(join(tmpdir(), 'savy-release-test-'));
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const keyFile = join(outside, 'savy-crx.pem');
writeFileSync(keyFile, pem, { mode: 0o600 });
const inRepo = resolve('tests/.release-test-key.pem');

afterAll(() => {
  rmSync(outside, { recursive: true, force: true });
  rmSync(inRepo, { force: true });
});

describe('extension id from a key', () => {
  it('is the id Chrome gives: the manifest key pinned in wxt.config.ts gives ehnbeiaogmkkbopebljnlijgjcapbhgg', () => {
    const pinned = /EXTENSION_KEY =\s*'([^']+)'/.exec(readFileSync('wxt.config.ts', 'utf8'))![1];
    const key = createPublicKey({ key: Buffer.from(pinned, 'base64'), format: 'der', type: 'spki' });
    expect(extensionIdFromKey(key)).toBe('ehnbeiaogmkkbopebljnlijgjcapbhgg');
  });
});

describe('the signing key', () => {
  it('comes from a file named in SAVY_CRX_KEY_FILE, or from the PEM text in SAVY_CRX_KEY (with or without escaped newlines)', () => {
    const fromFile = signingKeyFromEnv({ SAVY_CRX_KEY_FILE: keyFile });
    expect(fromFile?.id).toBe(extensionIdFromKey(rsa.publicKey));
    expect(fromFile?.publicKey).toBe(rsa.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'));
    expect(signingKeyFromEnv({ SAVY_CRX_KEY: pem })?.id).toBe(fromFile?.id);
    expect(signingKeyFromEnv({ SAVY_CRX_KEY: pem.replace(/\n/g, '\\n') })?.id).toBe(fromFile?.id);
  });

  it('is not needed: without one the CRX is skipped', () => {
    expect(signingKeyFromEnv({})).toBeNull();
    expect(updateUrlFromEnv({})).toBeNull();
  });

  it('is refused inside the repository, when missing (never made anew), when not a key, or not RSA', () => {
    mkdirSync('tests', { recursive: true });
    writeFileSync(inRepo, pem);
    expect(() => signingKeyFromEnv({ SAVY_CRX_KEY_FILE: inRepo })).toThrow(/inside the repository/);
    expect(() => signingKeyFromEnv({ SAVY_CRX_KEY_FILE: join(outside, 'missing.pem') })).toThrow(/does not exist/);
    expect(() => signingKeyFromEnv({ SAVY_CRX_KEY: 'not a key' })).toThrow(ReleaseError);
    const ed = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    expect(() => signingKeyFromEnv({ SAVY_CRX_KEY: ed })).toThrow(/ed25519 key/);
    expect(() => signingKeyFromEnv({ SAVY_CRX_KEY: pem, SAVY_CRX_KEY_FILE: keyFile })).toThrow(/not both/);
  });
});

describe('the update address', () => {
  it('names the update manifest over https (http only on this machine)', () => {
    expect(updateUrlFromEnv({ SAVY_UPDATE_URL: 'https://intra.example.fi/savy/update.xml' })?.href).toBe('https://intra.example.fi/savy/update.xml');
    expect(updateUrlFromEnv({ SAVY_UPDATE_URL: 'http://127.0.0.1:8080/update.xml' })?.port).toBe('8080');
    expect(() => updateUrlFromEnv({ SAVY_UPDATE_URL: 'http://intra.example.fi/savy/update.xml' })).toThrow(/https/);
    expect(() => updateUrlFromEnv({ SAVY_UPDATE_URL: 'https://intra.example.fi/savy/' })).toThrow(/update manifest itself/);
    expect(() => updateUrlFromEnv({ SAVY_UPDATE_URL: 'intra/savy.xml' })).toThrow(/not an address/);
  });
});
