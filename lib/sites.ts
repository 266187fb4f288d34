/**
 * Where Sävy runs: the built-in list of e-mail and ticketing tools, plus sites the writer enabled and sites an
 * administrator listed (docs/contract.md §4 `sites`). Pure: no browser globals, so the background, the popup and
 * the tests share it.
 */

/** Match patterns of the tools Sävy knows out of the box. The content script is declared for these. */
export const BUILT_IN_SITES = [
  'https://mail.google.com/*', // Gmail
  'https://outlook.office.com/*', // Outlook on the web (work)
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*', // Outlook on the web (personal)
  'https://*.zendesk.com/*', // Zendesk
  'https://*.freshdesk.com/*', // Freshdesk
  'https://*.atlassian.net/*', // Jira Service Management
  'https://*.service-now.com/*', // ServiceNow
  'https://secure.helpscout.net/*', // Help Scout
  'https://app.intercom.com/*', // Intercom
  'https://app.frontapp.com/*', // Front
  'https://app.hubspot.com/*', // HubSpot
] as const;

const PATTERN = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[^/*:]+|[^/*:]+)?(:\d+|:\*)?(\/.*)$/;

/** True when `pattern` is a valid match pattern Sävy accepts (http/https only, plus <all_urls> is refused). */
export function isMatchPattern(pattern: unknown): pattern is string {
  if (typeof pattern !== 'string') return false;
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  return (m[1] === '*' || m[1] === 'http' || m[1] === 'https') && !!m[2];
}

/** The match pattern that enables a whole site from a page address: https://x.example/a → https://x.example/*. */
export function sitePatternFor(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return `${u.protocol}//${u.hostname}/*`;
}

function patternRegExp(pattern: string): RegExp {
  const m = PATTERN.exec(pattern)!;
  const scheme = m[1] === '*' ? 'https?' : m[1];
  const host = m[2] === '*' ? '[^/]+' : m[2].startsWith('*.') ? `(?:[^/]+\\.)?${escapeRegExp(m[2].slice(2))}` : escapeRegExp(m[2]);
  const port = m[3] && m[3] !== ':*' ? escapeRegExp(m[3]) : '(?::\\d+)?';
  const path = m[4].split('*').map(escape).join('.*');
  return new RegExp(`^${scheme}://${host}${port}${path}$`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `url` is matched by `pattern` (Chrome's rules: no port in the pattern matches any port). */
export function matchesPattern(pattern: string, url: string): boolean {
  if (!isMatchPattern(pattern)) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return patternRegExp(pattern).test(`${u.protocol}//${u.host}${u.pathname}`);
}

export function isBuiltInSite(url: string): boolean {
  return BUILT_IN_SITES.some((p) => matchesPattern(p, url));
}

/** The patterns the content script must be registered for at run time: admin and writer sites, valid, deduplicated. */
export function dynamicSitePatterns(adminSites: unknown, writerSites: unknown): string[] {
  const all = [...(Array.isArray(adminSites) ? adminSites : []), ...(Array.isArray(writerSites) ? writerSites : [])];
  const builtIn = new Set<string>(BUILT_IN_SITES);
  return [...new Set(all.filter(isMatchPattern))].filter((p) => !builtIn.has(p)).sort();
}

/**
 * The patterns as Firefox can register them: its match patterns cannot name a port (MDN, "Match patterns"), so
 * `http://127.0.0.1:18091/*` becomes `http://127.0.0.1/*`, which matches every port of that host.
 */
export function withoutPorts(patterns: readonly string[]): string[] {
  return [...new Set(patterns.map((p) => p.replace(/^([^:]+:\/\/[^/]*?)(?::\d+|:\*)(\/.*)$/, '$1$2')))].sort();
}

/** What the background asks of the run-time registration (and what the browser reports back of one). */
export interface CoachRegistration {
  matches?: string[];
  js?: string[];
  allFrames?: boolean;
  runAt?: string;
  persistAcrossSessions?: boolean;
}

/**
 * Whether the registration the browser holds already is the one wanted, so it can be kept as it is: a script
 * unregistered and registered again is missing for a moment, and a tab restored at browser start in that moment
 * is never coached. Order of `matches` does not matter; a leading "/" on file names does not either.
 */
export function sameRegistration(existing: CoachRegistration | undefined, wanted: CoachRegistration): boolean {
  if (!existing) return false;
  const list = (v: string[] | undefined, file = false) => JSON.stringify([...(v ?? [])].map((s) => (file ? s.replace(/^\//, '') : s)).sort());
  return (
    list(existing.matches) === list(wanted.matches) &&
    list(existing.js, true) === list(wanted.js, true) &&
    (existing.allFrames ?? false) === (wanted.allFrames ?? false) &&
    (existing.runAt ?? 'document_idle') === (wanted.runAt ?? 'document_idle') &&
    (existing.persistAcrossSessions ?? true) === (wanted.persistAcrossSessions ?? true)
  );
}

/** One frame of an open tab, as the background's probe saw it. */
export interface OpenFrame {
  frameId: number;
  /** `location.href` of the frame. */
  url: string;
  /** The frame's origin (`self.origin`): about:blank and srcdoc frames inherit their creator's. */
  origin: string;
  /** A live coach already runs in this document. */
  coached: boolean;
}

/**
 * The frames of an open tab that get the coach now: not coached yet, and on a site of `patterns` (by address,
 * or for about:blank / srcdoc frames by the origin they inherit, as `matchOriginAsFallback` does).
 */
export function framesToCoach(frames: OpenFrame[], patterns: readonly string[]): number[] {
  const matches = (url: string) => patterns.some((p) => matchesPattern(p, url));
  return frames
    .filter((f) => !f.coached)
    .filter((f) => (/^https?:/.test(f.url) ? matches(f.url) : /^https?:\/\//.test(f.origin) && matches(`${f.origin}/`)))
    .map((f) => f.frameId);
}
