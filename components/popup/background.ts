/**
 * The popup's and the practice inbox's background half: the latest draft status per tab (`draftStatus`,
 * `getDraftStatus`), site access for the popup (`siteAccess`, `enableSite`, `disableSite`, reusing
 * components/sites/background.ts), today's figures from the history store (`historyToday`), and the practice inbox opened
 * once on install. entrypoints/background.ts calls startPopupBackground() once, after startHistory().
 */
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging';
import { DraftStore, type SessionArea } from './drafts';
import { startHistory } from '../history/background';
import { countSince, type TodayCounts } from '../../lib/history/today';
import { disableSite, enableSite, siteStatus } from '../sites/background';

export const PRACTICE_PAGE = '/practice.html';

export function startPopupBackground(options: { installDelayMs?: number } = {}): DraftStore {
  const session = (browser.storage as unknown as { session?: SessionArea }).session ?? null;
  const drafts = new DraftStore(session);

  onMessage('draftStatus', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return;
    return drafts.set(tabId, sender.frameId ?? 0, data);
  });
  onMessage('getDraftStatus', ({ data }) => (typeof data === 'number' ? drafts.get(data) : null));
  browser.tabs?.onRemoved.addListener((tabId) => void drafts.clearTab(tabId));
  browser.tabs?.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void drafts.clearTab(tabId); // a new page (or a reload): its coach reports afresh
  });

  onMessage('siteAccess', ({ data }) => siteStatus(String(data)));
  onMessage('enableSite', ({ data }) => enableSite(String(data?.url), typeof data?.tabId === 'number' ? data.tabId : undefined));
  onMessage('disableSite', ({ data }) => disableSite(String(data)));

  onMessage('historyToday', async ({ data }): Promise<TodayCounts> => {
    const store = startHistory(); // the one store (startHistory is idempotent)
    await store.flush();
    if (!store.db || store.status.paused) return { replies: 0, applied: 0, dismissed: 0, practice: 0 };
    return countSince(store.db, Number(data) || 0);
  });

  // What a new writer sees first: the practice inbox. `npm start` names it on Chromium's command line, where it
  // loads before the extension and is blocked (ERR_BLOCKED_BY_CLIENT): a moment after install or browser start,
  // reload such a tab; on install, open the inbox if no tab shows it.
  const delay = options.installDelayMs ?? 1000;
  browser.runtime.onInstalled.addListener(({ reason }) => {
    setTimeout(() => void showPractice(reason === 'install').catch(() => undefined), delay);
  });
  browser.runtime.onStartup?.addListener(() => {
    setTimeout(() => void showPractice(false).catch(() => undefined), delay);
  });
  return drafts;
}

/** Reloads practice-inbox tabs that did not load (their title is not Sävy's); opens one if asked and none is there. */
async function showPractice(openIfNone: boolean): Promise<void> {
  const url = browser.runtime.getURL(PRACTICE_PAGE as '/practice.html');
  const tabs = (await browser.tabs.query({}).catch(() => [])).filter((t) => t.url?.startsWith(url) || t.pendingUrl?.startsWith(url));
  for (const t of tabs) if (t.id !== undefined && !t.title?.startsWith('Sävy')) await browser.tabs.reload(t.id).catch(() => undefined);
  if (!tabs.length && openIfNone) await browser.tabs.create({ url });
}
