/**
 * Signed rulesets: the ONE place where a ruleset is signed (signRuleset) and verified (verifySignedRuleset),
 * for the CLI (Node) and the extension and its pages (browser) alike. The format (docs/team-rulesets.md,
 * "Signing"):
 *
 *   { "ruleset": { …the ruleset… },
 *     "signature": { "algorithm": "Ed25519", "format": 2, "issuedAt": "2026-12-01T09:30:00.000Z",
 *                    "publicKey": "<base64 raw 32 bytes>", "value": "<base64 64 bytes>" } }
 *
 * The signature covers the canonical bytes of {"format": 2, "issuedAt": …, "ruleset": …}: UTF-8 of its JSON
 * with object keys sorted (by UTF-16 code units, as JavaScript sorts), no whitespace, strings and numbers written
 * as JSON.stringify writes them (RFC 8785). Reformatting the file or reordering keys keeps the signature valid;
 * changing any value, the issue time included, breaks it. So a signed ruleset binds its id (the team's, inside
 * the ruleset) and the time it was signed: the extension refuses one for another id and one not newer than the
 * ruleset in force (lib/team/state.ts). Format 1 (no `format`: the ruleset alone, no issue time) is refused:
 * any old file could be served again. `publicKey` in the envelope is informational only: verification uses the
 * key the administrator set.
 *
 * Pure: uses only `crypto.subtle`, `TextEncoder`, `atob`/`btoa`, standard in Node 20 and browsers.
 */

export const SIGNATURE_ALGORITHM = 'Ed25519';

/** The signature format this version writes and accepts. */
export const SIGNATURE_FORMAT = 2;

export interface SignatureBlock {
  algorithm: 'Ed25519';
  /** 2: covers {format, issuedAt, ruleset}. Absent or 1: the ruleset alone (refused). */
  format?: number;
  /** ISO 8601 UTC time of signing (format 2). */
  issuedAt?: string;
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
  return {
    algorithm: SIGNATURE_ALGORITHM,
    value: o.value,
    format: typeof o.format === 'number' ? o.format : undefined,
    issuedAt: typeof o.issuedAt === 'string' ? o.issuedAt : undefined,
    publicKey: typeof o.publicKey === 'string' ? o.publicKey : undefined,
  };
}

/** The bytes a format-2 signature covers. */
export function signedBytes(ruleset: unknown, issuedAt: string): Uint8Array {
  return canonicalBytes({ format: SIGNATURE_FORMAT, issuedAt, ruleset });
}

/** An ISO 8601 UTC time as toISOString writes it, in milliseconds; null for anything else. */
function parseIssuedAt(s: string | undefined): number | null {
  if (!s || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(s)) return null;
  const t = Date.parse(s);
  return Number.isFinite(t) ? t : null;
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
  | { ok: true; ruleset: unknown; issuedAt: number }
  | { ok: false; code: 'unsigned' | 'bad-signature' | 'bad-key' | 'old-signature'; detail: string };

/** Imports a base64 raw Ed25519 public key (32 bytes); null when it is not one. */
export async function importPublicKey(publicKeyB64: string, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<CryptoKey | null> {
  const raw = base64ToBytes(publicKeyB64);
  if (raw?.length !== 32) return null;
  try {
    return await subtle.importKey('raw', raw as BufferSource, { name: SIGNATURE_ALGORITHM }, false, ['verify']);
  } catch {
    return null;
  }
}

/**
 * Checks `data` (parsed JSON of the fetched file) against the administrator's public key. Anything that is not
 * an envelope with a valid format-2 Ed25519 signature over {format, issuedAt, ruleset} is refused. On success,
 * `issuedAt` is the signing time in milliseconds: what the extension holds against rollback.
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
  if (signature.format !== SIGNATURE_FORMAT) {
    return {
      ok: false,
      code: 'old-signature',
      detail: `the signature has no issue time (format ${signature.format ?? 1}; Sävy accepts format ${SIGNATURE_FORMAT}): sign the file again with savy ruleset sign`,
    };
  }
  const issuedAt = parseIssuedAt(signature.issuedAt);
  if (issuedAt === null) return { ok: false, code: 'bad-signature', detail: "the signature's issuedAt is not a time like 2026-12-01T09:30:00.000Z" };
  const sig = base64ToBytes(signature.value);
  if (sig?.length !== 64) return { ok: false, code: 'bad-signature', detail: 'the signature is not 64 bytes of base64' };
  let ok = false;
  try {
    ok = await subtle.verify(SIGNATURE_ALGORITHM, key, sig as BufferSource, signedBytes(ruleset, signature.issuedAt!) as BufferSource);
  } catch {
    ok = false;
  }
  return ok ? { ok: true, ruleset, issuedAt } : { ok: false, code: 'bad-signature', detail: 'the signature does not match the ruleset or the key' };
}

/** A private signing key, imported (from a Sävy key file or a PEM block), with its public key in base64. */
export interface SigningKey {
  key: CryptoKey;
  publicKey: string;
}

export const KEY_FILE_TYPE = 'savy-ruleset-key';

/** A new key pair: the key file to keep secret (JSON text) and the public key for the policy. */
export async function generateSigningKey(subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<{ keyFile: string; publicKey: string }> {
  const pair = (await subtle.generateKey({ name: SIGNATURE_ALGORITHM }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = bytesToBase64(new Uint8Array(await subtle.exportKey('raw', pair.publicKey)));
  const privateKey = bytesToBase64(new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey)));
  const keyFile = `${JSON.stringify({ type: KEY_FILE_TYPE, algorithm: SIGNATURE_ALGORITHM, publicKey, privateKey }, null, 2)}\n`;
  return { keyFile, publicKey };
}

/**
 * Reads a signing key: the JSON file `savy ruleset keygen` writes, or an Ed25519 private key in PEM (PKCS #8,
 * as `openssl genpkey -algorithm ed25519` writes it). Null when the text is neither.
 */
export async function importSigningKey(text: string, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<SigningKey | null> {
  let der: Uint8Array | null = null;
  const pem = /-----BEGIN PRIVATE KEY-----([\s\S]*?)-----END PRIVATE KEY-----/.exec(text);
  if (pem) der = base64ToBytes(pem[1]);
  else {
    try {
      const data = JSON.parse(text) as { type?: unknown; privateKey?: unknown };
      if (data?.type === KEY_FILE_TYPE && typeof data.privateKey === 'string') der = base64ToBytes(data.privateKey);
    } catch {
      return null;
    }
  }
  if (!der) return null;
  try {
    const extractable = await subtle.importKey('pkcs8', der as BufferSource, { name: SIGNATURE_ALGORITHM }, true, ['sign']);
    const jwk = await subtle.exportKey('jwk', extractable);
    const raw = jwk.x ? base64ToBytes(jwk.x) : null;
    if (raw?.length !== 32) return null;
    const key = await subtle.importKey('pkcs8', der as BufferSource, { name: SIGNATURE_ALGORITHM }, false, ['sign']);
    return { key, publicKey: bytesToBase64(raw) };
  } catch {
    return null;
  }
}

/**
 * Signs a ruleset (the plain ruleset object; give the one inside an envelope to sign it again) at `issuedAt`
 * (default: now). Checking that the ruleset is one the extension would accept is the caller's part (the CLI
 * runs validate and the examples first).
 */
export async function signRuleset(
  ruleset: unknown,
  signingKey: SigningKey,
  options: { issuedAt?: Date; subtle?: SubtleCrypto } = {},
): Promise<SignedRuleset> {
  const subtle = options.subtle ?? globalThis.crypto.subtle;
  const issuedAt = (options.issuedAt ?? new Date()).toISOString();
  const value = new Uint8Array(await subtle.sign(SIGNATURE_ALGORITHM, signingKey.key, signedBytes(ruleset, issuedAt) as BufferSource));
  return {
    ruleset,
    signature: { algorithm: SIGNATURE_ALGORITHM, format: SIGNATURE_FORMAT, issuedAt, publicKey: signingKey.publicKey, value: bytesToBase64(value) },
  };
}
