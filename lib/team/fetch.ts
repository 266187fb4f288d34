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
  | { kind: 'error'; code: 'network' | 'timeout' | 'http' | 'too-large' | 'insecure-redirect'; status?: number; detail: string };

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
    let res: Response;
    try {
      res = await options.fetch(url, {
        headers,
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store', // our own If-None-Match; the browser's cache must not answer for the server
        redirect: 'follow',
        referrerPolicy: 'no-referrer',
      });
    } catch (e) {
      if (timedOut) return { kind: 'error', code: 'timeout', detail: `no answer within ${Math.round(timeoutMs / 1000)} s` };
      return { kind: 'error', code: 'network', detail: (e as Error)?.message ?? String(e) };
    }
    // https only, also after redirects (http only for localhost and 127.0.0.1).
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
