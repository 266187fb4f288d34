/** chrome.storage.local keys of the history (the options page shows and edits the retention). */
export const RETENTION_KEY = 'historyRetentionDays';
/** The HistoryStatus, written by the background whenever it changes, for any UI to read (and watch). */
export const STATUS_KEY = 'historyStatus';
export const PRUNE_ALARM = 'savy-history-prune';
export const RETENTION_CHOICES = [30, 90, 180, 365, 730] as const;

export function retentionDays(value: unknown, fallback = 180): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 3650 ? value : fallback;
}
