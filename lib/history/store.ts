/**
 * HistoryStore: the write side of the history, as the background runs it. Reports are queued and written in
 * batches (one transaction per flush); a reply is kept as ONE record, updated in place, however many times the
 * writer's draft changes. Nothing here throws to the caller: when the storage is full or IndexedDB is missing,
 * history pauses (a status the UI reads, told once) and the coach goes on.
 */
import { HistoryDB, type IndexedDBDeps } from './db';
import { toEvent, toPractice, toReply } from './sanitize';
import {
  AHEAD_MS,
  DAY_MS,
  MAX_ACTIONS_PER_REPLY,
  MAX_RECORDS_PER_MINUTE,
  MAX_SHOWN_PER_REPLY,
  type HintEvent,
  type HintEventInput,
  type HistoryStatus,
  type PracticeAttempt,
  type PracticeInput,
  type ReplyInput,
  type ReplySummary,
} from './types';

export const DEFAULT_RETENTION_DAYS = 180;
export const FLUSH_DELAY_MS = 2000;
export const FLUSH_AT = 200;

export interface HistoryStoreOptions {
  /** null: IndexedDB is not available here; history starts paused. */
  deps: IndexedDBDeps | null;
  name?: string;
  flushDelayMs?: number;
  /** Called when the status changes (paused or resumed). */
  onStatus?: (status: HistoryStatus) => void;
  now?: () => number;
}

export function classifyError(e: unknown): NonNullable<HistoryStatus['reason']> {
  const names: string[] = [];
  for (let x = e as { name?: string; inner?: unknown; failures?: unknown[] } | undefined, i = 0; x && i < 5; i++) {
    if (typeof x.name === 'string') names.push(x.name);
    if (Array.isArray(x.failures) && x.failures[0]) names.push(...[x.failures[0] as { name?: string }].map((f) => f.name ?? ''));
    x = x.inner as typeof x;
  }
  if (names.some((n) => n === 'QuotaExceededError')) return 'quota';
  if (
    names.some((n) => ['MissingAPIError', 'OpenFailedError', 'InvalidStateError', 'DatabaseClosedError', 'UnknownError', 'SecurityError'].includes(n))
  )
    return 'unavailable';
  return 'error';
}

export class HistoryStore {
  readonly db: HistoryDB | null;
  private events = new Map<string, HintEvent>();
  private replies = new Map<string, ReplySummary>();
  private practice = new Map<string, PracticeAttempt>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private current: HistoryStatus;
  private readonly now: () => number;

  constructor(private readonly options: HistoryStoreOptions) {
    this.now = options.now ?? Date.now;
    this.db = options.deps ? new HistoryDB(options.deps, options.name) : null;
    this.current = this.db ? { paused: false } : { paused: true, reason: 'unavailable', since: this.now() };
  }

  get status(): HistoryStatus {
    return { ...this.current };
  }

  /** Opens the database; pauses (without throwing) when it cannot. */
  async open(): Promise<boolean> {
    if (!this.db) return false;
    try {
      await this.db.open();
      if (this.current.paused && this.current.reason !== 'quota') this.setStatus({ paused: false });
      return true;
    } catch (e) {
      this.pause(e);
      return false;
    }
  }

  recordEvents(inputs: readonly HintEventInput[]): void {
    if (this.current.paused) return;
    const now = this.now();
    let acted = false;
    for (const input of inputs) {
      const e = toEvent(input, now);
      // 'shown' once per hint and reply; a later action on the same hint is its own event.
      if (e && !this.events.has(e.id) && this.allow(e, now)) {
        this.events.set(e.id, e);
        if (e.action !== 'shown') acted = true;
      }
    }
    // The writer's own actions are written at once: a browser closed a moment later must not lose them.
    if (acted) void this.flush();
    else this.schedule();
  }

  /** What each reply recorded lately (the background's memory: a restart forgets it, which is fine). */
  private perReply = new Map<string, { shown: number; actions: number }>();
  private minute = { start: 0, count: 0 };

  /** Within the caps per reply and per minute (types.ts); what goes past them is not stored. */
  private allow(e: HintEvent | null, now: number): boolean {
    const start = now - (now % 60_000);
    if (this.minute.start !== start) this.minute = { start, count: 0 };
    if (this.minute.count >= MAX_RECORDS_PER_MINUTE) return false;
    if (e) {
      const n = this.tally(e.replyId);
      if (e.action === 'shown' ? n.shown >= MAX_SHOWN_PER_REPLY : n.actions >= MAX_ACTIONS_PER_REPLY) return false;
      if (e.action === 'shown') n.shown++;
      else n.actions++;
    }
    this.minute.count++;
    return true;
  }

  private tally(replyId: string): { shown: number; actions: number } {
    let n = this.perReply.get(replyId);
    if (!n) {
      if (this.perReply.size >= 1000) this.perReply.clear();
      this.perReply.set(replyId, (n = { shown: 0, actions: 0 }));
    }
    return n;
  }

  recordReply(input: ReplyInput): void {
    if (this.current.paused) return;
    const now = this.now();
    const r = toReply(input, now);
    if (!r) return;
    // A new reply counts against the minute's cap; its updates do not.
    if (!this.perReply.has(r.id)) {
      if (!this.allow(null, now)) return;
      this.tally(r.id);
    }
    const queued = this.replies.get(r.id);
    if (!queued || queued.at <= r.at) this.replies.set(r.id, queued ? { ...r, startedAt: Math.min(queued.startedAt, r.startedAt) } : r);
    this.schedule();
  }

  recordPractice(input: PracticeInput): void {
    if (this.current.paused) return;
    const p = toPractice(input, this.now());
    if (p) this.practice.set(p.id, p);
    this.schedule();
  }

  private pending(): number {
    return this.events.size + this.replies.size + this.practice.size;
  }

  private schedule(): void {
    if (this.pending() >= FLUSH_AT) {
      void this.flush();
      return;
    }
    if (this.timer === undefined) this.timer = setTimeout(() => void this.flush(), this.options.flushDelayMs ?? FLUSH_DELAY_MS);
  }

  /** Writes everything queued in one transaction. Never rejects. */
  flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const db = this.db;
    const events = [...this.events.values()];
    const replies = [...this.replies.values()];
    const practice = [...this.practice.values()];
    this.events = new Map();
    this.replies = new Map();
    this.practice = new Map();
    if (!db || this.current.paused || events.length + replies.length + practice.length === 0) return this.flushing;
    this.flushing = this.flushing.then(async () => {
      try {
        await db.transaction('rw', db.events, db.replies, db.practice, async () => {
          if (events.length) {
            // Keep the first record of an event already stored (its time is when it happened).
            const known = new Set((await db.events.bulkGet(events.map((e) => e.id))).filter(Boolean).map((e) => e!.id));
            const fresh = events.filter((e) => !known.has(e.id));
            if (fresh.length) await db.events.bulkPut(fresh);
          }
          if (replies.length) {
            const stored = await db.replies.bulkGet(replies.map((r) => r.id));
            await db.replies.bulkPut(
              replies.map((r, i) => {
                const old = stored[i];
                return old ? { ...r, startedAt: Math.min(old.startedAt, r.startedAt), activeMs: Math.max(old.activeMs, r.activeMs) } : r;
              }),
            );
          }
          if (practice.length) await db.practice.bulkPut(practice);
        });
      } catch (e) {
        this.pause(e);
      }
    });
    return this.flushing;
  }

  /**
   * Deletes records older than `days` days, and records dated in the future (more than AHEAD_MS ahead: only a
   * bad import or an earlier version could store them). Returns how many were deleted; 0 (never throws) when
   * paused or failing.
   */
  async prune(days = DEFAULT_RETENTION_DAYS): Promise<number> {
    const db = this.db;
    if (!db || !(days > 0)) return 0;
    const now = this.now();
    const before = now - days * DAY_MS;
    const after = now + AHEAD_MS;
    try {
      return await db.transaction('rw', db.events, db.replies, db.practice, async () => {
        let n = 0;
        for (const table of [db.events, db.replies, db.practice] as const) {
          n += await (table as typeof db.events).where('at').below(before).delete();
          n += await (table as typeof db.events).where('at').above(after).delete();
        }
        return n;
      });
    } catch (e) {
      this.pause(e);
      return 0;
    }
  }

  /** After space was freed (pruning, deleting): try writing again. */
  async resume(): Promise<boolean> {
    if (!this.db) return false;
    const ok = await this.open();
    if (ok && this.current.paused) this.setStatus({ paused: false });
    return ok;
  }

  /** The UI told the writer that history is paused. */
  markTold(): void {
    if (this.current.paused && !this.current.told) this.setStatus({ ...this.current, told: true });
  }

  private pause(e: unknown): void {
    if (this.current.paused) return;
    this.events.clear();
    this.replies.clear();
    this.practice.clear();
    this.setStatus({ paused: true, reason: classifyError(e), since: this.now(), told: false });
  }

  private setStatus(status: HistoryStatus): void {
    this.current = status;
    try {
      this.options.onStatus?.({ ...status });
    } catch {
      // A listener's failure is not the writer's problem.
    }
  }
}
