/**
 * Writer and administrator sites (lib/sites.ts): the background keeps one run-time content-script registration
 * in step with `chrome.storage.managed` `sites` and the writer's `enabledSites` in `chrome.storage.local`. It is
 * kept as it is while it has not changed (it persists across browser starts, so tabs restored at start are coached);
 * after a change, and on install or update, the coach goes into the matching tabs already open
 * (components/sites/open-tabs.ts).
 *
 * The popup asks `siteAccess` / `enableSite` / `disableSite` (lib/protocol.ts), answered by components/popup/background.ts
 * with the functions below.
 */
import { browser } from 'wxt/browser';
import type { SiteAccess } from '../../lib/protocol';
import { BUILT_IN_SITES, dynamicSitePatterns, isBuiltInSite, matchesPattern, sameRegistration, sitePatternFor, withoutPorts } from '../../lib/sites';
import { enabledSitesItem } from '../storage';
import { browserOpenTabs, coachOpenTabs } from './open-tabs';

export const COACH_SCRIPT_ID = 'savy-coach-sites';
export const COACH_SCRIPT_FILE = 'content-scripts/coach.js';

/** Managed storage; Firefox throws when nothing is provisioned, and some browsers have no managed area at all. */
export async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed?.get()) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

const writerSites = () => enabledSitesItem.get();

let syncing: Promise<string[]> = Promise.resolve([]);

export interface SyncOptions {
  /**
   * Which open tabs get the coach after the sync: `added` (default) the tabs on sites the registration just gained;
   * `all` every tab on a built-in or registered site (on install and update, when no open tab has a coach yet).
   */
  coachOpenTabs?: 'added' | 'all';
}

/**
 * Keeps the run-time registration for the current admin + writer sites: left as it is when it has not changed
 * (a script unregistered and registered again at every start would miss the tabs the browser restores meanwhile),
 * replaced when it has, removed when there are no sites. Then the coach goes into matching tabs already open.
 */
export function syncSiteRegistration(options: SyncOptions = {}): Promise<string[]> {
  syncing = syncing.catch(() => []).then(() => doSync(options));
  return syncing;
}

async function doSync(options: SyncOptions): Promise<string[]> {
  const managed = await readManaged();
  const matches = dynamicSitePatterns(managed.sites, await writerSites());
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [COACH_SCRIPT_ID] });
  const wanted = {
    id: COACH_SCRIPT_ID,
    js: [COACH_SCRIPT_FILE],
    matches,
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  const before = existing?.matches ?? [];
  // What a browser without ports in match patterns (Firefox) holds for the same sites.
  const portless = { ...wanted, matches: withoutPorts(matches) };
  if (!(matches.length ? sameRegistration(existing, wanted) || sameRegistration(existing, portless) : !existing)) {
    if (existing) await browser.scripting.unregisterContentScripts({ ids: [COACH_SCRIPT_ID] });
    if (matches.length) {
      type Script = Parameters<typeof browser.scripting.registerContentScripts>[0][number];
      try {
        // matchOriginAsFallback: about:blank and srcdoc frames of these sites (TinyMCE, CKEditor 4).
        await browser.scripting.registerContentScripts([{ ...wanted, matchOriginAsFallback: true } as Script]);
      } catch {
        // Firefox refuses matchOriginAsFallback, and ports in match patterns: register without both.
        await browser.scripting.registerContentScripts([portless as Script]);
      }
    }
  }
  const toCoach = options.coachOpenTabs === 'all' ? [...BUILT_IN_SITES, ...matches] : matches.filter((p) => !before.includes(p));
  if (toCoach.length) await coachOpenTabs(toCoach, browserOpenTabs(`/${COACH_SCRIPT_FILE}`));
  return matches;
}

export async function siteStatus(url: string): Promise<SiteAccess> {
  if (!sitePatternFor(url)) return 'unsupported';
  if (isBuiltInSite(url)) return 'built-in';
  const managed = await readManaged();
  if (dynamicSitePatterns(managed.sites, []).some((p) => matchesPattern(p, url))) return 'admin';
  if ((await writerSites()).some((p) => matchesPattern(p, url))) return 'writer';
  return 'off';
}

/** One click in the popup: Sävy runs on this site from now on (and at once in `tabId`, if given). */
export async function enableSite(url: string, tabId?: number): Promise<boolean> {
  const pattern = sitePatternFor(url);
  if (!pattern) return false;
  const sites = await writerSites();
  if (!sites.includes(pattern)) await enabledSitesItem.set([...sites, pattern]);
  await syncSiteRegistration();
  // At once in the writer's tab (the sync above coaches every open tab of a newly added site; this covers a site
  // that was already registered), once per document.
  if (tabId !== undefined) await coachTab(tabId, [pattern]);
  return true;
}

async function coachTab(tabId: number, patterns: string[]): Promise<void> {
  const all = browserOpenTabs(`/${COACH_SCRIPT_FILE}`);
  await coachOpenTabs(patterns, { ...all, tabs: async () => [tabId] });
}

/** Stops Sävy on a site the writer enabled (administrator and built-in sites stay on). Takes effect on reload. */
export async function disableSite(url: string): Promise<boolean> {
  const sites = await writerSites();
  const left = sites.filter((p) => !matchesPattern(p, url));
  if (left.length === sites.length) return false;
  await enabledSitesItem.set(left);
  await syncSiteRegistration();
  return true;
}

/** Background wiring: keeps the registration in step with the sites. */
export function startSiteAccess(): void {
  const sync = (options?: SyncOptions) => void syncSiteRegistration(options).catch((e) => console.warn('Sävy: site registration failed', e));
  // Installed, updated or reloaded: no open tab has a live coach yet, on built-in sites either.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') sync({ coachOpenTabs: 'all' });
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && enabledSitesItem.key in changes)) sync();
  });
  // Every start of the background (browser start, or the service worker woken again): a no-op unless the sites
  // changed while it was not running.
  sync();
}
