/**
 * Signed rulesets. The format (docs/team-rulesets.md, "Signing"):
 *
 *   { "ruleset": { …the ruleset… },
 *     "signature": { "algorithm": "Ed25519", "publicKey": "<base64 raw 32 bytes>", "value": "<base64 64 bytes>" } }
 *
 * The signature covers the canonical bytes of `ruleset`: UTF-8 of its JSON with object keys sorted (by UTF-16
 * code units, as JavaScript sorts), no whitespace, strings and numbers written as JSON.stringify writes them
 * (RFC 8785). Reformatting the file or reordering keys keeps the signature valid; changing any value breaks it.
 * `publicKey` in the envelope is informational only: verification uses the key the administrator set.
 *
 * Pure: uses only `crypto.subtle`, `TextEncoder`, `atob`/`btoa`, standard in Node 20 and browsers.
 */

export const SIGNATURE_ALGORITHM = 'Ed25519';

export interface SignatureBlock {
  algorithm: 'Ed25519';
  publicKey?: string;
  value: string;
}

export interface SignedRuleset {
  ruleset: unknown;
  signature: SignatureBlock;
}

/** Canonical JSON (RFC 8785 for JSON.parse output): sorted keys, no whitespace. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const s = JSON.stringify(value);
    if (s === undefined) throw new TypeError('cannot canonicalise undefined, functions or symbols');
    return s;
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export function canonicalBytes(ruleset: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(ruleset));
}

/** True for `{ruleset, signature}` objects, signed or not correctly. */
export function isEnvelope(data: unknown): data is { ruleset: unknown; signature: unknown } {
  return !!data && typeof data === 'object' && !Array.isArray(data) && 'ruleset' in data && 'signature' in data;
}

/** The ruleset inside an envelope, or the data itself when it is a plain ruleset. */
export function unwrapRuleset(data: unknown): { ruleset: unknown; signature: SignatureBlock | null } {
  if (!isEnvelope(data)) return { ruleset: data, signature: null };
  return { ruleset: data.ruleset, signature: parseSignatureBlock(data.signature) };
}

function parseSignatureBlock(s: unknown): SignatureBlock | null {
  if (!s || typeof s !== 'object') return null;
  const o = s as Record<string, unknown>;
  if (o.algorithm !== SIGNATURE_ALGORITHM || typeof o.value !== 'string') return null;
  return { algorithm: SIGNATURE_ALGORITHM, value: o.value, publicKey: typeof o.publicKey === 'string' ? o.publicKey : undefined };
}

export function base64ToBytes(b64: string): Uint8Array | null {
  const clean = b64.trim().replace(/-/g, '+').replace(/_/g, '/').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
  try {
    const bin = atob(clean.padEnd(Math.ceil(clean.length / 4) * 4, '='));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export type VerifyResult =
  | { ok: true; ruleset: unknown }
  | { ok: false; code: 'unsigned' | 'bad-signature' | 'bad-key'; detail: string };

/** Imports a base64 raw Ed25519 public key (32 bytes); null when it is not one. */
export async function importPublicKey(publicKeyB64: string, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<CryptoKey | null> {
  const raw = base64ToBytes(publicKeyB64);
  if (!raw || raw.length !== 32) return null;
  try {
    return await subtle.importKey('raw', raw as BufferSource, { name: SIGNATURE_ALGORITHM }, false, ['verify']);
  } catch {
    return null;
  }
}

/**
 * Checks `data` (parsed JSON of the fetched file) against the administrator's public key. Anything that is not
 * an envelope with a valid Ed25519 signature over the canonical ruleset is refused.
 */
export async function verifySignedRuleset(
  data: unknown,
  publicKeyB64: string,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<VerifyResult> {
  const key = await importPublicKey(publicKeyB64, subtle);
  if (!key) return { ok: false, code: 'bad-key', detail: 'rulesetPublicKey is not a base64 Ed25519 public key (32 bytes)' };
  const { ruleset, signature } = unwrapRuleset(data);
  if (!isEnvelope(data) || !signature) return { ok: false, code: 'unsigned', detail: 'the file has no Ed25519 signature' };
  const sig = base64ToBytes(signature.value);
  if (!sig || sig.length !== 64) return { ok: false, code: 'bad-signature', detail: 'the signature is not 64 bytes of base64' };
  let ok = false;
  try {
    ok = await subtle.verify(SIGNATURE_ALGORITHM, key, sig as BufferSource, canonicalBytes(ruleset) as BufferSource);
  } catch {
    ok = false;
  }
  return ok ? { ok: true, ruleset } : { ok: false, code: 'bad-signature', detail: 'the signature does not match the ruleset or the key' };
}

/** The team key file `savy ruleset keygen` writes and the rule workbench makes: keep it secret. */
export const KEY_FILE_TYPE = 'savy-ruleset-key';

export interface TeamKeyFile {
  type: typeof KEY_FILE_TYPE;
  algorithm: 'Ed25519';
  /** Base64 raw 32-byte public key: the policy's `rulesetPublicKey`. */
  publicKey: string;
  /** Base64 PKCS#8 DER private key. */
  privateKey: string;
}

/** A new Ed25519 team key, as a key file (WebCrypto: the CLI in Node and the workbench in the browser alike). */
export async function generateTeamKey(subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<TeamKeyFile> {
  const pair = (await subtle.generateKey({ name: SIGNATURE_ALGORITHM }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pub = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  const priv = new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey));
  return { type: KEY_FILE_TYPE, algorithm: SIGNATURE_ALGORITHM, publicKey: bytesToBase64(pub), privateKey: bytesToBase64(priv) };
}

/** The key file's fields when `data` is one (parsed JSON), else null. */
export function readTeamKeyFile(data: unknown): TeamKeyFile | null {
  const o = data as Partial<TeamKeyFile> | null;
  if (!o || typeof o !== 'object' || o.type !== KEY_FILE_TYPE || typeof o.privateKey !== 'string' || typeof o.publicKey !== 'string') return null;
  return { type: KEY_FILE_TYPE, algorithm: SIGNATURE_ALGORITHM, publicKey: o.publicKey, privateKey: o.privateKey };
}

/**
 * Signs a ruleset: the envelope `{ ruleset, signature }` of the format above, over the canonical bytes. The one
 * signing implementation: the CLI's `savy ruleset sign` and the workbench's "Sign and export" both call it.
 * `privateKeyPkcs8` is the PKCS#8 DER of an Ed25519 key (a key file's `privateKey`, decoded).
 */
export async function signRuleset(ruleset: unknown, privateKeyPkcs8: Uint8Array, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<SignedRuleset> {
  let key: CryptoKey;
  try {
    key = await subtle.importKey('pkcs8', privateKeyPkcs8 as BufferSource, { name: SIGNATURE_ALGORITHM }, true, ['sign']);
  } catch {
    throw new TypeError('not an Ed25519 private key');
  }
  const value = new Uint8Array(await subtle.sign(SIGNATURE_ALGORITHM, key, canonicalBytes(ruleset) as BufferSource));
  // The public half, informational in the envelope: from the private key's JWK (x is the raw public key).
  const jwk = await subtle.exportKey('jwk', key);
  const publicKey = jwk.x ? bytesToBase64(base64ToBytes(jwk.x)!) : undefined;
  return { ruleset, signature: { algorithm: SIGNATURE_ALGORITHM, ...(publicKey ? { publicKey } : {}), value: bytesToBase64(value) } };
}
