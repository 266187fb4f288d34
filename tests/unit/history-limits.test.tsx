// @vitest-environment happy-dom
/**
 * Issue 10, attack 5: history can be flooded and locked. One page with a 2 MB textarea stored about 90,000
 * "shown" events in seconds; an imported event dated in the year 9999 made the progress page never finish; one
 * at Number.MAX_SAFE_INTEGER made it throw, and Export, Import and Delete everything disappeared.
 */
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProgressApp } from '../../components/progress/App';
import { ProgressModel } from '../../components/progress/model';
import { HistoryReporter } from '../../components/history/reporter';
import { HistoryDB } from '../../lib/history/db';
import { importHistory, parseExport } from '../../lib/history/exchange';
import { MAX_WEEKS } from '../../lib/history/stats';
import { HistoryStore } from '../../lib/history/store';
import {
  AHEAD_MS,
  DAY_MS,
  EARLIEST_AT,
  MAX_RECORDS_PER_MINUTE,
  MAX_SHOWN_PER_REPLY,
  weekOf,
  type HintEvent,
  type HintEventInput,
} from '../../lib/history/types';
import { analyze } from '../../lib/index';

const NOW = Date.UTC(2026, 10, 23, 12);
const deps = { indexedDB, IDBKeyRange };
const fresh = () => `history-limits-${Math.random().toString(36).slice(2)}`;
const dbs: HistoryDB[] = [];
afterEach(() => {
  for (const d of dbs.splice(0)) d.close();
});

const event = (i: number, over: Partial<HintEventInput> = {}): HintEventInput => ({
  at: NOW,
  replyId: 'r1',
  hintId: `h${i}`,
  host: 'tuki.example.fi',
  lang: 'fi',
  ruleId: 'fi.blame.olisit-lukenut',
  category: 'blame',
  action: 'shown',
  snippet: 'Olisit lukenut ohjeet',
  message: 'Syyllistävää.',
  ...over,
});

describe('caps on stored events', () => {
  it('a reply stores at most MAX_SHOWN_PER_REPLY "shown" events, however many the page reports', async () => {
    const s = new HistoryStore({ deps, name: fresh(), flushDelayMs: 5, now: () => NOW });
    dbs.push(s.db!);
    await s.open();
    const flood = Array.from({ length: 90_000 }, (_, i) => event(i));
    for (let i = 0; i < flood.length; i += 1000) s.recordEvents(flood.slice(i, i + 1000));
    await s.flush();
    expect(await s.db!.events.count()).toBe(MAX_SHOWN_PER_REPLY);
    // The writer's own actions on that reply are still recorded.
    s.recordEvents([event(1, { action: 'applied' })]);
    await s.flush();
    expect(await s.db!.events.where('action').equals('applied').count()).toBe(1);
  });

  it('all replies together store at most MAX_RECORDS_PER_MINUTE records a minute; the next minute records again', async () => {
    let now = NOW - (NOW % 60_000);
    const s = new HistoryStore({ deps, name: fresh(), flushDelayMs: 5, now: () => now });
    dbs.push(s.db!);
    await s.open();
    for (let r = 0; r < 100; r++) s.recordEvents(Array.from({ length: 50 }, (_, i) => event(i, { replyId: `r${r}`, at: now })));
    await s.flush();
    expect(await s.db!.events.count()).toBe(MAX_RECORDS_PER_MINUTE);
    now += 60_000;
    s.recordEvents([event(0, { replyId: 'later', at: now })]);
    await s.flush();
    expect(await s.db!.events.count()).toBe(MAX_RECORDS_PER_MINUTE + 1);
  });

  it('the content script sends at most MAX_SHOWN_PER_REPLY "shown" events for a 2 MB draft', () => {
    const sent: HintEventInput[] = [];
    const r = new HistoryReporter({ host: 'a.fi', flushMs: 1e9, send: { events: (e) => void sent.push(...e), reply: () => undefined } });
    const line = 'Olisit lukenut ohjeet. Pahoittelemme mahdollista haittaa. ';
    const text = line.repeat(Math.ceil(2_000_000 / line.length));
    const analysis = analyze(text.slice(0, 200_000), { lang: 'fi' });
    expect(analysis.hints.length).toBeGreaterThan(MAX_SHOWN_PER_REPLY);
    r.analysed(text, analysis);
    r.flush();
    expect(sent.filter((e) => e.action === 'shown')).toHaveLength(MAX_SHOWN_PER_REPLY);
  });
});

describe('times in a sane range', () => {
  const file = (events: unknown[]) =>
    parseExport(
      JSON.stringify({
        format: 'savy-history',
        schemaVersion: 2,
        exportedAt: 'x',
        events,
        replies: [
          { id: 'r', at: 253402300799000, startedAt: 5, host: 'a.fi', lang: 'fi', words: 3, hints: 0, byCategory: {}, steps: {}, activeMs: 0 },
        ],
        practice: [],
      }),
    );

  it('an import dated in the year 9999 or at Number.MAX_SAFE_INTEGER is stored within a day of now', async () => {
    const db = new HistoryDB(deps, fresh());
    dbs.push(db);
    await db.open();
    const far = Date.UTC(9999, 11, 31);
    const result = await importHistory(
      db,
      file([
        { ...event(1), id: 'a', at: far },
        { ...event(2), id: 'b', at: Number.MAX_SAFE_INTEGER },
        { ...event(3), id: 'c', at: 5 },
      ]),
      NOW,
    );
    expect(result).toMatchObject({ added: 4, rejected: 0 });
    const stored = await db.events.orderBy('at').toArray();
    expect(stored.map((e) => e.at)).toEqual([EARLIEST_AT, NOW + AHEAD_MS, NOW + AHEAD_MS]);
    for (const e of stored) expect(e.week).toBe(weekOf(e.at));
    const [reply] = await db.replies.toArray();
    expect(reply.at).toBe(NOW + AHEAD_MS);
    expect(reply.startedAt).toBe(EARLIEST_AT);
  });

  it('retention deletes records dated in the future as well as old ones', async () => {
    const s = new HistoryStore({ deps, name: fresh(), now: () => NOW });
    dbs.push(s.db!);
    await s.open();
    const base = {
      week: 0,
      replyId: 'r',
      host: 'a.fi',
      lang: 'fi' as const,
      ruleId: 'x',
      category: 'blame',
      action: 'shown' as const,
      snippet: '',
      message: '',
    };
    // As an earlier version stored them, before times were kept sane.
    await s.db!.events.bulkPut([
      { ...base, id: 'future', at: Date.UTC(9999, 0, 1) },
      { ...base, id: 'max', at: Number.MAX_SAFE_INTEGER },
      { ...base, id: 'now', at: NOW },
      { ...base, id: 'old', at: NOW - 400 * DAY_MS },
    ]);
    expect(await s.prune(180)).toBe(3);
    expect((await s.db!.events.toArray()).map((e) => e.id)).toEqual(['now']);
  });
});

describe('the progress page whatever the data', () => {
  it('loads, shows its charts within ten years, and keeps Export, Import and Delete everything', async () => {
    const db = new HistoryDB(deps, fresh());
    dbs.push(db);
    await db.open();
    const base = {
      replyId: 'r',
      host: 'a.fi',
      lang: 'fi' as const,
      ruleId: 'fi.blame.x',
      category: 'blame',
      action: 'shown' as const,
      snippet: 's',
      message: 'm',
    };
    const stored: HintEvent[] = [
      { ...base, id: 'max', at: Number.MAX_SAFE_INTEGER, week: weekOf(Number.MAX_SAFE_INTEGER) },
      { ...base, id: 'far', at: Date.UTC(9999, 0, 1), week: weekOf(Date.UTC(9999, 0, 1)) },
      { ...base, id: 'neg', at: -8.64e15, week: weekOf(-8.64e15) },
      { ...base, id: 'ok', at: NOW - DAY_MS, week: weekOf(NOW - DAY_MS) },
    ];
    await db.events.bulkPut(stored);
    await db.replies.bulkPut([
      {
        id: 'r',
        startedAt: 0,
        at: Number.MAX_SAFE_INTEGER,
        week: weekOf(Number.MAX_SAFE_INTEGER),
        host: 'a.fi',
        lang: 'fi',
        words: 5,
        hints: 1,
        byCategory: { blame: 1 },
        steps: { greet: true, thank: false, empathize: false, apologize: false, 'next-steps': false },
        activeMs: 0,
      },
    ]);
    const downloads: { name: string; text: string }[] = [];
    const model = new ProgressModel({
      db,
      status: async () => ({ paused: false }),
      told: () => undefined,
      resume: async () => undefined,
      download: (name, _m, text) => void downloads.push({ name, text }),
      print: vi.fn(),
      now: () => NOW,
    });
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<ProgressApp model={model} lang="fi" />, root));
    await vi.waitFor(
      async () => {
        await act(() => new Promise((r) => setTimeout(r, 10)));
        expect(!model.computing.value && !!model.stats.value).toBe(true);
      },
      { timeout: 10_000 },
    );
    expect(model.failed.value).toBe(false);
    expect(model.events.value.map((e) => e.id)).toEqual(['ok']);
    expect(model.stats.value!.weeks.length).toBeLessThanOrEqual(MAX_WEEKS);
    expect(root.querySelector('#manage-title-h')).not.toBeNull();
    expect(root.querySelector('#import-file')).not.toBeNull();
    expect(root.querySelector('button.btn-danger')).not.toBeNull();
    // Export still holds everything stored (the writer's file), and the CSV of what is shown has a date.
    await model.exportJson();
    expect(JSON.parse(downloads[0].text).events).toHaveLength(4);
    model.exportCsv();
    expect(downloads[1].text).toMatch(/2026-11-22T12:00:00\.000Z/);
    render(null, root);
    root.remove();
    model.stop();
  });
});
