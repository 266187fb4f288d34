/**
 * The history's background half: one HistoryStore on the extension origin's IndexedDB, the protocol's history
 * messages, and a daily alarm that prunes by retention (chrome.storage.local `historyRetentionDays`, default 180).
 * entrypoints/background.ts calls startHistory() once. Nothing here throws into a content script: a failing
 * store pauses and says so in `historyStatus`.
 */
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging';
import { HistoryStore, type HistoryStatus } from '../../lib/history/index';
import { PRUNE_ALARM, RETENTION_KEY, retentionDays, STATUS_KEY } from '../../lib/history/settings';

let store: HistoryStore | undefined;

async function currentRetention(): Promise<number> {
  try {
    return retentionDays((await browser.storage.local.get(RETENTION_KEY))[RETENTION_KEY]);
  } catch {
    return retentionDays(undefined);
  }
}

async function prune(): Promise<void> {
  if (!store) return;
  const removed = await store.prune(await currentRetention());
  if (removed > 0 && store.status.paused) await store.resume();
}

export function startHistory(): HistoryStore {
  if (store) return store;
  const g = globalThis as { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };
  const s = (store = new HistoryStore({
    deps: g.indexedDB && g.IDBKeyRange ? { indexedDB: g.indexedDB, IDBKeyRange: g.IDBKeyRange } : null,
    onStatus: (status: HistoryStatus) => void browser.storage.local.set({ [STATUS_KEY]: status }).catch(() => undefined),
  }));
  void s.open().then(() => {
    // Publish the starting status (a new start forgets an earlier pause; it pauses again if it must).
    void browser.storage.local.set({ [STATUS_KEY]: s.status }).catch(() => undefined);
    return prune();
  });

  onMessage('historyEvents', ({ data }) => {
    if (Array.isArray(data)) s.recordEvents(data);
  });
  onMessage('historyReply', ({ data }) => {
    if (data) s.recordReply(data);
  });
  onMessage('historyPractice', ({ data }) => {
    if (data) s.recordPractice(data);
  });
  onMessage('historyStatus', () => s.status);
  onMessage('historyStatusTold', () => s.markTold());
  onMessage('historyResume', async () => {
    await s.resume();
    return s.status;
  });

  try {
    void browser.alarms?.create(PRUNE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
    browser.alarms?.onAlarm.addListener((alarm) => {
      if (alarm.name === PRUNE_ALARM) void prune();
    });
  } catch {
    // No alarms (a browser without the API): pruning still runs at every start.
  }
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[RETENTION_KEY]) void prune();
  });
  // The worker is about to be stopped (the browser closes, or it idles out): write what is queued.
  browser.runtime.onSuspend?.addListener(() => void s.flush());
  return s;
}
