/**
 * The popup's background half: draft status per tab and frame (newest wins, null clears, survives a restarted
 * service worker through storage.session), the content script's debounced reporter, today's figures from the
 * history database, the step examples, and the practice inbox opened once on install.
 */
import 'fake-indexeddb/auto';
import { signal, computed } from '@preact/signals';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { DraftStore, toDraftStatus, type SessionArea } from '../../components/popup/drafts';
import { reportDraftStatus } from '../../components/popup/draft-reporter';
import { startPopupBackground } from '../../components/popup/background';
import { removeAllListeners } from '../../components/messaging';
import { analyze } from '../../lib/index';
import { noSteps, STEP_IDS, LANGUAGES, type Steps } from '../../lib/coaching';
import { HistoryDB } from '../../lib/history/db';
import { countSince, startOfDay } from '../../lib/history/today';
import { STEP_EXAMPLES } from '../../lib/practice/step-examples';
import type { DraftStatus } from '../../lib/protocol';
import type { Analysis } from '../../lib/index';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function memoryArea(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (k) => (k in data ? { [k]: structuredClone(data[k]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

const status = (hints: number, steps: Partial<Steps> = {}): DraftStatus => ({
  host: 'tuki.example.fi',
  language: 'fi',
  hints,
  steps: { ...noSteps(), ...steps },
});

beforeEach(() => fakeBrowser.reset());

describe('draft store', () => {
  it('answers the newest status among a tab’s frames; null from a frame clears only that frame', async () => {
    let now = 1000;
    const store = new DraftStore(memoryArea(), () => now);
    expect(await store.get(1)).toBeNull();
    await store.set(1, 0, status(1, { greet: true }));
    await store.set(1, 5, status(2));
    expect((await store.get(1))?.hints).toBe(2); // same millisecond: the later message wins
    now = 2000;
    await store.set(1, 0, status(3));
    expect((await store.get(1))?.hints).toBe(3);
    await store.set(1, 0, null);
    expect((await store.get(1))?.hints).toBe(2);
    await store.set(1, 5, null);
    expect(await store.get(1)).toBeNull();
    expect(await store.get(2)).toBeNull();
  });

  it('survives a restarted service worker (storage.session) and forgets closed tabs', async () => {
    const area = memoryArea();
    await new DraftStore(area).set(4, 0, status(0, { thank: true }));
    const again = new DraftStore(area);
    expect((await again.get(4))?.steps.thank).toBe(true);
    await again.clearTab(4);
    expect(await new DraftStore(area).get(4)).toBeNull();
  });

  it('takes only well-formed statuses from messages', () => {
    expect(toDraftStatus({ host: 'a', language: 'xx', hints: 1, steps: {} })).toBeNull();
    expect(toDraftStatus({ host: 'a', language: 'en', hints: -1, steps: {} })).toBeNull();
    expect(toDraftStatus('nope')).toBeNull();
    expect(toDraftStatus({ host: 'a', language: 'sv', hints: 2.7, steps: { greet: true, extra: 1 } })).toEqual({
      host: 'a',
      language: 'sv',
      hints: 2,
      steps: { ...noSteps(), greet: true },
    });
    // Weak steps: only covered ones, only known ids.
    expect(toDraftStatus({ host: 'a', language: 'fi', hints: 1, steps: { apologize: true }, weak: ['apologize', 'greet', 'x'] })?.weak).toEqual([
      'apologize',
    ]);
  });
});

describe('draft reporter', () => {
  it('reports after each analysis, debounced and without repeats, and null when the field goes away', async () => {
    const field = signal<HTMLElement | null>(null);
    const analysis = signal<Analysis>({ language: 'fi', hints: [], steps: noSteps() });
    const hints = computed(() => analysis.value.hints);
    const sent: (DraftStatus | null)[] = [];
    const abort = new AbortController();
    reportDraftStatus({ field, analysis, hints } as never, (s) => sent.push(s), { host: 'tuki.example.fi', signal: abort.signal, debounceMs: 10 });
    await wait(20);
    expect(sent).toEqual([]); // no field, nothing to say
    field.value = {} as HTMLElement;
    analysis.value = analyze('Hei Maija, olisit lukenut ohjeet.', {});
    analysis.value = analyze('Hei Maija, olisit lukenut ohjeet!!', {});
    await wait(30);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ host: 'tuki.example.fi', language: 'fi', steps: { greet: true } });
    expect(sent[0]!.hints).toBe(analysis.value.hints.length);
    analysis.value = { ...analysis.value }; // the same status again: not sent again
    await wait(30);
    expect(sent).toHaveLength(1);
    field.value = null;
    await wait(30);
    expect(sent).toEqual([sent[0], null]);
    abort.abort();
    field.value = {} as HTMLElement;
    await wait(30);
    expect(sent).toHaveLength(2);
  });

  it('never throws into the page when the background is gone, and reports again once it is back', async () => {
    const field = signal<HTMLElement | null>({} as HTMLElement);
    const analysis = signal<Analysis>(analyze('Hi Sam,', {}));
    const abort = new AbortController();
    const thrown: unknown[] = [];
    const onRejection = (e: unknown) => thrown.push(e);
    process.on('unhandledRejection', onRejection);
    let gone = true;
    const sent: (DraftStatus | null)[] = [];
    const attempts: (DraftStatus | null)[] = [];
    const coach = { field, analysis, hints: computed(() => analysis.value.hints) } as never;
    try {
      reportDraftStatus(
        coach,
        (s) => (attempts.push(s), gone ? Promise.reject(new Error('Extension context invalidated.')) : (sent.push(s), Promise.resolve())),
        {
          host: 'x',
          signal: abort.signal,
          debounceMs: 1,
        },
      );
      reportDraftStatus(
        coach,
        () => {
          throw new Error('Extension context invalidated.');
        },
        { host: 'x', signal: abort.signal, debounceMs: 1 },
      );
      await wait(20);
      expect(attempts).toHaveLength(1);
      expect(sent).toEqual([]);
      // The writer goes on writing; the background is back: the new draft reaches it.
      gone = false;
      analysis.value = analyze('Hi Sam, thank you for your patience.', {});
      await wait(20);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.steps.thank).toBe(true);
      expect(thrown).toEqual([]);
    } finally {
      abort.abort();
      process.off('unhandledRejection', onRejection);
    }
  });
});

describe("today's figures", () => {
  it('counts replies, applied and dismissed hints and practice attempts since local midnight', async () => {
    const db = new HistoryDB({ indexedDB, IDBKeyRange }, `today-${Math.random()}`);
    const now = new Date(2026, 10, 23, 15, 0).getTime();
    const since = startOfDay(now);
    expect(new Date(since).getHours()).toBe(0);
    const ev = (id: string, at: number, action: string) => ({
      id,
      at,
      week: 0,
      replyId: 'r',
      host: 'h',
      lang: 'fi',
      ruleId: 'x',
      category: 'blame',
      action,
      snippet: '',
      message: '',
    });
    await db.events.bulkPut([
      ev('a', now, 'applied'),
      ev('b', now, 'applied'),
      ev('c', now, 'dismissed'),
      ev('d', now, 'shown'),
      ev('e', since - 1, 'applied'),
    ] as never);
    const reply = (id: string, at: number) => ({
      id,
      at,
      startedAt: at,
      week: 0,
      host: 'h',
      lang: 'fi',
      words: 1,
      hints: 0,
      byCategory: {},
      steps: noSteps(),
      activeMs: 0,
    });
    await db.replies.bulkPut([reply('r1', now), reply('r2', since), reply('r0', since - 1000)] as never);
    await db.practice.put({ id: 'p', at: now, week: 0, ticketId: 't', lang: 'fi', hints: 0, steps: noSteps(), reflection: '', rating: 4 } as never);
    expect(await countSince(db, since)).toEqual({ replies: 2, applied: 2, dismissed: 1, practice: 1 });
    db.close();
  });
});

describe('step examples', () => {
  it('has two phrases per step and language, each counted for its step by the engine, with no hint', () => {
    for (const id of STEP_IDS) {
      for (const lang of LANGUAGES) {
        const [a, b] = STEP_EXAMPLES[id][lang];
        expect(a).not.toBe(b);
        for (const phrase of [a, b]) {
          const r = analyze(phrase, { lang });
          expect(r.steps[id], `${id} ${lang}: ${phrase}`).toBe(true);
          expect(r.hints, `${id} ${lang}: ${phrase}`).toEqual([]);
        }
      }
    }
  });
});

describe('background', () => {
  beforeEach(() => removeAllListeners());

  it('opens the practice inbox once on install, not on update', async () => {
    startPopupBackground({ installDelayMs: 0 });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' } as never);
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).not.toContain('chrome-extension://test-extension-id/practice.html');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await wait(10);
    const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url ?? '');
    expect(urls.filter((u) => u.endsWith('/practice.html'))).toHaveLength(1);
  });

  it('does not open a second practice inbox when one is already open (npm start opens it itself)', async () => {
    await fakeBrowser.tabs.create({ url: 'chrome-extension://test-extension-id/practice.html' });
    startPopupBackground({ installDelayMs: 0 });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await wait(10);
    const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url ?? '');
    expect(urls.filter((u) => u.endsWith('/practice.html'))).toHaveLength(1);
  });
});
