// @vitest-environment happy-dom
/**
 * Issue 10, attack 8 (losses): an "applied" event was recorded a frame after the text changed (lost when the tab
 * closed at once) and queued in memory for seconds (lost when the browser closed 300 ms later).
 */
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CoachHistory } from '../../components/coach/controller';
import { HistoryReporter } from '../../components/history/reporter';
import { HistoryStore } from '../../lib/history/store';
import type { HintEventInput } from '../../lib/history/types';
import { analyze } from '../../lib/index';
import { flush, mountTestCoach, unmountTestCoach } from './coach-harness';
import { writerClick } from './trusted-input';

afterEach(unmountTestCoach);

describe('an applied rewrite is recorded when the text changes', () => {
  it('before the change is verified a frame later (the tab may close in between)', async () => {
    const acted: string[] = [];
    const history: CoachHistory = { analysed: () => undefined, acted: (_h, action) => void acted.push(action), startReply: () => undefined };
    // A frame that never comes: the tab was closed.
    const { coach, shadow } = mountTestCoach('<textarea id="t">Hei Maija, kiitos viestistä!!</textarea>', {
      history,
      settle: () => new Promise<void>(() => undefined),
    });
    coach.start();
    const ta = document.querySelector('textarea')!;
    ta.focus();
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await flush();
    writerClick(shadow.querySelector('[data-savy-badge]'));
    await flush();
    writerClick(shadow.querySelector('[data-savy-apply]'));
    await flush();
    expect(ta.value).toBe('Hei Maija, kiitos viestistä.');
    expect(acted).toEqual(['applied']);
  });
});

describe('an action is sent and written at once', () => {
  it('the content script sends it without waiting for the batch', () => {
    const sent: HintEventInput[][] = [];
    const r = new HistoryReporter({ host: 'a.fi', flushMs: 1e9, send: { events: (e) => void sent.push(e), reply: () => undefined } });
    const text = 'Hei Maija, olisit lukenut ohjeet.';
    const a = analyze(text);
    r.analysed(text, a);
    expect(sent).toEqual([]); // 'shown' waits for the batch
    r.acted(a.hints[0], 'applied', text, 'fi', 'Tarvitsemme vielä');
    expect(sent.flat().map((e) => e.action)).toEqual(['shown', 'applied']);
  });

  it('the background writes it without waiting for the batch', async () => {
    const s = new HistoryStore({ deps: { indexedDB, IDBKeyRange }, name: `no-loss-${Math.random()}`, flushDelayMs: 1e9 });
    await s.open();
    const base = {
      at: Date.now(),
      replyId: 'r',
      hintId: 'h',
      host: 'a.fi',
      lang: 'fi' as const,
      ruleId: 'x',
      category: 'blame',
      snippet: 's',
      message: 'm',
    };
    s.recordEvents([{ ...base, action: 'shown' }]);
    s.recordEvents([{ ...base, action: 'applied' }]);
    await vi.waitFor(async () => expect(await s.db!.events.where('action').equals('applied').count()).toBe(1), { timeout: 3000 });
    s.db!.close();
  });
});
