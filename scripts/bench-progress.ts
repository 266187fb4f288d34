/**
 * npx tsx scripts/bench-progress.ts [--events 50000] [--chromium]
 *
 * The progress page with a year of data. Figures, not pass/fail:
 *  - store: writing N events and their reply summaries (fake-indexeddb in Node), reading them back;
 *  - model: filtering all events (median of each filter), aggregating them for the charts in one go, and the
 *    longest single chunk of the incremental aggregation (what blocks the page between frames);
 *  - page (happy-dom): first render with N events, a filter change, a timeline page turn;
 *  - --chromium: the same in Debian's Chromium with the built extension (.output/chrome-mv3): seeding N events into
 *    the extension origin's IndexedDB, loading the page until the timeline shows, the longest task while filtering.
 */
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { Window } from 'happy-dom';
import { performance } from 'node:perf_hooks';
import { HistoryDB } from '../lib/history/db';
import { toEvent, toReply } from '../lib/history/sanitize';
import { matchesEvent, ProgressAggregator, type HistoryFilter } from '../lib/history/stats';
import { DAY_MS, HINT_ACTIONS, type HintEvent, type ReplySummary } from '../lib/history/types';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('--events', 50_000);
const NOW = Date.UTC(2026, 10, 23, 12);

const RULES: [string, string, string][] = [
  ['fi.formulaic-apology.mahdollinen-haitta', 'formulaic-apology', 'fi'],
  ['fi.vague-promise.palaamme-pian', 'vague-promise', 'fi'],
  ['fi.passive-aggressive.kuten-mainitsin', 'passive-aggressive', 'fi'],
  ['fi.jargon.etuuskasittely', 'jargon', 'fi'],
  ['fi.readability.long-sentence', 'readability', 'fi'],
  ['en.blame.you-should-have', 'blame', 'en'],
  ['en.dismissive.simply', 'dismissive', 'en'],
  ['sv.negative-framing.tyvarr', 'negative-framing', 'sv'],
  ['fi.shouting.capitals', 'shouting', 'fi'],
  ['fi.defensive.ei-kuulu', 'defensive', 'fi'],
];
const HOSTS = ['tuki.example.fi', 'asiointi.example.fi', 'mail.example.com', 'helpdesk.example.se'];

/** A deterministic year: N events in replies of ~4 events, spread over 365 days. */
export function makeYear(n: number): { events: HintEvent[]; replies: ReplySummary[] } {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const events: HintEvent[] = [];
  const replies: ReplySummary[] = [];
  for (let r = 0; events.length < n; r++) {
    const at = NOW - Math.floor(rnd() * 365 * DAY_MS);
    const host = HOSTS[Math.floor(rnd() * HOSTS.length)];
    const k = 1 + Math.floor(rnd() * 6);
    const byCategory: Record<string, number> = {};
    for (let i = 0; i < k && events.length < n; i++) {
      const [ruleId, category, lang] = RULES[Math.floor(rnd() * RULES.length)];
      const action = HINT_ACTIONS[Math.floor(rnd() * 10) % 4];
      if (action === 'shown') byCategory[category] = (byCategory[category] ?? 0) + 1;
      events.push(
        toEvent({
          at: at + i * 20_000,
          replyId: `r${r}`,
          hintId: `h${i}`,
          host,
          lang: lang as 'fi',
          ruleId,
          category,
          action,
          snippet: `…kiitos viestistäsi. Pahoittelemme mahdollista haittaa, soita 040 123 45${i}7 tai maija${r}@example.fi…`,
          message: 'Vakiopahoittelu kuulostaa tyhjältä: nimeä, mikä meni vikaan.',
          rewrite: action === 'applied' ? 'Pahoittelen, että päätös viivästyi.' : undefined,
        })!,
      );
    }
    const stepsBits = Math.floor(rnd() * 32);
    replies.push(
      toReply({
        id: `r${r}`,
        startedAt: at - 120_000,
        at: at + k * 20_000,
        host,
        lang: 'fi',
        words: 60 + Math.floor(rnd() * 200),
        hints: k,
        byCategory,
        steps: {
          greet: !!(stepsBits & 1),
          thank: !!(stepsBits & 2),
          empathize: !!(stepsBits & 4),
          apologize: !!(stepsBits & 8),
          'next-steps': !!(stepsBits & 16),
        },
        activeMs: 60_000 + Math.floor(rnd() * 600_000),
      })!,
    );
  }
  return { events, replies };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}
async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

const FILTERS: [string, HistoryFilter][] = [
  ['category', { category: 'formulaic-apology' }],
  ['site', { host: 'mail.example.com' }],
  ['action', { action: 'applied' }],
  ['language', { lang: 'sv' }],
  ['last 30 days', { from: NOW - 30 * DAY_MS }],
  ['all five', { from: NOW - 180 * DAY_MS, to: NOW, category: 'jargon', host: 'tuki.example.fi', action: 'shown', lang: 'fi' }],
];

async function nodeBench() {
  const [{ events, replies }, tGen] = time(() => makeYear(N));
  console.log(`${events.length} events, ${replies.length} reply summaries (generated and redacted in ${ms(tGen)})\n`);

  console.log('Store (Dexie on fake-indexeddb, Node; a real browser is faster):');
  const db = new HistoryDB({ indexedDB, IDBKeyRange }, 'bench');
  await db.open();
  const [, tWrite] = await timeAsync(() =>
    db.transaction('rw', db.events, db.replies, async () => {
      await db.events.bulkPut(events);
      await db.replies.bulkPut(replies);
    }),
  );
  console.log(`  write all:                    ${ms(tWrite)}`);
  const [loaded, tRead] = await timeAsync(() => db.events.orderBy('at').reverse().toArray());
  console.log(`  read all events, newest first: ${ms(tRead)} (${loaded.length})`);

  console.log('\nModel (filter all events; median of 7 runs):');
  for (const [name, f] of FILTERS) {
    const runs: number[] = [];
    let count = 0;
    for (let i = 0; i < 7; i++) {
      const [r, t] = time(() => loaded.filter((e) => matchesEvent(e, f)));
      runs.push(t);
      count = r.length;
    }
    console.log(`  ${name.padEnd(14)} ${ms(median(runs)).padStart(9)}  → ${count} events`);
  }
  const aggRuns: number[] = [];
  let maxChunk = 0;
  for (let i = 0; i < 5; i++) {
    const agg = new ProgressAggregator({});
    const t0 = performance.now();
    for (let j = 0; j < loaded.length; j += 5000) {
      const [, t] = time(() => agg.addEvents(loaded, j, Math.min(loaded.length, j + 5000)));
      maxChunk = Math.max(maxChunk, t);
    }
    agg.addReplies(replies);
    agg.result();
    aggRuns.push(performance.now() - t0);
  }
  console.log(`  aggregate for the charts:      ${ms(median(aggRuns))} median; longest 5,000-event chunk ${ms(maxChunk)}`);
  db.close();
  return { events, replies };
}

async function pageBench() {
  const win = new Window({ url: 'chrome-extension://bench/progress.html' });
  const g = globalThis as Record<string, unknown>;
  for (const k of [
    'document',
    'Node',
    'Element',
    'HTMLElement',
    'HTMLInputElement',
    'HTMLSelectElement',
    'HTMLButtonElement',
    'Event',
    'MouseEvent',
    'navigator',
    'getComputedStyle',
    'requestAnimationFrame',
    'cancelAnimationFrame',
  ] as const)
    g[k] = (win as unknown as Record<string, unknown>)[k];
  g.window = win;
  const { render } = await import('preact');
  const { h } = await import('preact');
  const { ProgressApp } = await import('../components/progress/App');
  const { ProgressModel } = await import('../components/progress/model');
  const db = new HistoryDB({ indexedDB, IDBKeyRange }, 'bench');
  const model = new ProgressModel({
    db,
    status: async () => null,
    told: () => undefined,
    resume: async () => undefined,
    download: () => undefined,
    print: () => undefined,
    now: () => NOW,
  });
  const root = win.document.createElement('div');
  win.document.body.append(root);
  const count = () => root.querySelector('[data-progress-count]')?.getAttribute('data-progress-count');
  const until = async (ok: () => boolean) => {
    while (!ok()) await new Promise((r) => setTimeout(r, 1));
  };
  console.log('\nPage (Preact in happy-dom, Node):');
  const t0 = performance.now();
  render(h(ProgressApp, { model, lang: 'fi' }), root as unknown as Element);
  await until(() => count() === String(N) && !!root.querySelector('.rules li') && !model.computing.value);
  console.log(
    `  first render, timeline + charts + rules: ${ms(performance.now() - t0)} (${root.querySelectorAll('tr[data-progress-event]').length} rows on the first page)`,
  );
  const select = root.querySelector('#f-category') as unknown as HTMLSelectElement;
  const [, tFilter] = time(() => {
    select.value = 'jargon';
    select.dispatchEvent(new win.Event('change', { bubbles: true }) as unknown as Event);
  });
  await until(() => count() !== String(N));
  const t1 = performance.now();
  await until(() => !model.computing.value);
  console.log(`  filter change (category): timeline in ${ms(tFilter)} (synchronous), charts ${ms(performance.now() - t1)} later`);
  const next = [...root.querySelectorAll('.pager button')][2] as unknown as HTMLButtonElement;
  const before = root.querySelector('tr[data-progress-event]')?.textContent;
  const tp = performance.now();
  next.click();
  await until(() => root.querySelector('tr[data-progress-event]')?.textContent !== before);
  console.log(`  timeline page turn: ${ms(performance.now() - tp)}`);
  model.stop();
  render(null, root as unknown as Element);
  db.close();
}

async function chromiumBench(events: HintEvent[], replies: ReplySummary[]) {
  const { launch, EXTENSION_ID } = await import('../tests/e2e/harness');
  const { context } = await launch();
  try {
    const page = await context.newPage();
    const url = `chrome-extension://${EXTENSION_ID}/progress.html`;
    await page.goto(url);
    await page.waitForSelector('[data-progress-count]');
    const tSeed = await page.evaluate(
      async ({ events, replies }) => {
        const t0 = performance.now();
        await new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('savy-history');
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['events', 'replies'], 'readwrite');
            for (const e of events) tx.objectStore('events').put(e);
            for (const r of replies) tx.objectStore('replies').put(r);
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        });
        return performance.now() - t0;
      },
      { events, replies },
    );
    console.log(`\nChromium (${url}):\n  seed ${events.length} events in one transaction: ${ms(tSeed)}`);
    await page.addInitScript(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => {
          w.__longest = Math.max(w.__longest, e.duration);
        }),
      ).observe({ type: 'longtask', buffered: true });
    });
    const t0 = Date.now();
    await page.reload();
    await page.waitForSelector('tr[data-progress-event]', { timeout: 60_000 });
    console.log(`  page load until the newest events show: ${Date.now() - t0} ms`);
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-progress-count]')?.getAttribute('data-progress-count') === String(n) && !!document.querySelector('.rules li'),
      events.length,
      { timeout: 60_000 },
    );
    console.log(`  page load until the timeline, charts and rules show: ${Date.now() - t0} ms`);
    const longLoad = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
    const tFilter = await page.evaluate(
      (n) =>
        new Promise<number>((resolve) => {
          const count = document.querySelector('[data-progress-count]')!;
          const t0 = performance.now();
          new MutationObserver((_, obs) => {
            if (count.getAttribute('data-progress-count') !== String(n)) {
              obs.disconnect();
              resolve(performance.now() - t0);
            }
          }).observe(count, { attributes: true });
          const select = document.querySelector('#f-category') as HTMLSelectElement;
          select.value = 'jargon';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }),
      events.length,
    );
    console.log(`  filter change until the timeline updates: ${ms(tFilter)}`);
    await page.waitForTimeout(500);
    const longFilter = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    console.log(`  longest task: ${ms(longLoad)} while loading, ${ms(longFilter)} while filtering (50 ms is one long task)`);
  } finally {
    await context.close();
  }
}

const data = await nodeBench();
await pageBench();
if (process.argv.includes('--chromium')) await chromiumBench(data.events, data.replies);
process.exit(0);
