/**
 * Writer and administrator sites (lib/sites.ts): the background keeps one run-time content-script registration
 * in step with `chrome.storage.managed` `sites` and the writer's `enabledSites` in `chrome.storage.local`.
 *
 * The popup calls `enableSite(url, tabId)` / `disableSite(url)` / `siteStatus(url)`; they work from any
 * extension page or the background (same functions behind the `savy:site` message for content scripts).
 */
import { browser } from 'wxt/browser';
import { dynamicSitePatterns, isBuiltInSite, matchesPattern, sitePatternFor } from '../../lib/sites';

export const COACH_SCRIPT_ID = 'savy-coach-sites';
export const COACH_SCRIPT_FILE = 'content-scripts/coach.js';
export const ENABLED_SITES_KEY = 'enabledSites';

/** Managed storage; Firefox throws when nothing is provisioned, and some browsers have no managed area at all. */
export async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed?.get()) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

async function writerSites(): Promise<string[]> {
  const got = await browser.storage.local.get(ENABLED_SITES_KEY);
  const v = got[ENABLED_SITES_KEY];
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

let syncing: Promise<string[]> = Promise.resolve([]);

/** Registers the content script for the current admin + writer sites (or unregisters it when there are none). */
export function syncSiteRegistration(): Promise<string[]> {
  syncing = syncing.catch(() => []).then(doSync);
  return syncing;
}

async function doSync(): Promise<string[]> {
  const managed = await readManaged();
  const matches = dynamicSitePatterns(managed.sites, await writerSites());
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [COACH_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [COACH_SCRIPT_ID] });
  if (matches.length) {
    type Script = Parameters<typeof browser.scripting.registerContentScripts>[0][number];
    const script = { id: COACH_SCRIPT_ID, js: [COACH_SCRIPT_FILE], matches, allFrames: true, runAt: 'document_idle', persistAcrossSessions: true };
    try {
      // matchOriginAsFallback: about:blank and srcdoc frames of these sites (TinyMCE, CKEditor 4).
      await browser.scripting.registerContentScripts([{ ...script, matchOriginAsFallback: true } as Script]);
    } catch {
      // Browsers without matchOriginAsFallback (Firefox) refuse the key: register without it.
      await browser.scripting.registerContentScripts([script as Script]);
    }
  }
  return matches;
}

export type SiteStatus = 'built-in' | 'admin' | 'writer' | 'off' | 'unsupported';

export async function siteStatus(url: string): Promise<SiteStatus> {
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
  if (!sites.includes(pattern)) await browser.storage.local.set({ [ENABLED_SITES_KEY]: [...sites, pattern] });
  await syncSiteRegistration();
  if (tabId !== undefined) {
    try {
      await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [`/${COACH_SCRIPT_FILE}` as '/content-scripts/coach.js'] });
    } catch {
      // The tab may be gone or showing an error page; the registration covers its next load.
    }
  }
  return true;
}

/** Stops Sävy on a site the writer enabled (administrator and built-in sites stay on). Takes effect on reload. */
export async function disableSite(url: string): Promise<boolean> {
  const sites = await writerSites();
  const left = sites.filter((p) => !matchesPattern(p, url));
  if (left.length === sites.length) return false;
  await browser.storage.local.set({ [ENABLED_SITES_KEY]: left });
  await syncSiteRegistration();
  return true;
}

export type SiteMessage =
  | { type: 'savy:site'; action: 'status'; url: string }
  | { type: 'savy:site'; action: 'enable'; url: string; tabId?: number }
  | { type: 'savy:site'; action: 'disable'; url: string };

/** Background wiring: keeps the registration in step and answers `savy:site` messages. */
export function startSiteAccess(): void {
  const sync = () => void syncSiteRegistration().catch((e) => console.warn('Sävy: site registration failed', e));
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && ENABLED_SITES_KEY in changes)) sync();
  });
  browser.runtime.onMessage.addListener((msg: unknown, _sender, sendResponse) => {
    const m = msg as SiteMessage;
    if (!m || m.type !== 'savy:site') return undefined;
    const work =
      m.action === 'status' ? siteStatus(m.url) : m.action === 'enable' ? enableSite(m.url, m.tabId) : disableSite(m.url);
    work.then(sendResponse, () => sendResponse(null));
    return true;
  });
  sync();
}
