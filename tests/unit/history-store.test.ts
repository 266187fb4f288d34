import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { HistoryDB } from '../../lib/history/db';
import { clearHistory, eventsToCsv, exportHistory, importHistory, parseExport } from '../../lib/history/exchange';
import { VERSIONS } from '../../lib/history/schema/index';
import { HistoryStore, classifyError } from '../../lib/history/store';
import { progressStats } from '../../lib/history/stats';
import { DAY_MS, weekOf, type HintEventInput, type ReplyInput } from '../../lib/history/types';

const deps = { indexedDB, IDBKeyRange };
let n = 0;
const freshName = () => `savy-history-test-${++n}-${Math.random().toString(36).slice(2)}`;
const stores: HistoryStore[] = [];
function makeStore(extra: Partial<ConstructorParameters<typeof HistoryStore>[0]> = {}) {
  const s = new HistoryStore({ deps, name: freshName(), flushDelayMs: 5, ...extra });
  stores.push(s);
  return s;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.db?.close();
});

const NOW = Date.UTC(2026, 10, 23, 12);
const steps = { greet: true, thank: false, empathize: true, apologize: false, 'next-steps': true };
const event = (over: Partial<HintEventInput> = {}): HintEventInput => ({
  at: NOW,
  replyId: 'r1',
  hintId: 'h1',
  host: 'tuki.example.fi',
  lang: 'fi',
  ruleId: 'fi.blame.olisit-lukenut',
  category: 'blame',
  action: 'shown',
  snippet: 'Olisit lukenut ohjeet, maija@example.fi',
  message: 'Asiakas voi kokea tämän syyllistävänä.',
  ...over,
});
const reply = (over: Partial<ReplyInput> = {}): ReplyInput => ({
  id: 'r1',
  startedAt: NOW - 60_000,
  at: NOW,
  host: 'tuki.example.fi',
  lang: 'fi',
  words: 10,
  hints: 2,
  byCategory: { blame: 2 },
  steps,
  activeMs: 5000,
  ...over,
});

describe('HistoryStore', () => {
  it('keeps ONE record per reply however many updates arrive, and writes in batches', async () => {
    const s = makeStore();
    await s.open();
    const put = vi.spyOn(s.db!.replies, 'bulkPut');
    for (let i = 1; i <= 120; i++) s.recordReply(reply({ at: NOW + i * 1000, words: i, activeMs: i * 1000 }));
    await s.flush();
    expect(await s.db!.replies.count()).toBe(1);
    const r = (await s.db!.replies.get('r1'))!;
    expect(r.words).toBe(120);
    expect(r.startedAt).toBe(NOW - 60_000);
    expect(r.week).toBe(weekOf(NOW));
    expect(put).toHaveBeenCalledTimes(1);
    s.recordReply(reply({ at: NOW + 200_000, words: 130, activeMs: 10 }));
    await s.flush();
    const again = (await s.db!.replies.get('r1'))!;
    expect(again.words).toBe(130);
    expect(again.activeMs).toBe(120_000);
    expect(await s.db!.replies.count()).toBe(1);
  });

  it('stores a shown hint once per reply, redacts snippets and rewrites, keeps the host name only', async () => {
    const s = makeStore();
    await s.open();
    s.recordEvents([
      event(),
      event({ at: NOW + 5 }),
      event({ hintId: 'h1', action: 'applied', rewrite: 'Soita 040 123 4567', host: 'https://tuki.example.fi/ticket/123?customer=maija' }),
    ]);
    await s.flush();
    s.recordEvents([event({ at: NOW + 10_000 })]);
    await s.flush();
    const all = await s.db!.events.orderBy('at').toArray();
    expect(all.map((e) => e.action)).toEqual(['shown', 'applied']);
    expect(all[0].at).toBe(NOW);
    expect(all[0].snippet).toBe('Olisit lukenut ohjeet, [email]');
    expect(all[1].rewrite).toBe('Soita [phone]');
    expect(all[1].host).toBe('tuki.example.fi');
    expect(JSON.stringify(all)).not.toMatch(/maija@|4567/);
  });

  it('flushes by itself after the delay', async () => {
    const s = makeStore({ flushDelayMs: 10 });
    await s.open();
    s.recordEvents([event()]);
    // Nothing calls flush(): the store's own timer writes the event.
    await vi.waitFor(async () => expect(await s.db!.events.count()).toBe(1), { timeout: 5000 });
  });

  it('pauses on a full disk, says so once, drops later writes and never throws', async () => {
    const statuses: unknown[] = [];
    const s = makeStore({ onStatus: (st) => statuses.push(st), now: () => NOW });
    await s.open();
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(s.db!, 'transaction').mockRejectedValue(Object.assign(new Error('Dexie'), { name: 'AbortError', inner: quota }));
    s.recordEvents([event()]);
    await expect(s.flush()).resolves.toBeUndefined();
    expect(s.status).toEqual({ paused: true, reason: 'quota', since: NOW, told: false });
    s.recordEvents([event({ hintId: 'h2' })]);
    s.recordReply(reply());
    await s.flush();
    expect(statuses).toHaveLength(1);
    s.markTold();
    expect(s.status.told).toBe(true);
    vi.restoreAllMocks();
    await s.resume();
    expect(s.status.paused).toBe(false);
  });

  it('starts paused, without throwing, when IndexedDB is unavailable', async () => {
    const s = new HistoryStore({ deps: null });
    expect(s.status).toMatchObject({ paused: true, reason: 'unavailable' });
    expect(await s.open()).toBe(false);
    s.recordEvents([event()]);
    s.recordReply(reply());
    await expect(s.flush()).resolves.toBeUndefined();
    expect(await s.prune()).toBe(0);
  });

  it('pauses when the database cannot open', async () => {
    const broken = {
      open: () => {
        throw Object.assign(new Error('blocked'), { name: 'SecurityError' });
      },
    } as unknown as IDBFactory;
    const s = makeStore({ deps: { indexedDB: broken, IDBKeyRange } });
    expect(await s.open()).toBe(false);
    expect(s.status).toMatchObject({ paused: true, reason: 'unavailable' });
    expect(classifyError({ name: 'BulkError', failures: [{ name: 'QuotaExceededError' }] })).toBe('quota');
  });

  it('prunes by retention', async () => {
    const s = makeStore({ now: () => NOW });
    await s.open();
    s.recordEvents([event({ at: NOW - 200 * DAY_MS, hintId: 'old' }), event({ at: NOW - 10 * DAY_MS, hintId: 'new' })]);
    s.recordReply(reply({ id: 'old', at: NOW - 181 * DAY_MS }));
    s.recordReply(reply({ id: 'new', at: NOW - 179 * DAY_MS }));
    s.recordPractice({ at: NOW - 365 * DAY_MS, ticketId: 't', lang: 'fi', hints: 0, steps, reflection: '', rating: 4 });
    await s.flush();
    expect(await s.prune()).toBe(3);
    expect(await s.db!.events.count()).toBe(1);
    expect((await s.db!.replies.toArray()).map((r) => r.id)).toEqual(['new']);
    expect(await s.prune(5)).toBe(2);
  });
});

describe('schema upgrade', () => {
  it('opens a database written by v1 (golden fixture) and upgrades it to v2 with nothing lost', async () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/history-v1.json', 'utf8'));
    const name = freshName();
    const v1 = new HistoryDB(deps, name, VERSIONS.slice(0, 1));
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.events.bulkAdd(fixture.events);
    await v1.replies.bulkAdd(fixture.replies);
    await v1.practice.bulkAdd(fixture.practice);
    v1.close();

    const db = new HistoryDB(deps, name);
    await db.open();
    expect(db.verno).toBe(2);
    const events = await db.events.orderBy('at').toArray();
    expect(events).toEqual(fixture.events.map((e: { at: number }) => ({ ...e, week: weekOf(e.at) })));
    expect(await db.replies.orderBy('at').toArray()).toEqual(fixture.replies.map((r: { at: number }) => ({ ...r, week: weekOf(r.at) })));
    expect(await db.practice.toArray()).toEqual(fixture.practice.map((p: { at: number }) => ({ ...p, week: weekOf(p.at) })));
    // The v2 index works on the backfilled field.
    const firstWeek = weekOf(fixture.events[0].at);
    expect(await db.events.where('[category+week]').equals(['blame', firstWeek]).count()).toBe(2);
    db.close();
  });

  it('weeks start on Monday', () => {
    expect(new Date(weekOf(Date.UTC(2026, 10, 23, 12))).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(new Date(weekOf(Date.UTC(2026, 10, 29, 23))).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(new Date(weekOf(Date.UTC(2026, 10, 30, 0))).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });
});

describe('export and import', () => {
  it('round-trips, merges without duplicates, never overwrites a stored record, redacts what it imports', async () => {
    const a = makeStore();
    await a.open();
    a.recordEvents([event(), event({ hintId: 'h2', action: 'dismissed', at: NOW + 1 })]);
    a.recordReply(reply());
    a.recordPractice({ at: NOW, ticketId: 't1', lang: 'fi', hints: 1, steps, reflection: 'Asiakas antoi numeron 040 123 4567.', rating: 4 });
    await a.flush();
    const file = await exportHistory(a.db!, NOW);
    const text = JSON.stringify(file);
    expect(text).not.toMatch(/4567|maija@/);

    const b = makeStore();
    await b.open();
    b.recordEvents([event()]);
    b.recordReply(reply({ at: NOW - 5000, words: 3 }));
    await b.flush();
    const own = await b.db!.replies.toArray();
    const first = await importHistory(b.db!, parseExport(text));
    expect(first).toEqual({ added: 2, updated: 0, unchanged: 2, rejected: 0 });
    const second = await importHistory(b.db!, parseExport(text));
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 4 });
    const back = await exportHistory(b.db!, NOW);
    expect(back.events).toEqual(file.events);
    // The reply summary b had stays as it was: a file does not overwrite the writer's own history.
    expect(back.replies).toEqual(own);
    expect(back.replies).not.toEqual(file.replies);
    expect(back.practice).toEqual(file.practice);

    const hostile = {
      ...file,
      events: [{ ...file.events[0], id: 'x1', snippet: 'Tili FI21 1234 5600 0007 85', host: 'a.fi/path?hetu=131052-308T' }, { nonsense: true }],
    };
    expect(await importHistory(b.db!, parseExport(JSON.stringify(hostile)))).toMatchObject({ added: 1, rejected: 1 });
    const x = (await b.db!.events.get('x1'))!;
    expect(x.snippet).toBe('Tili [iban]');
    expect(x.host).toBe('a.fi');

    expect(() => parseExport('{"format":"other"}')).toThrow(/Sävy history export/);
    expect(() => parseExport('nope')).toThrow(/not JSON/);
    // Issue 10: a file from a newer (or no) schema is refused, with what to do.
    expect(() => parseExport(JSON.stringify({ ...file, schemaVersion: 99 }))).toThrow(
      /newer Sävy \(history schema newer than 2\): update Sävy, then import it/,
    );
    expect(() => parseExport(JSON.stringify({ ...file, schemaVersion: 0 }))).toThrow(/not a Sävy history version/);
    await clearHistory(b.db!);
    expect(await b.db!.events.count()).toBe(0);
  });

  it('writes CSV a spreadsheet cannot run', () => {
    const csv = eventsToCsv([
      {
        id: '1',
        at: NOW,
        week: weekOf(NOW),
        replyId: 'r',
        host: 'a.fi',
        lang: 'fi',
        ruleId: 'x',
        category: 'blame',
        action: 'applied',
        snippet: '=HYPERLINK("x"), "lainaus"',
        message: 'Viesti; toinen',
        rewrite: '-1',
      },
    ]);
    expect(csv.split('\r\n')[0]).toBe('time,site,language,category,rule,action,snippet,message,rewrite');
    expect(csv).toContain(`"'=HYPERLINK(""x""), ""lainaus"""`);
    expect(csv).toContain(`"Viesti; toinen",'-1`);
  });
});

describe('statistics', () => {
  it('counts hints per 100 words per week, step coverage of complaint replies, actions and top rules', () => {
    const w1 = Date.UTC(2026, 10, 2, 9);
    const w3 = w1 + 14 * DAY_MS;
    const mk = (at: number, action: HintEventInput['action'], ruleId = 'fi.blame.x', category = 'blame') => ({
      id: `${at}${action}${ruleId}`,
      at,
      week: weekOf(at),
      replyId: 'r',
      host: 'a.fi',
      lang: 'fi' as const,
      ruleId,
      category,
      action,
      snippet: 's',
      message: 'm',
    });
    const events = [mk(w1, 'shown'), mk(w1, 'applied'), mk(w3, 'shown'), mk(w3, 'dismissed'), mk(w3, 'shown', 'fi.jargon.y', 'jargon')];
    const r = (id: string, at: number, words: number, byCategory: Record<string, number>, kind?: 'question') => ({
      id,
      startedAt: at,
      at,
      week: weekOf(at),
      host: 'a.fi',
      lang: 'fi' as const,
      words,
      hints: 0,
      byCategory,
      steps: { ...steps, apologize: id === 'a' },
      activeMs: 1000,
      ...(kind ? { kind } : {}),
    });
    const replies = [r('a', w1, 200, { blame: 2 }), r('b', w1, 100, {}), r('c', w3, 50, { jargon: 1 }), r('q', w3, 50, {}, 'question')];
    const st = progressStats(events, replies);
    expect(st.weeks).toHaveLength(3);
    expect(st.per100.blame).toEqual([0.7, 0, 0]);
    expect(st.per100.jargon).toEqual([0, 0, 1]);
    expect(st.coverage.apologize).toEqual([50, 0, 0]);
    expect(st.coverage.greet).toEqual([100, 0, 100]);
    expect(st.complaintReplies).toEqual([2, 0, 1]);
    expect(st.actions.applied).toEqual([1, 0, 0]);
    expect(st.actions.dismissed).toEqual([0, 0, 1]);
    expect(st.topRules[0]).toMatchObject({ ruleId: 'fi.blame.x', count: 2, applied: 1, dismissed: 1 });
    const onlyJargon = progressStats(events, replies, { category: 'jargon' });
    expect(onlyJargon.totals.events).toBe(1);
    expect(Object.keys(onlyJargon.per100)).toEqual(['jargon']);
  });
});
