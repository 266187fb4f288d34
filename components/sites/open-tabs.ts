/**
 * The coach for tabs that were open before Sävy could run in them: a content script (declared or registered) only
 * reaches documents loaded after it exists, so tabs open when Sävy is installed, updated or reloaded, and tabs on a
 * site a policy change (or the writer) just added, would stay without a coach until reloaded.
 *
 * `coachOpenTabs(patterns, api)` finds the tabs on those sites, asks each frame whether a live coach already runs in
 * it (the probe), and injects the content script into the frames that match and have none: once per document, in
 * every frame of the site (about:blank and srcdoc editor frames by the origin they inherit). The browser calls are
 * injected (`browserOpenTabs()` in the extension, fakes in tests/unit/sites.test.ts).
 */
import { browser } from 'wxt/browser';
import { framesToCoach, type OpenFrame } from '../../lib/sites';

export interface OpenTabsApi {
  /** Ids of the open tabs whose address matches one of `patterns`. */
  tabs(patterns: string[]): Promise<number[]>;
  /** Every frame of the tab as the probe sees it; throws when the tab cannot be scripted (error page, discarded). */
  probe(tabId: number): Promise<OpenFrame[]>;
  /** Runs the coach's content script in these frames of the tab. */
  inject(tabId: number, frameIds: number[]): Promise<void>;
}

/** Injects the coach where it is missing; resolves to the number of documents that got one. Never throws. */
export async function coachOpenTabs(patterns: readonly string[], api: OpenTabsApi): Promise<number> {
  if (patterns.length === 0) return 0;
  let tabIds: number[];
  try {
    tabIds = await api.tabs([...patterns]);
  } catch {
    return 0;
  }
  let injected = 0;
  await Promise.all(
    tabIds.map(async (tabId) => {
      try {
        const frameIds = framesToCoach(await api.probe(tabId), patterns);
        if (frameIds.length === 0) return;
        await api.inject(tabId, frameIds);
        injected += frameIds.length;
      } catch {
        // The tab closed, navigated away or shows an error page: its next load gets the registered script.
      }
    }),
  );
  return injected;
}

/** Runs in each frame (the extension's isolated world): where it is, and whether a live coach runs there. */
function probeFrame(): { url: string; origin: string; coached: boolean } {
  let coached = false;
  try {
    coached = (window as unknown as { __savyCoachAlive?: () => boolean }).__savyCoachAlive?.() === true;
  } catch {
    coached = false;
  }
  return { url: location.href, origin: self.origin, coached };
}

/** The real browser behind `OpenTabsApi`: tabs.query by match pattern, scripting.executeScript per frame. */
export function browserOpenTabs(file: string): OpenTabsApi {
  return {
    async tabs(patterns) {
      const tabs = await browser.tabs.query({ url: patterns });
      return tabs.map((t) => t.id).filter((id): id is number => typeof id === 'number' && id >= 0);
    },
    async probe(tabId) {
      const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: probeFrame });
      return results.flatMap((r) => {
        const v = r.result as ReturnType<typeof probeFrame> | undefined;
        return v && typeof v.url === 'string' ? [{ frameId: r.frameId ?? 0, url: v.url, origin: String(v.origin), coached: !!v.coached }] : [];
      });
    },
    async inject(tabId, frameIds) {
      await browser.scripting.executeScript({ target: { tabId, frameIds }, files: [file as '/content-scripts/coach.js'] });
    },
  };
}
