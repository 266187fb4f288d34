/**
 * Fetching the team ruleset: the ONE network request Sävy makes. Conditional (If-None-Match), with a timeout
 * and a size cap; no cookies or credentials are sent. `fetch` is injected so tests and the background share it.
 */

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 1024 * 1024;

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export type FetchOutcome =
  | { kind: 'ok'; text: string; etag?: string }
  | { kind: 'not-modified' }
  | { kind: 'error'; code: 'network' | 'timeout' | 'http' | 'too-large' | 'insecure-redirect' | 'redirect'; status?: number; detail: string };

/** Redirects followed at most (each one checked before it is followed). */
export const MAX_REDIRECTS = 5;

export interface FetchOptions {
  fetch: FetchFn;
  etag?: string;
  timeoutMs?: number;
  maxBytes?: number;
}

export async function fetchRulesetText(url: string, options: FetchOptions): Promise<FetchOutcome> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'application/json, text/plain;q=0.5, */*;q=0.1' };
    if (options.etag) headers['if-none-match'] = options.etag;
    // Redirects are checked before they are followed (redirect: 'manual'): a refused target never receives a
    // request. A browser does not show where an opaque redirect goes, so there a redirect is not followed at all.
    let res: Response;
    let at = url;
    for (let hop = 0; ; hop++) {
      try {
        res = await options.fetch(at, {
          headers,
          signal: controller.signal,
          credentials: 'omit',
          cache: 'no-store', // our own If-None-Match; the browser's cache must not answer for the server
          redirect: 'manual',
          referrerPolicy: 'no-referrer',
        });
      } catch (e) {
        if (timedOut) return { kind: 'error', code: 'timeout', detail: `no answer within ${Math.round(timeoutMs / 1000)} s` };
        return { kind: 'error', code: 'network', detail: (e as Error)?.message ?? String(e) };
      }
      if (res.type === 'opaqueredirect') {
        return {
          kind: 'error',
          code: 'redirect',
          detail: 'the server answers with a redirect, and a browser does not show where to before following it',
        };
      }
      if (![301, 302, 303, 307, 308].includes(res.status)) break;
      void res.body?.cancel().catch(() => undefined);
      const location = res.headers.get('location');
      let next: string;
      try {
        next = new URL(location ?? '', at).href;
      } catch {
        return { kind: 'error', code: 'redirect', status: res.status, detail: `HTTP ${res.status} without a usable address` };
      }
      if (!location) return { kind: 'error', code: 'redirect', status: res.status, detail: `HTTP ${res.status} without a usable address` };
      if (!isAllowedRedirect(next)) return { kind: 'error', code: 'insecure-redirect', detail: `redirected to ${next}` };
      if (hop >= MAX_REDIRECTS) return { kind: 'error', code: 'redirect', status: res.status, detail: `more than ${MAX_REDIRECTS} redirects` };
      at = next;
    }
    // https only, also after redirects (http only for localhost and 127.0.0.1, and never after a redirect).
    if (res.url && !isAllowedUrl(res.url)) {
      void res.body?.cancel().catch(() => undefined);
      return { kind: 'error', code: 'insecure-redirect', detail: `redirected to ${res.url}` };
    }
    if (res.status === 304) {
      void res.body?.cancel().catch(() => undefined);
      return { kind: 'not-modified' };
    }
    if (!res.ok) {
      void res.body?.cancel().catch(() => undefined);
      return { kind: 'error', code: 'http', status: res.status, detail: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}` };
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      void res.body?.cancel().catch(() => undefined);
      return { kind: 'error', code: 'too-large', detail: `${declared} bytes; the limit is ${maxBytes}` };
    }
    const body = await readCapped(res, maxBytes);
    if (body === 'too-large') return { kind: 'error', code: 'too-large', detail: `more than ${maxBytes} bytes; the limit is ${maxBytes}` };
    const etag = res.headers.get('etag') ?? undefined;
    return { kind: 'ok', text: new TextDecoder('utf-8').decode(body), etag };
  } catch (e) {
    if (timedOut) return { kind: 'error', code: 'timeout', detail: `no answer within ${Math.round(timeoutMs / 1000)} s` };
    return { kind: 'error', code: 'network', detail: (e as Error)?.message ?? String(e) };
  } finally {
    clearTimeout(timer);
  }
}

function isAllowedUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || (u.protocol === 'http:' && (u.hostname === 'localhost' || u.hostname === '127.0.0.1'));
  } catch {
    return false;
  }
}

/** Whether a host name is this computer: localhost (and *.localhost), 127.0.0.0/8, ::1, 0.0.0.0 and their IPv6 forms. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (/^127\.\d+\.\d+\.\d+$/.test(h) || h === '0.0.0.0') return true;
  if (h === '::1' || h === '::' || /^(0+:){7}0*1$/.test(h)) return true;
  return /^::ffff:(127\.|0\.0\.0\.0$|7f[0-9a-f]{2}:)/.test(h);
}

/** A redirect may go to https only, and never to this computer (whatever the first address was). */
export function isAllowedRedirect(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && !isLoopbackHost(u.hostname);
  } catch {
    return false;
  }
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  if (!res.body) {
    const buf = new Uint8Array(await res.arrayBuffer());
    return buf.length > maxBytes ? 'too-large' : buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
