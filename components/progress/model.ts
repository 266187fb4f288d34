/**
 * The progress page's state: every record loaded once (a year is ~50,000 events, a few MB), filtered in memory,
 * aggregated in chunks between frames (worker-free but incremental), paged for the timeline.
 */
import { computed, signal } from '@preact/signals';
import { liveQuery, type Subscription } from 'dexie';
import { clearHistory, eventsToCsv, exportHistory, importHistory, parseExport } from '../../lib/history/exchange';
import { matchesEvent, ProgressAggregator, type HistoryFilter, type ProgressStats } from '../../lib/history/stats';
import { AHEAD_MS, EARLIEST_AT, type HintEvent, type HistoryStatus, type PracticeAttempt, type ReplySummary } from '../../lib/history/types';
import { t } from '../i18n';
import type { ProgressSource } from './source';

export const PAGE_SIZE = 50;
export const CHUNK = 5000;
const SLICE_MS = 14 * 86_400_000;
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

export class ProgressModel {
  readonly events = signal<HintEvent[]>([]);
  readonly replies = signal<ReplySummary[]>([]);
  /** Practice attempts with their reflections and self-ratings, oldest first. */
  readonly practice = signal<PracticeAttempt[]>([]);
  readonly loaded = signal(false);
  readonly failed = signal(false);
  readonly filter = signal<HistoryFilter>({});
  readonly page = signal(0);
  readonly stats = signal<ProgressStats | null>(null);
  readonly computing = signal(false);
  readonly status = signal<HistoryStatus | null>(null);
  /** Announced in a live region: what an action did. */
  readonly notice = signal('');
  /** Which control the notice is about (shown beside it), and whether it is a success or a problem. */
  readonly noticeAt = signal<{ area: 'export' | 'import' | 'delete'; tone: 'ok' | 'error' } | null>(null);
  readonly view = signal<'progress' | 'report'>('progress');

  readonly filtered = computed(() => {
    const f = this.filter.value;
    const all = this.events.value;
    return Object.keys(f).length === 0 ? all : all.filter((e) => matchesEvent(e, f));
  });
  readonly pages = computed(() => Math.max(1, Math.ceil(this.filtered.value.length / PAGE_SIZE)));
  readonly pageItems = computed(() => {
    const p = Math.min(this.page.value, this.pages.value - 1);
    return this.filtered.value.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE);
  });
  readonly options = computed(() => {
    const hosts = new Set<string>();
    const categories = new Set<string>();
    const langs = new Set<string>();
    for (const e of this.events.value) {
      hosts.add(e.host);
      categories.add(e.category);
      langs.add(e.lang);
    }
    for (const r of this.replies.value) {
      hosts.add(r.host);
      langs.add(r.lang);
    }
    return { hosts: [...hosts].sort(), categories: [...categories].sort(), langs: [...langs].sort() };
  });

  private generation = 0;
  private loadGeneration = 0;
  private sub: Subscription | undefined;
  private stopEffect: (() => void) | undefined;

  constructor(readonly source: ProgressSource) {}

  async start(): Promise<void> {
    await this.reload();
    void this.source.status().then((s) => {
      this.status.value = s;
      if (s?.paused && !s.told) this.source.told();
    });
    // The background writes while the writer works elsewhere: reload when the tables differ from what was loaded
    // (also when a write landed between the first load and the first answer of the query).
    const db = this.source.db;
    this.sub = liveQuery(async () => [
      await db.events.count(),
      await db.replies.count(),
      await db.practice.count(),
      (await db.events.orderBy('at').last())?.at ?? 0,
    ]).subscribe({
      next: (seen) => {
        if (JSON.stringify(seen) !== this.loadedKey()) void this.reload();
      },
      error: () => undefined,
    });
  }

  /** What the last load saw, in the live query's terms. */
  private loadedKey(): string {
    const events = this.events.value;
    return JSON.stringify([events.length, this.replies.value.length, this.practice.value.length, events[0]?.at ?? 0]);
  }

  stop(): void {
    this.sub?.unsubscribe();
    this.stopEffect?.();
    this.generation++;
  }

  async reload(): Promise<void> {
    const gen = ++this.loadGeneration;
    try {
      const db = this.source.db;
      if (!this.loaded.value) {
        // The newest page first, so the timeline shows at once.
        const hi = this.source.now() + AHEAD_MS;
        this.events.value = await db.events.where('at').between(EARLIEST_AT, hi, true, true).reverse().limit(PAGE_SIZE).toArray();
        this.loaded.value = true;
      }
      // Then everything, two weeks at a time: each slice is one getAll() (a forward index read), and the page
      // stays responsive between slices instead of deserialising a year in one long task. Only records in the
      // sane range are read (from 2020 to a day ahead): one an earlier version stored in the year 9999, or at
      // Number.MAX_SAFE_INTEGER, would make this walk forever or the dates throw. Retention deletes them.
      const now = this.source.now();
      const lo = EARLIEST_AT;
      const hi = now + AHEAD_MS;
      const [first, last] = await Promise.all([
        db.events.where('at').between(lo, hi, true, true).first(),
        db.events.where('at').between(lo, hi, true, true).last(),
      ]);
      const slices: HintEvent[][] = [];
      if (first && last) {
        for (let top = last.at + 1; top > first.at; top -= SLICE_MS) {
          const part = await db.events
            .where('at')
            .between(Math.max(first.at, top - SLICE_MS), top, true, false)
            .toArray();
          if (gen !== this.loadGeneration) return;
          slices.push(part.reverse());
        }
      }
      const replies = await db.replies.where('at').between(lo, hi, true, true).toArray();
      const practice = await db.practice.where('at').between(lo, hi, true, true).toArray();
      if (gen !== this.loadGeneration) return;
      this.events.value = slices.flat();
      this.replies.value = replies;
      this.practice.value = practice;
      this.failed.value = false;
    } catch {
      this.failed.value = true;
    }
    this.loaded.value = true;
    await this.recompute();
  }

  setFilter(patch: Partial<HistoryFilter>): void {
    const next: HistoryFilter = { ...this.filter.value, ...patch };
    for (const k of Object.keys(next) as (keyof HistoryFilter)[]) if (next[k] === undefined || next[k] === '') delete next[k];
    this.filter.value = next;
    this.page.value = 0;
    void this.recompute();
  }

  /**
   * Aggregates the filtered records in chunks, yielding between them; a newer call supersedes an older one.
   * Never throws: without statistics the page still has its timeline and its Manage section.
   */
  async recompute(): Promise<void> {
    const gen = this.generation + 1;
    try {
      await this.aggregate();
    } catch {
      if (gen !== this.generation) return;
      this.stats.value = null;
      this.computing.value = false;
    }
  }

  private async aggregate(): Promise<void> {
    const gen = ++this.generation;
    this.computing.value = true;
    const f = this.filter.value;
    const events = this.filtered.value;
    const replies = this.replies.value;
    const agg = new ProgressAggregator(f);
    for (let i = 0; i < events.length; i += CHUNK) {
      agg.addEvents(events, i, Math.min(events.length, i + CHUNK));
      if (i + CHUNK < events.length) {
        await tick();
        if (gen !== this.generation) return;
      }
    }
    for (let i = 0; i < replies.length; i += CHUNK) {
      agg.addReplies(replies, i, Math.min(replies.length, i + CHUNK));
      if (i + CHUNK < replies.length) {
        await tick();
        if (gen !== this.generation) return;
      }
    }
    this.stats.value = agg.result();
    this.computing.value = false;
  }

  async exportJson(): Promise<void> {
    const data = await exportHistory(this.source.db, this.source.now());
    this.source.download(
      `savy-history-${new Date(this.source.now()).toISOString().slice(0, 10)}.json`,
      'application/json',
      JSON.stringify(data, null, 1),
    );
    this.say('export', 'ok', t('progress_exported', data.events.length));
  }

  exportCsv(): void {
    const rows = this.filtered.value.slice().reverse();
    this.source.download(
      `savy-history-${new Date(this.source.now()).toISOString().slice(0, 10)}.csv`,
      'text/csv;charset=utf-8',
      `\ufeff${eventsToCsv(rows)}`,
    );
    this.say('export', 'ok', t('progress_exported', rows.length));
  }

  async importText(text: string): Promise<void> {
    try {
      const r = await importHistory(this.source.db, parseExport(text), this.source.now());
      this.say(
        'import',
        'ok',
        `${t('progress_importedNew', r.added)}, ${t('progress_importedUpdated', r.updated)}, ${t('progress_importedKept', r.unchanged)}.`,
      );
      await this.reload();
    } catch (e) {
      // In words, never the parser's raw message: not JSON at all, or JSON that is not a Sävy history export.
      this.say('import', 'error', t(e instanceof Error && /not JSON/i.test(e.message) ? 'progress_importNotJson' : 'progress_importNotExport'));
    }
  }

  private say(area: 'export' | 'import' | 'delete', tone: 'ok' | 'error', text: string): void {
    this.noticeAt.value = { area, tone };
    this.notice.value = text;
  }

  async deleteAll(): Promise<void> {
    try {
      await clearHistory(this.source.db);
      await this.source.resume();
      this.status.value = await this.source.status();
      this.say('delete', 'ok', t('progress_deleted'));
    } catch {
      this.say('delete', 'error', t('progress_deleteFailed'));
    }
    await this.reload();
  }
}
