/**
 * The popup's "Today": replies coached, hints applied and dismissed, practice attempts since a moment (the
 * writer's local midnight, which the popup computes). Reads the history database through the `at` indexes.
 */
import type { HistoryDB } from './db';

export interface TodayCounts {
  replies: number;
  applied: number;
  dismissed: number;
  practice: number;
}

/** The host name the practice inbox reports its hint events and replies under. */
export const PRACTICE_HOST = 'practice';

export async function countSince(db: HistoryDB, since: number): Promise<TodayCounts> {
  const [replies, events, practice] = await Promise.all([
    // Practice replies (host "practice") are counted as practice attempts, not as replies coached.
    db.replies
      .where('at')
      .aboveOrEqual(since)
      .filter((r) => r.host !== PRACTICE_HOST)
      .count(),
    db.events.where('at').aboveOrEqual(since).toArray(),
    db.practice.where('at').aboveOrEqual(since).count(),
  ]);
  let applied = 0;
  let dismissed = 0;
  for (const e of events) {
    if (e.action === 'applied') applied++;
    else if (e.action === 'dismissed') dismissed++;
  }
  return { replies, applied, dismissed, practice };
}

/** Local midnight of the day of `now`, epoch ms. */
export function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}
